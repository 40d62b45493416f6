-- Every songs row made as a key alias (see key_aliases), kept when its song
-- is merged away and key_aliases forgets it: such a row holds search terms,
-- not a song, and reads answer for its ID as for no song at all. The
-- aliases of the time are copied in (one statement: CREATE ... SELECT).
CREATE TABLE alias_rows (
  id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
SELECT alias_id AS id FROM key_aliases;
