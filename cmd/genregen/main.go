// Command genregen writes dedup/title/genres.txt, the genre names the
// normalizer reads a genre_version group by, from the index.js of the npm
// package music-genres (ISC licence; fetch it with `npm pack music-genres`
// in a temporary directory and unpack it there). The header of the table
// names the version that the package.json beside index.js gives:
//
//	go run ./cmd/genregen DIR/package/index.js dedup/title/genres.txt
//
// The package groups about 220 subgenres under 13 genres, an iTunes-like
// taxonomy. Every genre and subgenre is kept, a name of two alternatives
// ("Hi-NRG / Eurodance", "Reggaeton y Hip-Hop") split in two, but the
// names in excluded: words that name no genre alone in a group of a
// title, or that a group uses for another purpose.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// excluded are the package's names left out of the table, each with why.
var excluded = map[string]string{
	"exercise":           "a use of music, not a style",
	"cool":               "a common word (\"(Cool)\")",
	"bounce":             "a common word",
	"garage":             "a place as often as a genre",
	"industrial":         "a common word",
	"brazilian":          "a language version (\"(Brazilian Version)\") more often",
	"fusion":             "a common word",
	"alternative":        "an alternative take (\"(Alternative)\")",
	"urban cowboy":       "a film",
	"blue note":          "a record label",
	"motown":             "a record label (\"My Girl (Motown)\")",
	"quiet storm":        "a radio format and a common phrase",
	"british invasion":   "an era, not a style",
	"adult contemporary": "a radio format",
	"contemporary latin": "a chart",
	"latino":             "a demonym",
	"raíces":             "a common Spanish word (roots)",
}

// keyNames are the genres a category key of the package names that its
// spelling hides ("Hip_Hop_Rap" is hip-hop and rap).
var keyNames = map[string][]string{
	"Hip_Hop_Rap": {"Hip-Hop", "Rap"},
	"R_B_Soul":    {"R&B", "Soul"},
}

var (
	keyRE  = regexp.MustCompile(`(?m)^\s*([A-Za-z_]+):\s*\[`)
	nameRE = regexp.MustCompile(`"([^"]+)"`)
	altRE  = regexp.MustCompile(`\s*/\s*|\s+y\s+`)
)

func main() {
	log.SetFlags(0)
	if len(os.Args) != 3 {
		log.Fatal("usage: genregen INDEX_JS OUT")
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	version, err := packageVersion(filepath.Join(filepath.Dir(os.Args[1]), "package.json"))
	if err != nil {
		log.Fatal(err)
	}
	names := genres(string(src))
	if err := os.WriteFile(os.Args[2], []byte(table(version, names)), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "genregen: %d genres -> %s\n", len(names), os.Args[2])
}

// packageVersion reads the version field of an npm package.json.
func packageVersion(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("reading the package's version: %w", err)
	}
	var pkg struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		return "", fmt.Errorf("reading the package's version from %s: %w", path, err)
	}
	if pkg.Version == "" {
		return "", errors.New("reading the package's version: " + path + " has no version field")
	}
	return pkg.Version, nil
}

// genres returns the genre names of the package's source, lower-cased,
// split and sorted, without the excluded ones.
func genres(src string) []string {
	var raw []string
	for _, m := range keyRE.FindAllStringSubmatch(src, -1) {
		if names, ok := keyNames[m[1]]; ok {
			raw = append(raw, names...)
		} else {
			raw = append(raw, m[1])
		}
	}
	for _, m := range nameRE.FindAllStringSubmatch(src, -1) {
		raw = append(raw, altRE.Split(m[1], -1)...)
	}
	var names []string
	for _, r := range raw {
		n := strings.Join(strings.Fields(strings.ToLower(r)), " ")
		if _, ok := excluded[n]; ok {
			continue
		}
		names = append(names, n)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// table is the text of genres.txt: a header that names the source, its
// version and its licence, then the names, one a line.
func table(version string, names []string) string {
	var b strings.Builder
	b.WriteString("# Genre names from the npm package music-genres " + version + " (ISC licence, Gavi Schneider,\n")
	b.WriteString("# https://github.com/gavischneider/music-genres), written by cmd/genregen; one a line.\n")
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	return b.String()
}
