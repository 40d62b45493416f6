package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestContinuedPart: "(Continued)", "(Cont.)" or "(Cont'd)" after a track
// names the part that continues it, another track of the work as a
// reprise or "Pt. 2" is, never the track itself; a track whose own words end in
// "Continued" ("To Be Continued") is a title like any other. A clean cut
// is the album's recording with its words muted (the vevo set's label),
// noise as "(Explicit)" is, while a radio edit is another recording. The
// pairs another rule holds apart say reprise false.
func TestContinuedPart(t *testing.T) {
	checkRuleCases(t, RuleReprise, []ruleCase{
		{"continued in brackets", title.Input{Title: "Adele - Hello (Continued)"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, true},
		{"continued against the official video", title.Input{Title: "Ciara - Ride (Continued)"}, title.Input{Title: "Ciara - Ride (Official Video)"}, DecisionDistinct, true},
		{"continued, abbreviated", title.Input{Title: "Adele - Hello (Cont.)"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, true},
		{"continued in square brackets", title.Input{Title: "Adele - Hello [Continued]"}, title.Input{Title: "Adele - Hello (Lyrics)"}, DecisionDistinct, true},
		{"continued after a pipe", title.Input{Title: "Adele - Hello | Continued"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, true},
		{"continued after a dash", title.Input{Title: "Adele - Hello - Continued"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, true},
		{"continued, Track - Artist", title.Input{Title: "Fallen (Continued) - Mya"}, title.Input{Title: "Fallen - Mya"}, DecisionDistinct, true},
		{"continued, turned round", title.Input{Title: "Hello (Continued) - Adele"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, false},
		{"continued, lower case", title.Input{Title: "adele - hello (continued)"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, true},
		{"continued, upper case", title.Input{Title: "ADELE - HELLO (CONTINUED)"}, title.Input{Title: "Adele - Hello (Official Audio)"}, DecisionDistinct, true},
		{"continued beside a credit", title.Input{Title: "Adele - Hello (Continued) ft. Drake"}, title.Input{Title: "Adele - Hello ft. Drake"}, DecisionDistinct, true},
		{"continued against a reprise", title.Input{Title: "Adele - Hello (Continued)"}, title.Input{Title: "Adele - Hello (Reprise)"}, DecisionDistinct, false},
		{"continued against a part number", title.Input{Title: "Adele - Hello (Continued)"}, title.Input{Title: "Adele - Hello Pt. 2"}, DecisionDistinct, false},
		{"continued with no artist", title.Input{Title: "Hello (Continued)"}, title.Input{Title: "Hello"}, DecisionDistinct, true},
		{"continued, apostrophe", title.Input{Title: "Adele - Hello (Cont'd)"}, title.Input{Title: "Adele - Hello"}, DecisionDistinct, true},
		{"continued, no apostrophe", title.Input{Title: "Adele - Hello [Contd]"}, title.Input{Title: "Adele - Hello (Official Video)"}, DecisionDistinct, true},
		{"continued, apostrophe, on both sides", title.Input{Title: "Adele - Hello (Cont'd)"}, title.Input{Title: "Adele - Hello (Cont'd) (Lyrics)"}, DecisionMerge, false},
		{"a title that is contd", title.Input{Title: "Adele - Contd"}, title.Input{Title: "Adele - Contd (Lyrics)"}, DecisionMerge, false},
		{"continued on both sides", title.Input{Title: "Adele - Hello (Continued)"}, title.Input{Title: "Adele - Hello (Continued) (Lyrics)"}, DecisionMerge, false},
		{"continued on both sides, upper case on one", title.Input{Title: "Ciara - Ride (Continued) [Official Audio]"}, title.Input{Title: "CIARA - RIDE (CONTINUED)"}, DecisionMerge, false},
		{"a title that ends in continued", title.Input{Title: "Adele - To Be Continued"}, title.Input{Title: "Adele - To Be Continued (Official Video)"}, DecisionMerge, false},
		{"a title that is continued", title.Input{Title: "Adele - Continued"}, title.Input{Title: "Adele - Continued (Lyrics)"}, DecisionMerge, false},
		{"a title that ends in continued, Track - Artist", title.Input{Title: "To Be Continued - Adele"}, title.Input{Title: "Adele - To Be Continued"}, DecisionMerge, false},
		{"a title that ends in continued against its head", title.Input{Title: "Adele - To Be Continued"}, title.Input{Title: "Adele - To Be"}, DecisionDistinct, true},
		{"another song", title.Input{Title: "Adele - Hello (Continued)"}, title.Input{Title: "Adele - Skyfall"}, DecisionDistinct, false},
		{"another artist", title.Input{Title: "Adele - Hello (Continued)"}, title.Input{Title: "Lionel Richie - Hello"}, DecisionDistinct, true},
		{"a clean cut", title.Input{Title: "Adele - Hello (Clean)"}, title.Input{Title: "Adele - Hello"}, DecisionMerge, false},
		{"a clean version against the explicit one", title.Input{Title: "Adele - Hello [Clean Version]"}, title.Input{Title: "Adele - Hello (Explicit)"}, DecisionMerge, false},
		{"a censored cut", title.Input{Title: "Cardi B - WAP (Censored)"}, title.Input{Title: "Cardi B - WAP (Official Video)"}, DecisionMerge, false},
		{"a clean cut against a radio edit", title.Input{Title: "Adele - Hello (Clean)"}, title.Input{Title: "Adele - Hello (Radio Edit)"}, DecisionDistinct, false},
		{"a song named clean", title.Input{Title: "Taylor Swift - Clean"}, title.Input{Title: "Taylor Swift - Clean (Official Audio)"}, DecisionMerge, false},
		{"a song named clean against another", title.Input{Title: "Taylor Swift - Clean"}, title.Input{Title: "Taylor Swift - Style"}, DecisionDistinct, false},
	})
}
