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

// TestBatchRepeatedVideoOutcome: a video repeated within a backfill batch
// is recorded as existing, with the song its first row went to, whether
// the batch wrote that row or decided it alone (an item matching one song
// created twice, which only Submit consolidates).
func TestBatchRepeatedVideoOutcome(t *testing.T) {
	tests := []struct {
		name  string
		songs []string // in the catalogue before the batch
		title string
	}{
		{"first row written by the batch", []string{"Queen - Bohemian Rhapsody"},
			"Queen - Bohemian Rhapsody (Official Video)"},
		{"first row decided alone", []string{"Queen - Bohemian Rhapsody", "Queen - Bohemian Rhapsody"},
			"Queen - Bohemian Rhapsody (Official Video)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			var oldest int64
			for k, s := range tt.songs {
				id, _, _ := lockOrderSong(t, db, s)
				if k == 0 {
					oldest = id
				}
			}
			job, err := db.StartJob(ctx, "repeated video", "rows.csv", 3)
			if err != nil {
				t.Fatal(err)
			}
			video := nextVideoID()
			items := []dedup.BatchItem{
				{Sub: dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: "Sigrid - Strangers"}},
				{Sub: dedup.Submission{VideoRef: video, VideoRefField: "video_id", Title: tt.title}},
				{Sub: dedup.Submission{VideoRef: video, VideoRefField: "video_id", Title: tt.title}},
			}
			for i := range items {
				items[i].Rec = &dedup.RowOutcome{JobID: job.ID, Line: i + 2}
			}
			svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
			results, err := svc.SubmitBatch(ctx, items, "backfill:test")
			if err != nil {
				t.Fatal(err)
			}
			if out := results[1].Answer; results[1].Err != nil || out.Decision != dedup.OutcomeMerged || out.SongID != oldest {
				t.Fatalf("first row: %q into %d (%v), want %q into %d", out.Decision, out.SongID, results[1].Err, dedup.OutcomeMerged, oldest)
			}
			if out := results[2].Answer; results[2].Err != nil || out.Decision != dedup.OutcomeExisting || out.SongID != oldest {
				t.Errorf("repeated row answered %q with song %d (%v), want %q with %d", out.Decision, out.SongID, results[2].Err,
					dedup.OutcomeExisting, oldest)
			}
			recorded := map[int]dedup.RowOutcome{}
			if err := db.JobOutcomes(ctx, job.ID, func(o dedup.RowOutcome) error { recorded[o.Line] = o; return nil }); err != nil {
				t.Fatal(err)
			}
			for line, want := range map[int]dedup.Outcome{3: dedup.OutcomeMerged, 4: dedup.OutcomeExisting} {
				if o := recorded[line]; o.Decision != want || o.SongID != oldest || o.VideoID != video {
					t.Errorf("line %d recorded %q, song %d, video %q; want %q, song %d, video %q", line, o.Decision, o.SongID, o.VideoID,
						want, oldest, video)
				}
			}
		})
	}
}
