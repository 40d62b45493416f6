// Package dryrun answers what a backfill would do without doing it: Store
// reads through to the real store and keeps every write in memory, so a
// run with --dry-run makes the same decisions, duplicates within its input
// included, and changes nothing.
package dryrun

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
)

// Store is a dedup.SubmitStore and dedup.OutcomeStore that reads through
// to another store and keeps every write in memory. Songs and reviews it
// would create get IDs from FirstID up: far above any real ID, and
// positive, as a batch takes negative IDs to name the songs it creates
// itself. Its memory grows with the songs the run would create.
type Store struct {
	dedup.SubmitStore // reads of what exists fall through

	mu       sync.Mutex
	nextID   int64
	songs    map[int64]*dedup.Song // would-be songs
	videos   map[string]int64      // would-be videos -> song
	merged   map[int64]int64       // would-be merges: song -> canonical
	byKey    map[string][]int64
	byArtist map[string][]int64 // artists (exactKey without a track) -> would-be songs
	byTerm   map[string][]int64
	outcomes []dedup.RowOutcome
	learned  map[string]int // would-be lexicon counts
}

var (
	_ dedup.SubmitStore  = (*Store)(nil)
	_ dedup.OutcomeStore = (*Store)(nil)
)

// FirstID is the first ID a dry run gives (below 2^53, so that the JSON of
// a report reads exactly in any language).
const FirstID = 9_000_000_000_000_000

// New wraps base.
func New(base dedup.SubmitStore) *Store {
	return &Store{SubmitStore: base, nextID: FirstID - 1, songs: map[int64]*dedup.Song{}, videos: map[string]int64{},
		merged: map[int64]int64{}, byKey: map[string][]int64{}, byArtist: map[string][]int64{}, byTerm: map[string][]int64{},
		learned: map[string]int{}}
}

func exactKey(track string, artists []string) string {
	a := slices.Clone(artists)
	slices.Sort(a)
	return track + "|" + strings.Join(a, "|")
}

func (d *Store) resolve(id int64) int64 {
	if c, ok := d.merged[id]; ok {
		return c
	}
	return id
}

// VideoSong implements dedup.SubmitStore.
func (d *Store) VideoSong(ctx context.Context, videoID string) (int64, error) {
	d.mu.Lock()
	id, ok := d.videos[videoID]
	d.mu.Unlock()
	if ok {
		return d.canonical(id), nil
	}
	id, err := d.SubmitStore.VideoSong(ctx, videoID)
	if err != nil {
		return 0, err
	}
	return d.canonical(id), nil
}

// TermFrequencies implements dedup.SubmitStore: the real frequencies plus the would-be
// songs'.
func (d *Store) TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error) {
	out, err := d.SubmitStore.TermFrequencies(ctx, terms, fresh)
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

// VideoSongs implements dedup.SubmitStore.
func (d *Store) VideoSongs(ctx context.Context, videoIDs []string) (map[string]int64, error) {
	out, err := d.SubmitStore.VideoSongs(ctx, videoIDs)
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

func (d *Store) canonical(id int64) int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.resolve(id)
}

// Candidates implements dedup.SubmitStore: the real candidates, minus songs the run
// merged away, plus would-be songs with the same track and artists, of the
// same artists and duration (see dedup.CandidateQuery.DurationSeconds), or
// sharing the most search terms.
func (d *Store) Candidates(ctx context.Context, qs []dedup.CandidateQuery) ([][]dedup.Song, error) {
	base, err := d.SubmitStore.Candidates(ctx, qs)
	if err != nil {
		return nil, err
	}
	out := make([][]dedup.Song, len(qs))
	for i, q := range qs {
		out[i] = d.overlay(q, base[i])
	}
	return out, nil
}

func (d *Store) overlay(q dedup.CandidateQuery, base []dedup.Song) []dedup.Song {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []dedup.Song
	seen := map[int64]bool{q.Exclude: true}
	keep := func(s dedup.Song) {
		if _, gone := d.merged[s.ID]; !gone && !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	for _, id := range d.byKey[exactKey(q.Title.Track, q.Title.Artists)] {
		keep(*d.songs[id])
	}
	limit := q.Limit
	if q.Nearby() {
		limit += dedup.NearbyLimit
		n := 0
		for _, id := range d.byArtist[exactKey("", q.Title.Artists)] {
			if _, gone := d.merged[id]; gone || n == dedup.NearbyLimit {
				continue
			}
			if dur := d.songs[id].DurationSeconds; dur > 0 && abs(dur-q.DurationSeconds) <= score.DurationAgreeSeconds {
				keep(*d.songs[id])
				n++
			}
		}
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
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// SubmitBatch implements dedup.SubmitStore, in memory.
func (d *Store) SubmitBatch(ctx context.Context, ws []dedup.SubmissionWrite) ([]dedup.SubmissionWritten, error) {
	for _, w := range ws {
		if _, err := d.SubmitStore.VideoSong(ctx, w.Video.ID); err == nil {
			return nil, fmt.Errorf("video %s: %w", w.Video.ID, dedup.ErrConflict)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, w := range ws {
		if _, ok := d.videos[w.Video.ID]; ok {
			return nil, fmt.Errorf("video %s: %w", w.Video.ID, dedup.ErrConflict)
		}
	}
	out := make([]dedup.SubmissionWritten, len(ws))
	for i, w := range ws {
		switch {
		case w.NewSong != nil:
			d.nextID++
			song := *w.NewSong
			song.ID, song.CreatedAt = d.nextID, time.Now()
			d.songs[song.ID] = &song
			key := exactKey(song.Track, song.Artists)
			d.byKey[key] = append(d.byKey[key], song.ID)
			if len(song.Artists) > 0 {
				artists := exactKey("", song.Artists)
				d.byArtist[artists] = append(d.byArtist[artists], song.ID)
			}
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
		if song, ok := d.songs[out[i].SongID]; ok && w.NewSong == nil && song.DurationSeconds == 0 {
			song.DurationSeconds = w.Video.DurationSeconds // as the store adopts it
		}
		for _, e := range w.Learn {
			d.learned[e.Key]++
		}
		if w.Outcome != nil {
			o := *w.Outcome
			o.SongID = out[i].SongID
			d.outcomes = append(d.outcomes, o)
		}
		d.outcomes = append(d.outcomes, w.OtherRows...)
	}
	return out, nil
}

// ArtistSightings implements dedup.SubmitStore: the real counts plus the
// would-be ones.
func (d *Store) ArtistSightings(ctx context.Context, keys []string) (map[string]int, error) {
	out, err := d.SubmitStore.ArtistSightings(ctx, keys)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, k := range keys {
		if n := d.learned[k]; n > 0 {
			out[k] += n
		}
	}
	return out, nil
}

// MergeSongs implements dedup.SubmitStore, in memory.
func (d *Store) MergeSongs(ctx context.Context, m dedup.SongMerge) (int64, error) {
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

// Song implements dedup.SubmitStore.
func (d *Store) Song(ctx context.Context, id int64) (dedup.Song, error) {
	d.mu.Lock()
	s, ok := d.songs[id]
	var song dedup.Song
	if ok {
		song = *s
	}
	merged, isMerged := d.merged[id]
	d.mu.Unlock()
	if !ok {
		var err error
		if song, err = d.SubmitStore.Song(ctx, id); err != nil {
			return song, err
		}
	}
	if isMerged {
		song.MergedInto = merged
	}
	return song, nil
}

// MarkReconciled implements dedup.SubmitStore: nothing to record.
func (d *Store) MarkReconciled(context.Context, int64) error { return nil }

// Unreconciled implements dedup.SubmitStore: a dry run leaves nothing unreconciled.
func (d *Store) Unreconciled(context.Context, time.Time, int) ([]int64, error) { return nil, nil }

// ReconcileWatches implements dedup.SubmitStore: a dry run keeps none.
func (d *Store) ReconcileWatches(context.Context, []int64) (map[int64]dedup.ReconcileWatch, error) {
	return nil, nil
}

// RecordOutcomes implements dedup.OutcomeStore, in memory.
func (d *Store) RecordOutcomes(_ context.Context, rows []dedup.RowOutcome) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.outcomes = append(d.outcomes, rows...)
	return nil
}

// Outcomes returns the recorded outcomes in line order, each with the song
// the row was given when it was decided.
func (d *Store) Outcomes() []dedup.RowOutcome {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := slices.Clone(d.outcomes)
	slices.SortFunc(out, func(a, b dedup.RowOutcome) int { return cmp.Compare(a.Line, b.Line) })
	return out
}

// PendingAliasJoins implements dedup.SubmitStore: a dry run learns no
// alias, and leaves the database's waiting joins to the real runs.
func (d *Store) PendingAliasJoins(context.Context, int) ([]dedup.LearnedAlias, error) {
	return nil, nil
}

// AliasJoined implements dedup.SubmitStore: a dry run joins nothing.
func (d *Store) AliasJoined(context.Context, int64) error { return nil }
