ALTER TABLE reviews DROP KEY reviews_reason, DROP COLUMN resolution, DROP COLUMN reason
