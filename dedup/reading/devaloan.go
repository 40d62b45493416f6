package reading

import (
	"strings"
	"unicode"
)

// Hindi writes a word taken from English in Devanagari by its sound
// (hindi_loanword): लकी laki is Lucky, कॉकटेल koktel Cocktail, टाइम taim
// Time, स्लमडॉग slamdog Slumdog, मिलियनेयर miliyaneyar Millionaire. The
// reading's vowels are the sound's, English's its spelling's, so the two
// compare by their consonants, once the spellings English has for one
// sound are folded (ck, c before a back vowel, q as k; c before e, i or y
// as s; ph as f; x as ks; w as v; z as j, as Hindi writes it without a
// nukta; a double consonant single; an h after a consonant other than s
// and c unwritten, as the aspirates Hindi hears in English t, d, k and p),
// and a y or w that no vowel follows, or that a vowel has before it and
// another after it (बॉय boy, मिलियनेयर), left out as the glide it is; and
// by the first vowel, the stressed one, and the last (devaLoanVowels). A
// word whose reading ends in a vowel meets an English word that ends in
// one it says (Lucky, not Luck); a final e after a consonant is silent
// (Time taim). The last vowel keeps names apart that
// share their consonants (सोनू Sonu, Sana), and the number of syllables
// (vowels, with a glide's vowel the one before it) a Hindi word from
// another of its consonants (सुनना Sunna, Sunana, a causative). Either
// word must be shaped as a loanword (devaLoanShaped, englishSpelled).

// minDevaLoanConsonants is the fewest consonants a Devanagari loanword
// match needs: लकी (lk) and Lucky; बॉय (b) has too few to tell.
const minDevaLoanConsonants = 2

// DevaLoanSpells reports whether latin, a folded Latin word, is the
// English word that tok, a folded Devanagari word, writes by its sound
// (hindi_loanword).
func DevaLoanSpells(tok, latin string) bool {
	tok, _ = AsDevanagari(tok)
	if !inScript(tok, unicode.Devanagari) || latin == "" {
		return false
	}
	for i := 0; i < len(latin); i++ {
		if c := latin[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	h, hv, hl, hn, hEnd := devaLoanSkeleton(devanagari([]rune(tok)), false)
	if len(h) < minDevaLoanConsonants {
		return false
	}
	if !devaLoanShaped([]rune(tok)) && !englishSpelled(latin) {
		return false
	}
	e, ev, el, en, eEnd := devaLoanSkeleton(latin, true)
	n := len(latin)
	ea := latin[n-1] == 'y' || n >= 3 && latin[n-1] == 'e' && !isVowel(latin[n-2])
	return h == e && hn == en && hEnd == eEnd && devaLoanVowelAgrees(hv, ev, ea) && devaLoanVowelAgrees(hl, el, ea)
}

// devaLoanShaped reports whether a Devanagari word is written as only a
// word from another language is: with ऑ (कॉकटेल, बॉय), or with two
// consonants at its start (स्लमडॉग, ब्लू).
func devaLoanShaped(rs []rune) bool {
	for i, r := range rs {
		if r == 'ॉ' || r == 'ऑ' || r == devaVirama && i <= 2 {
			return true
		}
	}
	return false
}

// englishSpelled reports whether a Latin word has a spelling English has
// and Hindi written in Latin letters has not: a c not in ch, q, x, ck, a
// doubled consonant, a y that ends it after a consonant, or a silent e
// (Lucky, Gully, Time, Disco), so that Hindi words written as fans spell
// them (Dum, Kul, Deal) are no loanwords.
func englishSpelled(s string) bool {
	n := len(s)
	for i := 0; i < n; i++ {
		c := s[i]
		switch {
		case c == 'q' || c == 'x' || c == 'c' && byteAt(s, i+1) != 'h':
			return true
		case i > 0 && c == s[i-1] && !isVowel(c) && c != 'h':
			return true
		}
	}
	return n >= 3 && s[n-1] == 'y' && !isVowel(s[n-2]) ||
		n >= 4 && s[n-1] == 'e' && !isVowel(s[n-2]) && isVowel(s[n-3])
}

// devaLoanVowels are the English vowel runs (by their first letters) a
// Hindi reading's vowel is written with in a loanword. An English a read
// e is the a of a word that ends in a silent e or a y (Game गेम, Baby
// बेबी), so that तेरा tera and Tara stay apart (devaLoanEA).
var devaLoanVowels = map[string][]string{
	"a": {"u", "a", "o"}, "ai": {"i", "y", "ei", "ai"}, "i": {"i", "e", "y"},
	"e": {"e", "ai", "ay"}, "u": {"u", "o"}, "o": {"o", "a", "w"}, "au": {"o", "a", "w"},
}

func devaLoanVowelAgrees(hv, ev string, ea bool) bool {
	if hv == "" || ev == "" {
		return hv == ev
	}
	allowed, ok := devaLoanVowels[hv]
	if !ok {
		allowed = devaLoanVowels[hv[:1]]
	}
	for _, a := range allowed {
		if strings.HasPrefix(ev, a) {
			return true
		}
	}
	return ea && hv == "e" && ev[0] == 'a'
}

// devaLoanSkeleton returns the folded consonants of s (a Hindi reading, or
// an English spelling when english is set), its first vowel run, and
// whether it ends in a vowel it says.
func devaLoanSkeleton(s string, english bool) (skel, first, last string, runs int, vowelEnd bool) {
	plain := func(i int) bool { return i >= 0 && i < len(s) && strings.IndexByte("aeiou", s[i]) >= 0 }
	// An English y after a consonant that no vowel follows is a vowel
	// (Lucky, My).
	vowel := func(i int) bool {
		return plain(i) || english && i > 0 && i < len(s) && s[i] == 'y' && !plain(i-1) && !plain(i+1)
	}
	var b []byte
	afterVowel := false
	emit := func(c byte) {
		if afterVowel || len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
		afterVowel = false
	}
	n := len(s)
	silentE := english && n >= 3 && s[n-1] == 'e' && !vowel(n-2) && strings.ContainsAny(s[:n-2], "aeiouy")
	if silentE {
		s = s[:n-1]
	}
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		if vowel(i) {
			run := s[i : i+1]
			if vowel(i + 1) {
				run = s[i : i+2]
			}
			if first == "" {
				first = run
			}
			if !vowel(i-1) && !(i >= 2 && (s[i-1] == 'y' || s[i-1] == 'w') && vowel(i-2)) {
				// A vowel after a glide is the vowel run's (मिलियनेयर
				// mi-liya-neyar, Mil-lio-naire).
				last = run
				runs++
			}
			afterVowel = true
			continue
		}
		switch {
		case c == 'y' || c == 'w':
			// A glide: a consonant only before a vowel with no vowel
			// before it.
			if plain(i+1) && !vowel(i-1) {
				emit(map[byte]byte{'y': 'y', 'w': 'v'}[c])
			}
		case c == 'h':
			if i == 0 || s[i-1] == 's' || s[i-1] == 'c' || vowel(i-1) && plain(i+1) {
				emit('h')
			}
		case english && c == 'c' && next == 'k', english && c == 'q':
			emit('k')
		case english && c == 'c' && next != 'h':
			if next == 'e' || next == 'i' || next == 'y' {
				emit('s')
			} else {
				emit('k')
			}
		case c == 'p' && next == 'h':
			emit('f')
			i++
		case english && c == 'x':
			emit('k')
			emit('s')
		case c == 'z':
			emit('j')
		case c >= 'a' && c <= 'z':
			emit(c)
		}
	}
	n = len(s)
	vowelEnd = n > 0 && !silentE && (vowel(n-1) || s[n-1] == 'y' && plain(n-2))
	return string(b), first, last, runs, vowelEnd
}

// devaLetterNames are the English letters' names as Hindi writes them.
var devaLetterNames = map[string]byte{
	"ए": 'a', "बी": 'b', "सी": 'c', "डी": 'd', "ई": 'e', "एफ": 'f', "जी": 'g', "एच": 'h',
	"आई": 'i', "जे": 'j', "के": 'k', "एल": 'l', "एम": 'm', "एन": 'n', "ओ": 'o', "पी": 'p',
	"क्यू": 'q', "आर": 'r', "एस": 's', "टी": 't', "यू": 'u', "वी": 'v', "डब्ल्यू": 'w',
	"एक्स": 'x', "वाई": 'y', "जेड": 'z', "ज़ेड": 'z',
}

// maxLetterName is the longest name of devaLetterNames, in runes.
const maxLetterName = 7

// DevaInitials returns the Latin letters a folded Devanagari word spells
// by their names, two of them or more (hindi_letter_names): initials as
// Hindi writes them, एआर for A.R. (ए.आर. रहमान, A.R. Rahman), आरडी for R.D.
// (आर.डी. बर्मन, R.D. Burman), एसपी for S.P.; "" when the word is not
// letter names alone. A lone letter's name is a word as often (ए, ओ, आर).
func DevaInitials(tok string) string {
	rs := []rune(tok)
	// at[i]: the letters that spell rs[:i], or nil.
	at := make([][]byte, len(rs)+1)
	at[0] = []byte{}
	for i := range rs {
		if at[i] == nil {
			continue
		}
		for n := 1; n <= maxLetterName && i+n <= len(rs); n++ {
			if c, ok := devaLetterNames[string(rs[i:i+n])]; ok && at[i+n] == nil {
				at[i+n] = append(append([]byte{}, at[i]...), c)
			}
		}
	}
	if l := at[len(rs)]; len(l) >= minLetterNames {
		return string(l)
	}
	return ""
}
