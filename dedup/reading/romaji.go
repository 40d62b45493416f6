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
