package dedup

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestTokenStatsOf: a batch's token statistics answer for a candidate set
// only when they hold every token, and then with exactly those tokens (a
// token left out is weighed by the built-in table, so extra ones would
// change scores).
func TestTokenStatsOf(t *testing.T) {
	stats := &tokenStats{docs: 1000, df: map[string]int{"adele": 12, "hello": 40, "rare": 0}}
	tests := []struct {
		name   string
		stats  *tokenStats
		tokens []string
		want   map[string]int
		ok     bool
	}{
		{"no batch", nil, []string{"adele"}, nil, false},
		{"all held", stats, []string{"adele", "hello", "adele"}, map[string]int{"adele": 12, "hello": 40}, true},
		{"a token no song has", stats, []string{"rare"}, map[string]int{"rare": 0}, true},
		{"one missing", stats, []string{"adele", "someone"}, nil, false},
		{"nothing asked", stats, nil, map[string]int{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, df, ok := tt.stats.of(tt.tokens)
			if ok != tt.ok || !maps.Equal(df, tt.want) {
				t.Fatalf("of(%v) = %v, %v; want %v, %v", tt.tokens, df, ok, tt.want, tt.ok)
			}
			if ok && docs != 1000 {
				t.Errorf("docs %d, want 1000", docs)
			}
		})
	}
}

// TestWordKeysOfMatchingPairs: every labeled pair whose sides score at
// least the review threshold shares a word key, so the batch's word index
// never hides a song that could be a candidate; pairs sharing none score
// below it.
func TestWordKeysOfMatchingPairs(t *testing.T) {
	th := score.DefaultThresholds()
	for _, file := range []string{"youtube.jsonl", "itunes-train.jsonl", "itunes-valid.jsonl", "itunes-test.jsonl",
		"real/dev.jsonl", "real/test.jsonl", "trending/dev.jsonl", "trending/test.jsonl", "scripts/dev.jsonl", "scripts/test.jsonl"} {
		t.Run(file, func(t *testing.T) {
			checked, shared := 0, 0
			for _, p := range loadPairs(t, file) {
				keys := map[string]bool{}
				for _, k := range wordKeys(p.A.Title) {
					keys[k] = true
				}
				share := false
				for _, k := range wordKeys(p.B.Title) {
					share = share || keys[k]
				}
				if share {
					shared++
				}
				sc := score.Compare(p.A, p.B, score.DefaultWeights()).Score
				if sc < th.Review {
					continue
				}
				checked++
				if !share && len(wordKeys(p.A.Title)) > 0 && len(wordKeys(p.B.Title)) > 0 {
					if score.HeldOut(file) {
						t.Errorf("%s:%d (%s) scores %.2f but shares no word key", file, p.Line, p.Kind, sc)
					} else {
						t.Errorf("%s:%d (%s) scores %.2f but shares no word key: %q / %q", file, p.Line, p.Kind, sc, p.A.Title.Raw, p.B.Title.Raw)
					}
				}
			}
			if checked == 0 {
				t.Fatal("no pair reaches the review threshold")
			}
			t.Logf("%d pairs at or above review, %d sharing a key", checked, shared)
		})
	}
}

// TestWordIndexLookup: the pending songs sharing a word key, in order and
// once each; every one for a title without words.
func TestWordIndexLookup(t *testing.T) {
	var x wordIndex
	titles := []string{"Adele - Hello", "Queen - Bohemian Rhapsody", "Adele - Skyfall", "Hallo"}
	for i, raw := range titles {
		x.add(i, title.Normalize(title.Input{Title: raw}))
	}
	tests := []struct {
		title string
		want  []int
	}{
		{"ADELE — Hello [Lyrics]", []int{0, 2, 3}}, // adele; hello ends like hallo
		{"Bohemain Rhapsodie", []int{1}},           // typos late and early in words
		{"Metallica - One", nil},
	}
	for _, tt := range tests {
		got := x.lookup(title.Normalize(title.Input{Title: tt.title}), len(titles))
		if !slices.Equal(got, tt.want) {
			t.Errorf("lookup(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
	if got := x.lookup(title.Title{}, 3); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("a title without words: %v, want every pending song", got)
	}
}

// loadPairs reads a labeled pairs file of testdata/pairs.
func loadPairs(tb testing.TB, name string) []score.LabeledPair {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "pairs", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	pairs, err := score.ReadPairs(f)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return pairs
}

// TestConsonantKeys: an Arabic title and its Latin spelling share a key by
// their consonants or, for short words, by where their vowels stand, the
// Latin title's artists giving theirs (dev pairs of testdata/pairs/scripts);
// titles of other artists share none of those keys.
func TestConsonantKeys(t *testing.T) {
	consonantKeys := func(s string) map[string]bool {
		keys := map[string]bool{}
		for _, k := range wordKeys(title.Normalize(title.Input{Title: s})) {
			if strings.HasPrefix(k, "~") {
				keys[k] = true
			}
		}
		return keys
	}
	tests := []struct {
		a, b  string
		share bool
	}{
		{"شيرين - آه يا ليل", "Sherine - Ah Ya Leil", true},
		{"شيرين - جرح تاني", "Sherine - Garh Tani", true},
		{"ماجدة الرومي - كلمات", "Magida El Roumi - Kalimat (Words) lyrics", true},
		{"شيرين - آه يا ليل", "Adele - Hello", false},
	}
	for _, tt := range tests {
		ka, kb := consonantKeys(tt.a), consonantKeys(tt.b)
		share := false
		for k := range kb {
			share = share || ka[k]
		}
		if share != tt.share {
			t.Errorf("%q / %q: share a consonant key = %v, want %v (%v / %v)", tt.a, tt.b, share, tt.share, ka, kb)
		}
	}
}
