package title

import (
	"strings"
	"testing"
)

// TestGenreOnly checks which groups are made of genre names alone.
func TestGenreOnly(t *testing.T) {
	want := map[string]bool{
		"Techno":            true,
		"Jersey Club":       true,
		"Chopped & Screwed": true,
		"Drum'n'Bass":       true,
		"Hip-Hop":           true,
		"New Wave of British Heavy Metal Version": true,
		"Phonk ver.":      true,
		"Version":         false,
		"Jazz Club Live":  false,
		"Homework":        false,
		"Techno Syndrome": false,
		"Brazilian":       false,
		"Exercise":        false,
		"Motown":          false,
	}
	for group, w := range want {
		if got := genreOnly(foldedWords(group)); got != w {
			t.Errorf("genreOnly(%q) (words %q) = %v, want %v", group, foldedWords(group), got, w)
		}
	}
}

// TestGenreTables checks that the genre tables say where they come from:
// the packaged table its package and licence, each hand-kept name its
// source.
func TestGenreTables(t *testing.T) {
	if !strings.Contains(genresPackaged, "music-genres") || !strings.Contains(genresPackaged, "ISC") {
		t.Errorf("genres.txt names no source and licence in its header")
	}
	for line := range strings.Lines(genresExtra) {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if name, source, ok := strings.Cut(line, "#"); !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(source) == "" {
			t.Errorf("genres_extra.txt: %q names no source", strings.TrimSpace(line))
		}
	}
}
