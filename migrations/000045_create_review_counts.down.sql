DROP TABLE review_counts
