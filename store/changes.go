package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// The changes feed. A transaction that changes what a client must apply
// logs the change with logChange; tryTx writes the logged changes as the
// transaction's last statements. They take their seq from the 'last' row
// of change_seq under its row lock, which the transaction holds until it
// commits: the next writer waits for that commit before it takes the next
// seq, so seq order is commit order. (An AUTO_INCREMENT key would not do:
// transactions take their values in one order and commit in another, and a
// reader would step past a value whose transaction commits later.) A
// transaction that rolls back gives its seqs back with the row, so the seqs
// have no gaps. The cost is that the commits of transactions that log
// changes are serialized.
//
// The lock is let go a moment before a new snapshot is sure to see the
// commit that held it: under concurrent writers a reader can read seq n+1
// while n is still missing. So a page ends before a missing seq
// (untilGap), and the reader's next look finds it.
//
// A change's created_at is the database's clock (UTC_TIMESTAMP), and a
// reader ages a gap on that clock too, in the statement that reads the
// page: processes on hosts whose clocks disagree neither step over a
// fresh gap nor wait on an old one.

// changeLog holds the changes of the open transactions, by transaction.
type changeLog struct {
	mu      sync.Mutex
	pending map[*sql.Tx][]dedup.Change
}

// logChange records a change of tx, written when tx commits.
func (s *DB) logChange(tx *sql.Tx, c dedup.Change) {
	s.changes.mu.Lock()
	defer s.changes.mu.Unlock()
	if s.changes.pending == nil {
		s.changes.pending = map[*sql.Tx][]dedup.Change{}
	}
	s.changes.pending[tx] = append(s.changes.pending[tx], c)
}

// takeChanges returns and forgets the changes logged for tx.
func (s *DB) takeChanges(tx *sql.Tx) []dedup.Change {
	s.changes.mu.Lock()
	defer s.changes.mu.Unlock()
	cs := s.changes.pending[tx]
	delete(s.changes.pending, tx)
	return cs
}

// writeChanges gives cs their seqs and inserts them, stamped with the
// database's clock; the caller commits right after.
func writeChanges(ctx context.Context, tx *sql.Tx, cs []dedup.Change) error {
	res, err := tx.ExecContext(ctx, "UPDATE change_seq SET value = LAST_INSERT_ID(value + ?) WHERE name = 'last'", len(cs))
	if err != nil {
		return fmt.Errorf("taking change seqs: %w", translate(err))
	}
	last, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("taking change seqs: %w", translate(err))
	}
	ins := newRowsInsert(`INSERT INTO changes (seq, kind, song_id, into_song_id, review_id, video_ids, status,
		decided_by, reason, created_at) VALUES `, 9, "", len(cs))
	ins.rowEnd = ", UTC_TIMESTAMP(6)"
	first := last - int64(len(cs)) + 1
	for i, c := range cs {
		ins.add(first+int64(i), c.Kind, nullID(c.SongID), nullID(c.IntoSongID), nullID(c.ReviewID),
			nullString(strings.Join(c.VideoIDs, " ")), nullString(string(c.Status)), c.DecidedBy, nullString(c.Reason))
	}
	return ins.exec(ctx, tx)
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// changesQuery reads a page of the feed after a seq, each change with
// whether it was written settleGap or longer ago on the database's clock
// (the clock that wrote it).
const changesQuery = `SELECT seq, kind, COALESCE(song_id, 0), COALESCE(into_song_id, 0),
	COALESCE(review_id, 0), COALESCE(video_ids, ''), COALESCE(status, ''), decided_by, COALESCE(reason, ''), created_at,
	created_at <= UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND
	FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`

// Changes implements dedup.ChangeStore. The changes are read before the
// retention mark, so that a page retention cut into is refused rather than
// served with a hole.
func (s *DB) Changes(ctx context.Context, after int64, limit int) ([]dedup.Change, error) {
	rows, err := s.db.QueryContext(ctx, changesQuery, settleGap.Microseconds(), after, limit)
	if err != nil {
		return nil, fmt.Errorf("reading changes: %w", translate(err))
	}
	defer rows.Close()
	var out []dedup.Change
	var settled []bool
	for rows.Next() {
		var c dedup.Change
		var videos string
		var old bool
		if err := rows.Scan(&c.Seq, &c.Kind, &c.SongID, &c.IntoSongID, &c.ReviewID, &videos, &c.Status,
			&c.DecidedBy, &c.Reason, &c.At, &old); err != nil {
			return nil, translate(err)
		}
		c.VideoIDs = strings.Fields(videos)
		out = append(out, c)
		settled = append(settled, old)
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err)
	}
	out = out[:untilGap(out, settled, after)]
	oldest, err := s.Oldest(ctx)
	if err != nil {
		return nil, err
	}
	if after < oldest {
		return nil, &dedup.CursorExpiredError{After: after, Oldest: oldest}
	}
	return out, nil
}

// settleGap is how long a missing seq is waited for. Every seq taken is
// committed or given back, so a gap only lasts while its commit becomes
// visible; one older than this (a row deleted by hand) is stepped over
// rather than stopping the feed for good.
const settleGap = 30 * time.Second

// untilGap returns how many of cs come before the first missing seq after
// after, unless the change after the gap is settled (written settleGap
// before the read, settled[i] of cs[i]).
func untilGap(cs []dedup.Change, settled []bool, after int64) int {
	next := after + 1
	for i, c := range cs {
		if c.Seq != next && !settled[i] {
			return i
		}
		next = c.Seq + 1
	}
	return len(cs)
}

// Oldest implements dedup.ChangeStore.
func (s *DB) Oldest(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM change_seq WHERE name = 'pruned'").Scan(&n); err != nil {
		return 0, fmt.Errorf("reading the changes retention: %w", translate(err))
	}
	return n, nil
}

// PruneChanges deletes the changes written longer than keep ago on the
// database's clock (the one that stamps them), oldest first up to the
// first one to keep, a chunk per transaction, and returns how many it
// deleted. The 'pruned' mark moves in the same transaction as each chunk's
// delete.
func (s *DB) PruneChanges(ctx context.Context, keep time.Duration) (int, error) {
	const chunk = 5000
	total := 0
	for {
		var n int
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			// The oldest changes in seq order, up to the first one young
			// enough to keep: a short walk of the primary key, also when
			// there is nothing to delete.
			rows, err := tx.QueryContext(ctx, `SELECT seq, created_at < UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND
				FROM changes ORDER BY seq LIMIT ?`, keep.Microseconds(), chunk)
			if err != nil {
				return translate(err)
			}
			var upto int64
			for rows.Next() {
				var seq int64
				var old bool
				if err := rows.Scan(&seq, &old); err != nil {
					rows.Close()
					return translate(err)
				}
				if !old {
					break
				}
				upto = seq
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return translate(err)
			}
			if upto == 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, "UPDATE change_seq SET value = GREATEST(value, ?) WHERE name = 'pruned'", upto); err != nil {
				return translate(err)
			}
			res, err := tx.ExecContext(ctx, "DELETE FROM changes WHERE seq <= ?", upto)
			if err != nil {
				return translate(err)
			}
			d, _ := res.RowsAffected()
			n = int(d)
			return nil
		})
		if err != nil {
			return total, err
		}
		total += n
		if n < chunk {
			return total, nil
		}
	}
}
