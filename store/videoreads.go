package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// Reads of single videos (GET /v1/videos/{id}) that arrive while
// maxVideoStatements statements of them run on a pool wait, and the first
// statement to end reads up to maxVideoBatch of the waiting videos at once
// (videoBatchQuery). A statement costs the server and the process much
// more than the lookup of a video in it (the round trip, the wake-ups of
// both, the dispatch of the statement): one alone reads a video; under
// load, the waiting ones share one. Nothing waits while fewer statements
// run.

// maxVideoStatements bounds the statements reading videos at once on one
// pool: the cores of the machines the service was tuned on.
const maxVideoStatements = 2

// maxVideoBatch bounds the videos of one statement.
const maxVideoBatch = 16

// videoReads coalesces the reads of single videos on one pool.
type videoReads struct {
	mu      sync.Mutex
	running int // statements in flight
	// waiting are the reads that found maxVideoStatements running, in
	// the order they came.
	waiting []*videoWait
}

// videoWait is one read of a video that waits for a statement.
type videoWait struct {
	ctx  context.Context
	id   string
	done chan videoResult // buffered: its reader may have gone
}

type videoResult struct {
	video dedup.Video
	err   error
}

// videoReaders holds a videoReads for each pool (the primary, each
// replica).
type videoReaders struct {
	mu    sync.Mutex
	pools map[*sql.DB]*videoReads
}

func (r *videoReaders) of(db *sql.DB) *videoReads {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pools == nil {
		r.pools = map[*sql.DB]*videoReads{}
	}
	vr := r.pools[db]
	if vr == nil {
		vr = &videoReads{}
		r.pools[db] = vr
	}
	return vr
}

// read reads video id on db, alone when fewer than maxVideoStatements
// statements run, else with the other videos waiting by then.
func (r *videoReads) read(ctx context.Context, db querier, id string) (dedup.Video, error) {
	r.mu.Lock()
	if r.running < maxVideoStatements {
		r.running++
		r.mu.Unlock()
		v, err := videoOn(ctx, db, id)
		r.next(db)
		return v, err
	}
	w := &videoWait{ctx: ctx, id: id, done: make(chan videoResult, 1)}
	r.waiting = append(r.waiting, w)
	r.mu.Unlock()
	select {
	case res := <-w.done:
		return res.video, res.err
	case <-ctx.Done():
		return dedup.Video{}, fmt.Errorf("video %s: %w", id, translate(ctx.Err()))
	}
}

// next ends a statement: the reads waiting by then, up to
// maxVideoBatch, are read by a statement of their own, which takes its
// place.
func (r *videoReads) next(db querier) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.waiting) == 0 {
		r.running--
		return
	}
	n := min(len(r.waiting), maxVideoBatch)
	batch := make([]*videoWait, n)
	copy(batch, r.waiting)
	r.waiting = append(r.waiting[:0], r.waiting[n:]...)
	go func() {
		readVideoBatch(db, batch)
		r.next(db)
	}()
}

// readVideoBatch reads the videos of batch in one statement and answers
// each of its reads. The statement runs until the latest deadline of the
// reads, with the values of the first's context.
func readVideoBatch(db querier, batch []*videoWait) {
	ctx := context.WithoutCancel(batch[0].ctx)
	var deadline time.Time
	for _, w := range batch {
		d, ok := w.ctx.Deadline()
		if !ok {
			deadline = time.Time{}
			break
		}
		if d.After(deadline) {
			deadline = d
		}
	}
	if !deadline.IsZero() {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline)
		defer cancel()
	}
	ids := make([]string, len(batch))
	for i, w := range batch {
		ids[i] = w.id
	}
	videos, err := videosOn(ctx, db, ids)
	for _, w := range batch {
		switch v, ok := videos[w.id]; {
		case err != nil:
			w.done <- videoResult{err: fmt.Errorf("video %s: %w", w.id, err)}
		case !ok:
			w.done <- videoResult{err: fmt.Errorf("video %s: %w", w.id, translate(sql.ErrNoRows))}
		default:
			w.done <- videoResult{video: v}
		}
	}
}

// videoBatchQuery reads videos ids, each with its canonical song, as
// videoQuery reads one. The IDs are padded to a power of two by repeating
// the last, so that a few statements serve every batch (each is prepared
// on each connection).
func videoBatchQuery(ids []string) (string, []any) {
	n := 1
	for n < len(ids) {
		n *= 2
	}
	args := make([]any, n)
	for i := range args {
		args[i] = ids[min(i, len(ids)-1)]
	}
	return videoBatchSQL[n], args
}

// videoBatchSQL are the statements of videoBatchQuery, by the number of
// IDs they read.
var videoBatchSQL = func() map[int]string {
	out := map[int]string{}
	for n := 1; n <= maxVideoBatch; n *= 2 {
		out[n] = `SELECT ` + videoColumns + `
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE v.video_id IN (` + placeholders(n) + `)`
	}
	return out
}()

// videosOn reads videos ids, each with its canonical song, by ID; an
// unknown ID is absent.
func videosOn(ctx context.Context, db querier, ids []string) (map[string]dedup.Video, error) {
	q, args := videoBatchQuery(ids)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	out := make(map[string]dedup.Video, len(ids))
	for rows.Next() {
		v, err := scanVideo(rows)
		if err != nil {
			return nil, translate(err)
		}
		out[v.ID] = v
	}
	return out, translate(rows.Err())
}
