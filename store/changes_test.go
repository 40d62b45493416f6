package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
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

// pageSeqs reads a page of the feed after seq after and returns its seqs
// counted from start.
func pageSeqs(t *testing.T, db *store.DB, start, after int64) []int64 {
	t.Helper()
	cs, err := db.Changes(context.Background(), after, 10)
	if err != nil {
		t.Fatal(err)
	}
	var out []int64
	for _, c := range cs {
		out = append(out, c.Seq-start)
	}
	return out
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
	if err := store.WriteChanges(ctx, tx1, []dedup.Change{{Kind: dedup.ChangeSongUpdated, SongID: a, DecidedBy: "first"}}); err != nil {
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
		if err := store.WriteChanges(ctx, tx2, []dedup.Change{{Kind: dedup.ChangeSongUpdated, SongID: b, DecidedBy: "second"}}); err != nil {
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
	if err := store.WriteChanges(ctx, tx3, []dedup.Change{{Kind: dedup.ChangeSongUpdated, SongID: a, DecidedBy: "rolled back"}}); err != nil {
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

// TestChangesRetention: changes older than the retention on the
// database's clock are deleted, whatever the pruning process's clock; a
// cursor before them is refused with the oldest cursor served, which
// serves what is left.
func TestChangesRetention(t *testing.T) {
	_, d := openMigrated(t)
	ctx := context.Background()
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet, Now: func() time.Time { return time.Now().Add(3 * time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := lastSeq(t, db)
	createSong(t, db, "Feed Retention - Old One", "")
	createSong(t, db, "Feed Retention - Old Two", "")
	if _, err := db.SQL().ExecContext(ctx, "UPDATE changes SET created_at = created_at - INTERVAL 2 HOUR WHERE seq <= ?", start+2); err != nil {
		t.Fatal(err)
	}
	kept := createSong(t, db, "Feed Retention - New", "")
	n, err := db.PruneChanges(ctx, time.Hour)
	if err != nil || n != 2 {
		t.Fatalf("pruned %d (%v), want 2", n, err)
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

// TestChangesListSupersededReviews: a review that a merge, an approval or a
// rejection settles ends in the feed as one review_decided change with
// status superseded and its reason, written in the same transaction, after
// the merge that settled it and before the curator's own decision.
func TestChangesListSupersededReviews(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	type want struct {
		kind   dedup.ChangeKind
		review int // index into the reviews queued, -1 for none
		status dedup.ReviewStatus
		reason string // a part of the reason
	}
	for _, tc := range []struct {
		name  string
		songs []string
		// queue gives the candidate lists (indexes into songs) of the
		// reviews of a new song.
		queue [][]int
		// prep, when set, runs before the reviews are queued.
		prep func(t *testing.T, songs []int64)
		act  func(t *testing.T, songs []int64, song int64, reviews []int64)
		want []want
	}{{
		name:  "merge of both songs",
		songs: []string{"Tomas Vik - Harbour Lights"},
		queue: [][]int{{0}},
		act: func(t *testing.T, songs []int64, song int64, _ []int64) {
			if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: song, Into: songs[0], DecidedBy: "auto"}); err != nil {
				t.Fatal(err)
			}
		},
		want: []want{
			{kind: dedup.ChangeSongMerged, review: -1},
			{kind: dedup.ChangeReviewDecided, review: 0, status: dedup.ReviewSuperseded, reason: "now one song"},
		},
	}, {
		name:  "approval settles a sibling review",
		songs: []string{"Mira Lune - Paper Kites", "Oskar Brandt - Paper Kites"},
		queue: [][]int{{0}, {1}},
		prep: func(t *testing.T, songs []int64) {
			// A curator keeps the two songs apart.
			x, rx := queueReview(t, db, "Paper Kites (x)", []int64{songs[1]})
			if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: x, Into: songs[0], DecidedBy: "test"}); err != nil {
				t.Fatal(err)
			}
			if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: rx[0], Status: dedup.ReviewRejected, DecidedBy: "curator:x"}); err != nil {
				t.Fatal(err)
			}
		},
		act: func(t *testing.T, _ []int64, _ int64, reviews []int64) {
			if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: reviews[0], Status: dedup.ReviewApproved, DecidedBy: "curator:x"}); err != nil {
				t.Fatal(err)
			}
		},
		want: []want{
			{kind: dedup.ChangeSongMerged, review: -1},
			{kind: dedup.ChangeReviewDecided, review: 1, status: dedup.ReviewSuperseded, reason: "kept apart"},
			{kind: dedup.ChangeReviewDecided, review: 0, status: dedup.ReviewApproved},
		},
	}, {
		name:  "rejection settles a sibling review",
		songs: []string{"Lio Park - Tidewater", "Lio Park - Tidewater (Demo Take)"},
		queue: [][]int{{0, 1}, {1}},
		act: func(t *testing.T, _ []int64, _ int64, reviews []int64) {
			if _, err := db.DecideReview(ctx, dedup.ReviewDecision{ReviewID: reviews[0], Status: dedup.ReviewRejected, DecidedBy: "curator:x"}); err != nil {
				t.Fatal(err)
			}
		},
		want: []want{
			{kind: dedup.ChangeReviewDecided, review: 1, status: dedup.ReviewSuperseded, reason: "kept apart"},
			{kind: dedup.ChangeReviewDecided, review: 0, status: dedup.ReviewRejected},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			var songs []int64
			for _, title := range tc.songs {
				songs = append(songs, createSong(t, db, title, ""))
			}
			if tc.prep != nil {
				tc.prep(t, songs)
			}
			var lists [][]int64
			for _, l := range tc.queue {
				var ids []int64
				for _, k := range l {
					ids = append(ids, songs[k])
				}
				lists = append(lists, ids)
			}
			song, reviews := queueReview(t, db, tc.songs[0]+" (new)", lists...)
			start := lastSeq(t, db)
			tc.act(t, songs, song, reviews)
			cs, err := db.Changes(ctx, start, 100)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != len(tc.want) {
				t.Fatalf("%d changes, want %d: %+v", len(cs), len(tc.want), cs)
			}
			for i, w := range tc.want {
				c := cs[i]
				if c.Seq != start+int64(i)+1 || c.Kind != w.kind {
					t.Errorf("change %d: seq %d %s, want seq %d %s", i, c.Seq, c.Kind, start+int64(i)+1, w.kind)
					continue
				}
				if w.review < 0 {
					continue
				}
				if c.ReviewID != reviews[w.review] || c.SongID != song || c.Status != w.status || !strings.Contains(c.Reason, w.reason) {
					t.Errorf("change %d: review %d song %d %s %q, want review %d song %d %s with a reason saying %q",
						i, c.ReviewID, c.SongID, c.Status, c.Reason, reviews[w.review], song, w.status, w.reason)
				}
				if w.status == dedup.ReviewSuperseded && c.DecidedBy == "" {
					t.Errorf("change %d: superseded with no decided_by", i)
				}
				if got := reviewStatus(t, db, c.ReviewID); got.Status != w.status {
					t.Errorf("review %d is %s, the feed says %s", c.ReviewID, got.Status, w.status)
				}
			}
		})
	}
}

// TestChangesEndBeforeAGap: a page ends before a seq that is not there yet
// (its transaction still becoming visible), and the next look serves it;
// a gap left long ago is stepped over.
func TestChangesEndBeforeAGap(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	start := lastSeq(t, db)
	// put writes a change age old on the database's clock.
	put := func(seq int64, age time.Duration) {
		t.Helper()
		if _, err := db.SQL().ExecContext(ctx, `INSERT INTO changes (seq, kind, song_id, decided_by, created_at)
			VALUES (?, ?, 1, 'test', UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND)`, seq, dedup.ChangeSongUpdated, age.Microseconds()); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name  string
		put   []int64
		age   time.Duration
		after int64
		want  []int64
	}{
		{"a later seq alone waits for the one before", []int64{2}, 0, 0, nil},
		{"the missing seq comes: both", []int64{1}, 0, 0, []int64{1, 2}},
		{"a page ends before a fresh gap", []int64{3, 5}, 0, 0, []int64{1, 2, 3}},
		{"from the gap: nothing yet", nil, 0, 3, nil},
		{"an old gap is stepped over", []int64{7}, time.Hour, 5, []int64{7}},
	}
	for _, s := range steps {
		for _, seq := range s.put {
			put(start+seq, s.age)
		}
		if got := pageSeqs(t, db, start, start+s.after); !slices.Equal(got, s.want) {
			t.Errorf("%s: after %d got %v, want %v", s.name, s.after, got, s.want)
		}
	}
}

// TestChangesGapOnTheDatabaseClock: a change is stamped, and a gap aged,
// on the database's clock, whatever the clocks of the processes that write
// and read the feed: a writer hours off the reader does not make it step
// over a fresh gap, nor wait on one a minute old.
func TestChangesGapOnTheDatabaseClock(t *testing.T) {
	_, d := openMigrated(t)
	ctx := context.Background()
	open := func(off time.Duration) *store.DB {
		t.Helper()
		db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet, Now: func() time.Time { return time.Now().Add(off) }})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	for i, tc := range []struct {
		name           string
		writer, reader time.Duration // the processes' clocks, off the database's
	}{
		{"a writer behind, a reader ahead", -2 * time.Hour, 2 * time.Hour},
		{"a writer ahead, a reader behind", 2 * time.Hour, -2 * time.Hour},
		{"a writer behind, a reader on time", -time.Hour, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, r := open(tc.writer), open(tc.reader)
			start := lastSeq(t, w)
			createSong(t, w, fmt.Sprintf("Clock Skew %c - Before The Gap", 'A'+i), "")
			// Seq 2 taken by a transaction whose commit is not visible yet.
			if _, err := w.SQL().ExecContext(ctx, "UPDATE change_seq SET value = value + 1 WHERE name = 'last'"); err != nil {
				t.Fatal(err)
			}
			createSong(t, w, fmt.Sprintf("Clock Skew %c - After The Gap", 'A'+i), "")
			if got := pageSeqs(t, r, start, start); !slices.Equal(got, []int64{1}) {
				t.Errorf("a fresh gap: got %v, want [1] (seq 2 missing a moment ago)", got)
			}
			if _, err := w.SQL().ExecContext(ctx, "UPDATE changes SET created_at = created_at - INTERVAL 1 MINUTE WHERE seq > ?", start); err != nil {
				t.Fatal(err)
			}
			if got := pageSeqs(t, r, start, start); !slices.Equal(got, []int64{1, 3}) {
				t.Errorf("a gap a minute old: got %v, want [1 3] (stepped over)", got)
			}
		})
	}
}
