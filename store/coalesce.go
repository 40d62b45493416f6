package store

import (
	"context"
	"database/sql"
	"sync"
	"time"
)

// Reads of single rows by key (a video, a song's document) that arrive
// while Options.CoalescedStatements statements of them run on a pool wait, and
// the first statement to end reads up to maxCoalesced of the waiting keys
// at once. A statement costs the server and the process much more than
// the lookup of a row in it (the round trip, the wake-ups of both, the
// dispatch of the statement): one alone reads a key; under load, the
// waiting ones share one. Nothing waits while fewer statements run.

// DefaultCoalescedStatements is the default of
// Options.CoalescedStatements: the cores of the machines the service was
// tuned on.
const DefaultCoalescedStatements = 2

// maxCoalesced bounds the keys of one statement.
const maxCoalesced = 16

// coalesced are the reads of one kind on one pool. many reads keys (up to
// maxCoalesced, some maybe twice) in one statement and returns a result
// for each, in their order.
type coalesced[K comparable, V any] struct {
	many func(ctx context.Context, keys []K) []result[V]
	// statements bounds the statements that run at once.
	statements int
	mu         sync.Mutex
	running    int // statements in flight
	// waiting are the reads that found statements running, in the order
	// they came.
	waiting []*waitingRead[K, V]
}

// waitingRead is one read that waits for a statement.
type waitingRead[K comparable, V any] struct {
	ctx  context.Context
	key  K
	done chan result[V] // buffered: its reader may have gone
}

type result[V any] struct {
	value V
	err   error
}

// read reads key by one, alone, when fewer than c.statements statements
// run, else with the other keys waiting by then. A read whose
// context ends while it waits fails with gone(the context's error).
func (c *coalesced[K, V]) read(ctx context.Context, key K, one func() (V, error), gone func(error) error) (V, error) {
	c.mu.Lock()
	if c.running < c.statements {
		c.running++
		c.mu.Unlock()
		defer c.next()
		return one()
	}
	w := &waitingRead[K, V]{ctx: ctx, key: key, done: make(chan result[V], 1)}
	c.waiting = append(c.waiting, w)
	c.mu.Unlock()
	select {
	case res := <-w.done:
		return res.value, res.err
	case <-ctx.Done():
		var zero V
		return zero, gone(ctx.Err())
	}
}

// next ends a statement: the reads waiting by then, up to maxCoalesced,
// are read by a statement of their own, which takes its place.
func (c *coalesced[K, V]) next() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.waiting) == 0 {
		c.running--
		return
	}
	n := min(len(c.waiting), maxCoalesced)
	batch := make([]*waitingRead[K, V], n)
	copy(batch, c.waiting)
	c.waiting = append(c.waiting[:0], c.waiting[n:]...)
	go func() {
		defer c.next()
		ctx, cancel := batchContext(batch)
		defer cancel()
		keys := make([]K, n)
		for i, w := range batch {
			keys[i] = w.key
		}
		for i, res := range c.many(ctx, keys) {
			batch[i].done <- res
		}
	}()
}

// batchContext is the context of the statement of batch: the values of
// its first read's, until the latest deadline of its reads.
func batchContext[K comparable, V any](batch []*waitingRead[K, V]) (context.Context, context.CancelFunc) {
	ctx := context.WithoutCancel(batch[0].ctx)
	var deadline time.Time
	for _, w := range batch {
		d, ok := w.ctx.Deadline()
		if !ok {
			return ctx, func() {}
		}
		if d.After(deadline) {
			deadline = d
		}
	}
	return context.WithDeadline(ctx, deadline)
}

// poolReads holds the coalesced reads of one kind of each pool (the
// primary, each replica).
type poolReads[K comparable, V any] struct {
	mu    sync.Mutex
	pools map[*sql.DB]*coalesced[K, V]
}

// of returns the reads of pool, made with many and their bound of
// statements the first time.
func (p *poolReads[K, V]) of(pool *sql.DB, statements int, many func(ctx context.Context, keys []K) []result[V]) *coalesced[K, V] {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pools == nil {
		p.pools = map[*sql.DB]*coalesced[K, V]{}
	}
	c := p.pools[pool]
	if c == nil {
		c = &coalesced[K, V]{many: many, statements: statements}
		p.pools[pool] = c
	}
	return c
}

// padded are keys padded to a power of two by repeating the last, so
// that a few statements (each prepared on each connection) serve every
// batch, as IN list arguments.
func padded[K any](keys []K) []any {
	n := 1
	for n < len(keys) {
		n *= 2
	}
	args := make([]any, n)
	for i := range args {
		args[i] = keys[min(i, len(keys)-1)]
	}
	return args
}

// byPaddedSize makes the statements of IN lists of each padded size up to
// maxCoalesced, by size.
func byPaddedSize(statement func(in string) string) map[int]string {
	out := map[int]string{}
	for n := 1; n <= maxCoalesced; n *= 2 {
		out[n] = statement(placeholders(n))
	}
	return out
}
