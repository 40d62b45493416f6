package dedup

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup/searchkey"
)

// DryRunStore is a Store that reads through to another store and keeps
// every write in memory: a backfill run with --dry-run makes the same
// decisions, duplicates within its input included, and changes nothing.
// Songs and reviews it would create get IDs from DryRunFirstID up: far above
// any real ID, and positive, as a batch takes negative IDs to name the songs
// it creates itself. Its memory grows with the songs the run would create.
type DryRunStore struct {
	Store // reads of what exists fall through

	mu       sync.Mutex
	nextID   int64
	songs    map[int64]*Song  // would-be songs
	videos   map[string]int64 // would-be videos -> song
	merged   map[int64]int64  // would-be merges: song -> canonical
	byKey    map[string][]int64
	byTerm   map[string][]int64
	outcomes []RowOutcome
}

// DryRunFirstID is the first ID a dry run gives (below 2^53, so that the
// JSON of a report reads exactly in any language).
const DryRunFirstID = 9_000_000_000_000_000

// NewDryRunStore wraps base.
func NewDryRunStore(base Store) *DryRunStore {
	return &DryRunStore{Store: base, nextID: DryRunFirstID - 1, songs: map[int64]*Song{}, videos: map[string]int64{},
		merged: map[int64]int64{}, byKey: map[string][]int64{}, byTerm: map[string][]int64{}}
}

func exactKey(track string, artists []string) string {
	a := slices.Clone(artists)
	slices.Sort(a)
	return track + "|" + strings.Join(a, "|")
}

func (d *DryRunStore) resolve(id int64) int64 {
	if c, ok := d.merged[id]; ok {
		return c
	}
	return id
}

// VideoSong implements Store.
func (d *DryRunStore) VideoSong(ctx context.Context, videoID string) (int64, error) {
	d.mu.Lock()
	id, ok := d.videos[videoID]
	d.mu.Unlock()
	if ok {
		return d.canonical(id), nil
	}
	id, err := d.Store.VideoSong(ctx, videoID)
	if err != nil {
		return 0, err
	}
	return d.canonical(id), nil
}

// TermFrequencies implements Store: the real frequencies plus the would-be
// songs'.
func (d *DryRunStore) TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error) {
	out, err := d.Store.TermFrequencies(ctx, terms, fresh)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, t := range terms {
		out[t] += len(d.byTerm[t])
	}
	return out, nil
}

// VideoSongs implements Store.
func (d *DryRunStore) VideoSongs(ctx context.Context, videoIDs []string) (map[string]int64, error) {
	out, err := d.Store.VideoSongs(ctx, videoIDs)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for id, song := range out {
		out[id] = d.resolve(song)
	}
	for _, v := range videoIDs {
		if song, ok := d.videos[v]; ok {
			out[v] = d.resolve(song)
		}
	}
	return out, nil
}

func (d *DryRunStore) canonical(id int64) int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.resolve(id)
}

// Candidates implements Store: the real candidates, minus songs the run
// merged away, plus would-be songs with the same track and artists or
// sharing the most search terms.
func (d *DryRunStore) Candidates(ctx context.Context, qs []CandidateQuery) ([][]Song, error) {
	base, err := d.Store.Candidates(ctx, qs)
	if err != nil {
		return nil, err
	}
	out := make([][]Song, len(qs))
	for i, q := range qs {
		out[i] = d.overlay(q, base[i])
	}
	return out, nil
}

func (d *DryRunStore) overlay(q CandidateQuery, base []Song) []Song {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []Song
	seen := map[int64]bool{q.Exclude: true}
	keep := func(s Song) {
		if _, gone := d.merged[s.ID]; !gone && !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	for _, id := range d.byKey[exactKey(q.Title.Track, q.Title.Artists)] {
		keep(*d.songs[id])
	}
	shared := map[int64]int{}
	for _, t := range searchkey.Terms(q.Title) {
		if ids := d.byTerm[t]; len(ids) < 1000 {
			for _, id := range ids {
				shared[id]++
			}
		}
	}
	ids := make([]int64, 0, len(shared))
	for id := range shared {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		if c := cmp.Compare(shared[b], shared[a]); c != 0 {
			return c
		}
		return cmp.Compare(b, a)
	})
	for _, id := range ids[:min(len(ids), q.Limit)] {
		keep(*d.songs[id])
	}
	for _, s := range base {
		keep(s)
	}
	if len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out
}

// SubmitBatch implements Store, in memory.
func (d *DryRunStore) SubmitBatch(ctx context.Context, ws []SubmissionWrite) ([]SubmissionWritten, error) {
	for _, w := range ws {
		if _, err := d.Store.VideoSong(ctx, w.Video.ID); err == nil {
			return nil, fmt.Errorf("video %s: %w", w.Video.ID, ErrConflict)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, w := range ws {
		if _, ok := d.videos[w.Video.ID]; ok {
			return nil, fmt.Errorf("video %s: %w", w.Video.ID, ErrConflict)
		}
	}
	out := make([]SubmissionWritten, len(ws))
	for i, w := range ws {
		switch {
		case w.NewSong != nil:
			d.nextID++
			song := *w.NewSong
			song.ID, song.CreatedAt = d.nextID, time.Now()
			d.songs[song.ID] = &song
			key := exactKey(song.Track, song.Artists)
			d.byKey[key] = append(d.byKey[key], song.ID)
			for _, t := range strings.Fields(song.SearchKey) {
				d.byTerm[t] = append(d.byTerm[t], song.ID)
			}
			out[i].SongID = song.ID
			for range w.Reviews {
				d.nextID++
				out[i].ReviewIDs = append(out[i].ReviewIDs, d.nextID)
			}
		case w.AttachToBatch > 0:
			out[i].SongID = out[w.AttachToBatch-1].SongID
		default:
			out[i].SongID = d.resolve(w.AttachTo)
		}
		d.videos[w.Video.ID] = out[i].SongID
		if w.Outcome != nil {
			o := *w.Outcome
			o.SongID = out[i].SongID
			d.outcomes = append(d.outcomes, o)
		}
	}
	return out, nil
}

// MergeSongs implements Store, in memory.
func (d *DryRunStore) MergeSongs(ctx context.Context, m SongMerge) (int64, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	from, into := d.resolve(m.From), d.resolve(m.Into)
	if from == into {
		return into, nil
	}
	for id, c := range d.merged {
		if c == from {
			d.merged[id] = into
		}
	}
	d.merged[from] = into
	return into, nil
}

// Song implements Store.
func (d *DryRunStore) Song(ctx context.Context, id int64) (Song, error) {
	d.mu.Lock()
	s, ok := d.songs[id]
	var song Song
	if ok {
		song = *s
	}
	merged, isMerged := d.merged[id]
	d.mu.Unlock()
	if !ok {
		var err error
		if song, err = d.Store.Song(ctx, id); err != nil {
			return song, err
		}
	}
	if isMerged {
		song.MergedInto = merged
	}
	return song, nil
}

// errDryRun refuses the writes a backfill never makes, so that no write can
// reach the real store through the embedded one.
var errDryRun = errors.New("a dry run writes nothing")

// AddEngagement implements Store: refused.
func (d *DryRunStore) AddEngagement(context.Context, string, int64, int64) (Video, error) {
	return Video{}, errDryRun
}

// DecideReview implements Store: refused.
func (d *DryRunStore) DecideReview(context.Context, ReviewDecision) (Review, error) {
	return Review{}, errDryRun
}

// Split implements Store: refused.
func (d *DryRunStore) Split(context.Context, SplitPlan) (int64, error) { return 0, errDryRun }

// MarkReconciled implements Store: nothing to record.
func (d *DryRunStore) MarkReconciled(context.Context, int64) error { return nil }

// Unreconciled implements Store: a dry run leaves nothing unreconciled.
func (d *DryRunStore) Unreconciled(context.Context, time.Time, int) ([]int64, error) { return nil, nil }

// RecordOutcomes implements Store, in memory.
func (d *DryRunStore) RecordOutcomes(_ context.Context, rows []RowOutcome) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.outcomes = append(d.outcomes, rows...)
	return nil
}

// Outcomes returns the recorded outcomes in line order, each with the song
// the row was given when it was decided.
func (d *DryRunStore) Outcomes() []RowOutcome {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := slices.Clone(d.outcomes)
	slices.SortFunc(out, func(a, b RowOutcome) int { return cmp.Compare(a.Line, b.Line) })
	return out
}
