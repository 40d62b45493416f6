ALTER TABLE songs DROP INDEX songs_search_key;
