package store_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sync/atomic"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// failingWrites is a store whose batch writes fail as a process killed
// before its commit would leave them: nothing written.
type failingWrites struct{ *store.DB }

func (failingWrites) SubmitBatch(context.Context, []dedup.SubmissionWrite) ([]dedup.SubmissionWritten, error) {
	return nil, errors.New("killed before the commit")
}

// countedOutcomes counts the calls of RecordOutcomes, each a statement of
// its own.
type countedOutcomes struct {
	*store.DB
	calls *atomic.Int64
}

func (c countedOutcomes) RecordOutcomes(ctx context.Context, rows []dedup.RowOutcome) error {
	c.calls.Add(1)
	return c.DB.RecordOutcomes(ctx, rows)
}

// TestBatchRecordsItsRowsTogether: a backfill batch records the outcomes
// of its rows that write nothing (a bad row, a video known already) in
// its own transaction, with the outcomes of the rows it writes: a batch
// whose transaction never commits leaves none of its rows recorded, and
// one that commits records every row without a statement of their own.
func TestBatchRecordsItsRowsTogether(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	_, known, _ := lockOrderSong(t, db, "Rowtogether Known - Already Here")
	items := func(job int64, tag string) []dedup.BatchItem {
		sub := func(title string) dedup.Submission {
			return dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: title}
		}
		out := []dedup.BatchItem{
			{Sub: sub("Rowtogether " + tag + " - First Song")},
			{Sub: sub("Rowtogether " + tag + " - Second Song")},
			{Sub: dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: ""}},                // no title
			{Sub: sub("Rowtogether " + tag + " - Third Song"), Err: dedup.InvalidField("length", "not a length")}, // unreadable
			{Sub: dedup.Submission{VideoRef: known, VideoRefField: "video_id", Title: "Rowtogether Known - Already Here"}},
		}
		for i := range out {
			out[i].Rec = &dedup.RowOutcome{JobID: job, Line: i + 2}
		}
		return out
	}
	tests := []struct {
		name   string
		submit dedup.SubmitStore
		fails  bool
		want   map[int]dedup.Outcome // line -> outcome recorded
	}{
		{"killed before the commit", failingWrites{db}, true, map[int]dedup.Outcome{}},
		{"committed", db, false, map[int]dedup.Outcome{2: dedup.OutcomeCreated, 3: dedup.OutcomeCreated, 4: dedup.OutcomeError,
			5: dedup.OutcomeError, 6: dedup.OutcomeExisting}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job, err := db.StartJob(ctx, "rows together "+tt.name, "rows.csv", 5)
			if err != nil {
				t.Fatal(err)
			}
			var calls atomic.Int64
			svc := dedup.NewService(dedup.Stores{Submit: tt.submit, Curation: db, Outcomes: countedOutcomes{db, &calls}},
				dedup.ServiceOptions{Logger: quiet})
			_, err = svc.SubmitBatch(ctx, items(job.ID, fmt.Sprint(job.ID)), "backfill:test")
			if (err != nil) != tt.fails {
				t.Fatalf("batch: %v, want failing %v", err, tt.fails)
			}
			done, err := db.DoneLines(ctx, job.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(done, tt.want) {
				t.Errorf("rows recorded %v, want %v", done, tt.want)
			}
			if n := calls.Load(); n != 0 {
				t.Errorf("%d statements of their own recorded rows, want none", n)
			}
		})
	}
}
