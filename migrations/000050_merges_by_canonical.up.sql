-- A song's merge history, in index ranges: the entries of a canonical
-- song's history by the canonical song of their into song
-- (merges_into_canonical), newest first; and the entries naming a song
-- on either side whose into song's canonical song is another
-- (into_canonical_id after the song in merges_song and merges_into, so
-- that the ranges leave out those of the first).
ALTER TABLE merges
  DROP KEY merges_into,
  DROP KEY merges_song,
  ADD KEY merges_into (into_song_id, into_canonical_id, id),
  ADD KEY merges_song (song_id, into_canonical_id, id),
  ADD KEY merges_into_canonical (into_canonical_id, id)
