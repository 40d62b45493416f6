package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestArtistSequel: a part number one title carries and the other lacks
// keeps the pair apart where the reading puts it in the artist, as it does
// in the track (sequel_number); a number both sides carry, in an act's name
// or a track, and a whole year are no part number; a roman numeral that
// may end a person's name only holds the pair for review.
func TestArtistSequel(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want DecisionKind
		rule Rule
	}{
		// The hardneg dev part_sequel pairs titled "Track - Artist".
		{"a roman numeral that may end a name, generational_suffix", "Dead Presidents - Jay-Z", "Dead Presidents II - Jay-Z", DecisionReview, ""},
		{"a lowercase roman numeral that may end a name, generational_suffix", "Life In Technicolor - Coldplay", "Life In Technicolor ii - Coldplay", DecisionReview, ""},
		{"a digit after a marker, the hardneg dev pair turned round", "Bloodflood - alt-J", "Bloodflood pt. 2 - alt-J", DecisionDistinct, ""},
		{"a digit, sequel_number", "Hello - Adele", "Hello 2 - Adele", DecisionDistinct, RuleSequelNumber},
		{"a digit beside a two-word artist, sequel_number", "Jodiyan - Rupinder Handa", "Jodiyan 2 - Rupinder Handa", DecisionDistinct, RuleSequelNumber},
		{"a digit after a marker, sequel_number", "Hello - Adele", "Hello Vol. 2 - Adele", DecisionDistinct, RuleSequelNumber},
		{"a part number read in the track already, sequel_number", "Father Stretch My Hands - Kanye West", "Father Stretch My Hands Part 2 - Kanye West", DecisionDistinct, RuleSequelNumber},
		{"a digit, a feature credit on the numbered side, sequel_number", "Hello - Adele", "Hello 2 - Adele ft. Drake", DecisionDistinct, RuleSequelNumber},
		{"a digit, a feature credit on the other side, sequel_number", "Hello - Adele ft. Drake", "Hello 2 - Adele", DecisionDistinct, RuleSequelNumber},
		{"a digit, a feature credit on both sides, sequel_number", "Hello - Adele ft. Drake", "Hello 2 - Adele ft. Drake", DecisionDistinct, RuleSequelNumber},
		{"a digit, a bracketed feature credit, sequel_number", "Hello - Adele (feat. Drake)", "Hello 3 - Adele", DecisionDistinct, RuleSequelNumber},
		{"a digit beside a two-word artist and a credit, sequel_number", "Jodiyan - Rupinder Handa", "Jodiyan 2 - Rupinder Handa ft. Jassi", DecisionDistinct, RuleSequelNumber},
		{"a number on both sides, a credit on one", "Hello 2 - Adele ft. Drake", "Hello 2 - Adele", DecisionMerge, ""},
		{"a credit alone", "Sugar - Maroon 5", "Sugar - Maroon 5 ft. Cardi B", DecisionMerge, ""},
		{"a number in an act's name on both sides, a credit on one", "Maroon 5 ft. Cardi B - Sugar", "Maroon 5 - Sugar", DecisionMerge, ""},
		{"a number in an act's name on both sides", "Maroon 5 - Sugar", "Maroon 5 - Sugar (Lyrics)", DecisionMerge, ""},
		{"a number in an act's name on both sides, one word", "UB40 - Red Red Wine", "UB40 - Red Red Wine (Lyrics)", DecisionMerge, ""},
		{"a number in an act's name on both sides, hyphenated", "Blink-182 - All The Small Things", "Blink-182 - All The Small Things (Official Video)", DecisionMerge, ""},
		{"a number in both tracks", "Adele - Hello 2", "Adele - Hello 2 (Lyrics)", DecisionMerge, ""},
		{"a year is no part number", "Only You - The Platters", "Only You 1955 - The Platters", DecisionMerge, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				d := decideInputs(title.Input{Title: tt.a}, title.Input{Title: tt.b}, swap)
				if d.Kind != tt.want {
					t.Errorf("swap %v: %s (score %.4f, rules %v), want %s", swap, d.Kind, d.Score, d.Explanation.Rules, tt.want)
				}
				if tt.rule != "" && d.Explanation.DecidedBy != tt.rule {
					t.Errorf("swap %v: decided by %q, want %q", swap, d.Explanation.DecidedBy, tt.rule)
				}
			}
		})
	}
}
