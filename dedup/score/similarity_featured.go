package score

import "slices"

// Featured credits as the only agreement. "30 Seconds To Mars feat. Kanye
// West - Hurricane" and "Kanye West - Hurricane" share a track and a name,
// but the name is one title's featured artist and the other's main one: a
// featured artist often has a song of the same name of their own, and the
// main artist of the first title appears nowhere in the second. The titles
// cannot tell one recording mislabeled from two songs, so such a pair is
// for a curator unless something beside the names settles it (see
// featuredOnly).

// featuredOnly reports whether p credits featured artists and the artists
// of p and q agree only through them: both sides name artists, some
// featured word of p met an artist word of q, and no word of p's main
// artists (articles and "and" aside) met anything of q, nor is in q's raw
// title outside its matched track (as in rawConfirm), nor is q's channel
// the main artists' own; and q's own title does not credit its artists as
// featured (see creditsSelfFeatured). A name met through a learned alias or a reading
// meets in the alignment and so counts as met. A side read the other way
// round or as a cover's performer is left out: its names are not its
// credits.
func featuredOnly(p *side, phP []phase, q *side, phQ []phase) bool {
	if !p.hasFeatured() || !p.hasArtist() || !q.hasArtist() || p.reread() || q.reread() || p.channelArt {
		return false
	}
	heavy := false
	for i := range p.nArt {
		if p.toks[i].light {
			continue
		}
		if phP[i] != phaseNone {
			return false
		}
		heavy = true
	}
	if !heavy {
		return false
	}
	met := false
	for i := p.nArt; i < p.nArt+p.nFt; i++ {
		met = met || phP[i] == phaseArtist
	}
	if !met {
		return false
	}
	if q.creditsSelfFeatured() {
		return false
	}
	if key := channelKey(q.title.Channel); key != "" && key == artistsKey(p.title.Artists) {
		return false
	}
	return p.artistShareIn(q.rawWords(), q.matchedTrack(phQ)) < confirmShare
}

// creditsSelfFeatured reports whether p's title credits featured artists
// and every one of them is one of its own artists, which the normalizer
// then leaves out of its featured list: a record listed under its guest
// ("Park Bench Blues (feat. Curren$y)" in Curren$y's column, "Done for Me
// (feat. Kehlani)" in Kehlani's). Such a title says itself that its
// artist is the guest, as the other title does.
func (p *side) creditsSelfFeatured() bool {
	return !p.hasFeatured() && slices.Contains(p.title.Patterns, "featured")
}

// Featured credits that disagree. "Luis Fonsi - Despacito ft. Justin
// Bieber" and "Luis Fonsi - Despacito ft. Daddy Yankee" name one song, but
// a remix with another guest is another recording: when both titles credit
// guests and no guest of either is named in the other title, the titles
// cannot tell one recording from two, and a curator does (see
// featuredDisagree). A guest list that shares a name with the other ("ft.
// Wizkid & Kyla" against "ft. Kyla") is no disagreement.

// featuredDisagree reports whether both p and q credit featured artists
// and no featured word of either met anything of the other title in the
// alignment (a name met through a learned alias or a reading counts as
// met) or is among the other's raw words (a name the normalizer left in a
// part it did not read). Articles and "and" are left out; a side read the
// other way round or as a cover's performer is left out too: its names
// are not its credits.
func featuredDisagree(p *side, phP []phase, q *side, phQ []phase) bool {
	if !p.hasFeatured() || !q.hasFeatured() || p.reread() || q.reread() {
		return false
	}
	return p.guestsUnmet(phP, q) && q.guestsUnmet(phQ, p)
}

// guestsUnmet reports whether p has a featured word that is not light and
// none of its featured words met anything of q or is among q's raw words.
func (p *side) guestsUnmet(ph []phase, q *side) bool {
	heavy := false
	raw := q.rawWords()
	for i := p.nArt; i < p.nArt+p.nFt; i++ {
		tk := &p.toks[i]
		if tk.light {
			continue
		}
		if ph[i] != phaseNone || raw[tk.text] || raw[tk.canon] {
			return false
		}
		heavy = true
	}
	return heavy
}
