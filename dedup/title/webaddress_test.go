package title

import "testing"

// TestWebAddress: a bracket group that holds only a host name goes
// (web_address); one that says more, or a short abbreviation before a
// dot, stays for the other passes.
func TestWebAddress(t *testing.T) {
	tests := []struct {
		title string
		track string
		info  []string
	}{
		{"MC Niack - Oh Juliana (kondzilla.com)", "oh juliana", nil},
		{"jacqueline francois - - serenata ( vintagemusic . es )", "serenata", nil},
		{"Artist - Song (www.site.co.uk) [HD]", "song", nil},
		{"Jibbs - Chain Hang Low (MTV.com Live)", "chain hang low", []string{"mtvcom"}},
		{"Artist - Song (Pt. In)", "song pt in", nil},
		{"Artist - Song (Vol. 2)", "song vol 2", nil},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if got.Track != tt.track || len(got.VersionInfo) != len(tt.info) || len(tt.info) > 0 && got.VersionInfo[0] != tt.info[0] {
			t.Errorf("Normalize(%q) = track %q info %q (patterns %q), want %q info %q", tt.title, got.Track, got.VersionInfo, got.Patterns, tt.track, tt.info)
		}
	}
}
