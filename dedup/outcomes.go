package dedup

import "context"

// Backfill rows: each row's outcome is recorded, in the same transaction as
// its writes when it wrote any, so that a job resumes where its writes
// stopped and reports every row.

// RowOutcome is what became of one backfill input row: the checkpoint of a
// resumable job and one line of its report.
type RowOutcome struct {
	JobID    int64
	Line     int
	VideoID  string
	SongID   int64
	Decision string // created, merged, review, existing or error
	Score    float64
	Error    string
}

// OutcomeStore records the outcomes of backfill rows. Package store
// implements it on MySQL, package dryrun in memory.
type OutcomeStore interface {
	// RecordOutcomes records backfill row outcomes that wrote nothing else
	// (existing videos, bad rows). A row already recorded is left as it is.
	RecordOutcomes(ctx context.Context, rows []RowOutcome) error
}

// RecordOutcome records a backfill row that could not even be read.
func (s *Service) RecordOutcome(ctx context.Context, rec RowOutcome) error {
	return s.outcomes.RecordOutcomes(ctx, []RowOutcome{rec})
}
