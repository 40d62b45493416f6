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

// A channel's name glued to a title beside another artist, with no
// separator, is as often a collaborator's own channel uploading the
// song it sings in ("señorita shawn mendes camila cabello" on "Camila
// Cabello") as a cover act signing its cover ("someone like you adele
// boyce avenue" on "Boyce Avenue"): nothing in the titles tells them
// apart, so a curator does (channel_glued). Joined to the other artist by
// a mark of a collaboration ("shawn mendes & camila cabello", "x", "ft",
// "with"), the name credits the channel's performer beside the other
// artist, no cover.

// A signature is how a title names its uploading channel beside other
// artists (see signsCover).
type signature int

const (
	signNone  signature = iota
	signApart           // in a bracket group or a "| X" tail: channel_signed_cover
	signGlued           // glued to the title without a separator: channel_glued
	signPiped           // in the "| Act" tail of "Artist - Track | Act": pipe_signed
)

// channelSigned reports whether one side signs the other's song with its
// uploading channel's name set apart (see signsCover).
func (s *scorer) channelSigned() bool {
	return s.a.signsCover(&s.b, s.t.state) == signApart || s.b.signsCover(&s.a, s.t.state) == signApart
}

// signingChannel is the uploading channel of the side of the pair that
// signs the other's song so (see signsCover).
func (s *scorer) signingChannel(sign signature) string {
	if s.a.signsCover(&s.b, s.t.state) == sign {
		return s.a.title.Channel
	}
	return s.b.title.Channel
}

// pipeSigned reports whether one side signs the other's song with its
// uploading channel's name in an "| Act" tail (see pipeSignsAct), and
// neither sets it apart otherwise.
func (s *scorer) pipeSigned() bool {
	sa, sb := s.a.signsCover(&s.b, s.t.state), s.b.signsCover(&s.a, s.t.state)
	return (sa == signPiped || sb == signPiped) && sa != signApart && sb != signApart
}

// channelGlued reports whether one side glues its uploading channel's name
// to the other's song, neither setting it apart (see signsCover).
func (s *scorer) channelGlued() bool {
	sa, sb := s.a.signsCover(&s.b, s.t.state), s.b.signsCover(&s.a, s.t.state)
	return (sa == signGlued || sb == signGlued) && sa != signApart && sb != signApart
}

// signsCover reports how p's title names p's uploading channel, a
// performer's own, beside artists other than the channel's, where q is no
// upload of that channel or of its performer:
//
//   - signApart: p's title names its artists, none sharing a word with the
//     channel, and a bracket group or a "| X" tail after "Track by Artist"
//     names the channel ("Someone Like You - Adele (Boyce Avenue)", "Hello
//     by Adele | Daniela Andrade", see namesChannelApart); a group the
//     normalizer kept in the track, left out as an aside, is
//     bracket_names_channel's;
//   - signGlued: p's title, with no separator, ended or began with the
//     channel's name, taken for its artist, and also names q's artist
//     (state artistConfirmed), with no mark of a collaboration joining the
//     two (see joinsChannel): "someone like you adele boyce avenue".
func (p *side) signsCover(q *side, state artistState) signature {
	ch := p.title.Channel
	if ch == "" || ch == q.title.Channel {
		return signNone
	}
	sign := signNone
	switch p.title.ArtistSource {
	case title.ArtistFromTitle:
		if len(p.title.ArtistTokens) == 0 || sharesChannelWord(p.title.FeaturedTokens, ch) {
			return signNone
		}
		switch {
		case p.namesChannelApart():
			sign = signApart
		case slices.Contains(p.title.Patterns, "pipe_tail") && p.pipeSignsAct():
			sign = signPiped
		default:
			return signNone
		}
	case title.ArtistFromChannel:
		if state != artistConfirmed || !p.channelArt || !slices.Contains(p.title.Patterns, "known_artist_removed") {
			return signNone
		}
		if c := title.ReadChannel(ch); !c.Own || c.Sure || joinsChannel(p.title.Raw, c.Name) {
			return signNone
		}
		sign = signGlued
	default:
		return signNone
	}
	if sharesChannelWord(q.title.ArtistTokens, ch) || sharesChannelWord(q.title.FeaturedTokens, ch) {
		return signNone
	}
	return sign
}

// markJoiner spells the marks "&" and "+" as the word "and", for
// joinsChannel reads words alone.
var markJoiner = strings.NewReplacer("&", " and ", "+", " and ")

// collaborationMarks join a channel's name glued to a title to the artist
// before or after it as a collaborator (channel_glued): "x", "and" ("&"
// and "+" are read so, see markJoiner), "with" and the featuring markers.
var collaborationMarks = map[string]bool{"x": true, "and": true, "with": true, "ft": true, "feat": true, "featuring": true}

// joinsChannel reports whether the raw title ends with the channel's name,
// a collaboration mark (collaborationMarks) before it, or begins with it, a
// mark after it: "señorita shawn mendes & camila cabello" on "Camila
// Cabello". The name is matched on its letters and digits alone, as
// "j fla" is "J.Fla".
func joinsChannel(raw, channel string) bool {
	name := strings.Map(letterOrDigit, title.Fold(channel))
	toks := rawSequence(markJoiner.Replace(raw)).words
	if name == "" || len(toks) < 2 {
		return false
	}
	run := ""
	for k := len(toks) - 1; k > 0 && len(run) < len(name); k-- {
		if run = toks[k] + run; run == name {
			return collaborationMarks[toks[k-1]]
		}
	}
	run = ""
	for k := 0; k+1 < len(toks) && len(run) < len(name); k++ {
		if run += toks[k]; run == name {
			return collaborationMarks[toks[k+1]]
		}
	}
	return false
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
	if !slices.Contains(p.title.Patterns, "pipe_tail") || !slices.Contains(p.title.Patterns, "by_artist") {
		return false
	}
	groups := segmentGroups(p.title.Raw)
	return len(groups) > 1 && p.namesChannel(groups[len(groups)-1])
}

// pipeSignsAct reports whether p's raw title is "Artist - Track | Act" (one
// dash, one pipe, the act last) and the act is the whole name of p's
// channel, a performer's own of two words or more, or of one word when the
// channel's name is that word alone ("Queen - Bohemian Rhapsody |
// Pentatonix" on "Pentatonix", "Somebody That I Used To Know - Gotye | Walk
// off the Earth" on "Walk off the Earth"): most often the act signing its
// cover, but a label whose name holds no label word signs its releases so
// too ("Artist - Track | T-Series"), so a curator tells (pipe_signed). A
// title that names more after more pipes ("Track | Singer | Film | Label")
// is a label's layout, not this.
func (p *side) pipeSignsAct() bool {
	raw := p.title.Raw
	if strings.Count(raw, "|") != 1 || strings.Count(raw, " - ") != 1 || strings.Index(raw, " - ") > strings.Index(raw, "|") {
		return false
	}
	groups := segmentGroups(raw)
	if len(groups) != 3 {
		return false
	}
	act := groups[2]
	ch := title.ReadChannel(p.title.Channel)
	var words []string
	for _, w := range strings.FieldsFunc(ch.Name, quoteOrSpace) {
		if w = strings.Map(letterOrDigit, w); w != "" {
			words = append(words, w)
		}
	}
	return slices.Equal(act, words) && p.namesChannel(act)
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
