package store_test

import (
	"context"
	"testing"
	"time"

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
