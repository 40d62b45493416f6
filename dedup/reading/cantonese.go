package reading

import (
	"bytes"
	_ "embed" // the Cantonese readings
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// Cantonese readings of Han characters, and the spellings of Chinese names
// and syllables that Hong Kong and Taiwan write: 千千闕歌 is Chin Chin Kuet Go,
// 陳 Chan, 鄧 Teng (Wade-Giles) and 田 Tien. cantonese.tsv.gz (cmd/cantonesegen
// makes it) holds the Hong Kong Government Romanisation and the Jyutping of
// 13,186 characters from the npm package cantonese-romanisation, whose
// licence is in cantonese.NOTICE.txt: 82 KB in the binary and about 2.3 MB
// of memory once a process compares its first Han word with Latin ones. No
// maintained Go library reads Cantonese.

//go:embed cantonese.tsv.gz
var cantoneseGz []byte

var (
	cantoneseOnce sync.Once
	cantonese     map[rune]cantoneseReadings
)

// cantoneseReadings are a character's readings: keys, its first spelling
// in the Government's romanization and in Jyutping (what a batch's word
// index looks up), and folds, every spelling through SyllableFold.
type cantoneseReadings struct {
	keys  []string
	folds []string
}

func loadCantonese() {
	b := gunzipTable("cantonese.tsv.gz", cantoneseGz)
	cantonese = make(map[rune]cantoneseReadings, bytes.Count(b, []byte{'\n'}))
	for line := range strings.SplitSeq(string(b), "\n") {
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			continue
		}
		rs := []rune(fields[0])
		if len(rs) != 1 {
			continue
		}
		var cr cantoneseReadings
		for _, list := range fields[1:] {
			spellings := strings.Fields(list)
			if len(spellings) > 0 && !containsString(cr.keys, spellings[0]) {
				cr.keys = append(cr.keys, spellings[0])
			}
			for _, sp := range spellings {
				if f := SyllableFold(sp); f != "" && !containsString(cr.folds, f) {
					cr.folds = append(cr.folds, f)
				}
			}
		}
		cantonese[rs[0]] = cr
	}
	addSimplified(cantonese)
}

// addSimplified gives a simplified character that the table lacks the
// readings of its traditional forms (cantonese_simplified): the table
// lists traditional characters, as Hong Kong writes them, but a Mainland
// upload writes 陈奕迅 for 陳奕迅, and Chan reads both. A simplified form
// of several traditional characters (发 for 發 and 髮) reads as any of
// them. The characters are converted in one call, one a line, so that no
// phrase of two of them converts otherwise.
func addSimplified(table map[rune]cantoneseReadings) {
	trad := make([]rune, 0, len(table))
	for r := range table {
		trad = append(trad, r)
	}
	slices.Sort(trad)
	var b strings.Builder
	for _, r := range trad {
		b.WriteRune(r)
		b.WriteByte('\n')
	}
	simp := strings.Split(Simplified(b.String()), "\n")
	if len(simp) < len(trad) {
		return
	}
	added := make(map[rune]bool)
	for i, t := range trad {
		rs := []rune(simp[i])
		if len(rs) != 1 || rs[0] == t {
			continue
		}
		if _, listed := table[rs[0]]; listed && !added[rs[0]] {
			// A character of the table in its own right keeps its readings.
			continue
		}
		cr, from := table[rs[0]], table[t]
		for _, k := range from.keys {
			if !containsString(cr.keys, k) {
				cr.keys = append(cr.keys, k)
			}
		}
		for _, f := range from.folds {
			if !containsString(cr.folds, f) {
				cr.folds = append(cr.folds, f)
			}
		}
		table[rs[0]] = cr
		added[rs[0]] = true
	}
}

// CantoneseKeys returns the Cantonese spellings of a word of Han characters
// alone: each character's first spelling in the Hong Kong Government's
// romanization and in Jyutping, where they differ (千千闕歌 chin cin kuet
// kyut goh go). A batch's word index looks them up, so that 梅艷芳 - 夕陽之歌
// meets "Anita Mui - Jik Yeung Ji Go". It returns nil for a word with any
// other letter, kana included.
func CantoneseKeys(tok string) []string {
	if tok == "" {
		return nil
	}
	for _, r := range tok {
		if !unicode.Is(unicode.Han, r) {
			return nil
		}
	}
	cantoneseOnce.Do(loadCantonese)
	var keys []string
	for _, r := range tok {
		for _, k := range cantonese[r].keys {
			if !containsString(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// pinyinAll reads a character's every Mandarin reading.
var pinyinAll = func() pinyin.Args {
	a := pinyin.NewArgs()
	a.Heteronym = true
	return a
}()

// syllableSpells reports whether the Latin word w (lower case) spells the
// Han character r: as a Cantonese reading or a Mandarin one (pinyin or
// Wade-Giles), compared through SyllableFold.
func syllableSpells(r rune, w string) bool {
	f := SyllableFold(w)
	if f == "" {
		return false
	}
	cantoneseOnce.Do(loadCantonese)
	if containsString(cantonese[r].folds, f) {
		return true
	}
	for _, readings := range pinyin.Pinyin(string(r), pinyinAll) {
		for _, py := range readings {
			if SyllableFold(asciiOnly(py)) == f {
				return true
			}
		}
	}
	return false
}

// SyllablesSpell reports whether the words, one a character, spell the Han
// characters of tok, each as a Cantonese or Mandarin reading of it
// (syllableSpells): 千千闕歌 Chin Chin Kuet Go, 明年今日 Ming Nin Gam Yat.
// tok is Han characters only.
func SyllablesSpell(tok string, words []string) bool {
	if utf8.RuneCountInString(tok) != len(words) {
		return false
	}
	i := 0
	for _, r := range tok {
		if !unicode.Is(unicode.Han, r) || i >= len(words) || !syllableSpells(r, words[i]) {
			return false
		}
		i++
	}
	return i == len(words) && i > 0
}

// Surname reports whether the Latin word w spells the family name of the
// Chinese name tok, its first character, in any of the romanizations
// names are written in (Cantonese Chan for 陳, Wade-Giles Teng for 鄧,
// pinyin Sun for 孫): a name written "Eason Chan", a given name of its
// own and the family name, against 陳奕迅. tok is a name of two or three
// Han characters.
func Surname(tok, w string) bool {
	rs := []rune(tok)
	if len(rs) < 2 || len(rs) > 3 {
		return false
	}
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return syllableSpells(rs[0], w)
}

// SyllableFold folds the spellings of one Chinese syllable in the
// romanizations fans write (pinyin, Wade-Giles, Hong Kong Government
// Romanisation, Jyutping) into one form: an aspirated consonant and its
// plain pair as one (d t, g k, b p), the affricates as one (z c zh ch j q ts
// tz tsz), x hs and sh as s, eo and oe as eu, y after a consonant as u and a
// u after it as e (kyut kuet), ian as ien, ong as ung, a vowel written twice
// once, and an h or r after a vowel that ends the syllable or comes before
// its final consonant dropped (goh, harn). The result is for comparing only.
func SyllableFold(s string) string {
	var b foldBuf
	for i := 0; i < len(s); i++ {
		c, next := s[i], byteAt(s, i+1)
		switch {
		case c < 'a' || c > 'z':
		case c == 't' && next == 's' && byteAt(s, i+2) == 'z':
			b.emit('c')
			i += 2
		case c == 't' && (next == 's' || next == 'z'), c == 'c' && next == 'h', c == 'z' && next == 'h':
			b.emit('c')
			i++
		case c == 'h' && next == 's', c == 's' && next == 'h':
			b.emit('s')
			i++
		case c == 'j' && next == 'y':
			// Jyutping's j is a y (月 jyut, yuet; 雨 jyu, yue), and no
			// Mandarin romanization writes jy: jyutping_j.
			b.emit('y')
			i++
		case c == 'z', c == 'c', c == 'j', c == 'q':
			b.emit('c')
		case c == 'x':
			b.emit('s')
		case c == 'g' && !(len(b) > 0 && b[len(b)-1] == 'n'):
			b.emit('k')
		case c == 'd':
			b.emit('t')
		case c == 'b':
			b.emit('p')
		case (c == 'e' && next == 'o') || (c == 'o' && next == 'e'):
			b.emit('e')
			b.emit('u')
			i++
		case c == 'y' && next == 'u' && len(b) > 0 && !isVowel(b[len(b)-1]):
			b.emit('u')
			b.emit('e')
			i++
			if byteAt(s, i+1) == 'e' {
				i++ // kuet, suen: the e is the u's
			}
		case c == 'i' && next == 'a' && byteAt(s, i+2) == 'n':
			b.emit('i')
			b.emit('e')
			i++
		case c == 'o' && next == 'n' && byteAt(s, i+2) == 'g':
			b.emit('u')
		case c == 'o' && next == 'o':
			b.emit('u')
			i++
		case (c == 'h' || c == 'r') && len(b) > 0 && isVowel(b[len(b)-1]) && !isVowel(next) && next != 'y':
			// goh, gor, harn: a vowel's length, not a consonant
		default:
			b.emit(c)
		}
	}
	return string(b)
}
