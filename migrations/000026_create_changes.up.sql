-- The changes feed (GET /v1/changes): every change a client keeping its own
-- copy of song IDs must apply, written in the same transaction as the
-- change. seq is given under the lock of the change_seq row, held until
-- commit, so seq order is commit order and has no gaps.
CREATE TABLE changes (
  seq          BIGINT UNSIGNED NOT NULL,
  kind         VARCHAR(24)  NOT NULL,
  song_id      BIGINT UNSIGNED NULL,
  into_song_id BIGINT UNSIGNED NULL,
  review_id    BIGINT UNSIGNED NULL,
  video_ids    TEXT         NULL,
  status       VARCHAR(16)  NULL,
  decided_by   VARCHAR(128) NOT NULL,
  reason       VARCHAR(500) NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (seq),
  KEY changes_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
