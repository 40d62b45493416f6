package dedup

import (
	"context"
	"sync"
	"time"
)

// writeCoalescer writes the submissions of concurrent requests together:
// while a transaction is being written, the writes that arrive queue up and
// go into the next one. Under load, one transaction then carries several
// submissions (one commit, one statement each for their videos, merge log
// and term statistics instead of one per submission); alone, a submission
// is written at once, without waiting for company.
//
// It is a throughput device only: correctness never rests on it. Each
// process has its own, the database still arbitrates between processes,
// and a batch that fails is written again one submission at a time, so
// that each gets its own answer (a video written meanwhile by someone else
// fails only its own submission).
type writeCoalescer struct {
	store      batchWriter
	maxWriters int // transactions in flight at once
	maxBatch   int // submissions per transaction

	mu      sync.Mutex
	queue   []*queuedWrite
	writers int
}

type queuedWrite struct {
	write   SubmissionWrite
	written SubmissionWritten
	err     error
	done    chan struct{}
}

// batchWriter is the one method of SubmitStore the coalescer needs.
type batchWriter interface {
	SubmitBatch(ctx context.Context, ws []SubmissionWrite) ([]SubmissionWritten, error)
}

// writeTimeout bounds one coalesced transaction: it no longer belongs to
// any single request, so no request's cancellation may stop it halfway.
const writeTimeout = 30 * time.Second

// write writes w, alone or with the writes of other requests, and returns
// what the store did with it.
func (c *writeCoalescer) write(ctx context.Context, w SubmissionWrite) (SubmissionWritten, error) {
	q := &queuedWrite{write: w, done: make(chan struct{})}
	c.mu.Lock()
	c.queue = append(c.queue, q)
	lead := c.writers < c.maxWriters
	if lead {
		c.writers++
	}
	c.mu.Unlock()
	if lead {
		// The leader drains on a goroutine of its own, so that its request
		// still stops waiting at its deadline when the database hangs.
		go c.drain(context.WithoutCancel(ctx), q.done)
	}
	select {
	case <-q.done:
		return q.written, q.err
	case <-ctx.Done():
		// The write goes on and may still land; the request just stops
		// waiting for it (a retried submission then finds its video).
		return SubmissionWritten{}, ctx.Err()
	}
}

// drain writes queued batches until the queue is empty, then gives its
// writer slot back. A request drains until its own write is done; what is
// still queued then is left to a goroutine that takes over its slot, so
// that no request keeps writing for others under sustained load. own is
// nil for that goroutine.
func (c *writeCoalescer) drain(ctx context.Context, own <-chan struct{}) {
	for {
		c.mu.Lock()
		n := min(len(c.queue), c.maxBatch)
		if n == 0 {
			c.writers--
			c.mu.Unlock()
			return
		}
		if own != nil && isClosed(own) {
			c.mu.Unlock()
			go c.drain(ctx, nil)
			return
		}
		batch := c.queue[:n:n]
		c.queue = c.queue[n:]
		c.mu.Unlock()
		c.writeBatch(ctx, batch)
	}
}

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

func (c *writeCoalescer) writeBatch(ctx context.Context, batch []*queuedWrite) {
	ctx, cancel := context.WithTimeout(ctx, writeTimeout)
	defer cancel()
	ws := make([]SubmissionWrite, len(batch))
	for i, q := range batch {
		ws[i] = q.write
	}
	written, err := c.store.SubmitBatch(ctx, ws)
	if err != nil && len(batch) > 1 {
		// One write spoiled the batch (its video was written by someone
		// else, its song vanished) or the batch met trouble: each write
		// on its own gets its own answer.
		for _, q := range batch {
			out, err := c.store.SubmitBatch(ctx, []SubmissionWrite{q.write})
			q.err = err
			if err == nil {
				q.written = out[0]
			}
			close(q.done)
		}
		return
	}
	for i, q := range batch {
		q.err = err
		if err == nil {
			q.written = written[i]
		}
		close(q.done)
	}
}
