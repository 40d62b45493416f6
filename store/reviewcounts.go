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
