package title

import (
	"strings"
	"testing"
)

// TestConGroupStaysInTrack checks that a "(con X)" group is not read as a
// featured credit: in Spanish titles it as often names the arrangement of
// another recording ("con Mariachi", "con Banda", "con Orquesta") as a
// guest, and a word read as a guest would let that recording merge with
// the plain one.
func TestConGroupStaysInTrack(t *testing.T) {
	for _, tc := range []struct{ title, word string }{
		{"Laura Pausini - La Soledad (Con Orquesta)", "orquesta"},
		{"Vicente Fernandez - Volver Volver (con Mariachi)", "mariachi"},
		{"Julion Alvarez - Te Hubieras Ido Antes (con Banda)", "banda"},
	} {
		t.Run(tc.title, func(t *testing.T) {
			got := Normalize(Input{Title: tc.title})
			if len(got.Featured) > 0 || !strings.Contains(got.Track, tc.word) {
				t.Errorf("Normalize(%q): track %q, featured %v: %q must stay in the track", tc.title, got.Track, got.Featured, tc.word)
			}
		})
	}
}
