package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// Never-merge: the pairs of songs a curator kept apart, which nothing
// automatic merges.

// NeverMerged implements dedup.SubmitStore.
func (s *DB) NeverMerged(ctx context.Context, song int64, others []int64) (map[int64]bool, error) {
	return neverMergedTx(ctx, s.db, song, others)
}

// neverMergedTx returns which of the canonical songs others a curator kept
// apart from canonical song: a never_merge pair between any song of one
// side (the song or a song merged into it) and any of the other.
func neverMergedTx(ctx context.Context, q querier, song int64, others []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	if len(others) == 0 {
		return out, nil
	}
	in, list := inList(others)
	args := append(append([]any{song}, list...), song)
	args = append(args, list...)
	ids, err := queryColumn[int64](ctx, q, `SELECT COALESCE(sb.merged_into, sb.id) FROM never_merge n
		JOIN songs sa ON sa.id = n.song_a JOIN songs sb ON sb.id = n.song_b
		WHERE COALESCE(sa.merged_into, sa.id) = ? AND COALESCE(sb.merged_into, sb.id) IN (`+in+`)
		UNION
		SELECT COALESCE(sa.merged_into, sa.id) FROM never_merge n
		JOIN songs sa ON sa.id = n.song_a JOIN songs sb ON sb.id = n.song_b
		WHERE COALESCE(sb.merged_into, sb.id) = ? AND COALESCE(sa.merged_into, sa.id) IN (`+in+`)`, args...)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// insertNeverMerge remembers that a curator kept songs a and b apart, for
// reason ("rejected", "split").
func insertNeverMerge(ctx context.Context, tx *sql.Tx, a, b int64, by, reason string, now time.Time) error {
	if a > b {
		a, b = b, a
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO never_merge (song_a, song_b, decided_by, reason, created_at)
		VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE decided_by = decided_by`, a, b, by, reason, now)
	if err != nil {
		return fmt.Errorf("remembering never-merge %d/%d: %w", a, b, translate(err))
	}
	return nil
}

// keptApartTx returns the decision that keeps canonical songs a and b
// apart: the oldest never_merge pair between a song of one and a song of
// the other; ErrNotFound when there is none.
func keptApartTx(ctx context.Context, tx *sql.Tx, a, b int64) (dedup.KeptApart, error) {
	var k dedup.KeptApart
	err := tx.QueryRowContext(ctx, `SELECT n.song_a, n.song_b, n.decided_by, n.reason, n.created_at FROM never_merge n
		JOIN songs sa ON sa.id = n.song_a JOIN songs sb ON sb.id = n.song_b
		WHERE (COALESCE(sa.merged_into, sa.id) = ? AND COALESCE(sb.merged_into, sb.id) = ?)
		   OR (COALESCE(sa.merged_into, sa.id) = ? AND COALESCE(sb.merged_into, sb.id) = ?)
		ORDER BY n.created_at LIMIT 1`, a, b, b, a).Scan(&k.SongA, &k.SongB, &k.DecidedBy, &k.Reason, &k.CreatedAt)
	if err != nil {
		return k, translate(err)
	}
	return k, nil
}
