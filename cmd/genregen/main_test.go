package main

import (
	"slices"
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
