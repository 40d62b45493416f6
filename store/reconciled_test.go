package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// TestReconciledMarks: marks gather for a while and are then written in
// one statement, and nothing waiting is lost to the sweeper's read or to
// Close.
func TestReconciledMarks(t *testing.T) {
	tests := []struct {
		name  string
		flush func(t *testing.T, marker *store.DB) // after marking
	}{
		{"written after the delay", func(t *testing.T, marker *store.DB) {
			// The delay is 250 ms; give a loaded machine ample time.
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				var marked int
				marker.SQL().QueryRow("SELECT COUNT(*) FROM songs WHERE reconciled = 1").Scan(&marked)
				if marked == 2 {
					return
				}
			}
		}},
		{"the sweeper's read writes them first", func(t *testing.T, marker *store.DB) {
			ids, err := marker.Unreconciled(context.Background(), time.Now().Add(time.Hour), 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) != 1 {
				t.Errorf("unreconciled %v, want only the unmarked song", ids)
			}
		}},
		{"Close writes them", func(t *testing.T, marker *store.DB) {
			if err := marker.Close(); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, d := openMigrated(t)
			ctx := context.Background()
			a := createSong(t, db, "Mitski - Nobody", "")
			b := createSong(t, db, "Mitski - Washing Machine Heart", "")
			c := createSong(t, db, "Mitski - My Love Mine All Mine", "")
			marker, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet})
			if err != nil {
				t.Fatal(err)
			}
			defer marker.Close()
			for _, id := range []int64{a, b} {
				if err := marker.MarkReconciled(ctx, id); err != nil {
					t.Fatal(err)
				}
			}
			tt.flush(t, marker)
			for id, want := range map[int64]bool{a: true, b: true, c: false} {
				var got bool
				if err := db.SQL().QueryRow("SELECT reconciled FROM songs WHERE id = ?", id).Scan(&got); err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Errorf("song %d reconciled %v, want %v", id, got, want)
				}
			}
		})
	}
}

// TestReconcileWatchKeptUntilReconciled: the watch a batch writes with a
// new song is read back as written until the song is marked reconciled or
// merged away, and is then gone with its reconciliation.
func TestReconcileWatchKeptUntilReconciled(t *testing.T) {
	watch := dedup.ReconcileWatch{Limits: map[string]int{"nobody": 3, "sk_nbd": 1}, Lexicon: map[string]int{"mitski": 2},
		Aliases: []title.Alias{{Kind: title.AliasArtist, Name: "mitski", Other: "ミツキ", Titles: 2}}}
	tests := []struct {
		name string
		then func(t *testing.T, db *store.DB, song, other int64)
		kept bool
	}{
		{"not reconciled yet", func(*testing.T, *store.DB, int64, int64) {}, true},
		{"marked reconciled", func(t *testing.T, db *store.DB, song, _ int64) {
			if err := db.MarkReconciled(context.Background(), song); err != nil {
				t.Fatal(err)
			}
			if err := db.FlushMarks(context.Background()); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"merged away", func(t *testing.T, db *store.DB, song, other int64) {
			if _, err := db.MergeSongs(context.Background(), dedup.SongMerge{From: song, Into: other, DecidedBy: "test"}); err != nil {
				t.Fatal(err)
			}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			other := createSong(t, db, "Mitski - Nobody (Official Video)", "")
			song := songOf("Mitski - Nobody", "")
			w := watch
			out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: "Mitski - Nobody"},
				NewSong: &song, DecidedBy: "test", Watch: &w}})
			if err != nil {
				t.Fatal(err)
			}
			id := out[0].SongID
			tt.then(t, db, id, other)
			got, err := db.ReconcileWatches(ctx, []int64{id, other})
			if err != nil {
				t.Fatal(err)
			}
			if _, unwatched := got[other]; unwatched {
				t.Errorf("song %d written without a watch has one: %+v", other, got[other])
			}
			kept, ok := got[id]
			switch {
			case ok != tt.kept:
				t.Errorf("watch kept %v, want %v", ok, tt.kept)
			case ok && !reflect.DeepEqual(kept, watch):
				t.Errorf("watch read back %+v, want %+v", kept, watch)
			}
		})
	}
}
