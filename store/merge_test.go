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
		in := dedup.TitleInput{Title: "Sigrid - Strangers remake"}
		norm := dedup.Normalize(in)
		s := dedup.SongFromTitle(in, norm, 0)
		s.SearchKey = dedup.SearchKey(norm)
		out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
			Video: dedup.Video{ID: nextVideoID(), Title: in.Title}, NewSong: &s, DecidedBy: "test",
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
