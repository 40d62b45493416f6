-- The canonical songs of one set of artists by duration: candidates for a
-- title whose words carry typos but whose artist and length agree.
CREATE INDEX songs_artist_duration ON songs (artist_hash, merged_into, duration_seconds);
