-- The canonical song of the into song of each merge log entry written
-- before migration 48.
UPDATE merges m JOIN songs s ON s.id = m.into_song_id SET m.into_canonical_id = COALESCE(s.merged_into, s.id)
