INSERT INTO change_seq (name, value) VALUES ('last', 0), ('pruned', 0);
