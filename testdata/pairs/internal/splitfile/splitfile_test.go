package splitfile

import (
	"maps"
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
