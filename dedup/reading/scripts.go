package reading

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// cyrillicLetters is the common reading of each Cyrillic letter (Russian
// for the letters Russian has), with the letters of Ukrainian, Belarusian,
// Serbian and Macedonian; the language hints change a few (see cyrillic).
var cyrillicLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
	// Ukrainian and Belarusian.
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	// Serbian and Macedonian.
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
}

// cyrillicByHint are the letters a language reads otherwise.
var cyrillicByHint = []struct {
	hint    Hint
	letters map[rune]string
}{
	// Serbian Latin (Gaj's alphabet) with its accents folded, as titles
	// are compared: č, ć c; š s; ž z.
	{HintSerbian, map[rune]string{'ц': "c", 'ч': "c", 'ш': "s", 'ж': "z", 'х': "h"}},
	{HintUkrainian, map[rune]string{'г': "h", 'и': "y", 'х': "kh"}},
	{HintBulgarian, map[rune]string{'щ': "sht", 'ъ': "a", 'х': "h"}},
}

func cyrillic(rs []rune, h Hint) string {
	var b strings.Builder
	for _, r := range rs {
		s, ok := cyrillicLetters[r]
		if !ok {
			continue
		}
		for _, l := range cyrillicByHint {
			if h&l.hint != 0 {
				if o, ok := l.letters[r]; ok {
					s = o
					break
				}
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// greekLetters is the Greeklish reading fans write: phonetic for the
// vowels (η, υ, ω as i, i, o) and χ as h.
var greekLetters = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "i", 'φ': "f", 'χ': "h", 'ψ': "ps",
	'ω': "o",
}

// greekPairs are the two-letter spellings that read as one sound, and the
// reading of the first three at the start of a word.
var greekPairs = map[string][2]string{
	"ου": {"ou", "ou"}, "αι": {"ai", "ai"}, "ει": {"ei", "ei"}, "οι": {"oi", "oi"},
	"αυ": {"av", "av"}, "ευ": {"ev", "ev"}, "μπ": {"mb", "b"}, "ντ": {"nt", "d"},
	"γκ": {"ng", "g"}, "γγ": {"ng", "ng"}, "τσ": {"ts", "ts"}, "τζ": {"tz", "tz"},
}

// greekVoiceless are the voiceless consonants, before which αυ and ευ
// read af and ef.
const greekVoiceless = "θκξπσςτφχψ"

func greek(rs []rune) string {
	// Accents and the diaeresis go: fans write none.
	var base []rune
	for _, r := range norm.NFD.String(string(rs)) {
		if !unicode.IsMark(r) {
			base = append(base, r)
		}
	}
	var b strings.Builder
	for i := 0; i < len(base); i++ {
		if i+1 < len(base) {
			if p, ok := greekPairs[string(base[i:i+2])]; ok {
				switch {
				case base[i+1] == 'υ' && (base[i] == 'α' || base[i] == 'ε') && i+2 < len(base) && strings.ContainsRune(greekVoiceless, base[i+2]):
					// αυ and ευ before a voiceless consonant are af and ef
					// (Ευτυχώς eftychos, αυτό afto).
					b.WriteString(p[0][:1] + "f")
				case i == 0:
					b.WriteString(p[1])
				default:
					b.WriteString(p[0])
				}
				i++
				continue
			}
		}
		b.WriteString(greekLetters[base[i]])
	}
	return b.String()
}

// Revised Romanization of Korean: the initial, medial and final jamo of a
// syllable block, and the final's reading when a vowel follows it, where
// a final ㅎ is written h as fans write it (좋은 joheun, 많이 manhi), not
// dropped as Revised Romanization does.
var (
	hangulInitials = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulMedials  = [21]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinals   = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
	hangulLiaison  = [28]string{"", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "ps", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"}
)

const (
	hangulFirst    = 0xAC00
	hangulLast     = 0xD7A3
	hangulSilent   = 11 // the initial ㅇ, silent
	hangulInitialR = 5  // the initial ㄹ
	hangulFinalL   = 8  // the final ㄹ
)

func hangul(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		if r < hangulFirst || r > hangulLast {
			continue
		}
		s := int(r - hangulFirst)
		l, v, t := s/588, s%588/28, s%28
		ini := hangulInitials[l]
		if i > 0 && l == hangulInitialR && rs[i-1] >= hangulFirst && rs[i-1] <= hangulLast && int(rs[i-1]-hangulFirst)%28 == hangulFinalL {
			ini = "l" // ㄹㄹ is ll
		}
		b.WriteString(ini)
		b.WriteString(hangulMedials[v])
		if t == 0 {
			continue
		}
		if i+1 < len(rs) && rs[i+1] >= hangulFirst && rs[i+1] <= hangulLast && int(rs[i+1]-hangulFirst)/588 == hangulSilent {
			b.WriteString(hangulLiaison[t])
		} else {
			b.WriteString(hangulFinals[t])
		}
	}
	return b.String()
}

// isKana reports hiragana, katakana and the prolonged sound mark.
func isKana(r rune) bool {
	return r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA || r == 0x30FC || r >= 0x31F0 && r <= 0x31FF
}

// kanaSyllables is Hepburn for each hiragana (katakana are read as their
// hiragana).
var kanaSyllables = map[rune]string{
	'あ': "a", 'い': "i", 'う': "u", 'え': "e", 'お': "o",
	'か': "ka", 'き': "ki", 'く': "ku", 'け': "ke", 'こ': "ko",
	'さ': "sa", 'し': "shi", 'す': "su", 'せ': "se", 'そ': "so",
	'た': "ta", 'ち': "chi", 'つ': "tsu", 'て': "te", 'と': "to",
	'な': "na", 'に': "ni", 'ぬ': "nu", 'ね': "ne", 'の': "no",
	'は': "ha", 'ひ': "hi", 'ふ': "fu", 'へ': "he", 'ほ': "ho",
	'ま': "ma", 'み': "mi", 'む': "mu", 'め': "me", 'も': "mo",
	'や': "ya", 'ゆ': "yu", 'よ': "yo",
	'ら': "ra", 'り': "ri", 'る': "ru", 'れ': "re", 'ろ': "ro",
	'わ': "wa", 'ゐ': "i", 'ゑ': "e", 'を': "wo", 'ん': "n",
	'が': "ga", 'ぎ': "gi", 'ぐ': "gu", 'げ': "ge", 'ご': "go",
	'ざ': "za", 'じ': "ji", 'ず': "zu", 'ぜ': "ze", 'ぞ': "zo",
	'だ': "da", 'ぢ': "ji", 'づ': "zu", 'で': "de", 'ど': "do",
	'ば': "ba", 'び': "bi", 'ぶ': "bu", 'べ': "be", 'ぼ': "bo",
	'ぱ': "pa", 'ぴ': "pi", 'ぷ': "pu", 'ぺ': "pe", 'ぽ': "po",
	'ゔ': "vu",
	// Small kana that stand alone.
	'ぁ': "a", 'ぃ': "i", 'ぅ': "u", 'ぇ': "e", 'ぉ': "o", 'ゃ': "ya", 'ゅ': "yu", 'ょ': "yo", 'ゎ': "wa",
	'ゕ': "ka", 'ゖ': "ke",
}

// small kana that join the syllable before them: ゃゅょ make a yōon (きゃ
// kya, しゃ sha), small vowels a foreign sound (ファ fa, ティ ti).
func kanaJoin(prev string, small rune) (string, bool) {
	if prev == "" {
		return "", false
	}
	stem := prev[:len(prev)-1] // the syllable without its vowel
	switch small {
	case 'ゃ', 'ゅ', 'ょ':
		if !strings.HasSuffix(prev, "i") || len(prev) < 2 {
			return "", false
		}
		y := kanaSyllables[small]
		if strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ch") || stem == "j" {
			return stem + y[1:], true
		}
		return stem + y, true
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ':
		v := kanaSyllables[small]
		switch stem {
		case "ts", "f", "v", "sh", "ch", "j", "t", "d", "w":
			return stem + v, true
		case "":
			if prev == "u" {
				return "w" + v, true
			}
		}
	}
	return "", false
}

func kana(rs []rune) string {
	var syl []string
	double := false
	for _, r := range rs {
		if r >= 0x30A1 && r <= 0x30F6 {
			r -= 0x60 // katakana to hiragana
		}
		switch r {
		case 'っ':
			double = true
			continue
		case 0x30FC, 0x30FB: // ー: a long vowel, which fans leave out
			continue
		case 0x30F7:
			syl = append(syl, "va")
			continue
		case 0x30FA:
			syl = append(syl, "vo")
			continue
		}
		if len(syl) > 0 {
			if j, ok := kanaJoin(syl[len(syl)-1], r); ok {
				syl[len(syl)-1] = j
				continue
			}
		}
		s := kanaSyllables[r]
		if s == "" {
			continue
		}
		if double {
			switch {
			case strings.HasPrefix(s, "ch"):
				s = "t" + s
			case s[0] != 'a' && s[0] != 'i' && s[0] != 'u' && s[0] != 'e' && s[0] != 'o' && s != "n":
				s = s[:1] + s
			}
			double = false
		}
		syl = append(syl, s)
	}
	return strings.Join(syl, "")
}

// Devanagari in the ISO 15919 letters as fans write them: long vowels
// single, retroflexes as dentals, aspirates with h.
var (
	devaConsonants = map[rune]string{
		'क': "k", 'ख': "kh", 'ग': "g", 'घ': "gh", 'ङ': "n",
		'च': "ch", 'छ': "chh", 'ज': "j", 'झ': "jh", 'ञ': "n",
		'ट': "t", 'ठ': "th", 'ड': "d", 'ढ': "dh", 'ण': "n",
		'त': "t", 'थ': "th", 'द': "d", 'ध': "dh", 'न': "n",
		'प': "p", 'फ': "ph", 'ब': "b", 'भ': "bh", 'म': "m",
		'य': "y", 'र': "r", 'ल': "l", 'ळ': "l", 'व': "v",
		'श': "sh", 'ष': "sh", 'स': "s", 'ह': "h",
		// The letters of the Dravidian scripts at their Devanagari offsets.
		'ऩ': "n", 'ऱ': "r", 'ऴ': "zh",
	}
	// devaNukta is a consonant read otherwise with a nukta after it (the
	// precomposed क़ and its kind decompose in NFC, so they come as two).
	devaNukta  = map[rune]string{'क': "q", 'ज': "z", 'फ': "f", 'ड': "d", 'ढ': "dh", 'ग': "g", 'ख': "kh"}
	devaVowels = map[rune]string{
		'अ': "a", 'आ': "a", 'इ': "i", 'ई': "i", 'उ': "u", 'ऊ': "u", 'ऋ': "ri",
		'ए': "e", 'ऐ': "ai", 'ओ': "o", 'औ': "au", 'ऑ': "o", 'ऍ': "e",
		'ऎ': "e", 'ऒ': "o",
	}
	devaSigns = map[rune]string{
		'ा': "a", 'ि': "i", 'ी': "i", 'ु': "u", 'ू': "u", 'ृ': "ri",
		'े': "e", 'ै': "ai", 'ो': "o", 'ौ': "au", 'ॉ': "o", 'ॅ': "e",
		'ॆ': "e", 'ॊ': "o",
	}
)

const (
	devaVirama     = '्'
	devaNuktaSign  = '़'
	devaAnusvara   = 'ं'
	devaCandrabind = 'ँ'
	devaVisarga    = 'ः'
	devaVowelAi    = 'ऐ'
	devaSignAi     = 'ै'
)

// devanagariAlternates are the spellings of a Devanagari word that fans
// write beside its reading (see devaSpelling): ऐ as ae, the final nasal
// dropped, and both; an inherent a kept inside the word, alone and with
// the final nasal dropped.
func devanagariAlternates(rs []rune) []string {
	var alts []string
	for _, sp := range []devaSpelling{{aiAsAe: true}, {dropFinalNasal: true}, {aiAsAe: true, dropFinalNasal: true}, {keepSchwa: true}, {keepSchwa: true, dropFinalNasal: true}, {schwaU: true}} {
		alt := devanagariAs(rs, sp)
		if !slices.Contains(alts, alt) && alt != devanagari(rs) {
			alts = append(alts, alt)
		}
	}
	return alts
}

// devaSyllable is a consonant (or a cluster's consonant without a vowel)
// with its vowel and what closes it (an anusvara's n).
type devaSyllable struct {
	cons, vowel, coda string
	inherent          bool // the vowel is the consonant's inherent a
}

func devanagari(rs []rune) string { return devanagariAs(rs, devaSpelling{}) }

// devaSpelling is how a fan's spelling departs from the standard reading:
// ऐ written ae (Ae Dil Hai Mushkil), a nasal that ends the word dropped
// (छैयां Chaiyya, लंबियां Lambiya, सपनों Sapno), an inherent a inside the
// word written where the reading leaves it out, as the word's parts say
// it (केसरिया Kesariya, of केसर; सांवरिया Saanwariya; बावरा Bawara):
// hindi_medial_schwa.
type devaSpelling struct {
	aiAsAe, dropFinalNasal, keepSchwa bool
	// keepFinal says every inherent a, the last one too, and a last
	// anusvara m; inherentO says every inherent vowel o: the spellings
	// of other Indic languages (indicSpelling).
	keepFinal, inherentO bool
	// schwaU writes the inherent a of a word of one syllable closed by m
	// u, as English spells the sound (हम Hum, दम Dum): hindi_schwa_u.
	schwaU bool
}

// oneClosedSyllable reports whether syl, read, is one syllable: a
// consonant with its inherent a closed by m (हम, दम), nothing after that.
// Other closed syllables fans write with a (Rang, Sab, Pal, Kal), and u
// there spells other words (पुल pul, कुल kul).
func oneClosedSyllable(syl []devaSyllable) bool {
	return len(syl) == 2 && syl[0].inherent && syl[0].cons != "" && syl[0].coda == "" &&
		syl[1].cons == "m" && syl[1].vowel == "" && syl[1].coda == ""
}

func devanagariAs(rs []rune, sp devaSpelling) string {
	var syl []devaSyllable
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if c, ok := devaConsonants[r]; ok {
			if i+1 < len(rs) && rs[i+1] == devaNuktaSign {
				if n, ok := devaNukta[r]; ok {
					c = n
				}
				i++
			}
			syl = append(syl, devaSyllable{cons: c, vowel: "a", inherent: true})
			continue
		}
		if v, ok := devaSigns[r]; ok && len(syl) > 0 {
			if sp.aiAsAe && r == devaSignAi {
				v = "ae"
			}
			syl[len(syl)-1].vowel, syl[len(syl)-1].inherent = v, false
			continue
		}
		if v, ok := devaVowels[r]; ok {
			if sp.aiAsAe && r == devaVowelAi {
				v = "ae"
			}
			syl = append(syl, devaSyllable{vowel: v})
			continue
		}
		if len(syl) == 0 {
			continue
		}
		last := &syl[len(syl)-1]
		switch r {
		case devaVirama:
			last.vowel, last.inherent = "", false
		case devaAnusvara, devaCandrabind:
			last.coda += "n"
		case devaVisarga:
			last.coda += "h"
		}
	}
	// The inherent a is not said at the end of a word (घोषाल ghoshal),
	// nor between a vowel and a consonant with a vowel of its own (सपना
	// sapna, मंगेशकर mangeshkar, धड़कन dhadkan), looking from the end.
	n := len(syl)
	if sp.inherentO {
		for i := range syl {
			if syl[i].inherent {
				syl[i].vowel = "o"
			}
		}
	}
	if n > 1 && syl[n-1].inherent && syl[n-1].coda == "" && !sp.keepFinal {
		syl[n-1].vowel = ""
	}
	for i := n - 2; i >= 1 && !sp.keepFinal; i-- {
		p, c, x := syl[i-1], syl[i], syl[i+1]
		if sp.keepSchwa && !(i == n-2 && infinitiveEnding(x)) {
			continue
		}
		if c.inherent && c.coda == "" && p.vowel != "" && x.cons != "" && x.vowel != "" {
			syl[i].vowel = ""
		}
	}
	if sp.dropFinalNasal && n > 0 && syl[n-1].coda == "n" {
		syl[n-1].coda = ""
	}
	if sp.schwaU && oneClosedSyllable(syl) {
		syl[0].vowel = "u"
	}
	if sp.keepFinal && n > 0 && syl[n-1].coda == "n" {
		// A Dravidian word's last anusvara is said m (സ്നേഹം sneham).
		syl[n-1].coda = "m"
	}
	var b strings.Builder
	for i, s := range syl {
		b.WriteString(s.cons)
		b.WriteString(s.vowel)
		b.WriteString(nasalCoda(s.coda, syl, i))
	}
	return b.String()
}

// infinitiveEnding reports whether x, a word's last syllable, is the ना,
// नी or ने that ends an infinitive (चलना chalna, सुनना sunna): an inherent
// a kept before it spells the causative (चलाना Chalana, सुनाना Sunana),
// another word, so an alternate keeps none there (hindi_infinitive).
func infinitiveEnding(x devaSyllable) bool {
	return x.cons == "n" && x.coda == "" && (x.vowel == "a" || x.vowel == "i" || x.vowel == "e")
}

// nasalCoda is an anusvara's n as it is said before the next consonant:
// m before a labial (लंबियां lambiyan, चंपा champa), ng before h (सिंह
// singh, संहार sanghar).
func nasalCoda(coda string, syl []devaSyllable, i int) string {
	if coda != "n" || i+1 >= len(syl) {
		return coda
	}
	switch next := syl[i+1].cons; {
	case next == "":
		return coda
	case strings.IndexByte("pbm", next[0]) >= 0:
		return "m"
	case next == "h":
		return "ng"
	}
	return coda
}

// arabicLetters reads the Arabic letters (and the Persian and Urdu ones)
// as fans write them; the short-vowel marks give their vowels.
var arabicLetters = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ٱ': "a", 'ء': "", 'ؤ': "u", 'ئ': "i",
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'ة': "a", 'و': "u", 'ي': "i", 'ى': "a",
	'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ک': "k", 'ی': "i", 'ے': "e", 'ہ': "h", 'ٹ': "t", 'ڈ': "d", 'ڑ': "r", 'ں': "n",
	// Short vowels.
	'\u064E': "a", '\u0650': "i", '\u064F': "u", '\u064B': "an", '\u064D': "in", '\u064C': "un",
}

const arabicShadda = '\u0651'

func arabic(rs []rune) string {
	var b strings.Builder
	last := ""
	for _, r := range rs {
		if r == arabicShadda {
			b.WriteString(last)
			continue
		}
		s, ok := arabicLetters[r]
		if !ok {
			continue
		}
		b.WriteString(s)
		last = s
	}
	return b.String()
}
