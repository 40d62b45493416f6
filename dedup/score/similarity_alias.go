package score

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// Aliases in the alignment: a name one side writes in one script and the
// other side in another, which the catalogue learned are one name from
// bilingual titles (title.Alias: 방탄소년단 / BTS, 사건의 지평선 / Event
// Horizon), match as the same name. An artist alias matches a whole artist
// of each side; a track alias the whole track of each side, and only when
// the artists agree, as a reading does (scorer.artistsRead): a translated
// title alone is not the artist's song.

// alignAliases pairs the unmatched names of sa and sb that one side's
// aliases name.
func (s *scorer) alignAliases(sa, sb tokRange, ph phase) {
	kind := title.AliasArtist
	if ph == phaseTrack {
		if !s.artistsRead {
			return
		}
		kind = title.AliasTrack
	}
	for _, al := range s.a.title.Aliases {
		s.alignAlias(al, kind, &s.a, &s.b, sa, sb, s.phA, s.phB, false)
	}
	for _, al := range s.b.title.Aliases {
		s.alignAlias(al, kind, &s.b, &s.a, sb, sa, s.phB, s.phA, true)
	}
	for _, pr := range s.a.title.ScriptPairs {
		s.alignAlias(title.Alias{Kind: pr.Kind, Name: pr.Latin, Other: pr.Other}, kind, &s.a, &s.b, sa, sb, s.phA, s.phB, false)
		s.alignGlued(pr, kind, &s.a, &s.b, sa, sb, s.phA, s.phB, false)
	}
	for _, pr := range s.b.title.ScriptPairs {
		s.alignAlias(title.Alias{Kind: pr.Kind, Name: pr.Latin, Other: pr.Other}, kind, &s.b, &s.a, sb, sa, s.phB, s.phA, true)
		s.alignGlued(pr, kind, &s.b, &s.a, sb, sa, s.phB, s.phA, true)
	}
}

// alignGlued links an artist name that p's title wrote as Latin and
// Hangul words side by side, which the normalizer read as one name in two
// scripts (pr: "Sg 워너비" gives sg and 워너비), with an artist of q written
// as the same words without the space ("SG워너비"): Korean writers space a
// name as they please (hangul_spacing). The two runs must make q's word
// letter for letter, in either order, so two different words never meet:
// a name that only starts or ends with one of them is another name.
func (s *scorer) alignGlued(pr title.AliasPair, kind title.AliasKind, p, q *side, sp, sq tokRange, php, phq []phase, onB bool) {
	if pr.Kind != kind || kind != title.AliasArtist {
		return
	}
	latin, other := strings.ReplaceAll(pr.Latin, " ", ""), strings.ReplaceAll(pr.Other, " ", "")
	if !reading.Hangul(other) {
		return
	}
	i, i2, _, ok := p.nameRun(pr.Latin, kind, sp, php)
	if !ok {
		return
	}
	for _, glued := range [...]string{latin + other, other + latin} {
		j, j2, _, ok := q.nameRun(glued, kind, sq, phq)
		if !ok {
			continue
		}
		if onB {
			i, i2, j, j2 = j, j2, i, i2
		}
		if i2 == i {
			i2 = -1
		}
		if j2 == j {
			j2 = -1
		}
		s.link(i, i2, j, j2, 1, kindSpacing, aliasPhase(kind))
		return
	}
}

// alignAlias links al.Name on side p (in sp) with al.Other on side q (in
// sq); onB says that p is side b.
func (s *scorer) alignAlias(al title.Alias, kind title.AliasKind, p, q *side, sp, sq tokRange, php, phq []phase, onB bool) {
	if al.Kind != kind {
		return
	}
	i, i2, simA, ok := p.nameRun(al.Name, kind, sp, php)
	j, j2, simB, ok2 := q.nameRun(al.Other, kind, sq, phq)
	sim := min(simA, simB)
	switch {
	case !ok || !ok2:
	case onB:
		s.linkAlias(j, j2, i, i2, al.Titles, sim, aliasPhase(kind))
	default:
		s.linkAlias(i, i2, j, j2, al.Titles, sim, aliasPhase(kind))
	}
}

// aliasPhase is the phase the names of kind are aligned in.
func aliasPhase(kind title.AliasKind) phase {
	if kind == title.AliasTrack {
		return phaseTrack
	}
	return phaseArtist
}

// linkAlias links tokens i..i2 of a with j..j2 of b as one name.
func (s *scorer) linkAlias(i, i2, j, j2, titles int, sim float64, ph phase) {
	if i2 == i {
		i2 = -1
	}
	if j2 == j {
		j2 = -1
	}
	s.link(i, i2, j, j2, sim, kindAlias, ph)
	s.pairs[len(s.pairs)-1].titles = titles
	for x := i; x <= max(i, i2); x++ {
		s.rdA[x] = true
	}
	for x := j; x <= max(j, j2); x++ {
		s.rdB[x] = true
	}
}

// nameRun finds name among p's unmatched tokens in sp: a whole artist (or
// featured artist) of the title, or its whole track, each word spelled as
// spells allows, or, for a name in another script, Latin words that spell
// its reading as a whole (readsName). It returns the first and last token
// of the run and how alike the run and the name are: 1 when the words are
// the name's own, readingSim when a word is the Latin spelling of its
// reading, less for a slip of that spelling.
func (p *side) nameRun(name string, kind title.AliasKind, sp tokRange, ph []phase) (lo, hi int, sim float64, ok bool) {
	words := strings.Fields(name)
	if len(words) == 0 || p.reread() {
		return 0, 0, 0, false
	}
	var runs []tokRange // the names of the kind, as token ranges
	if kind == title.AliasTrack {
		runs = append(runs, p.track())
	} else {
		lo := 0
		for _, names := range [][]string{p.title.Artists, p.title.Featured} {
			for _, a := range names {
				n := len(strings.Fields(a))
				runs = append(runs, tokRange{lo, lo + n})
				lo += n
			}
		}
	}
	for _, r := range runs {
		if r.lo < sp.lo || r.hi > sp.hi || r.hi > len(p.toks) || r.hi == r.lo {
			continue
		}
		if r.hi-r.lo != len(words) {
			if sim := p.readsName(words, r, ph, kind == title.AliasTrack); sim > 0 {
				return r.lo, r.hi - 1, sim, true
			}
			continue
		}
		all, read := true, false
		for k, w := range words {
			x := r.lo + k
			sp, byReading := p.spells(x, w)
			if ph[x] != phaseNone || !sp {
				all = false
				break
			}
			read = read || byReading
		}
		if all {
			if read {
				return r.lo, r.hi - 1, readingSim, true
			}
			return r.lo, r.hi - 1, 1, true
		}
		if sim := p.readsName(words, r, ph, kind == title.AliasTrack); sim > 0 {
			return r.lo, r.hi - 1, sim, true
		}
	}
	return 0, 0, 0, false
}

// readsName compares a name in another script (words), which a title wrote
// beside its Latin name, with the unmatched Latin tokens of run r of p as a
// whole, as the reading alignment compares a word in another script with a
// run of Latin words (bilingual_reading): the Latin words spell the
// name's reading however they split it ("Eason Chan - Shi Nian" against
// "Eason Chan - Ten Years (十年)"), and a Korean name by the spellings
// Korean names and their readings share (reading.Popular), and, in a
// track (slips), a slip of a letter on a long name allowed as a typo, with
// its lower similarity ("10cm - Bom-i Jonnya" against "10cm - 봄이 좋냐
// (What the Spring)"), as a Korean word meets a Latin one in the reading
// alignment. It returns the similarity, 0 when the run does not read as
// the name.
func (p *side) readsName(words []string, r tokRange, ph []phase, slips bool) float64 {
	var read, latin strings.Builder
	hangul := true
	for _, w := range words {
		if !reading.Needed(w) {
			return 0
		}
		wr, ok := reading.Of(w, 0)
		if !ok {
			return 0
		}
		hangul = hangul && reading.Hangul(w)
		read.WriteString(strings.ReplaceAll(wr, " ", ""))
	}
	for x := r.lo; x < r.hi; x++ {
		tk := &p.toks[x]
		if ph[x] != phaseNone || tk.num || reading.Needed(tk.text) || !isLetters(tk.text) {
			return 0
		}
		latin.WriteString(tk.text)
	}
	if !hangul {
		if lo := reading.Loose(latin.String()); lo != "" && lo == reading.Loose(read.String()) {
			return readingSim
		}
		return 0
	}
	pa, pb := reading.Popular(read.String()), reading.Popular(latin.String())
	if pa == pb && pa != "" {
		return readingSim
	}
	if !slips {
		return 0
	}
	la, lb := utf8.RuneCountInString(pa), utf8.RuneCountInString(pb)
	if t := typoSimStrings(pa, pb, la, lb, letterMask(pa), letterMask(pb)); t > 0 {
		return min(t, skeletonSim-0.01)
	}
	return 0
}

// spells reports whether token x of p is the word w of a name: the same
// word, the same word in another form of its script that reads the same
// (林俊傑 / 林俊杰, traditional and simplified), or, for a word of a name
// a title wrote in two scripts or the catalogue learned, the Latin
// spelling of its reading ("IU -
// Neoui Uimi" against "IU(아이유) _ The meaning of you(너의 의미)").
// byReading says that the last is how it spells w.
func (p *side) spells(x int, w string) (ok, byReading bool) {
	tok := p.toks[x].text
	if tok == w {
		return true, false
	}
	if !reading.Needed(w) {
		return false, false
	}
	wr, ok := reading.Of(w, 0)
	if !ok {
		return false, false
	}
	if r := p.title.Reading(tok); r != "" {
		return wr == r, false
	}
	wr = strings.ReplaceAll(wr, " ", "")
	if reading.Hangul(w) {
		return reading.Popular(wr) == reading.Popular(tok), true
	}
	return reading.Loose(wr) == reading.Loose(tok), true
}

// aliasNote is the explanation of an alias match.
func aliasNote(titles int) string {
	if titles == 0 {
		return "alias written in the title itself"
	}
	if titles == 1 {
		return "alias learned from 1 title"
	}
	return fmt.Sprintf("alias learned from %d titles", titles)
}
