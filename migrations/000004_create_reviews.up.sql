-- Near misses waiting for a curator: the submission's song and the candidate
-- it nearly matched. Listed by status, highest score first (keyset paging).
CREATE TABLE reviews (
  id                BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  song_id           BIGINT UNSIGNED NOT NULL,
  candidate_song_id BIGINT UNSIGNED NOT NULL,
  video_id          CHAR(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  score             DOUBLE       NOT NULL,
  explanation       MEDIUMTEXT   NOT NULL,
  status            VARCHAR(16)  NOT NULL DEFAULT 'pending',
  decided_by        VARCHAR(128) NULL,
  decided_at        DATETIME(6)  NULL,
  created_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY reviews_pair (song_id, candidate_song_id),
  KEY reviews_queue (status, score, id),
  KEY reviews_candidate (candidate_song_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
