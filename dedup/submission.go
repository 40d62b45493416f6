package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// What a caller submits, and what the Service answers.

// Submission is one video submitted for deduplication.
type Submission struct {
	// VideoRef is a YouTube URL or a bare video ID; VideoRefField names
	// the field it came from (for errors): "url" or "video_id". When it is
	// "record_id", VideoRef is a catalogue record's own ID and the video
	// is the record's (RecordVideoID).
	VideoRef      string
	VideoRefField string
	Title         string
	Channel       string
	Artist        string
	// DurationSeconds is 0 when unknown.
	DurationSeconds int
	// Album, TrackNumber (as written: "7", "07", "A1") and Year are what
	// a catalogue record says of its release; empty or 0 when unknown.
	Album       string
	TrackNumber string
	Year        int
	// Plays and Likes are initial engagement (backfill rows carry them).
	Plays, Likes int64
}

// Limits on submitted fields.
const (
	MaxTitleLen    = 500
	MaxChannelLen  = 200
	MaxArtistLen   = 200
	MaxDurationSec = 24 * 3600
	MaxAlbumLen    = 500
	MaxTrackNumLen = 16
	MaxRecordIDLen = 200
	MinYear        = 1000
	MaxYear        = 2999
)

// Answer is what the service answers to a submission.
type Answer struct {
	SongID        int64
	VideoID       string
	Decision      Outcome
	Score         float64
	MatchedSongID int64
	ReviewID      int64
	ReviewIDs     []int64
	VersionOf     int64
	Explanation   *score.Explanation
}

// Validate checks a submission and returns its video ID. Errors are
// *FieldError naming the offending field.
func (sub Submission) Validate() (string, error) {
	field := sub.VideoRefField
	if field == "" {
		field = "video_id"
	}
	if sub.VideoRef == "" && field != "record_id" {
		return "", InvalidField("url", "a video is required: give url or video_id")
	}
	var id string
	if field == "record_id" {
		if err := checkText(field, sub.VideoRef, MaxRecordIDLen, true); err != nil {
			return "", err
		}
		id = RecordVideoID(sub.VideoRef)
	} else {
		var err error
		if id, err = ParseVideoRef(sub.VideoRef); err != nil {
			return "", InvalidField(field, "%v", err)
		}
	}
	if err := checkText("title", sub.Title, MaxTitleLen, true); err != nil {
		return "", err
	}
	if title.Normalize(title.Input{Title: sub.Title}).Track == "" {
		// Only noise, punctuation or symbols: such a song could match
		// nothing, and each upload of it would be one more empty song.
		return "", InvalidField("title", "names no song: nothing is left once noise and punctuation are removed")
	}
	if err := checkText("channel", sub.Channel, MaxChannelLen, false); err != nil {
		return "", err
	}
	if err := checkText("artist", sub.Artist, MaxArtistLen, false); err != nil {
		return "", err
	}
	if sub.DurationSeconds < 0 || sub.DurationSeconds > MaxDurationSec {
		return "", InvalidField("duration_seconds", "must be between 0 and %d, got %d", MaxDurationSec, sub.DurationSeconds)
	}
	if err := checkText("album", sub.Album, MaxAlbumLen, false); err != nil {
		return "", err
	}
	if err := checkText("track_number", sub.TrackNumber, MaxTrackNumLen, false); err != nil {
		return "", err
	}
	if sub.Year != 0 && (sub.Year < MinYear || sub.Year > MaxYear) {
		return "", InvalidField("year", "must be between %d and %d, got %d", MinYear, MaxYear, sub.Year)
	}
	if sub.Plays < 0 || sub.Plays > MaxEngagement {
		return "", InvalidField("plays", "must be between 0 and %d, got %d", int64(MaxEngagement), sub.Plays)
	}
	if sub.Likes < 0 || sub.Likes > MaxEngagement {
		return "", InvalidField("likes", "must be between 0 and %d, got %d", int64(MaxEngagement), sub.Likes)
	}
	return id, nil
}

func checkText(field, v string, max int, required bool) error {
	switch {
	case !utf8.ValidString(v):
		return InvalidField(field, "is not valid UTF-8")
	case strings.IndexFunc(v, unicode.IsControl) >= 0:
		c, _ := utf8.DecodeRuneInString(v[strings.IndexFunc(v, unicode.IsControl):])
		return InvalidField(field, "must not contain control characters (it holds %U)", c)
	case required && strings.TrimSpace(v) == "":
		return InvalidField(field, "is required")
	case utf8.RuneCountInString(v) > max:
		return InvalidField(field, "is longer than %d characters", max)
	}
	return nil
}
