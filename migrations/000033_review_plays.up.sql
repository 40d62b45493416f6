-- The queue by what is at stake: plays is the engagement a review's merge
-- would combine (the new video's plays and the best candidate's), as it was
-- when the review was queued, so that keyset pages over it stay exact.
-- reviews_status orders a status by id, for the oldest first.
ALTER TABLE reviews
  ADD COLUMN plays BIGINT UNSIGNED NOT NULL DEFAULT 0 AFTER score,
  ADD KEY reviews_plays (status, plays, id),
  ADD KEY reviews_status (status)
