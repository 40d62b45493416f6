DELETE FROM review_counts
