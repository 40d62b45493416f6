ALTER TABLE songs ADD FULLTEXT INDEX songs_search_key (search_key);
