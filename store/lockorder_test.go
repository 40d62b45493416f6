package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// lockOrderSong creates a song of raw, with one video, and returns the
// song and the video.
func lockOrderSong(t *testing.T, db *store.DB, raw string, reviews ...dedup.ReviewDraft) (int64, string, []int64) {
	t.Helper()
	song := songOf(raw, "")
	id := nextVideoID()
	out, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video: dedup.Video{ID: id, Title: raw, DurationSeconds: 200}, NewSong: &song, DecidedBy: "test", Reviews: reviews,
	}})
	if err != nil {
		t.Fatalf("creating %q: %v", raw, err)
	}
	return out[0].SongID, id, out[0].ReviewIDs
}

// TestLockOrder: every path that locks songs' rows takes them in one
// order (canonical songs first, in ID order, then the songs merged into
// them), so that none deadlocks with another and runs again. Each round
// has songs merged into a song created after them (a lower ID than their
// canonical song's), and races submissions and backfill batches attaching
// to those merged songs, through them or with their canonical song, with
// a path that moves them: a merge of their canonical song into another
// (as a curator's merge and a reconciliation do), an approval whose merge
// moves them, the same approval racing a curator's merge that settles its
// review, a split that revives one. It counts the transactions run
// again for a deadlock (Retries): there must be none, no submission may
// fail, and every video attached is in the catalogue.
func TestLockOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("races the real database: skipped with -short")
	}
	db, _ := openMigrated(t)
	ctx := context.Background()
	const rounds, pairs, submitters = 12, 3, 4
	type round struct {
		merged, canonical, other int64
		mergedVideo              string
		review                   int64
	}
	// reviewed creates the songs of a round whose canonical song is in
	// review with the other song, created before both.
	reviewed := func(t *testing.T, name string) round {
		var x round
		x.other, _, _ = lockOrderSong(t, db, "Lockorder "+name+" - Song (Remastered)")
		x.merged, x.mergedVideo, _ = lockOrderSong(t, db, "Lockorder "+name+" - Song (Live)")
		var reviews []int64
		x.canonical, _, reviews = lockOrderSong(t, db, "Lockorder "+name+" - Song",
			dedup.ReviewDraft{CandidateSongID: x.other, Score: 0.7, Reason: "near_miss"})
		x.review = reviews[0]
		return x
	}
	for _, c := range []struct {
		name  string
		setup func(t *testing.T, r, k int) round
		move  func(r round) error
	}{
		{"a merge of the canonical song", func(t *testing.T, r, k int) round {
			var x round
			x.merged, x.mergedVideo, _ = lockOrderSong(t, db, fmt.Sprintf("Lockorder Merge%d%d - Song (Live)", r, k))
			x.canonical, _, _ = lockOrderSong(t, db, fmt.Sprintf("Lockorder Merge%d%d - Song", r, k))
			x.other, _, _ = lockOrderSong(t, db, fmt.Sprintf("Lockorder Merge%d%d - Song (Remastered)", r, k))
			return x
		}, func(x round) error {
			_, err := db.MergeSongs(ctx, dedup.SongMerge{From: x.canonical, Into: x.other, Score: 0.95, DecidedBy: "test"})
			return err
		}},
		{"an approval that merges the canonical song", func(t *testing.T, r, k int) round {
			return reviewed(t, fmt.Sprintf("Approve%d%d", r, k))
		}, func(x round) error {
			_, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: x.review, Status: dedup.ReviewApproved, DecidedBy: "test"})
			return err
		}},
		{"an approval and a curator's merge that settles its review", func(t *testing.T, r, k int) round {
			return reviewed(t, fmt.Sprintf("Settle%d%d", r, k))
		}, func(x round) error {
			// Whichever commits first, the other finds the review
			// settled, or the songs one: a conflict, which is no failure.
			var wg sync.WaitGroup
			var approveErr error
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, approveErr = db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: x.review, Status: dedup.ReviewApproved, DecidedBy: "test"})
			}()
			_, err := db.MergeSongs(ctx, dedup.SongMerge{From: x.canonical, Into: x.other, Score: 0.95, DecidedBy: "test", Reason: "the same song"})
			wg.Wait()
			for _, err := range []error{approveErr, err} {
				if err != nil && !errors.Is(err, dedup.ErrConflict) {
					return err
				}
			}
			return nil
		}},
		{"a split that revives the merged song", func(t *testing.T, r, k int) round {
			var x round
			x.merged, x.mergedVideo, _ = lockOrderSong(t, db, fmt.Sprintf("Lockorder Split%d%d - Song (Live)", r, k))
			x.canonical, _, _ = lockOrderSong(t, db, fmt.Sprintf("Lockorder Split%d%d - Song", r, k))
			return x
		}, func(x round) error {
			key := searchkey.Key(title.Normalize(title.Input{Title: fmt.Sprintf("Lockorder Split - Song (Live) %d", x.merged)}))
			_, err := db.Split(ctx, dedup.SplitPlan{SongID: x.canonical, VideoIDs: []string{x.mergedVideo}, Revive: x.merged,
				ReviveKey: key, DecidedBy: "test"})
			return err
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := db.Retries()
			var attached []string
			var mu sync.Mutex
			for r := range rounds {
				xs := make([]round, pairs)
				for k := range xs {
					xs[k] = c.setup(t, r, k)
					if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: xs[k].merged, Into: xs[k].canonical, Score: 0.9, DecidedBy: "test"}); err != nil {
						t.Fatal(err)
					}
				}
				start := make(chan struct{})
				var wg sync.WaitGroup
				for k, x := range xs {
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						if err := c.move(x); err != nil {
							t.Errorf("round %d, pair %d: %v", r, k, err)
						}
					}()
					for p := range submitters {
						wg.Add(1)
						go func() {
							defer wg.Done()
							// A submission to the merged song; a backfill
							// batch to it and its canonical song.
							targets := []int64{x.merged}
							if p%2 == 1 {
								targets = append(targets, x.canonical)
							}
							var ws []dedup.SubmissionWrite
							for _, to := range targets {
								ws = append(ws, dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: "Lockorder upload", DurationSeconds: 200},
									AttachTo: to, Score: 0.9, DecidedBy: "test"})
							}
							<-start
							if _, err := db.SubmitBatch(ctx, ws); err != nil {
								t.Errorf("round %d, pair %d, submitter %d: %v", r, k, p, err)
								return
							}
							mu.Lock()
							for _, w := range ws {
								attached = append(attached, w.Video.ID)
							}
							mu.Unlock()
						}()
					}
				}
				close(start)
				wg.Wait()
			}
			got := db.Retries()
			t.Logf("ran again: %d for a deadlock, %d for a lock wait timeout, %d for a song that moved before its lock",
				got.Deadlocks-before.Deadlocks, got.LockWaitTimeouts-before.LockWaitTimeouts, got.SongsMoved-before.SongsMoved)
			if n := got.Deadlocks - before.Deadlocks; n > 0 {
				t.Errorf("%d transactions ran again for a deadlock (%d rounds of %d pairs, each with %d submissions and a move)",
					n, rounds, pairs, submitters)
			}
			if n := got.LockWaitTimeouts - before.LockWaitTimeouts; n > 0 {
				t.Errorf("%d transactions ran again for a lock wait timeout", n)
			}
			var n int
			in := "?" + strings.Repeat(", ?", len(attached)-1)
			args := make([]any, len(attached))
			for i, v := range attached {
				args[i] = v
			}
			if err := db.SQL().QueryRow("SELECT COUNT(*) FROM videos WHERE video_id IN ("+in+")", args...).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != len(attached) {
				t.Errorf("%d of the %d videos attached are in the catalogue", n, len(attached))
			}
		})
	}
}
