package reading

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The other Indic scripts (Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
// Telugu, Kannada, Malayalam) have blocks of 128 code points laid out as
// Devanagari's (the ISCII order): a letter at the same offset in its block
// is the same sound. They read as their letters written in Devanagari,
// with the spelling of their languages (indicSpelling): Bengali says an
// inherent vowel o as often as a (মন Mon, চিনতে Chinte), and the Dravidian
// languages (Tamil, Telugu, Kannada, Malayalam) say every inherent vowel,
// the last one too (மரண மட்ட Marana Matta).

const (
	indicFirst     = 0x0980 // the Bengali block, the first after Devanagari's
	indicBlock     = 0x80
	indicLast      = 0x0D7F // the end of the Malayalam block
	indicDravidian = 0x0B80 // the Tamil block, the first Dravidian one
	indicBengali   = 0x0980
	indicOriya     = 0x0B00
	indicTamil     = 0x0B80
)

// indicSpecial are the letters of the other scripts that have no letter
// at their offset in Devanagari, as Devanagari writes them.
var indicSpecial = map[rune][]rune{
	'ৎ': {'त', devaVirama},                         // Bengali khanda ta
	'ੰ': {devaAnusvara},                            // Gurmukhi tippi
	'ൺ': {'ण', devaVirama}, 'ൻ': {'न', devaVirama}, // Malayalam chillus
	'ർ': {'र', devaVirama}, 'ൽ': {'ल', devaVirama},
	'ൾ': {'ळ', devaVirama}, 'ൿ': {'क', devaVirama},
}

// gurmukhiAddak is the Gurmukhi mark that doubles the consonant after it.
const gurmukhiAddak = 'ੱ'

// isIndic reports whether r is a letter or sign of one of the other Indic
// scripts read through Devanagari.
func isIndic(r rune) bool { return r >= indicFirst && r <= indicLast }

// Indic reports whether tok is written in Devanagari or in another Indic
// script read through it.
func Indic(tok string) bool {
	for _, r := range tok {
		if isIndic(r) || unicode.Is(unicode.Devanagari, r) {
			return true
		}
	}
	return false
}

// indicSpelling is how the language of a run of Indic letters says the
// inherent vowels Devanagari spelling leaves to the reader.
type indicSpelling struct {
	dravidian bool // every inherent vowel said, the last one too
	inherentO bool // an inherent vowel said o (Bengali, Oriya)
}

// spellingOf returns the spelling of the script of r.
func spellingOf(r rune) indicSpelling {
	block := indicFirst + (r-indicFirst)/indicBlock*indicBlock
	return indicSpelling{dravidian: block >= indicDravidian, inherentO: block == indicBengali || block == indicOriya}
}

// AsDevanagari returns tok with the letters of the other Indic scripts
// written in Devanagari, and the spelling of the first such letter's
// language; tok as it is when it has none.
func AsDevanagari(tok string) (string, indicSpelling) {
	rs := []rune(norm.NFC.String(tok))
	var sp indicSpelling
	found := false
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !isIndic(r) {
			out = append(out, r)
			continue
		}
		if !found {
			sp, found = spellingOf(r), true
		}
		if r == gurmukhiAddak {
			if i+1 < len(rs) && isIndic(rs[i+1]) {
				out = append(out, indicToDeva(rs[i+1]), devaVirama)
			}
			continue
		}
		if s, ok := indicSpecial[r]; ok {
			out = append(out, s...)
			continue
		}
		d := indicToDeva(r)
		if tamil(r) && !tamilDoubled(rs[i:]) {
			d = tamilStop(d, out)
		}
		out = append(out, d)
	}
	if !found {
		return tok, sp
	}
	// Letters with a nukta precomposed (ড় as U+095C) decompose in NFC, as
	// the Devanagari reading expects them.
	return norm.NFC.String(string(out)), sp
}

// indicToDeva is the Devanagari letter at r's offset in its block.
func indicToDeva(r rune) rune { return 0x0900 + (r-indicFirst)%indicBlock }

// indic reads a run of an Indic script other than Devanagari.
func indic(rs []rune) string {
	d, sp := AsDevanagari(string(rs))
	return devanagariAs([]rune(d), devaSpelling{keepFinal: sp.dravidian})
}

// indicAlternates are the other spellings of a word in an Indic script
// other than Devanagari: Devanagari's (devanagariAlternates), and, for
// Bengali and Oriya, its inherent vowels said o.
func indicAlternates(tok string) []string {
	d, sp := AsDevanagari(tok)
	rs := []rune(d)
	if sp.dravidian {
		return nil
	}
	alts := devanagariAlternates(rs)
	if sp.inherentO {
		for _, alt := range []string{devanagariAs(rs, devaSpelling{inherentO: true}), devanagariAs(rs, devaSpelling{inherentO: true, keepSchwa: true})} {
			if alt != devanagari(rs) && !containsString(alts, alt) {
				alts = append(alts, alt)
			}
		}
	}
	return alts
}

// tamil reports whether r is in the Tamil block.
func tamil(r rune) bool { return r >= indicTamil && r < indicTamil+indicBlock }

// tamilDoubled reports whether rs begins with a Tamil consonant doubled
// (ட்ட), which is said voiceless.
func tamilDoubled(rs []rune) bool {
	return len(rs) >= 3 && rs[1] == tamilPulli && rs[2] == rs[0]
}

// tamilPulli is Tamil's virama.
const tamilPulli = '\u0BCD'

// tamilVoiced are the stops Tamil writes with one letter for the voiceless
// and the voiced sound, and the sound each has between vowels (ச as s, த as
// dh, as fans write them: Kaadhal, Pasanga) and after a nasal (ச as j).
var tamilVoiced = map[rune][2]rune{
	'क': {'ग', 'ग'}, 'च': {'स', 'ज'}, 'ट': {'ड', 'ड'}, 'त': {'ध', 'द'}, 'प': {'ब', 'ब'},
}

// tamilStop is d, a Tamil letter in Devanagari, said as Tamil says it
// after prev, the letters of the word before it: a stop voiced between
// vowels and after a nasal, voiceless at the start of the word and doubled
// (மட்ட matta, வாத்தி vaatti, காதல் kaadhal, தங்கம் thangam); த at the start th
// (தமிழ் thamizh).
func tamilStop(d rune, prev []rune) rune {
	v, ok := tamilVoiced[d]
	if !ok {
		return d
	}
	n := len(prev)
	if n == 0 || !isIndicLetter(prev[n-1]) {
		if d == 'त' {
			return 'थ'
		}
		return d
	}
	last := prev[n-1]
	if last != devaVirama {
		return v[0]
	}
	if n >= 2 && strings.ContainsRune("ङञणनमऩ", prev[n-2]) {
		return v[1]
	}
	return d
}

// isIndicLetter reports whether r, in Devanagari, is a letter or sign of
// a word (not a space or a mark of another script).
func isIndicLetter(r rune) bool { return unicode.Is(unicode.Devanagari, r) }
