package score

import (
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// A performer's own channel that glues its name to a title beside another
// artist signs its own performance of that artist's song, a cover
// (channel_signed_cover): "someone like you adele boyce avenue" on "Boyce
// Avenue". One that names itself apart, in a bracket group or a "| X"
// tail, beside another artist ("Someone Like You - Adele (Boyce Avenue)",
// "Billie Eilish - Bad Guy [Pentatonix]") may as well be a label's or a
// promotion channel's signature ("Pegboard Nerds - Hero [Monstercat]"):
// a curator tells (bracket_names_channel). A label whose name holds a
// label word ("[Ultra Records]" on "Ultra Records") and an artist's own
// channel ("Adele - Hello (Adele)" on "Adele") are neither.

// channelSigned reports whether one side signs the other's song with its
// uploading channel's name glued to its title (see signsCover).
func (s *scorer) channelSigned() bool {
	return s.a.signsCover(&s.b, s.t.state) || s.b.signsCover(&s.a, s.t.state)
}

// channelApart reports whether one side names its uploading channel apart
// from the other's artists, in a bracket group the normalizer dropped or
// a "| X" tail after "Track by Artist" (see namesOwnChannel).
func (s *scorer) channelApart() bool {
	return s.a.namesOwnChannel(&s.b) || s.b.namesOwnChannel(&s.a)
}

// signsCover reports whether p's title, with no separator, ended or began
// with the name of p's uploading channel, a performer's own, taken for its
// artist, and also names q's artist (state artistConfirmed), and q is no
// upload of that channel nor names it among its artists: "someone like
// you adele boyce avenue" on "Boyce Avenue".
func (p *side) signsCover(q *side, state artistState) bool {
	ch := p.title.Channel
	if ch == "" || ch == q.title.Channel || p.title.ArtistSource != title.ArtistFromChannel {
		return false
	}
	if state != artistConfirmed || !p.channelArt || !slices.Contains(p.title.Patterns, "known_artist_removed") {
		return false
	}
	if c := title.ReadChannel(ch); !c.Own || c.Sure {
		return false
	}
	return !sharesChannelWord(q.title.ArtistTokens, ch) && !sharesChannelWord(q.title.FeaturedTokens, ch)
}

// namesOwnChannel reports whether p's title names its artists, none
// sharing a word with p's uploading channel, and a bracket group or a "|
// X" tail after "Track by Artist" names the channel ("Someone Like You -
// Adele (Boyce Avenue)", "Hello by Adele | Daniela Andrade", see
// namesChannelApart), and q is no upload of that channel nor names it
// among its artists. Labels and promotion channels sign their releases
// the same way without a label word in their names ("Pegboard Nerds -
// Hero [Monstercat]", "Tum Hi Ho by Arijit Singh | T-Series"): a curator
// tells a cover from a release (bracket_names_channel).
func (p *side) namesOwnChannel(q *side) bool {
	ch := p.title.Channel
	if ch == "" || ch == q.title.Channel || p.title.ArtistSource != title.ArtistFromTitle {
		return false
	}
	if len(p.title.ArtistTokens) == 0 || !p.namesChannelApart() || sharesChannelWord(p.title.FeaturedTokens, ch) {
		return false
	}
	return !sharesChannelWord(q.title.ArtistTokens, ch) && !sharesChannelWord(q.title.FeaturedTokens, ch)
}

// namesChannelApart reports whether a bracket group of p's raw title, or
// the "| X" tail of a title that names its artist after "by", is the
// name of p's channel or a run of two words or more of it, a performer's
// own that holds no word of p's artists (see namesChannel). A "| X" tail
// after "Artist - Track" is how labels sign their releases ("Arijit Singh
// - Tum Hi Ho | T-Series"), and a label's name need hold no label word:
// it is no cover's signature. "Track by Artist | Act" is not how a label
// writes its releases' titles.
func (p *side) namesChannelApart() bool {
	if strings.ContainsAny(p.title.Raw, "([") {
		for _, group := range bracketGroups(p.title.Raw) {
			if p.namesChannel(group) {
				return true
			}
		}
	}
	if slices.Contains(p.title.Patterns, "by_artist") && slices.Contains(p.title.Patterns, "pipe_tail") {
		if groups := segmentGroups(p.title.Raw); len(groups) > 1 {
			return p.namesChannel(groups[len(groups)-1])
		}
	}
	return false
}

// sharesChannelWord reports whether one of the tokens is a word of the
// channel's name, as title.ReadChannel reads it.
func sharesChannelWord(toks []string, channel string) bool {
	if len(toks) == 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(title.ReadChannel(channel).Name, quoteOrSpace) {
		if w = strings.Map(letterOrDigit, w); w == "" {
			continue
		}
		for _, t := range toks {
			if strings.Map(letterOrDigit, t) == w {
				return true
			}
		}
	}
	return false
}
