package store

// Backfill jobs and the outcomes of their rows, the checkpoint a job
// resumes from.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
)

// StartJob implements backfill.Jobs. A file that was backfilled to the end
// gets a new job: running it again re-checks every row (and finds every
// video known).
func (s *DB) StartJob(ctx context.Context, fingerprint, input string, rows int) (backfill.Job, error) {
	var job backfill.Job
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM backfill_jobs WHERE fingerprint = ? AND status = 'running'
			ORDER BY id DESC LIMIT 1 FOR UPDATE`, fingerprint).Scan(&job.ID)
		if err == nil {
			job.Resumed = true
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return translate(err)
		}
		now := s.now().UTC()
		res, err := tx.ExecContext(ctx, `INSERT INTO backfill_jobs (fingerprint, input, status, rows_total, created_at, updated_at)
			VALUES (?, ?, 'running', ?, ?, ?)`, fingerprint, truncate(input, 1024), rows, now, now)
		if err != nil {
			return translate(err)
		}
		job.ID, err = res.LastInsertId()
		return translate(err)
	})
	if err != nil {
		return job, fmt.Errorf("starting backfill job: %w", err)
	}
	return job, nil
}

// LockJob implements backfill.Jobs with a named lock of the server, held by
// a connection of its own until release.
func (s *DB) LockJob(ctx context.Context, fingerprint string) (release func(), err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, translate(err)
	}
	var got sql.NullInt64
	// A lock name is the server's, whatever the database: it names the
	// database too (hashed: a name has at most 64 characters), so that two
	// catalogues on one server backfill the same file at once.
	var name string
	if err := conn.QueryRowContext(ctx, "SELECT CONCAT('songdedup-backfill-', LEFT(SHA2(CONCAT(DATABASE(), '/', ?), 256), 40))",
		fingerprint).Scan(&name); err != nil {
		conn.Close()
		return nil, translate(err)
	}
	// A process killed a moment ago may still hold the lock until the server
	// notices its connection is gone: wait a little.
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK(?, 10)", name).Scan(&got); err != nil {
		conn.Close()
		return nil, translate(err)
	}
	if got.Int64 != 1 {
		conn.Close()
		return nil, fmt.Errorf("another process is running the backfill of this file: %w", dedup.ErrConflict)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), "SELECT RELEASE_LOCK(?)", name)
		conn.Close()
	}, nil
}

// DoneLines implements backfill.Jobs.
func (s *DB) DoneLines(ctx context.Context, jobID int64) (map[int]dedup.Outcome, error) {
	done := map[int]dedup.Outcome{}
	if err := queryPairs(ctx, s.db, done, "SELECT line, decision FROM backfill_rows WHERE job_id = ?", jobID); err != nil {
		return nil, err
	}
	return done, nil
}

// FinishJob implements backfill.Jobs.
func (s *DB) FinishJob(ctx context.Context, jobID int64) error {
	now := s.now().UTC()
	_, err := s.db.ExecContext(ctx, "UPDATE backfill_jobs SET status = 'done', finished_at = ?, updated_at = ? WHERE id = ?", now, now, jobID)
	return translate(err)
}

// JobOutcomes implements backfill.Jobs.
func (s *DB) JobOutcomes(ctx context.Context, jobID int64, fn func(dedup.RowOutcome) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT line, COALESCE(video_id, ''), COALESCE(song_id, 0), decision, score,
		COALESCE(error, '') FROM backfill_rows WHERE job_id = ? ORDER BY line`, jobID)
	if err != nil {
		return translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		o := dedup.RowOutcome{JobID: jobID}
		if err := rows.Scan(&o.Line, &o.VideoID, &o.SongID, &o.Decision, &o.Score, &o.Error); err != nil {
			return translate(err)
		}
		if err := fn(o); err != nil {
			return err
		}
	}
	return translate(rows.Err())
}

// RecordOutcomes implements dedup.OutcomeStore. The rows go in one INSERT,
// which InnoDB applies whole or not at all: it runs on its own, without
// the three statements of a transaction around it.
func (s *DB) RecordOutcomes(ctx context.Context, outcomes []dedup.RowOutcome) error {
	if len(outcomes) == 0 {
		return nil
	}
	return s.retried(ctx, func() error { return insertOutcomes(ctx, s.db, outcomes, true) })
}

// insertOutcomes records backfill rows in one statement; with
// ignoreDuplicates a row recorded already is left as it is, else it fails
// the statement.
func insertOutcomes(ctx context.Context, tx execer, outcomes []dedup.RowOutcome, ignoreDuplicates bool) error {
	insert := "INSERT "
	if ignoreDuplicates {
		insert += "IGNORE "
	}
	ins := newRowsInsert(insert+"INTO backfill_rows (job_id, line, video_id, song_id, decision, score, error) VALUES ", 7, "", len(outcomes))
	for _, o := range outcomes {
		ins.add(o.JobID, o.Line, nullString(o.VideoID), nullInt(o.SongID), o.Decision, o.Score, nullString(truncate(o.Error, 1024)))
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("recording backfill rows: %w", err)
	}
	return nil
}
