package store_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sync"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// TestReviewCountsUnderConcurrentWriters: while writers queue reviews of
// three reasons and curators approve and reject them at once (two of them
// on the same review now and then, and approvals and rejections that
// supersede other reviews), the counts a page and the stats read stay
// those a COUNT over the reviews gives, for every status and reason.
func TestReviewCountsUnderConcurrentWriters(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	var bases []int64
	for i := range 6 {
		bases = append(bases, createSong(t, db, fmt.Sprintf("Count Base %c - Harbour Lights %c", 'A'+i, 'A'+i), ""))
	}
	reasons := []string{"near_miss", "ambiguous", "no_auto_merge"}
	const writers, songs, curators = 6, 8, 4
	queued := make(chan int64, writers*songs*3)
	var writing, deciding sync.WaitGroup
	for w := range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			for i := range songs {
				s := songOf(fmt.Sprintf("Count Writer %c - Paper Boats %c", 'A'+w, 'A'+i), "")
				x, y := bases[(w+i)%len(bases)], bases[(w+i+1)%len(bases)]
				// The second review lists the first's candidate too: approving
				// the first supersedes it.
				write := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test",
					Reviews: []dedup.ReviewDraft{
						{CandidateSongID: x, Score: 0.7, Reason: reasons[(w+i)%3], Candidates: []dedup.ReviewCandidate{{SongID: x, Score: 0.7}}},
						{CandidateSongID: y, Score: 0.68, Reason: reasons[(w+i+1)%3], Candidates: []dedup.ReviewCandidate{{SongID: y, Score: 0.68}, {SongID: x, Score: 0.66}}},
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
		for _, reason := range reasons {
			n := want[status][reason]
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
