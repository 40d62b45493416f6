package score

import (
	"strings"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/title"
)

// tokenVariants maps spellings that name the same word to one canonical
// form. Numerals map to digits so that "Part Two", "Pt. 2" and "Part II"
// agree; everything else is the informal spelling of a common word as
// YouTube uploaders write it. Numbers spelled as words join it from
// title.SpelledNumbers. Each row is a rule with its own test.
//
// Deliberately absent: "i" and "v" and "x" as roman numerals (a pronoun and
// letters in titles far more often than numbers), "no" for "number" ("No
// One" is not "Number One"), "lil" (an artist-name word, not a spelling of
// "little"), "ya" ("Hey Ya!" is not "Hey You") and "da" (a word in other
// languages).
var tokenVariants = map[string]string{
	// ordinals
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
	// roman numerals that are not also common words
	"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8",
	"ix": "9", "xi": "11", "xii": "12",
	// abbreviations
	"pt": "part", "prt": "part", "vol": "volume", "ch": "chapter", "chap": "chapter",
	"nr": "number", "num": "number",
	"&": "and", "n": "and", "+": "and",
	"w":  "with",
	"mr": "mister", "mrs": "missus", "st": "saint", "xmas": "christmas",
	// informal spellings
	"u": "you", "ur": "your", "yr": "your",
	"luv": "love", "nite": "night", "tonite": "tonight", "thru": "through",
	"tha": "the", "cuz": "because", "coz": "because", "cos": "because",
	"bout": "about", "til": "till", "ok": "okay", "kinda": "kind",
	"wanna": "want", "gonna": "going", "gotta": "got", "outta": "out",
	"gimme": "give", "lemme": "let", "ima": "im", "alright": "allright",
	"thang": "thing", "boi": "boy", "gurl": "girl", "grl": "girl",
}

// Numbers spelled as words ("two") take their digits, as title reads them
// (see title.SpelledNumbers).
func init() {
	for w, d := range title.SpelledNumbers {
		tokenVariants[w] = d
	}
}

// canonToken returns the canonical form of a normalized token.
func canonToken(tok string) string {
	if c, ok := tokenVariants[tok]; ok {
		return c
	}
	return tok
}

// isNumeric reports whether a canonical token names a number ("2", "2nd",
// "1999", "5,4,3"): such tokens only ever match exactly, because a typo
// tolerance that equates "1" and "2" would merge Part 1 into Part 2.
func isNumeric(canon string) bool {
	for i := 0; i < len(canon); i++ {
		if c := canon[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// Similarity of two tokens that are spellings of one word, but not the same
// string. Below 1 so that an exact match is preferred when both are on
// offer, above any typo so that a variant is preferred over a typo.
const (
	variantSim = 0.97
	// gDropSim is "lovin" against "loving": a spelling, not a typo.
	gDropSim = 0.95
	// typoFloor is the least similarity that counts as a typo. At 0.8 a
	// token of 5 letters may differ by one edit and one of 10 by two; words
	// of 4 letters or fewer never match by typo ("love"/"live",
	// "love"/"lose", "me"/"my" are different words).
	typoFloor = 0.8
	// minTypoLen is the shortest token (in runes) a typo may touch.
	minTypoLen = 5
)

// slipSim is the similarity of a slip of the keyboard (see slip) between
// two track words when the titles name the same artists: as good as a
// spelling variant, since a slip rarely makes another word and the artist
// confirms the song.
const slipSim = 0.95

// slip reports whether two distinct words differ by one slip of the
// keyboard that rarely makes another word: two adjacent letters swapped
// ("hlelo"/"hello"), a letter doubled or a double letter made single
// ("creeep"/"creep", "yelow"/"yellow", "sttreet"/"street"). Both words
// have four letters or more. A letter added or changed is no slip:
// "dear"/"deer", "yesterday"/"yesterdays" are other words.
func slip(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minSlipLen || !isLetters(a) || !isLetters(b) {
		return false
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		// b is a with one letter doubled.
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i > 0 && b[i] == b[i-1] && a[i:] == b[i+1:]
	}
	return false
}

// minSlipLen is the shortest word a slip may touch.
const minSlipLen = 4

// isLetters reports whether s is made of ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// isASCII reports whether s holds ASCII characters alone.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// typoSim returns the similarity of two distinct non-numeric tokens, or 0
// when they are not close: 1 - d/len, d the optimal-string-alignment
// distance (Damerau-Levenshtein with adjacent transpositions) of their
// canonical forms, floored at typoFloor. Two words that rhyme (rhymeOf)
// are not close.
func typoSim(x, y *token) float64 {
	if rhymeOf(x.canon, y.canon) {
		return 0 // "sadness"/"madness": another word
	}
	return typoSimStrings(x.canon, y.canon, x.runes, y.runes, x.mask, y.mask)
}

// typoSimStrings is typoSim on bare strings with their rune counts and
// letter masks (see letterMask), which a quick rejection uses.
func typoSimStrings(a, b string, la, lb int, maskA, maskB uint32) float64 {
	n := max(la, lb)
	maxD := int(float64(n) * (1 - typoFloor))
	if d := abs(la - lb); d > max(maxD, 1) {
		return 0 // most pairs end here, before any string is read
	}
	if s := gDrop(a, b); s > 0 {
		return s
	}
	if pluralOf(a, b) {
		return 0 // "yesterday"/"yesterdays", "dream"/"dreams": other titles
	}
	if negationOf(a, b) {
		return 0 // "conditional"/"unconditional": another word
	}
	if la < minTypoLen || lb < minTypoLen || maxD < 1 {
		return 0
	}
	// One edit changes the presence of at most two letters: a cheap way to
	// skip most unrelated pairs without computing a distance.
	if diff := popcount(maskA ^ maskB); diff > 2*maxD {
		return 0
	}
	d := osaDistance(a, b, maxD)
	if d > maxD {
		return 0
	}
	s := 1 - float64(d)/float64(n)
	if s < typoFloor {
		return 0
	}
	return s
}

// negatingPrefixes turn a word into its opposite (negated_word).
var negatingPrefixes = [...]string{"un", "im", "in", "ir", "il", "dis", "non"}

// negationOf reports whether one word is the other with a negating prefix
// (negated_word): "conditional"/"unconditional", "material"/"immaterial",
// "possible"/"impossible", "regular"/"irregular", "honest"/"dishonest" are
// a word and its opposite, never a spelling of one word.
func negationOf(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	d := len(b) - len(a)
	if d < 2 || d > 3 || !strings.HasSuffix(b, a) {
		return false
	}
	for _, p := range negatingPrefixes {
		if len(p) == d && strings.HasPrefix(b, p) {
			return true
		}
	}
	return false
}

// rhymeOf reports whether two words differ by their first letter alone
// (rhyme_word): "sadness"/"madness", "killer"/"filler", "night"/"light",
// "dance"/"lance" are two words that rhyme, never a slip of one, since a
// slip of typing or spelling keeps a word's first letter.
func rhymeOf(a, b string) bool {
	if len(a) != len(b) || len(a) < 2 || a[0] == b[0] || a[1:] != b[1:] {
		return false
	}
	return a[0] >= 'a' && a[0] <= 'z' && b[0] >= 'a' && b[0] <= 'z'
}

// pluralOf reports whether one word is the other with an "s" or "es"
// added: a plural or a possessive is another word, not a typo.
func pluralOf(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a) && (b[len(a):] == "s" || b[len(a):] == "es")
}

// gDrop recognizes a dropped final g ("lovin"/"loving", "nothin"/"nothing"),
// how titles spell colloquial verbs.
func gDrop(a, b string) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 4 && len(b) == len(a)+1 && b[len(b)-1] == 'g' && b[:len(a)] == a && a[len(a)-2:] == "in" {
		return gDropSim
	}
	return 0
}

// letterMask sets bit i for each letter 'a'+i in s, and bit 26 for any other
// rune.
func letterMask(s string) uint32 {
	var m uint32
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			m |= 1 << (r - 'a')
		} else {
			m |= 1 << 26
		}
	}
	return m
}

func popcount(x uint32) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// osaDistance returns the optimal-string-alignment distance of a and b, or
// some value above maxD as soon as the distance is known to exceed it. It
// works on runes, without allocating for tokens of up to 32 runes.
func osaDistance(a, b string, maxD int) int {
	var bufA, bufB [32]rune
	ra, rb := toRunes(a, bufA[:0]), toRunes(b, bufB[:0])
	n, m := len(ra), len(rb)
	if n > 31 || m > 31 {
		return maxD + 1 // long tokens are never typos of each other here
	}
	// Three rows of the dynamic programme: two back, one back, current.
	var r0, r1, r2 [32]int
	for j := 0; j <= m; j++ {
		r1[j] = j
	}
	for i := 1; i <= n; i++ {
		r2[0] = i
		rowMin := r2[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(r1[j]+1, r2[j-1]+1, r1[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, r0[j-2]+1)
			}
			r2[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > maxD {
			return maxD + 1
		}
		r0, r1 = r1, r2
	}
	return r1[m]
}

func toRunes(s string, buf []rune) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
