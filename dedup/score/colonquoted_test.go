package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestColonQuotedNameTail: 'Artist: "Track" - X' splits at the colon only
// when X says what the upload is (colon_quoted); a name after the dash
// may be the performer of a film's, a show's or a work's song, and the
// title is not read as the words before the colon singing the track.
func TestColonQuotedNameTail(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want DecisionKind
	}{
		{"a film and its singer", `Frozen: "Let It Go" - Demi Lovato`, "Frozen - Let It Go", DecisionDistinct},
		{"a film and its singer, quoted", `Frozen: "Let It Go" - Demi Lovato`, `Frozen - "Let It Go"`, DecisionDistinct},
		{"a film and its singer, a video", `Frozen: "Let It Go" - Demi Lovato - Official Video`, "Frozen - Let It Go (Official Video)", DecisionDistinct},
		{"a work and its orchestra", `Mozart: "Eine kleine Nachtmusik" - Berliner Philharmoniker`, "Mozart - Eine kleine Nachtmusik", DecisionDistinct},
		{"a musical and its writer", `Hamilton: "My Shot" - Lin-Manuel Miranda`, "Hamilton - My Shot", DecisionDistinct},
		{"a covering act and the original's", `Pentatonix: "Hello" - Adele`, "Lionel Richie - Hello", DecisionDistinct},
		{"a live take", `Daft Punk: "Get Lucky" - Live on Letterman`, "Daft Punk - Get Lucky (Live on Letterman)", DecisionMerge},
		{"an official video", `Daft Punk: "Get Lucky" - Official Video`, "Daft Punk - Get Lucky", DecisionMerge},
		{"the artist repeated", `Taylor Swift: "Shake It Off" - Taylor Swift`, "Taylor Swift - Shake It Off", DecisionMerge},
		{"another song of the artist", `Daft Punk: "Get Lucky" - Official Video`, "Daft Punk - Instant Crush", DecisionDistinct},
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
