package backfill_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// openStore returns a migrated store on a fresh database.
func openStore(t *testing.T) *store.DB {
	t.Helper()
	d := storetest.New(t)
	db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, MaxOpenConns: 16})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

// catalogue is four uploads each of a few songs, and two lines that cannot
// be read.
func catalogue() []backfill.Row {
	songs := []string{"Marisol Quenby - Paper Lanterns", "Kestrel Vane - Saltwater Hymn", "Lumen Parade - Glass Cathedral",
		"Bastian Krell - Northern Static", "Juniper Hollis - Amber Signal"}
	var rows []backfill.Row
	for _, song := range songs {
		artist, track, _ := strings.Cut(song, " - ")
		for _, t := range []string{song, song + " (Official Video)", track + " | " + artist, strings.ToUpper(song) + " [HD]"} {
			line := len(rows) + 1
			rows = append(rows, backfill.Row{Line: line, Sub: dedup.Submission{
				VideoRef: fmt.Sprintf("bfe%08d", line), VideoRefField: "video_id", Title: t}})
		}
	}
	rows = append(rows, backfill.Row{Line: len(rows) + 1, Err: fmt.Errorf("invalid JSON")},
		backfill.Row{Line: len(rows) + 2, Sub: dedup.Submission{VideoRef: "nope", VideoRefField: "video_id", Title: "x"}})
	return rows
}

var input = backfill.Input{Fingerprint: strings.Repeat("ab", 32), Name: "catalogue.jsonl", Lines: len(catalogue())}

// runJob runs a backfill of the first n rows of the catalogue with three
// workers and returns its outcomes. A dry run has one worker: the songs it
// reports are those the rows were given, final only when no two workers
// can create one song twice before it is merged.
func runJob(t *testing.T, st backfill.Store, dry bool, n int) (*backfill.Run, []dedup.RowOutcome) {
	t.Helper()
	ctx := context.Background()
	workers := 3
	if dry {
		workers = 1
	}
	run, err := backfill.Start(ctx, st, input, backfill.Config{Workers: workers, DryRun: dry, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	err = run.Process(ctx, func(yield func(backfill.Row) bool) error {
		for _, row := range catalogue()[:n] {
			if !yield(row) {
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == len(catalogue()) {
		if err := run.Finish(ctx); err != nil {
			t.Fatal(err)
		}
	}
	var out []dedup.RowOutcome
	if err := run.Outcomes(ctx, func(o dedup.RowOutcome) error { out = append(out, o); return nil }); err != nil {
		t.Fatal(err)
	}
	return run, out
}

// partition maps each video of the outcomes to the first video, in line
// order, of the song it belongs to now (the one it was given, on a dry
// run): the songs a run made, whatever their IDs.
func partition(t *testing.T, db *store.DB, outcomes []dedup.RowOutcome) map[string]string {
	t.Helper()
	first := map[int64]string{}
	out := map[string]string{}
	for _, o := range outcomes {
		if o.Decision == dedup.OutcomeError {
			continue
		}
		song, err := db.VideoSong(context.Background(), o.VideoID)
		if err != nil {
			song = o.SongID
		}
		if _, ok := first[song]; !ok {
			first[song] = o.VideoID
		}
		out[o.VideoID] = first[song]
	}
	return out
}

// songs counts the songs of a partition.
func songs(p map[string]string) int {
	n := 0
	for v, first := range p {
		if v == first {
			n++
		}
	}
	return n
}

// TestRunDecidesEveryRowOnce: the uploads of each song end as one song,
// every line is reported once, the unreadable ones as errors, and a second
// job over the same file finds every video known.
func TestRunDecidesEveryRowOnce(t *testing.T) {
	db := openStore(t)
	run, outcomes := runJob(t, db, false, len(catalogue()))
	if len(outcomes) != len(catalogue()) || run.Count(dedup.OutcomeError) != 2 || run.Processed() != int64(len(catalogue())) {
		t.Fatalf("%d outcomes, %d errors, %d processed; want %d, 2, %d", len(outcomes), run.Count(dedup.OutcomeError), run.Processed(), len(catalogue()), len(catalogue()))
	}
	for i, o := range outcomes {
		if o.Line != i+1 {
			t.Fatalf("outcome %d is line %d", i, o.Line)
		}
	}
	if got := partition(t, db, outcomes); songs(got) != 5 {
		t.Errorf("%d songs, want 5: %v", songs(got), got)
	}
	again, outcomes := runJob(t, db, false, len(catalogue()))
	if again.Count(dedup.OutcomeExisting) != int64(len(catalogue())-2) {
		t.Errorf("second job: %d existing of %d rows (%v)", again.Count(dedup.OutcomeExisting), len(catalogue()), outcomes)
	}
}

// TestRunResumes: a job cut short resumes after the rows it recorded and
// ends as an uninterrupted job does.
func TestRunResumes(t *testing.T) {
	ref := openStore(t)
	_, want := runJob(t, ref, false, len(catalogue()))

	db := openStore(t)
	first, _ := runJob(t, db, false, 9)
	resumed, outcomes := runJob(t, db, false, len(catalogue()))
	if first.Processed() != 9 || resumed.Resumed() != 9 || resumed.Processed() != int64(len(catalogue())-9) {
		t.Errorf("first run %d rows, then %d resumed and %d processed", first.Processed(), resumed.Resumed(), resumed.Processed())
	}
	if got, w := partition(t, db, outcomes), partition(t, ref, want); !maps.Equal(got, w) {
		t.Errorf("resumed job:\n%v\nuninterrupted:\n%v", got, w)
	}
}

// TestDryRunWritesNothing: a dry run decides what a real run decides and
// writes nothing, job records included.
func TestDryRunWritesNothing(t *testing.T) {
	db := openStore(t)
	count := func() string {
		var parts []string
		for _, table := range []string{"songs", "videos", "reviews", "review_counts", "term_stats", "backfill_jobs", "backfill_rows"} {
			var n int
			if err := db.SQL().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
				t.Fatal(err)
			}
			parts = append(parts, fmt.Sprintf("%s=%d", table, n))
		}
		return strings.Join(parts, " ")
	}
	before := count()
	_, dry := runJob(t, db, true, len(catalogue()))
	if after := count(); after != before {
		t.Errorf("the dry run wrote: %s -> %s", before, after)
	}
	ref := openStore(t)
	_, real := runJob(t, ref, false, len(catalogue()))
	if got, want := partition(t, db, dry), partition(t, ref, real); songs(got) != 5 || !maps.Equal(got, want) {
		t.Errorf("dry run:\n%v\nreal run:\n%v", got, want)
	}
}

// orderStore records the order in which a run reconciles leftover songs
// and decides batches.
type orderStore struct {
	*store.DB
	mu    sync.Mutex
	calls []string
}

func (o *orderStore) note(call string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if n := len(o.calls); n == 0 || o.calls[n-1] != call {
		o.calls = append(o.calls, call)
	}
}

func (o *orderStore) Unreconciled(ctx context.Context, olderThan time.Time, limit int) ([]int64, error) {
	o.note("reconcile leftovers")
	return o.DB.Unreconciled(ctx, olderThan, limit)
}

func (o *orderStore) SubmitBatch(ctx context.Context, ws []dedup.SubmissionWrite) ([]dedup.SubmissionWritten, error) {
	o.note("decide rows")
	return o.DB.SubmitBatch(ctx, ws)
}

// TestResumeReconcilesLeftoversFirst: the songs an interrupted run wrote
// and had not reconciled (a kill between a batch's commit and its
// reconciliation) are reconciled by the resumed run before it decides any
// later row, against the catalogue their own run would have seen, not at
// its end; and a run's reconciled marks are written with each batch, so
// that a kill after it leaves none of them to do again.
func TestResumeReconcilesLeftoversFirst(t *testing.T) {
	db := openStore(t)
	first, _ := runJob(t, db, false, 9)
	var left int
	db.SQL().QueryRow("SELECT COUNT(*) FROM songs WHERE reconciled = 0").Scan(&left)
	if left != 0 {
		t.Errorf("%d songs left unreconciled by a run that processed %d rows: their marks wait in memory, which a kill loses", left, first.Processed())
	}
	// A kill between the commit of the last batch and its reconciliation.
	if _, err := db.SQL().Exec("UPDATE songs SET reconciled = 0"); err != nil {
		t.Fatal(err)
	}
	o := &orderStore{DB: db}
	runJob(t, o, false, len(catalogue()))
	if len(o.calls) < 2 || o.calls[0] != "reconcile leftovers" || o.calls[1] != "decide rows" {
		t.Errorf("resumed run: %v, want the leftovers reconciled before any row is decided", o.calls)
	}
}

// sizeStore records the size of every batch a run writes.
type sizeStore struct {
	*store.DB
	mu    sync.Mutex
	sizes []int
}

func (s *sizeStore) SubmitBatch(ctx context.Context, ws []dedup.SubmissionWrite) ([]dedup.SubmissionWritten, error) {
	s.mu.Lock()
	s.sizes = append(s.sizes, len(ws))
	s.mu.Unlock()
	return s.DB.SubmitBatch(ctx, ws)
}

// TestBatchBoundsIgnoreReadSpeed: a worker's batches are its rows in
// chunks of the batch size however slowly the input is read, so that a
// resumed job, whose earlier run recorded whole batches, decides its rows
// in the batches an uninterrupted one does.
func TestBatchBoundsIgnoreReadSpeed(t *testing.T) {
	st := &sizeStore{DB: openStore(t)}
	ctx := context.Background()
	in := input
	in.Fingerprint = strings.Repeat("cd", 32)
	run, err := backfill.Start(ctx, st, in, backfill.Config{Workers: 1, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	const rows = 300
	err = run.Process(ctx, func(yield func(backfill.Row) bool) error {
		for i := 1; i <= rows; i++ {
			if i%40 == 0 {
				time.Sleep(20 * time.Millisecond) // a slow read now and then
			}
			sub := dedup.Submission{VideoRef: fmt.Sprintf("bfs%08d", i), VideoRefField: "video_id",
				Title: fmt.Sprintf("Quorple %d - Track Number %d", i, i)}
			if !yield(backfill.Row{Line: i, Sub: sub}) {
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{128, 128, rows - 256}; !slices.Equal(st.sizes, want) {
		t.Errorf("batches of %v rows, want %v", st.sizes, want)
	}
}
