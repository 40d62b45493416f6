package score

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/title"
)

// A year after a track means three things. In brackets ("Beyond The Sea
// (1959)") or after the upload's noise ("(Official Video) 1985") it dates
// the upload or the release; written bare right after the track it is
// either an oldies channel's date ("Be My Baby 1963" on a compilation
// channel) or the name of a remake ("Candle In The Wind 1997", "Insomnia
// 2021"). The artist's own channel ("- Topic", VEVO or a channel named as
// the artist) does not date its own uploads that way: a "- Topic" title
// is the release's own track name, and an official upload names the
// recording it is. So a bare year right after the track, on the artist's
// own channel, names another recording of the song (own_channel_year),
// while the same year from any other channel tells nothing.

// ownChannelYear reports whether p, uploaded by the channel of one of
// its own artists, writes a year bare right after its track (see
// bareTrackYear) that q's title nowhere writes.
func ownChannelYear(p, q *side) bool {
	if !ownArtistChannel(p.title) {
		return false
	}
	year := bareTrackYear(p.title)
	return year != "" && !wordIn(q.title.Raw, year)
}

// ownArtistChannel reports whether t was uploaded by the channel of one of
// its artists: the channel's name read as an artist's (channelKey) is
// the letters of an artist of t, or of all of them together.
func ownArtistChannel(t *title.Title) bool {
	return keyNamesArtists(channelKey(t.Channel), t.Artists)
}

// bareTrackYear returns the year t's raw title writes bare right after
// the last word of its track, or "": outside brackets, with no separator
// or punctuation between, the last word of its part ("Insomnia 2021",
// "Beat It 2008 (with Fergie)", "P.Y.T. (Pretty Young Thing) 2008"), and
// left out of the track by the normalizer. A year in brackets ("(1959)"), after noise ("(Official
// Video) 2021"), after a dash or a comma ("That's Amore - 1953") is none.
func bareTrackYear(t *title.Title) string {
	n := len(t.TrackTokens)
	if n == 0 || yearWord(t.TrackTokens[n-1]) {
		return ""
	}
	last := t.TrackTokens[n-1]
	words := strings.Fields(title.Fold(t.Raw))
	depth, prev := 0, ""
	for i, w := range words {
		inside := depth > 0 || strings.ContainsRune("([{", rune(w[0]))
		depth = max(0, depth+bracketBalance(w))
		if !inside && yearWord(w) && prev == last && endsPart(words[i+1:]) {
			return w
		}
		prev = ""
		if r, _ := utf8.DecodeLastRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(")]}'\u2019", r) {
			prev = lettersOf(w)
		}
	}
	return ""
}

// endsPart reports whether the words after a year leave it the last word
// of its part: none, a bracket or a separator next. A year before words
// of the same part is as often the start of the upload's noise ("1975
// Official Video").
func endsPart(after []string) bool {
	if len(after) == 0 {
		return true
	}
	w := after[0]
	return strings.ContainsRune("([{", rune(w[0])) || strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// bracketBalance counts the brackets w opens less those it closes.
func bracketBalance(w string) int {
	n := 0
	for _, r := range w {
		switch r {
		case '(', '[', '{':
			n++
		case ')', ']', '}':
			n--
		}
	}
	return n
}
