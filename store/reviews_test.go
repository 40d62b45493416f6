package store_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
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

// TestReviewQueueOrders: the queue by score, by plays at stake and oldest
// first, each paged by keyset without a repeat or a gap while items are
// decided between pages; filtered by reason; counted by reason in stats.
func TestReviewQueueOrders(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	type seed struct {
		score  float64
		plays  int64 // the new video's
		reason string
	}
	seeds := []seed{{0.70, 5, "near_miss"}, {0.80, 500, "extra_track_word"}, {0.75, 50, "near_miss"},
		{0.80, 0, "ambiguous"}, {0.65, 5000, "near_miss"}, {0.70, 50, "extra_track_word"}}
	cand := createSong(t, db, "Ana Ruiz - Lanterns", "")
	var ids []int64
	for k, sd := range seeds {
		title := fmt.Sprintf("Ana Ruiz - Lanterns %c", 'a'+k)
		s := songOf(title, "")
		out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
			Video: dedup.Video{ID: nextVideoID(), Title: title, Plays: sd.plays}, NewSong: &s, DecidedBy: "test",
			Reviews: []dedup.ReviewDraft{{CandidateSongID: cand, Score: sd.score, Reason: sd.reason}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, out[0].ReviewIDs[0])
	}
	// The order each sort must give, by seed index.
	want := map[dedup.ReviewSort][]int{
		dedup.ReviewSortScore:  {3, 1, 2, 5, 0, 4}, // score desc, then newest
		dedup.ReviewSortPlays:  {4, 1, 5, 2, 0, 3}, // plays desc (the candidate's are 0), then newest
		dedup.ReviewSortOldest: {0, 1, 2, 3, 4, 5},
	}
	for sort, order := range want {
		var got []int64
		cursor := ""
		for page := 0; ; page++ {
			p, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Limit: 2, Cursor: cursor})
			if err != nil {
				t.Fatalf("%s page %d: %v", sort, page, err)
			}
			for _, r := range p.Items {
				got = append(got, r.ID)
			}
			if p.NextCursor == "" {
				break
			}
			cursor = p.NextCursor
			if sort == dedup.ReviewSortOldest {
				// A cursor belongs to its order.
				if _, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: dedup.ReviewSortScore, Limit: 1, Cursor: cursor}); err == nil {
					t.Errorf("an oldest-first cursor was taken for a listing by score")
				}
			}
		}
		var wantIDs []int64
		for _, k := range order {
			wantIDs = append(wantIDs, ids[k])
		}
		if !slices.Equal(got, wantIDs) {
			t.Errorf("sort=%s: %v, want %v", sort, got, wantIDs)
		}
	}

	// Pages stay exact while items leave the queue between them.
	p1, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: dedup.ReviewSortPlays, Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: p1.Items[0].ID, Status: dedup.ReviewRejected, DecidedBy: "curator:x"}); err != nil {
		t.Fatal(err)
	}
	p2, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: dedup.ReviewSortPlays, Limit: 3, Cursor: p1.NextCursor})
	if err != nil {
		t.Fatal(err)
	}
	if len(p2.Items) != 3 || p2.Items[0].ID != ids[2] {
		t.Errorf("the page after a decision: %v, want the last three by plays", p2.Items)
	}

	// By reason: a filter and the counts.
	p, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Reason: "near_miss", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 2 || len(p.Items) != 2 { // seed 4 was rejected above
		t.Errorf("near_miss: %d of %d listed, want 2 of 2", len(p.Items), p.Total)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantBy := map[string]int64{"near_miss": 2, "extra_track_word": 2, "ambiguous": 1}
	if !maps.Equal(st.PendingByReason, wantBy) || st.PendingReviews != 5 {
		t.Errorf("stats: %d pending, by reason %v; want 5, %v", st.PendingReviews, st.PendingByReason, wantBy)
	}
}

// TestReviewPlaysReadsTheReviewedSongs: a batch that queues reviews reads
// the plays of their candidate songs by those songs' rows and videos,
// whatever the statistics of the videos say.
func TestReviewPlaysReadsTheReviewedSongs(t *testing.T) {
	_, d := openMigrated(t)
	// One connection, whose session counts the rows the batch reads.
	db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ws := reviewsOfSkewedStats(t, db, 0)
	before := sessionCounter(t, db, "Handler_read_rnd_next")
	if _, err := db.SubmitBatch(context.Background(), ws); err != nil {
		t.Fatal(err)
	}
	if read := sessionCounter(t, db, "Handler_read_rnd_next") - before; read > skewedOthers/10 {
		t.Errorf("queueing %d reviews read %d rows by scanning tables, of %d videos", len(ws), read, skewedOthers+skewedPopular+1)
	}
}

// BenchmarkReviewPlays times a batch queueing 12 reviews, whose songs'
// plays it reads, under the statistics of reviewsOfSkewedStats.
func BenchmarkReviewPlays(b *testing.B) {
	db, _ := openMigrated(b)
	reviewsOfSkewedStats(b, db, 0)
	for n := 1; b.Loop(); n++ {
		b.StopTimer()
		ws := reviewsOfSkewedStats(b, db, n)
		b.StartTimer()
		if _, err := db.SubmitBatch(context.Background(), ws); err != nil {
			b.Fatal(err)
		}
	}
}

// The catalogue of reviewsOfSkewedStats: one song of skewedPopular videos
// (and its own), then skewedOthers songs of a video each.
const skewedPopular, skewedOthers = 2000, 3000

// reviewsOfSkewedStats returns a batch of 12 new songs (round n's), each
// queueing a review with another song. Round 0 first fills db with a
// catalogue whose statistics of the videos were taken while one song held
// nearly all of them, and are kept: they count a thousand videos a song.
func reviewsOfSkewedStats(t testing.TB, db *store.DB, n int) []dedup.SubmissionWrite {
	t.Helper()
	if n == 0 {
		popular := createSong(t, db, "Ana Ruiz - Lanterns", "")
		seq := func(n int) string {
			digits := "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
			return fmt.Sprintf("(SELECT a.d + 10*b.d + 100*c.d + 1000*e.d AS n FROM %s a, %s b, %s c, %s e WHERE a.d + 10*b.d + 100*c.d + 1000*e.d < %d)",
				digits, digits, digits, digits, n)
		}
		for _, s := range []string{
			`ALTER TABLE videos STATS_AUTO_RECALC = 0`,
			fmt.Sprintf(`INSERT INTO videos (video_id, song_id, title, created_at) SELECT CONCAT('pw', LPAD(n, 9, '0')), %d, 'Lanterns', NOW(6) FROM %s x`,
				popular, seq(skewedPopular)),
			`ANALYZE TABLE videos`,
			`INSERT INTO songs (title, track, search_key, track_hash, artist_hash, reconciled, created_at, updated_at)
			 SELECT CONCAT('title ', n), CONCAT('track ', n), CONCAT('k', n), n, n, 1, NOW(6), NOW(6) FROM ` + seq(skewedOthers) + ` x`,
			`INSERT INTO videos (video_id, song_id, title, created_at) SELECT CONCAT('px', LPAD(id, 9, '0')), id, title, NOW(6) FROM songs WHERE title LIKE 'title %'`,
		} {
			if _, err := db.SQL().Exec(s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
	}
	first := queryIDs(t, db, "SELECT MIN(id) FROM songs WHERE title LIKE 'title %'")[0]
	var ws []dedup.SubmissionWrite
	for k := range 12 {
		raw := fmt.Sprintf("Ana Ruiz - Lanterns %d %c", n, 'a'+k)
		song := songOf(raw, "")
		ws = append(ws, dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: raw}, NewSong: &song, DecidedBy: "test",
			Reviews: []dedup.ReviewDraft{{CandidateSongID: first + int64(k*200), Score: 0.7, Reason: "near_miss"}}})
	}
	return ws
}
