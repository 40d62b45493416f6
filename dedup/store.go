package dedup

// The values the Service and its stores exchange. The store interfaces
// themselves are declared by role where the Service uses them:
// SubmitStore (service.go), CurationStore (curation.go) and OutcomeStore
// (outcomes.go).

import (
	"context"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

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
	// DurationSeconds, when not 0 and Title's artists are not a guess from
	// the channel, also asks for the songs of the same artists whose
	// durations agree with it (within score.DurationAgreeSeconds), at most
	// NearbyLimit of them, besides Limit: a title whose words carry typos
	// ("Sttreet Hype") shares no search term with its song, but its artist
	// and length still name it. The scorer decides what they are.
	DurationSeconds int
	// Terms, when not nil, is searchkey.Terms(Title), computed already by
	// the caller (a batch reads it for every item before retrieving).
	Terms []string
}

// Nearby reports whether q asks for the songs of its artists whose
// durations agree with its own (see DurationSeconds).
func (q CandidateQuery) Nearby() bool {
	return q.DurationSeconds > 0 && len(q.Title.Artists) > 0 && q.Title.ArtistSource != title.ArtistFromChannel
}

// NearbyLimit bounds the songs of the same artists and duration that a
// CandidateQuery adds. An artist has few songs within a few seconds of one
// length; the bound is for the catalogue's largest artists (a composer,
// "Various Artists").
const NearbyLimit = 10

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
	// Spelling, with AttachTo or AttachToBatch, is the song the submission
	// would be on its own, when its search key has terms the song's source
	// lacks (another script's words and readings, another spelling of the
	// track or the artists): the store extends the canonical song's key
	// with the terms it and its key aliases lack, within MaxSpellingTerms
	// (see "Key aliases" in package store), after Upgrade.
	Spelling *Song
	// Score and Explanation are logged with the attach and the reviews;
	// the explanation's negative candidate IDs name songs of the same
	// batch, as CandidateSongID does (see ResolveExplanation).
	Score       float64
	Explanation []byte
	// DecidedBy names who decided: "auto", "backfill:<job>", ...
	DecidedBy string
	// Reviews are the reviews to queue for NewSong: at most one, listing
	// every candidate.
	Reviews []ReviewDraft
	// Outcome, when not nil, is a backfill row's outcome, recorded in the
	// same transaction (its SongID is set by the store). A row already
	// recorded makes the write fail with ErrConflict.
	Outcome *RowOutcome
	// OtherRows are the outcomes of rows of the batch that write nothing
	// themselves (bad rows, videos known already), recorded as they are
	// in the same statement as Outcome, so that a batch's rows are
	// recorded together or not at all. A row already recorded makes the
	// write fail with ErrConflict. A batch carries them on its first write.
	OtherRows []RowOutcome
	// Learn are the names the submission saw as certain artists, counted
	// in the artist lexicon in the same transaction.
	Learn []title.LexiconEntry
	// Aliases are the names the submission wrote in two scripts (see
	// title.LearnAliases), counted in the same transaction; a pair a
	// curator deleted is not.
	Aliases []title.AliasPair
	// Watch, with NewSong, is kept with the new song until it is marked
	// reconciled (see ReconcileWatch).
	Watch *ReconcileWatch
}

// ReconcileWatch is what the reconciliation of a song a batch creates
// reads besides the catalogue: the frequencies its search terms may reach
// without a song like it having arrived since it was decided, and the
// artist lexicon and the aliases its title was read with. Kept with the song until its
// reconciliation is recorded, it lets a process that stopped in between
// leave that reconciliation to the next one, which runs it exactly as the
// first would have.
type ReconcileWatch struct {
	// Limits are, for each watched search term, its frequency when the
	// song was decided plus the songs of its own batch holding it.
	Limits map[string]int `json:"limits"`
	// Lexicon holds the sightings of the title's name keys the lexicon
	// knew (see title.LexiconKeys); empty when it knew none.
	Lexicon map[string]int `json:"lexicon,omitempty"`
	// Aliases are the title's aliases (see title.Title.Aliases).
	Aliases []title.Alias `json:"aliases,omitempty"`
}

// quiet reports whether no watched term grew beyond its limit by the time
// of now: no song like this one arrived that the decision could not see.
// A song with no watched term is never quiet: nothing cheap proves it
// alone.
func (w ReconcileWatch) quiet(now map[string]int) bool {
	for t, limit := range w.Limits {
		if now[t] > limit {
			return false
		}
	}
	return len(w.Limits) > 0
}

// subject returns the subject of a song the watch was kept for: its source
// read with the lexicon and the aliases its decision read it with.
func (w ReconcileWatch) subject(song Song) score.Subject {
	t := title.Normalize(song.Source)
	if len(w.Lexicon) > 0 {
		t = title.NormalizeWith(song.Source, title.LexiconMap(w.Lexicon))
	}
	t.Aliases = w.Aliases
	return score.Subject{Title: t, DurationSeconds: song.DurationSeconds}
}

// ReviewDraft is a review item to create.
type ReviewDraft struct {
	// CandidateSongID is the best candidate song; -k names the song created
	// by write number k (1-based) of the same batch.
	CandidateSongID int64
	Score           float64
	// Reason is the rule that held the submission for a curator.
	Reason      string
	Explanation []byte
	// Candidates are every song the review may approve, best first,
	// CandidateSongID among them (song IDs as in CandidateSongID).
	Candidates []ReviewCandidate
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
	// Reason is a curator's reason for a manual merge ("" otherwise).
	Reason string
}

// LaggingReader is implemented by a store whose lag-tolerant reads — the
// candidate search of a submission among them — may be served by a read
// replica behind the primary. A decision against such a search is still
// correct (reconciliation, on the primary, merges what the replica could
// not see yet), but the shortcut that skips reconciliation when no term of
// a new song grew since its decision (see nothingNewSince) is not: the
// frequencies are read on the primary, which may count songs the search
// did not see. The Service then searches again after every new song.
type LaggingReader interface {
	ReadsMayLag() bool
}

// currentKey marks a context whose reads must be current.
type currentKey struct{}

// Current returns ctx marked so that every read made with it sees every
// write committed before it: a store with read replicas reads the
// primary. It is for a read that plans a write or answers one just made.
func Current(ctx context.Context) context.Context {
	return context.WithValue(ctx, currentKey{}, true)
}

// IsCurrent reports whether ctx asks for current reads (see Current).
func IsCurrent(ctx context.Context) bool {
	v, _ := ctx.Value(currentKey{}).(bool)
	return v
}
