package splitfile

import (
	"maps"
	"os"
	"path/filepath"
	"testing"
)

func TestTally(t *testing.T) {
	// Keys of known split: "b" hashes odd (test), "a" even (dev).
	if Of("a") != "dev" || Of("b") != "test" {
		t.Fatalf("Of(a) = %s, Of(b) = %s; the cases below assume dev and test", Of("a"), Of("b"))
	}
	tests := []struct {
		name         string
		pairs        []Pair
		songs, kinds map[string]int
	}{
		{"none", nil, map[string]int{}, map[string]int{}},
		{"one song counted once over its pairs",
			[]Pair{{Song: "a", Kind: "same"}, {Song: "a", Kind: "other"}, {Song: "a", Kind: "same"}},
			map[string]int{"dev": 1}, map[string]int{"dev same": 2, "dev other": 1}},
		{"songs of both splits",
			[]Pair{{Song: "a", Kind: "same"}, {Song: "b", Kind: "same"}, {Song: "b", Kind: "other", SongB: "a"}},
			map[string]int{"dev": 1, "test": 1}, map[string]int{"dev same": 1, "test same": 1, "test other": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			songs, kinds := Tally(tt.pairs, func(p Pair) Pair { return p })
			if !maps.Equal(songs, tt.songs) || !maps.Equal(kinds, tt.kinds) {
				t.Errorf("Tally = %v, %v; want %v, %v", songs, kinds, tt.songs, tt.kinds)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  --  ", ""},
		{"Don't Be Gone Too Long", "don t be gone too long"},
		{"Dimension, Alison Wonderland", "dimension alison wonderland"},
		{"ÆON:MODE", "æon mode"},
		{"фрози (frozy)", "фрози frozy"},
		{"non-reflection feat. 牧野由依", "non reflection feat 牧野由依"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name, body string
		want       int // records read, or -1 for an error
	}{
		{"header only", "a,b\n", 0},
		{"records", "a,b\n1,2\n\"x, y\",3\n", 2},
		{"other header", "a,c\n1,2\n", -1},
		{"short record", "a,b\n1\n", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.csv")
			if err := os.WriteFile(path, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			recs, err := ReadCSV(path, []string{"a", "b"})
			if (err != nil) != (tt.want < 0) || (err == nil && len(recs) != tt.want) {
				t.Errorf("ReadCSV = %d records, %v; want %d", len(recs), err, tt.want)
			}
		})
	}
	if _, err := ReadCSV(filepath.Join(t.TempDir(), "none.csv"), nil); err == nil {
		t.Error("ReadCSV of a missing file: no error")
	}
}

func TestSharesName(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"none", nil, nil, false},
		{"one of each list alike", []string{"bobby day", "day"}, []string{"thurston harris", "day"}, true},
		{"names alike only in part", []string{"bobby day"}, []string{"bobby"}, false},
		{"one list empty", []string{"u2"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SharesName(tt.a, tt.b); got != tt.want {
				t.Errorf("SharesName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
