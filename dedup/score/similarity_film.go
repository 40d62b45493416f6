package score

import (
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// filmHead reads a film song titled "Track - Film" in Devanagari and
// nothing else, which the normalizer reads as "Artist - Track", as its
// track alone when the other title names that track and singers and the
// film is a word of the other's that its normalizer left out
// (track_film_head): "तुम ही हो बंधु - कॉकटेल" against "Tum Hi Ho Bandhu -
// Cocktail | Neeraj Shridhar, Kavita Seth", "अपना टाइम आएगा - गली बॉय"
// against "Apna Time Aayega | Gully Boy | Ranveer Singh & DIVINE",
// "छैयाँ छैयाँ - दिल से" against "छैयां छैयां - सुखविंदर सिंह, सपना अवस्थी |
// दिल से". The film then confirms what an artist would (see tally); a
// song of another film, or another song of one film, meets no such word.
func (s *scorer) filmHead(t tally) tally {
	for _, x := range []struct{ p, q *side }{{&s.a, &s.b}, {&s.b, &s.a}} {
		p, q := x.p, x.q
		if !p.filmShaped() || q.performer != "" || !p.filmIn(q) {
			continue
		}
		swA, swB := s.a.swapped, s.b.swapped
		p.filmHead = true
		s.a.build(false)
		s.b.build(false)
		if u := s.alignAndTally(); u.score > t.score && q.hasArtist() && s.tracksMet() {
			return u
		}
		p.filmHead = false
		s.a.build(swA)
		s.b.build(swB)
		t = s.alignAndTally()
	}
	return t
}

// tracksMet reports whether every word of both tracks met the other
// track.
func (s *scorer) tracksMet() bool {
	for _, x := range []struct {
		p  *side
		ph []phase
	}{{&s.a, s.phA}, {&s.b, s.phB}} {
		for i := x.p.nArt + x.p.nFt; i < len(x.p.toks); i++ {
			if x.ph[i] != phaseTrack {
				return false
			}
		}
	}
	return true
}

// filmShaped reports whether p's title is "Artist - Track" read from the
// title (whichever way the comparison reads it now) and nothing more,
// every word in Devanagari: the shape of "Track - Film" too.
func (p *side) filmShaped() bool {
	t := p.title
	if p.performer != "" || p.filmHead || t.ArtistSource != title.ArtistFromTitle || p.nFt > 0 || len(t.ArtistTokens) == 0 || len(t.TrackTokens) == 0 {
		return false
	}
	for _, ws := range [2][]string{t.ArtistTokens, t.TrackTokens} {
		for _, w := range ws {
			if !reading.Devanagari(w) {
				return false
			}
		}
	}
	return len(rawFields(t.Raw)) == len(t.ArtistTokens)+len(t.TrackTokens)
}

// filmIn reports whether every word of p's track (the film of "Track -
// Film") is a word of q's raw title that q's normalizer left out, as
// written or by its reading (reading.Loose, reading.Hinglish, or an
// English word Hindi writes by its sound, reading.DevaLoanSpells).
func (p *side) filmIn(q *side) bool {
	kept := map[string]bool{}
	for _, tk := range q.toks {
		kept[tk.text] = true
	}
	var left []string
	for _, w := range rawFields(q.title.Raw) {
		if !kept[w] {
			left = append(left, w)
		}
	}
	for _, w := range p.title.TrackTokens {
		if !filmWordIn(w, p.title.Reading(w), left) {
			return false
		}
	}
	return true
}

// filmWordIn reports whether w, read as r, is among words.
func filmWordIn(w, r string, words []string) bool {
	for _, l := range words {
		if l == w || r != "" && (reading.Loose(r) == reading.Loose(l) || reading.Hinglish(r) == reading.Hinglish(l) || reading.DevaLoanSpells(w, l)) {
			return true
		}
	}
	return false
}

// rawFields returns the words of a raw title, folded: runs of letters,
// marks and digits.
func rawFields(raw string) []string { return strings.FieldsFunc(title.Fold(raw), notWordRune) }

// notWordRune reports whether r is none of a word's letters, marks and
// digits.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}
