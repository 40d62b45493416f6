package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// Reconciliation marks: which new songs were checked against songs
// committed concurrently with them (see dedup.Service.Reconcile).

// MarkReconciled implements dedup.SubmitStore. Marks are written in batches a few
// milliseconds later (one statement for many songs instead of one each):
// a mark lost to a crash only makes the sweeper check that song again.
func (s *DB) MarkReconciled(ctx context.Context, id int64) error {
	s.marks.mu.Lock()
	defer s.marks.mu.Unlock()
	s.marks.ids = append(s.marks.ids, id)
	if !s.marks.scheduled {
		s.marks.scheduled = true
		time.AfterFunc(markDelay, func() {
			if !s.marks.closed.Load() {
				s.flushMarks(context.Background())
			}
		})
	}
	return nil
}

// markDelay is how long reconciled marks gather before they are written:
// each write is a statement, and a backfill marks songs by the thousand,
// while a mark written late costs nothing but a sweeper's second look after
// a crash.
const markDelay = 250 * time.Millisecond

// reconciledMarks are marks waiting to be written.
type reconciledMarks struct {
	mu        sync.Mutex
	ids       []int64
	scheduled bool
	flushing  sync.Mutex
	closed    atomic.Bool // Close flushed what was left
}

// flushMarks writes the waiting reconciled marks.
func (s *DB) flushMarks(ctx context.Context) error {
	s.marks.flushing.Lock()
	defer s.marks.flushing.Unlock()
	s.marks.mu.Lock()
	ids := s.marks.ids
	s.marks.ids, s.marks.scheduled = nil, false
	s.marks.mu.Unlock()
	// Each chunk is one UPDATE, applied whole or not at all: it runs on its
	// own, without the three statements of a transaction around it.
	return inChunks(ids, maxInList, func(in string, args []any) error {
		err := s.retried(ctx, func() error {
			_, err := s.db.ExecContext(ctx, "UPDATE songs SET reconciled = 1, reconcile_watch = NULL WHERE reconciled = 0 AND id IN ("+in+")", args...)
			return translate(err)
		})
		if err != nil {
			s.log.Warn("writing reconciled marks (the sweeper will check those songs again)", "err", err)
			return translate(err)
		}
		return nil
	})
}

// FlushMarks implements backfill.Jobs: the marks waiting are written now.
func (s *DB) FlushMarks(ctx context.Context) error {
	return s.flushMarks(ctx)
}

// Unreconciled implements dedup.SubmitStore.
func (s *DB) Unreconciled(ctx context.Context, olderThan time.Time, limit int) ([]int64, error) {
	s.flushMarks(ctx)
	return queryColumn[int64](ctx, s.db, `SELECT id FROM songs WHERE reconciled = 0 AND created_at < ?
		ORDER BY created_at LIMIT ?`, olderThan.UTC(), limit)
}

// ReconcileWatches implements dedup.SubmitStore.
func (s *DB) ReconcileWatches(ctx context.Context, songs []int64) (map[int64]dedup.ReconcileWatch, error) {
	raw := map[int64]string{}
	err := inChunks(songs, maxInList, func(in string, args []any) error {
		return queryPairs(ctx, s.db, raw, "SELECT id, reconcile_watch FROM songs WHERE reconcile_watch IS NOT NULL AND id IN ("+in+")", args...)
	})
	if err != nil {
		return nil, fmt.Errorf("reading reconcile watches: %w", err)
	}
	out := make(map[int64]dedup.ReconcileWatch, len(raw))
	for id, b := range raw {
		var w dedup.ReconcileWatch
		if err := json.Unmarshal([]byte(b), &w); err != nil {
			return nil, fmt.Errorf("reading the reconcile watch of song %d: %w", id, err)
		}
		out[id] = w
	}
	return out, nil
}
