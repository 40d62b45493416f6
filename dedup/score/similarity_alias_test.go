package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestAliases: a name the catalogue learned in two scripts matches as the
// same name, an artist as a whole artist, a track as a whole track and only
// when the artists agree; without the alias the same pairs do not merge.
func TestAliases(t *testing.T) {
	bts := title.Alias{Kind: title.AliasArtist, Name: "방탄소년단", Other: "bts", Titles: 14}
	horizon := title.Alias{Kind: title.AliasTrack, Name: "사건의 지평선", Other: "event horizon", Titles: 3}
	younha := title.Alias{Kind: title.AliasArtist, Name: "윤하", Other: "younha", Titles: 3}
	tests := []struct {
		name    string
		a, b    title.Input
		aliases []title.Alias // of a
		want    DecisionKind
		without DecisionKind // the decision without the aliases
		note    string       // the alias note the explanation shows
	}{
		{"artist alias", title.Input{Title: "방탄소년단 - Dynamite"}, title.Input{Title: "BTS - Dynamite (Official MV)"},
			[]title.Alias{bts}, DecisionMerge, DecisionDistinct, "alias learned from 14 titles"},
		{"track alias with the artists agreeing by alias", title.Input{Title: "윤하 - 사건의 지평선"}, title.Input{Title: "YOUNHA - Event Horizon"},
			[]title.Alias{horizon, younha}, DecisionMerge, DecisionDistinct, "alias learned from 3 titles"},
		{"track alias, another artist", title.Input{Title: "윤하 - 사건의 지평선"}, title.Input{Title: "Muse - Event Horizon"},
			[]title.Alias{horizon, younha}, DecisionDistinct, DecisionDistinct, ""},
		{"artist alias, another song", title.Input{Title: "방탄소년단 - Dynamite"}, title.Input{Title: "BTS - Butter"},
			[]title.Alias{bts}, DecisionDistinct, DecisionDistinct, ""},
		{"artist alias, a live take", title.Input{Title: "방탄소년단 - Dynamite"}, title.Input{Title: "BTS - Dynamite (Live)"},
			[]title.Alias{bts}, DecisionDistinct, DecisionDistinct, ""},
		{"an alias of a name the title lacks", title.Input{Title: "BLACKPINK - Dynamite"}, title.Input{Title: "BTS - Dynamite"},
			[]title.Alias{bts}, DecisionDistinct, DecisionDistinct, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				for _, with := range []bool{true, false} {
					a, b := title.Normalize(tt.a), title.Normalize(tt.b)
					want := tt.without
					if with {
						a.Aliases, want = tt.aliases, tt.want
					}
					if swap {
						a, b = b, a
					}
					d := Decide(Subject{Title: a}, []Candidate{{SongID: 1, Title: b}}, nil, DefaultThresholds())
					if d.Kind != want {
						t.Errorf("swap %v, aliases %v: %s (score %.4f, rules %v), want %s", swap, with, d.Kind, d.Score, d.Explanation.Rules, want)
					}
					if !with {
						continue
					}
					note := ""
					for _, m := range append(d.Explanation.Artist.Matched, d.Explanation.Track.Matched...) {
						if m.Kind == "alias" {
							note = m.Alias
						}
					}
					if tt.note != "" && note != tt.note {
						t.Errorf("swap %v: alias note %q, want %q", swap, note, tt.note)
					}
				}
			}
		})
	}
}
