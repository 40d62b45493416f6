package score

import (
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// A performer's own channel that names itself in a title beside another
// artist signs its own performance of that artist's song, a cover
// (channel_signed_cover): "Someone Like You - Adele (Boyce Avenue)" and
// "someone like you adele boyce avenue" on "Boyce Avenue", "Billie Eilish -
// Bad Guy [Pentatonix]" on "Pentatonix". A label's channel signs its
// releases the same way, but its name holds a label word ("[Ultra Records]"
// on "Ultra Records"), and an artist's own channel names its artist
// ("Adele - Hello (Adele)" on "Adele"): neither is a cover.

// channelSigned reports whether one side signs the other's song with its
// uploading channel's name (see signsCover).
func (s *scorer) channelSigned() bool {
	return s.a.signsCover(&s.b, s.t.state) || s.b.signsCover(&s.a, s.t.state)
}

// signsCover reports whether p's title names p's uploading channel, a
// performer's own, beside artists other than the channel's, and q is no
// upload of that channel or of its performer:
//
//   - p's title names its artists, none sharing a word with the channel,
//     and a bracket group or a "| X" tail after "Track by Artist" names the
//     channel ("Someone Like You - Adele (Boyce Avenue)", "Hello by Adele |
//     Daniela Andrade", see namesChannelApart); a group the normalizer kept
//     in the track, left out as an aside, is bracket_names_channel's;
//   - p's title, with no separator, ended or began with the channel's name,
//     taken for its artist, and also names q's artist (state artistConfirmed):
//     "someone like you adele boyce avenue".
func (p *side) signsCover(q *side, state artistState) bool {
	ch := p.title.Channel
	if ch == "" || ch == q.title.Channel {
		return false
	}
	switch p.title.ArtistSource {
	case title.ArtistFromTitle:
		if len(p.title.ArtistTokens) == 0 || !p.namesChannelApart() || sharesChannelWord(p.title.FeaturedTokens, ch) {
			return false
		}
	case title.ArtistFromChannel:
		if state != artistConfirmed || !p.channelArt || !slices.Contains(p.title.Patterns, "known_artist_removed") {
			return false
		}
		if c := title.ReadChannel(ch); !c.Own || c.Sure {
			return false
		}
	default:
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
