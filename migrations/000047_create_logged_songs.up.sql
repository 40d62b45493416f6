-- Every song that an entry of the merge log names, on either side: a song
-- document reads its merge history only for these, and the rest (most
-- songs of a catalogue) skip that statement. The transaction that writes
-- an entry lists its songs. A canonical song is listed whenever a song is
-- merged into it (the merge's entry names it), so the entries into the
-- songs merged into it never belong to an unlisted song. The songs the log
-- names at the time are copied in (one statement: CREATE ... SELECT).
-- A server older than this migration, which would write entries without
-- listing their songs, answers not ready on this schema.
CREATE TABLE logged_songs (
  song_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (song_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
SELECT song_id FROM merges UNION SELECT into_song_id FROM merges;
