package dedup

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestAliasesOf: an alias is used once two titles paired it, or one from
// an official channel, and a name with more than three aliases of a kind
// uses none of them.
func TestAliasesOf(t *testing.T) {
	bts := title.Title{Artists: []string{"방탄소년단"}, Track: "dynamite"}
	tests := []struct {
		name  string
		t     title.Title
		found []LearnedAlias
		want  []title.Alias
	}{
		{"two titles", bts, []LearnedAlias{{Kind: title.AliasArtist, Name: "bts", Other: "방탄소년단", Titles: 2}},
			[]title.Alias{{Kind: title.AliasArtist, Name: "방탄소년단", Other: "bts", Titles: 2}}},
		{"one title", bts, []LearnedAlias{{Kind: title.AliasArtist, Name: "bts", Other: "방탄소년단", Titles: 1}}, nil},
		{"one official title", bts, []LearnedAlias{{Kind: title.AliasArtist, Name: "bts", Other: "방탄소년단", Titles: 1, Official: 1}},
			[]title.Alias{{Kind: title.AliasArtist, Name: "방탄소년단", Other: "bts", Titles: 1}}},
		{"another kind", bts, []LearnedAlias{{Kind: title.AliasTrack, Name: "bts", Other: "방탄소년단", Titles: 5}}, nil},
		{"the track", title.Title{Track: "event horizon"}, []LearnedAlias{{Kind: title.AliasTrack, Name: "event horizon", Other: "사건의 지평선", Titles: 3}},
			[]title.Alias{{Kind: title.AliasTrack, Name: "event horizon", Other: "사건의 지평선", Titles: 3}}},
		{"the other form of a Han name", title.Title{Artists: []string{"林俊傑"}}, []LearnedAlias{{Kind: title.AliasArtist, Name: "jj lin", Other: "林俊杰", Titles: 2}},
			[]title.Alias{{Kind: title.AliasArtist, Name: "林俊傑", Other: "jj lin", Titles: 2}}},
		{"a name stored in the other form", title.Title{Artists: []string{"张学友"}}, []LearnedAlias{{Kind: title.AliasArtist, Name: "jacky cheung", Other: "張學友", Titles: 2}},
			[]title.Alias{{Kind: title.AliasArtist, Name: "张学友", Other: "jacky cheung", Titles: 2}}},
		{"a name with four partners", title.Title{Track: "가사"}, []LearnedAlias{
			{Kind: title.AliasTrack, Name: "love shot", Other: "가사", Titles: 2}, {Kind: title.AliasTrack, Name: "ditto", Other: "가사", Titles: 2},
			{Kind: title.AliasTrack, Name: "hype boy", Other: "가사", Titles: 2}, {Kind: title.AliasTrack, Name: "omg", Other: "가사", Titles: 2}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := aliasesOf(tt.t, tt.found)
			if len(got) != len(tt.want) {
				t.Fatalf("aliasesOf = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("aliasesOf = %+v, want %+v", got, tt.want)
				}
			}
		})
	}
}

func TestAliasFilterName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Girls' Generation", "girls generation"}, {"NewJ", "newj"}, {"뉴진스", "뉴진스"}, {"  BTS  ", "bts"}, {"Live", "live"}, {"林俊傑", "林俊杰"},
	} {
		if got := aliasFilterName(tt.in); got != tt.want {
			t.Errorf("aliasFilterName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
