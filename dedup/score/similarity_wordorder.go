package score

import (
	"cmp"
	"slices"
)

// Word order. Tokens align by what they are, not where they stand, so
// "Four for Three" and "Three for Four", or "Love of My Life" and "Life of
// My Love", meet word for word and score 1. A track is its words in their
// order: the same words in another order are another title more often
// than one title written two ways. Two exceptions are known: an
// alternative title in brackets written first ("No Can Do (I Can't Go For
// That)"), so the pair is held for a curator (word_order) instead of being
// called two songs; and a title that names no artist, whose words may be
// an artist and a track in either order ("Adele Hello" / "Hello Adele"),
// so that one part moved whole is no other order there.

// maxOrderWords is the longest track, in words, whose order is compared.
const maxOrderWords = 12

// reordered reports whether both tracks hold the same words, articles and
// "and" aside, at least two of them different, in another order, and,
// when a side names no artist, not one part of the track moved whole
// (see rotated).
func (s *scorer) reordered() bool {
	if s.readingsReordered() {
		return true
	}
	var a, b [maxOrderWords]string
	n, ok := heavyWords(s.a.toks[s.a.track().lo:], &a)
	if !ok || n < 2 {
		return false
	}
	if m, ok := heavyWords(s.b.toks[s.b.track().lo:], &b); !ok || m != n || a == b {
		return false
	}
	distinct := 0
	for i, w := range a[:n] {
		if count(a[:i], w) == 0 {
			distinct++
		}
		if count(a[:n], w) != count(b[:n], w) {
			return false
		}
	}
	if distinct < 2 {
		return false
	}
	return s.a.hasArtist() && s.b.hasArtist() || !rotated(a[:n], b[:n])
}

// readingsReordered reports whether both titles name their artists and
// the words of one track, read against the other's in another script,
// stand in another order there (दिल तुम / Tum Dil, تم حب / Hob Tam): the
// words compared are the Latin side's, so a word written twice may align
// either way ("दम मारो दम" / "Dum Maro Dum").
func (s *scorer) readingsReordered() bool {
	if !s.a.hasArtist() || !s.b.hasArtist() {
		return false
	}
	var byA, byB [maxOrderWords]pairRec
	n, read := 0, false
	for _, p := range s.pairs {
		if p.phase != phaseTrack {
			continue
		}
		if n == maxOrderWords {
			return false
		}
		byA[n] = p
		n++
		read = read || p.kind == kindReading || p.kind == kindNameReading
	}
	if !read || n < 2 {
		return false
	}
	byB = byA
	slices.SortFunc(byA[:n], func(x, y pairRec) int { return cmp.Compare(x.i, y.i) })
	slices.SortFunc(byB[:n], func(x, y pairRec) int { return cmp.Compare(x.j, y.j) })
	for k := range n {
		if s.b.toks[byA[k].j].canon != s.b.toks[byB[k].j].canon {
			return true
		}
	}
	return false
}

// heavyWords writes the canonical words of toks, articles and "and"
// aside, into words; ok is false when they are more than it holds.
func heavyWords(toks []token, words *[maxOrderWords]string) (n int, ok bool) {
	for i := range toks {
		if toks[i].light {
			continue
		}
		if n == maxOrderWords {
			return 0, false
		}
		words[n] = toks[i].canon
		n++
	}
	return n, true
}

// rotated reports whether b is a with its first k words moved to the end,
// for some k.
func rotated(a, b []string) bool {
	n := len(a)
	for k := 1; k < n; k++ {
		same := true
		for i := 0; i < n && same; i++ {
			same = a[(i+k)%n] == b[i]
		}
		if same {
			return true
		}
	}
	return false
}

// count counts the words of ws equal to w.
func count(ws []string, w string) int {
	n := 0
	for _, x := range ws {
		if x == w {
			n++
		}
	}
	return n
}
