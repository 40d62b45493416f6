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

// AreLatinInitials reports whether w is the initials of words written in
// Latin letters as AreInitials reads a name from another script: a word
// that starts with a vowel may give the heads of its first two syllables
// (EKV for Ekatarina Velika, the Latin spelling of Екатарина Велика). A
// caller asks for more evidence than the names (initials_latin).
//
// Initials that one letter of each word spells (TLC for The Lonely Crowd,
// JLS) are any name's of those letters: it reports true only when w needs
// a head of two letters, one letter of the name's own script that its
// Latin spelling writes with two (KiSh for Korol i Shut, Король и Шут) or
// the onset of a word that starts with a vowel (EKV), as fans abbreviate a
// name in its own script.
func AreLatinInitials(words []string, w string) bool {
	heads := initialHeadsOf(words, onsetAny)
	if !headsSpell(heads, w) {
		return false
	}
	for i := range heads {
		heads[i] = heads[i][:1]
	}
	return !headsSpell(heads, w)
}

// Which words' vowel onsets give initials (initialHeadsOf).
const (
	onsetNone = iota
	onsetRead // words read from another script
	onsetAny  // every word
)

func areInitials(words []string, w string, onset bool) bool {
	mode := onsetNone
	if onset {
		mode = onsetRead
	}
	return headsSpell(initialHeadsOf(words, mode), w)
}

// headsSpell reports whether w is spelled by one of each of heads, in order.
func headsSpell(heads [][]string, w string) bool {
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

// initialHeadsOf returns the heads each word or Hangul syllable of a name
// may give its initials (see syllableHeads), or nil when one gives none.
func initialHeadsOf(words []string, onset int) [][]string {
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
		if read && onset == onsetRead || onset == onsetAny {
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
// for a word that starts with a consonant. A Latin word of its own gives
// it only to AreLatinInitials, which asks for more evidence (Electric
// Light Orchestra is ELO, never ELLO): initials_vowel_onset.
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
