ALTER TABLE merges
  DROP KEY merges_into_canonical,
  DROP KEY merges_into,
  DROP KEY merges_song,
  ADD KEY merges_into (into_song_id, id),
  ADD KEY merges_song (song_id, id)
