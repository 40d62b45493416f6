package dedup

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Manual merges: a curator who knows two songs are one merges them, through
// the same merge as an approval.

// KeptApart is a curator's decision that two songs are not one: a review
// rejected or a song split.
type KeptApart struct {
	// SongA and SongB are the pair as it was decided (either may have been
	// merged into another song since).
	SongA, SongB int64
	DecidedBy    string
	// Reason is "rejected" (a review) or "split".
	Reason    string
	CreatedAt time.Time
}

// KeptApartError refuses a merge of two songs a curator kept apart; it
// names the decision. errors.Is(err, ErrConflict) is true.
type KeptApartError struct {
	From, Into int64
	Decision   KeptApart
}

// Error names the two songs and the decision that keeps them apart.
func (e *KeptApartError) Error() string {
	d := e.Decision
	return fmt.Sprintf("songs %d and %d were kept apart by %s (%s songs %d and %d on %s)", e.From, e.Into,
		d.DecidedBy, d.Reason, d.SongA, d.SongB, d.CreatedAt.UTC().Format(time.RFC3339))
}

// Unwrap makes errors.Is(err, ErrConflict) true.
func (e *KeptApartError) Unwrap() error { return ErrConflict }

// MaxMergeReasonLen bounds a curator's reason for a merge, in characters.
const MaxMergeReasonLen = 500

// MergeSong merges song from into song into (each resolved to its
// canonical song) because a curator says so, and returns the canonical
// song's document. It is the merge an approval makes: every redirect
// re-pointed, engagement summed over the videos, the merge logged with
// who and why, reviews between the two settled. Unlike an approval, the
// song kept is the one the curator names, older or newer. Two songs a
// curator kept apart are a *KeptApartError; two songs that are one
// already answer that song.
func (s *Service) MergeSong(ctx context.Context, from, into int64, reason, decidedBy string) (Song, error) {
	reason = strings.TrimSpace(reason)
	switch {
	case into <= 0:
		return Song{}, InvalidField("into", "is required: the ID of the song to merge into")
	case from == into:
		return Song{}, InvalidField("into", "is song %d itself", from)
	case reason == "":
		return Song{}, InvalidField("reason", "is required: say why the two songs are one")
	case utf8.RuneCountInString(reason) > MaxMergeReasonLen:
		return Song{}, InvalidField("reason", "is longer than %d characters", MaxMergeReasonLen)
	case !utf8.ValidString(reason):
		return Song{}, InvalidField("reason", "is not valid UTF-8")
	}
	if _, err := s.curation.Song(ctx, from); err != nil {
		return Song{}, err
	}
	if _, err := s.curation.Song(ctx, into); errors.Is(err, ErrNotFound) {
		return Song{}, InvalidField("into", "no song %d", into)
	} else if err != nil {
		return Song{}, err
	}
	canonical, err := s.store.MergeSongs(ctx, SongMerge{From: from, Into: into, DecidedBy: decidedBy, Reason: reason})
	if err != nil {
		return Song{}, err
	}
	return s.curation.SongDetail(ctx, canonical)
}
