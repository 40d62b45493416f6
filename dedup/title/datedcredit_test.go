package title

import (
	"slices"
	"strings"
	"testing"
)

// TestDatedCreditKeepsVersions checks that the details after a credit
// line's year are dropped only when they name no version: a live take or
// a remix written there keeps its version word, in Versions or in the
// track, so that it never reads as the studio recording.
func TestDatedCreditKeepsVersions(t *testing.T) {
	for _, tc := range []struct {
		title   string
		version Version
	}{
		{"please love me by b b king 1953 live at the apollo", VersionLive},
		{"please love me by b b king 1953 remix", VersionRemix},
		{"i wont cry anymore by tony bennett & percy faith orch . on 1951 columbia 78 . acoustic version", VersionAcoustic},
		{"cripple creek by stove pipe no 1 sam jones 1924 instrumental", VersionInstrumental},
	} {
		t.Run(tc.title, func(t *testing.T) {
			got := Normalize(Input{Title: tc.title})
			if !slices.Contains(got.Versions, tc.version) && !strings.Contains(got.Track, string(tc.version)) {
				t.Errorf("Normalize(%q): versions %v, track %q: the %s is lost", tc.title, got.Versions, got.Track, tc.version)
			}
		})
	}
}
