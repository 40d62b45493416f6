-- Backfill jobs: one per input file (by content fingerprint). A job that did
-- not finish is resumed by running the same command again.
CREATE TABLE backfill_jobs (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  fingerprint  CHAR(64)      NOT NULL,
  input        VARCHAR(1024) NOT NULL,
  status       VARCHAR(16)   NOT NULL DEFAULT 'running',
  rows_total   INT UNSIGNED  NOT NULL DEFAULT 0,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  finished_at  DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY backfill_jobs_fingerprint (fingerprint, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
