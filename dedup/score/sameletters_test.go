package score

import (
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestSameLetters: tracks one slip of spelling apart merge when the
// artists and the durations agree, and only then; dev records of
// MusicBrainz-20K (testdata/catalogues/musicbrainz/dev.csv) and pairs
// that must stay apart.
func TestSameLetters(t *testing.T) {
	rec := func(track, artist string, dur int) Subject {
		return Subject{Title: title.Normalize(title.Input{Title: track, Artist: artist}), DurationSeconds: dur}
	}
	tests := []struct {
		name string
		a, b Subject
		want DecisionKind
		rule bool // same_letters fires
	}{
		{"split elsewhere", rec("Ic eFlowers", "Bernward Koch", 194), rec("Ice Flowers", "Bernward Koch", 194), DecisionMerge, true},
		{"split elsewhere", rec("StreetH ype", "Bruce Maginnis", 177), rec("Street Hype", "Bruce Maginnis", 177), DecisionMerge, true},
		{"doubled letter", rec("Sttreet Hype", "Bruce Maginnis", 177), rec("Street Hype", "Bruce Maginnis", 178), DecisionMerge, false},
		{"dropped letter", rec("Sana Virgen Maria", "Eisenfunk", 193), rec("Santa Virgen Maria", "Eisenfunk", 193), DecisionMerge, true},
		{"doubled word", rec("Time for for Pepper", "Black Sun Productions", 98), rec("Time for Pepper", "Black Sun Productions", 98), DecisionMerge, true},
		{"joined words", rec("Man vs.vrouw", "Hansen Tomas", 181), rec("Man vs. vrouw", "Hansen Tomas", 181), DecisionMerge, false},
		// apart
		{"durations differ", rec("Sana Virgen Maria", "Eisenfunk", 193), rec("Santa Virgen Maria", "Eisenfunk", 230), DecisionReview, false},
		{"a duration unknown", rec("Sana Virgen Maria", "Eisenfunk", 0), rec("Santa Virgen Maria", "Eisenfunk", 193), DecisionReview, false},
		{"artists differ", rec("Sana Virgen Maria", "Eisenfunk", 193), rec("Santa Virgen Maria", "Gregorian", 193), DecisionDistinct, false},
		{"no artist", rec("Sana Virgen Maria", "", 193), rec("Santa Virgen Maria", "", 193), DecisionReview, false},
		{"numbers differ", rec("Symphony 4", "Eisenfunk", 193), rec("Symphony 5", "Eisenfunk", 193), DecisionDistinct, false},
		{"short track", rec("Hold", "Eisenfunk", 193), rec("Hole", "Eisenfunk", 193), DecisionDistinct, false},
		{"two slips in a short track", rec("Gold Rush", "Eisenfunk", 193), rec("Cold Hush", "Eisenfunk", 193), DecisionDistinct, false},
		{"version differs", rec("Sana Virgen Maria (Live)", "Eisenfunk", 193), rec("Santa Virgen Maria", "Eisenfunk", 193), DecisionDistinct, true},
	}
	for _, tt := range tests {
		for _, pair := range [][2]Subject{{tt.a, tt.b}, {tt.b, tt.a}} {
			d := decideOne(pair[0], pair[1])
			fired := slices.Contains(rulesOf(d.Explanation), RuleSameLetters)
			if d.Kind != tt.want || fired != tt.rule {
				t.Errorf("%s: %q vs %q: %s at %.3f, same_letters %v (rules %v); want %s, %v", tt.name,
					pair[0].Title.Track, pair[1].Title.Track, d.Kind, d.Score, fired, rulesOf(d.Explanation), tt.want, tt.rule)
			}
		}
	}
}
