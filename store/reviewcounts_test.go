package store_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/internal/cpustat"
	"github.com/songdedup/songdedup/store"
)

// TestReviewCountsUnderConcurrentWriters: while writers queue reviews of
// three reasons and curators approve and reject them at once (see
// reviewTraffic), the counts a page and the stats read stay those a COUNT
// over the reviews gives, for every status and reason.
func TestReviewCountsUnderConcurrentWriters(t *testing.T) {
	db, _ := openMigrated(t)
	reviewTraffic(t, db, "Count")
	checkReviewCounts(t, db)
}

// reviewReasons are the reasons reviewTraffic queues reviews for.
var reviewReasons = []string{"near_miss", "ambiguous", "no_auto_merge"}

// reviewTraffic has writers queue reviews of three reasons while curators
// approve and reject them at once (two of them on the same review now and
// then, and approvals and rejections that supersede other reviews), then
// queues one more review, left pending; name starts the titles of its
// songs.
func reviewTraffic(t *testing.T, db *store.DB, name string) {
	t.Helper()
	ctx := context.Background()
	var bases []int64
	for i := range 6 {
		bases = append(bases, createSong(t, db, fmt.Sprintf("%s Base %c - Harbour Lights %c", name, 'A'+i, 'A'+i), ""))
	}
	const writers, songs, curators = 6, 8, 4
	queued := make(chan int64, writers*songs*3)
	var writing, deciding sync.WaitGroup
	for w := range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			for i := range songs {
				s := songOf(fmt.Sprintf("%s Writer %c - Paper Boats %c", name, 'A'+w, 'A'+i), "")
				x, y := bases[(w+i)%len(bases)], bases[(w+i+1)%len(bases)]
				// The second review lists the first's candidate too: approving
				// the first supersedes it.
				write := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test",
					Reviews: []dedup.ReviewDraft{
						{CandidateSongID: x, Score: 0.7, Reason: reviewReasons[(w+i)%3], Candidates: []dedup.ReviewCandidate{{SongID: x, Score: 0.7}}},
						{CandidateSongID: y, Score: 0.68, Reason: reviewReasons[(w+i+1)%3], Candidates: []dedup.ReviewCandidate{{SongID: y, Score: 0.68}, {SongID: x, Score: 0.66}}},
					}}
				out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{write})
				if err != nil {
					t.Error(err)
					return
				}
				for _, id := range out[0].ReviewIDs {
					queued <- id
				}
				if i%3 == 0 {
					queued <- out[0].ReviewIDs[0] // decided twice at once
				}
			}
		}()
	}
	for c := range curators {
		deciding.Add(1)
		go func() {
			defer deciding.Done()
			k := 0
			for id := range queued {
				k++
				if k%4 == 3 {
					continue // left pending
				}
				status := dedup.ReviewApproved
				if (int(id)+c)%3 == 0 {
					status = dedup.ReviewRejected
				}
				_, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: id, Status: status, DecidedBy: fmt.Sprintf("curator:%d", c)})
				var sc *dedup.StateConflict
				if err != nil && !errors.As(err, &sc) {
					t.Error(err)
				}
				if _, err := db.Stats(ctx); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	writing.Wait()
	close(queued)
	deciding.Wait()
	// A review left pending whatever the curators' approvals superseded.
	s := songOf(name+" Writer Z - Paper Boats Z", "")
	if _, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test",
		Reviews: []dedup.ReviewDraft{{CandidateSongID: bases[0], Score: 0.7, Reason: reviewReasons[0], Candidates: []dedup.ReviewCandidate{{SongID: bases[0], Score: 0.7}}}}}}); err != nil {
		t.Error(err)
	}
}

// checkReviewCounts checks that the counts a page and the stats read are
// those a COUNT over the reviews gives, for every status and reason of
// reviewReasons, and that reviews of every status were written.
func checkReviewCounts(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	want := map[dedup.ReviewStatus]map[string]int{}
	rows, err := db.SQL().QueryContext(ctx, "SELECT status, reason, COUNT(*) FROM reviews GROUP BY status, reason")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var status dedup.ReviewStatus
		var reason string
		var n int
		if err := rows.Scan(&status, &reason, &n); err != nil {
			t.Fatal(err)
		}
		if want[status] == nil {
			want[status] = map[string]int{}
		}
		want[status][reason] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	for _, status := range []dedup.ReviewStatus{dedup.ReviewPending, dedup.ReviewApproved, dedup.ReviewRejected, dedup.ReviewSuperseded} {
		if len(want[status]) == 0 {
			t.Errorf("no review is %s: the writers did not exercise every status", status)
		}
		sum := 0
		for reason, n := range want[status] {
			sum += n
			if got := totalOf(t, db, dedup.ReviewQuery{Status: status, Reason: reason, Limit: 1}); got != n {
				t.Errorf("%s reviews of %s: the page counts %d, want %d", status, reason, got, n)
			}
		}
		if got := totalOf(t, db, dedup.ReviewQuery{Status: status, Limit: 1}); got != sum {
			t.Errorf("%s reviews: the page counts %d, want %d", status, got, sum)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantBy := map[string]int64{}
	var pending int64
	for reason, n := range want[dedup.ReviewPending] {
		wantBy[reason] = int64(n)
		pending += int64(n)
	}
	if st.PendingReviews != pending || !maps.Equal(st.PendingByReason, wantBy) {
		t.Errorf("stats: %d pending, by reason %v; want %d, %v", st.PendingReviews, st.PendingByReason, pending, wantBy)
	}
	t.Logf("reviews by status and reason: %v", want)
}

// totalOf returns the total a page of q reads.
func totalOf(t *testing.T, db *store.DB, q dedup.ReviewQuery) int {
	t.Helper()
	p, err := db.Reviews(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return p.Total
}

// BenchmarkReviewTotals times the statements that count the queue (a
// page's total, of all reasons and of one, and the stats) on the plan
// tests' catalogue (8,571 pending reviews of 10,000), beside the COUNTs
// over reviews they replaced.
func BenchmarkReviewTotals(b *testing.B) {
	db, _ := openMigrated(b)
	fillForPlans(b, db.SQL())
	counted := map[string]string{
		"review count":             "SELECT COUNT(*) FROM reviews WHERE status = ?",
		"review count of a reason": "SELECT COUNT(*) FROM reviews WHERE status = ? AND reason = ?",
		"stats":                    "SELECT (SELECT COUNT(*) FROM reviews WHERE status = 'pending'), (SELECT COALESCE(SUM(df), 0) FROM term_stats WHERE term = '')",
		"stats by reason":          "SELECT reason, COUNT(*) FROM reviews WHERE status = ? GROUP BY reason",
	}
	run := func(b *testing.B, q string, args []any) {
		for b.Loop() {
			rows, err := db.SQL().Query(q, args...)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
			}
			rows.Close()
		}
	}
	for _, q := range store.ReadQueries(1, 5, "pv000000003") {
		old, ok := counted[q.Name]
		if !ok {
			continue
		}
		b.Run("count/"+q.Name, func(b *testing.B) { run(b, old, q.Args) })
		b.Run("counters/"+q.Name, func(b *testing.B) { run(b, q.SQL, q.Args) })
	}
}

// TestRecountReviewsUnderConcurrentWriters: review_counts made wrong by a
// process that writes reviews without counting them (one older than the
// counts) is made right by recounts that run while writers queue reviews
// and curators decide them (reviewTraffic). Every recount that starts once
// the uncounting process stopped and another recount rewrote the counts
// finds them exact, whatever the writers were doing; and after the last
// write they are those a COUNT over the reviews gives: no review change
// that raced a recount was counted twice or lost.
func TestRecountReviewsUnderConcurrentWriters(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	var pool []int64
	for i := range 30 {
		pool = append(pool, createSong(t, db, fmt.Sprintf("Uncounted %c%c - Tin Roof", 'A'+i/10, 'A'+i%10), ""))
	}
	var drifting atomic.Bool
	drifting.Store(true)
	drifted := make(chan struct{})
	go func() {
		// Reviews of pairs of songs of their own, queued and half of them
		// rejected with no count changed.
		defer close(drifted)
		n := len(pool)
		for i := 0; drifting.Load() && i < n*(n-1); i++ {
			a, b := pool[i%n], pool[(i%n+1+i/n)%n]
			res, err := db.SQL().ExecContext(ctx, `INSERT INTO reviews (song_id, candidate_song_id, score, reason, explanation, status, created_at)
				VALUES (?, ?, 0.7, ?, '{}', 'pending', NOW(6))`, a, b, reviewReasons[i%3])
			if err != nil {
				t.Error(err)
				return
			}
			id, _ := res.LastInsertId()
			if _, err := db.SQL().ExecContext(ctx, "INSERT INTO review_candidates (review_id, candidate_song_id, score) VALUES (?, ?, 0.7)", id, b); err != nil {
				t.Error(err)
				return
			}
			if i%2 == 1 {
				if _, err := db.SQL().ExecContext(ctx, "UPDATE reviews SET status = 'rejected' WHERE id = ?", id); err != nil {
					t.Error(err)
					return
				}
			}
		}
	}()

	// Recounts run until the traffic ends. Once the uncounting process
	// stopped and a recount made the counts right, each recount follows a
	// count made one too high on purpose, so that it rewrites the counts
	// while the writers write, and must find that count alone off, by one.
	var stop atomic.Bool
	var recounts, offs, checked int
	recounted := make(chan struct{})
	go func() {
		defer close(recounted)
		statuses := []dedup.ReviewStatus{dedup.ReviewPending, dedup.ReviewApproved}
		right := false
		for ; !stop.Load(); recounts++ {
			afterDrift := !drifting.Load()
			if afterDrift {
				<-drifted
			}
			var planted store.ReviewCount
			if right {
				planted = store.ReviewCount{Status: statuses[recounts%2], Reason: reviewReasons[recounts%3]}
				if _, err := db.SQL().ExecContext(ctx, `INSERT INTO review_counts (status, reason, shard, n) VALUES (?, ?, 0, 1)
					ON DUPLICATE KEY UPDATE n = n + 1`, planted.Status, planted.Reason); err != nil {
					t.Error(err)
					return
				}
			}
			counts, err := db.RecountReviews(ctx, true)
			if err != nil {
				t.Error(err)
				return
			}
			off := 0
			for _, c := range counts {
				want := int64(0)
				if c.Status == planted.Status && c.Reason == planted.Reason {
					want = 1
				}
				if c.Kept != c.Counted {
					off++
				}
				if right && c.Kept-c.Counted != want {
					t.Errorf("recount %d: %s %s kept %d, counted %d; want %d kept more", recounts, c.Status, c.Reason, c.Kept, c.Counted, want)
				}
			}
			if off > 0 {
				offs++
			}
			if right {
				checked++
			}
			right = right || afterDrift
		}
	}()

	// The uncounting process writes during the first traffic; recounts run
	// through it and the two after it.
	reviewTraffic(t, db, "Recount One")
	drifting.Store(false)
	var traffic sync.WaitGroup
	for _, name := range []string{"Recount Two", "Recount Three"} {
		traffic.Add(1)
		go func() {
			defer traffic.Done()
			reviewTraffic(t, db, name)
		}()
	}
	traffic.Wait()
	stop.Store(true)
	<-recounted
	checkReviewCounts(t, db)
	t.Logf("%d recounts, %d of them found counts off; %d checked to find the one count made wrong, while the writers wrote", recounts, offs, checked)
	if checked < 2 {
		t.Errorf("%d recounts checked: the test did not race recounts with the writers", checked)
	}
}

// processCPU is the CPU seconds the process has spent, user and system.
func processCPU(b *testing.B) float64 {
	cpu, err := cpustat.Process()
	if err != nil {
		b.Fatal(err)
	}
	return cpu
}
