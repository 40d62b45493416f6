DROP TABLE IF EXISTS backfill_rows;
