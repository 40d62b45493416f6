-- One review per new song: every song it may be a duplicate of, with its
-- score; reviews.candidate_song_id stays the best of them.
CREATE TABLE review_candidates (
  review_id         BIGINT UNSIGNED NOT NULL,
  candidate_song_id BIGINT UNSIGNED NOT NULL,
  score             DOUBLE NOT NULL,
  PRIMARY KEY (review_id, candidate_song_id),
  KEY review_candidates_song (candidate_song_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
