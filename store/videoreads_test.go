package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// TestVideoReadsShareStatements: reads of videos that arrive while every
// statement of them runs wait, and are read together by the statements
// that follow, up to store.MaxVideoBatch a statement: each gets its own
// video, as read alone, or not found for an unknown ID; a read whose
// context ends while it waits fails then, and the statement that reads
// it later answers the others all the same.
func TestVideoReadsShareStatements(t *testing.T) {
	db, _, submit := lexiconService(t)
	ctx := context.Background()
	want := map[string]dedup.Video{}
	var ids []string
	for i := range store.MaxVideoBatch + 5 {
		a := submit(fmt.Sprintf("Waiting Artist %c - Queue Song %c", 'a'+i, 'a'+i), "")
		v, err := db.Video(ctx, a.VideoID)
		if err != nil {
			t.Fatal(err)
		}
		want[a.VideoID] = v
		ids = append(ids, a.VideoID)
	}
	ids = append(ids, "zzzzzzzzzz1", "zzzzzzzzzz2", ids[0]) // two unknown, one read twice
	release := db.HoldVideoStatements()
	waitFor := func(n int) {
		t.Helper()
		for start := time.Now(); ; time.Sleep(time.Millisecond) {
			if waiting, _ := db.VideoReads(); waiting == n {
				return
			} else if time.Since(start) > 10*time.Second {
				t.Fatalf("%d reads wait, want %d", waiting, n)
			}
		}
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := db.Video(short, ids[1]); !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, dedup.ErrUnavailable) {
		t.Errorf("a read whose deadline passes while it waits: %v, want the deadline (unavailable)", err)
	}
	got := make([]dedup.Video, len(ids))
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = db.Video(ctx, id)
		}()
	}
	waitFor(len(ids) + 1)
	release()
	wg.Wait()
	for i, id := range ids {
		w, known := want[id]
		switch {
		case !known && !errors.Is(errs[i], dedup.ErrNotFound):
			t.Errorf("unknown video %s: %v, %+v; want not found", id, errs[i], got[i])
		case known && (errs[i] != nil || !reflect.DeepEqual(got[i], w)):
			t.Errorf("video %s read with others: %+v (%v)\nwant, read alone, %+v", id, got[i], errs[i], w)
		}
	}
	for start := time.Now(); ; time.Sleep(time.Millisecond) {
		if waiting, running := db.VideoReads(); waiting == 0 && running == 0 {
			break
		} else if time.Since(start) > 10*time.Second {
			t.Fatalf("after the reads, %d wait and %d statements run; want none", waiting, running)
		}
	}
}
