package dedup

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// The changes feed: every change a client keeping its own copy of song IDs
// must apply, in commit order, from an ordered log the store writes in the
// same transaction as each change.

// ChangeKind says what changed.
type ChangeKind string

// The kinds of change.
const (
	// ChangeSongCreated: song SongID was created.
	ChangeSongCreated ChangeKind = "song_created"
	// ChangeSongMerged: song SongID (and every song merged into it) was
	// merged into IntoSongID, by DecidedBy, for Reason when a curator gave
	// one.
	ChangeSongMerged ChangeKind = "song_merged"
	// ChangeSongSplit: VideoIDs moved off song IntoSongID to song SongID
	// (new, or a song merged earlier that came back).
	ChangeSongSplit ChangeKind = "song_split"
	// ChangeSongUpdated: the canonical fields (display title, artist,
	// track, versions) of song SongID changed.
	ChangeSongUpdated ChangeKind = "song_updated"
	// ChangeReviewDecided: review ReviewID (between songs SongID and
	// IntoSongID) was decided Status by DecidedBy; a review that something
	// else settled is ReviewSuperseded, with Reason.
	ChangeReviewDecided ChangeKind = "review_decided"
)

// Change is one entry of the changes feed.
type Change struct {
	// Seq orders the feed: commit order, without gaps.
	Seq        int64
	Kind       ChangeKind
	SongID     int64
	IntoSongID int64
	ReviewID   int64
	VideoIDs   []string
	Status     ReviewStatus
	DecidedBy  string
	Reason     string
	At         time.Time
}

// ChangeStore is the storage of the changes feed. Package store implements
// it on MySQL.
type ChangeStore interface {
	// Changes returns up to limit changes after seq after, in order. When
	// changes after after were deleted by retention it returns a
	// *CursorExpiredError.
	Changes(ctx context.Context, after int64, limit int) ([]Change, error)
	// Oldest returns the oldest cursor still served: the last seq
	// retention deleted (0 when none).
	Oldest(ctx context.Context) (int64, error)
}

// CursorExpiredError: the changes after a cursor were deleted by
// retention; a client starts again from Oldest (after a full reload of
// what it keeps). errors.Is(err, ErrGone) is true.
type CursorExpiredError struct {
	After, Oldest int64
}

// ErrGone: what was asked for existed once and was deleted for good.
var ErrGone = errors.New("gone")

// Error names the cursor and the oldest one served.
func (e *CursorExpiredError) Error() string {
	return fmt.Sprintf("the changes after cursor %d were deleted by retention; the oldest cursor served is %d", e.After, e.Oldest)
}

// Unwrap makes errors.Is(err, ErrGone) true.
func (e *CursorExpiredError) Unwrap() error { return ErrGone }

// Changes feed limits.
const (
	DefaultChangeLimit = 100
	MaxChangeLimit     = 1000
	// MaxChangeWait bounds a long poll.
	MaxChangeWait = 30 * time.Second
	// changePoll is how often a long poll looks for new changes: a change
	// reaches a waiting client within it.
	changePoll = 200 * time.Millisecond
)

// ChangeQuery asks for a page of the changes feed.
type ChangeQuery struct {
	// After is a cursor ("" for the oldest change still served).
	After string
	Limit int
	// Wait, when positive, waits up to this long for a change when there
	// is none yet after After (a long poll).
	Wait time.Duration
	// ReadTimeout, when positive, bounds each read of the store.
	ReadTimeout time.Duration
	// Stop, when closed, ends a wait early with what there is: the
	// server is shutting down, and its clients poll again elsewhere.
	Stop <-chan struct{}
}

// ChangePage is a page of the changes feed.
type ChangePage struct {
	Changes []Change
	// Next is the cursor to ask after next: the last change's, or After
	// when there was none.
	Next string
}

// FormatCursor and ParseCursor give a change's seq as an opaque cursor.
func FormatCursor(seq int64) string { return strconv.FormatInt(seq, 10) }

func parseCursor(c string) (int64, error) {
	n, err := strconv.ParseInt(c, 10, 64)
	if err != nil || n < 0 {
		return 0, InvalidField("after", "is not a cursor this service issued: %q", c)
	}
	return n, nil
}

// Changes returns the changes after q.After in commit order; with q.Wait,
// it waits for the first change to come when there is none yet.
func (s *Service) Changes(ctx context.Context, q ChangeQuery) (ChangePage, error) {
	if s.changes == nil {
		return ChangePage{}, fmt.Errorf("changes feed: no change store: %w", ErrUnavailable)
	}
	if q.Limit == 0 {
		q.Limit = DefaultChangeLimit
	}
	if q.Limit < 1 || q.Limit > MaxChangeLimit {
		return ChangePage{}, InvalidField("limit", LimitRule, MaxChangeLimit, strconv.Itoa(q.Limit))
	}
	if q.Wait < 0 || q.Wait > MaxChangeWait {
		return ChangePage{}, InvalidField("wait", "must be between 0s and %s, got %s", MaxChangeWait, q.Wait)
	}
	read := func(f func(ctx context.Context) error) error {
		if q.ReadTimeout <= 0 {
			return f(ctx)
		}
		rctx, cancel := context.WithTimeout(ctx, q.ReadTimeout)
		defer cancel()
		return f(rctx)
	}
	var after int64
	if q.After == "" {
		if err := read(func(ctx context.Context) (err error) { after, err = s.changes.Oldest(ctx); return err }); err != nil {
			return ChangePage{}, err
		}
	} else {
		var err error
		if after, err = parseCursor(q.After); err != nil {
			return ChangePage{}, err
		}
	}
	deadline := time.Now().Add(q.Wait)
	for {
		var cs []Change
		if err := read(func(ctx context.Context) (err error) { cs, err = s.changes.Changes(ctx, after, q.Limit); return err }); err != nil {
			return ChangePage{}, err
		}
		if len(cs) > 0 {
			return ChangePage{Changes: cs, Next: FormatCursor(cs[len(cs)-1].Seq)}, nil
		}
		left := time.Until(deadline)
		if left <= 0 {
			return ChangePage{Next: FormatCursor(after)}, nil
		}
		select {
		case <-ctx.Done():
			return ChangePage{Next: FormatCursor(after)}, nil
		case <-q.Stop:
			return ChangePage{Next: FormatCursor(after)}, nil
		case <-time.After(min(left, changePoll)):
		}
	}
}
