-- Videos as submitted. Engagement lives here, per video, and is summed per
-- song, so a split gives back exact counts. song_id is the song the video
-- was given; its canonical song is COALESCE(songs.merged_into, songs.id).
CREATE TABLE videos (
  video_id         CHAR(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  song_id          BIGINT UNSIGNED NOT NULL,
  title            VARCHAR(1024) NOT NULL,
  channel          VARCHAR(255)  NOT NULL DEFAULT '',
  artist           VARCHAR(255)  NOT NULL DEFAULT '',
  duration_seconds INT UNSIGNED  NOT NULL DEFAULT 0,
  plays            BIGINT UNSIGNED NOT NULL DEFAULT 0,
  likes            BIGINT UNSIGNED NOT NULL DEFAULT 0,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (video_id),
  KEY videos_song (song_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
