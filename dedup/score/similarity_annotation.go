package score

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// annotations leaves out of one track what its upload writes beside the
// title it shares with the other side, in parts of the raw title of their
// own: an album, a label and catalogue number, a translation, a place and
// date ("Catherine Spaak : Ieri = Gruppo Facebook", "Oscar Peterson -
// Yesterday (Motions & Emotions 1969)", "Zemfira - Khochesh (Do You
// Want?)" against the plain title by the same artist). Such words are
// glosses (phaseGloss): neither evidence nor an extra word. It holds only
// when the artists agree (artistsAgree) and the other track has every word
// matched; see annotationGlosses for what an annotation is. It reports
// whether a side had one.
func (s *scorer) annotations() bool {
	if !s.artistsAgree {
		return false
	}
	if s.b.trackMatched(s.phB) && s.a.annotationGlosses(s.phA) {
		return true
	}
	return s.a.trackMatched(s.phA) && s.b.annotationGlosses(s.phB)
}

// trackMatched reports whether every word of p's track, light ones aside,
// was paired with a word of the other track or is a gloss, and one that is
// no light word was paired.
func (p *side) trackMatched(ph []phase) bool {
	tr := p.track()
	matched := false
	for i := tr.lo; i < tr.hi; i++ {
		switch {
		case ph[i] == phaseTrack && !p.toks[i].light:
			matched = true
		case ph[i] == phaseNone && !p.toks[i].light:
			return false
		}
	}
	return matched
}

// annotationMinWords is the fewest words (light words and numbers aside)
// an annotation holds. A single word in brackets names another take as
// often as it notes something ("(Reprise)", "(Dub)", a live take in a
// language the version table does not know), so it stays an extra word.
const annotationMinWords = 2

// annotationGlosses marks p's unmatched track words as glosses (and
// reports true) when they are an annotation: they fill whole parts of the
// raw title (rawSegments) that hold none of p's matched track words, all
// of p's unmatched words are in such parts, they hold at least
// annotationMinWords words, and none of them is a version word, a word by
// which a part calls itself a version (versionMarkers) or one that
// introduces a part number ("Part", "Vol."): a version or another part is
// another recording, never a note. Words glued to the shared title ("Let
// It Be Me", "Three Little Birds Dub") are in its part and stay extra
// words.
func (p *side) annotationGlosses(ph []phase) bool {
	tr := p.track()
	var marked []int
	words := 0
	taken := func(i int) bool {
		for _, j := range marked {
			if j == i {
				return true
			}
		}
		return false
	}
	for _, seg := range rawSegments(p.title.Raw) {
		var own []int
		shared := false
		for _, w := range seg {
			found, matched := -1, false
			for i := tr.lo; i < tr.hi && found < 0; i++ {
				switch {
				case p.toks[i].text != w:
				case ph[i] == phaseNone && !taken(i) && !containsInt(own, i):
					found = i
				case ph[i] != phaseNone && ph[i] != phaseGloss:
					matched = true
				}
			}
			if found >= 0 {
				own = append(own, found)
			} else if matched {
				shared = true // the part holds the shared track
			}
		}
		if !shared {
			marked = append(marked, own...)
		}
	}
	for i := tr.lo; i < tr.hi; i++ {
		tk := &p.toks[i]
		if ph[i] != phaseNone {
			continue
		}
		if !taken(i) {
			if tk.light {
				continue
			}
			return false
		}
		if _, ok := title.VersionWord(tk.text); ok || numberMarkers[tk.canon] || versionMarkers[tk.canon] {
			return false
		}
		if !tk.light && !tk.num {
			words++
		}
	}
	if words < annotationMinWords {
		return false
	}
	for _, i := range marked {
		ph[i] = phaseGloss
	}
	return true
}

// versionMarkers are the words by which a part of a title calls itself
// another recording or another video of the title: a version ("(Japanese
// ver.)", "(English Version)"), a parody ("Oh Juliana PARÓDIA"), a dance
// or a stage ("(Choreography Practice Video)", "DANCE PRACTICE VIDEO",
// "Performance Video", "Fan Performance", "relay dance"), a teaser or a
// trailer ("(Song Teaser)", "Song Trailer"). Never a note, whatever the
// words beside them.
var versionMarkers = map[string]bool{
	"version": true, "versions": true, "ver": true, "versao": true, "parody": true, "parodia": true,
	"practice": true, "choreography": true, "performance": true, "relay": true,
	"teaser": true, "trailer": true,
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// rawSegments cuts the folded raw title into its parts, each as its words
// (letters and digits only): at brackets of any kind, at a dash with a
// space beside it (not the hyphen of "Si-kyung"), and at "|", "~", "=",
// ":", "@", "•" and "·". A "/" is no cut: it joins two titles ("Penny Lane
// / Strawberry Fields Forever", "Numb/Encore") as often as it notes
// anything.
func rawSegments(raw string) [][]string {
	f := []rune(title.Fold(raw))
	var segs [][]string
	var cur []string
	var word strings.Builder
	flushWord := func() {
		if word.Len() > 0 {
			cur = append(cur, word.String())
			word.Reset()
		}
	}
	flushSeg := func() {
		flushWord()
		if len(cur) > 0 {
			segs = append(segs, cur)
			cur = nil
		}
	}
	for i, r := range f {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			word.WriteRune(r)
		case unicode.IsSpace(r):
			flushWord()
		case r == '-':
			if i == 0 || i == len(f)-1 || unicode.IsSpace(f[i-1]) || unicode.IsSpace(f[i+1]) {
				flushSeg()
			}
		case strings.ContainsRune(segmentCuts, r) || unicode.In(r, unicode.Ps, unicode.Pe):
			flushSeg()
		}
	}
	flushSeg()
	return segs
}

// segmentCuts are the characters besides brackets and spaced dashes that
// cut a raw title into parts (see rawSegments).
const segmentCuts = "|~=:@•·【】「」『』《》〈〉<>"

// glossWords quotes the track words of both sides left out as glosses.
func (s *scorer) glossWords() []string {
	var words []string
	for _, p := range []struct {
		s  *side
		ph []phase
	}{{&s.a, s.phA}, {&s.b, s.phB}} {
		tr := p.s.track()
		for i := tr.lo; i < tr.hi; i++ {
			if p.ph[i] == phaseGloss {
				words = append(words, strconv.Quote(p.s.toks[i].text))
			}
		}
	}
	return words
}
