-- The reviews queued before review_counts are counted in its shard 0.
INSERT INTO review_counts (status, reason, shard, n)
  SELECT status, reason, 0, COUNT(*) FROM reviews GROUP BY status, reason
