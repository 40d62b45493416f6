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
	k, kv := loanSkeleton(kana, false)
	if len(strings.TrimSuffix(k, "A")) < minLoanConsonants {
		return false
	}
	e, ev := loanSkeleton(latin, true)
	return k == e && kanaVowelAgrees(kv, ev)
}

// kanaLoanVowels are the English letters each vowel of a Hepburn reading
// writes in a loanword: a for a, o, u, e and an r no vowel follows (Love
// rabu, Cut katto, Water wootaa, Girl gaaru), i for i, e and y (City,
// Dream, Dry dorai), u for u, o and w (Blue, Moon), e for e and a (Baby
// beibii, Game), o for o, a, u and w (Walk wooku, Show).
var kanaLoanVowels = map[byte]uint32{
	'a': letters("aoue") | rBit, 'i': letters("iey"), 'u': letters("uow"),
	'e': letters("ea"), 'o': letters("oauw"), 'y': letters("iyu"),
}

// rBit marks an English vowel run followed by an r no vowel follows,
// which katakana writes as a long a (Girl gaaru, Bird baado).
const rBit = 1 << 27

// kanaVowelAgrees reports whether a katakana loanword's vowels kv and an
// English spelling's ev agree at the English word's first vowel, the one
// its stress most often falls on: クロス kurosu is Cross, never Chris,
// though their consonants are one (katakana_loan_vowel). Later vowels are
// unstressed and katakana writes them as it hears them (Heaven, hebun).
func kanaVowelAgrees(kv, ev []uint32) bool {
	for i, e := range ev {
		if e == 0 {
			continue
		}
		if i >= len(kv) || kv[i] == 0 {
			return true
		}
		var m uint32
		for _, c := range []byte("aiueoy") {
			if kv[i]&(1<<(c-'a')) != 0 {
				m |= kanaLoanVowels[c]
			}
		}
		return m&e != 0
	}
	return true
}

// loanSkeleton returns the consonants of a Hepburn reading (english false)
// or of an English spelling, folded as a katakana spelling writes them,
// and the letters of the vowels after each consonant of the skeleton (a
// mask as loanVowels holds, with rBit for an English r left unwritten).
func loanSkeleton(s string, english bool) (string, []uint32) {
	b := make(foldBuf, 0, len(s))
	emit := b.emit
	var vowels []uint32
	addVowel := func(m uint32) {
		if len(b) == 0 {
			return
		}
		for len(vowels) < len(b) {
			vowels = append(vowels, 0)
		}
		vowels[len(b)-1] |= m
	}
	vowel := func(i int) bool { return i < len(s) && strings.IndexByte("aeiouy", s[i]) >= 0 }
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case strings.IndexByte("aeiouy", c) >= 0:
			if !english || c != 'e' || !silentE(s, i) {
				addVowel(1 << (c - 'a'))
			}
		case c < 'a' || c > 'z':
		case english && silentT(s, i):
		case c == 'c' && next == 'h' && english && (byteAt(s, i+2) == 'r' || byteAt(s, i+2) == 'l'):
			emit('k') // christmas, kurisumasu
			i++
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
			addVowel(rBit)
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
	return string(b), vowels
}

// Korean loanwords (hangul_loanword): Korean writes an English word by
// its sound too, a consonant English ends a syllable with or puts before
// another one given the vowel ㅡ eu (스타일 seutail, Style; 트와이스
// teuwaiseu, Twice; 블랙핑크 beullaekpingkeu, Blackpink), so that Revised
// Romanization and the English spelling share their consonants only, once
// each is folded to the sounds Korean writes: k, c, q, g as k; t, d as t;
// p, b, f, v as p; j, ch and z as ㅈ; s, sh and th as s; l and an r a vowel
// follows as ㄹ (an r no vowel follows unwritten: Butter, 버터); ng as ㅇ,
// with the ㄱ Korean writes after it (싱글, Single); a final ㅅ as t (로봇,
// Robot). The Hangul word needs minHangulLoan consonants, and a word of
// that few an epenthetic ㅡ too (스, 트, 크): the sign of an English
// cluster, which Korean words of two consonants mostly lack (바다 bada is
// no Bad).
//
// A stop that begins a syllable tells its voicing too: Korean writes g, d,
// b and v with the plain ㄱ, ㄷ, ㅂ (Gangnam 강남, Dream 드림, Velvet 벨벳)
// and k, c, t, p and f with the aspirated ㅋ, ㅌ, ㅍ (Cream 크림, Twice
// 트와이스, Fake 페이크), so that 그림 is no Cream and 트림 no Dream
// (loanVoicing). A final stop (로봇, Robot; 빅뱅, Bigbang) and a tense
// one (ㄲ, ㄸ, ㅃ) may write either.

// minHangulLoan is the fewest consonants a Hangul loanword match needs.
const minHangulLoan = 2

// HangulLoanSpells reports whether latin, an English spelling (Latin
// words joined, lower case), has the consonants of the Hangul word tok as
// a Korean loanword writes them (see above): 강남스타일 and Gangnam Style.
func HangulLoanSpells(tok, latin string) bool {
	return hangulLoan(tok, latin, false)
}

// HangulLoanNameSpells is HangulLoanSpells for a name: a word of
// minHangulLoan consonants needs no epenthetic ㅡ (지코 Zico, 쿨 Cool,
// 터보 Turbo, 거미 Gummy). Korean words of two consonants meet English
// ones so (바다, Bad), so a name that matches only so is a guess the
// track must confirm (short_loan_name).
func HangulLoanNameSpells(tok, latin string) bool {
	return hangulLoan(tok, latin, true)
}

func hangulLoan(tok, latin string, name bool) bool {
	var kv, ev loanVowels
	var ks, es loanStops
	k, epenthetic, ok := hangulLoanSkeleton(tok, &kv, &ks)
	if !ok || consonants(k) < minHangulLoan || consonants(k) == minHangulLoan && !epenthetic && !name {
		return false
	}
	e, ok := englishKoreanSkeleton(latin, &ev, &es)
	if !ok || k != e || len(ks) != len(es) {
		return false
	}
	for i := range kv {
		if kv[i]&ev[i] == 0 {
			return false
		}
	}
	for i := range ks {
		if ks[i]&es[i] == 0 {
			return false
		}
	}
	return true
}

// loanVoicing is the voicing a stop of a loanword skeleton (k, t, p) may
// have: voiced (g, d, b, v; the plain ㄱ, ㄷ, ㅂ starting a syllable),
// voiceless (k, c, q, t, p, f; the aspirated ㅋ, ㅌ, ㅍ) or either (a
// final, a tense ㄲ, ㄸ, ㅃ).
type loanVoicing uint8

const (
	voiced    loanVoicing = 1
	voiceless loanVoicing = 2
	anyVoice              = voiced | voiceless
)

// loanStops holds the voicing of each stop of a loanword skeleton, in
// order (hangul_loanword).
type loanStops []loanVoicing

// emitStop emits the stop class c into b with voicing v. A stop emit
// folds into the one before it (ck, 각가) leaves one: in Hangul it has
// both voicings' constraints (keep), in English either letter's.
func (st *loanStops) emitStop(b *foldBuf, c byte, v loanVoicing, keep bool) {
	if n := len(*b); n > 0 && (*b)[n-1] == c && len(*st) > 0 {
		if keep {
			(*st)[len(*st)-1] &= v
		} else {
			(*st)[len(*st)-1] |= v
		}
		return
	}
	b.emit(c)
	*st = append(*st, v)
}

// isStop reports whether a skeleton class is a stop (k, t, p).
func isStop(c byte) bool { return c == 'k' || c == 't' || c == 'p' }

// consonants counts the consonant classes of a skeleton, leaving out its
// vowels (V).
func consonants(skel string) int {
	return len(skel) - strings.Count(skel, "V")
}

// loanVowels holds the vowels of a loanword skeleton, one mask of letters
// (bit c-'a') for each V of the skeleton, a run of vowels one V: in
// Hangul the English letters a vowel writes, in English the letters of
// the run (and an r no vowel follows). A Hangul loanword and an English
// spelling agree in their vowels where the masks share a letter: 러브
// and Love (ㅓ for o), never Life; 스테이 and Stay, never Sad, whose vowel
// stands elsewhere (hangul_loanword).
type loanVowels []uint32

// add puts the letters m into the run of vowels that ends b, starting one
// when b ends in a consonant.
func (v *loanVowels) add(b *foldBuf, m uint32) {
	if n := len(*b); n > 0 && (*b)[n-1] == 'V' {
		(*v)[len(*v)-1] |= m
		return
	}
	*b = append(*b, 'V')
	*v = append(*v, m)
}

// letters returns the mask of the letters of s.
func letters(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] - 'a')
	}
	return m
}

// hangulLoanVowels are the English letters each medial writes in a
// loanword: ㅏ a (Star) and o (Hot, 핫), ㅓ u, o, e, a and an r (Love,
// Cut, Sofa, Birthday), ㅣ i, e and y (City, Dream); ㅡ writes none
// (epenthetic).
var hangulLoanVowels = [21]uint32{
	letters("ao"), letters("ae"), letters("ya"), letters("yae"), letters("uoear"),
	letters("ea"), letters("yeoua"), letters("ye"), letters("oaw"), letters("waou"),
	letters("wae"), letters("weo"), letters("you"), letters("uow"), letters("woaure"),
	letters("wea"), letters("wie"), letters("yue"), 0, letters("uiew"), letters("iey"),
}

func init() {
	for v, m := range hangulLoanVowels {
		if m&letters("e") != 0 && v != hangulLoanMedialI && v != 16 && v != 17 && v != 19 {
			hangulLoanVowels[v] |= closedEBit
		}
	}
}

// The consonant classes of a Korean loanword: ㅇ as a final (ng) is G,
// ㅈ (and ch, z) J, ㄹ (l, r) L, and the others their letter.
var (
	hangulLoanInitials = [19]byte{'k', 'k', 'n', 't', 't', 'L', 'm', 'p', 'p', 's', 's', 0, 'J', 'J', 'J', 'k', 't', 'p', 'h'}
	// A final's class: 0 for none, '-' for a double final no loanword
	// writes.
	hangulLoanFinals = [28]byte{0, 'k', 'k', '-', 'n', '-', '-', 't', 'L', '-', '-', '-', '-', '-', '-', '-', 'm', 'p', '-', 't', 't', 'G', 't', 't', 'k', 't', 'p', 't'}
	// The voicing of an initial stop: ㄱ ㄷ ㅂ voiced, ㅋ ㅌ ㅍ voiceless,
	// ㄲ ㄸ ㅃ either.
	hangulLoanVoicing = [19]loanVoicing{voiced, anyVoice, 0, voiced, anyVoice, 0, 0, voiced, anyVoice, 0, 0, 0, 0, 0, 0, voiceless, voiceless, voiceless, 0}
)

// hangulLoanMedialA is the medial ㅏ, hangulLoanMedialEu ㅡ,
// hangulLoanMedialI ㅣ.
const (
	hangulLoanMedialA  = 0
	hangulLoanMedialEu = 18
	hangulLoanMedialI  = 20
)

// hangulLoanSkeleton returns the consonant classes of a Hangul word, and
// whether a syllable of it is a consonant with an epenthetic ㅡ (스, 트):
// ok false for a word with a rune other than a Hangul syllable or with a
// final of two consonants.
func hangulLoanSkeleton(tok string, vowels *loanVowels, stops *loanStops) (skel string, epenthetic, ok bool) {
	b := make(foldBuf, 0, 2*len(tok)/3)
	prevFinal, prevMedial := byte(0), -1
	for n, r := range tok {
		if r < hangulFirst || r > hangulLast {
			return "", false, false
		}
		s := int(r - hangulFirst)
		l, v, t := s/588, s%588/28, s%28
		ini := hangulLoanInitials[l]
		if ini == 'k' && l == 0 && prevFinal == 'G' {
			ini = 0 // 싱글 singgeul, Single: the ㄱ of ng
		}
		switch {
		case isStop(ini):
			stops.emitStop(&b, ini, hangulLoanVoicing[l], true)
		case ini != 0:
			b.emit(ini)
		}
		switch {
		case v == hangulLoanMedialEu:
			if t == 0 && ini != 0 {
				epenthetic = true
			}
		case ini == 'J' && v == hangulLoanMedialI && t == 0 && n+len(string(r)) == len(tok):
			// A final 지 or 치 writes no English vowel: Match, 매치.
		case len(b) > 0 && b[len(b)-1] == 'V':
			// A vowel after a vowel: the run's first tells the English
			// one, but 아이 is i as well (Night, 나이트; Fake, 페이크, is
			// never Big).
			if prevMedial == hangulLoanMedialA && v == hangulLoanMedialI {
				vowels.add(&b, letters("iy"))
			}
		default:
			vowels.add(&b, hangulLoanVowels[v])
		}
		prevMedial = v
		prevFinal = hangulLoanFinals[t]
		switch prevFinal {
		case 0:
		case '-':
			return "", false, false
		case 'k', 't', 'p':
			stops.emitStop(&b, prevFinal, anyVoice, true)
		default:
			b.emit(prevFinal)
		}
	}
	return string(b), epenthetic, true
}

// englishKoreanSkeleton returns the consonant classes of an English
// spelling as Korean writes them (see hangulLoanSkeleton); ok false when
// s has a rune other than a lower-case ASCII letter.
func englishKoreanSkeleton(s string, vowels *loanVowels, stops *loanStops) (string, bool) {
	b := make(foldBuf, 0, len(s))
	stop := func(c byte, v loanVoicing) { stops.emitStop(&b, c, v, false) }
	vowel := func(i int) bool { return i >= 0 && i < len(s) && strings.IndexByte("aeiouy", s[i]) >= 0 }
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case c < 'a' || c > 'z':
			return "", false
		case silentT(s, i):
		case c == 'e' && silentE(s, i):
		case c == 'e' && closedE(s, i):
			vowels.add(&b, closedEBit)
		case strings.IndexByte("aeiouyw", c) >= 0:
			vowels.add(&b, 1<<(c-'a'))
		case c == 'h':
			if i == 0 || vowel(i+1) && vowel(i-1) {
				b.emit('h')
			}
		case c == 't' && next == 'c' && byteAt(s, i+2) == 'h':
			b.emit('J')
			i += 2
		case c == 't' && next == 'i' && (byteAt(s, i+2) == 'o' || byteAt(s, i+2) == 'a'):
			b.emit('s') // nation, 네이션
			i++
		case c == 's' && next == 'h', c == 't' && next == 'h':
			b.emit('s')
			i++
		case c == 'c' && next == 'h' && (byteAt(s, i+2) == 'r' || byteAt(s, i+2) == 'l'):
			stop('k', voiceless) // christmas, 크리스마스
			i++
		case c == 'c' && next == 'h':
			b.emit('J')
			i++
		case c == 'p' && next == 'h':
			stop('p', voiceless)
			i++
		case c == 'g' && next == 'h':
			if i == 0 {
				stop('k', voiced) // ghost
			}
			i++ // night, 나이트
		case c == 'c' && next == 'k':
			stop('k', voiceless)
			i++
		case c == 'k' && next == 'n' && i == 0:
		case c == 'p' && next == 's' && i == 0:
		case c == 'm' && next == 'b' && i+2 == len(s):
			b.emit('m')
			i++
		case c == 'n' && next == 'g':
			b.emit('G')
			i++
		case c == 'n' && (next == 'k' || next == 'q' || next == 'x' || next == 'c' && !vowelFront(byteAt(s, i+2))):
			b.emit('G') // pink, 핑크
		case c == 'c':
			if vowelFront(next) {
				b.emit('s')
			} else {
				stop('k', voiceless)
			}
		case c == 'x':
			stop('k', voiceless)
			b.emit('s')
		case c == 'g':
			stop('k', voiced)
		case c == 'q', c == 'k':
			stop('k', voiceless)
		case c == 'd':
			stop('t', voiced)
		case c == 't':
			stop('t', voiceless)
		case c == 'b', c == 'v':
			stop('p', voiced)
		case c == 'f', c == 'p':
			stop('p', voiceless)
		case c == 'z', c == 'j':
			b.emit('J')
		case c == 'l':
			b.emit('L')
		case c == 'r':
			if vowel(i + 1) {
				b.emit('L')
			} else if n := len(b); n > 0 && b[n-1] == 'V' {
				vowels.add(&b, 1<<('r'-'a'))
			}
		default:
			b.emit(c)
		}
	}
	return string(b), true
}

// silentT reports whether the t at i of s is one English does not say,
// after an s and before le or mas (Castle, Whistle, Hustle, Christmas),
// which a loanword leaves out (キャッスル, 크리스마스): english_silent_t.
func silentT(s string, i int) bool {
	return s[i] == 't' && i > 0 && s[i-1] == 's' && (strings.HasPrefix(s[i+1:], "le") || strings.HasPrefix(s[i+1:], "mas"))
}

// silentE reports whether the e at i of s is silent: one ending s after a
// consonant (Love, Style), or after a vowel and a consonant before another
// consonant but r that is not the last of s, or is an s (Lovesick, Loves;
// not Camera, Level).
func silentE(s string, i int) bool {
	isVowel := func(j int) bool { return j >= 0 && j < len(s) && strings.IndexByte("aeiouy", s[j]) >= 0 }
	if i < 2 || isVowel(i-1) || !strings.ContainsAny(s[:i-1], "aeiouy") {
		return false
	}
	if i == len(s)-1 {
		return true
	}
	return isVowel(i-2) && !isVowel(i+1) && s[i+1] != 'r' && s[i+1] != 'w' && s[i+1] != 'h' && (i+2 < len(s) || s[i+1] == 's')
}

// closedEBit marks the vowel of a lone e a syllable closes (Best, Bed,
// Step), which Korean writes ㅔ or ㅐ, never ㅣ (비스트 is Beast, not Best).
const closedEBit = 1 << 26

// closedE reports whether the e at i of s, the first vowel of s, is a
// vowel alone that a consonant closes: one consonant ends s after it, or
// two follow it that are no consonant and an l or r (Best; not Secret,
// 시크릿, whose closed e is unstressed).
func closedE(s string, i int) bool {
	isVowel := func(j int) bool { return j >= 0 && j < len(s) && strings.IndexByte("aeiouyw", s[j]) >= 0 }
	if isVowel(i-1) || i+1 >= len(s) || isVowel(i+1) || strings.ContainsAny(s[:i], "aeiouy") {
		return false
	}
	if i+2 == len(s) {
		return true
	}
	n := s[i+2]
	return !isVowel(i+2) && n != 'l' && n != 'r' && n != 'h'
}

// vowelFront reports e, i and y, before which c reads s.
func vowelFront(c byte) bool { return c == 'e' || c == 'i' || c == 'y' }

// Korean writes English letters by their names (hangul_letter_names): an
// act named by letters is written letter by letter, each letter's name a
// syllable or two (IU 아이유, AOA 에이오에이, g.o.d 지오디, CNBLUE's CN
// 씨엔), so that neither Revised Romanization nor a loanword reading meets
// the Latin spelling. hangulLetterNames holds the names Korean writes each
// letter with, the common ones beside the standard.
var hangulLetterNames = [26][]string{
	{"에이"}, {"비"}, {"씨", "시"}, {"디"}, {"이"}, {"에프"}, {"지", "쥐"}, {"에이치", "에치"},
	{"아이"}, {"제이"}, {"케이"}, {"엘"}, {"엠"}, {"엔"}, {"오"}, {"피"}, {"큐"}, {"알", "아르"},
	{"에스"}, {"티"}, {"유"}, {"브이"}, {"더블유", "더블류"}, {"엑스"}, {"와이"}, {"제트", "지", "즈"},
}

// minLetterNames is the fewest letters a word written as letter names
// spells (hangul_letter_names, hindi_letter_names): one letter's name is a
// word as often (Korean 비 rain, 이 this, 오 five; Hindi ए, ओ, आर).
const minLetterNames = 2

// HangulLetterNames reports whether tok, a Hangul word, writes the
// letters of latin (lower-case ASCII letters) by their names, one after
// another (아이유 and IU; see hangulLetterNames).
func HangulLetterNames(tok, latin string) bool {
	if len(latin) < minLetterNames || !Hangul(tok) {
		return false
	}
	return spellsLetters(tok, latin)
}

func spellsLetters(tok, latin string) bool {
	if latin == "" {
		return tok == ""
	}
	c := latin[0]
	if c < 'a' || c > 'z' {
		return false
	}
	for _, name := range hangulLetterNames[c-'a'] {
		if rest, ok := strings.CutPrefix(tok, name); ok && spellsLetters(rest, latin[1:]) {
			return true
		}
	}
	return false
}
