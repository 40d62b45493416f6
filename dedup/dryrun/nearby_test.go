package dryrun_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/dryrun"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// TestCandidatesOfSameArtistsAndDuration: a dry run's would-be songs of a
// query's artists whose durations agree with its own are candidates, as
// the store's songs are (see dedup.CandidateQuery.DurationSeconds), when
// the artist's words are in too many songs to tell them apart.
func TestCandidatesOfSameArtistsAndDuration(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, storetest.New(t).DSN, store.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	d := dryrun.New(db)
	videos := 0
	record := func(raw, artist string, seconds int) int64 {
		t.Helper()
		in := title.Input{Title: raw, Artist: artist}
		norm := title.Normalize(in)
		song := dedup.SongFromTitle(in, norm, seconds)
		song.SearchKey = searchkey.Key(norm)
		videos++
		out, err := d.SubmitBatch(ctx, []dedup.SubmissionWrite{{
			Video:   dedup.Video{ID: fmt.Sprintf("dry%08d", videos), Title: raw, Artist: artist},
			NewSong: &song, DecidedBy: "test",
		}})
		if err != nil {
			t.Fatal(err)
		}
		return out[0].SongID
	}
	for i := range 1000 {
		record(fmt.Sprintf("Filler %d", i), "Bruce Maginnis", 400+i)
	}
	hype := record("Street Hype", "Bruce Maginnis", 177)
	far := record("Night Drive", "Bruce Maginnis", 181)
	other := record("Street Hype", "Someone Else", 177)

	tests := []struct {
		name      string
		in        title.Input
		seconds   int
		want, not []int64
	}{
		{name: "length agrees", in: title.Input{Title: "StreetH ype", Artist: "Bruce Maginnis"}, seconds: 177,
			want: []int64{hype}, not: []int64{far, other}},
		{name: "no length", in: title.Input{Title: "StreetH ype", Artist: "Bruce Maginnis"},
			not: []int64{hype, far, other}},
		{name: "artist guessed from the channel", in: title.Input{Title: "StreetH ype", Channel: "Bruce Maginnis"}, seconds: 177,
			not: []int64{hype, far}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := dedup.CandidateQuery{Title: title.Normalize(tt.in), Limit: 5, DurationSeconds: tt.seconds}
			found, err := d.Candidates(ctx, []dedup.CandidateQuery{q})
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, s := range found[0] {
				ids = append(ids, s.ID)
			}
			for _, id := range tt.want {
				if !slices.Contains(ids, id) {
					t.Errorf("%v lacks song %d", ids, id)
				}
			}
			for _, id := range tt.not {
				if slices.Contains(ids, id) {
					t.Errorf("%v holds song %d", ids, id)
				}
			}
		})
	}
}
