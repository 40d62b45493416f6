// Command kanjigen writes dedup/reading/kanji.tsv.gz, the Japanese
// readings of the words with a Han character in IPADIC (through
// github.com/ikawaha/kagome-dict/ipa): one line a word of at most four
// characters, "word\treading" with the reading in katakana, the reading of
// the word's most frequent entry (the lowest cost), sorted by word,
// gzipped:
//
//	go run ./cmd/kanjigen > dedup/reading/kanji.tsv.gz
//
// Only this command imports the dictionary package, which takes about
// 100 MB of memory when loaded; package reading embeds the table.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

// maxRunes is the longest word kept: longer entries are mostly names of
// places and organizations, which titles rarely hold.
const maxRunes = 4

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "kanjigen:", err)
		os.Exit(1)
	}
}

type entry struct {
	reading string
	cost    int16
}

func run() error {
	d := ipa.Dict()
	readingAt := int(d.ContentsMeta[dict.ReadingIndex]) - int(d.ContentsMeta[dict.POSHierarchy])
	best := map[string]entry{}
	da := d.Index.Da
	// The index is a double array over the words' bytes: walk it, and at
	// each word take its entries' readings.
	var walk func(p int, key []byte)
	walk = func(p int, key []byte) {
		base := int(da[p].Base)
		if base < 0 {
			return
		}
		for c := 1; c < 256; c++ {
			q := base + c
			if q <= 0 || q >= len(da) || int(da[q].Check) != p {
				continue
			}
			k := append(key[:len(key):len(key)], byte(c))
			if end := int(da[q].Base); end >= 0 && end < len(da) && int(da[end].Check) == q && da[end].Base <= 0 {
				id := int(-da[end].Base)
				for i := id; i <= id+int(d.Index.Dup[int32(id)]); i++ {
					f := d.Contents[i]
					if len(f) <= readingAt || f[readingAt] == "*" {
						continue
					}
					w, cost := string(k), d.Morphs[i].Weight
					if e, ok := best[w]; !ok || cost < e.cost {
						best[w] = entry{f[readingAt], cost}
					}
				}
			}
			walk(q, k)
		}
	}
	walk(0, nil)
	var words []string
	for w := range best {
		if utf8.RuneCountInString(w) <= maxRunes && hasHan(w) {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	zw, err := gzip.NewWriterLevel(os.Stdout, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		fmt.Fprintf(bw, "%s\t%s\n", w, best[w].reading)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
