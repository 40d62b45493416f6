package store_test

import (
	"context"
	"testing"

	"github.com/songdedup/songdedup/dedup"
)

// TestMergeSettlesPendingReviews: a merge approves the pending reviews whose
// two songs became one song, and only those.
func TestMergeSettlesPendingReviews(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	a := createSong(t, db, "Sigrid - Strangers", "")
	b := createSong(t, db, "Sigrid - Strangers (Fan Edit)", "")
	c := createSong(t, db, "Sigrid - Sucker Punch", "")
	review := func(song, cand int64) int64 {
		s := songOf("Sigrid - Strangers remake", "")
		out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
			Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test",
			Reviews: []dedup.ReviewDraft{{CandidateSongID: song, Score: 0.7}, {CandidateSongID: cand, Score: 0.7}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		return out[0].ReviewIDs[0]
	}
	// A review pairing a and b (through a third song merged into b), and one
	// pairing a and c.
	r1 := review(a, b)
	var third int64
	db.SQL().QueryRow("SELECT song_id FROM reviews WHERE id = ?", r1).Scan(&third)
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: third, Into: b, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: b, Into: a, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	statuses := map[string]int{}
	rows, err := db.SQL().Query("SELECT r.status, COUNT(*) FROM reviews r GROUP BY r.status")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var st string
		var n int
		rows.Scan(&st, &n)
		statuses[st] = n
	}
	rows.Close()
	// r1 pairs third (now a) with a; its sibling pairs third with b (now a):
	// both settled. A review between a and c stays pending.
	review2 := review(a, c)
	var st string
	db.SQL().QueryRow("SELECT status FROM reviews WHERE id = ?", review2).Scan(&st)
	if statuses["approved"] != 2 || statuses["pending"] != 0 || st != "pending" {
		t.Errorf("after merges: %v and the a/c review %s; want 2 approved, the a/c review pending", statuses, st)
	}
}

// TestBatchKeepsTheCleanestUpgrade: items of one batch compare themselves
// with the song as it was before the batch, so several may want to become
// its source; the cleanest wins, wherever it sits in the batch.
func TestBatchKeepsTheCleanestUpgrade(t *testing.T) {
	tests := []struct {
		name   string
		titles []string // the batch, in order
	}{
		{"cleanest first", []string{"Phoebe Bridgers - Kyoto", "Phoebe Bridgers - Kyoto (Official Video)"}},
		{"cleanest last", []string{"Phoebe Bridgers - Kyoto (Official Video)", "Phoebe Bridgers - Kyoto"}},
		{"cleanest between", []string{"Phoebe Bridgers - Kyoto (Official Video)", "Phoebe Bridgers - Kyoto", "Phoebe Bridgers - Kyoto (Lyric Video)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			song := createSong(t, db, "Phoebe Bridgers - Kyoto (Official Music Video) [HD] with lyrics", "Indie Uploads")
			svc := dedup.NewService(db, dedup.ServiceOptions{Logger: quiet})
			var items []dedup.BatchItem
			for _, title := range tt.titles {
				items = append(items, dedup.BatchItem{Sub: dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: title}})
			}
			results, err := svc.SubmitBatch(ctx, items, "test")
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range results {
				if r.Err != nil || r.Outcome.SongID != song {
					t.Fatalf("item %d (%q): song %d, %v; want it merged into %d", i, tt.titles[i], r.Outcome.SongID, r.Err, song)
				}
			}
			got, err := db.Song(ctx, song)
			if err != nil {
				t.Fatal(err)
			}
			if got.Source.Title != "Phoebe Bridgers - Kyoto" {
				t.Errorf("source %q, want the cleanest title of the batch", got.Source.Title)
			}
		})
	}
}
