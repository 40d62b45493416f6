DROP TABLE IF EXISTS key_aliases;
