UPDATE merges SET into_canonical_id = 0
