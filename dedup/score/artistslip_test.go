package score

import (
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestArtistSlip: artists one slip of spelling apart merge when the
// tracks and the durations agree, and only then; dev records of
// MusicBrainz-20K (testdata/catalogues/musicbrainz/dev.csv) and pairs
// that must stay apart.
func TestArtistSlip(t *testing.T) {
	rec := func(track, artist string, dur int) Subject {
		return Subject{Title: title.Normalize(title.Input{Title: track, Artist: artist}), DurationSeconds: dur}
	}
	tests := []struct {
		name string
		a, b Subject
		want DecisionKind
		rule bool // artist_slip fires
	}{
		{"doubled letter", rec("Upside Down", "Ginnk", 111), rec("Upside Down", "Gink", 111), DecisionMerge, true},
		{"doubled letter", rec("Hyper Chondriac Music", "MMuse", 330), rec("Hyper Chondriac Music", "Muse", 330), DecisionMerge, true},
		{"swapped letters", rec("Starter bussen op", "iVro", 230), rec("Starter bussen op", "Viro", 230), DecisionMerge, true},
		{"joined words", rec("I'm Like a Lawyer", "FallOutBoy", 215), rec("I'm Like a Lawyer", "Fall Out Boy", 215), DecisionMerge, true},
		{"dropped letter", rec("Foe Life", "Mak 10", 254), rec("Foe Life", "Mack 10", 254), DecisionMerge, true},
		// apart
		{"durations differ", rec("Upside Down", "Ginnk", 111), rec("Upside Down", "Gink", 160), DecisionDistinct, false},
		{"a duration unknown", rec("Upside Down", "Ginnk", 0), rec("Upside Down", "Gink", 111), DecisionDistinct, false},
		{"other artist", rec("Upside Down", "Diana Ross", 111), rec("Upside Down", "Jack Johnson", 111), DecisionDistinct, false},
		{"two slips in a short name", rec("Upside Down", "Gink", 111), rec("Upside Down", "Pinky", 111), DecisionDistinct, false},
		{"short name", rec("Upside Down", "Abc", 111), rec("Upside Down", "Abd", 111), DecisionDistinct, false},
		{"tracks differ", rec("Upside Down", "Ginnk", 111), rec("Inside Out", "Gink", 111), DecisionDistinct, false},
		{"short track", rec("Intro", "Ginnk", 111), rec("Intro", "Gink", 111), DecisionDistinct, false},
		{"version differs", rec("Upside Down (Live)", "Ginnk", 111), rec("Upside Down", "Gink", 111), DecisionDistinct, false},
	}
	for _, tt := range tests {
		for _, pair := range [][2]Subject{{tt.a, tt.b}, {tt.b, tt.a}} {
			d := decideOne(pair[0], pair[1])
			fired := slices.Contains(rulesOf(d.Explanation), RuleArtistSlip)
			if d.Kind != tt.want || fired != tt.rule {
				t.Errorf("%s: %v vs %v: %s at %.3f, artist_slip %v (rules %v); want %s, %v", tt.name,
					pair[0].Title.Artists, pair[1].Title.Artists, d.Kind, d.Score, fired, rulesOf(d.Explanation), tt.want, tt.rule)
			}
		}
	}
}
