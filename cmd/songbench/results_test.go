package main

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite RESULTS.md from results.jsonl")

// TestResultsDoc keeps RESULTS.md generated: it is what results.jsonl
// renders to (go run ./cmd/songbench -results, or this test with -update).
func TestResultsDoc(t *testing.T) {
	f, err := os.Open("results.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := readRecords(f)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := renderResults(&want, recs); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("RESULTS.md")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(got, want.Bytes()) {
		return
	}
	if *update {
		if err := os.WriteFile("RESULTS.md", want.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Error("RESULTS.md is stale: run go run ./cmd/songbench -results")
}

// TestThousands: figures are shown rounded, with thousands separators.
func TestThousands(t *testing.T) {
	for v, want := range map[float64]string{0: "0", 999.4: "999", 1627: "1,627", 1e6: "1,000,000", 11865.2: "11,865"} {
		if got := thousands(v); got != want {
			t.Errorf("thousands(%v) = %q, want %q", v, got, want)
		}
	}
}

// TestExportRows: the rows of a catalogue export are its CSV records after
// the header (a quoted field may span lines) or its JSON lines that are
// not blank.
func TestExportRows(t *testing.T) {
	for _, tt := range []struct {
		file string
		want int
	}{
		{"testdata/export.csv", 3},
		{"testdata/header.csv", 0},
		{"testdata/export.jsonl", 2},
	} {
		got, err := exportRows(tt.file)
		if err != nil || got != tt.want {
			t.Errorf("exportRows(%s) = %d, %v; want %d", tt.file, got, err, tt.want)
		}
	}
	if _, err := exportRows("testdata/missing.csv"); err == nil || !strings.Contains(err.Error(), "BENCH_CATALOGUE") {
		t.Errorf("a missing file: %v, want an error naming BENCH_CATALOGUE", err)
	}
}

// TestCommand: a recorded run names the settings it ran with, the
// catalogue export beside the generated uploads included.
func TestCommand(t *testing.T) {
	env := map[string]string{"BENCH_SONGS": "100000", "BENCH_PHASES": "backfill",
		"BENCH_CATALOGUE": "testdata/catalogues/musicbrainz/dev.csv", "BENCH_CATALOGUE_MAP": "record_id=TID,track_number=number"}
	got := command(func(k string) string { return env[k] })
	want := "BENCH_SONGS=100000 BENCH_PHASES=backfill BENCH_CATALOGUE=testdata/catalogues/musicbrainz/dev.csv " +
		"BENCH_CATALOGUE_MAP=record_id=TID,track_number=number make bench"
	if got != want {
		t.Errorf("command = %q, want %q", got, want)
	}
}

// TestCatalogueInput: a comma list of exports is backfilled as one, their
// rows one after the other, a CSV file's header once; one file is its own
// input; files of two formats are refused.
func TestCatalogueInput(t *testing.T) {
	for _, tt := range []struct {
		files string
		want  int
	}{
		{"testdata/export.csv", 3},
		{"testdata/export.csv,testdata/header.csv,testdata/export.csv", 6},
		{"testdata/export.jsonl,testdata/export.jsonl", 4},
	} {
		input, err := catalogueInput(tt.files, t.TempDir())
		if err != nil {
			t.Fatalf("catalogueInput(%s): %v", tt.files, err)
		}
		if got, err := exportRows(input); err != nil || got != tt.want {
			t.Errorf("catalogueInput(%s) holds %d rows (%v), want %d", tt.files, got, err, tt.want)
		}
	}
	if _, err := catalogueInput("testdata/export.csv,testdata/export.jsonl", t.TempDir()); err == nil {
		t.Error("a CSV and a JSON lines export made one input, want an error")
	}
}
