package dedup

import (
	"context"
	"time"

	"github.com/songdedup/songdedup/dedup/title"
)

// Store is the storage the Service needs. Package store implements it on
// MySQL. Every method translates its failures into this package's errors:
// ErrNotFound, ErrConflict, ErrUnavailable.
type Store interface {
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
	// concurrently, and costs the new song a second search.
	Prefetch(ctx context.Context, titles []title.Title) error
	// TermFrequencies returns how many canonical songs have each search
	// term: from a short-lived cache, or read fresh.
	TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error)
	// DocFreqs returns the number of canonical songs and, for each token,
	// how many of them contain it.
	DocFreqs(ctx context.Context, tokens []string) (docs int, df map[string]int, err error)
	// NeverMerged returns which of others a curator kept apart from song
	// (through any song merged into either side).
	NeverMerged(ctx context.Context, song int64, others []int64) (map[int64]bool, error)
	// SubmitBatch writes everything a batch of submissions decided, in one
	// transaction. It returns ErrConflict when a video exists already.
	SubmitBatch(ctx context.Context, ws []SubmissionWrite) ([]SubmissionWritten, error)
	// MergeSongs merges one song into another in one transaction, after
	// resolving both to their canonical songs under lock. It returns the
	// canonical song, and ErrConflict when a curator kept the two apart.
	MergeSongs(ctx context.Context, m SongMerge) (int64, error)
	// Song returns a song's own row (its source and normalized fields).
	Song(ctx context.Context, id int64) (Song, error)
	// SongDetail returns a song with its videos, engagement totals and
	// merge history.
	SongDetail(ctx context.Context, id int64) (Song, error)
	// Video returns a video with the canonical song it belongs to now.
	Video(ctx context.Context, videoID string) (Video, error)
	// AddEngagement adds to a video's plays and likes.
	AddEngagement(ctx context.Context, videoID string, plays, likes int64) (Video, error)
	// Reviews returns one page of the review queue.
	Reviews(ctx context.Context, q ReviewQuery) (ReviewPage, error)
	// Review returns one review item with both songs.
	Review(ctx context.Context, id int64) (Review, error)
	// DecideReview applies a curator's decision: approve merges the pair,
	// reject remembers it as never to merge. The same decision twice is a
	// no-op; the opposite one is a *StateConflict.
	DecideReview(ctx context.Context, d ReviewDecision) (Review, error)
	// Split moves videos off a canonical song into a song of their own and
	// returns that song's ID.
	Split(ctx context.Context, p SplitPlan) (int64, error)
	// Stats returns catalogue counts.
	Stats(ctx context.Context) (Stats, error)
	// RecordOutcomes records backfill row outcomes that wrote nothing else
	// (existing videos, bad rows). A row already recorded is left as it is.
	RecordOutcomes(ctx context.Context, rows []RowOutcome) error
	// MarkReconciled records that a new song was checked against songs
	// committed concurrently with it.
	MarkReconciled(ctx context.Context, id int64) error
	// Unreconciled lists canonical songs created before olderThan that were
	// never checked (their process stopped first), oldest first.
	Unreconciled(ctx context.Context, olderThan time.Time, limit int) ([]int64, error)
}

// CandidateQuery asks for candidate songs.
type CandidateQuery struct {
	Title title.Title
	Limit int
	// Exclude, when not 0, is a song to leave out (the song itself, when
	// reconciling it).
	Exclude int64
	// Quick asks for a cheaper search that still finds songs with the same
	// normalized track and artists and songs sharing rare words: enough to
	// catch a duplicate created at the same moment.
	Quick bool
}

// SubmissionWrite is everything one submission writes.
type SubmissionWrite struct {
	// Video is inserted; its SongID is set by the store.
	Video Video
	// NewSong, when not nil, is created and given the video.
	NewSong *Song
	// AttachTo, when NewSong is nil, is the song whose canonical song gets
	// the video.
	AttachTo int64
	// AttachToBatch, when not 0, attaches the video to the song created by
	// write number AttachToBatch (1-based) of the same batch instead.
	AttachToBatch int
	// Upgrade, with AttachTo, replaces the canonical song's source and
	// normalized fields when the submission is the cleaner variant
	// (see Cleanliness).
	Upgrade *Song
	// Score and Explanation are logged with the attach and the reviews.
	Score       float64
	Explanation []byte
	// DecidedBy names who decided: "auto", "backfill:<job>", ...
	DecidedBy string
	// Reviews are near misses to queue, pairing NewSong with each candidate.
	Reviews []ReviewDraft
	// Outcome, when not nil, is a backfill row's outcome, recorded in the
	// same transaction (its SongID is set by the store). A row already
	// recorded makes the write fail with ErrConflict.
	Outcome *RowOutcome
}

// RowOutcome is what became of one backfill input row: the checkpoint of a
// resumable job and one line of its report.
type RowOutcome struct {
	JobID    int64
	Line     int
	VideoID  string
	SongID   int64
	Decision string // created, merged, review, existing or error
	Score    float64
	Error    string
}

// ReviewDraft is a review item to create.
type ReviewDraft struct {
	// CandidateSongID is the candidate song; -k names the song created by
	// write number k (1-based) of the same batch.
	CandidateSongID int64
	Score           float64
	Explanation     []byte
}

// SubmissionWritten is what the store did with a SubmissionWrite.
type SubmissionWritten struct {
	// SongID is the new song, or the canonical song the video was given.
	SongID    int64
	ReviewIDs []int64
}

// SongMerge asks to merge one song into another.
type SongMerge struct {
	From, Into  int64
	Score       float64
	Explanation []byte
	DecidedBy   string
}
