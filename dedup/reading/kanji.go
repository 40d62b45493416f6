package reading

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the kanji readings
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Japanese readings of kanji: a Japanese title's 夜に駆ける is yoru ni
// kakeru, not the pinyin ye ni qu ke ru. kanji.tsv.gz holds the readings of
// the words of IPADIC with a Han character (cmd/kanjigen makes it): 214,000
// words of one to four characters, 1.6 MB in the binary and about 6 MB of
// memory once a process reads its first Japanese title (the dictionary
// package itself, with its tokenizer, takes about 100 MB). A run of kanji
// and kana is read by the longest word of the table at each kanji, kana as
// kana, each word by its most frequent reading (風 kaze, 君 kimi), which
// names do not always have (源 is minamoto, not Gen): a word keeps up to
// three of IPADIC's readings, and a single kanji its on readings from the
// Unicode Unihan database (美 bi mi, 嘉 ka), for JapaneseSpells. The table
// is IPADIC's and Unihan's data: kanji.NOTICE.txt holds their licences.

//go:embed kanji.tsv.gz
var kanjiGz []byte

// kanjiWords is the table: its lines, "word\treading\n", sorted by word;
// kanjiLines are the offsets of the lines.
var (
	kanjiOnce  sync.Once
	kanjiWords string
	kanjiLines []int32
)

// kanjiMaxRunes is the longest word of the table.
const kanjiMaxRunes = 4

func loadKanji() {
	zr, err := gzip.NewReader(bytes.NewReader(kanjiGz))
	if err != nil {
		panic("reading: kanji.tsv.gz: " + err.Error())
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("reading: kanji.tsv.gz: " + err.Error())
	}
	kanjiWords = string(b)
	kanjiLines = make([]int32, 0, bytes.Count(b, []byte{'\n'}))
	for i := 0; i < len(kanjiWords); {
		kanjiLines = append(kanjiLines, int32(i))
		j := strings.IndexByte(kanjiWords[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
}

// kanjiLookup returns the readings of word in the table: IPADIC's in
// katakana, the most frequent first, then a single kanji's on readings in
// Latin letters, space-separated.
func kanjiLookup(word string) (string, bool) {
	kanjiOnce.Do(loadKanji)
	line := func(k int) (string, string) {
		s := kanjiWords[kanjiLines[k]:]
		s = s[:strings.IndexByte(s, '\n')]
		w, r, _ := strings.Cut(s, "\t")
		return w, r
	}
	k := sort.Search(len(kanjiLines), func(k int) bool {
		w, _ := line(k)
		return w >= word
	})
	if k == len(kanjiLines) {
		return "", false
	}
	w, r := line(k)
	return r, w == word
}

// japanese reads a run of kanji and kana: at each kanji the longest word
// of the table, kana by Hepburn, each word and each run of kana one word
// of the reading ("花束 を 君 に": hanataba wo kimi ni). A kanji the table
// does not have is left unread.
func japanese(rs []rune) string {
	var words []string
	for i := 0; i < len(rs); {
		if isKana(rs[i]) {
			j := i
			for j < len(rs) && isKana(rs[j]) {
				j++
			}
			if r := kana(rs[i:j]); r != "" {
				words = append(words, r)
			}
			i = j
			continue
		}
		n := 0
		for l := min(kanjiMaxRunes, len(rs)-i); l > 0; l-- {
			if r, ok := kanjiLookup(string(rs[i : i+l])); ok {
				first, _, _ := strings.Cut(r, " ")
				words = append(words, kanjiLatin(first))
				n = l
				break
			}
		}
		i += max(n, 1)
	}
	return strings.Join(words, " ")
}

// isJapanese reports whether r is a kanji or a kana, read together in a
// Japanese title.
func isJapanese(r rune) bool { return isKana(r) || unicode.Is(unicode.Han, r) }

// kanjiLatin returns a reading of the table in Latin letters: IPADIC's
// katakana by Hepburn, Unihan's as it is.
func kanjiLatin(r string) string {
	if isASCII(r) {
		return r
	}
	return kana([]rune(r))
}

// maxJapaneseRunes is the longest token JapaneseSpells reads.
const maxJapaneseRunes = 12

// JapaneseSpells reports whether latin, Latin words joined, spells a
// Japanese reading of tok, a folded token with kanji, by any reading the
// table has for its words (IPADIC's entries, a single kanji's on readings),
// compared through Loose: names read kanji by readings that the most
// frequent one of a word is not (星野源 Hoshino Gen, not minamoto; 中島美嘉
// Nakashima Mika). A name may be turned round at any point, family name
// last as Latin titles write it (Mika Nakashima). Kana read by Hepburn,
// Latin letters and digits as themselves.
func JapaneseSpells(tok, latin string) bool {
	rs := []rune(tok)
	if len(rs) > maxJapaneseRunes || !inScript(tok, unicode.Han) {
		return false
	}
	t := Loose(latin)
	if t == "" {
		return false
	}
	if slices.Contains(japaneseEnds(rs, t, 0), len(t)) {
		return true
	}
	for k := 1; k < len(rs); k++ {
		for _, p := range japaneseEnds(rs[k:], t, 0) {
			if slices.Contains(japaneseEnds(rs[:k], t, p), len(t)) {
				return true
			}
		}
	}
	return false
}

// japaneseEnds returns the positions of t at which a reading of rs that
// starts at from ends.
func japaneseEnds(rs []rune, t string, from int) []int {
	at := make([][]int, len(rs)+1)
	at[0] = []int{from}
	add := func(i, pos int) {
		if !slices.Contains(at[i], pos) {
			at[i] = append(at[i], pos)
		}
	}
	// piece adds where the reading r of rs[i:j] ends after pos.
	piece := func(j, pos int, r string) {
		r = Loose(r)
		switch {
		case r == "":
		case strings.HasPrefix(t[pos:], r):
			add(j, pos+len(r))
		case pos > 0 && t[pos-1] == r[0] && strings.HasPrefix(t[pos:], r[1:]):
			// A letter Loose wrote once for two words (nakashima mika:
			// ...ma mi...).
			add(j, pos+len(r)-1)
		}
	}
	for i := 0; i < len(rs); i++ {
		for _, pos := range at[i] {
			switch r := rs[i]; {
			case isKana(r):
				j := i
				for j < len(rs) && isKana(rs[j]) {
					j++
				}
				piece(j, pos, kana(rs[i:j]))
			case unicode.Is(unicode.Han, r):
				for l := 1; l <= min(kanjiMaxRunes, len(rs)-i); l++ {
					rd, ok := kanjiLookup(string(rs[i : i+l]))
					if !ok {
						continue
					}
					for _, w := range strings.Fields(rd) {
						piece(i+l, pos, kanjiLatin(w))
					}
				}
			case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
				piece(i+1, pos, string(r))
			default:
				add(i+1, pos)
			}
		}
	}
	return at[len(rs)]
}
