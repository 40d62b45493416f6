DROP TABLE artist_lexicon;
