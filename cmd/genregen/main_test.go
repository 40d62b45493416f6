package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestGenres(t *testing.T) {
	src := `const musicGenres = {
  Hip_Hop_Rap: [
    "Alternative Rap",
    "Urban Cowboy",
  ],
  R_B_Soul: ["Motown"],
  Latino: ["Reggaeton y Hip-Hop", "Raíces"],
  Electronic: ["Hi-NRG / Eurodance", "Exercise", "Psychedelic Trance "],
};`
	got := genres(src)
	want := []string{"alternative rap", "electronic", "eurodance", "hi-nrg", "hip-hop", "psychedelic trance", "r&b", "rap", "reggaeton", "soul"}
	if !slices.Equal(got, want) {
		t.Errorf("genres = %q, want %q", got, want)
	}
}

func TestPackageVersion(t *testing.T) {
	tests := []struct {
		name, json, want string
		wantErr          bool
	}{
		{"version", `{"name":"music-genres","version":"1.0.1"}`, "1.0.1", false},
		{"other version", `{"version":"2.3.0","main":"index.js"}`, "2.3.0", false},
		{"no version", `{"name":"music-genres"}`, "", true},
		{"not json", `module.exports = {}`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "package.json")
			if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := packageVersion(path)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("packageVersion = %q, %v; want %q, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestTableHeaderNamesVersion(t *testing.T) {
	got := table("9.9.9", []string{"rock"})
	if !strings.Contains(got, "music-genres 9.9.9 (ISC") || !strings.HasSuffix(got, "\nrock\n") {
		t.Errorf("table = %q", got)
	}
}
