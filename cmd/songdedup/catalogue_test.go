package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store/storetest"
)

const sampleExport = "../../testdata/catalogues/sample/export.csv"

// TestBackfillCatalogueExport backfills a database export through the
// built binary: records without videos (record_id), columns named
// otherwise (--map), lengths in several notations, placeholders, and rows
// with a bad value reported with their line and field; a second run finds
// every record existing.
func TestBackfillCatalogueExport(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	if code, out := runBackfillBinary(t, d.DSN, "--input", sampleExport); code != 2 || !strings.Contains(out, "record_id") {
		t.Fatalf("without --map: exit %d, want 2 naming record_id\n%s", code, out)
	}
	colMap := "record_id=TID,track_number=number"
	report := filepath.Join(t.TempDir(), "report.jsonl")
	code, out := runBackfillBinary(t, d.DSN, "--input", sampleExport, "--map", colMap, "--report", report)
	if code != 1 || !strings.Contains(out, "2 of 10 rows failed") {
		t.Fatalf("exit %d, want 1 with two failed rows\n%s", code, out)
	}
	lines := readReport(t, report)
	if len(lines) != 10 {
		t.Fatalf("report has %d lines, want 10", len(lines))
	}
	wantErr := map[int]string{10: "length", 11: "year"}
	for i, l := range lines {
		line := int(l["line"].(float64))
		if field, bad := wantErr[line]; bad {
			if l["decision"] != "error" || !strings.Contains(fmt.Sprint(l["error"]), field) {
				t.Errorf("line %d: %v, want an error naming %s", line, l, field)
			}
			continue
		}
		if want := dedup.RecordVideoID(fmt.Sprint(i + 1)); l["video_id"] != want || l["decision"] == "error" {
			t.Errorf("line %d: %v, want video %s", line, l, want)
		}
	}
	db, err := sql.Open("mysql", d.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for record, want := range map[string]int{"1": 177, "3": 177, "4": 0, "5": 177, "6": 221, "8": 362} {
		var got int
		if err := db.QueryRow(`SELECT duration_seconds FROM videos WHERE video_id = ?`, dedup.RecordVideoID(record)).Scan(&got); err != nil || got != want {
			t.Errorf("record %s: duration %d, %v; want %d", record, got, err, want)
		}
	}

	before := partition(t, d.DSN)
	again := filepath.Join(t.TempDir(), "again.jsonl")
	if code, out := runBackfillBinary(t, d.DSN, "--input", sampleExport, "--map", colMap, "--report", again); code != 1 {
		t.Fatalf("second run: exit %d\n%s", code, out)
	}
	for _, l := range readReport(t, again) {
		if l["decision"] != "existing" && l["decision"] != "error" {
			t.Errorf("second run, line %v: %v, want existing", l["line"], l["decision"])
		}
	}
	if after := partition(t, d.DSN); strings.Join(before, ";") != strings.Join(after, ";") {
		t.Errorf("second run changed the catalogue")
	}
}
