package score

import (
	"slices"

	"github.com/songdedup/songdedup/dedup/title"
)

// A "- Topic" channel is YouTube's own upload of a release: its titles are
// the release's track names, as the label delivered them, never the
// uploader's notes. A year written bare right after the track there
// ("Beat It 2008 (with Fergie)", "You Came 2006", "For An Angel 2009") is
// part of the track's name, the name the artist gave a remake, and no
// release date, which a "- Topic" title writes after a dash or in
// brackets if at all ("Heroes - 2017 Remaster", "(Remastered 2011)"). So
// the pair is another recording and nothing for a curator (topic_year);
// an artist's own channel of another kind writes the original release's
// year so too ("Queen - Bohemian Rhapsody 1975 (Official Video)"), and
// stays own_channel_year's, for a curator. So does a pair whose other
// title may name the remake by other means: a guest the topic title does
// not list as its artist ("Michael Jackson ft. Fergie - Beat It" against
// "Beat It 2008 (with Fergie)"), or an aside in brackets ("Candle In The
// Wind (Goodbye England's Rose)", "Bizarre Love Triangle ('94)").

// topicYear reports whether one side of the pair is a "- Topic" upload
// that writes a year bare right after its track which the other title
// nowhere writes (see ownChannelYear), by artists that agree, and the
// other title neither credits a guest nor holds an aside.
func (s *scorer) topicYear() bool {
	return s.t.ownYear && !s.t.aside && (topicOwnYear(&s.a, &s.b) || topicOwnYear(&s.b, &s.a))
}

// topicOwnYear reports whether p, uploaded by a "- Topic" channel of its
// own artist, writes a year right after its track that q does not, and q
// names no one but p's artists.
func topicOwnYear(p, q *side) bool {
	return topicChannel(p.title.Channel) && ownChannelYear(p, q) && !namesGuest(q.title, p.title)
}

// namesGuest reports whether q credits a name, as an artist or a featured
// one, that is none of p's artists.
func namesGuest(q, p *title.Title) bool {
	for _, names := range [][]string{q.Artists, q.Featured} {
		for _, n := range names {
			if !slices.Contains(p.Artists, n) {
				return true
			}
		}
	}
	return false
}

// topicYearSide is the side of the pair whose "- Topic" title writes the
// year (see topicYear).
func (s *scorer) topicYearSide() *side {
	if topicOwnYear(&s.a, &s.b) {
		return &s.a
	}
	return &s.b
}
