package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// TestNameAliases: the pairs a batch wrote in two scripts are counted in
// its transaction, once per submission; they are read back by either name
// of their kind, listed by ID with a name filter, and a deleted pair is
// neither read, listed nor counted again.
func TestNameAliases(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	write := func(pairs ...title.AliasPair) { t.Helper(); writeAliases(t, db, pairs...) }
	bts := title.AliasPair{Kind: title.AliasArtist, Latin: "bts", Other: "방탄소년단"}
	newjeans := title.AliasPair{Kind: title.AliasArtist, Latin: "newjeans", Other: "뉴진스", Official: true}
	horizon := title.AliasPair{Kind: title.AliasTrack, Latin: "event horizon", Other: "사건의 지평선"}
	write(bts)
	write(bts, horizon)
	write(newjeans)
	write()

	tests := []struct {
		key          dedup.AliasKey
		name, other  string
		titles, offl int
	}{
		{dedup.AliasKey{Kind: title.AliasArtist, Name: "bts"}, "bts", "방탄소년단", 2, 0},
		{dedup.AliasKey{Kind: title.AliasArtist, Name: "방탄소년단"}, "bts", "방탄소년단", 2, 0},
		{dedup.AliasKey{Kind: title.AliasArtist, Name: "뉴진스"}, "newjeans", "뉴진스", 1, 1},
		{dedup.AliasKey{Kind: title.AliasTrack, Name: "사건의 지평선"}, "event horizon", "사건의 지평선", 1, 0},
		{dedup.AliasKey{Kind: title.AliasArtist, Name: "event horizon"}, "", "", 0, 0}, // another kind
		{dedup.AliasKey{Kind: title.AliasArtist, Name: "nobody"}, "", "", 0, 0},
	}
	for _, tt := range tests {
		got, err := db.AliasesOf(ctx, []dedup.AliasKey{tt.key})
		if err != nil {
			t.Fatal(err)
		}
		if tt.name == "" {
			if len(got) != 0 {
				t.Errorf("%v: %+v, want none", tt.key, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Name != tt.name || got[0].Other != tt.other || got[0].Titles != tt.titles || got[0].Official != tt.offl {
			t.Errorf("%v: %+v, want %s/%s from %d titles, %d official", tt.key, got, tt.name, tt.other, tt.titles, tt.offl)
		}
	}

	page, err := db.ListAliases(ctx, dedup.AliasFilter{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 2 || page.Next != page.Items[1].ID {
		t.Fatalf("first page: %+v, want 2 items and a next", page)
	}
	rest, err := db.ListAliases(ctx, dedup.AliasFilter{Limit: 2, After: page.Next})
	if err != nil {
		t.Fatal(err)
	}
	if len(rest.Items) != 1 || rest.Next != 0 || rest.Items[0].ID <= page.Next {
		t.Fatalf("second page: %+v, want the last item and no next", rest)
	}
	for _, f := range []struct {
		name string
		want int
	}{{"bt", 1}, {"방탄", 1}, {"event", 1}, {"x", 0}, {"%", 0}} {
		got, err := db.ListAliases(ctx, dedup.AliasFilter{Limit: 10, Name: f.name})
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Items) != f.want {
			t.Errorf("name %q: %d aliases, want %d", f.name, len(got.Items), f.want)
		}
	}

	all, _ := db.AliasesOf(ctx, []dedup.AliasKey{{Kind: title.AliasArtist, Name: "bts"}})
	gone, err := db.ForgetAlias(ctx, all[0].ID, "curator")
	if err != nil || gone.Name != "bts" {
		t.Fatalf("ForgetAlias: %+v, %v", gone, err)
	}
	if _, err := db.ForgetAlias(ctx, all[0].ID, "curator"); !errors.Is(err, dedup.ErrNotFound) {
		t.Errorf("ForgetAlias twice: %v, want ErrNotFound", err)
	}
	write(bts)
	write(bts)
	if got, err := db.AliasesOf(ctx, []dedup.AliasKey{{Kind: title.AliasArtist, Name: "bts"}}); err != nil || len(got) != 0 {
		t.Errorf("a deleted alias came back: %+v, %v", got, err)
	}
	if got, err := db.ListAliases(ctx, dedup.AliasFilter{Limit: 10, Name: "bts"}); err != nil || len(got.Items) != 0 {
		t.Errorf("a deleted alias is listed: %+v, %v", got, err)
	}
}

// TestAliasesFolded: a name is counted and looked up in the form of
// title.AliasFold, so that the traditional and simplified forms of a name
// (林俊傑 / 林俊杰) count toward one alias, which either form finds.
func TestAliasesFolded(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	for _, raw := range []string{"林俊傑 JJ Lin - 江南", "林俊杰 JJ Lin - 她说"} {
		writeAliases(t, db, title.LearnAliases(title.Normalize(title.Input{Title: raw}))...)
	}
	for _, name := range []string{"林俊傑", "林俊杰", "jj lin"} {
		got, err := db.AliasesOf(ctx, []dedup.AliasKey{{Kind: title.AliasArtist, Name: name}})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Name != "jj lin" || got[0].Titles != 2 || !got[0].Usable() {
			t.Errorf("aliases of %s: %+v, want jj lin from 2 titles", name, got)
		}
	}
	page, err := db.ListAliases(ctx, dedup.AliasFilter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 1 || page.Items[0].Other != "林俊杰" {
		t.Errorf("aliases: %+v, want one, stored as 林俊杰", page.Items)
	}
}

// writeAliases writes a new song whose title wrote pairs in two scripts.
func writeAliases(t *testing.T, db *store.DB, pairs ...title.AliasPair) {
	t.Helper()
	s := songOf("Some Title "+nextVideoID(), "")
	if _, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test", Aliases: pairs,
	}}); err != nil {
		t.Fatal(err)
	}
}

// TestCandidatesWithAliases: a title whose names have aliases finds the
// song written in the other script, which shares no term with it.
func TestCandidatesWithAliases(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	native := createSong(t, db, "윤하 - 사건의 지평선", "")
	createSong(t, db, "Muse - Uprising", "")
	tests := []struct {
		name    string
		query   string
		aliases []title.Alias
		found   bool
	}{
		{"no alias", "Younha - Event Horizon", nil, false},
		{"track alias", "Younha - Event Horizon", []title.Alias{{Kind: title.AliasTrack, Name: "event horizon", Other: "사건의 지평선", Titles: 2}}, true},
		{"artist alias", "Younha - Event Horizon", []title.Alias{{Kind: title.AliasArtist, Name: "younha", Other: "윤하", Titles: 2}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := title.Normalize(title.Input{Title: tt.query})
			q.Aliases = tt.aliases
			got, err := db.Candidates(ctx, []dedup.CandidateQuery{{Title: q, Limit: 10}})
			if err != nil {
				t.Fatal(err)
			}
			found := slices.ContainsFunc(got[0], func(s dedup.Song) bool { return s.ID == native })
			if found != tt.found {
				t.Errorf("found the Hangul song: %v, want %v (candidates %v)", found, tt.found, got[0])
			}
		})
	}
}
