package reading

import "regexp"

// romajiWord matches a Latin word written as Japanese syllables in the
// Hepburn romanization fans use: each syllable a vowel after at most one
// consonant (with a y glide or doubled: ky, kk, tch), or a syllabic n.
var romajiWord = regexp.MustCompile(`^(?:(?:[kstp]?(?:ch|sh|ts|[kgnhbpmr]y|[kgsztdnhbpmrfjwy]))?[aeiou]|n)+$`)

// RomajiSyllables reports whether every word of words, in lower case, is
// written in Japanese syllables ("nan demo nai ya", "zen zen zense"), which
// English words of a consonant end ("to get her", "i am who i am") are
// not: the sign of a romanized word split by the syllables fans hear
// (romanized_compound).
func RomajiSyllables(words []string) bool {
	for _, w := range words {
		if !romajiWord.MatchString(w) {
			return false
		}
	}
	return len(words) > 0
}

// Kana reports whether tok holds a kana letter (not the prolonged sound
// mark alone).
func Kana(tok string) bool {
	for _, r := range tok {
		if isKana(r) && r != 0x30FC {
			return true
		}
	}
	return false
}

// Romaji folds a Latin spelling of Japanese, a Hepburn reading or a fan's,
// to the form Loose gives, a long i written y read as i first (Kyary for
// きゃりー, kyari; Pamyu stays): in romaji a y stands before a vowel only,
// so a y after a consonant and before another letter or at the end is a
// fan's long i (japanese_romaji). A y after a vowel stays: "ay", "ey",
// "oy" are English's own (Monday is no mondai, Today no todai). Compare a
// Japanese word's reading with a Latin spelling, both folded.
func Romaji(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'y' && i > 0 && !isVowel(s[i-1]) && !isVowel(byteAt(s, i+1)) {
			c = 'i'
		}
		b = append(b, c)
	}
	return Loose(string(b))
}
