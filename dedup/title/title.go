package title

import "slices"

// TitleInput is what a caller knows about one video: its raw title, the
// channel that uploaded it and, optionally, the artist the caller already
// knows. Channel and Artist may be empty.
type Input struct {
	Title   string
	Channel string
	Artist  string
}

// Lexicon answers how often the catalogue has seen a name as a certain
// artist: given by a caller, named by an artist's own "- Topic" or VEVO
// channel, or confirmed by a curator. Keys are compact keys, as
// LexiconKeys lists them.
type Lexicon interface {
	Sightings(key string) int
}

// LexiconMap is a Lexicon held in a map.
type LexiconMap map[string]int

// Sightings implements Lexicon.
func (m LexiconMap) Sightings(key string) int { return m[key] }

// Version is a tag that tells one recording of a song from another
// (a live take, a remix, a cover...). The vocabulary is closed: see Versions.
type Version string

// The closed version vocabulary: outputs and answers name versions by these
// values, and a title may carry several.
const (
	VersionLive         Version = "live"
	VersionRemix        Version = "remix"
	VersionAcoustic     Version = "acoustic"
	VersionCover        Version = "cover"
	VersionInstrumental Version = "instrumental"
	VersionKaraoke      Version = "karaoke"
	VersionSlowed       Version = "slowed"
	VersionSpedUp       Version = "sped_up"
	VersionNightcore    Version = "nightcore"
	Version8D           Version = "8d"
	VersionDemo         Version = "demo"
	VersionExtended     Version = "extended"
	VersionEdit         Version = "edit"
	VersionUnplugged    Version = "unplugged"
	VersionOrchestral   Version = "orchestral"
	VersionPiano        Version = "piano"
	VersionACappella    Version = "a_cappella"
	VersionReverb       Version = "reverb"
)

// Versions lists the whole version vocabulary in a fixed order.
var Versions = []Version{
	VersionLive, VersionRemix, VersionAcoustic, VersionCover, VersionInstrumental,
	VersionKaraoke, VersionSlowed, VersionSpedUp, VersionNightcore, Version8D,
	VersionDemo, VersionExtended, VersionEdit, VersionUnplugged, VersionOrchestral,
	VersionPiano, VersionACappella, VersionReverb,
}

// ArtistSource says where the artists of a title came from. Its values are
// stable: they appear in the output of `songdedup normalize` and in
// explanations.
type ArtistSource string

// The sources of a title's artists, from the most to the least certain.
const (
	// ArtistFromCaller: the caller named the artist.
	ArtistFromCaller ArtistSource = "caller"
	// ArtistFromTitle: the title names the artist.
	ArtistFromTitle ArtistSource = "title"
	// ArtistFromTopic: an auto-generated "Artist - Topic" or a VEVO
	// channel uploaded a track-only title; its artist is certain.
	ArtistFromTopic ArtistSource = "topic"
	// ArtistFromChannel: a channel name taken for the artist's own, a
	// guess.
	ArtistFromChannel ArtistSource = "channel"
	// ArtistUnknown: no artist could be told.
	ArtistUnknown ArtistSource = ""
)

// Title is a normalized title: the parts a raw YouTube title is made of,
// each case-folded, accent-folded and cleaned of noise.
type Title struct {
	// Raw is the title exactly as given.
	Raw string
	// Channel is the uploading channel exactly as given ("" when unknown),
	// for the scorer's channel evidence.
	Channel string
	// Artists are the primary artists, normalized, in the order they appear.
	// Empty when the artist cannot be told.
	Artists []string
	// ArtistSource says where Artists came from.
	ArtistSource ArtistSource
	// ArtistCertain reports that the artists are certain: the caller's,
	// an artist channel's, or named by the title and known to the
	// catalogue's lexicon as an artist.
	ArtistCertain bool
	// Track is the normalized track title without artists, featured artists,
	// version tags or noise.
	Track string
	// Featured are the featured artists (feat., ft., with ...), normalized.
	Featured []string
	// Versions is the sorted set of version tags found in the title.
	Versions []Version
	// VersionInfo qualifies the versions, normalized: the remixer of a
	// remix, the venue of a live take, the performer of a cover. Two titles
	// with the same Versions but different VersionInfo are different
	// recordings.
	VersionInfo []string
	// Dated is the day of the occasion a title dates, which the
	// normalizer cuts from it with its place (recording_date: "Fine and
	// Dandy - Paris, 30.01.1953"): the year's last two digits, then the day
	// and the month, the smaller first ("53 01 30"); "" when the title
	// dates none. Two titles dated on different days are two
	// performances.
	Dated string

	// ArtistTokens, TrackTokens and FeaturedTokens are the words of
	// Artists, Track and Featured used for scoring and search keys.
	ArtistTokens   []string
	TrackTokens    []string
	FeaturedTokens []string

	// Readings gives each token of ArtistTokens, TrackTokens and
	// FeaturedTokens written in another script its Latin reading (see
	// package reading): кино is "kino", 十年 "shi nian". Nil when every
	// token is Latin. A reading is evidence for scoring and search, never
	// the token itself.
	Readings map[string]string

	// ScriptPairs are the names the title wrote in two scripts, its
	// artists' or its track's ("EXO (엑소)", a channel "張學友 Jacky
	// Cheung Official", "사건의 지평선 (Event Horizon)"): the normalizer
	// keeps the Latin side. LearnAliases says which are worth learning.
	ScriptPairs []AliasPair

	// Aliases are other spellings of the title's artists or track that
	// the catalogue learned from other titles. The normalizer never sets
	// them: a service looks them up for a submission, and the search and
	// the similarity read them.
	Aliases []Alias

	// Patterns names the normalizer's patterns that matched, in order, for
	// explanations.
	Patterns []string
}

// Reading returns the Latin reading of one of t's tokens, or "" when it is
// written in Latin letters (or has no reading).
func (t Title) Reading(tok string) string {
	return t.Readings[tok]
}

// Cleanliness ranks variants of one song for choosing the canonical's
// display title and source: a certain artist (ArtistCertain) beats one the
// title names as "Artist - Track", which beats a title read as "Track -
// Artist" from its shape alone, which beats one guessed from the channel,
// which beats none; then fewer normalizer patterns matched (less noise
// removed) beat more, and a shorter raw title beats a longer one. Higher is
// cleaner.
func Cleanliness(t Title) int {
	score := 0
	switch {
	case t.ArtistCertain:
		score += 4000
	case t.ArtistSource == ArtistFromTitle && !t.reversedByGuess():
		score += 3000
	case t.ArtistSource == ArtistFromTitle:
		// Read as "Track - Artist" from the title's shape alone: a guess
		// the next certain parse overrules.
		score += 2500
	case t.ArtistSource == ArtistFromChannel:
		score += 2000
	}
	score -= 50 * len(t.Patterns)
	n := len(t.Raw)
	if n > 999 {
		n = 999
	}
	return score - n
}

// reversedByGuess reports whether the title was read as "Track - Artist"
// from its shape alone, without a known artist to say so.
func (t Title) reversedByGuess() bool {
	return slices.ContainsFunc(t.Patterns, func(p string) bool {
		return p == "reversed_after_group" || p == "reversed_phrase" || p == "reversed_name"
	})
}

// IsPlainASCII reports whether a normalized token is made of the ASCII
// letters and digits alone (as most are).
func IsPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
