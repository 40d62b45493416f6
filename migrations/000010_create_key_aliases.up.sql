-- A key alias is a songs row merged into its canonical song that carries
-- the search-key terms a later source of that song brought: adding a row
-- to the FULLTEXT index leaves it no deleted document, rewriting the
-- song's own key does. This table names the aliases a song's term
-- statistics count (a new table rather than a column of songs: adding a
-- column to a table with a FULLTEXT index rebuilds it, on MariaDB and on
-- MySQL 8).
CREATE TABLE key_aliases (
  alias_id BIGINT UNSIGNED NOT NULL,
  song_id  BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (alias_id),
  KEY key_aliases_song (song_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
