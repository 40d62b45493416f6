package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestContinuedPart: "(Continued)" or "(Cont.)" after a track names the
// part that continues it, another track of the work as a reprise or "Pt.
// 2" is, never the track itself; a track whose own words end in
// "Continued" ("To Be Continued") is a title like any other. A clean cut
// is the album's recording with its words muted (the vevo set's label),
// noise as "(Explicit)" is, while a radio edit is another recording.
func TestContinuedPart(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want DecisionKind
	}{
		{"continued in brackets", "Adele - Hello (Continued)", "Adele - Hello", DecisionDistinct},
		{"continued against the official video", "Ciara - Ride (Continued)", "Ciara - Ride (Official Video)", DecisionDistinct},
		{"continued, abbreviated", "Adele - Hello (Cont.)", "Adele - Hello", DecisionDistinct},
		{"continued in square brackets", "Adele - Hello [Continued]", "Adele - Hello (Lyrics)", DecisionDistinct},
		{"continued after a pipe", "Adele - Hello | Continued", "Adele - Hello", DecisionDistinct},
		{"continued after a dash", "Adele - Hello - Continued", "Adele - Hello", DecisionDistinct},
		{"continued, Track - Artist", "Fallen (Continued) - Mya", "Fallen - Mya", DecisionDistinct},
		{"continued, turned round", "Hello (Continued) - Adele", "Adele - Hello", DecisionDistinct},
		{"continued, lower case", "adele - hello (continued)", "Adele - Hello", DecisionDistinct},
		{"continued, upper case", "ADELE - HELLO (CONTINUED)", "Adele - Hello (Official Audio)", DecisionDistinct},
		{"continued beside a credit", "Adele - Hello (Continued) ft. Drake", "Adele - Hello ft. Drake", DecisionDistinct},
		{"continued against a reprise", "Adele - Hello (Continued)", "Adele - Hello (Reprise)", DecisionDistinct},
		{"continued against a part number", "Adele - Hello (Continued)", "Adele - Hello Pt. 2", DecisionDistinct},
		{"continued with no artist", "Hello (Continued)", "Hello", DecisionDistinct},
		{"continued on both sides", "Adele - Hello (Continued)", "Adele - Hello (Continued) (Lyrics)", DecisionMerge},
		{"continued on both sides, upper case on one", "Ciara - Ride (Continued) [Official Audio]", "CIARA - RIDE (CONTINUED)", DecisionMerge},
		{"a title that ends in continued", "Adele - To Be Continued", "Adele - To Be Continued (Official Video)", DecisionMerge},
		{"a title that is continued", "Adele - Continued", "Adele - Continued (Lyrics)", DecisionMerge},
		{"a title that ends in continued, Track - Artist", "To Be Continued - Adele", "Adele - To Be Continued", DecisionMerge},
		{"a title that ends in continued against its head", "Adele - To Be Continued", "Adele - To Be", DecisionDistinct},
		{"another song", "Adele - Hello (Continued)", "Adele - Skyfall", DecisionDistinct},
		{"another artist", "Adele - Hello (Continued)", "Lionel Richie - Hello", DecisionDistinct},
		{"a clean cut", "Adele - Hello (Clean)", "Adele - Hello", DecisionMerge},
		{"a clean version against the explicit one", "Adele - Hello [Clean Version]", "Adele - Hello (Explicit)", DecisionMerge},
		{"a censored cut", "Cardi B - WAP (Censored)", "Cardi B - WAP (Official Video)", DecisionMerge},
		{"a clean cut against a radio edit", "Adele - Hello (Clean)", "Adele - Hello (Radio Edit)", DecisionDistinct},
		{"a song named clean", "Taylor Swift - Clean", "Taylor Swift - Clean (Official Audio)", DecisionMerge},
		{"a song named clean against another", "Taylor Swift - Clean", "Taylor Swift - Style", DecisionDistinct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				d := decideInputs(title.Input{Title: tt.a}, title.Input{Title: tt.b}, swap)
				if d.Kind != tt.want {
					t.Errorf("swap %v: %s (score %.4f, rules %v), want %s", swap, d.Kind, d.Score, d.Explanation.Rules, tt.want)
				}
			}
		})
	}
}
