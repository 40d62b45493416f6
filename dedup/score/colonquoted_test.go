package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestColonQuotedNameTail: 'Artist: "Track" - X' splits at the colon only
// when X says what the upload is (colon_quoted); a name after the dash
// may be the performer of a film's, a show's or a work's song, and is no
// bracket aside to a track sung by the words before the colon.
func TestColonQuotedNameTail(t *testing.T) {
	checkRuleCases(t, RuleBracketAside, []ruleCase{
		{"a film and its singer", title.Input{Title: `Frozen: "Let It Go" - Demi Lovato`}, title.Input{Title: "Frozen - Let It Go"}, DecisionDistinct, false},
		{"a film and its singer, quoted", title.Input{Title: `Frozen: "Let It Go" - Demi Lovato`}, title.Input{Title: `Frozen - "Let It Go"`}, DecisionDistinct, false},
		{"a film and its singer, a video", title.Input{Title: `Frozen: "Let It Go" - Demi Lovato - Official Video`}, title.Input{Title: "Frozen - Let It Go (Official Video)"}, DecisionDistinct, false},
		{"a work and its orchestra", title.Input{Title: `Mozart: "Eine kleine Nachtmusik" - Berliner Philharmoniker`}, title.Input{Title: "Mozart - Eine kleine Nachtmusik"}, DecisionDistinct, false},
		{"a musical and its writer", title.Input{Title: `Hamilton: "My Shot" - Lin-Manuel Miranda`}, title.Input{Title: "Hamilton - My Shot"}, DecisionDistinct, false},
		{"a covering act and the original's", title.Input{Title: `Pentatonix: "Hello" - Adele`}, title.Input{Title: "Lionel Richie - Hello"}, DecisionDistinct, false},
		{"a live take", title.Input{Title: `Daft Punk: "Get Lucky" - Live on Letterman`}, title.Input{Title: "Daft Punk - Get Lucky (Live on Letterman)"}, DecisionMerge, false},
		{"an official video", title.Input{Title: `Daft Punk: "Get Lucky" - Official Video`}, title.Input{Title: "Daft Punk - Get Lucky"}, DecisionMerge, false},
		{"the artist repeated", title.Input{Title: `Taylor Swift: "Shake It Off" - Taylor Swift`}, title.Input{Title: "Taylor Swift - Shake It Off"}, DecisionMerge, false},
		{"another song of the artist", title.Input{Title: `Daft Punk: "Get Lucky" - Official Video`}, title.Input{Title: "Daft Punk - Instant Crush"}, DecisionDistinct, false},
	})
}
