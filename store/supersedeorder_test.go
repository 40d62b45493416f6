package store_test

import (
	"context"
	"sync"
	"testing"

	"github.com/songdedup/songdedup/dedup"
)

// oddWord is a word of letters that no other title of the test shares, so
// that two songs of such words count no term in common.
func oddWord(n int) string {
	b := []byte("zq")
	for n++; n > 0; n /= 26 {
		b = append(b, byte('a'+n%26))
	}
	return string(b) + "x"
}

// TestSupersedeLockOrder: two merges, each of a song a curator kept apart
// from the other's group, settle the reviews between two groups at once:
// each finds every one of them, half by their songs and half by their
// candidates (the order a query by song and then by candidate returns
// them in, the opposite order for the other merge), and updates them in ID
// order, so that the two wait for each other in one order and neither
// deadlocks. Some rounds settle by a curator's approval instead of a
// merge: DecideReview locks its own review, newer than every review it
// settles, before them; no other settlement locks that review, so the
// order holds.
func TestSupersedeLockOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("races the real database: skipped with -short")
	}
	db, _ := openMigrated(t)
	ctx := context.Background()
	const rounds, reviewsEach = 6, 8
	word := 0
	song := func(reviews ...dedup.ReviewDraft) (int64, []int64) {
		word += 2
		id, _, ids := lockOrderSong(t, db, oddWord(word)+" - "+oddWord(word+1), reviews...)
		return id, ids
	}
	merge := func(from, into int64) error {
		_, err := db.MergeSongs(ctx, dedup.SongMerge{From: from, Into: into, Score: 0.9, DecidedBy: "test"})
		return err
	}
	before := db.Retries()
	for round := range rounds {
		a, _ := song()
		b, _ := song()
		var reviews []int64
		for range reviewsEach {
			// A song of a's group in review with b, then one of b's with a.
			for _, p := range [][2]int64{{a, b}, {b, a}} {
				s, ids := song(dedup.ReviewDraft{CandidateSongID: p[1], Score: 0.7, Reason: "near_miss"})
				if err := merge(s, p[0]); err != nil {
					t.Fatal(err)
				}
				reviews = append(reviews, ids...)
			}
		}
		// xa, kept apart from b, and xb, kept apart from a, by a curator:
		// merged into a (into b), each keeps the two groups apart. Each is
		// also in review with the song it is merged into.
		kept := func(apart, into int64) (int64, int64) {
			x, ids := song(dedup.ReviewDraft{CandidateSongID: apart, Score: 0.7, Reason: "near_miss"},
				dedup.ReviewDraft{CandidateSongID: into, Score: 0.7, Reason: "near_miss"})
			if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: ids[0], Status: dedup.ReviewRejected, DecidedBy: "test"}); err != nil {
				t.Fatal(err)
			}
			return x, ids[1]
		}
		xa, ra := kept(b, a)
		xb, rb := kept(a, b)
		// Round by round: two merges, an approval beside a merge, two
		// approvals.
		settle := func(x, into, review int64, approve bool) error {
			if !approve {
				return merge(x, into)
			}
			_, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: review, Status: dedup.ReviewApproved, DecidedBy: "test"})
			return err
		}
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i, m := range [][3]int64{{xa, a, ra}, {xb, b, rb}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				if err := settle(m[0], m[1], m[2], round%3 > i); err != nil {
					t.Errorf("settling %d into %d: %v", m[0], m[1], err)
				}
			}()
		}
		close(start)
		wg.Wait()
		for _, id := range reviews {
			if r := reviewStatus(t, db, id); r.Status != dedup.ReviewSuperseded {
				t.Errorf("review %d (song %d, candidate %d) is %s, want superseded", id, r.SongID, r.CandidateSongID, r.Status)
			}
		}
	}
	got := db.Retries()
	t.Logf("ran again: %d for a deadlock, %d for a lock wait timeout", got.Deadlocks-before.Deadlocks, got.LockWaitTimeouts-before.LockWaitTimeouts)
	if n := got.Deadlocks - before.Deadlocks; n > 0 {
		t.Errorf("%d transactions ran again for a deadlock (%d rounds of two merges or approvals superseding %d reviews each)", n, rounds, 2*reviewsEach)
	}
	if n := got.LockWaitTimeouts - before.LockWaitTimeouts; n > 0 {
		t.Errorf("%d transactions ran again for a lock wait timeout", n)
	}
}
