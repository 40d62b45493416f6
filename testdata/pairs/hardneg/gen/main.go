// Command gen splits the hand-written hard negatives of real songs,
// source/pairs.tsv (see the README beside it), into the pairs of
// testdata/pairs/hardneg:
//
//	go run ./testdata/pairs/hardneg/gen
//
// Each row is one pair: the song's key (artist and track, folded), what the
// pair tests, whether both uploads are one recording, and the title and
// channel of each upload. Every pair goes to the split of its song.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
)

// source names the set in every line written.
const source = "hardneg-handwritten"

// header is the first line of the source, its columns.
const header = "song\tkind\tsame\ta_title\ta_channel\tb_title\tb_channel"

func main() {
	in := flag.String("src", "testdata/pairs/hardneg/source/pairs.tsv", "the hand-written pairs")
	out := flag.String("out", "testdata/pairs/hardneg", "output folder of the pairs")
	flag.Parse()

	pairs, err := read(*in)
	if err != nil {
		log.Fatal(err)
	}
	pd, pt, songs, kinds, err := splitfile.WritePairs(*out, pairs, func(p splitfile.Pair) splitfile.Pair { return p })
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("dev: %d pairs, test: %d pairs; songs %v; by split and kind %v", pd, pt, songs, kinds)
}

// read reads the source's rows as pairs.
func read(path string) ([]splitfile.Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() || sc.Text() != header {
		return nil, fmt.Errorf("%s: want the header %q", path, header)
	}
	var pairs []splitfile.Pair
	for n := 2; sc.Scan(); n++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 7 || (c[2] != "0" && c[2] != "1") {
			return nil, fmt.Errorf("%s:%d: want 7 columns and same 0 or 1", path, n)
		}
		pairs = append(pairs, splitfile.Pair{
			A:    splitfile.Side{Title: c[3], Channel: c[4]},
			B:    splitfile.Side{Title: c[5], Channel: c[6]},
			Same: c[2] == "1",
			Kind: c[1],
			Song: c[0],
			Src:  source,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return pairs, nil
}
