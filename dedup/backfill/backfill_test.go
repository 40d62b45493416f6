package backfill_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"strings"
	"testing"

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
		for _, table := range []string{"songs", "videos", "reviews", "term_stats", "backfill_jobs", "backfill_rows"} {
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
