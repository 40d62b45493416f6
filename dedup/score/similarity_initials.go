package score

import (
	"slices"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// Initials in the alignment: an artist one side writes as the initials of
// the name the other side writes whole, by its words or, in Hangul, its
// syllables (reading.AreInitials): "KiSh" for Король и Шут,
// "SNSD" for 소녀시대, the name Girls' Generation's titles write beside
// their own. An abbreviation is short and could stand for many names, so
// it counts as a family name does (surnameSim): the artists align, and the
// track may match by its reading, but they never agree as a whole.

// minInitials is the fewest letters an abbreviation needs.
const minInitials = 3

// alignInitials links one side's artist, an abbreviation, with the other
// side's whole artist.
func (s *scorer) alignInitials() {
	same := s.tracksWhole()
	if n := s.a.initialsOf(s.phA, &s.b, s.phB, same); n > 0 {
		s.link(0, -1, 0, last(n), surnameSim, kindInitials, phaseArtist)
	} else if n := s.b.initialsOf(s.phB, &s.a, s.phA, same); n > 0 {
		s.link(0, last(n), 0, -1, surnameSim, kindInitials, phaseArtist)
	} else if s.a.shortLoanName(s.phA, &s.b, s.phB) || s.b.shortLoanName(s.phB, &s.a, s.phA) {
		s.link(0, -1, 0, -1, surnameSim, kindShortLoan, phaseArtist)
	}
}

// shortLoanName reports whether p's artist is one Hangul word of two
// consonants that q's artist, one Latin word, spells as Korean writes an
// English name (reading.HangulLoanNameSpells: 지코 / Zico, 쿨 / Cool, 터보
// / Turbo), both named by their titles and unmatched. Korean words of two
// consonants meet English words so (바다, Bad), so it counts as initials
// do: the artists align, the track may match by its reading, and the pair
// merges only when the tracks agree (short_loan_name). p's track must
// have a word in Hangul: a track both titles write in Latin letters
// ("미노 - Fiancé", "Mina - Fiancé") is as often another act's song of
// the same name, and the name alone is a guess (short_loan_latin_track).
func (p *side) shortLoanName(php []phase, q *side, phq []phase) bool {
	if p.nArt != 1 || q.nArt != 1 || p.channelArt || q.channelArt || php[0] != phaseNone || phq[0] != phaseNone {
		return false
	}
	if !slices.ContainsFunc(p.toks[p.nArt+p.nFt:], func(t token) bool { return t.hangul }) {
		return false
	}
	own, other := &p.toks[0], &q.toks[0]
	return own.hangul && !other.reading && isLetters(other.text) && reading.HangulLoanNameSpells(own.text, other.text)
}

// last is the i2 or j2 of a link of n tokens from 0: -1 for one token.
func last(n int) int {
	if n == 1 {
		return -1
	}
	return n - 1
}

// minInitialsTrack is the fewest letters, and minInitialsMass the least
// weight, of the track two titles must write word for word alike for an
// abbreviation in Latin letters to stand for a name in Latin letters
// (initials_latin).
const (
	minInitialsTrack = 5
	minInitialsMass  = 1.0
)

// tracksWhole reports whether the two tracks are the same words in the
// same order, of minInitialsTrack letters or more and weighing
// minInitialsMass or more, with no featured artist on either side: a
// track that says by itself which song it is, whoever the initials stand
// for (initials_latin).
func (s *scorer) tracksWhole() bool {
	ta, tb := s.a.title.TrackTokens, s.b.title.TrackTokens
	if len(ta) == 0 || !slices.Equal(ta, tb) || s.a.nFt > 0 || s.b.nFt > 0 {
		return false
	}
	letters, mass := 0, 0.0
	for _, tk := range s.a.toks[s.a.nArt:] {
		if tk.num {
			continue
		}
		letters += tk.runes
		mass += tk.w
	}
	return letters >= minInitialsTrack && mass >= minInitialsMass
}

// initialsOf returns n > 0 when p's artist is one word that p's raw
// title writes with two capitals or more, and it is the initials of q's
// artist's n words, all unmatched, or of the name in another script that
// q's title pairs with them. Between two names in Latin letters it
// returns n > 0 only when same says the tracks are one title word for
// word (tracksWhole): "KiSh - Kukla kolduna" against "Korol i Shut - Kukla
// Kolduna", "EKV - Krila" against "Ekatarina Velika - Krila"
// (initials_latin).
func (p *side) initialsOf(php []phase, q *side, phq []phase, same bool) int {
	if p.nArt != 1 || q.nArt < 1 || php[0] != phaseNone {
		return 0
	}
	w := p.toks[0].text
	if len(w) < minInitials || !isLetters(w) {
		return 0
	}
	for i := range q.nArt {
		if phq[i] != phaseNone {
			return 0
		}
	}
	// Each word or syllable gives one letter or two: a name of n words
	// has initials of n to 2n letters, and one of a word has none.
	span := q.nArt >= 2 && len(w) <= 2*q.nArt && len(w) >= q.nArt
	words := (span || q.toks[0].hangul) && q.artistInOtherScript()
	latin := same && span && !words && !p.toks[0].reading
	if !words && !latin && len(q.title.ScriptPairs) == 0 {
		return 0
	}
	if !capitalized(p.title.Raw, w) {
		return 0
	}
	names := make([]string, 0, q.nArt)
	for i := range q.nArt {
		names = append(names, q.toks[i].text)
	}
	if words && q.initialsConfirmed(names, w) || latin && q.latinNames() && reading.AreLatinInitials(names, w) {
		return q.nArt
	}
	joined := strings.Join(names, " ")
	for _, pr := range q.title.ScriptPairs {
		if pr.Kind == title.AliasArtist && pr.Latin == joined && q.initialsConfirmed(strings.Fields(pr.Other), w) {
			return q.nArt
		}
	}
	return 0
}

// initialsConfirmed reports whether w is the initials of q's name words.
// Initials that need a vowel-initial word's second syllable
// (reading.AreInitials beyond AreInitialsByWordHeads: EKV for Екатарина
// Велика) give a two-word name three letters, and three letters name many
// acts ("IRA - Love" against "Ирина Аллегрова - Love"): they count only
// when q's track is written in another script than Latin letters too, so
// that it can match only by its reading ("EKV - Krila" against
// "Екатарина Велика - Крила"), never by a Latin title both sides share
// (initials_vowel_onset_track).
func (q *side) initialsConfirmed(words []string, w string) bool {
	if reading.AreInitialsByWordHeads(words, w) {
		return true
	}
	if !reading.AreInitials(words, w) {
		return false
	}
	return slices.ContainsFunc(q.toks[q.nArt+q.nFt:], func(t token) bool { return t.reading || t.hangul })
}

// latinNames reports whether every word of p's artist is written in Latin
// letters alone.
func (p *side) latinNames() bool {
	for i := range p.nArt {
		if !isLetters(p.toks[i].text) || p.toks[i].reading {
			return false
		}
	}
	return true
}

// artistInOtherScript reports whether a word of p's artist is written in
// another script than Latin letters (it has a reading). Initials stand for
// a name across scripts only: between two Latin writings, "TLC" against
// "The Lonely Crowd" is as likely another artist as the same one.
func (p *side) artistInOtherScript() bool {
	for i := range p.nArt {
		if p.toks[i].reading || p.toks[i].hangul {
			return true
		}
	}
	return false
}

// capitalized reports whether raw writes the word w (folded) with two
// capital letters or more somewhere: an abbreviation ("KiSh", "SNSD"),
// not a word.
func capitalized(raw, w string) bool {
	for i := 0; i+len(w) <= len(raw); i++ {
		if !strings.EqualFold(raw[i:i+len(w)], w) {
			continue
		}
		n := 0
		for _, r := range raw[i : i+len(w)] {
			if unicode.IsUpper(r) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}
