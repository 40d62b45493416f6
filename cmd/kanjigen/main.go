// Command kanjigen writes dedup/reading/kanji.tsv.gz, the Japanese
// readings of the words with a Han character in IPADIC (through
// github.com/ikawaha/kagome-dict/ipa): one line a word of at most four
// characters, "word\treading" with the readings in katakana, the reading
// of the word's most frequent entry (the lowest cost) first and up to
// maxReadings-1 other readings of its entries after it, space-separated
// (源 ミナモト ゲン, 中島 ナカジマ ナカシマ), sorted by word, gzipped.
// With -unihan, a single kanji's on readings from the Unicode Unihan
// database's kJapaneseOn field (Unihan_Readings.txt, plain or .bz2, as
// Debian's unicode-data package installs it) follow, in lower-case Latin
// letters (美 ヨシ ビ bi mi): names read kanji by them (中島美嘉 Nakashima
// Mika), which IPADIC's entries for the single kanji often lack. With
// -kanjidic, a single kanji's name readings (nanori) from KANJIDIC (the
// EUC-JP file Debian's kanjidic package installs) follow last, in
// hiragana, which tells them from the others (博 ... ひろ, 人 ... と):
// given names read kanji so (秦基博 Hata Motohiro, 瑛人 Eito), and neither
// IPADIC nor Unihan has those readings.
//
//	go run ./cmd/kanjigen -unihan Unihan_Readings.txt.bz2 -kanjidic kanjidic > dedup/reading/kanji.tsv.gz
//
// Only this command imports the dictionary package, which takes about
// 100 MB of memory when loaded; package reading embeds the table.
package main

import (
	"bufio"
	"compress/bzip2"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// maxRunes is the longest word kept: longer entries are mostly names of
// places and organizations, which titles rarely hold.
const maxRunes = 4

// maxReadings is the most IPADIC readings kept for one word.
const maxReadings = 3

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
	unihan := flag.String("unihan", "", "Unihan_Readings.txt (or .txt.bz2): add single kanji's kJapaneseOn readings")
	kanjidic := flag.String("kanjidic", "", "KANJIDIC (EUC-JP): add single kanji's name readings (nanori)")
	flag.Parse()
	var on, nanori map[string][]string
	if *unihan != "" {
		var err error
		if on, err = onReadings(*unihan); err != nil {
			return err
		}
	}
	if *kanjidic != "" {
		var err error
		if nanori, err = nameReadings(*kanjidic); err != nil {
			return err
		}
	}
	d := ipa.Dict()
	readingAt := int(d.ContentsMeta[dict.ReadingIndex]) - int(d.ContentsMeta[dict.POSHierarchy])
	best := map[string][]entry{}
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
					w := string(k)
					best[w] = append(best[w], entry{f[readingAt], d.Morphs[i].Weight})
				}
			}
			walk(q, k)
		}
	}
	walk(0, nil)
	var words []string
	for _, m := range []map[string][]string{on, nanori} {
		for w := range m {
			if _, ok := best[w]; !ok {
				best[w] = nil
			}
		}
	}
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
		rs := append(append(readings(best[w]), on[w]...), nanori[w]...)
		fmt.Fprintf(bw, "%s\t%s\n", w, strings.Join(rs, " "))
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

// readings returns the distinct readings of a word's entries, the lowest
// cost first, at most maxReadings.
func readings(es []entry) []string {
	slices.SortStableFunc(es, func(x, y entry) int { return int(x.cost) - int(y.cost) })
	var rs []string
	for _, e := range es {
		if !slices.Contains(rs, e.reading) && len(rs) < maxReadings {
			rs = append(rs, e.reading)
		}
	}
	return rs
}

// onReadings reads the kJapaneseOn field of Unihan_Readings.txt: a
// kanji's on readings, lower-cased ("U+7F8E\tkJapaneseOn\tBI MI": 美 bi
// mi).
func onReadings(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".bz2") {
		r = bzip2.NewReader(f)
	}
	on := map[string][]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		cp, rest, ok := strings.Cut(sc.Text(), "\tkJapaneseOn\t")
		if !ok || !strings.HasPrefix(cp, "U+") {
			continue
		}
		var c rune
		if _, err := fmt.Sscanf(cp, "U+%X", &c); err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, cp, err)
		}
		on[string(c)] = strings.Fields(strings.ToLower(rest))
	}
	return on, sc.Err()
}

// nameReadings reads the name readings (nanori) of KANJIDIC, the words
// after a line's T1 marker up to its next T marker or its meanings, in
// hiragana ("博 476E ... ハク バク T1 ぐれ と はか ひろ {Dr.} ...": 博
// ぐれ と はか ひろ).
func nameReadings(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	nanori := map[string][]string{}
	sc := bufio.NewScanner(transform.NewReader(f, japanese.EUCJP.NewDecoder()))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || utf8.RuneCountInString(fields[0]) != 1 || !hasHan(fields[0]) {
			continue
		}
		in := false
		for _, w := range fields[1:] {
			switch {
			case w == "T1":
				in = true
			case strings.HasPrefix(w, "T") || strings.HasPrefix(w, "{"):
				in = false
			case in:
				if hiragana(w) && !slices.Contains(nanori[fields[0]], w) {
					nanori[fields[0]] = append(nanori[fields[0]], w)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return nanori, nil
}

// hiragana reports whether w is written in hiragana only.
func hiragana(w string) bool {
	for _, r := range w {
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
	}
	return w != ""
}
