package score

import (
	"flag"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// The title suites (testdata/titles/{real,trending,ytdlp,covers,spotifyyt}/{dev,test}.jsonl): real
// titles with the artist and track a person reads in them. A title counts
// as read right when the normalizer's artists and track are the labeled
// ones, compared as words: case, accents, the joiners inside a word
// ("G-Eazy", "P!nk", "A$AP") and the words joining artists ("&", "and",
// "x") aside; a label written in two scripts ("피카부 (Peek-A-Boo)") may be
// read in either.

// suiteTitle is one line of a title suite.
type suiteTitle struct {
	Title        string   `json:"title"`
	Channel      string   `json:"channel"`
	Artists      []string `json:"artists"`
	Track        string   `json:"track"`
	AliasArtists []string `json:"alias_artists"`
	AliasTrack   string   `json:"alias_track"`
}

func loadSuite(tb testing.TB, name string) []suiteTitle {
	tb.Helper()
	return readJSONL[suiteTitle](tb, filepath.Join("..", "..", "testdata", "titles", name))
}

// suiteWords folds s into its words as the comparison reads them.
func suiteWords(s string) []string {
	s = title.Fold(s)
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '$':
			b.WriteRune('s')
		case r == '!' && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i+1]):
			b.WriteRune('i')
		case strings.ContainsRune("'’`.-/", r) && i > 0 && i+1 < len(rs) &&
			(unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])):
			// a joiner inside a word
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Fields(b.String())
}

// artistWords are the words of a list of artists, joiners aside, sorted.
func artistWords(names []string) []string {
	var out []string
	for _, n := range names {
		for _, w := range suiteWords(n) {
			switch w {
			case "and", "x", "y", "et", "und", "vs":
			default:
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return out
}

// trackForms are the readings a track label accepts: itself, and each half
// of a label written as "A (B)".
func trackForms(label string) [][]string {
	forms := [][]string{suiteWords(label)}
	if open := strings.LastIndex(label, "("); open > 0 && strings.HasSuffix(strings.TrimSpace(label), ")") {
		forms = append(forms, suiteWords(label[:open]), suiteWords(strings.TrimSuffix(strings.TrimSpace(label[open+1:]), ")")))
	}
	return forms
}

// readRight reports whether the normalizer, with the lexicon lex (nil for
// none), reads st's artists and track as labeled.
func readRight(st suiteTitle, lex title.Lexicon) (artist, track bool) {
	got := title.NormalizeWith(title.Input{Title: st.Title, Channel: st.Channel}, lex)
	ga := artistWords(got.Artists)
	artist = slices.Equal(ga, artistWords(st.Artists)) || st.AliasArtists != nil && slices.Equal(ga, artistWords(st.AliasArtists))
	gt := suiteWords(got.Track)
	forms := trackForms(st.Track)
	if st.AliasTrack != "" {
		forms = append(forms, trackForms(st.AliasTrack)...)
	}
	track = slices.ContainsFunc(forms, func(f []string) bool { return slices.Equal(f, gt) })
	return artist, track
}

// titleSuiteTable renders the title suites' figures.
func titleSuiteTable(t *testing.T) string {
	var b strings.Builder
	b.WriteString("\n### Reading real titles: artist and track (`testdata/titles/`)\n\n")
	b.WriteString("| title suite | split | titles | artist right | track right | both right | names learned | both right, read with them |\n|---|---|---|---|---|---|---|---|\n")
	for _, suite := range []string{"real", "trending", "ytdlp", "covers", "spotifyyt"} {
		for _, split := range []string{"dev", "test"} {
			titles := loadSuite(t, suite+"/"+split+".jsonl")
			lex := learnedLexicon(titles)
			var a, tr, both, bothLex int
			for _, st := range titles {
				ar, trr := readRight(st, nil)
				a, tr = a+b2i(ar), tr+b2i(trr)
				both += b2i(ar && trr)
				ar, trr = readRight(st, lex)
				bothLex += b2i(ar && trr)
			}
			shown := split
			if split == "test" {
				shown = "**test** (held out)"
			}
			n := float64(len(titles))
			fmt.Fprintf(&b, "| `%s/` | %s | %d | %.3f | %.3f | %.3f | %d | %.3f |\n", suite, shown, len(titles), float64(a)/n, float64(tr)/n, float64(both)/n, len(lex), float64(bothLex)/n)
		}
	}
	return b.String()
}

// learnedLexicon is the artist lexicon a catalogue of these titles would
// learn: every name LexiconEntries takes from a title (a caller's artist,
// a "- Topic" channel, an upload on the artist's own channel), counted.
func learnedLexicon(titles []suiteTitle) title.LexiconMap {
	lex := title.LexiconMap{}
	for _, st := range titles {
		for _, e := range title.LexiconEntries(title.Normalize(title.Input{Title: st.Title, Channel: st.Channel})) {
			lex[e.Key]++
		}
	}
	return lex
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// listMisses makes TestTitleSuiteDevMisses list the dev titles read wrongly.
var listMisses = flag.Bool("misses", false, "list the dev titles of the title suites that the normalizer reads wrongly")

// TestTitleSuiteDevMisses lists, with -misses -v, every dev title the
// normalizer reads wrongly: what it read and what the label says, to sort
// by cause. Only the dev splits: the test splits are never listed.
func TestTitleSuiteDevMisses(t *testing.T) {
	if !*listMisses {
		t.Skip("a listing: go test ./dedup/score -run TestTitleSuiteDevMisses -misses -v")
	}
	for _, suite := range []string{"real", "trending", "ytdlp", "covers", "spotifyyt"} {
		titles := loadSuite(t, suite+"/dev.jsonl")
		wrong := 0
		for _, st := range titles {
			ar, tr := readRight(st, nil)
			if ar && tr {
				continue
			}
			wrong++
			got := title.Normalize(title.Input{Title: st.Title, Channel: st.Channel})
			t.Logf("%s: %q (channel %q)\n  read  %q / %q, versions %q %q, patterns %q\n  label %q / %q",
				suite, st.Title, st.Channel, got.Artists, got.Track, got.Versions, got.VersionInfo, got.Patterns, st.Artists, st.Track)
		}
		t.Logf("%s/dev.jsonl: %d of %d read wrongly", suite, wrong, len(titles))
	}
}
