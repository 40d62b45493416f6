-- What the reconciliation of a song a batch created reads besides the
-- catalogue (dedup.ReconcileWatch, as JSON), kept until the song is marked
-- reconciled or merged away: a process that stops in between leaves the
-- next one to run that reconciliation exactly as it would have.
ALTER TABLE songs ADD COLUMN reconcile_watch TEXT NULL;
