package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// lastSeq is the last seq the feed gave.
func lastSeq(t *testing.T, db *store.DB) int64 {
	t.Helper()
	var n int64
	if err := db.SQL().QueryRow("SELECT value FROM change_seq WHERE name = 'last'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestChangesCommitOrder: a writer that took its seq holds the next
// writer until it commits, so a reader never sees a later seq before an
// earlier one; a transaction that rolls back gives its seq back.
func TestChangesCommitOrder(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	start := lastSeq(t, db)
	a := createSong(t, db, "Feed Order - First", "")
	b := createSong(t, db, "Feed Order - Second", "")
	start += 2

	tx1, err := db.SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.WriteChanges(ctx, tx1, []dedup.Change{{Kind: dedup.ChangeSongUpdated, SongID: a, DecidedBy: "first"}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	second := make(chan error, 1)
	go func() {
		tx2, err := db.SQL().BeginTx(ctx, nil)
		if err != nil {
			second <- err
			return
		}
		defer tx2.Rollback()
		if err := store.WriteChanges(ctx, tx2, []dedup.Change{{Kind: dedup.ChangeSongUpdated, SongID: b, DecidedBy: "second"}}, time.Now()); err != nil {
			second <- err
			return
		}
		second <- tx2.Commit()
	}()
	select {
	case err := <-second:
		t.Fatalf("the second writer committed (%v) while the first held its seq", err)
	case <-time.After(300 * time.Millisecond):
	}
	if cs, err := db.Changes(ctx, start, 10); err != nil || len(cs) != 0 {
		t.Fatalf("before any commit: %v %v, want nothing", cs, err)
	}
	if err := tx1.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	cs, err := db.Changes(ctx, start, 10)
	if err != nil || len(cs) != 2 || cs[0].DecidedBy != "first" || cs[1].DecidedBy != "second" || cs[0].Seq != start+1 || cs[1].Seq != start+2 {
		t.Fatalf("after both commits: %+v %v, want first at %d, second at %d", cs, err, start+1, start+2)
	}

	// A rolled back writer leaves no gap.
	tx3, err := db.SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.WriteChanges(ctx, tx3, []dedup.Change{{Kind: dedup.ChangeSongUpdated, SongID: a, DecidedBy: "rolled back"}}, time.Now()); err != nil {
		t.Fatal(err)
	}
	tx3.Rollback()
	c := createSong(t, db, "Feed Order - Third", "")
	cs, err = db.Changes(ctx, start+2, 10)
	if err != nil || len(cs) != 1 || cs[0].Seq != start+3 || cs[0].SongID != c || cs[0].Kind != dedup.ChangeSongCreated {
		t.Fatalf("after a rollback: %+v %v, want song %d created at %d", cs, err, c, start+3)
	}
}

// TestChangesUnderConcurrentWriters: a reader following the feed while
// writers create and merge songs at once sees every change exactly once,
// in seq order without gaps.
func TestChangesUnderConcurrentWriters(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	start := lastSeq(t, db)
	const writers, pairs = 6, 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	created, merged := map[int64]int{}, map[int64]int{}
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range pairs {
				var ids [2]int64
				for k := range ids {
					s := songOf(fmt.Sprintf("Feed Writer %c - Song %c%c", 'A'+w, 'A'+i, 'A'+k), "")
					out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test"}})
					if err != nil {
						t.Error(err)
						return
					}
					ids[k] = out[0].SongID
				}
				if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: ids[1], Into: ids[0], DecidedBy: "test"}); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				created[ids[0]], created[ids[1]], merged[ids[1]] = 0, 0, 0
				mu.Unlock()
			}
		}()
	}
	writing := make(chan struct{})
	go func() { wg.Wait(); close(writing) }()

	var seen []dedup.Change
	after := start
	for done := false; !done; {
		select {
		case <-writing:
			done = true // one more read after the last write
		default:
		}
		cs, err := db.Changes(ctx, after, 7)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Seq != after+1 {
				t.Fatalf("after seq %d came %d", after, c.Seq)
			}
			after = c.Seq
			seen = append(seen, c)
		}
		if done && len(cs) == 7 {
			done = false // more to read
		}
	}
	for _, c := range seen {
		switch c.Kind {
		case dedup.ChangeSongCreated:
			created[c.SongID]++
		case dedup.ChangeSongMerged:
			merged[c.SongID]++
		}
	}
	if len(created) != writers*pairs*2 || len(merged) != writers*pairs {
		t.Fatalf("%d songs created and %d merged, want %d and %d", len(created), len(merged), writers*pairs*2, writers*pairs)
	}
	for id, n := range created {
		if n != 1 {
			t.Errorf("song %d created %d times in the feed, want once", id, n)
		}
	}
	for id, n := range merged {
		if n != 1 {
			t.Errorf("song %d merged %d times in the feed, want once", id, n)
		}
	}
}

// TestChangesRetention: changes older than the retention are deleted; a
// cursor before them is refused with the oldest cursor served, which
// serves what is left.
func TestChangesRetention(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	start := lastSeq(t, db)
	createSong(t, db, "Feed Retention - Old One", "")
	createSong(t, db, "Feed Retention - Old Two", "")
	cut := time.Now().Add(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	kept := createSong(t, db, "Feed Retention - New", "")
	n, err := db.PruneChanges(ctx, cut)
	if err != nil || n < 2 {
		t.Fatalf("pruned %d (%v), want at least 2", n, err)
	}
	var gone *dedup.CursorExpiredError
	if _, err := db.Changes(ctx, start, 10); !errors.As(err, &gone) || !errors.Is(err, dedup.ErrGone) || gone.Oldest != start+2 {
		t.Fatalf("a pruned cursor: %v, want CursorExpiredError with oldest %d", err, start+2)
	}
	oldest, err := db.Oldest(ctx)
	if err != nil || oldest != start+2 {
		t.Fatalf("oldest %d (%v), want %d", oldest, err, start+2)
	}
	cs, err := db.Changes(ctx, oldest, 10)
	if err != nil || len(cs) != 1 || cs[0].SongID != kept {
		t.Fatalf("from the oldest cursor: %+v %v, want the creation of song %d", cs, err, kept)
	}
}
