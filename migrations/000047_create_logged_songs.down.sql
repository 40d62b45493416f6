DROP TABLE IF EXISTS logged_songs;
