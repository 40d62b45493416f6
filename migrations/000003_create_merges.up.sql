-- The merge log: every merge of a song into another, every video attached to
-- an existing song at submit time, and every split, with who decided and when
-- it was undone.
CREATE TABLE merges (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  kind          VARCHAR(16)  NOT NULL,
  song_id       BIGINT UNSIGNED NOT NULL,
  into_song_id  BIGINT UNSIGNED NOT NULL,
  video_id      CHAR(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  score         DOUBLE       NOT NULL DEFAULT 0,
  decided_by    VARCHAR(128) NOT NULL,
  explanation   MEDIUMTEXT   NULL,
  created_at    DATETIME(6)  NOT NULL,
  undone_at     DATETIME(6)  NULL,
  undone_by     VARCHAR(128) NULL,
  PRIMARY KEY (id),
  KEY merges_into (into_song_id, id),
  KEY merges_song (song_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
