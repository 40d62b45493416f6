-- The artist lexicon: names the catalogue has seen as certain artists (a
-- caller's artist, an artist's own "- Topic" or VEVO channel), with how
-- often. Every process reads it to orient titles whose channel and caller
-- say nothing ("Track - Artist (Lyrics)"). name_key is the compact key of
-- the normalized name (letters and digits, "the" and "and" removed).
CREATE TABLE artist_lexicon (
  name_key   VARCHAR(190) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name       VARCHAR(500) NOT NULL,
  sightings  INT UNSIGNED NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
