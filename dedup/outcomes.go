package dedup

import "context"

// Outcome is what became of a submission, or of a backfill row, by the
// names that HTTP answers, backfill reports and metrics use.
// A score.DecisionDistinct shows as OutcomeCreated.
type Outcome string

// The outcomes.
const (
	// OutcomeCreated: the submission is a new song.
	OutcomeCreated Outcome = "created"
	// OutcomeMerged: the submission was given an existing song.
	OutcomeMerged Outcome = "merged"
	// OutcomeReview: the submission is a new song, queued for a curator
	// with the songs it nearly matched.
	OutcomeReview Outcome = "review"
	// OutcomeExisting: the video was submitted before; nothing changed.
	OutcomeExisting Outcome = "existing"
	// OutcomeError: a backfill row that could not be read or was invalid.
	OutcomeError Outcome = "error"
)

// Outcomes lists every outcome, in the order reports show them.
var Outcomes = [...]Outcome{OutcomeCreated, OutcomeMerged, OutcomeReview, OutcomeExisting, OutcomeError}

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
	Decision Outcome
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
