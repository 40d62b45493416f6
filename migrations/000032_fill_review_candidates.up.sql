-- Reviews queued before review_candidates have their one candidate.
INSERT IGNORE INTO review_candidates (review_id, candidate_song_id, score)
  SELECT id, candidate_song_id, score FROM reviews
