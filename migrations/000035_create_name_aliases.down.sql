DROP TABLE name_aliases;
