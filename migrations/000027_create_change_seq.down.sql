DROP TABLE change_seq;
