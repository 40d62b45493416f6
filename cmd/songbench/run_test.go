package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stopAt is a log that calls stop when a line holds marker.
type stopAt struct {
	marker string
	stop   func()
}

func (w stopAt) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte(w.marker)) {
		w.stop()
	}
	return len(p), nil
}

// TestRunStoppedDuringBruteForce: a run stopped once its timed phases are
// done, while the brute force runs (an hour at ten million songs), still
// prints and records the figures it measured, without recall; a run left
// alone has recall.
func TestRunStoppedDuringBruteForce(t *testing.T) {
	if testing.Short() {
		t.Skip("needs MariaDB")
	}
	for _, c := range []struct {
		name       string
		stopAt     string // the log line that stops the run; none: not stopped
		wantRecall bool
	}{
		{"stopped as the retrieval phase ends", "retrieval: p50", false},
		{"not stopped", "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			recordPath := filepath.Join(dir, "results.jsonl")
			env := map[string]string{
				"BENCH_SONGS":    "2500",
				"BENCH_DATABASE": fmt.Sprintf("songbench_stop_test_%d", os.Getpid()),
				"BENCH_QUERIES":  "20", "BENCH_BRUTE_QUERIES": "10",
				"BENCH_PHASES": "retrieval", "BENCH_NO_RAW": "1",
				"SONGDEDUP_MYSQL_DSN": os.Getenv("SONGDEDUP_MYSQL_DSN"),
				"BENCH_BINARY":        filepath.Join(dir, "songdedup"), // the reference is kept beside it
				"BENCH_RECORD":        recordPath, "BENCH_NOTE": c.name,
			}
			getenv := func(k string) string { return env[k] }
			cfg, err := loadConfig(getenv)
			if err != nil {
				t.Fatal(err)
			}
			defer func() {
				if err := dropDatabase(context.Background(), cfg.DSN); err != nil {
					t.Error(err)
				}
			}()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			marker := c.stopAt
			if marker == "" {
				marker = "\x00never"
			}
			var out bytes.Buffer
			err = run(ctx, getenv, &out, stopAt{marker: marker, stop: cancel})
			if stopped := c.stopAt != ""; stopped != errors.Is(err, context.Canceled) || !stopped && err != nil {
				t.Fatalf("run: %v", err)
			}
			if !strings.Contains(out.String(), "retrieval_p99_ms") {
				t.Errorf("the timed figures are not printed:\n%s", out.String())
			}
			raw, err := os.ReadFile(recordPath)
			if err != nil {
				t.Fatal(err)
			}
			var rec record
			if err := json.Unmarshal(raw, &rec); err != nil {
				t.Fatalf("the record %q: %v", raw, err)
			}
			if _, ok := rec.Figures["retrieval_p99_ms"]; !ok || rec.Note != c.name {
				t.Errorf("record %+v lacks the timed figures or the note", rec)
			}
			if _, ok := rec.Figures["retrieval_recall_at_10"]; ok != c.wantRecall {
				t.Errorf("record has recall %v, want %v", ok, c.wantRecall)
			}
		})
	}
}
