-- Retention prunes the changes feed in seq order (its primary key), so no
-- query reads changes by created_at: the index only cost every write.
DROP INDEX changes_created ON changes;
