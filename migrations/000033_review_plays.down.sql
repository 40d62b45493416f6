ALTER TABLE reviews DROP KEY reviews_status, DROP KEY reviews_plays, DROP COLUMN plays
