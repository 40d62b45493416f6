// Command cantonesegen writes dedup/reading/cantonese.tsv.gz, the Cantonese
// readings of Han characters as Hong Kong fans spell them, from the data of
// the npm package cantonese-romanisation (MIT, its LICENSE is in
// dedup/reading/cantonese.NOTICE.txt): its charToRoman.json, the Hong Kong
// Government Romanisation that names and lyric channels use (陳 chan, 張
// cheung, 千 chin), and its charToLshk.json, LSHK Jyutping, whose spellings
// fans write too (今 gam, 歌 go). A Jyutping reading loses its tone, and its
// j (a y sound) is written y (陽 joeng yeung, 月 jyut yut). One line a
// character, "char\tGovernment spellings\tJyutping spellings", each list
// space-separated with its duplicates dropped, sorted by character,
// gzipped.
//
//	go run ./cmd/cantonesegen -dir node_modules/cantonese-romanisation/src > dedup/reading/cantonese.tsv.gz
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "cantonesegen:", err)
		os.Exit(1)
	}
}

func run() error {
	dir := flag.String("dir", "", "the folder of the package's charToRoman.json and charToLshk.json")
	flag.Parse()
	if *dir == "" {
		return fmt.Errorf("-dir is required")
	}
	roman, err := load(filepath.Join(*dir, "charToRoman.json"))
	if err != nil {
		return err
	}
	lshk, err := load(filepath.Join(*dir, "charToLshk.json"))
	if err != nil {
		return err
	}
	chars := make([]string, 0, len(roman))
	for c := range roman {
		chars = append(chars, c)
	}
	for c := range lshk {
		if _, ok := roman[c]; !ok {
			chars = append(chars, c)
		}
	}
	slices.Sort(chars)
	var b strings.Builder
	for _, c := range chars {
		if utf8.RuneCountInString(c) != 1 {
			continue
		}
		var hk, jp []string
		add := func(list *[]string, s string) {
			s = strings.ToLower(strings.TrimRight(s, "0123456789"))
			if s != "" && !slices.Contains(*list, s) && isLetters(s) {
				*list = append(*list, s)
			}
		}
		for _, s := range roman[c] {
			add(&hk, s)
		}
		for _, s := range lshk[c] {
			add(&jp, jyutpingSpelling(strings.TrimRight(s, "0123456789")))
		}
		if len(hk)+len(jp) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", c, strings.Join(hk, " "), strings.Join(jp, " "))
	}
	zw, err := gzip.NewWriterLevel(os.Stdout, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if _, err := zw.Write([]byte(b.String())); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	return nil
}

// jyutpingSpelling writes a Jyutping syllable's j, a y sound, as y: jyut
// yut, joeng yeong.
func jyutpingSpelling(s string) string {
	switch {
	case strings.HasPrefix(s, "jy"):
		return "y" + s[2:]
	case strings.HasPrefix(s, "j"):
		return "y" + s[1:]
	}
	return s
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func load(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	var m map[string][]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
