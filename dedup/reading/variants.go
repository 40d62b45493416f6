package reading

import (
	"slices"
	"strings"
	"unicode"
)

// Greeklish folds a Latin spelling of Greek to one form that the phonetic
// reading (Υπάρχω iparho, Φραγκοσυριανή frangosiriani, Πειραιά peiraia)
// and the Greeklish fans type (Yparxo, Fragkosyrianh, Pirea) share: x, ch
// and kh are h (χ), ks is h too (ξ, which Greeklish writes x), y, ei, oi
// and ui are i, ai is e, ou is u, w is o (ω), gk, gg and ng are g, mp is b,
// nt is d, 8 is th, au, av and af (and eu, ev, ef) before a consonant are
// af before a voiceless one and av before any other (αυ, ευ: Eutyxws,
// Eftyhos), gi and yi before a vowel are i (γι: Giorgos, Yiorgos, Yorgos),
// and an h between consonants or after one at the end is i (η, as
// Greeklish writes it: Klhseis, Fragkosyrianh). Double letters count once. Compare a Greek word's reading with it, both sides folded.
func Greeklish(s string) string { return string(AppendGreeklish(make([]byte, 0, len(s)), s)) }

// AppendGreeklish appends Greeklish(s) to b.
func AppendGreeklish(b []byte, s string) []byte {
	start := len(b)
	emit := func(c ...byte) {
		for _, x := range c {
			if len(b) == start || b[len(b)-1] != x {
				b = append(b, x)
			}
		}
	}
	at := func(i int) byte {
		if i >= 0 && i < len(s) {
			return s[i]
		}
		return 0
	}
	consonant := func(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }
	for i := 0; i < len(s); i++ {
		c, next := s[i], at(i+1)
		two := true // c and next read as one
		switch {
		case c == 'c' && next == 'h', c == 'k' && (next == 'h' || next == 's'):
			emit('h')
		case c == 'e' && (next == 'i' || next == 'e'), c == 'o' && next == 'i', c == 'u' && next == 'i':
			emit('i')
		case (c == 'a' || c == 'e') && (next == 'u' || next == 'v' || next == 'f') && consonant(at(i+2)) &&
			!(next == 'u' && strings.IndexByte("vfw", at(i+2)) >= 0):
			// αυ and ευ as fans write them, au, av or af: af before a
			// voiceless consonant, av before any other (Eutyxws,
			// Eftyhos, Evtihos all eftihos).
			emit(c)
			if strings.IndexByte("tkpsfhx8c", at(i+2)) >= 0 {
				emit('f')
			} else {
				emit('v')
			}
		case c == 'a' && next == 'i':
			emit('e')
		case c == 'o' && next == 'u':
			emit('u')
		case c == 'g' && (next == 'k' || next == 'g'), c == 'n' && next == 'g':
			emit('g')
		case c == 'm' && next == 'p':
			emit('b')
		case c == 'n' && next == 't':
			emit('d')
		case c == 'p' && next == 'h':
			emit('f')
		default:
			two = false
			switch {
			case c == 'x':
				emit('h')
			case c == 'y' && isVowel(next) && (len(b) == start || isVowel(b[len(b)-1])):
				// A y before a vowel that starts a syllable is γι (Yorgos).
				emit('y')
			case c == 'y':
				emit('i')
			case c == 'w':
				emit('o')
			case c == '8':
				emit('t', 'h')
			case c == 'h' && consonant(at(i-1)) && at(i-1) != 'c' && at(i-1) != 'k' && at(i-1) != 't' && at(i-1) != 'p' &&
				(next == 0 || consonant(next)):
				emit('i')
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				emit(c)
			}
		}
		if two {
			i++
		}
	}
	// γι before a vowel is a y, which fans write gi, yi or y (Giorgos,
	// Yiorgos, Yorgos; γεια, Geia, Gia; Panagiotis, Panayiotis): at the
	// start of the word or after a vowel, gi and yi before a vowel of the
	// fold are y. An i alone stays i, and a gi after a consonant stays gi,
	// so that English and Latin names keep apart (Margie / Marie, Sergio /
	// Serio, Gianna / Ianna).
	out := b[start:start]
	for k := start; k < len(b); k++ {
		if (b[k] == 'g' || b[k] == 'y') && k+2 < len(b) && b[k+1] == 'i' && isVowel(b[k+2]) &&
			(len(out) == 0 || isVowel(out[len(out)-1])) {
			out = append(out, 'y')
			k++
			continue
		}
		out = append(out, b[k])
	}
	return b[:start+len(out)]
}

// Greek reports whether tok is written in Greek, whose readings compare by
// Greeklish too.
func Greek(tok string) bool { return inScript(tok, unicode.Greek) }

// Alternates returns the other Latin readings of a folded token that fans
// write, beside the one Of gives:
//
//   - Han characters read as Japanese (星野源 - 恋, Hoshino Gen - Koi: koi,
//     which pinyin reads lian), and that reading Swapped; kanji and kana
//     with a particle read by its kana (季節は Kisetsu ha);
//   - a Korean name of two to four syllables with its family name spelled
//     as families spell it (이 Lee, 박 Park, 최 Choi: 이소라 Lee Sora, 박효신
//     Park Hyo Shin), where that spelling is not Revised Romanization
//     folded by Popular;
//   - a Devanagari word with ऐ written ae (ऐ मेरे वतन Ae Mere Watan) or its
//     final nasal dropped (छैयां Chaiyya, लंबियां Lambiya, सपनों Sapno), or
//     English letters by their names (एआर A.R., DevaInitials);
//   - a Cyrillic word as fans write it Russian-style (cyrillicFan): a
//     Ukrainian word with г g, и and і and ї i (Старі фотографії Stari
//     fotografii, Відпусти Vidpusti), and ия or ія as ia (Ария Aria,
//     Стефанія Stefania); with й as i and ё as yo (cyrillicFanLetters);
//     with every i sound i (cyrillicIScheme: Белые Belie, Юрий Iurii);
//     and with the háček scheme's letters folded (cyrillicHacek: Шут
//     Šut).
//
// The alternates are lower-case ASCII letters and digits, one word each.
func Alternates(tok string) []string {
	return AlternatesOf(tok, true)
}

// AlternatesOf is Alternates with the Ukrainian reading of a Cyrillic word
// with no Ukrainian letter (UkrainianUnmarked) only when unmarked is set:
// и and г are Russian as often as Ukrainian, and a title's own words tell
// which the reading is (cyrillic_ukrainian_unmarked).
func AlternatesOf(tok string, unmarked bool) []string {
	var alts []string
	if rs := []rune(tok); inScript(tok, unicode.Han) && !slices.ContainsFunc(rs, isKana) {
		// Kanji read as Japanese where the title had no kana to tell.
		if r := japanese(rs); r != "" {
			alts = append(alts, strings.ReplaceAll(r, " ", ""))
			if sw := Swapped(tok, r); sw != "" {
				alts = append(alts, sw)
			}
		}
	}
	if rs := []rune(tok); inScript(tok, unicode.Han) && slices.ContainsFunc(rs, isKana) {
		// Kanji and kana with a particle read by its kana (Kisetsu ha).
		if r := japaneseAs(rs, false); r != japanese(rs) {
			alts = append(alts, strings.ReplaceAll(r, " ", ""))
		}
	}
	if rs := []rune(tok); len(rs) >= 2 && len(rs) <= 4 && isHangulSyllables(rs) {
		for _, sp := range familyNames[rs[0]] {
			alts = append(alts, sp+hangul(rs[1:]))
		}
		// A name folded syllable by syllable, as its bearer writes it in
		// words of their own: 민경훈 Min Kyung Hoon, whose n and g Popular
		// reads as one ng in the word (korean_name_syllables).
		if by := popularSyllables(rs); by != Popular(hangul(rs)) {
			alts = append(alts, by)
		}
	}
	if Indic(tok) && !inScript(tok, unicode.Devanagari) {
		alts = append(alts, indicAlternates(tok)...)
	}
	if inScript(tok, unicode.Devanagari) {
		alts = append(alts, devanagariAlternates([]rune(tok))...)
		if l := DevaInitials(tok); l != "" {
			alts = append(alts, l)
		}
	}
	if inScript(tok, unicode.Cyrillic) {
		rs := []rune(tok)
		if alt, ok := cyrillicFan(rs); ok {
			alts = append(alts, alt)
		}
		for _, alt := range cyrillicFanLetters(rs) {
			if !slices.Contains(alts, alt) {
				alts = append(alts, alt)
			}
		}
		for _, scheme := range []map[rune]string{cyrillicIScheme, cyrillicHacek} {
			if alt, ok := cyrillicScheme(rs, scheme); ok && !slices.Contains(alts, alt) {
				alts = append(alts, alt)
			}
		}
		// A Ukrainian word the title gives no Ukrainian letter to tell
		// (Ельзи, Без бою) reads as Russian; fans spell it as Ukrainian
		// reads it, и y and г h (Okean Elzy): cyrillic_ukrainian_unmarked.
		if alt := UkrainianUnmarked(tok); unmarked && alt != "" && !slices.Contains(alts, alt) {
			alts = append(alts, alt)
		}
	}
	return alts
}

// UkrainianUnmarked returns the Ukrainian reading of a folded Cyrillic
// word with no Ukrainian letter (и y, г h: Ельзи elzy, Гори hory) where it
// differs from the Russian one, or "".
func UkrainianUnmarked(tok string) string {
	if !inScript(tok, unicode.Cyrillic) {
		return ""
	}
	rs := []rune(tok)
	if slices.ContainsFunc(rs, ukrainianLetter) {
		return ""
	}
	if alt := cyrillic(rs, HintUkrainian); alt != cyrillic(rs, 0) {
		return alt
	}
	return ""
}

// ukrainianLetter reports whether r is a letter only Ukrainian writes
// (see Detect): a word with one reads as Ukrainian already.
func ukrainianLetter(r rune) bool { return r == 'і' || r == 'ї' || r == 'є' || r == 'ґ' }

// cyrillicFan reads a Cyrillic word the way fans spell it in Latin letters
// whatever its language (cyrillic_fan_spelling): the Russian reading, with
// the Ukrainian letters as the Russian ones they look like (г g, и i, і i,
// ї i, є ye) and ия or ія written ia. It reports whether that spelling is
// one the reading does not already give: the word has a Ukrainian letter
// (the title's reading is then Ukrainian) or an ia.
func cyrillicFan(rs []rune) (string, bool) {
	var b strings.Builder
	other := false
	for i, r := range rs {
		switch r {
		case 'і', 'ї', 'є', 'ґ':
			other = true
		}
		switch {
		case (r == 'я') && i > 0 && (rs[i-1] == 'и' || rs[i-1] == 'і'):
			b.WriteString("a")
			other = true
		case r == 'ї':
			b.WriteString("i")
		default:
			b.WriteString(cyrillicLetters[r])
		}
	}
	out := b.String()
	return out, other && out != ""
}

// cyrillicFanLetters reads a Cyrillic word with the fans' other spellings
// of й and ё (cyrillic_fan_letters): й as i, where the reading writes y
// (Мумий mumiy, Mumii; Утекай, Utekai), and ё as yo, or o after ж, ч, ш
// and щ, where the reading writes e (Ёлка elka, Yolka; Моё, Moyo;
// Пугачёва, Pugachova); the one, the other and both, as the word has
// them. Loose folds the other spellings of the two (j for й, jo for ё).
func cyrillicFanLetters(rs []rune) []string {
	shortI, yo := slices.Contains(rs, 'й'), slices.Contains(rs, 'ё')
	var alts []string
	for _, sp := range [][2]bool{{true, false}, {false, true}, {true, true}} {
		if sp[0] && !shortI || sp[1] && !yo {
			continue
		}
		var b strings.Builder
		for i, r := range rs {
			switch {
			case r == 'й' && sp[0]:
				b.WriteString("i")
			case r == 'ё' && sp[1] && i > 0 && strings.ContainsRune("жчшщ", rs[i-1]):
				b.WriteString("o")
			case r == 'ё' && sp[1]:
				b.WriteString("yo")
			default:
				b.WriteString(cyrillicLetters[r])
			}
		}
		alts = append(alts, b.String())
	}
	return alts
}

// cyrillicIScheme is how the fans who write every i sound i spell a
// Cyrillic word (cyrillic_i_scheme): ы, й and ий as i, я as ia and ю as iu
// (Белые Belie, Юрий Iurii, Скованные Skovannie, Моя Moia), where the
// reading writes y. и stays i, never y: a Russian word is not spelled as
// Ukrainian reads it (Кино is no Kyno).
var cyrillicIScheme = map[rune]string{'ы': "i", 'й': "i", 'я': "ia", 'ю': "iu"}

// cyrillicHacek is how the scheme with háčeks writes a Cyrillic word, the
// háčeks then folded as titles are compared (cyrillic_hacek_scheme): ш s,
// ч c, ж z, щ sc (Шут Šut sut, Хочешь Hočeš khoces, Жуки Žuki zuki).
var cyrillicHacek = map[rune]string{'ш': "s", 'ч': "c", 'ж': "z", 'щ': "sc"}

// cyrillicScheme reads a Cyrillic word with the letters of scheme in
// place of the reading's, and reports whether the word has one of them.
func cyrillicScheme(rs []rune, scheme map[rune]string) (string, bool) {
	var b strings.Builder
	other := false
	for _, r := range rs {
		if sp, ok := scheme[r]; ok {
			b.WriteString(sp)
			other = true
			continue
		}
		b.WriteString(cyrillicLetters[r])
	}
	return b.String(), other
}

func isHangulSyllables(rs []rune) bool {
	for _, r := range rs {
		if r < hangulFirst || r > hangulLast {
			return false
		}
	}
	return true
}

// familyNames are the spellings Korean families use for their names where
// Popular does not fold them to the Revised Romanization (김 Kim, 정 Jung,
// 성 Sung, 조 Cho, 윤 Yoon and most others it does), after the family-name
// spellings the National Institute of Korean Language surveyed.
var familyNames = map[rune][]string{
	'이': {"lee", "yi", "rhee"},
	'리': {"lee"},
	'박': {"park"},
	'최': {"choi"},
	'임': {"lim"},
	'유': {"yoo"},
	'류': {"yoo", "yu"},
	'노': {"noh", "roh"},
	'오': {"oh"},
	'우': {"woo"},
	'안': {"ahn"},
	'서': {"suh"},
	'손': {"sohn"},
	'백': {"paik"},
	'허': {"huh"},
	'나': {"ra"},
	'여': {"yuh"},
	'위': {"wee"},
}

// Swapped returns the reading r of a word in Han characters or kana whose
// reading is two words, those words the other way round and joined: a
// name written family name first, which Latin titles write given name
// first (宇多田ヒカル utada hikaru, Hikaru Utada; 近藤真彦, Masahiko Kondo).
// It returns "" for any other word.
func Swapped(tok, r string) string {
	first, second, ok := strings.Cut(r, " ")
	if !ok || strings.Contains(second, " ") || !strings.ContainsFunc(tok, isJapanese) {
		return ""
	}
	return second + first
}

// Hinglish folds a Latin spelling of Hindi or Urdu to one form that the
// Devanagari reading (रातां लंबियां raatan lambiyan, ये जवानी ye javani)
// and the spellings fans type (Raataan Lambiyan, Raatan Lambiya, Yeh
// Jawaani, Zindagi, Jindagi) share (hinglish_spelling): a long vowel
// written twice (aa, ee, ii, oo, uu) as one, ee and oo as i and u, a
// double consonant single, chh as ch, w as v, z as j, q as k, an h after
// a vowel at the end unwritten (Yeh, Woh), a final e written ay after a
// consonant in a word of five letters or more (गले gale, Galay), and an n
// that ends a word after two vowels or y and a vowel, the nasal (लंबियां
// Lambiya, हैं hai), unwritten. Compare a Hindi word's reading with it,
// both sides folded.
func Hinglish(s string) string { return string(appendHinglish(make([]byte, 0, len(s)), s, true)) }

// AppendHinglish appends to b the form two Latin spellings of one Hindi
// word share: Hinglish, except that a doubled consonant stays double, as
// in AppendRomanization (Hallo / Halo, Anna / Ana are other words).
func AppendHinglish(b []byte, s string) []byte { return appendHinglish(b, s, false) }

// Unglided is Hinglish with a y left out between a vowel and an e or i:
// the glide fans write where Devanagari has a vowel after a vowel (गए
// gae, Gaye; नए Naye; गई Gayi; जिए Jiye), and the reading does not
// (hindi_glide). It is for a Devanagari word against a Latin spelling
// only: between two Latin spellings the y may be a consonant of its own.
func Unglided(s string) string {
	b := appendHinglish(make([]byte, 0, len(s)), s, true)
	out := b[:0]
	for i, c := range b {
		if c == 'y' && i > 0 && isVowel(b[i-1]) && b[i-1] != 'y' && i+1 < len(b) && (b[i+1] == 'e' || b[i+1] == 'i') {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// HindiVowels is Hinglish with the vowels fans write for a Devanagari
// word's reading beside the reading's own folded to one
// (hindi_fan_vowels): ay before a consonant or at the end as ai (जय jay,
// Jai Ho), a final ie as i (कभी kabhi, Kabhie), an a before an h that
// closes its syllable as e, the vowel Hindi says there (महबूबा mahbuba,
// Mehbooba; रहना rahna, Rehna), and, when nasalE says that the word
// writes a nasal e (NasalE), ein as en (में men, Mein). It is for a
// Devanagari word against a Latin spelling only: between two Latin
// spellings, or in English, the letters are other words (Jay, Jai; Rain,
// Ren).
func HindiVowels(s string, nasalE bool) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case c == 'a' && next == 'y' && !isVowel(byteAt(s, i+2)):
			b = append(b, 'a', 'i')
			i++
		case nasalE && c == 'e' && next == 'i' && byteAt(s, i+2) == 'n':
			b = append(b, 'e')
			i++
		case c == 'i' && next == 'e' && i+2 == len(s) && i > 0:
			b = append(b, 'i')
			i++
		case c == 'a' && next == 'h' && i+2 < len(s) && !isVowel(s[i+2]) && s[i+2] != 'h':
			b = append(b, 'e')
		default:
			b = append(b, c)
		}
	}
	return Hinglish(string(b))
}

// NasalE reports whether tok, a Devanagari word, writes an e with a nasal
// mark (में, दें), which fans spell ein (Mein, Dein).
func NasalE(tok string) bool {
	tok, _ = AsDevanagari(tok)
	for _, e := range []string{"ें", "ेँ"} {
		if strings.Contains(tok, e) {
			return true
		}
	}
	return false
}

func appendHinglish(b []byte, s string, doubles bool) []byte {
	start := len(b)
	emit := func(c byte) {
		if len(b) == start || b[len(b)-1] != c || !doubles && !isVowel(c) {
			b = append(b, c)
		}
	}
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case c == 'e' && next == 'e':
			emit('i')
			i++
		case c == 'o' && next == 'o':
			emit('u')
			i++
		case doubles && c == 'c' && next == 'c' && byteAt(s, i+2) == 'h':
			// cch for a doubled ch (Baccha): the ch after it.
		case c == 'c' && next == 'h':
			if !doubles || !endsCh(b[start:]) {
				// A doubled ch written chch (बच्चा bachcha, Bachha).
				emit('c')
				emit('h')
			}
			i++
			if byteAt(s, i+1) == 'h' {
				i++
			}
		case c == 'w':
			emit('v')
		case c == 'z':
			emit('j')
		case c == 'q':
			emit('k')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			emit(c)
		}
	}
	out := b[start:]
	if n := len(out); n >= 5 && out[n-1] == 'y' && out[n-2] == 'a' && !isVowel(out[n-3]) {
		b = append(b[:len(b)-2], 'e')
	} else if n >= 3 && out[n-1] == 'h' && isVowel(out[n-2]) {
		b = b[:len(b)-1]
	} else if n >= 4 && out[n-1] == 'n' && isVowel(out[n-2]) && (isVowel(out[n-3]) || out[n-3] == 'y') {
		b = b[:len(b)-1]
	}
	return b
}

// minSlavicOnset is the fewest letters of a word whose initial ye, je or
// ie is read as the e of е (Yelena, Jelena, Elena).
const minSlavicOnset = 5

// Slavic folds a Latin spelling of a Russian, Ukrainian or Serbian word to
// one form that the schemes fans use share (slavic_romanization), beyond
// AppendRomanization: y, j and i are one letter wherever they write a
// vowel or й, and a run of them one (ы as y or i, й as y, i or j, -ий as
// -iy, -ij, -ii or -y: Vysotsky, Visotskiy, Vysotskii; Tsoi, Tsoy, Coj;
// Sergei, Sergey, Sergej; Rozy, Rozi), я, ю as ya, ja or ia and yu, ju or
// iu (Pesnya, Pesnja, Pesnia; Lyublyu, Liubliu), ы and е as ye, yje or
// ie (Belye, Belyje, Belie), е at the start of a word
// of five letters or more as e, ye, je or ie (Yekaterina, Ekaterina), щ as
// shch, sch or sh and ч as ch or tch (Schastye, Shchastye; Tchaif), ё
// after ч, ш or ж as o or e (Pugachova, Pugacheva), and дж
// as dzh, dj or d (Dzhigan, Djigan). ч and ц stay apart (Choi, Tsoi), and
// so do a doubled consonant and a single one (Anna, Ana).
func Slavic(s string) string { return string(AppendSlavic(make([]byte, 0, len(s)), s)) }

// AppendSlavic appends Slavic(s) to b.
func AppendSlavic(b []byte, s string) []byte {
	start := len(b)
	b = appendLoose(b, s, foldKeepYe)
	w := b[start:]
	out := w[:0]
	consonantBefore := func() bool { return len(out) > 0 && !isVowel(out[len(out)-1]) }
	for k := 0; k < len(w); k++ {
		c := w[k]
		rest := w[k:]
		switch {
		case hasPrefix(rest, "shch"):
			out = append(out, 's', 'h')
			k += 3
		case hasPrefix(rest, "sch"):
			out = append(out, 's', 'h')
			k += 2
		case hasPrefix(rest, "tch"):
			out = append(out, 'c', 'h')
			k += 2
		case hasPrefix(rest, "dzh"):
			out = append(out, 'd')
			k += 2
		case (c == 'y' || c == 'i' || c == 'j') && len(out) == 0 && len(w) >= minSlavicOnset && byteAt(string(w), k+1) == 'e':
			// е at the start of a name: Yelena, Elena.
		case (c == 'i' || c == 'y') && byteAt(string(w), k+1) == 'u' && consonantBefore():
			// ю after a consonant written iu or yu, as yu folds; a j
			// before u may be a consonant of its own (Arjun, Arun).
		case c == 'o' && len(out) >= 2 && out[len(out)-1] == 'h' && strings.IndexByte("csz", out[len(out)-2]) >= 0:
			// ё after ч, ш and ж written o, as e (Pugachova, Pugacheva).
			out = append(out, 'e')
		case c == 'y' || c == 'i' || c == 'j':
			if len(out) == 0 || out[len(out)-1] != 'i' {
				out = append(out, 'i')
			}
		default:
			out = append(out, c)
		}
	}
	return b[:start+len(out)]
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// HacekLetters are the letters Hacek spells out.
const HacekLetters = "čćšžđČĆŠŽĐ"

// Hacek spells out the háček letters and đ of a Latin word as other
// schemes write them: č and ć ch, š sh, ž zh, đ dj (Čolić Cholich).
func Hacek(w string) string {
	return hacekReplacer.Replace(w)
}

var hacekReplacer = strings.NewReplacer("č", "ch", "ć", "ch", "š", "sh", "ž", "zh", "đ", "dj",
	"Č", "Ch", "Ć", "Ch", "Š", "Sh", "Ž", "Zh", "Đ", "Dj")

// CyrillicSlavic reports whether latin, a Latin word, spells the Cyrillic
// word tok, whose reading is read, in another scheme than the reading's:
// their Slavic folds are one (slavic_romanization). A Latin y stands for и
// only where the title reads the word as Ukrainian (Тримай trymay,
// Trymai): when tok has и, latin a y and the reading is Russian, the word
// is no Russian spelled so (Кино is no Kyno, Мила no Myla), and only the
// reading's own comparisons hold.
func CyrillicSlavic(tok, read, latin string) bool { return NewSlavicWord(tok, read).Spells(latin) }

// SlavicWord is a Cyrillic word and its reading prepared for
// CyrillicSlavic, once for the many Latin words a title is compared with.
type SlavicWord struct {
	cyrillic bool   // the word is Cyrillic: else it spells no Latin word so
	fold     string // the reading's Slavic fold
	russianI bool   // the word has и and its reading is not the Ukrainian one
}

// NewSlavicWord prepares tok, whose reading is read, for CyrillicSlavic.
func NewSlavicWord(tok, read string) SlavicWord {
	if !inScript(tok, unicode.Cyrillic) {
		return SlavicWord{}
	}
	return SlavicWord{
		cyrillic: true,
		fold:     Slavic(read),
		russianI: strings.ContainsRune(tok, 'и') && read != cyrillic([]rune(tok), HintUkrainian),
	}
}

// Spells is CyrillicSlavic of the word against latin.
func (w SlavicWord) Spells(latin string) bool {
	if latin == "" || !w.cyrillic || w.russianI && strings.IndexByte(latin, 'y') >= 0 {
		return false
	}
	var buf [64]byte
	return w.fold == string(AppendSlavic(buf[:0], latin))
}

// popularSyllables is Popular of each syllable of rs, joined.
func popularSyllables(rs []rune) string {
	var b strings.Builder
	for i := range rs {
		b.WriteString(Popular(hangul(rs[i : i+1])))
	}
	return b.String()
}
