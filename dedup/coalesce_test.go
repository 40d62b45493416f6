package dedup

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// batchRecorder is a batchWriter that records its batches, gives
// every write the song ID 1000+its video number, fails any batch holding a
// video named in conflict, and can be held until released.
type batchRecorder struct {
	mu       sync.Mutex
	batches  [][]string
	conflict map[string]bool
	hold     chan struct{} // when not nil, the first call waits for it
	entered  chan struct{}
	hold2    chan struct{} // when not nil, the second call waits for it
}

func (r *batchRecorder) SubmitBatch(ctx context.Context, ws []SubmissionWrite) ([]SubmissionWritten, error) {
	r.mu.Lock()
	first := len(r.batches) == 0
	ids := make([]string, len(ws))
	for i, w := range ws {
		ids[i] = w.Video.ID
	}
	r.batches = append(r.batches, ids)
	second := len(r.batches) == 2
	r.mu.Unlock()
	if second && r.hold2 != nil {
		<-r.hold2
	}
	if first && r.hold != nil {
		close(r.entered)
		<-r.hold
	}
	out := make([]SubmissionWritten, len(ws))
	for i, w := range ws {
		if r.conflict[w.Video.ID] {
			return nil, fmt.Errorf("video %s: %w", w.Video.ID, ErrConflict)
		}
		var n int64
		fmt.Sscanf(w.Video.ID, "v%d", &n)
		out[i].SongID = 1000 + n
	}
	return out, nil
}

func (r *batchRecorder) sizes() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []int
	for _, b := range r.batches {
		out = append(out, len(b))
	}
	return out
}

func TestWriteCoalescer(t *testing.T) {
	tests := []struct {
		name     string
		writers  int
		conflict []string
		// held: the first write holds the store while the others queue.
		held      bool
		n         int
		wantSizes []int // batch sizes, in order (nil: not checked)
		wantErr   []string
	}{
		{name: "alone, written at once", writers: 4, n: 1, wantSizes: []int{1}},
		{name: "queued writes share the next transaction", writers: 1, held: true, n: 4, wantSizes: []int{1, 3}},
		{name: "at most maxBatch per transaction", writers: 1, held: true, n: 1 + 2*3 + 1, wantSizes: []int{1, 3, 3, 1}},
		{name: "a spoiled batch is written one by one", writers: 1, held: true, n: 4, conflict: []string{"v2"},
			wantSizes: []int{1, 3, 1, 1, 1}, wantErr: []string{"v2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &batchRecorder{conflict: map[string]bool{}}
			for _, v := range tt.conflict {
				rec.conflict[v] = true
			}
			if tt.held {
				rec.hold, rec.entered = make(chan struct{}), make(chan struct{})
			}
			c := &writeCoalescer{store: rec, maxWriters: tt.writers, maxBatch: 3}
			type result struct {
				video string
				out   SubmissionWritten
				err   error
			}
			results := make(chan result, tt.n)
			submit := func(i int) {
				v := fmt.Sprintf("v%d", i)
				out, err := c.write(context.Background(), SubmissionWrite{Video: Video{ID: v}})
				results <- result{v, out, err}
			}
			go submit(0)
			if tt.held {
				<-rec.entered
			}
			for i := 1; i < tt.n; i++ {
				go submit(i)
			}
			if tt.held {
				// Every other write is queued behind the held one.
				waitFor(t, func() bool {
					c.mu.Lock()
					defer c.mu.Unlock()
					return len(c.queue) == tt.n-1
				})
				close(rec.hold)
			}
			var failed []string
			for range tt.n {
				r := <-results
				switch {
				case errors.Is(r.err, ErrConflict):
					failed = append(failed, r.video)
				case r.err != nil:
					t.Errorf("%s: %v", r.video, r.err)
				default:
					var n int64
					fmt.Sscanf(r.video, "v%d", &n)
					if r.out.SongID != 1000+n {
						t.Errorf("%s got song %d, want its own %d", r.video, r.out.SongID, 1000+n)
					}
				}
			}
			slices.Sort(failed)
			if !slices.Equal(failed, tt.wantErr) {
				t.Errorf("failed writes %v, want %v", failed, tt.wantErr)
			}
			if tt.wantSizes != nil && !slices.Equal(rec.sizes(), tt.wantSizes) {
				t.Errorf("batch sizes %v, want %v", rec.sizes(), tt.wantSizes)
			}
			// The writer slots come back once the queue is empty.
			waitFor(t, func() bool {
				c.mu.Lock()
				defer c.mu.Unlock()
				return c.writers == 0 && len(c.queue) == 0
			})
		})
	}
}

func TestWriteCoalescerCancelledWaiterStillWritten(t *testing.T) {
	rec := &batchRecorder{hold: make(chan struct{}), entered: make(chan struct{})}
	c := &writeCoalescer{store: rec, maxWriters: 1, maxBatch: 8}
	go c.write(context.Background(), SubmissionWrite{Video: Video{ID: "v1"}})
	<-rec.entered
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := c.write(ctx, SubmissionWrite{Video: Video{ID: "v2"}})
		errc <- err
	}()
	waitFor(t, func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.queue) == 1 })
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled waiter got %v, want context.Canceled", err)
	}
	close(rec.hold)
	waitFor(t, func() bool { return len(rec.sizes()) == 2 })
	if got := rec.batches[1]; !slices.Equal(got, []string{"v2"}) {
		t.Errorf("second batch %v, want [v2]: a queued write is not dropped by its caller leaving", got)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in 5s")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestWriteCoalescerLeaderLeavesWhenItsWriteIsDone: the request that wrote
// a batch answers once its own write is done; the writes queued meanwhile
// are written by a goroutine that takes over, not by that request.
func TestWriteCoalescerLeaderLeavesWhenItsWriteIsDone(t *testing.T) {
	rec := &batchRecorder{hold: make(chan struct{}), entered: make(chan struct{}), hold2: make(chan struct{})}
	c := &writeCoalescer{store: rec, maxWriters: 1, maxBatch: 8}
	leader := make(chan error, 1)
	go func() {
		_, err := c.write(context.Background(), SubmissionWrite{Video: Video{ID: "v1"}})
		leader <- err
	}()
	<-rec.entered
	others := make(chan error, 2)
	for _, v := range []string{"v2", "v3"} {
		go func() {
			_, err := c.write(context.Background(), SubmissionWrite{Video: Video{ID: v}})
			others <- err
		}()
	}
	waitFor(t, func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.queue) == 2 })
	close(rec.hold)
	select {
	case err := <-leader:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the leader is still writing the others' batch")
	}
	close(rec.hold2)
	for range 2 {
		if err := <-others; err != nil {
			t.Fatal(err)
		}
	}
	if got := rec.sizes(); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("batch sizes %v, want [1 2]", got)
	}
}
