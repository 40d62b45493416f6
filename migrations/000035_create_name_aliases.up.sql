-- Names learned in two scripts (an artist's "EXO (엑소)", a channel's
-- "張學友 Jacky Cheung Official", a track's "사건의 지평선 (Event Horizon)"):
-- name in Latin letters, other in another script, both normalized, with how
-- many titles paired them and how many of those came from an artist's
-- "- Topic" or VEVO channel. Every process reads it; the service decides
-- which are strong enough to use.
CREATE TABLE name_aliases (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  kind       VARCHAR(16)  NOT NULL,
  name       VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  other      VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  titles     INT UNSIGNED NOT NULL,
  official   INT UNSIGNED NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY name_aliases_pair (name, other, kind),
  KEY name_aliases_other (other)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
