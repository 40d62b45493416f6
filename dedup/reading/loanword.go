package reading

import "strings"

// Loanwords: Japanese writes a word taken from English in katakana, by
// its sound, with a vowel after each consonant that English ends a
// syllable with (プラスティック・ラブ purasutikku rabu, Plastic Love;
// ドライフラワー doraifurawa, Dry Flower; スピッツ supittsu, Spitz). The
// vowels of the two spellings do not compare, their consonants do, once
// the sounds Japanese lacks are folded to the ones it writes them with: l
// as r, v as b, th as s, z as s, c as k (s before e, i and y), an r or a w
// that no vowel follows unwritten (flower, furawa), a final g after n
// dropped (Teng, ten). A word that ends in a (ドライフラワー doraifurawa) is
// an English word that ends in a or in an r after a vowel (Dry Flower), and
// the other way round: ラブ rabu is Love, not Lover (ラバー).

// minLoanConsonants is the fewest consonants a loanword match needs: ラブ
// (rb) and Love.
const minLoanConsonants = 2

// Katakana reports whether tok is written in katakana only (with the
// prolonged sound mark), as loanwords are.
func Katakana(tok string) bool {
	if tok == "" {
		return false
	}
	for _, r := range tok {
		if !(r >= 0x30A1 && r <= 0x30FA || r == 0x30FC) {
			return false
		}
	}
	return true
}

// LoanSpells reports whether latin, an English spelling (Latin words
// joined, lower case), has the consonants of kana, the Hepburn reading of
// a katakana word (see Katakana): ラブ's rabu and Love.
func LoanSpells(kana, latin string) bool {
	k := loanSkeleton(kana, false)
	return len(strings.TrimSuffix(k, "A")) >= minLoanConsonants && k == loanSkeleton(latin, true)
}

// loanSkeleton returns the consonants of a Hepburn reading (english false)
// or of an English spelling, folded as a katakana spelling writes them.
func loanSkeleton(s string, english bool) string {
	b := make(foldBuf, 0, len(s))
	emit := b.emit
	vowel := func(i int) bool { return i < len(s) && strings.IndexByte("aeiouy", s[i]) >= 0 }
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0:
		case c == 's' && next == 'h', c == 'c' && next == 'h':
			emit(c)
			i++
		case c == 't' && next == 'h' && english:
			emit('s')
			i++
		case c == 'p' && next == 'h' && english:
			emit('f')
			i++
		case c == 'g' && next == 'h' && english:
			i++ // night, naito
		case c == 'c' && english:
			if strings.IndexByte("eiy", next) >= 0 {
				emit('s')
			} else {
				emit('k')
			}
		case c == 'q', c == 'k':
			emit('k')
		case c == 'x':
			emit('k')
			emit('s')
		case c == 'z':
			emit('s')
		case c == 'l', c == 'r' && (!english || vowel(i+1)):
			emit('r')
		case c == 'r':
			// An English r no vowel follows: flower, furawa.
		case c == 'w' && english && !vowel(i+1):
		case c == 'v':
			emit('b')
		default:
			emit(c)
		}
	}
	if n := len(b); n >= 2 && b[n-1] == 'g' && b[n-2] == 'n' {
		b = b[:n-1]
	}
	if n := len(s); n >= 2 && (s[n-1] == 'a' || english && s[n-1] == 'r' && strings.IndexByte("aeiou", s[n-2]) >= 0) {
		b = append(b, 'A')
	}
	return string(b)
}
