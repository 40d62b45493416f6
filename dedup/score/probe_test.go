package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// probeCase is a pair of uploads and the decision it must get, in both
// orders: another recording that looks like the plain one is never
// merged into it, and the same recording written twice still merges.
type probeCase struct {
	a, b string
	want DecisionKind
}

// checkProbes decides every case both ways round.
func checkProbes(t *testing.T, tests []probeCase) {
	t.Helper()
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			a, b := title.Input{Title: tt.a}, title.Input{Title: tt.b}
			if d := decideInputs(a, b, swap); d.Kind != tt.want {
				t.Errorf("%q / %q (swap %v): %s %.4f, rules %v; want %s", tt.a, tt.b, swap, d.Kind, d.Score, rulesOf(d.Explanation), tt.want)
			}
		}
	}
}

// TestVersionQualifierAnywhere: a recording named by a qualifier ("X
// Version") is another recording wherever the qualifier stands, after a
// third dash part as in brackets, and with a filler among its words
// (version_qualifier).
func TestVersionQualifierAnywhere(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Norah Jones - Come Away With Me - Jazz Version", "Norah Jones - Come Away With Me (Official Video)", DecisionDistinct},
		{"EXO - Growl - Chinese Ver.", "EXO - Growl", DecisionDistinct},
		{"Lorde - Royals - US Version", "Lorde - Royals", DecisionDistinct},
		{"Metallica - Enter Sandman (Music Box Version)", "Metallica - Enter Sandman (Remastered)", DecisionDistinct},
		{"Coldplay - Yellow - Music Box Version", "Coldplay - Yellow", DecisionDistinct},
		{"Coldplay - Yellow - Music Box Version", "Coldplay - Yellow (Music Box Version)", DecisionMerge},
		{"EXO - Growl - Chinese Ver.", "EXO - Growl (Chinese Version)", DecisionMerge},
		{"Adele - Hello - Album Version", "Adele - Hello", DecisionMerge},
		{"Adele - Hello (Full Length Version)", "Adele - Hello", DecisionMerge},
	})
}

// TestTagNamesTrack: a square or lenticular group that names another track
// of a work or another kind of upload ("[Intro]", "【Reprise】", "[Medley]",
// "[Session]", "[Dub]") stays in the track as a round one does, so the
// pair is held for a curator; a genre's tag still goes (tag_names_track).
func TestTagNamesTrack(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Kanye West - Power [Intro]", "Kanye West - Power", DecisionReview},
		{"Beyonce - Halo [Medley]", "Beyonce - Halo (Official Video)", DecisionReview},
		{"Drake - Hold On [Interlude]", "Drake - Hold On", DecisionReview},
		{"Adele - Hello 【Reprise】", "Adele - Hello", DecisionDistinct},
		{"NERVO - Voices [Dub]", "NERVO - Voices", DecisionReview},
		{"Kodaline - High Hopes [Session]", "Kodaline - High Hopes", DecisionReview},
		{"Drake - Hold On [Interlude]", "Drake - Hold On (Interlude)", DecisionMerge},
		{"Skrillex - Bangarang [Dubstep]", "Skrillex - Bangarang", DecisionMerge},
	})
}
