DELETE FROM change_seq WHERE name IN ('last', 'pruned');
