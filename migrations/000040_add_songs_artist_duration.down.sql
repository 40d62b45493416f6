DROP INDEX songs_artist_duration ON songs;
