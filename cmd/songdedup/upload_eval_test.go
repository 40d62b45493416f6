package main

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	uploadsBegin = "<!-- BEGIN GENERATED: go test ./cmd/songdedup -run TestUploadCatalogueEval -update -->\n"
	uploadsEnd   = "<!-- END GENERATED UPLOADS -->\n"
	uploadsDir   = "../../testdata/catalogues"
)

// uploadCatalogues are the labeled catalogues of real uploads
// (testdata/catalogues/<name>/{dev,test}.jsonl: one upload a line, its
// recording in "song"), with how each reads in the table.
// minPrecision is the pairwise precision its backfill holds on both
// splits, a floor against regressions: a false merge mixes two songs'
// plays. The trending uploads' is low because they label a dance practice
// or a studio performance of a song apart from its video, which the
// normalizer reads as one recording (see "Reading the numbers").
var uploadCatalogues = []struct {
	dir, name    string
	minPrecision float64
}{
	{"real", "real titles", 0.92},
	{"trending", "trending uploads", 0.65},
	{"scripts", "other scripts", 0.94},
}

// readSongs maps the video IDs of a labeled upload catalogue to their
// recordings.
func readSongs(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var row struct {
			VideoID string `json:"video_id"`
			Song    string `json:"song"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil || row.VideoID == "" || row.Song == "" {
			t.Fatalf("%s:%d: want video_id and song (%v)", path, line, err)
		}
		out[row.VideoID] = row.Song
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestUploadCatalogueEval backfills each labeled catalogue of real uploads,
// dev and test, and keeps its table in dedup/EVAL.md that of the code as it
// is (-update rewrites it): the same measure as MusicBrainz-20K's, on
// YouTube titles.
func TestUploadCatalogueEval(t *testing.T) {
	if testing.Short() {
		t.Skip("backfills about 1,800 uploads")
	}
	var b strings.Builder
	b.WriteString("\n| catalogue | split | uploads (songs) | precision | recall | F1 | created / merged / review | review share | artists learned |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range uploadCatalogues {
		for _, split := range strings.Fields(catalogueSplits) {
			path := filepath.Join(uploadsDir, c.dir, split+".jsonl")
			songs := readSongs(t, path)
			dsn, decisions := backfillForEval(t, path)
			e := catalogueEval{records: len(songs), decisions: decisions}
			measureSongs(t, dsn, songs, &e)
			name := split
			if split == "test" {
				name = "**test**"
			}
			fmt.Fprintf(&b, "| %s (`%s/`) | %s | %d (%d) | %.4f | %.4f | %.4f | %d / %d / %d | %.4f | %d |\n", c.name, c.dir, name,
				e.records, e.recordings, e.precision(), e.recall(), e.f1(),
				decisions["created"], decisions["merged"], decisions["review"], e.reviewShare(), lexiconNames(t, dsn))
			if e.predPairs > 0 && e.precision() < c.minPrecision {
				t.Errorf("%s %s: pairwise precision %.4f, want at least %.2f", c.dir, split, e.precision(), c.minPrecision)
			}
		}
	}
	b.WriteString("\n")
	checkGenerated(t, uploadsBegin, uploadsEnd, b.String())
}

// lexiconNames counts the names the artist lexicon of the database at dsn
// holds: what a backfill learned as certain artists.
func lexiconNames(t *testing.T, dsn string) int {
	t.Helper()
	return queryInt(t, dsn, "SELECT COUNT(*) FROM artist_lexicon")
}

// queryInt returns the one number the query q reads from the database at
// dsn.
func queryInt(t *testing.T, dsn, q string, args ...any) int {
	t.Helper()
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
