-- The outcome of every input row of a backfill job, written in the same
-- transaction as the row's own writes: the checkpoint a resumed job starts
-- from, and the source of its report.
CREATE TABLE backfill_rows (
  job_id    BIGINT UNSIGNED NOT NULL,
  line      INT UNSIGNED    NOT NULL,
  video_id  CHAR(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  song_id   BIGINT UNSIGNED NULL,
  decision  VARCHAR(16)     NOT NULL,
  score     DOUBLE          NOT NULL DEFAULT 0,
  error     VARCHAR(1024)   NULL,
  PRIMARY KEY (job_id, line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
