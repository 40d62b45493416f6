-- The number of reviews of each status and reason, kept by the transactions
-- that queue, decide and supersede reviews, so that the total of the queue is
-- a sum of a few rows rather than a walk of an index over every review. Each
-- count is spread over shards so that concurrent writers seldom wait on one
-- row: count(status, reason) = SUM(n).
CREATE TABLE review_counts (
  status VARCHAR(16) NOT NULL,
  reason VARCHAR(64) NOT NULL,
  shard  TINYINT UNSIGNED NOT NULL,
  n      BIGINT NOT NULL,
  PRIMARY KEY (status, reason, shard)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
