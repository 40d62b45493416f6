package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// TestAliasJoinsPending: an alias waits for its join from the transaction
// that counts it past the line of usable (a second title, or one from an
// official channel) until the join is recorded; counting it further does
// not make it wait again, and a deleted alias never waits.
func TestAliasJoinsPending(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	write := func(pairs ...title.AliasPair) { t.Helper(); writeAliases(t, db, pairs...) }
	pending := func() []string {
		t.Helper()
		var out []string
		for _, a := range waiting(t, db) {
			out = append(out, a.Name)
		}
		return out
	}
	bts := title.AliasPair{Kind: title.AliasArtist, Latin: "bts", Other: "방탄소년단"}
	exo := title.AliasPair{Kind: title.AliasArtist, Latin: "exo", Other: "엑소", Official: true}
	iu := title.AliasPair{Kind: title.AliasArtist, Latin: "iu", Other: "아이유"}
	steps := []struct {
		what  string
		do    func()
		wants []string
	}{
		{"one title", func() { write(bts) }, nil},
		{"a second title", func() { write(bts) }, []string{"bts"}},
		{"one official title", func() { write(exo) }, []string{"bts", "exo"}},
		{"two titles in one batch", func() { write(iu, iu) }, []string{"bts", "exo", "iu"}},
		{"joined", func() {
			for _, a := range waiting(t, db) {
				if a.Name != "iu" {
					if err := db.AliasJoined(ctx, a.ID); err != nil {
						t.Fatal(err)
					}
				}
			}
		}, []string{"iu"}},
		{"a third title", func() { write(bts) }, []string{"iu"}},
		{"deleted", func() {
			for _, a := range waiting(t, db) {
				if _, err := db.ForgetAlias(ctx, a.ID, "curator"); err != nil {
					t.Fatal(err)
				}
			}
		}, nil},
	}
	for _, s := range steps {
		s.do()
		if got := pending(); !slices.Equal(got, s.wants) {
			t.Errorf("after %s: waiting %q, want %q", s.what, got, s.wants)
		}
	}
}

// waiting returns the aliases waiting for their join.
func waiting(t *testing.T, db *store.DB) []dedup.LearnedAlias {
	t.Helper()
	a, err := db.PendingAliasJoins(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestSongsNamed: the canonical songs whose one artist, or whose track, is
// a name, oldest first, as many as asked.
func TestSongsNamed(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	var ids []int64
	for _, tt := range []string{"Mayday - Stubborn", "Mayday - Tenderness", "Mayday & Jay Chou - Duet", "Other Band - Stubborn"} {
		ids = append(ids, createSong(t, db, tt, ""))
	}
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: ids[1], Into: ids[0], DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind  title.AliasKind
		name  string
		limit int
		want  []int64
	}{
		{title.AliasArtist, "mayday", 10, ids[:1]}, // the merged song is none; the duet has two artists
		{title.AliasTrack, "stubborn", 10, []int64{ids[0], ids[3]}},
		{title.AliasTrack, "stubborn", 1, ids[:1]},
		{title.AliasArtist, "nobody", 10, nil},
	}
	for _, tt := range tests {
		got, err := db.SongsNamed(ctx, tt.kind, tt.name, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs []int64
		for _, s := range got {
			gotIDs = append(gotIDs, s.ID)
		}
		if !slices.Equal(gotIDs, tt.want) {
			t.Errorf("%s %q: %v, want %v", tt.kind, tt.name, gotIDs, tt.want)
		}
	}
}
