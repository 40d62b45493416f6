package dedup

import (
	"context"
	"fmt"
	"slices"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Alias joins: an upload decided before an alias of its names became
// usable may have become a song of its own, in one script, beside the song
// of the same track in the other script ("林俊傑 - 江南" before two titles
// taught that 林俊傑 is JJ Lin). When an alias becomes usable, the songs
// already written under either of its names are reconsidered against each
// other with the alias, as reconciliation reconsiders a new song: the
// scorer decides, and a merge goes through the same transactional merge.
// The store keeps the alias pending until its join is done, so a process
// that stops halfway leaves the join to the next; a join done twice (two
// replicas, a retry) merges nothing more the second time.

const (
	// maxJoinSongs bounds the songs of each name a join reconsiders: a
	// name's own songs, oldest first.
	maxJoinSongs = 50
	// maxJoinAliases bounds the aliases one call joins.
	maxJoinAliases = 20
)

// JoinAliases reconsiders the songs of the aliases waiting for it (see
// SubmitStore.PendingAliasJoins) and returns how many aliases it joined.
func (s *Service) JoinAliases(ctx context.Context, decidedBy string) (int, error) {
	pending, err := s.store.PendingAliasJoins(ctx, maxJoinAliases)
	if err != nil {
		return 0, err
	}
	for i, a := range pending {
		if err := s.joinAlias(ctx, a, decidedBy); err != nil {
			return i, fmt.Errorf("joining the songs of alias %d: %w", a.ID, err)
		}
		if err := s.store.AliasJoined(ctx, a.ID); err != nil {
			return i, err
		}
	}
	return len(pending), nil
}

// joinAliasesAfter joins the aliases a committed write may have made
// usable; a failure leaves them pending for the sweeper.
func (s *Service) joinAliasesAfter(ctx context.Context, ws []SubmissionWrite, decidedBy string) {
	if !slices.ContainsFunc(ws, func(w SubmissionWrite) bool { return len(w.Aliases) > 0 }) {
		return
	}
	if _, err := s.JoinAliases(ctx, decidedBy); err != nil {
		s.log.WarnContext(ctx, "joining the songs of learned aliases (the sweeper will retry)", "err", err)
	}
}

// joinAlias reconsiders each song of a's Latin name with the alias: its
// retrieval adds the terms of the other name (see searchkey.AliasTerms),
// which finds that name's songs in any form of its script, and the scorer
// matches the names by the alias.
func (s *Service) joinAlias(ctx context.Context, a LearnedAlias, decidedBy string) error {
	latins, err := s.store.SongsNamed(ctx, a.Kind, a.Name, maxJoinSongs)
	if err != nil || len(latins) == 0 {
		return err
	}
	// The aliases of both names as a submission would read them now, with
	// a itself as the transaction that made it usable wrote it (a cache
	// may not have seen it yet).
	found, err := s.store.AliasesOf(ctx, []AliasKey{{a.Kind, a.Name}, {a.Kind, a.Other}})
	if err != nil {
		return fmt.Errorf("reading the aliases: %w", err)
	}
	found = append(slices.DeleteFunc(found, func(b LearnedAlias) bool { return b.ID == a.ID }), a)
	for _, song := range latins {
		t, err := s.normalize(ctx, song.Source)
		if err != nil {
			return err
		}
		t.Aliases = withAlias(t, found)
		sub := score.Subject{Title: t, DurationSeconds: song.DurationSeconds}
		cands, w, err := s.retrieve(ctx, sub, song.ID, false)
		if err != nil {
			return err
		}
		group, d, err := s.sameSongs(ctx, song.ID, sub, cands, w)
		if err != nil {
			return err
		}
		if len(group) > 0 {
			if _, err := s.mergeGroup(ctx, song.ID, group, d, decidedBy+":alias"); err != nil {
				return err
			}
		}
	}
	return nil
}

// withAlias returns t's aliases with those of found that name its names
// added (see aliasesOf).
func withAlias(t title.Title, found []LearnedAlias) []title.Alias {
	out := slices.Clone(t.Aliases)
	for _, al := range aliasesOf(t, found) {
		if !slices.Contains(out, al) {
			out = append(out, al)
		}
	}
	return out
}
