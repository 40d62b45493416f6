DROP TABLE forgotten_aliases;
