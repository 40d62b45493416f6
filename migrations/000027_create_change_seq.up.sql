-- The counters of the changes feed: 'last' is the last seq given (its row
-- lock, held from giving a seq to commit, orders the writers), 'pruned' the
-- last seq retention deleted.
CREATE TABLE change_seq (
  name  VARCHAR(16) NOT NULL,
  value BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
