package dedup

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// Reconciliation: songs created at the same moment by processes that could
// not see each other (FULLTEXT sees committed rows only) meet after their
// commits, and the newer merges into the older.

// consolidate handles an ambiguous decision: when every song above the
// merge threshold is the same song as every other (a race created it more
// than once), it merges them into the oldest and reports true.
func (s *Service) consolidate(ctx context.Context, sub score.Subject, d score.Decision, cands []score.Candidate, w score.Weigher, decidedBy string) (bool, error) {
	group := reviewGroup(d, cands)
	if len(group) < 2 || !s.allSame(ctx, group, w) {
		return false, nil
	}
	slices.SortFunc(group, func(a, b score.Candidate) int { return cmp.Compare(a.SongID, b.SongID) })
	for _, c := range group[1:] {
		pair := score.Compare(score.Subject{Title: c.Title, DurationSeconds: c.DurationSeconds},
			score.Subject{Title: group[0].Title, DurationSeconds: group[0].DurationSeconds}, w)
		e, _ := json.Marshal(pair.Explanation)
		_, err := s.store.MergeSongs(ctx, SongMerge{From: c.SongID, Into: group[0].SongID, Score: pair.Score,
			Explanation: e, DecidedBy: decidedBy + ":consolidate"})
		if err != nil && !errors.Is(err, ErrConflict) {
			return false, fmt.Errorf("consolidating songs %d and %d: %w", c.SongID, group[0].SongID, err)
		}
	}
	return true, nil
}

// allSame reports whether every pair of songs in group would merge: each
// pair scores above the merge threshold, nothing blocks the merge, and no
// curator kept any two apart. The scores are checked first: they need no
// database, and usually tell the songs apart.
func (s *Service) allSame(ctx context.Context, group []score.Candidate, w score.Weigher) bool {
	if !s.pairwiseSame(group, w) {
		return false
	}
	for i := range group {
		others := make([]int64, 0, len(group))
		for j := range group {
			if j != i {
				others = append(others, group[j].SongID)
			}
		}
		kept, err := s.store.NeverMerged(ctx, group[i].SongID, others)
		if err != nil || len(kept) > 0 {
			return false
		}
	}
	return true
}

// pairwiseSame reports whether every pair of songs in group scores above
// the merge threshold with nothing blocking the merge.
func (s *Service) pairwiseSame(group []score.Candidate, w score.Weigher) bool {
	for i := range group {
		for j := i + 1; j < len(group); j++ {
			c := score.Compare(score.Subject{Title: group[i].Title, DurationSeconds: group[i].DurationSeconds},
				score.Subject{Title: group[j].Title, DurationSeconds: group[j].DurationSeconds}, w)
			if c.Score <= s.thresholds.Merge || c.MergeBlocked || !c.SameVersion {
				return false
			}
		}
	}
	return true
}

// reviewGroup returns the candidates an ambiguous decision puts in review.
func reviewGroup(d score.Decision, cands []score.Candidate) []score.Candidate {
	group := make([]score.Candidate, 0, len(d.ReviewWith))
	for _, id := range d.ReviewWith {
		for _, c := range cands {
			if c.SongID == id {
				group = append(group, c)
				break
			}
		}
	}
	return group
}

// Reconcile checks a newly created song against the songs committed since
// it was decided, and merges it with the ones that are the same song (the
// newer into the older, so the oldest ID stays canonical). Several
// processes may reconcile the same songs at once: merges resolve both sides
// under lock, so they converge on one canonical song.
func (s *Service) Reconcile(ctx context.Context, songID int64, decidedBy string) error {
	return s.reconcile(ctx, songID, nil, decidedBy)
}

// reconcile is Reconcile for a song whose subject the caller may know
// already (it just wrote the song), which saves reading it back.
func (s *Service) reconcile(ctx context.Context, songID int64, known *decided, decidedBy string) error {
	for round := 0; round < 8; round++ {
		var subject score.Subject
		if known != nil && round == 0 {
			subject = known.subject
			if known.terms != nil {
				quiet, err := s.nothingNewSince(ctx, known.terms)
				if err != nil {
					return fmt.Errorf("reconcile: %w", err)
				}
				if quiet {
					break
				}
			}
		} else {
			song, err := s.store.Song(ctx, songID)
			if err != nil {
				return fmt.Errorf("reconcile: %w", err)
			}
			if song.MergedInto != 0 {
				songID = song.MergedInto
				continue
			}
			t, err := s.normalize(ctx, song.Source)
			if err != nil {
				return fmt.Errorf("reconcile: %w", err)
			}
			subject = score.Subject{Title: t, DurationSeconds: song.DurationSeconds}
		}
		// The submission's own retrieval ran a moment ago; what can be new
		// is a duplicate committed meanwhile, which a quick search finds.
		cands, w, err := s.retrieve(ctx, subject, songID, true)
		if err != nil {
			return fmt.Errorf("reconcile: %w", err)
		}
		group, d, err := s.sameSongs(ctx, songID, subject, cands, w)
		if err != nil {
			return fmt.Errorf("reconcile: %w", err)
		}
		if len(group) == 0 {
			break
		}
		into, err := s.mergeGroup(ctx, songID, group, d, decidedBy+":reconcile")
		if err != nil {
			return fmt.Errorf("reconcile: %w", err)
		}
		songID = into
	}
	return s.store.MarkReconciled(ctx, songID)
}

// mergeGroup merges songID and the songs of group, which decision d found
// to be one song, into the oldest of them, which it returns. A pair a
// curator kept apart meanwhile stays apart.
func (s *Service) mergeGroup(ctx context.Context, songID int64, group []int64, d score.Decision, decidedBy string) (int64, error) {
	explanation, _ := json.Marshal(d.Explanation)
	into := slices.Min(append(group, songID))
	for _, id := range append(group, songID) {
		if id == into {
			continue
		}
		_, err := s.store.MergeSongs(ctx, SongMerge{From: id, Into: into, Score: d.Score,
			Explanation: explanation, DecidedBy: decidedBy})
		if err != nil && !errors.Is(err, ErrConflict) {
			return into, fmt.Errorf("merging %d into %d: %w", id, into, err)
		}
	}
	return into, nil
}

// sameSongs returns the candidates that are the same song as songID (whose
// subject is sub): the one it merges with, or all of an ambiguous group
// that are one song created several times. Curators' never-merge pairs
// are read only when there is a merge to check them against: they can
// only turn a merge away.
func (s *Service) sameSongs(ctx context.Context, songID int64, sub score.Subject, cands []score.Candidate, w score.Weigher) ([]int64, score.Decision, error) {
	d := score.Decide(sub, cands, w, s.thresholds)
	if d.Kind != score.DecisionMerge && (d.Kind != score.DecisionReview || len(d.ReviewWith) < 2) {
		return nil, d, nil
	}
	ids := make([]int64, len(cands))
	for i, c := range cands {
		ids[i] = c.SongID
	}
	kept, err := s.store.NeverMerged(ctx, songID, ids)
	if err != nil {
		return nil, d, err
	}
	if len(kept) > 0 {
		for i := range cands {
			cands[i].NoAutoMerge = kept[cands[i].SongID]
		}
		d = score.Decide(sub, cands, w, s.thresholds)
	}
	switch {
	case d.Kind == score.DecisionMerge:
		return []int64{d.SongID}, d, nil
	case d.Kind == score.DecisionReview && len(d.ReviewWith) > 1:
		var members []score.Candidate
		for _, c := range cands {
			if slices.Contains(d.ReviewWith, c.SongID) {
				members = append(members, c)
			}
		}
		if s.allSame(ctx, append(members, score.Candidate{SongID: songID, Title: sub.Title, DurationSeconds: sub.DurationSeconds}), w) {
			return d.ReviewWith, d, nil
		}
	}
	return nil, d, nil
}

// decided is what a submission knew when it was decided: its subject and
// the document frequencies then of the search terms a duplicate would
// share with it and whose growth says such a song arrived (see snapshot
// and watched).
type decided struct {
	subject score.Subject
	terms   map[string]int
}

// snapshot reads the frequencies of the search terms a duplicate of sub
// would share with it, as retrieval is about to see them (from the same
// cache, so it costs no extra round trip). Terms of the artist alone are
// left out: every other song of the artist moves them. When the search
// may read a lagging replica, it reads nothing (see LaggingReader).
func (s *Service) snapshot(ctx context.Context, sub score.Subject) (*decided, error) {
	return s.snapshotOf(ctx, sub, nil)
}

// snapshotOf is snapshot with all, when not nil, the search terms of
// sub's title (searchkey.Terms), computed already.
func (s *Service) snapshotOf(ctx context.Context, sub score.Subject, all []string) (*decided, error) {
	if s.searchMayLag {
		// The search may not see what the primary counts: nothing proves
		// a new song alone, and reconciliation searches again.
		return &decided{subject: sub}, nil
	}
	// Every search term is read, as retrieval will read them, so that its
	// reading finds them all cached.
	if all == nil {
		all = searchkey.Terms(sub.Title)
	}
	df, err := s.store.TermFrequencies(ctx, all, false)
	if err != nil {
		return nil, err
	}
	track := make(map[string]int, len(all))
	for _, t := range trackTerms(sub.Title, all) {
		track[t] = df[t]
	}
	return &decided{subject: sub, terms: watched(track)}, nil
}

// trackTerms returns the search terms (all, of t) that involve its track:
// all but the terms of its artists and featured artists alone.
func trackTerms(t title.Title, all []string) []string {
	artistOnly := searchkey.Terms(title.Title{Artists: t.Artists, ArtistTokens: t.ArtistTokens, FeaturedTokens: t.FeaturedTokens, Readings: t.Readings})
	var out []string
	for _, term := range all {
		if !slices.Contains(artistOnly, term) {
			out = append(out, term)
		}
	}
	return out
}

// nothingNewSince reports whether no song other than the one just written
// took any of these terms since their frequencies were read: then no song
// the decision could not see shares a word with it, and reconciliation has
// nothing to find. (A merge only lowers frequencies; a song committed
// between the read and the search was visible to the search anyway.)
func (s *Service) nothingNewSince(ctx context.Context, before map[string]int) (bool, error) {
	if len(before) == 0 {
		return false, nil
	}
	now, err := s.store.TermFrequencies(ctx, slices.Collect(maps.Keys(before)), true)
	if err != nil {
		return false, err
	}
	return quietSince(before, nil, now), nil
}

// watched keeps the frequencies of the terms that say whether a song like
// this one appeared since: every term no song had (a new song's own
// shingles and anchors, which a duplicate shares), and the rarest of the
// others, as a quick search picks them (see quietBudget). Common words
// change with every song and say nothing.
func watched(df map[string]int) map[string]int {
	var unseen, seen []string
	for t, n := range df {
		if n == 0 {
			unseen = append(unseen, t)
		} else {
			seen = append(seen, t)
		}
	}
	slices.Sort(seen) // PlanQuery keeps the given order among equals
	out := make(map[string]int, len(unseen)+quietTerms)
	for _, t := range append(unseen, searchkey.PlanQuery(seen, df, quietBudget, quietTerms)...) {
		out[t] = df[t]
	}
	return out
}

// quietSince reports whether none of the watched terms of before grew by
// more than allow (1 when allow is nil: the song itself) by the time of
// now. A title with no watched term is never quiet: nothing cheap proves
// it alone.
func quietSince(before, allow, now map[string]int) bool {
	return ReconcileWatch{Limits: growthLimits(before, allow)}.quiet(now)
}

// growthLimits returns the frequencies the watched terms of before may
// reach: each grown by allow (1 when allow is nil: the song itself).
func growthLimits(before, allow map[string]int) map[string]int {
	out := make(map[string]int, len(before))
	for t, n := range before {
		grow := 1
		if allow != nil {
			grow = allow[t]
		}
		out[t] = n + grow
	}
	return out
}

// quietBudget and quietTerms bound the terms the quiet check watches: the
// few rarest a quick search would use. An artist's name or a common word
// that grew says nothing; a shingle, an anchor or a rare word that grew
// says a song like this one may have arrived.
const (
	quietBudget = 30
	quietTerms  = 8
)

// ReconcilePending reconciles songs whose process stopped between writing
// them and reconciling them, and joins the aliases left waiting (see
// JoinAliases). It returns how many songs it checked. The songs a
// batch wrote are reconciled as that batch would have, together and in the
// order written, from the watches kept with them (see ReconcileWatch); the
// others one by one.
func (s *Service) ReconcilePending(ctx context.Context, olderThan time.Duration, limit int) (int, error) {
	ids, err := s.store.Unreconciled(ctx, s.now().Add(-olderThan), limit)
	if err != nil {
		return 0, err
	}
	watches, err := s.store.ReconcileWatches(ctx, ids)
	if err != nil {
		return 0, err
	}
	var batch []watchedSong
	var alone []int64
	for _, id := range ids {
		w, ok := watches[id]
		if !ok {
			alone = append(alone, id)
			continue
		}
		song, err := s.store.Song(ctx, id)
		switch {
		case errors.Is(err, ErrNotFound):
			continue
		case err != nil:
			return 0, fmt.Errorf("reconcile: %w", err)
		case song.MergedInto != 0:
			alone = append(alone, id)
			continue
		}
		batch = append(batch, watchedSong{id: id, subject: w.subject(song), watch: w})
	}
	if len(batch) > 0 {
		slices.SortFunc(batch, func(a, b watchedSong) int { return cmp.Compare(a.id, b.id) })
		s.reconcileBatch(ctx, batch, "sweeper")
	}
	for _, id := range alone {
		if err := s.Reconcile(ctx, id, "sweeper"); err != nil {
			return 0, err
		}
	}
	if _, err := s.JoinAliases(ctx, "sweeper"); err != nil {
		return 0, err
	}
	return len(ids), nil
}
