package reading

import (
	"strings"
	"unicode"
)

// AreInitials reports whether w is the initials of a name as fans
// abbreviate it, one letter a word or, for a word in Hangul, one a
// syllable: the first letter of each word's reading or spelling, or its
// first two where they write one sound (sh, ch, zh, kh, ts), or, for a
// word read from another script that starts with a vowel, the heads of
// its first two syllables (vowelOnset). Король и Шут (korol i shut) has
// kis and kish, Екатарина Велика ekv, 소녀시대 (so nyeo si dae) snsd. words
// are a name's folded words, w folded; a name of one word and one
// syllable has none. w is matched head by head, each head of two letters
// or one: the combinations are never listed, as their number doubles with
// each head of two letters (a name of 30 syllables has a billion).
func AreInitials(words []string, w string) bool {
	return areInitials(words, w, true)
}

// AreInitialsByWordHeads reports whether w is the initials of words
// without a vowel-initial word's second syllable (AreInitials with no
// vowelOnset): "ekv" is Екатарина Велика's by AreInitials alone, "ev" by
// both. A vowelOnset head makes three-letter initials of a two-word name,
// and three letters meet many acts' names ("IRA" for Ирина Аллегрова), so
// a caller asks for more evidence when only AreInitials holds.
func AreInitialsByWordHeads(words []string, w string) bool {
	return areInitials(words, w, false)
}

func areInitials(words []string, w string, onset bool) bool {
	heads := initialHeads(words, onset)
	if len(heads) < 2 || len(w) < len(heads) || len(w) > 2*len(heads) {
		return false
	}
	// at[i]: the heads so far spell w[:i].
	at := make([]bool, len(w)+1)
	next := make([]bool, len(w)+1)
	at[0] = true
	for _, h := range heads {
		clear(next)
		found := false
		for i, ok := range at {
			if !ok {
				continue
			}
			for _, x := range h {
				if strings.HasPrefix(w[i:], x) {
					next[i+len(x)] = true
					found = true
				}
			}
		}
		if !found {
			return false
		}
		at, next = next, at
	}
	return at[len(w)]
}

// initialHeads returns the heads each word or Hangul syllable of a name
// may give its initials (see syllableHeads), or nil when one gives none.
func initialHeads(words []string, onset bool) [][]string {
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
		spelling, read := w, false
		if r, ok := Of(w, 0); ok {
			spelling, read = strings.ReplaceAll(r, " ", ""), true
		}
		h := syllableHeads(spelling)
		if h == nil {
			return nil
		}
		if read && onset {
			if v := vowelOnset(spelling); v != "" {
				h = append(h, v)
			}
		}
		heads = append(heads, h)
	}
	return heads
}

// vowelOnset returns, for the reading of a word that starts with a vowel,
// the vowel and the first consonant after it, the heads of its first two
// syllables: a name read from another script whose first syllable is a
// bare vowel may give both (Екатарина Велика, ekatarina velika: EKV;
// Агата Кристи: AgK), as a Hangul name gives each of its syllables. ""
// for a word that starts with a consonant, or a Latin word of its own
// (Electric Light Orchestra is ELO, never ELLO): initials_vowel_onset.
func vowelOnset(s string) string {
	if s == "" || !isVowel(s[0]) {
		return ""
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isVowel(c) {
			if c < 'a' || c > 'z' {
				return ""
			}
			return s[:1] + s[i:i+1]
		}
	}
	return ""
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
