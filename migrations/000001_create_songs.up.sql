-- Canonical songs. A song merged away keeps its row and id as a redirect
-- (merged_into points at its canonical song, never at another redirect).
CREATE TABLE songs (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title            VARCHAR(512)  NOT NULL,
  channel          VARCHAR(255)  NOT NULL DEFAULT '',
  source_artist    VARCHAR(255)  NOT NULL DEFAULT '',
  artists          VARCHAR(1024) NOT NULL DEFAULT '[]',
  track            VARCHAR(512)  NOT NULL,
  featured         VARCHAR(1024) NOT NULL DEFAULT '[]',
  versions         VARCHAR(255)  NOT NULL DEFAULT '',
  version_info     VARCHAR(512)  NOT NULL DEFAULT '[]',
  duration_seconds INT UNSIGNED  NOT NULL DEFAULT 0,
  search_key       TEXT          NOT NULL,
  track_hash       BIGINT        NOT NULL,
  artist_hash      BIGINT        NOT NULL,
  merged_into      BIGINT UNSIGNED NULL,
  reconciled       TINYINT(1)    NOT NULL DEFAULT 0,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY songs_merged_into (merged_into),
  KEY songs_track_artist (track_hash, artist_hash),
  KEY songs_unreconciled (reconciled, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
