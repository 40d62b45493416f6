-- The queue of one reason in each of its orders, as a range of an index
-- from a page's cursor: by score and by plays (highest first), and by id
-- (oldest first: reviews_reason, whose entries end in the id).
ALTER TABLE reviews
  ADD KEY reviews_reason_score (status, reason, score),
  ADD KEY reviews_reason_plays (status, reason, plays)
