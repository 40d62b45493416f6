package searchkey

import (
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestAliasTerms: a title with aliases shares terms with the key of the
// song written in the other script, while its own key is unchanged.
func TestAliasTerms(t *testing.T) {
	tests := []struct {
		name    string
		query   string
		aliases []title.Alias
		song    string // shares an alias term with the query
	}{
		{"artist, native song", "BTS - Dynamite", []title.Alias{{Kind: title.AliasArtist, Name: "bts", Other: "방탄소년단"}}, "방탄소년단 - Dynamite"},
		{"artist, Latin song", "방탄소년단 - Dynamite", []title.Alias{{Kind: title.AliasArtist, Name: "방탄소년단", Other: "bts"}}, "BTS - Dynamite"},
		{"track", "Younha - Event Horizon", []title.Alias{{Kind: title.AliasTrack, Name: "event horizon", Other: "사건의 지평선"}}, "윤하 - 사건의 지평선"},
		{"two artists, one aliased", "IU & BTS - Dynamite", []title.Alias{{Kind: title.AliasArtist, Name: "bts", Other: "방탄소년단"}}, "방탄소년단 - Dynamite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := title.Normalize(title.Input{Title: tt.query})
			plain := Terms(q)
			q.Aliases = tt.aliases
			if !slices.Equal(Terms(q), plain) {
				t.Errorf("aliases changed the title's own terms: %v, want %v", Terms(q), plain)
			}
			extra := AliasTerms(q)
			for _, term := range extra {
				if slices.Contains(plain, term) {
					t.Errorf("alias term %q is one of the title's own", term)
				}
			}
			key := strings.Fields(Key(title.Normalize(title.Input{Title: tt.song})))
			if !slices.ContainsFunc(extra, func(term string) bool { return slices.Contains(key, term) }) {
				t.Errorf("alias terms %v share nothing with the key %v of %q", extra, key, tt.song)
			}
		})
	}
	none := title.Normalize(title.Input{Title: "BTS - Dynamite"})
	none.Aliases = []title.Alias{{Kind: title.AliasArtist, Name: "blackpink", Other: "블랙핑크"}}
	if got := AliasTerms(none); len(got) != 0 {
		t.Errorf("an alias of a name the title lacks added %v", got)
	}
}
