package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// queueReview creates a new song with one review per candidate list (the
// shape of the reviews queued before one review listed every candidate,
// when each list has one song) and returns the song and its review IDs.
func queueReview(t *testing.T, db *store.DB, title string, lists ...[]int64) (int64, []int64) {
	t.Helper()
	s := songOf(title, "")
	w := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: title}, NewSong: &s, DecidedBy: "test"}
	for _, l := range lists {
		d := dedup.ReviewDraft{CandidateSongID: l[0], Score: 0.7, Reason: "near_miss"}
		for k, id := range l {
			d.Candidates = append(d.Candidates, dedup.ReviewCandidate{SongID: id, Score: 0.7 - 0.01*float64(k)})
		}
		w.Reviews = append(w.Reviews, d)
	}
	out, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{w})
	if err != nil {
		t.Fatal(err)
	}
	return out[0].SongID, out[0].ReviewIDs
}

func reviewStatus(t *testing.T, db *store.DB, id int64) dedup.Review {
	t.Helper()
	r, err := db.Review(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReviewsSettleThemselves: a review that a later merge, approval,
// rejection or split settles is superseded with the reason, so that the
// pending count is what is left to do, and no pending review is one that
// cannot be approved.
func TestReviewsSettleThemselves(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	pending := func() int64 {
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st.PendingReviews
	}

	// Songs a and b, kept apart by a curator; a new song with a review
	// against each. Approving one used to leave the other pending, and
	// approving that one answered 409.
	a := createSong(t, db, "Mira Lune - Paper Boats", "")
	b := createSong(t, db, "Oskar Brandt - Paper Boats", "")
	_, rab := queueReview(t, db, "Paper Boats (ab)", []int64{b})
	var ab int64
	db.SQL().QueryRow("SELECT song_id FROM reviews WHERE id = ?", rab[0]).Scan(&ab)
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: ab, Into: a, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	if r := reviewStatus(t, db, rab[0]); r.Status != dedup.ReviewPending {
		t.Fatalf("a review of a song merged elsewhere, not kept apart: %s, want pending", r.Status)
	}
	if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: rab[0], Status: dedup.ReviewRejected, DecidedBy: "curator:x"}); err != nil {
		t.Fatal(err)
	}
	_, two := queueReview(t, db, "Paper Boats", []int64{a}, []int64{b})
	if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: two[0], Status: dedup.ReviewApproved, DecidedBy: "curator:x"}); err != nil {
		t.Fatal(err)
	}
	other := reviewStatus(t, db, two[1])
	if other.Status != dedup.ReviewSuperseded || !strings.Contains(other.Resolution, "kept apart") {
		t.Errorf("the review against b after approving a: %s %q, want superseded, kept apart", other.Status, other.Resolution)
	}
	_, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: two[1], Status: dedup.ReviewApproved, DecidedBy: "curator:x"})
	var sc *dedup.StateConflict
	if !errors.As(err, &sc) || !strings.Contains(sc.Message, "settled") {
		t.Errorf("approving a superseded review: %v, want a conflict saying it is settled", err)
	}
	if p := pending(); p != 0 {
		t.Errorf("%d pending reviews, want 0", p)
	}

	// One review listing two songs: approve picks the second.
	c := createSong(t, db, "Ana Ruiz - Lanterns", "")
	d := createSong(t, db, "Ana Ruiz - Lanterns (Fan Edit)", "")
	m, r := queueReview(t, db, "Ana Ruiz - Lanterns!", []int64{c, d})
	if got := reviewStatus(t, db, r[0]); len(got.Candidates) != 2 || got.Candidates[1].SongID != d || got.Candidates[1].Song == nil {
		t.Fatalf("candidates %+v, want %d and %d with their songs", got.Candidates, c, d)
	}
	_, err = db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: r[0], Status: dedup.ReviewApproved, CandidateSongID: a, DecidedBy: "curator:x"})
	var fe *dedup.FieldError
	if !errors.As(err, &fe) || fe.Field != "candidate_song_id" {
		t.Errorf("approving a song that is no candidate: %v, want invalid", err)
	}
	got, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: r[0], Status: dedup.ReviewApproved, CandidateSongID: d, DecidedBy: "curator:x"})
	if err != nil || got.Status != dedup.ReviewApproved || got.CandidateSongID != d {
		t.Fatalf("approve picking %d: %+v %v", d, got, err)
	}
	var into int64
	db.SQL().QueryRow("SELECT COALESCE(merged_into, id) FROM songs WHERE id = ?", m).Scan(&into)
	if into != d {
		t.Errorf("song %d is now %d, want merged into %d", m, into, d)
	}

	// A review settled by a merge of its two songs elsewhere.
	e := createSong(t, db, "Tomas Vik - Harbour", "")
	f, r2 := queueReview(t, db, "Harbour (Tomas Vik)", []int64{e})
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: f, Into: e, DecidedBy: "auto"}); err != nil {
		t.Fatal(err)
	}
	if got := reviewStatus(t, db, r2[0]); got.Status != dedup.ReviewSuperseded || !strings.Contains(got.Resolution, "now one song") {
		t.Errorf("after a merge of both songs: %s %q, want superseded, now one song", got.Status, got.Resolution)
	}

	// A rejection keeps the song apart from every candidate, and settles a
	// sibling review that had the same candidates.
	g := createSong(t, db, "Lio Park - Tides", "")
	h := createSong(t, db, "Lio Park - Tides (Demo Take)", "")
	_, r3 := queueReview(t, db, "Tides", []int64{g, h}, []int64{h})
	if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: r3[0], Status: dedup.ReviewRejected, DecidedBy: "curator:x"}); err != nil {
		t.Fatal(err)
	}
	if got := reviewStatus(t, db, r3[1]); got.Status != dedup.ReviewSuperseded {
		t.Errorf("a sibling review after a rejection of all its candidates: %s, want superseded", got.Status)
	}
	if p := pending(); p != 0 {
		t.Errorf("%d pending reviews at the end, want 0", p)
	}
}
