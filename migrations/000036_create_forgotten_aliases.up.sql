-- Aliases a curator deleted: never learned again, and never used even if a
-- submission committed concurrently with the deletion counts one again.
CREATE TABLE forgotten_aliases (
  kind       VARCHAR(16)  NOT NULL,
  name       VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  other      VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  deleted_by VARCHAR(128) NOT NULL,
  deleted_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (name, other, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
