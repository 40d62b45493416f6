package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestNamedVersion: words only one track has that name a version with a
// qualifier ("Japanese ver.", "Bossa Nova Version", "Versión Tropical"),
// by artists that agree, are another recording and no review
// (named_version); a qualifier beside a number, on both sides, or by other
// artists is not.
func TestNamedVersion(t *testing.T) {
	in := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	checkRuleCases(t, RuleNamedVersion, []ruleCase{
		// scripts dev
		{"a language version in the subtitle's bracket", in("BTS (방탄소년단) '피 땀 눈물 (Blood Sweat & Tears)' Official MV", "HYBE LABELS"), in("BTS - Chi, Ase, Namida (Blood Sweat & Tears Japanese ver.)", "J-Lyrics Romaji"), DecisionDistinct, true},
		{"a style's version after the original's credit", in("Cris Delanno - You Are Not Alone (Michael Jackson) Bossa Nova Version", ""), in("Cris Delanno - You Are Not Alone", ""), DecisionDistinct, true},
		{"the qualifier before the version's name", in("La Sonora - La Negra Tomasa Versión Tropical", ""), in("La Sonora - La Negra Tomasa", ""), DecisionDistinct, true},
		{"a number beside the qualifier", in("Cris Delanno - You Are Not Alone Version 2", ""), in("Cris Delanno - You Are Not Alone", ""), DecisionDistinct, false},
		{"the same version on both sides", in("Cris Delanno - You Are Not Alone Bossa Nova Version", ""), in("Cris Delanno - You Are Not Alone Bossa Nova Version (Lyrics)", ""), DecisionMerge, false},
		{"other artists", in("Pam Hall - You Are Not Alone", ""), in("Cris Delanno - You Are Not Alone Bossa Nova Version", ""), DecisionDistinct, false},
	})
}
