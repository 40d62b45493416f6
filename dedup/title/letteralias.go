package title

import "unicode/utf8"

// letterBesideWords reports whether latin, the Latin run of an artist
// part's words a, is a single letter beside words in another script that
// are more than one short name: "어떤사람 A" (the title "어떤 사람 A", a
// person A) or "사랑의 노래 B" is a title with its letter, not a name
// with its Latin spelling as "뷔 V" or "비 B" is (letter_beside_words).
// others is how many words of a are not in latin.
func letterBesideWords(latin []string, others int, a []string) bool {
	if len(latin) != 1 || utf8.RuneCountInString(latin[0]) != 1 {
		return false
	}
	if others > 1 {
		return true
	}
	for _, w := range a {
		if w != latin[0] {
			return utf8.RuneCountInString(w) > 2
		}
	}
	return false
}
