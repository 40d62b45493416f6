package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/songdedup/songdedup/dedup"
)

// reviewCountShards is the number of rows each count of review_counts is
// spread over; a transaction updates those of one shard.
const reviewCountShards = 16

// reviewCountKey names one count of review_counts.
type reviewCountKey struct {
	status dedup.ReviewStatus
	reason string
}

// reviewCounts are the changes a transaction made to the counts of reviews,
// written by its last statements (see writeReviewCounts).
type reviewCounts struct {
	shard  int
	deltas map[reviewCountKey]int
}

// countReview records that tx added delta reviews of status and reason;
// review is one of them, and picks the shard of the transaction's first
// count.
func (s *DB) countReview(tx *sql.Tx, review int64, status dedup.ReviewStatus, reason string, delta int) {
	e := s.effectsOf(tx)
	if e.reviews.deltas == nil {
		e.reviews = reviewCounts{shard: int(uint64(review) % reviewCountShards), deltas: map[reviewCountKey]int{}}
	}
	e.reviews.deltas[reviewCountKey{status, reason}] += delta
}

// moveReview records that tx changed one review of reason from status from
// to status to.
func (s *DB) moveReview(tx *sql.Tx, review int64, reason string, from, to dedup.ReviewStatus) {
	s.countReview(tx, review, from, reason, -1)
	s.countReview(tx, review, to, reason, 1)
}

// writeReviewCounts adds the changes c to review_counts, in the order of
// its key, so that two transactions on one shard lock its rows in the
// same order.
func writeReviewCounts(ctx context.Context, tx *sql.Tx, c reviewCounts) error {
	keys := make([]reviewCountKey, 0, len(c.deltas))
	for k, d := range c.deltas {
		if d != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b reviewCountKey) int {
		return cmp.Or(cmp.Compare(a.status, b.status), cmp.Compare(a.reason, b.reason))
	})
	ins := newRowsInsert("INSERT INTO review_counts (status, reason, shard, n) VALUES ", 4, " ON DUPLICATE KEY UPDATE n = n + VALUES(n)", len(keys))
	for _, k := range keys {
		ins.add(k.status, k.reason, c.shard, c.deltas[k])
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("counting reviews: %w", err)
	}
	return nil
}

// ReviewCount is one count of review_counts beside the reviews it counts.
type ReviewCount struct {
	Status dedup.ReviewStatus
	Reason string
	// Kept is what review_counts held (the sum of its shards), Counted the
	// number of reviews of the status and reason.
	Kept, Counted int64
}

// RecountReviews counts the reviews of each status and reason and, when
// rewrite is set and any count differs, makes review_counts hold the
// counts (in shard 0, the other shards emptied). It returns every count
// either side has, by status and reason.
//
// It is exact while other processes write reviews. In one REPEATABLE READ
// transaction it first reads every row of review_counts for update: that
// scan of the primary key locks each row and each gap before and after
// them (READ COMMITTED would lock no gap), so a transaction that changes a
// count, in its last statement before its commit (see writeReviewCounts),
// either committed before the scan locked its row or waits until this
// transaction ends, whether its row exists yet or not. Then it counts the
// reviews with a consistent read, whose snapshot InnoDB takes at that
// first non-locking read, after the locks: it sees the review changes of
// every count change that committed, and none of those of a transaction
// still waiting, whose count change goes on top of the rewritten counts.
// A transaction whose changes leave every count as it was writes no count
// and waits on nothing: counted or not, its changes make no difference.
// Writers of reviews wait while the reviews are counted (a walk of the
// reviews_reason index).
func (s *DB) RecountReviews(ctx context.Context, rewrite bool) ([]ReviewCount, error) {
	var out []ReviewCount
	err := s.retried(ctx, func() error {
		var err error
		out, err = s.recountReviews(ctx, rewrite)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("recounting reviews: %w", err)
	}
	return out, nil
}

// recountReviews is one try of RecountReviews.
func (s *DB) recountReviews(ctx context.Context, rewrite bool) ([]ReviewCount, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return nil, translate(err)
	}
	defer tx.Rollback()
	counts := map[reviewCountKey]*ReviewCount{}
	// read adds the (status, reason, n) rows of query to the counts through
	// field.
	read := func(what, query string, field func(*ReviewCount) *int64) error {
		rows, err := tx.QueryContext(ctx, query)
		if err != nil {
			return fmt.Errorf("%s: %w", what, translate(err))
		}
		defer rows.Close()
		for rows.Next() {
			var k reviewCountKey
			var n int64
			if err := rows.Scan(&k.status, &k.reason, &n); err != nil {
				return fmt.Errorf("%s: %w", what, translate(err))
			}
			c := counts[k]
			if c == nil {
				c = &ReviewCount{Status: k.status, Reason: k.reason}
				counts[k] = c
			}
			*field(c) += n
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("%s: %w", what, translate(err))
		}
		return nil
	}
	if err := read("locking review_counts", "SELECT status, reason, n FROM review_counts FOR UPDATE",
		func(c *ReviewCount) *int64 { return &c.Kept }); err != nil {
		return nil, err
	}
	if err := read("counting reviews", "SELECT status, reason, COUNT(*) FROM reviews GROUP BY status, reason",
		func(c *ReviewCount) *int64 { return &c.Counted }); err != nil {
		return nil, err
	}
	out := make([]ReviewCount, 0, len(counts))
	off := false
	for _, c := range counts {
		out = append(out, *c)
		off = off || c.Kept != c.Counted
	}
	slices.SortFunc(out, func(a, b ReviewCount) int {
		return cmp.Or(cmp.Compare(a.Status, b.Status), cmp.Compare(a.Reason, b.Reason))
	})
	if !rewrite || !off {
		return out, nil
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM review_counts"); err != nil {
		return nil, fmt.Errorf("emptying review_counts: %w", translate(err))
	}
	ins := newRowsInsert("INSERT INTO review_counts (status, reason, shard, n) VALUES ", 4, "", len(out))
	for _, c := range out {
		if c.Counted != 0 {
			ins.add(c.Status, c.Reason, 0, c.Counted)
		}
	}
	if err := ins.exec(ctx, tx); err != nil {
		return nil, fmt.Errorf("writing review_counts: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, translate(err)
	}
	return out, nil
}
