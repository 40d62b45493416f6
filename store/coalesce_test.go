package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// TestReadsShareStatements: reads of videos, and of the documents of
// songs the store does not know logged, that arrive while every statement
// of them runs wait, and are read together by the statements that follow,
// up to store.MaxCoalesced a statement (see checkCoalescedReads): each
// gets its own video or document, as read alone (a song it finds logged
// is read again whole), or not found for an unknown key.
func TestReadsShareStatements(t *testing.T) {
	db, svc, submit := lexiconService(t)
	ctx := context.Background()
	var videoIDs []string
	var songIDs []int64
	for i := range store.MaxCoalesced + 5 {
		a := submit(fmt.Sprintf("Waiting Artist %c - Queue Song %c", 'a'+i, 'a'+i), "")
		videoIDs, songIDs = append(videoIDs, a.VideoID), append(songIDs, a.SongID)
	}
	// A song merged into another: both logged.
	if _, err := svc.MergeSong(ctx, songIDs[1], songIDs[0], "same song", "curator:test"); err != nil {
		t.Fatal(err)
	}
	videos, songs := map[string]dedup.Video{}, map[int64]dedup.Song{}
	for i := range videoIDs {
		v, err := db.Video(ctx, videoIDs[i])
		if err != nil {
			t.Fatal(err)
		}
		doc, err := db.SongDetail(ctx, songIDs[i])
		if err != nil {
			t.Fatal(err)
		}
		videos[v.ID], songs[doc.ID] = v, doc
	}
	if doc := songs[songIDs[0]]; len(doc.Videos) != 2 || len(doc.History) == 0 {
		t.Fatalf("song %d: %d videos, %d merge log entries; want 2 and some", doc.ID, len(doc.Videos), len(doc.History))
	}
	db.ForgetLoggedSongs()
	// Two unknown, one read twice.
	t.Run("videos", func(t *testing.T) {
		checkCoalescedReads(t, coalescedReads[string, dedup.Video]{hold: db.HoldVideoStatements, now: db.VideoReads, read: db.Video,
			keys: append(videoIDs, "zzzzzzzzzz1", "zzzzzzzzzz2", videoIDs[0]), want: videos})
	})
	t.Run("songs", func(t *testing.T) {
		checkCoalescedReads(t, coalescedReads[int64, dedup.Song]{hold: db.HoldSongStatements, now: db.SongReads, read: db.SongDetail,
			keys: append(songIDs, 999_999_998, 999_999_999, songIDs[2]), want: songs})
	})
	// Every song known logged, read whole: the canonical song and the
	// song merged into it (both with a history) among the others.
	t.Run("songs known logged", func(t *testing.T) {
		keys := append(slices.Clone(songIDs), 999_999_998, 999_999_999, songIDs[0], songIDs[1])
		db.KnowLogged(keys...)
		checkCoalescedReads(t, coalescedReads[int64, dedup.Song]{hold: db.HoldWholeStatements, now: db.WholeReads, read: db.SongDetail,
			keys: keys, want: songs})
	})
}

// coalescedReads are the reads of one kind that checkCoalescedReads
// checks: each of keys read by read, as want has it (or not found).
type coalescedReads[K comparable, V any] struct {
	hold func() (release func())
	now  func() (waiting, running int)
	read func(ctx context.Context, key K) (V, error)
	keys []K
	want map[K]V
}

// checkCoalescedReads holds every statement of the reads, starts a read
// whose deadline passes while it waits (it fails then, unavailable),
// then the reads of every key, and releases the statements once they
// all wait: each read gets what want has for its key, or not found, and
// then no read waits and no statement runs.
func checkCoalescedReads[K comparable, V any](t *testing.T, c coalescedReads[K, V]) {
	t.Helper()
	ctx := context.Background()
	release := c.hold()
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := c.read(short, c.keys[1]); !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, dedup.ErrUnavailable) {
		t.Errorf("a read whose deadline passes while it waits: %v, want the deadline (unavailable)", err)
	}
	got := make([]V, len(c.keys))
	errs := make([]error, len(c.keys))
	var wg sync.WaitGroup
	for i, key := range c.keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = c.read(ctx, key)
		}()
	}
	waitUntil(t, func() bool { waiting, _ := c.now(); return waiting == len(c.keys)+1 }, "every read waits")
	release()
	wg.Wait()
	for i, key := range c.keys {
		w, known := c.want[key]
		switch {
		case !known && !errors.Is(errs[i], dedup.ErrNotFound):
			t.Errorf("unknown %v: %v, %+v; want not found", key, errs[i], got[i])
		case known && (errs[i] != nil || !reflect.DeepEqual(got[i], w)):
			t.Errorf("%v read with others: %+v (%v)\nwant, read alone, %+v", key, got[i], errs[i], w)
		}
	}
	waitUntil(t, func() bool { waiting, running := c.now(); return waiting == 0 && running == 0 }, "no read waits and no statement runs")
}

// waitUntil polls cond until it holds, for 10 seconds at most.
func waitUntil(t *testing.T, cond func() bool, what string) {
	t.Helper()
	for start := time.Now(); !cond(); time.Sleep(time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("after 10 s, not yet: %s", what)
		}
	}
}

// TestCoalescedStatementsOption: Options.CoalescedStatements bounds the
// statements of the reads of videos and of songs' documents that run at
// once, DefaultCoalescedStatements when it is not set.
func TestCoalescedStatementsOption(t *testing.T) {
	d := storetest.New(t)
	for _, c := range []struct{ set, want int }{{0, store.DefaultCoalescedStatements}, {1, 1}, {5, 5}} {
		db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, Lazy: true, CoalescedStatements: c.set})
		if err != nil {
			t.Fatal(err)
		}
		if videos, songs := db.CoalescedStatements(); videos != c.want || songs != c.want {
			t.Errorf("CoalescedStatements %d: %d statements of videos, %d of songs; want %d", c.set, videos, songs, c.want)
		}
		db.Close()
	}
}
