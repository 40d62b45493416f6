package reading

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the kanji readings
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Japanese readings of kanji: a Japanese title's 夜に駆ける is yoru ni
// kakeru, not the pinyin ye ni qu ke ru. kanji.tsv.gz holds the readings of
// the words of IPADIC with a Han character (cmd/kanjigen makes it): 204,000
// words of one to four characters, 1.4 MB in the binary and about 6 MB of
// memory once a process reads its first Japanese title (the dictionary
// package itself, with its tokenizer, takes about 100 MB). A run of kanji
// and kana is read by the longest word of the table at each kanji, kana as
// kana; the table keeps each word's most frequent reading (風 kaze, 君
// kimi), which names do not always have (源 is minamoto, not Gen). The
// table is IPADIC's data: kanji.NOTICE.txt is its licence.

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

// kanjiLookup returns the katakana reading of word in the table.
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
				words = append(words, kana([]rune(r)))
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
