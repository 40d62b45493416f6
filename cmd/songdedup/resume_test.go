package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/songdedup/songdedup/store/storetest"
)

// resumeCatalogue is the file the resume tests backfill: real uploads, in
// several scripts, with the variants of a song spread through the file.
const resumeCatalogue = "../../testdata/catalogues/real/dev.jsonl"

// resumeArgs run one worker in small batches, so that a few hundred rows
// make many batches to kill between.
var resumeArgs = []string{"--input", resumeCatalogue, "--workers", "1", "--batch-size", "16", "--progress", "none"}

// backfillResult is what a backfill ended with: every row's outcome and
// score, in line order, and the videos grouped by canonical song. Song IDs
// are left out: a killed transaction spends AUTO_INCREMENT values.
type backfillResult struct {
	rows   []string
	groups []string
}

func readBackfillResult(t *testing.T, dsn string) backfillResult {
	t.Helper()
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT line, COALESCE(video_id, ''), decision, score FROM backfill_rows ORDER BY line`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out backfillResult
	for rows.Next() {
		var line int
		var video, decision string
		var score float64
		if err := rows.Scan(&line, &video, &decision, &score); err != nil {
			t.Fatal(err)
		}
		out.rows = append(out.rows, fmt.Sprintf("line %d %s %s %.9f", line, video, decision, score))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	out.groups = partition(t, dsn)
	return out
}

// diff describes how got differs from want, or "" when it does not.
func (want backfillResult) diff(got backfillResult) string {
	var b strings.Builder
	for _, part := range []struct {
		name      string
		want, got []string
	}{{"row", want.rows, got.rows}, {"song", want.groups, got.groups}} {
		if slices.Equal(part.want, part.got) {
			continue
		}
		fmt.Fprintf(&b, "%d %ss, want %d;", len(part.got), part.name, len(part.want))
		shown := 0
		for _, g := range part.got {
			if !slices.Contains(part.want, g) && shown < 5 {
				fmt.Fprintf(&b, " got %s;", g)
				shown++
			}
		}
		shown = 0
		for _, w := range part.want {
			if !slices.Contains(part.got, w) && shown < 5 {
				fmt.Fprintf(&b, " want %s;", w)
				shown++
			}
		}
	}
	return b.String()
}

// cloneSchema returns a new database with the tables (and rows) of tmpl:
// a migrated schema in a fraction of the time migrating takes.
func cloneSchema(t *testing.T, tmpl *storetest.Database) *storetest.Database {
	t.Helper()
	d := storetest.New(t)
	db, err := sql.Open("mysql", tmpl.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables []string
	rows, err := db.Query(`SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'`, tmpl.Name)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	for _, name := range tables {
		for _, stmt := range []string{"CREATE TABLE `%[1]s`.`%[3]s` LIKE `%[2]s`.`%[3]s`", "INSERT INTO `%[1]s`.`%[3]s` SELECT * FROM `%[2]s`.`%[3]s`"} {
			if _, err := db.Exec(fmt.Sprintf(stmt, d.Name, tmpl.Name, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return d
}

// countLines returns the lines of a file.
func countLines(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for s := bufio.NewScanner(f); s.Scan(); {
		n++
	}
	return n
}

// TestBackfillResumeIsExact kills a one-worker backfill (SIGKILL) as its
// recorded rows reach each tenth of the file, runs it again, and checks
// that it ends exactly as an uninterrupted run: every row with the same
// outcome and score, the videos grouped into the same songs. Two
// uninterrupted runs agree too.
func TestBackfillResumeIsExact(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	lines := countLines(t, resumeCatalogue)
	tmpl := migrated(t)

	// Two uninterrupted runs, at once.
	runs := make([]*storetest.Database, 2)
	cmds := make([]*exec.Cmd, len(runs))
	outs := make([]bytes.Buffer, len(runs))
	for k := range runs {
		runs[k] = cloneSchema(t, tmpl)
		cmds[k] = exec.Command(songdedupBinary(t), append([]string{"backfill", "--log-level", "warn"}, resumeArgs...)...)
		cmds[k].Env = append(os.Environ(), "SONGDEDUP_MYSQL_DSN="+runs[k].DSN)
		cmds[k].Stdout, cmds[k].Stderr = &outs[k], &outs[k]
		if err := cmds[k].Start(); err != nil {
			t.Fatal(err)
		}
	}
	var want backfillResult
	for k, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("uninterrupted run: %v\n%s", err, outs[k].String())
		}
		got := readBackfillResult(t, runs[k].DSN)
		if len(got.rows) != lines {
			t.Fatalf("uninterrupted run recorded %d rows of %d", len(got.rows), lines)
		}
		if k == 0 {
			want = got
		} else if diff := want.diff(got); diff != "" {
			t.Errorf("two uninterrupted runs differ: %s\nfirst run's warnings:\n%s\nthis run's:\n%s", diff, outs[0].String(), outs[k].String())
		}
	}

	// The kills run two at a time: each is timed by the rows its own job
	// recorded, not by the clock.
	t.Run("killed", func(t *testing.T) {
		for tenth := 1; tenth <= 9; tenth++ {
			t.Run(fmt.Sprintf("at%d%%", tenth*10), func(t *testing.T) {
				t.Parallel()
				killAt := lines * tenth / 10
				var d *storetest.Database
				var done int
				var killed string
				// On a loaded machine the last batches may all commit
				// between two looks at the job: then the kill came too
				// late to interrupt anything, and is tried again.
				for attempt := 0; attempt < 3 && (attempt == 0 || done >= lines); attempt++ {
					d = cloneSchema(t, tmpl)
					done, killed = killBackfillAt(t, d.DSN, killAt)
				}
				if done < killAt || done >= lines {
					t.Fatalf("%d rows of %d recorded at the kill, want from %d to the end", done, lines, killAt)
				}
				code, out := runBackfillBinary(t, d.DSN, resumeArgs...)
				if code != 0 {
					t.Fatalf("resumed: exit %d\n%s", code, out)
				}
				if diff := want.diff(readBackfillResult(t, d.DSN)); diff != "" {
					t.Errorf("killed with %d rows recorded and resumed: %s\nkilled run's warnings:\n%s\nresumed run's:\n%s", done, diff, killed, out)
				}
			})
		}
	})
}

// killBackfillAt starts the backfill of resumeArgs, kills it with SIGKILL
// as soon as it has recorded at least rows rows, and returns how many it
// had recorded (all of them when it finished first) and what it logged.
func killBackfillAt(t *testing.T, dsn string, rows int) (int, string) {
	t.Helper()
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cmd := exec.Command(songdedupBinary(t), append([]string{"backfill", "--log-level", "warn"}, resumeArgs...)...)
	cmd.Env = append(os.Environ(), "SONGDEDUP_MYSQL_DSN="+dsn)
	var logged bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logged, &logged
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(60 * time.Second)
	running := true
	for running {
		var n int
		// The table exists once the binary has migrated (the schema is a
		// migrated clone, so from the start).
		if err := db.QueryRow("SELECT COUNT(*) FROM backfill_rows").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n >= rows {
			break
		}
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("the backfill failed before recording %d rows: %v", rows, err)
			}
			running = false // it finished between two looks
		case <-deadline:
			cmd.Process.Kill()
			t.Fatalf("the backfill recorded %d rows in 60s, waiting for %d", n, rows)
		case <-time.After(time.Millisecond):
		}
	}
	if running {
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-exited
	}
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM backfill_rows").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n, logged.String()
}
