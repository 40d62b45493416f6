ALTER TABLE name_aliases DROP KEY name_aliases_join_pending, DROP COLUMN join_pending
