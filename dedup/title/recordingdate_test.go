package title

import (
	"slices"
	"testing"
)

// TestRecordingDate: a calendar date after the track goes with the place
// and the occasion around it (recording_date); a date that is the track,
// that sits in a bracket group, or whose part names a version stays where
// the other passes read it.
func TestRecordingDate(t *testing.T) {
	tests := []struct {
		title   string
		artists []string
		track   string
		fired   bool
		dated   string
	}{
		{"django reinhardt - fine and dandy - paris , 30 . 01 . 1953", []string{"django reinhardt"}, "fine and dandy", true, "53 01 30"},
		{"Artist - Track - Lincoln, NE 10-21-95 (High Quality Audio)", []string{"artist"}, "track", true, "95 10 21"},
		{"Artist - Track (MSG, NYC) 10.11.17", []string{"artist"}, "track", true, "17 10 11"},
		{"Artist - Track - 8/15/1992 - Newport Jazz Festival", []string{"artist"}, "track", true, "92 08 15"},
		{"Artist - 4/20/16 Mexico City Night 2", []string{"artist"}, "42016 mexico city night 2", false, ""},
		{"Artist - 12-12-12", []string{"artist"}, "121212", false, ""},
		{"Artist - Track (whatever 2/12/18)", []string{"artist"}, "track", false, ""},
		{"Artist - Track - 13.13.2013", []string{"artist"}, "track 13132013", false, ""},
		{"Artist - Track - Live at the Forum 10.11.17", []string{"artist"}, "track", false, ""},
		{"Gloria Estefan - 1-2-3", []string{"gloria estefan"}, "123", false, ""},
		{"Artist - Track - 1/30/53", []string{"artist"}, "track", true, "53 01 30"}, // the day and the month either way round
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track || slices.Contains(got.Patterns, "recording_date") != tt.fired || got.Dated != tt.dated {
			t.Errorf("Normalize(%q) = %q / %q (patterns %q, dated %q), want %q / %q (recording_date %v, dated %q)", tt.title, got.Artists, got.Track, got.Patterns, got.Dated, tt.artists, tt.track, tt.fired, tt.dated)
		}
	}
}

// TestCatalogueNumberPart: a label and its catalogue number go as a dash
// part of their own after the track (catalogue_number); as the last of two
// parts they are the track, with what may be a date stamp.
func TestCatalogueNumberPart(t *testing.T) {
	tests := []struct {
		title   string
		artists []string
		track   string
	}{
		{"chet atkins - honey - rca 18415", []string{"chet atkins"}, "honey"},
		{"chet atkins - honey - 78 rpm - rca 18415", []string{"chet atkins"}, "honey"},
		{"rosa henderson - how come you do me ( silvertone 3003 )", []string{"rosa henderson"}, "how come you do me"},
		{"Adele - Hello 160531", []string{"adele"}, "hello 160531"},
		{"TWICE - TT 161029", []string{"twice"}, "tt 161029"},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track {
			t.Errorf("Normalize(%q) = %q / %q (patterns %q), want %q / %q", tt.title, got.Artists, got.Track, got.Patterns, tt.artists, tt.track)
		}
	}
}
