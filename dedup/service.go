package dedup

import (
	"context"
	"log/slog"
	"time"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// SubmitStore is the storage submissions and reconciliation work on.
// Package store implements it on MySQL, package dryrun in memory over
// another. Every method translates its failures into this package's errors:
// ErrNotFound, ErrConflict, ErrUnavailable.
type SubmitStore interface {
	// VideoSong returns the canonical song of a known video, or ErrNotFound.
	VideoSong(ctx context.Context, videoID string) (int64, error)
	// VideoSongs returns the canonical song of each of the videos that is
	// known.
	VideoSongs(ctx context.Context, videoIDs []string) (map[string]int64, error)
	// Candidates returns, for each query q, up to q.Limit canonical songs
	// most likely to be the same song as q.Title, with their sources
	// filled (and their IDs, tracks, durations and redirects; not their
	// other normalized fields). It sees only committed songs.
	// Several queries at once cost a batch fewer round trips.
	Candidates(ctx context.Context, qs []CandidateQuery) ([][]Song, error)
	// Prefetch reads what deciding titles will read (term statistics)
	// fresh, in as few round trips as possible, so that the decisions'
	// snapshots (see nothingNewSince) hold the frequencies of now: a cached
	// frequency that grew since it was read looks like a song arriving
	// concurrently, and costs the new song a second search. (A frequency
	// the process read a moment ago and has kept up with its own writes
	// since is as fresh.)
	Prefetch(ctx context.Context, titles []title.Title) error
	// TermFrequencies returns how many canonical songs have each search
	// term: from a short-lived cache, or read fresh.
	TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error)
	// DocFreqs returns the number of canonical songs and, for each token,
	// how many of them contain it; tokens may repeat, in any order.
	DocFreqs(ctx context.Context, tokens []string) (docs int, df map[string]int, err error)
	// ArtistSightings returns how often each name key (see
	// title.LexiconKeys) was seen as a certain artist; keys never seen are
	// absent. The answer may come from a short-lived cache.
	ArtistSightings(ctx context.Context, keys []string) (map[string]int, error)
	// AliasesOf returns the stored aliases one side of which is the name
	// of one of keys, of its kind; deleted aliases never. The answer may
	// come from a short-lived cache.
	AliasesOf(ctx context.Context, keys []AliasKey) ([]LearnedAlias, error)
	// NeverMerged returns which of others a curator kept apart from song
	// (through any song merged into either side).
	NeverMerged(ctx context.Context, song int64, others []int64) (map[int64]bool, error)
	// SubmitBatch writes everything a batch of submissions decided, in one
	// transaction. It returns ErrConflict when a video exists already, and
	// ErrNotFound when a song to attach to does not.
	SubmitBatch(ctx context.Context, ws []SubmissionWrite) ([]SubmissionWritten, error)
	// MergeSongs merges one song into another in one transaction, after
	// resolving both to their canonical songs under lock. It returns the
	// canonical song, and ErrConflict when a curator kept the two apart.
	MergeSongs(ctx context.Context, m SongMerge) (int64, error)
	// Song returns a song's own row (its source and normalized fields), or
	// ErrNotFound.
	Song(ctx context.Context, id int64) (Song, error)
	// MarkReconciled records that a new song was checked against songs
	// committed concurrently with it.
	MarkReconciled(ctx context.Context, id int64) error
	// Unreconciled lists canonical songs created before olderThan that were
	// never checked (their process stopped first), oldest first.
	Unreconciled(ctx context.Context, olderThan time.Time, limit int) ([]int64, error)
	// ReconcileWatches returns the watches kept with those of songs that
	// have one (see SubmissionWrite.Watch).
	ReconcileWatches(ctx context.Context, songs []int64) (map[int64]ReconcileWatch, error)
	// PendingAliasJoins returns up to limit aliases that became usable and
	// whose names' songs were not yet reconsidered (see JoinAliases),
	// oldest first; deleted aliases never.
	PendingAliasJoins(ctx context.Context, limit int) ([]LearnedAlias, error)
	// AliasJoined records that the songs of an alias's names were
	// reconsidered.
	AliasJoined(ctx context.Context, id int64) error
	// SongsNamed returns up to limit canonical songs, oldest first, whose
	// one artist (AliasArtist) or whose track (AliasTrack) is name, with
	// their sources filled.
	SongsNamed(ctx context.Context, kind title.AliasKind, name string, limit int) ([]Song, error)
}

// Stores are the storage a Service works on, one interface per role.
// Package store's *DB is all three.
type Stores struct {
	// Submit serves submissions and reconciliation; it is required.
	Submit SubmitStore
	// Curation serves reads and curators' decisions (Song, Video,
	// Reviews, DecideReview, Split...); a Service that only decides
	// submissions (a backfill) goes without.
	Curation CurationStore
	// Outcomes records backfill rows (SubmitRecorded, SubmitBatch with
	// records, RecordOutcome); a Service that records none goes without.
	Outcomes OutcomeStore
	// Changes serves the changes feed; a Service that serves none goes
	// without.
	Changes ChangeStore
}

// Service runs submissions: normalize, retrieve, score, decide, write, and
// reconcile with songs created concurrently; and curators' reads and
// decisions.
type Service struct {
	store      SubmitStore
	curation   CurationStore
	outcomes   OutcomeStore
	changes    ChangeStore
	thresholds score.Thresholds
	log        *slog.Logger
	now        func() time.Time
	observe    func(stage string, d time.Duration)
	candidates int
	titles     titleCache
	writes     writeCoalescer
	// searchMayLag is set when the candidate search may read a replica
	// behind the primary (see LaggingReader).
	searchMayLag bool
}

// ServiceOptions configure a Service. The zero value is usable.
type ServiceOptions struct {
	Thresholds score.Thresholds // default DefaultThresholds()
	Logger     *slog.Logger
	Now        func() time.Time
	// Observe, when set, receives the duration of each stage of a
	// submission ("retrieval", "decide", "write", "reconcile"), for metrics.
	Observe func(stage string, d time.Duration)
	// Candidates is how many songs retrieval returns (default 10).
	Candidates int
	// Writers is how many transactions the submissions of concurrent
	// requests are written in at once (default 4); the writes that arrive
	// meanwhile share the next one (at most 32 per transaction). 1 writes
	// one transaction at a time.
	Writers int
}

// NewService returns a Service on the stores of each role.
func NewService(st Stores, opts ServiceOptions) *Service {
	s := &Service{store: st.Submit, curation: st.Curation, outcomes: st.Outcomes, changes: st.Changes, thresholds: opts.Thresholds,
		log: opts.Logger, now: opts.Now, observe: opts.Observe, candidates: opts.Candidates}
	if s.thresholds == (score.Thresholds{}) {
		s.thresholds = score.DefaultThresholds()
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.observe == nil {
		s.observe = func(string, time.Duration) {}
	}
	if s.candidates <= 0 {
		s.candidates = 10
	}
	if lr, ok := st.Submit.(LaggingReader); ok {
		s.searchMayLag = lr.ReadsMayLag()
	}
	s.writes = writeCoalescer{store: st.Submit, maxWriters: opts.Writers, maxBatch: maxCoalesced}
	if s.writes.maxWriters <= 0 {
		s.writes.maxWriters = 4
	}
	return s
}

// Thresholds returns the decision thresholds in use.
func (s *Service) Thresholds() score.Thresholds { return s.thresholds }
