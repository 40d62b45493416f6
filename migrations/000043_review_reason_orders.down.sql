ALTER TABLE reviews DROP KEY reviews_reason_score, DROP KEY reviews_reason_plays
