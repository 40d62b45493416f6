package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/songdedup/songdedup/store/storetest"
)

// TestFlagsAroundWords: a command's flags are read before, between and
// after its words; after "--" every argument is a word.
func TestFlagsAroundWords(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"flag after the action", []string{"migrate", "up", "--mysql-dsn", "not a dsn"}, 2, "--mysql-dsn: malformed"},
		{"flag before the action", []string{"migrate", "--mysql-dsn", "not a dsn", "up"}, 2, "--mysql-dsn"},
		{"flag between the words", []string{"migrate", "down", "--log-level", "loud", "2"}, 2, "--log-level: \"loud\""},
		{"unknown flag after the action", []string{"migrate", "version", "--no-such-flag"}, 2, "flag provided but not defined: -no-such-flag"},
		{"flag after -- is a word", []string{"migrate", "--", "up", "--mysql-dsn"}, 2, "migrate up takes no arguments"},
		{"stray word of a command without words", []string{"backfill", "--input", "x.jsonl", "extra"}, 2, `backfill takes no arguments, got ["extra"]`},
		{"flag after a stray word", []string{"eval", "stray", "--pairs", "x"}, 2, `eval takes no arguments, got ["stray"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := run(context.Background(), tt.args, envFrom(nil), strings.NewReader(""), &bytes.Buffer{}, &stderr)
			if code := exitCode(err, &stderr); code != tt.wantCode || !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), tt.wantCode, tt.wantErr)
			}
		})
	}
	// And for real: the action's words first, the database after them.
	d := storetest.New(t)
	for _, args := range [][]string{{"migrate", "up", "--mysql-dsn", d.DSN}, {"migrate", "version", "--log-level", "warn", "--mysql-dsn", d.DSN}} {
		var out, errb bytes.Buffer
		if err := run(context.Background(), args, envFrom(nil), strings.NewReader(""), &out, &errb); err != nil {
			t.Fatalf("%v: %v (%s)", args, err, errb.String())
		}
		vs := storeVersions()
		if want := fmt.Sprintf("version %d ", vs[len(vs)-1]); !strings.HasPrefix(out.String(), want) {
			t.Errorf("%v printed %q, want prefix %q", args, out.String(), want)
		}
	}
}

// TestCommandHelp: every command's -h prints its usage, a flags heading
// only above flags, and each default as it is (the posting budget's real
// default rather than a 0 standing for it).
func TestCommandHelp(t *testing.T) {
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{c.name, "-h"}, envFrom(nil), strings.NewReader(""), &stdout, &stderr)
			if code := exitCode(err, &stderr); code != 0 {
				t.Fatalf("exit %d", code)
			}
			help := stderr.String()
			if !strings.HasPrefix(help, "usage: songdedup "+c.name) {
				t.Errorf("help does not start with the usage:\n%s", help)
			}
			lines := strings.Split(strings.TrimRight(help, "\n"), "\n")
			for i, l := range lines {
				if strings.HasPrefix(strings.ToLower(l), "flags") && (i+1 == len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "-")) {
					t.Errorf("line %d: a flags heading above no flag:\n%s", i+1, help)
				}
			}
			if strings.Contains(help, "posting-budget") && !strings.Contains(help, "(default 100)") {
				t.Errorf("--posting-budget does not show its default:\n%s", help)
			}
			if strings.Contains(help, "(0: the default") {
				t.Errorf("a default shown as 0:\n%s", help)
			}
		})
	}
}

func TestProgressRate(t *testing.T) {
	tests := []struct {
		done, todo int64
		elapsed    time.Duration
		want       string
	}{
		{128, 10000, 3 * time.Microsecond, ""},    // a first batch: no rate yet
		{5000, 10000, 900 * time.Millisecond, ""}, // before a second
		{50, 10000, 2 * time.Second, ""},          // too few rows to tell
		{1000, 10000, 2 * time.Second, "500 rows/s, 18s left"},
		{10000, 10000, 4 * time.Second, "2500 rows/s, 0s left"},
	}
	for _, tt := range tests {
		if got := progressRate(tt.done, tt.todo, tt.elapsed); got != tt.want {
			t.Errorf("progressRate(%d, %d, %s) = %q, want %q", tt.done, tt.todo, tt.elapsed, got, tt.want)
		}
	}
}

// TestProgressBarOnStderr: the bar goes to stderr; stdout holds the
// summary line alone, for pipes.
func TestProgressBarOnStderr(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the database: skipped with -short")
	}
	path := writeJSONL(t, plantedCatalogue(4))
	d := migrated(t)
	var stdout, stderr syncBuffer
	args := []string{"backfill", "--input", path, "--progress", "bar", "--log-level", "warn", "--mysql-dsn", d.DSN}
	if err := run(context.Background(), args, envFrom(nil), strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("%v (%s)", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "backfill: 32 rows in ") {
		t.Errorf("stdout holds more than the summary:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "32/32") {
		t.Errorf("no finished bar on stderr:\n%s", stderr.String())
	}
}

// TestReferenceListsEveryFlag: every flag of every command has a row in
// the flags table of REFERENCE.md naming it and the commands that take it.
func TestReferenceListsEveryFlag(t *testing.T) {
	ref, err := os.ReadFile("REFERENCE.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // flag -> its row's commands cell
	for _, l := range strings.Split(string(ref), "\n") {
		cells := strings.Split(l, "|")
		if len(cells) < 5 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`--") {
			continue
		}
		for _, f := range strings.Split(cells[1], ",") {
			name := strings.Trim(strings.TrimSpace(f), "`")
			if _, twice := rows[name]; twice {
				t.Errorf("REFERENCE.md lists %s in two rows", name)
			}
			rows[name] = cells[3]
		}
	}
	for _, c := range commands {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.setup(fs)
		fs.VisitAll(func(f *flag.Flag) {
			cmds, ok := rows["--"+f.Name]
			switch {
			case !ok:
				t.Errorf("REFERENCE.md lists no --%s (%s)", f.Name, c.name)
			case !slices.Contains(strings.Fields(strings.ReplaceAll(cmds, ",", " ")), c.name):
				t.Errorf("REFERENCE.md's row of --%s names the commands %q, not %s", f.Name, strings.TrimSpace(cmds), c.name)
			}
		})
	}
}
