-- Document frequencies of search terms over canonical songs, for choosing
-- rare query terms and weighting tokens. Each term is spread over shards so
-- that no single row is updated by every insert; df(term) = SUM(df). The
-- empty term counts all canonical songs.
CREATE TABLE term_stats (
  term   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  shard  TINYINT UNSIGNED NOT NULL,
  df     INT NOT NULL,
  PRIMARY KEY (term, shard)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
