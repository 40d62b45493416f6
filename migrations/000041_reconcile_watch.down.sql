ALTER TABLE songs DROP COLUMN reconcile_watch;
