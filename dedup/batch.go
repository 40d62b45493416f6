package dedup

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// BatchItem is one submission of a batch, with its backfill row record.
type BatchItem struct {
	Sub Submission
	// Rec, when not nil, records the row's outcome in the same transaction
	// as its writes (see SubmitRecorded).
	Rec *RowOutcome
	// Normalized, when not nil, is Normalize of Sub's title, channel and
	// artist, done already by the caller (a backfill routes rows by it).
	Normalized *title.Title
	// Input, when not nil, is Sub.TitleInput(), read already by the caller
	// (a catalogue record's title is cleaned at some cost).
	Input *title.Input
	// Err, when not nil, is why the caller could not read the item (a
	// backfill row with a value that is no length, say): it is the item's
	// error, recorded with the batch's invalid items, and nothing is
	// decided.
	Err error
}

// titleInput is it.Sub.TitleInput(), read once.
func (it *BatchItem) titleInput() title.Input {
	if it.Input != nil {
		return *it.Input
	}
	return it.Sub.TitleInput()
}

// BatchResult is what became of one item of a batch.
type BatchResult struct {
	Answer Answer
	// Err is the item's own error (a *FieldError for a bad row).
	Err error
}

// SubmitBatch decides several submissions the way Submit decides one —
// the same validation, normalization, retrieval, scoring and rules — and
// writes them in one transaction, which is what makes a backfill fast.
//
// Songs created earlier in the batch are candidates for the items after
// them, so variants of one song in one batch end as one song. Items that
// need more care than a batch gives them (an ambiguous match, a video
// written concurrently by another process) are decided one by one through
// SubmitRecorded. After the write, new songs are checked against songs
// with the same normalized track and artists committed concurrently, and
// merged with them.
func (s *Service) SubmitBatch(ctx context.Context, items []BatchItem, decidedBy string) ([]BatchResult, error) {
	results := make([]BatchResult, len(items))
	ids := make([]string, len(items))
	var invalid []RowOutcome
	var valid []string
	for i, it := range items {
		id, err := it.Sub.Validate()
		if it.Err != nil {
			err = it.Err
		}
		if err != nil {
			results[i].Err = err
			if it.Rec != nil {
				r := *it.Rec
				r.Decision, r.Error = OutcomeError, err.Error()
				invalid = append(invalid, r)
			}
			continue
		}
		ids[i] = id
		valid = append(valid, id)
	}
	if len(valid) == 0 {
		if err := s.recordOutcomes(ctx, invalid); err != nil {
			return nil, err
		}
		return results, nil
	}
	known, err := s.store.VideoSongs(ctx, valid)
	if err != nil {
		return nil, fmt.Errorf("looking up videos: %w", err)
	}

	var todo []int // the items to decide
	for i := range items {
		if results[i].Err == nil {
			if _, ok := known[ids[i]]; !ok {
				todo = append(todo, i)
			}
		}
	}
	normalized, lexicons, err := s.normalizeBatch(ctx, items, todo)
	if err != nil {
		return nil, err
	}
	lexiconOf := make(map[int]map[string]int, len(todo)) // item -> the lexicon its title was read with
	for k, i := range todo {
		lexiconOf[i] = lexicons[k]
	}
	titles := make([]title.Title, 0, len(todo))
	subjects := map[int]score.Subject{}
	for k, i := range todo {
		titles = append(titles, normalized[k])
		subjects[i] = score.Subject{Title: normalized[k], DurationSeconds: items[i].Sub.DurationSeconds}
	}
	if err := s.store.Prefetch(ctx, titles); err != nil {
		return nil, err
	}
	found, stats, err := s.prefetchCandidates(ctx, len(items), subjects)
	if err != nil {
		return nil, err
	}

	b := batchPlan{svc: s, decidedBy: decidedBy, byKey: map[string]int{}, firstOf: map[string]int{}, found: found,
		stats: stats, upgrades: map[int64]upgradeWrite{}}
	var existing []RowOutcome
	for i, it := range items {
		if results[i].Err != nil {
			continue
		}
		if song, ok := known[ids[i]]; ok {
			results[i].Answer = Answer{SongID: song, VideoID: ids[i], Decision: OutcomeExisting, Score: 1}
			if it.Rec != nil {
				r := *it.Rec
				r.VideoID, r.SongID, r.Decision, r.Score = ids[i], song, OutcomeExisting, 1
				existing = append(existing, r)
			}
			continue
		}
		if err := b.plan(ctx, i, it, ids[i], subjects[i]); err != nil {
			return nil, err
		}
	}
	// The rows that write nothing are recorded with the batch's writes, in
	// its transaction; without writes, in one statement of their own.
	settled := slices.Concat(invalid, existing)
	if len(b.writes) > 0 {
		b.writes[0].OtherRows = settled
	} else if err := s.recordOutcomes(ctx, settled); err != nil {
		return nil, err
	}

	b.watch(lexiconOf)
	written, err := s.store.SubmitBatch(ctx, b.writes)
	switch {
	case errors.Is(err, ErrConflict) || errors.Is(err, ErrNotFound):
		// Another process wrote one of these videos, or a song to attach to
		// vanished: decide each item alone, the rows that write nothing
		// recorded on their own.
		if len(b.writes) > 0 {
			if err := s.recordOutcomes(ctx, settled); err != nil {
				return nil, err
			}
		}
		b.alone = append(append(b.alone, b.itemOf...), b.repeats...)
	case err != nil:
		return nil, fmt.Errorf("writing a batch of %d: %w", len(b.writes), err)
	default:
		for w, i := range b.itemOf {
			out := b.answers[w]
			out.SongID = written[w].SongID
			out.ReviewIDs = written[w].ReviewIDs
			if len(out.ReviewIDs) > 0 {
				out.ReviewID = out.ReviewIDs[0]
			}
			if out.MatchedSongID < 0 {
				out.MatchedSongID = written[-out.MatchedSongID-1].SongID
			}
			if out.VersionOf < 0 {
				out.VersionOf = written[-out.VersionOf-1].SongID
			}
			if out.Explanation != nil {
				for k, c := range out.Explanation.Candidates {
					if c.SongID < 0 {
						out.Explanation.Candidates[k].SongID = written[-c.SongID-1].SongID
					}
				}
			}
			results[i].Answer = out
		}
		var repeated []RowOutcome
		for _, i := range b.repeats {
			first := results[b.firstOf[ids[i]]].Answer
			results[i].Answer = Answer{SongID: first.SongID, VideoID: ids[i], Decision: OutcomeExisting, Score: 1}
			if items[i].Rec != nil {
				r := *items[i].Rec
				r.VideoID, r.SongID, r.Decision, r.Score = ids[i], first.SongID, OutcomeExisting, 1
				repeated = append(repeated, r)
			}
		}
		if err := s.recordOutcomes(ctx, repeated); err != nil {
			return nil, err
		}
		s.reconcileBatch(ctx, b.watched(written), decidedBy)
		s.joinAliasesAfter(ctx, b.writes, decidedBy)
	}
	if len(b.alone) > 0 {
		slices.Sort(b.alone)
		for _, i := range b.alone {
			out, err := s.SubmitRecorded(ctx, items[i].Sub, decidedBy, items[i].Rec)
			var fe *FieldError
			switch {
			case errors.As(err, &fe):
				results[i].Err = err
			case err != nil:
				return nil, err
			default:
				results[i] = BatchResult{Answer: out}
			}
		}
	}
	return results, nil
}

// recordOutcomes records rows that wrote nothing, in one statement; none
// costs none.
func (s *Service) recordOutcomes(ctx context.Context, rows []RowOutcome) error {
	if len(rows) == 0 {
		return nil
	}
	return s.outcomes.RecordOutcomes(ctx, rows)
}

// watchedSong is a new song to reconcile as a batch does.
type watchedSong struct {
	id      int64
	subject score.Subject
	watch   ReconcileWatch
}

// reconcileBatch checks new songs written by a batch against songs
// committed concurrently, as Submit checks its one: the frequencies of
// every song's watched terms are read in one query, and only the songs
// whose terms grew beyond their limits are searched again. It is all
// their reconciliation reads besides the catalogue, so a resumed run
// replays it exactly for songs whose process stopped first (see
// ReconcilePending).
func (s *Service) reconcileBatch(ctx context.Context, songs []watchedSong, decidedBy string) {
	var terms []string
	for _, p := range songs {
		terms = slices.AppendSeq(terms, maps.Keys(p.watch.Limits))
	}
	slices.Sort(terms)
	now, err := s.store.TermFrequencies(ctx, slices.Compact(terms), true)
	if err != nil {
		now = nil // every song is searched again below
	}
	// The others are searched again together, and only the ones that
	// find a song to merge with go through Reconcile one by one.
	var again []watchedSong
	var qs []CandidateQuery
	for _, p := range songs {
		if now != nil && p.watch.quiet(now) {
			s.markReconciled(ctx, p.id)
			continue
		}
		again = append(again, p)
		qs = append(qs, s.candidateQuery(p.subject, p.id, true))
	}
	if len(qs) == 0 {
		return
	}
	found, err := s.store.Candidates(ctx, qs)
	var cands [][]score.Candidate
	var stats *tokenStats
	if err == nil {
		subjects := make([]score.Subject, len(again))
		for k, p := range again {
			subjects[k] = p.subject
		}
		cands = s.candidateSets(found)
		stats, err = s.warmTokenStats(ctx, subjects, cands)
	}
	for k, p := range again {
		if err == nil {
			cands, w, rerr := s.rank(ctx, p.subject, cands[k], stats)
			var group []int64
			if rerr == nil {
				group, _, rerr = s.sameSongs(ctx, p.id, p.subject, cands, w)
			}
			if rerr == nil && len(group) == 0 {
				s.markReconciled(ctx, p.id)
				continue
			}
		}
		if err := s.reconcile(ctx, p.id, &decided{subject: p.subject}, decidedBy); err != nil {
			s.log.WarnContext(ctx, "reconciling a new song (the sweeper will retry)", "song_id", p.id, "err", err)
		}
	}
}

func (s *Service) markReconciled(ctx context.Context, id int64) {
	if err := s.store.MarkReconciled(ctx, id); err != nil {
		s.log.WarnContext(ctx, "marking a song reconciled (the sweeper will check it)", "song_id", id, "err", err)
	}
}

// candidateSets turns the songs retrieved for several subjects into
// scoring candidates.
func (s *Service) candidateSets(found [][]Song) [][]score.Candidate {
	out := make([][]score.Candidate, len(found))
	for k, songs := range found {
		out[k] = s.candidatesOf(songs)
	}
	return out
}

// warmTokenStats reads the term statistics of every token of subjects and
// of their candidates in one round trip, so that weighing each candidate
// set then reads them from the answer (a small map) rather than from the
// store's cache of every term.
func (s *Service) warmTokenStats(ctx context.Context, subjects []score.Subject, cands [][]score.Candidate) (*tokenStats, error) {
	var tokens []string
	for k, sub := range subjects {
		tokens = titleTokens(tokens, sub.Title)
		if k < len(cands) {
			for _, c := range cands[k] {
				tokens = titleTokens(tokens, c.Title)
			}
		}
	}
	// Unsorted, with repeats: DocFreqs reads each token once, and sorting
	// the tokens of a batch's candidates cost more than looking them up.
	docs, df, err := s.store.DocFreqs(ctx, tokens)
	if err != nil {
		return nil, fmt.Errorf("reading term statistics: %w", err)
	}
	return &tokenStats{docs: docs, df: df}, nil
}

// tokenStats are the statistics of the tokens of a batch, read at once.
type tokenStats struct {
	docs int            // canonical songs
	df   map[string]int // token -> songs holding it
}

// prefetchCandidates retrieves the candidates of a batch's items in one
// round trip — an item asking the same query as an earlier one shares its
// answer; an item whose normalized song an earlier item already asked for
// otherwise is left out (it usually attaches to the song that item creates;
// when not, it retrieves on its own) — and reads the term statistics of
// every title involved in one more, so that deciding the items one by one
// then waits for no database.
func (s *Service) prefetchCandidates(ctx context.Context, n int, subjects map[int]score.Subject) (map[int]prefetched, *tokenStats, error) {
	var order []int
	var qs []CandidateQuery
	found := map[int]prefetched{}
	asked := map[string]bool{}
	query := map[string]int{} // the identity of a query -> its index in qs
	sharing := map[int]int{}  // item -> the query whose answer it shares
	for i := range n {
		sub, ok := subjects[i]
		if !ok {
			continue
		}
		// What the decision knew is read before the search, as Submit
		// reads it: a song committed in between is then either found or
		// seen growing the frequencies (see nothingNewSince), never
		// neither.
		cq := s.candidateQuery(sub, 0, false)
		cq.Terms = searchkey.Terms(sub.Title) // the query's, its key's and the snapshot's
		key, ask := batchKey(sub.Title), queryKey(cq)
		if k, ok := query[ask]; ok {
			// The same query as an earlier item's: its answer is this
			// item's too. (In a loaded catalogue the variants of one
			// recording all match an existing song, and each retrieved
			// alone before.)
			known, err := s.snapshotOf(ctx, sub, cq.Terms)
			if err != nil {
				return nil, nil, err
			}
			found[i] = prefetched{known: known, terms: cq.Terms}
			sharing[i] = k
			continue
		}
		if asked[key] && len(sub.Title.Artists) > 0 {
			continue
		}
		asked[key] = true
		known, err := s.snapshotOf(ctx, sub, cq.Terms)
		if err != nil {
			return nil, nil, err
		}
		found[i] = prefetched{known: known, terms: cq.Terms}
		query[ask] = len(qs)
		order = append(order, i)
		qs = append(qs, cq)
	}
	if len(qs) == 0 {
		return nil, nil, nil
	}
	songs, err := s.store.Candidates(ctx, qs)
	if err != nil {
		return nil, nil, fmt.Errorf("retrieving candidates: %w", err)
	}
	cands := s.candidateSets(songs)
	subs := make([]score.Subject, len(order))
	for k, i := range order {
		found[i] = prefetched{cands: cands[k], known: found[i].known, terms: found[i].terms}
		subs[k] = subjects[i]
	}
	for i, k := range sharing {
		// Ranking reorders the candidates in place: each item its own copy.
		found[i] = prefetched{cands: slices.Clone(cands[k]), known: found[i].known, terms: found[i].terms}
		subs = append(subs, subjects[i]) // their own tokens, no candidates
	}
	stats, err := s.warmTokenStats(ctx, subs, cands)
	return found, stats, err
}

// queryKey identifies a candidate query: two queries with the same key
// retrieve the same songs (see Store.Candidates). The duration counts
// only where it is asked for. Search terms hold no spaces.
func queryKey(q CandidateQuery) string {
	t, d := q.Title, 0
	if q.Nearby() {
		d = q.DurationSeconds
	}
	terms := q.Terms
	if terms == nil {
		terms = searchkey.Terms(t)
	}
	return batchKey(t) + "|" + strconv.FormatBool(t.ArtistSource == title.ArtistFromChannel) + "|" + strconv.Itoa(d) + "|" +
		strings.Join(terms, " ")
}

// prefetched is what a batch read for one item before deciding it.
type prefetched struct {
	cands []score.Candidate // retrieved candidates, not yet ranked
	known *decided          // the term frequencies read before retrieving them
	terms []string          // searchkey.Terms of the item's title
}

// of returns the statistics of tokens, as SubmitStore.DocFreqs does, and whether
// st held them all. The map holds exactly those tokens: a token without
// statistics is weighed by the built-in table (see NewWeights).
func (st *tokenStats) of(tokens []string) (int, map[string]int, bool) {
	if st == nil {
		return 0, nil, false
	}
	df := make(map[string]int, len(tokens))
	for _, tok := range tokens {
		n, ok := st.df[tok]
		if !ok {
			return 0, nil, false
		}
		df[tok] = n
	}
	return st.docs, df, true
}

// normalizeBatch reads the titles of items[todo] with the artist lexicon
// and sets their aliases, as normalize does, in one lookup of each for the
// batch: each title with the sightings of its own name keys, which it
// returns (nil for a title whose keys the lexicon does not know). An item's
// title normalized already (by the backfill's routing) is kept unless the
// lexicon knows one of its names.
func (s *Service) normalizeBatch(ctx context.Context, items []BatchItem, todo []int) ([]title.Title, []map[string]int, error) {
	out := make([]title.Title, len(todo))
	lexicons := make([]map[string]int, len(todo))
	ins := make([]title.Input, len(todo))
	keys := make([][]string, len(todo))
	var all []string
	for k, i := range todo {
		it := &items[i]
		ins[k] = it.titleInput()
		keys[k] = title.LexiconKeys(ins[k])
		all = append(all, keys[k]...)
	}
	var known map[string]int
	if len(all) > 0 {
		slices.Sort(all)
		var err error
		if known, err = s.store.ArtistSightings(ctx, slices.Compact(all)); err != nil {
			return nil, nil, fmt.Errorf("reading the artist lexicon: %w", err)
		}
	}
	for k, i := range todo {
		for _, key := range keys[k] {
			if n := known[key]; n > 0 {
				if lexicons[k] == nil {
					lexicons[k] = map[string]int{}
				}
				lexicons[k][key] = n
			}
		}
		switch {
		case lexicons[k] != nil:
			out[k] = title.NormalizeWith(ins[k], title.LexiconMap(lexicons[k]))
		case items[i].Normalized != nil:
			out[k] = *items[i].Normalized
		default:
			out[k] = title.Normalize(ins[k])
		}
	}
	ptrs := make([]*title.Title, len(out))
	for k := range out {
		ptrs[k] = &out[k]
	}
	if err := s.withAliases(ctx, ptrs); err != nil {
		return nil, nil, err
	}
	return out, lexicons, nil
}

// ResolveExplanation gives an explanation written before its batch was
// the real IDs of the batch's songs it names: a candidate ID -k names the
// song created by write number k, and song(-k) is that song's ID. An
// explanation that names none comes back as it is.
func ResolveExplanation(explanation []byte, song func(int64) int64) []byte {
	if !bytes.Contains(explanation, []byte(`"song_id":"-`)) {
		return explanation
	}
	var e score.Explanation
	if err := json.Unmarshal(explanation, &e); err != nil {
		return explanation
	}
	for k, c := range e.Candidates {
		if c.SongID < 0 {
			e.Candidates[k].SongID = song(c.SongID)
		}
	}
	out, err := json.Marshal(e)
	if err != nil {
		return explanation
	}
	return out
}
