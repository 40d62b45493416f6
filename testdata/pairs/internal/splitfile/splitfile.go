// Package splitfile holds what the converters of the labeled sets of real
// titles share: the dev/test split by song and the writing of a JSON-lines
// file.
package splitfile

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// Side is one side of a pair line: a title and what else the source gives
// of it.
type Side struct {
	Title   string `json:"title"`
	Channel string `json:"channel,omitempty"`
	Artist  string `json:"artist,omitempty"`
}

// Pair is a pair line of a set split by song: the format of
// testdata/pairs/README.md, the key of side a's song, that of side b's
// when it is another song, and the data set it comes from.
type Pair struct {
	A     Side   `json:"a"`
	B     Side   `json:"b"`
	Same  bool   `json:"same"`
	Kind  string `json:"kind"`
	Song  string `json:"song"`
	SongB string `json:"song_b,omitempty"`
	Src   string `json:"source"`
}

// Of puts a song (or work) in "test" when the 32-bit FNV-1a hash of its key
// is odd, else in "dev".
func Of(key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	if h.Sum32()%2 == 1 {
		return "test"
	}
	return "dev"
}

// WriteLines writes items to path, one JSON object a line, HTML characters
// unescaped.
func WriteLines[T any](path string, items []T) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return fmt.Errorf("encode: %w", err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteSplits writes the lines of items to dir/dev.jsonl and dir/test.jsonl,
// each item to the split of its key, as line makes it; it returns how many
// went to each.
func WriteSplits[T, L any](dir string, items []T, key func(T) string, line func(T) L) (dev, test int, err error) {
	lines := map[string][]L{}
	for _, it := range items {
		s := Of(key(it))
		lines[s] = append(lines[s], line(it))
	}
	for _, s := range []string{"dev", "test"} {
		if err := WriteLines(filepath.Join(dir, s+".jsonl"), lines[s]); err != nil {
			return 0, 0, err
		}
	}
	return len(lines["dev"]), len(lines["test"]), nil
}

// WritePairs writes the lines of items to dir/dev.jsonl and dir/test.jsonl,
// each to the split of the song of its pair (see WriteSplits), and counts,
// by split, the songs and the pairs of each kind (see Tally).
func WritePairs[T any](dir string, items []T, pair func(T) Pair) (dev, test int, songs, kinds map[string]int, err error) {
	dev, test, err = WriteSplits(dir, items, func(it T) string { return pair(it).Song }, func(it T) T { return it })
	if err != nil {
		return 0, 0, nil, nil, err
	}
	songs, kinds = Tally(items, pair)
	return dev, test, songs, kinds, nil
}

// SharesName says whether two lists of names hold one name alike.
func SharesName(a, b []string) bool {
	for _, n := range a {
		if slices.Contains(b, n) {
			return true
		}
	}
	return false
}

// Tally counts, by split, the songs of side a of pairs and the pairs of
// each kind, keyed "split kind", for a converter's log line.
func Tally[T any](items []T, pair func(T) Pair) (songs, kinds map[string]int) {
	songs, kinds = map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, it := range items {
		p := pair(it)
		s := Of(p.Song)
		kinds[s+" "+p.Kind]++
		if !seen[p.Song] {
			seen[p.Song] = true
			songs[s]++
		}
	}
	return songs, kinds
}

// Fold lower-cases s and writes every run of other characters than letters
// and digits (of any script) as one space, trimmed: the form in which the
// converters compare names and titles.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// ReadCSV reads the records of the CSV file at path after its header row,
// which must be header, each record of as many fields.
func ReadCSV(path string, header []string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = len(header)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if fmt.Sprint(head) != fmt.Sprint(header) {
		return nil, fmt.Errorf("%s: unexpected header %q", path, head)
	}
	var recs [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		recs = append(recs, rec)
	}
}
