// Package reading answers how a word written in another script reads in
// Latin letters, the way fans and lyric channels write it: Кино is kino,
// 거리에서 georieseo, きらり kirari, 十年 shi nian, Μαζί mazi, तेरी teri.
//
// A reading is evidence that two spellings are one word, never identity:
// romanizations vary (Vykhoda / Vyhoda, Solnce / Solntse, Hanataba wo /
// Hanataba o) and one reading can stand for several words. Loose folds the
// common variants of one romanization into one form, so that a reading and
// a fan's spelling compare equal more often; Skeleton compares the
// consonants of a word written in an abjad (Arabic), whose vowels a reading
// cannot know.
//
// The schemes, by script:
//
//   - Cyrillic: the Russian scientific-practical scheme fans use (й y, х kh,
//     ц ts, ж zh, ш sh, щ shch, ё e, ю yu, я ya, ы y, ъ and ь silent), with
//     the Ukrainian (г h, и y, і i, ї yi, є ye), Serbian (ћ c, ђ dj, ј j, љ
//     lj, њ nj, џ dz, ц c, ч c, ш s, ж z, as Serbian Latin writes them with
//     its accents folded) and Bulgarian (щ sht, ъ a) letters when the title
//     shows it is in that language (see Hint);
//   - Greek: the Greeklish ELOT 743 transcription (η i, υ y, χ ch, θ th, ξ x,
//     ψ ps, ου ou, μπ b at the start of a word);
//   - Hangul: Revised Romanization computed from the syllable blocks, with
//     a final consonant carried over to a following vowel (좋은 joheun, a
//     final ㅎ kept as fans write it);
//   - kana: Hepburn (し shi, ち chi, つ tsu, ふ fu, じ ji, を wo, っ doubles
//     the next consonant, ー dropped); a katakana loanword also meets the
//     English word by its consonants (LoanSpells: ラブ Love);
//   - Han: Mandarin pinyin without tones from github.com/mozillazg/go-pinyin,
//     whose dictionary covers traditional and simplified characters alike
//     (張學友 and 张学友 both read zhang xue you); one syllable a word;
//   - Han names and syllables against Latin words one a character
//     (cantonese.go): a character's Cantonese readings as Hong Kong writes
//     them and its pinyin, Wade-Giles folded in (SyllableFold), for a
//     family name (Surname: Eason Chan for 陳奕迅, Teresa Teng for 鄧麗君);
//   - kanji in a title with kana (HintJapanese): the Japanese reading of
//     the longest word of IPADIC at each kanji (kanji.go), a word a word of
//     the reading (夜に駆ける yoru ni kakeru); Alternates gives it for Han
//     words of titles without kana (星野源 - 恋), and JapaneseSpells reads
//     a name by any reading of its words (中島美嘉 Nakashima Mika), an
//     artist's also by its kanji's name readings (JapaneseName.SpellsName:
//     秦基博 Hata Motohiro);
//   - Devanagari: the ISO 15919 consonants and vowels as fans write them
//     (long vowels single, ष sh, final inherent a dropped: घोषाल ghoshal);
//   - the other Indic scripts (Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
//     Telugu, Kannada, Malayalam) as their letters written in Devanagari,
//     whose blocks they follow letter for letter (indic.go), with their
//     languages' vowels: every inherent a said in the Dravidian ones
//     (மரண மட்ட marana matta), o for it in Bengali too (মন man, mon), and
//     Tamil's stops voiced between vowels (காதல் kadhal);
//   - Arabic: consonants as fans write them, long vowels as vowels, short
//     ones unwritten (so compare with Skeleton); the article ال and the
//     conjunction و that fans write as words of their own are told by
//     CliticSpelled.
//
// The tables here are the schemes themselves, which no maintained Go
// library provides for these scripts; pinyin comes from the library, whose
// data is the Unicode Unihan kMandarin readings.
//
// The package is pure: the standard library, golang.org/x/text, the
// pinyin dictionary and its own tables of kanji and Cantonese readings.
package reading

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// Hint says which language a title's Cyrillic words are in, from letters
// only that language uses anywhere in the title: a Serbian title's Чолић
// tells that its Здравко reads as Serbian too.
type Hint uint8

// The hints Detect finds.
const (
	HintSerbian Hint = 1 << iota
	HintUkrainian
	HintBulgarian
	// HintJapanese says the title has kana: its kanji read as Japanese.
	HintJapanese
)

// Detect returns the hints of a folded title.
func Detect(s string) Hint {
	var h Hint
	for _, r := range s {
		switch r {
		case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ':
			h |= HintSerbian
		case 'і', 'ї', 'є', 'ґ':
			h |= HintUkrainian
		default:
			if isKana(r) && r != 0x30FC && r != 0x30FB {
				h |= HintJapanese
			}
		}
	}
	if h&(HintSerbian|HintUkrainian) == 0 && bulgarianHardSign(s) {
		h |= HintBulgarian
	}
	return h
}

// bulgarianHardSign reports a ъ between two consonants or at the start of
// a word: Bulgarian writes a vowel with it (път, във, ъгъл), Russian only a
// separator before a vowel (объявление).
func bulgarianHardSign(s string) bool {
	prev := ' '
	rs := []rune(s)
	for i, r := range rs {
		if r == 'ъ' {
			next := ' '
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			if !strings.ContainsRune("еёюяи", next) && (prev == ' ' || !isCyrVowel(prev)) {
				return true
			}
		}
		prev = r
	}
	return false
}

func isCyrVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюяіїєъ", r) }

// Of returns the Latin reading of a folded token (lower case, as the title
// normalizer makes them) and reports whether it has one: a token with a
// letter of Cyrillic, Greek, Hangul, kana, Han, an Indic script or Arabic. The
// reading is lower-case ASCII letters and digits; Han syllables are
// separate words (十年 "shi nian"), a run of any other script one word.
// Latin letters and digits in the token are kept as they are.
func Of(tok string, h Hint) (string, bool) {
	if !needsReading(tok) {
		return "", false
	}
	var b strings.Builder
	b.Grow(2 * len(tok))
	rs := []rune(norm.NFC.String(tok))
	space := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r < utf8.RuneSelf:
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
			i++
		case unicode.Is(unicode.Cyrillic, r):
			j := runEnd(rs, i, unicode.Cyrillic)
			b.WriteString(cyrillic(rs[i:j], h))
			i = j
		case unicode.Is(unicode.Greek, r):
			j := runEnd(rs, i, unicode.Greek)
			b.WriteString(greek(rs[i:j]))
			i = j
		case unicode.Is(unicode.Hangul, r):
			j := runEnd(rs, i, unicode.Hangul)
			b.WriteString(hangul(rs[i:j]))
			i = j
		case h&HintJapanese != 0 && isJapanese(r), isKana(r):
			// A run of kana, or of kanji and kana in a Japanese title,
			// read as words of their own.
			in, read := isKana, kana
			if h&HintJapanese != 0 {
				in, read = isJapanese, japanese
			}
			j := i
			for j < len(rs) && in(rs[j]) {
				j++
			}
			space()
			b.WriteString(read(rs[i:j]))
			if j < len(rs) {
				space()
			}
			i = j
		case unicode.Is(unicode.Han, r):
			if py := pinyin.SinglePinyin(r, pinyinArgs); len(py) > 0 && py[0] != "" {
				space()
				b.WriteString(asciiOnly(py[0]))
				space()
			}
			i++
		case unicode.Is(unicode.Devanagari, r):
			j := runEnd(rs, i, unicode.Devanagari)
			b.WriteString(devanagari(rs[i:j]))
			i = j
		case unicode.Is(unicode.Arabic, r):
			j := runEnd(rs, i, unicode.Arabic)
			b.WriteString(arabic(rs[i:j]))
			i = j
		case isIndic(r):
			j := i + 1
			for j < len(rs) && isIndic(rs[j]) {
				j++
			}
			b.WriteString(indic(rs[i:j]))
			i = j
		default:
			i++
		}
	}
	out := strings.TrimSpace(b.String())
	return out, out != ""
}

var pinyinArgs = pinyin.NewArgs()

// Needed reports whether s has a letter of a script this package reads.
func Needed(s string) bool { return needsReading(s) }

// needsReading reports whether tok has a rune outside ASCII of a script
// this package reads.
func needsReading(tok string) bool {
	if isASCII(tok) {
		return false
	}
	for _, r := range tok {
		if r >= utf8.RuneSelf && (unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Hangul, unicode.Han,
			unicode.Devanagari, unicode.Arabic) || isKana(r) || isIndic(r)) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII, eight bytes at a time: most
// titles and tokens are.
func isASCII(s string) bool {
	for len(s) >= 8 {
		if s[0]|s[1]|s[2]|s[3]|s[4]|s[5]|s[6]|s[7] >= utf8.RuneSelf {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runEnd returns the end of the run of script t (with its marks) at i.
func runEnd(rs []rune, i int, t *unicode.RangeTable) int {
	j := i + 1
	for j < len(rs) && (unicode.Is(t, rs[j]) || unicode.IsMark(rs[j])) {
		j++
	}
	return j
}

// asciiOnly keeps the ASCII letters of a pinyin syllable; ü is written u,
// as fans write it (lu, nu).
func asciiOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r == 'ü':
			b.WriteByte('u')
		}
	}
	return b.String()
}

// Loose folds the spelling variants of one romanization into one form,
// for comparing a reading with a fan's spelling (both sides through
// Loose): kh and h (х), ts, tz and c (ц), j and y and i for й, yo and e
// (ё), and jo too after a consonant but n (Всё Vsyo / Vsjo), yu and u
// after a consonant and ju after one but n (Любэ Lyube / Lube, Любовь
// Lyubov / Ljubov), wo and o (を), ou
// and o and a long vowel (Kōsui / Kousui / Kosui), double letters and
// single (Hanataba / Hannataba, Lag Jaa / Lag Ja; a ch doubled as chch or
// cch: Achchha / Accha / Achha), ia, ja and ya after a
// consonant (Skriabin / Skryabin), dj and d (Serbian đ),
// ph and f, w and v, and the apostrophe of a soft sign dropped.
func Loose(s string) string { return string(appendLoose(make([]byte, 0, len(s)), s, foldDoubles)) }

// AppendRomanization appends to b the form two Latin spellings of one
// word in two romanizations share (Yuuri / Yuri, Khochesh / Hochesh,
// Djurdjevdan / Durdevdan): Loose, except that a doubled consonant stays
// double, since between two Latin spellings it is a slip or another name
// (Ginnk / Gink, Anna / Ana) more often than a romanization, and that a j
// before o or u stays j: between two Latin spellings it is as often a
// consonant of its own (Arjun / Arun, Bjorn / Bern).
func AppendRomanization(b []byte, s string) []byte { return appendLoose(b, s, 0) }

// EnglishPair reports whether two words of Latin letters are two English
// words that AppendRomanization makes one, not one word romanized twice
// (english_pair): both end as English words do, in a
// consonant, e or y, where the romanizations of Japanese and Hindi end in
// a vowel ("Hanataba wo" / "Hanataba o", "Kousui" / "Kosui", "Tum Hee Ho"
// / "Tum Hi Ho"), and they are one only through a fold that English spells
// as another word: ee and i (Sleep / Slip, Deep / Dip, Feel / Fill), oo and
// o (Soon / Son), ou and o (Shout / Shot, Found / Fond), w and v (Wine /
// Vine, West / Vest), wo and o (Won / On).
func EnglishPair(a, b string) bool {
	if !englishEnd(a) || !englishEnd(b) {
		return false
	}
	var buf [64]byte
	fa := appendLoose(buf[:0], a, 0)
	if string(fa) != string(appendLoose(fa[len(fa):], b, 0)) {
		return false
	}
	fa = appendLoose(buf[:0], a, foldKeepEnglish)
	return string(fa) != string(appendLoose(fa[len(fa):], b, foldKeepEnglish))
}

// englishEnd reports whether the word s ends as English words do: in a
// letter other than a, i, o and u.
func englishEnd(s string) bool {
	return s != "" && strings.IndexByte("aiou", s[len(s)-1]) < 0
}

// Modes of appendLoose.
const (
	// foldDoubles makes a doubled consonant single too (Loose).
	foldDoubles = 1 << iota
	// foldKeepEnglish leaves as written the letters English spells other
	// words with (EnglishPair): ee, oo, ou, w and wo.
	foldKeepEnglish
	// foldKeepYe leaves a ye after a consonant as written (AppendSlavic):
	// in Slavic spellings it is ы and е (Belye, Belie) more often than е.
	// A j alone stays j too, for AppendSlavic to tell from a y or an i.
	foldKeepYe
)

func appendLoose(b []byte, s string, mode int) []byte {
	doubles, english, keepYe := mode&foldDoubles != 0, mode&foldKeepEnglish != 0, mode&foldKeepYe != 0
	start := len(b)
	emit := func(c byte) {
		if len(b) == start || b[len(b)-1] != c || c < 'a' || !doubles && !isVowel(c) {
			b = append(b, c)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		two := true // c and next read as one
		switch {
		case english && (c == 'e' || c == 'o') && next == c:
			b = append(b, c, c)
		case english && (c == 'w' || c == 'o' && next == 'u'):
			b = append(b, c)
			two = false
		case doubles && c == 'c' && next == 'c' && byteAt(s, i+2) == 'h':
			// cch for a doubled ch (Accha, Baccha): the ch after it.
			two = false
		case doubles && c == 'c' && next == 'h' && endsCh(b[start:]):
			// A doubled ch written chch (च्च, च्छ: achchha, Achha).
		case c == 'k' && next == 'h':
			emit('h')
		case c == 'k' && next == 's':
			emit('x')
		case c == 'd' && next == 'j':
			emit('d')
		case c == 'p' && next == 'h':
			emit('f')
		case c == 't' && (next == 's' || next == 'z'):
			emit('c')
		case c == 'w' && next == 'o', c == 'o' && next == 'u':
			emit('o')
		case c == 'o' && next == 'h' && !(i+2 < len(s) && isVowel(s[i+2])):
			emit('o')
		case c == 'y' && (next == 'o' || next == 'e' && !keepYe) && len(b) > start && !isVowel(b[len(b)-1]),
			c == 'j' && next == 'o' && doubles && jAsY(b[start:]):
			emit('e')
		case c == 'y' && next == 'u' && len(b) > start && !isVowel(b[len(b)-1]),
			c == 'j' && next == 'u' && doubles && jAsY(b[start:]):
			emit('u')
		case c == 'e' && next == 'e':
			emit('i')
		case (c == 'i' || c == 'y' || c == 'j') && (next == 'y' || next == 'j') && c != next,
			c == 'y' && next == 'i':
			emit('y')
		case (c == 'i' || c == 'j') && next == 'a' && len(b) > start && !isVowel(b[len(b)-1]):
			// я after a consonant written ia or ja (Skriabin / Skryabin,
			// Stefania / Stefaniya, Aria / Ariya): ya.
			emit('y')
			two = false
		default:
			two = false
			switch {
			case c == 'j' && keepYe:
				emit('j')
			case c == 'j':
				emit('y')
			case c == 'w':
				emit('v')
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				emit(c)
			}
		}
		if two {
			i++
		}
	}
	return b
}

// endsCh reports whether b ends in ch.
func endsCh(b []byte) bool { return len(b) >= 2 && b[len(b)-2] == 'c' && b[len(b)-1] == 'h' }

// jAsY reports whether a j after the folded letters b writes the y of ё
// or ю (Vsjo, Ljubov): after a consonant other than n, which in Hepburn
// is ん before じ (kanjou, sanjuu).
func jAsY(b []byte) bool {
	return len(b) > 0 && !isVowel(b[len(b)-1]) && b[len(b)-1] != 'n'
}

// Popular folds a Latin spelling of Korean to one form that Revised
// Romanization and the spellings artists and fans use share: the
// McCune-Reischauer consonants (k, t, p, ch for g, d, b, j, but ng stays),
// u for eo, eu, and ou before ng (영 yeong, Young), u for woo and wu (웅
// ung, Woong: korean_woo), i for hui (희, Hee: korean_hee), hw for wh (휘, Whee:
// korean_whee), l for r, s for sh, k for ck (적
// jeok, Juck), double letters single. 김광석 reads gimgwangseok and is
// written Kim Kwang Seok, 성시경 seongsigyeong and Sung Si Kyung, 김건모
// gimgeonmo and Kim Gun Mo, 백지영 baekjiyeong and Baek Ji Young: each
// pair folds to one form. Compare a Hangul word's reading with it, both
// sides folded.
func Popular(s string) string {
	b := make(foldBuf, 0, len(s))
	emit := b.emit
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case c == 'u' && next == 'i' && len(b) > 0 && b[len(b)-1] == 'h':
			// 희 hui written Hee (Lee Sun Hee, 이선희; Kim Hee Chul):
			// korean_hee.
			emit('i')
			i++
		case c == 'w' && next == 'h':
			// 휘 hwi written Whee (Wheesung, 휘성; Whee In, 휘인):
			// korean_whee.
			emit('h')
			emit('w')
			i++
		case c == 'w' && (next == 'u' || next == 'o' && byteAt(s, i+2) == 'o'):
			// 우 u written woo (Woong, 웅; Woo, 우): Revised
			// Romanization has no wu, so the w is the spelling's.
		case c == 'e' && (next == 'o' || next == 'u'), c == 'o' && next == 'o',
			c == 'o' && next == 'u' && byteAt(s, i+2) == 'n' && byteAt(s, i+3) == 'g':
			emit('u')
			i++
		case c == 'c' && next == 'k':
			emit('k')
			i++
		case c == 'e' && next == 'e':
			emit('i')
			i++
		case c == 'a' && next == 'e':
			emit('e')
			i++
		case c == 's' && next == 'h':
			emit('s')
			i++
		case c == 'c' && next == 'h', c == 'j':
			emit('c')
			if c == 'c' {
				i++
			}
		case c == 'g' && !(len(b) > 0 && b[len(b)-1] == 'n'):
			emit('k')
		case c == 'd':
			emit('t')
		case c == 'b':
			emit('p')
		case c == 'r':
			emit('l')
		case c >= 'a' && c <= 'z':
			emit(c)
		}
	}
	return string(b)
}

// Rounded folds a Popular form further, o as u: McCune-Reischauer writes
// 어 ŏ and 여 yŏ, which fans type without the breve (거짓말 geojitmal,
// Gojitmal; 편지 pyeonji, Pyonji; 연가 yeonga, Yonga), so that they meet
// the spellings Popular folds to u, 오 and 요 with them (korean_rounded).
// It tells words apart less than Popular does: a track word's evidence.
func Rounded(popular string) string {
	b := make(foldBuf, 0, len(popular))
	for i := 0; i < len(popular); i++ {
		if c := popular[i]; c == 'o' {
			b.emit('u')
		} else {
			b.emit(c)
		}
	}
	return string(b)
}

// foldBuf collects the letters of a fold, a letter repeated written once.
type foldBuf []byte

func (b *foldBuf) emit(c byte) {
	if n := len(*b); n == 0 || (*b)[n-1] != c {
		*b = append(*b, c)
	}
}

// byteAt returns s[i], or 0 outside s.
func byteAt(s string, i int) byte {
	if i >= 0 && i < len(s) {
		return s[i]
	}
	return 0
}

// Hangul reports whether tok is written in Hangul, whose readings compare
// by Popular too.
func Hangul(tok string) bool { return inScript(tok, unicode.Hangul) }

// inScript reports whether tok holds a letter of script.
func inScript(tok string, script *unicode.RangeTable) bool {
	return strings.IndexFunc(tok, func(r rune) bool { return unicode.Is(script, r) }) >= 0
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// MinSkeleton is the fewest consonants by which a skeleton tells a word:
// a word of fewer compares by its Shape.
const MinSkeleton = 2

// Skeleton returns the consonants of a Latin spelling, repeats collapsed,
// for comparing with the reading of an abjad, which writes no short
// vowels: Amr Diab and عمرو دياب are both mr db. q is k, and w and y count
// as vowels (an Arabic و and ي stand for u and i as often as for w and y),
// and g is j (Egypt says ج g).
func Skeleton(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' || strings.IndexByte("aeiouyw", c) >= 0 {
			continue
		}
		switch c {
		case 'q':
			c = 'k'
		case 'g':
			c = 'j' // ج, which Egypt says g: جرح Garh, ماجدة Magida / Majida
		case 'c':
			c = latinC(s, i)
		case 'd':
			if frenchDj(s, i) {
				continue
			}
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// latinC is the consonant the c at s[i] writes, as an English c: s before
// e, i and y (نانسي Nancy), k before any other letter (كريم Carim), and s
// in ch, which is sh in the French spelling of North Africa (الشاب Cheb,
// شابة Chaba) and a ch of its own nowhere in Arabic (latin_c,
// maghreb_spelling): چ, which Persian and Urdu read ch, reads s h too.
func latinC(s string, i int) byte {
	switch next := byteAt(s, i+1); {
	case next != 0 && strings.IndexByte("eiy", next) >= 0:
		return 's'
	case next == 'h':
		return 's'
	}
	return 'k'
}

// frenchDj reports whether the d at s[i] begins the dj that the French
// spelling of North Africa writes for ج (Djazair, Hadj): the j alone
// counts (maghreb_spelling).
func frenchDj(s string, i int) bool { return byteAt(s, i+1) == 'j' }

// Shape returns the consonants of a Latin spelling as Skeleton does, with
// each run of vowels (w and y among them) between them written V: the
// form an Arabic word of fewer consonants than a skeleton match needs
// compares by (arabic_short_word), since its vowels are still guesses but
// where they stand is not: آه ah and Ah, يا ia and Ya, ليل lil and Leil
// or Layl are Vh, V and lVl; Lo (lV) and Ali (VlV) are not lVl.
func Shape(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		switch {
		case strings.IndexByte("aeiouyw", c) >= 0:
			c = 'V'
		case c == 'q':
			c = 'k'
		case c == 'g':
			c = 'j'
		case c == 'c':
			c = latinC(s, i)
		case c == 'd' && frenchDj(s, i):
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// ArabicSpellings reports whether a and b, two Latin words, may spell one
// Arabic word as two fans write it (arabic_romanization): the same
// consonants with their vowels in the same places (Shape), at least one
// consonant, and in each place vowels that write one Arabic vowel, apart
// by letters of one of the sets fans write it with: a and e (fatha: Wehbe
// / Wahbi, El / Al, Laila / Leila), e, i and y (kasra and ي: Wedad /
// Widad, Sahir / Saher, Fairuz / Fayrouz), o, u and w (damma and و: Boos /
// Bous). A digit writes a letter Latin has none for (Arabizi): 3 ع, read
// as a vowel (3ala / Ala), 7 ح h, 5 خ kh, 9 ق q; a word with another
// digit (2day, 4ever) spells none. Vowels from two sets are two words:
// Nour / Nar (light, fire), Amor / Amar, Sol / Sal.
func ArabicSpellings(a, b string) bool {
	la, lb := arabizi(a), arabizi(b)
	if a == b || la == "" || lb == "" {
		return false
	}
	sa := Shape(la)
	if sa != Shape(lb) || strings.Trim(sa, "V") == "" {
		return false
	}
	ra, rb := vowelRuns(la), vowelRuns(lb)
	if len(ra) != len(rb) {
		return false
	}
	for k := range ra {
		if !oneArabicVowel(ra[k], rb[k]) {
			return false
		}
	}
	return true
}

// arabicVowelSets are the sets of Latin letters that write one Arabic
// vowel (see ArabicSpellings).
var arabicVowelSets = [...]string{"ae", "eiy", "ouw"}

// oneArabicVowel reports whether two runs of vowels differ only by letters
// of one of arabicVowelSets.
func oneArabicVowel(x, y string) bool {
	var diff []byte
	for _, p := range [2][2]string{{x, y}, {y, x}} {
		for i := 0; i < len(p[0]); i++ {
			if c := p[0][i]; strings.IndexByte(p[1], c) < 0 && !slices.Contains(diff, c) {
				diff = append(diff, c)
			}
		}
	}
	if len(diff) == 0 {
		return true
	}
	for _, set := range arabicVowelSets {
		if !slices.ContainsFunc(diff, func(c byte) bool { return strings.IndexByte(set, c) < 0 }) {
			return true
		}
	}
	return false
}

// Arabizi reports whether w, a Latin word, writes a letter of Arabic as a
// digit (see ArabicSpellings): 3ala, 7abibi, Ma3ak.
func Arabizi(w string) bool { return strings.ContainsAny(w, "3579") && arabizi(w) != "" }

// ArabiziSpellings returns the spellings of w, a Latin word that writes a
// letter of Arabic as a digit (Arabizi), with the digits spelled out as
// ArabicSpellings reads them (3ala ala, 7abibi habibi), or nil. A 2
// between two letters writes the glottal stop, ء or the ق that Egypt and
// the Levant say so (Besho2ak بشوقك, So2al سؤال): spelled q and left out,
// two spellings; a 2 elsewhere is a number (2day, Part 2).
func ArabiziSpellings(w string) []string {
	if k := strings.IndexByte(w, '2'); k > 0 && k+1 < len(w) && isLetter(w[k-1]) && isLetter(w[k+1]) {
		var out []string
		for _, sp := range []string{"q", ""} {
			v := w[:k] + sp + w[k+1:]
			if strings.ContainsAny(v, "3579") {
				v = arabizi(v)
			}
			if v != "" && !strings.ContainsAny(v, "0123456789") {
				out = append(out, v)
			}
		}
		return out
	}
	if !Arabizi(w) {
		return nil
	}
	return []string{arabizi(w)}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// arabizi returns a Latin word with the digits Arabizi writes for letters
// spelled out (see ArabicSpellings), or "" when it has another digit or
// no letter.
func arabizi(s string) string {
	letter := false
	b := make([]byte, 0, len(s)+2)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			letter = true
			b = append(b, c)
		case c == '3':
			b = append(b, 'a')
		case c == '7':
			b = append(b, 'h')
		case c == '5':
			b = append(b, 'k', 'h')
		case c == '9':
			b = append(b, 'q')
		default:
			return ""
		}
	}
	if !letter {
		return ""
	}
	return string(b)
}

// ShapeMatch reports whether latin, a Latin spelling, meets the short
// Arabic word word, read as read, by where their vowels stand (Shape) and
// by the long vowels the word writes: each of its vowel letters is met, in
// order, by a letter fans write for it among the spelling's vowels at that
// place: ا a by a or e, و u by o, u or w, ي i by i, e or y; a letter that
// writes more than one vowel (أ, ى, ة, a short-vowel mark) by any. هو is
// Howa and not Heya, ليالي Layaly and not Layla; the short vowels the
// script leaves out are the spelling's other letters.
func ShapeMatch(word, read, latin string) bool {
	if arabicShape(word, read) != Shape(latin) {
		return false
	}
	ra, rl := arabicVowelRuns(word), vowelRuns(latin)
	if len(ra) != len(rl) {
		return false
	}
	for k, run := range ra {
		if !runMet(run, rl[k]) {
			return false
		}
	}
	return true
}

// ShortSkeleton is the fewest consonants by which equal skeletons alone
// tell a word. A word of fewer meets every spelling of its one or two
// consonants, whatever vowels it writes (انتي nt: Enti and Enta; نار nr:
// Nar and Nour), so it compares by ShortMatch.
const ShortSkeleton = 3

// ShortMeet is how a Latin spelling meets a short Arabic word (ShortMatch).
type ShortMeet int

// The ways a spelling meets a short Arabic word.
const (
	// ShortNone: the spelling does not write a long vowel the word does,
	// or its consonants are others.
	ShortNone ShortMeet = iota
	// ShortGuess: the consonants agree, but the word writes no vowel
	// letter that tells one vowel from another (حب, هى, whose ى is a, i
	// or the end of Hiya alike): its spelling's vowels are a guess.
	ShortGuess
	// ShortVowels: the consonants agree, and so does every long vowel the
	// word writes, one at least telling its vowel (انتي Enti, نار Nar).
	ShortVowels
)

// ShortMatch grades how latin, a Latin spelling, meets word, an Arabic word
// read as read whose skeleton has fewer than ShortSkeleton consonants. A
// word of fewer than MinSkeleton compares by ShapeMatch; one of more by its
// consonants in order, doubles apart (حبيبي is h b b, not the h b of حب),
// and by the vowel letters it writes between the same consonants: where
// the spelling writes vowels there, each letter is met in order by one
// that writes it (ShapeMatch's letters), and the spelling may add short
// vowels of its own (انت Enta, حبيبي Habibi); where it writes none, the
// letter is silent or elided (عمرو Amr) and tells nothing.
func ShortMatch(word, read, latin string) ShortMeet {
	if len(Skeleton(read)) < MinSkeleton {
		if !ShapeMatch(word, read, latin) {
			return ShortNone
		}
		if slices.ContainsFunc(arabicVowelRuns(word), telling) {
			return ShortVowels
		}
		return ShortGuess
	}
	a, l := arabicSlots(word, read), latinSlots(latin)
	if a.cons != l.cons || len(a.vowels) != len(l.vowels) {
		return ShortNone
	}
	meet := ShortGuess
	for k, run := range a.vowels {
		switch {
		case l.vowels[k] == "":
		case !runMet(run, l.vowels[k]):
			return ShortNone
		case telling(run):
			meet = ShortVowels
		}
	}
	return meet
}

// arabicFolds are the letters Arabic texts write for one another: alif
// with or without its hamza or madda, ى for ي, ة for ه, and the hamza on
// its seat or alone.
var arabicFolds = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي")

// SameArabic reports whether two Arabic words are one written with other
// letters for one another (arabicFolds): إنت and انت, هى and هي. Two short
// words that differ otherwise are two words, whatever their consonants
// (نار and نور: fire and light).
func SameArabic(a, b string) bool {
	return arabicFolds.Replace(a) == arabicFolds.Replace(b)
}

// telling reports whether a run of arabicVowelRuns has a letter that
// tells one vowel from another (not *).
func telling(run string) bool { return strings.Trim(run, "*") != "" }

// slots are a spelling's consonants (as Shape writes them) and the vowel
// runs between them: vowels[k] is the run before consonant k, the last
// the run after the last consonant.
type slots struct {
	cons   string
	vowels []string
}

// latinSlots returns the slots of a Latin spelling.
func latinSlots(latin string) slots {
	shape, runs := Shape(latin), vowelRuns(latin)
	return fillSlots(shape, runs)
}

// arabicSlots returns the slots of an Arabic word read as read, each vowel
// run as arabicVowelRuns writes it.
func arabicSlots(word, read string) slots {
	return fillSlots(arabicShape(word, read), arabicVowelRuns(word))
}

// arabicShape is the Shape of an Arabic word read as read, with a vowel
// before it when the word starts with ع, which its reading leaves unwritten
// and fans write as the vowel it carries or as 3 (على Ala, 3ala; عمرو Amr):
// initial_ayn.
func arabicShape(word, read string) string {
	sh := Shape(read)
	if strings.HasPrefix(word, "ع") && !strings.HasPrefix(sh, "V") {
		sh = "V" + sh
	}
	return sh
}

// fillSlots places runs, one for each V of shape, between its consonants.
func fillSlots(shape string, runs []string) slots {
	var sl slots
	sl.vowels = make([]string, 1, len(shape)+1)
	for i := 0; i < len(shape); i++ {
		if shape[i] != 'V' {
			sl.cons += shape[i : i+1]
			sl.vowels = append(sl.vowels, "")
			continue
		}
		if len(runs) > 0 {
			sl.vowels[len(sl.vowels)-1], runs = runs[0], runs[1:]
		}
	}
	return sl
}

// runMet reports whether each vowel of run, an Arabic word's, is met in
// order by a letter of latin, a spelling's run of vowels, that writes it
// (vowelWrites).
func runMet(run, latin string) bool {
	j := 0
	for i := 0; i < len(run); i++ {
		for j < len(latin) && !vowelWrites(run[i], latin[j]) {
			j++
		}
		if j == len(latin) {
			return false
		}
		j++
	}
	return true
}

// vowelRuns returns the runs of vowels (w and y among them) of a Latin
// spelling, one for each V of its Shape, letters other than a-z skipped.
func vowelRuns(s string) []string {
	var runs []string
	var run []byte
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 'a' || c > 'z':
		case strings.IndexByte("aeiouyw", c) >= 0:
			run, in = append(run, c), true
		case in:
			runs = append(runs, string(run))
			run, in = run[:0], false
		}
	}
	if in {
		runs = append(runs, string(run))
	}
	return runs
}

// arabicVowelRuns returns the runs of an Arabic word's vowel letters as its
// reading writes them (arabic), one for each V of the reading's Shape, each
// letter as the vowel a spelling must write for it (vowelWrites): a, i or
// u, * for a letter that writes more than one, or v for an alif or an ع
// that starts the word, which any vowel writes.
func arabicVowelRuns(word string) []string {
	var runs []string
	var run []byte
	in := false
	for i, r := range word {
		s, ok := arabicLetters[r]
		switch {
		case i == 0 && r == 'ا':
			// An alif that starts a word carries a short vowel the word
			// does not write, any of them (انت Inta, Enta, Anta; the
			// article ال El, Al): initial_alif.
			run, in = append(run, 'v'), true
			continue
		}
		if !ok || s == "" {
			if i == 0 && r == 'ع' {
				// So does an ع that starts it (على Ala, عمرو Amr):
				// initial_ayn.
				run, in = append(run, 'v'), true
			}
			continue
		}
		switch r {
		case 'ا', 'آ':
			run, in = append(run, 'a'), true
		case 'و', 'ؤ':
			run, in = append(run, 'u'), true
		case 'ي', 'ئ', 'إ', 'ی', 'ے':
			run, in = append(run, 'i'), true
		case 'أ', 'ٱ', 'ى', 'ة', '\u064E', '\u0650', '\u064F':
			run, in = append(run, '*'), true
		default:
			if strings.IndexByte("aeiou", s[0]) >= 0 {
				// A tanween mark: a vowel and n.
				run = append(run, '*')
			}
			if len(run) > 0 {
				runs = append(runs, string(run))
			}
			run, in = run[:0], false
		}
	}
	if in {
		runs = append(runs, string(run))
	}
	return runs
}

// vowelWrites reports whether c, a vowel of a Latin spelling, writes v, a
// vowel letter of an Arabic word as arabicVowelRuns gives it.
func vowelWrites(v, c byte) bool {
	switch v {
	case 'v':
		return strings.IndexByte("aeiouy", c) >= 0
	case 'a':
		return c == 'a' || c == 'e'
	case 'i':
		return c == 'i' || c == 'e' || c == 'y'
	case 'u':
		return c == 'o' || c == 'u' || c == 'w'
	}
	return true
}

// Kanji reports whether tok has a Han character, which JapaneseSpells
// reads.
func Kanji(tok string) bool { return inScript(tok, unicode.Han) }

// Abjad reports whether tok is written in Arabic, whose readings compare by
// Skeleton.
func Abjad(tok string) bool { return inScript(tok, unicode.Arabic) }

// Devanagari reports whether tok is written in Devanagari, whose
// readings compare by Hinglish too.
func Devanagari(tok string) bool { return inScript(tok, unicode.Devanagari) }

// Cyrillic reports whether tok has a Cyrillic letter.
func Cyrillic(tok string) bool { return inScript(tok, unicode.Cyrillic) }

// sunLetters are the Arabic letters the article ال takes the sound of
// (الشمس ash-shams, الرحمن ar-rahman, النور an-nur).
const sunLetters = "تثدذرزسشصضطظلن"

// CliticSpelled reports whether latin, a Latin word, writes on its own the
// clitic the Arabic word word starts with, which fans write as a word before
// the rest (arabic_clitic_word): the article ال as al, el, il or ul, or,
// before a sun letter, as a vowel and that letter (الشمس Ash Shams); the
// conjunction و as wa, we, wi, w or u (وليلى Wa Laila, W Leila). The rest of
// the word is two letters or more after the article and three after the
// conjunction, so that a word of its own (الا; ولد, whose و is its own) is
// not cut.
func CliticSpelled(word, latin string) bool {
	rs := []rune(word)
	switch {
	case len(rs) >= 4 && rs[0] == 'ا' && rs[1] == 'ل':
		switch latin {
		case "al", "el", "il", "ul":
			return true
		}
		sun := arabicLetters[rs[2]]
		return len(latin) >= 2 && strings.IndexByte("aeiu", latin[0]) >= 0 && strings.ContainsRune(sunLetters, rs[2]) && latin[1:] == sun
	case len(rs) >= 4 && rs[0] == 'و':
		switch latin {
		case "wa", "we", "wi", "w", "u":
			return true
		}
	}
	return false
}

// vowelLetters are the Arabic letters a Latin spelling may write as a
// vowel or leave out at the start of a word: ع, alif and its forms, و and
// ي.
const vowelLetters = "عاأإآوي"

// VowelLead reports whether latin, a Latin word without a consonant (see
// Skeleton), may write the start of the Arabic word word as a word of its
// own: a clitic (CliticSpelled), or a vowel for a first letter that
// spells one or none (عبالي Aa Bali). Another such word before the word is
// one of its own (يا نور Ya Nour: the vocative, not a letter of نور):
// arabic_vowel_word.
func VowelLead(word, latin string) bool {
	if CliticSpelled(word, latin) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(word)
	return strings.ContainsRune(vowelLetters, r)
}

// ArticleWord reports whether an Arabic word starts with the article ال
// and has two letters or more after it.
func ArticleWord(word string) bool {
	rs := []rune(word)
	return len(rs) >= 4 && rs[0] == 'ا' && rs[1] == 'ل'
}

// ArticleSkeleton returns the Skeleton of read, the reading of the Arabic
// word word, without the article ال it begins with, as fans drop it in a
// name (الشاب Cheb, الرباعي Rebai): arabic_article_dropped. It is "" for a
// word without the article (ArticleWord) and for one whose skeleton after
// it has fewer than ShortSkeleton consonants, which tell too little alone.
func ArticleSkeleton(word, read string) string {
	if !ArticleWord(word) || !strings.HasPrefix(read, "al") {
		return ""
	}
	if sk := Skeleton(read[2:]); len(sk) >= ShortSkeleton {
		return sk
	}
	return ""
}

// EndsAgree reports whether the Arabic word word and the Latin spelling
// latin end alike: a word ending in a consonant letter is not spelled
// with a vowel after it (القلب is no Qalbi, my heart; الشاب no Chaba),
// and a word ending in ة (the feminine) not without one (الشابة is no
// Cheb). Final alif, ya, waw and hamza may be either.
func EndsAgree(word, latin string) bool {
	rs := []rune(word)
	if len(rs) == 0 || latin == "" {
		return true
	}
	vowel := strings.IndexByte("aeiouy", latin[len(latin)-1]) >= 0
	switch rs[len(rs)-1] {
	case 'ا', 'ى', 'ي', 'و', 'ء', 'أ', 'ئ', 'ؤ':
		return true
	case 'ة':
		return vowel || strings.HasSuffix(latin, "ah") || strings.HasSuffix(latin, "at")
	}
	return !vowel
}
