-- An alias that became usable (see dedup.LearnedAlias.Usable) waits with
-- join_pending = 1 until the songs already written under either of its
-- names have been reconsidered against each other (dedup.Service.JoinAliases).
ALTER TABLE name_aliases
  ADD COLUMN join_pending TINYINT NOT NULL DEFAULT 0,
  ADD KEY name_aliases_join_pending (join_pending, id)
