package score

import "github.com/songdedup/songdedup/dedup/reading"

// minArabicPairs is the fewest words of two Latin titles that must meet
// as two spellings of one Arabic word (arabicShape) for the titles to be
// read as romanized Arabic: one such pair alone is as often two words.
const minArabicPairs = 2

// arabicRomanized reports whether the two titles, both in Latin letters
// alone, are Arabic romanized by two fans (arabic_romanization): one of
// them reads as romanized Arabic (see arabicLatin), and at least
// minArabicPairs words of one meet words of the other, written otherwise,
// as two spellings of one Arabic word (reading.ArabicSpellings): "Haifa
// Wehbe - Boos El Wawa" / "Haifa Wahbi - Bous El Wawa", "Fairuz - Bint El
// Shalabiya" / "Fayrouz - Bint Al Shalabiyya", "Gana El Hawa" / "Jana Al
// Hawa", "Ala Hesb Wedad" / "3ala Hesb Widad". Arabic writes no short
// vowels, so each fan writes his own.
func (s *scorer) arabicRomanized() bool {
	if s.a.scripts || s.b.scripts || !s.a.arabicLatin() && !s.b.arabicLatin() {
		return false
	}
	A, B := s.a.toks, s.b.toks
	used := make([]bool, len(B))
	n := 0
	for i := range A {
		for j := range B {
			if !used[j] && reading.ArabicSpellings(A[i].text, B[j].text) {
				used[j] = true
				n++
				break
			}
		}
	}
	return n >= minArabicPairs
}

// arabicLatin reports whether p's title, in Latin letters alone, reads as
// romanized Arabic: the article el or al after the first word of its
// artist or its track (Majida El Roumi, Bint El Shalabiya, Kadim Al
// Sahir; not Al Green), or a word that writes a letter as a digit
// (reading.ArabiziShape: 3ala, 7abibi).
func (p *side) arabicLatin() bool {
	for i, tk := range p.toks {
		if (tk.text == "el" || tk.text == "al") && i != 0 && i != p.nArt && i != p.nArt+p.nFt {
			return true
		}
		if tk.num && reading.Arabizi(tk.text) {
			return true
		}
	}
	return false
}

// arabicPairs appends to pairs the unmatched words of sa and sb, written
// differently and in no pair yet, that spell one Arabic word
// (reading.ArabicSpellings).
func (s *scorer) arabicPairs(sa, sb tokRange, pairs []foldPair) []foldPair {
	A, B := s.a.toks, s.b.toks
	for i := sa.lo; i < sa.hi; i++ {
		if s.phA[i] != phaseNone || inFoldPair(pairs, i, -1) {
			continue
		}
		for j := sb.lo; j < sb.hi; j++ {
			if s.phB[j] != phaseNone || inFoldPair(pairs, -1, j) {
				continue
			}
			if reading.ArabicSpellings(A[i].text, B[j].text) {
				pairs = append(pairs, foldPair{i, j})
				break
			}
		}
	}
	return pairs
}

// inFoldPair reports whether word i of a or word j of b is in a pair.
func inFoldPair(pairs []foldPair, i, j int) bool {
	for _, p := range pairs {
		if p.i == i || p.j == j {
			return true
		}
	}
	return false
}
