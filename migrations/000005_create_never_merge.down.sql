DROP TABLE IF EXISTS never_merge;
