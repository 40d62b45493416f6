package reading

import (
	"strings"
	"unicode"
)

// Initials returns the initials of a name as fans abbreviate it, one a
// word or, for a word in Hangul, one a syllable: the first letter of each
// word's reading or spelling, or its first two where they write one sound
// (sh, ch, zh, kh, ts), in every combination: Король и Шут (korol i shut)
// kis and kish, 소녀시대 (so nyeo si dae) snsd. words are a name's folded
// words; the result is empty for a name of one word and one syllable.
func Initials(words []string) []string {
	var heads [][]string
	for _, w := range words {
		if isHangulSyllables([]rune(w)) {
			for _, r := range w {
				h := syllableHeads(hangul([]rune{r}))
				if h == nil {
					return nil
				}
				heads = append(heads, h)
			}
			continue
		}
		spelling := w
		if r, ok := Of(w, 0); ok {
			spelling = strings.ReplaceAll(r, " ", "")
		}
		h := syllableHeads(spelling)
		if h == nil {
			return nil
		}
		heads = append(heads, h)
	}
	if len(heads) < 2 {
		return nil
	}
	out := []string{""}
	for _, h := range heads {
		next := make([]string, 0, len(out)*len(h))
		for _, prefix := range out {
			for _, x := range h {
				next = append(next, prefix+x)
			}
		}
		out = next
	}
	return out
}

// syllableHeads returns the first letter of a Latin spelling, and its
// first two when they write one sound; nil when it starts with no letter.
func syllableHeads(s string) []string {
	if s == "" || !unicode.IsLetter(rune(s[0])) || s[0] >= 0x80 {
		return nil
	}
	heads := []string{s[:1]}
	if len(s) >= 2 && strings.Contains("sh ch zh kh ts", s[:2]) && s[1] != ' ' {
		heads = append(heads, s[:2])
	}
	return heads
}
