-- Why a curator merged two songs by hand (POST /v1/songs/{id}/merge);
-- NULL for merges the service decided.
ALTER TABLE merges ADD COLUMN reason VARCHAR(500) NULL;
