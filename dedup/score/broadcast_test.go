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

// TestContestUploads: a reprise after the track is another track of the
// work, and the junior contest another contest than the one it is named
// after, whatever else the contest's uploads share.
func TestContestUploads(t *testing.T) {
	checkRuleCases(t, RuleReprise, []ruleCase{
		{"a reprise against the entry", title.Input{Title: "Netta - Toy - Reprise - Eurovision 2018"}, title.Input{Title: "Netta - Toy - Israel - Eurovision 2018"}, DecisionDistinct, true},
		{"a reprise against its grand final", title.Input{Title: "Loreen - Tattoo - Reprise - Eurovision 2023"}, title.Input{Title: "Loreen - Tattoo - LIVE - Sweden 🇸🇪 - Grand Final - Eurovision 2023"}, DecisionDistinct, true},
	})
	checkRuleCases(t, RuleVersionInfoMismatch, []ruleCase{
		{"junior against the contest", title.Input{Title: "Netta - Toy - Israel - Junior Eurovision 2018"}, title.Input{Title: "Netta - Toy - Israel - Eurovision 2018"}, DecisionDistinct, true},
		{"junior in both", title.Input{Title: "Netta - Toy - Israel - Junior Eurovision Song Contest 2018"}, title.Input{Title: "Netta - Toy - LIVE - Israel - Junior Eurovision 2018"}, DecisionMerge, false},
		{"a national final against the grand final", title.Input{Title: "Alexander Rybak - That's How You Write A Song - Norway - National Final Performance - Eurovision 2018"}, title.Input{Title: "Alexander Rybak - That's How You Write A Song - LIVE - Norway - Grand Final - Eurovision 2018"}, DecisionDistinct, true},
		{"a national final, without performance, against the grand final", title.Input{Title: "Alexander Rybak - That's How You Write A Song - LIVE - Norway - National Final - Eurovision 2018"}, title.Input{Title: "Alexander Rybak - That's How You Write A Song - LIVE - Norway - Grand Final - Eurovision 2018"}, DecisionDistinct, true},
		{"a national final in brackets against the grand final", title.Input{Title: "Alexander Rybak - That's How You Write A Song (Eurovision 2018 National Final, live)"}, title.Input{Title: "Alexander Rybak - That's How You Write A Song (Eurovision 2018 Grand Final, live)"}, DecisionDistinct, true},
		{"one national final written two ways", title.Input{Title: "Alexander Rybak - That's How You Write A Song - LIVE - Norway - National Final - Eurovision 2018"}, title.Input{Title: "Alexander Rybak - That's How You Write A Song - Norway - National Final Performance - Eurovision 2018"}, DecisionMerge, false},
		{"a grand final performance is the grand final", title.Input{Title: "Kalush Orchestra - Stefania - LIVE - Ukraine - Grand Final Performance - Eurovision 2022"}, title.Input{Title: "Kalush Orchestra - Stefania - LIVE - Ukraine 🇺🇦 - Grand Final - Eurovision 2022"}, DecisionMerge, false},
	})
}
