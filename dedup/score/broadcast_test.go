package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestBroadcastDates: two uploads of one dated broadcast are one live
// take; two dates of one show are two performances, as two years of a
// venue are.
func TestBroadcastDates(t *testing.T) {
	checkRuleCases(t, RuleVersionInfoMismatch, []ruleCase{
		{"one broadcast", title.Input{Title: "[THE SHOW 200811] IU - Blueming"}, title.Input{Title: "IU - Blueming [THE SHOW 200811]"}, DecisionMerge, false},
		{"one broadcast, its year written out", title.Input{Title: "IU - Blueming (SBS 20191122)"}, title.Input{Title: "IU - Blueming [SBS 191122]"}, DecisionMerge, false},
		{"two dates of a show", title.Input{Title: "[THE SHOW 200811] IU - Blueming"}, title.Input{Title: "[THE SHOW 200818] IU - Blueming"}, DecisionDistinct, true},
		{"two dates of a channel", title.Input{Title: "IU - Blueming [KBS 191122]"}, title.Input{Title: "IU - Blueming [KBS 191129]"}, DecisionDistinct, true},
	})
}
