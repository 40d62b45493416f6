-- A review states why it is in the queue (reason: the rule that held it,
-- counted by reason for curators) and, once settled by something other
-- than a curator's decision on it (status 'superseded'), what settled it
-- (resolution).
ALTER TABLE reviews
  ADD COLUMN reason VARCHAR(64) NOT NULL DEFAULT '' AFTER score,
  ADD COLUMN resolution VARCHAR(500) NULL AFTER decided_at,
  ADD KEY reviews_reason (status, reason)
