-- Pairs of songs a curator kept apart (a rejected review or a split). No
-- automatic merge joins them; song_a < song_b.
CREATE TABLE never_merge (
  song_a      BIGINT UNSIGNED NOT NULL,
  song_b      BIGINT UNSIGNED NOT NULL,
  decided_by  VARCHAR(128) NOT NULL,
  reason      VARCHAR(32)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (song_a, song_b),
  KEY never_merge_b (song_b)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
