ALTER TABLE merges DROP COLUMN into_canonical_id
