package score

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// Channel evidence. Two uploads of one track by one channel that is the
// artists' own (their VEVO or "- Topic" channel, or a channel named as
// they are) are one recording more often than not: an artist's channel
// uploads a song once as a video and once as audio, and its tracks of one
// title are one song. It is a soft signal: it confirms what the titles
// already say, as durations within a few seconds do (confirmed), and never
// makes tracks agree. A label's or a fan's channel uploads many songs and
// says nothing.

// sameArtistChannel reports whether both uploads name one channel and
// that channel is the artists' own: its name read as an artist's
// (channelKey) is either side's artists' (letters and digits only).
func (s *scorer) sameArtistChannel() bool {
	ca, cb := strings.TrimSpace(s.a.title.Channel), strings.TrimSpace(s.b.title.Channel)
	if ca == "" || !strings.EqualFold(ca, cb) {
		return false
	}
	key := channelKey(ca)
	return key != "" && (key == artistsKey(s.a.title.Artists) || key == artistsKey(s.b.title.Artists))
}

// confirmed reports whether something beside the words of the titles says
// the two uploads are one recording: durations within a few seconds
// (durationsAgree) or one channel of the artists' own (sameArtistChannel).
func (s *scorer) confirmed() bool {
	return s.durationsAgree() || s.sameArtistChannel()
}

// confirmation says what confirmed found, for explanations.
func (s *scorer) confirmation() string {
	if s.durationsAgree() {
		return fmt.Sprintf("the durations (%ds, %ds) agree", s.a.dur, s.b.dur)
	}
	return fmt.Sprintf("both uploads are from the artists' own channel %q", s.a.title.Channel)
}

// channelKey is the name of the artist whose own channel this is, as
// letters and digits (title.ReadChannel), or "" when the channel does not
// read as an artist's own.
func channelKey(channel string) string {
	ch := title.ReadChannel(channel)
	if !ch.Own {
		return ""
	}
	return lettersOf(ch.Name)
}

// keyNamesArtists reports whether key, a channel's name read as an
// artist's (channelKey), is the letters of artists together or of one of
// them.
func keyNamesArtists(key string, artists []string) bool {
	if key == "" || len(artists) == 0 {
		return false
	}
	if key == artistsKey(artists) {
		return true
	}
	for _, a := range artists {
		if key == lettersOf(a) {
			return true
		}
	}
	return false
}

// artistsKey is a list of artists as letters and digits, folded, in order.
func artistsKey(artists []string) string {
	if len(artists) == 0 {
		return ""
	}
	return lettersOf(strings.Join(artists, ""))
}

// lettersOf folds s and keeps its letters and digits.
func lettersOf(s string) string {
	var b strings.Builder
	for _, r := range title.Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
