package dedup

import (
	"time"

	"github.com/songdedup/songdedup/dedup/title"
)

// Song is a song record. A canonical song has MergedInto == 0; a song merged
// away keeps its ID and points at its canonical song (never at another song
// merged away: merges re-point every redirect, so one step always
// resolves).
type Song struct {
	ID int64
	// Source is the title input the song's normalized fields come from:
	// the cleanest variant seen so far (see title.Cleanliness).
	Source title.Input
	// Artists, Track, Featured, Versions and VersionInfo are the
	// normalized fields of Source.
	Artists         []string
	Track           string
	Featured        []string
	Versions        []title.Version
	VersionInfo     []string
	DurationSeconds int
	// SearchKey is the FULLTEXT search key (searchkey.Key of the normalized
	// source); empty on a song merged away.
	SearchKey  string
	MergedInto int64
	// Forms are other titles of the song, read by retrieval only: the
	// sources of the rows merged into it (songs merged away, key aliases)
	// that a search found it by. A candidate is compared with the one of
	// its titles that matches a submission best and stands for the song
	// (see bestForms).
	Forms     []title.Input
	CreatedAt time.Time
	UpdatedAt time.Time

	// Videos are the videos that belong to the song: for a canonical song,
	// every video of every song merged into it; for a song merged away, the
	// videos it was given.
	Videos []Video
	// Plays and Likes sum the engagement of Videos, and VideoCount counts
	// them: every video the song owns, though a document lists at most a
	// few hundred and a listing's summary of the song none.
	Plays      int64
	Likes      int64
	VideoCount int
	// History is the merge log of the song, newest first.
	History []MergeEvent
}

// Video is one YouTube video as submitted. Engagement is kept per video and
// summed per song, so a split gives back exact counts.
type Video struct {
	ID              string
	SongID          int64 // the song the video was given
	CanonicalID     int64 // the canonical song it belongs to now
	Title           string
	Channel         string
	Artist          string
	DurationSeconds int
	Plays           int64
	Likes           int64
	CreatedAt       time.Time
}

// MergeKind says what a merge log entry records.
type MergeKind string

// Merge log entry kinds.
const (
	// MergeVideo: a submitted video was attached to an existing song.
	MergeVideo MergeKind = "video"
	// MergeSong: a song was merged into another.
	MergeSong MergeKind = "song"
	// MergeSplit: videos were split off a song into a song of their own.
	MergeSplit MergeKind = "split"
)

// MergeEvent is one entry of the merge log.
type MergeEvent struct {
	ID         int64
	Kind       MergeKind
	SongID     int64 // the song merged away, attached from, or split off
	IntoSongID int64 // the song merged into, attached to, or split from
	VideoID    string
	Score      float64
	DecidedBy  string
	CreatedAt  time.Time
	UndoneAt   *time.Time
	UndoneBy   string
	// Explanation is the scorer's evidence as JSON, when there was one.
	Explanation []byte
	// Reason is a curator's reason for a manual merge.
	Reason string
}

// ReviewStatus is where a review item stands.
type ReviewStatus string

// Review statuses.
const (
	ReviewPending  ReviewStatus = "pending"
	ReviewApproved ReviewStatus = "approved"
	ReviewRejected ReviewStatus = "rejected"
	// ReviewSuperseded: settled by something other than a curator's
	// decision on it (a merge, an approval or rejection of another
	// review, a split), which Resolution says.
	ReviewSuperseded ReviewStatus = "superseded"
)

// ParseReviewStatus validates a status named by a caller.
func ParseReviewStatus(s string) (ReviewStatus, bool) {
	switch ReviewStatus(s) {
	case ReviewPending, ReviewApproved, ReviewRejected, ReviewSuperseded:
		return ReviewStatus(s), true
	}
	return "", false
}

// Review is a new song waiting for (or decided by) a curator: the song a
// submission created and every song it may be a duplicate of.
type Review struct {
	ID     int64
	SongID int64
	// CandidateSongID and Score are the best candidate's.
	CandidateSongID int64
	VideoID         string
	Score           float64
	// Plays is the engagement a merge would combine: the new video's plays
	// and the best candidate's, when the review was queued.
	Plays int64
	// Reason is the rule that held the submission for a curator.
	Reason      string
	Explanation []byte
	Status      ReviewStatus
	DecidedBy   string
	DecidedAt   *time.Time
	// Resolution says what settled a superseded review.
	Resolution string
	CreatedAt  time.Time
	// Candidates are the songs the review may approve, best first (the
	// first is CandidateSongID).
	Candidates []ReviewCandidate
	// Song and Candidate are filled by reads of reviews: full documents
	// for one review, summaries (no Videos, no History) in a listing.
	Song      *Song
	Candidate *Song
}

// ReviewCandidate is one song a review may approve.
type ReviewCandidate struct {
	SongID int64
	Score  float64
	// Song is filled as Review.Song is.
	Song *Song
}

// SongFromTitle fills the normalized fields of a new song from its source.
func SongFromTitle(in title.Input, t title.Title, durationSeconds int) Song {
	return Song{
		Source:          in,
		Artists:         t.Artists,
		Track:           t.Track,
		Featured:        t.Featured,
		Versions:        t.Versions,
		VersionInfo:     t.VersionInfo,
		DurationSeconds: durationSeconds,
	}
}

// ReviewQuery selects one page of the review queue.
type ReviewQuery struct {
	Status ReviewStatus
	// Sort orders the queue (ReviewSortScore when empty).
	Sort ReviewSort
	// Reason, when set, lists only the reviews held by that rule.
	Reason string
	Limit  int
	// Cursor is the opaque position after the previous page ("" for the
	// first page); it belongs to one sort.
	Cursor string
}

// ReviewSort is an order of the review queue.
type ReviewSort string

// The orders of the review queue.
const (
	// ReviewSortScore: highest score first.
	ReviewSortScore ReviewSort = "score"
	// ReviewSortPlays: most plays at stake first (Review.Plays).
	ReviewSortPlays ReviewSort = "plays"
	// ReviewSortOldest: oldest first.
	ReviewSortOldest ReviewSort = "oldest"
)

// ParseReviewSort validates an order named by a caller.
func ParseReviewSort(s string) (ReviewSort, bool) {
	switch ReviewSort(s) {
	case ReviewSortScore, ReviewSortPlays, ReviewSortOldest:
		return ReviewSort(s), true
	}
	return "", false
}

// ReviewPage is one page of the review queue, highest score first.
type ReviewPage struct {
	Items []Review
	// NextCursor continues after this page; empty on the last page.
	NextCursor string
	// Total counts the items with the queried status.
	Total int
}

// ReviewDecision is a curator's decision on a review item.
type ReviewDecision struct {
	ReviewID int64
	Status   ReviewStatus // ReviewApproved or ReviewRejected
	// CandidateSongID is the candidate an approval merges with (0: the
	// best); a rejection keeps the song apart from every candidate.
	CandidateSongID int64
	DecidedBy       string
}

// SplitPlan undoes a wrong merge: the videos leave the canonical song for a
// song of their own.
type SplitPlan struct {
	// SongID is the canonical song the videos belong to.
	SongID   int64
	VideoIDs []string
	// Revive, when not 0, is the song merged away whose videos are exactly
	// VideoIDs: it becomes canonical again under its old ID, with
	// ReviveKey as its search key.
	Revive    int64
	ReviveKey string
	// NewSong, when Revive is 0, is created for the videos.
	NewSong *Song
	// CanonicalSource, when not nil, replaces the canonical song's source
	// (its old source left with the videos).
	CanonicalSource *Song
	DecidedBy       string
}

// Stats are catalogue counts.
type Stats struct {
	Songs          int64
	PendingReviews int64
	// PendingByReason counts the pending reviews by the rule that holds
	// them ("" for reviews queued before reasons were kept).
	PendingByReason map[string]int64
}

// StateConflict is an ErrConflict that the current state explains: a review
// already decided the other way, songs already merged, a curator's earlier
// decision. The HTTP layer answers 409 with the current state.
type StateConflict struct {
	Message  string
	ReviewID int64
	SongID   int64
}

// Error is the message, which names the state the change ran into.
func (e *StateConflict) Error() string { return e.Message }

// Unwrap makes errors.Is(err, ErrConflict) true.
func (e *StateConflict) Unwrap() error { return ErrConflict }
