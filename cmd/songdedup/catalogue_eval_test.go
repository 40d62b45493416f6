package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store/storetest"
)

var updateEval = flag.Bool("update", false, "rewrite the generated catalogue table of dedup/EVAL.md")

const (
	evalDoc         = "../../dedup/EVAL.md"
	catalogueBegin  = "<!-- BEGIN GENERATED: go test ./cmd/songdedup -run TestCatalogueEval -update -->\n"
	catalogueEnd    = "<!-- END GENERATED CATALOGUE -->\n"
	musicbrainzDir  = "../../testdata/catalogues/musicbrainz"
	musicbrainzMap  = "record_id=TID,track_number=number"
	catalogueSplits = "dev test"
)

// catalogueEval is what a backfill of a labeled catalogue export made of
// it: pairwise precision, recall and F1 of its songs against the true
// recordings, and the rows' decisions.
type catalogueEval struct {
	records, recordings  int
	truePairs, predPairs int64
	tp                   int64
	decisions            map[string]int
}

func (e catalogueEval) precision() float64 { return ratio(e.tp, e.predPairs) }
func (e catalogueEval) recall() float64    { return ratio(e.tp, e.truePairs) }
func (e catalogueEval) f1() float64 {
	p, r := e.precision(), e.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (e catalogueEval) reviewShare() float64 {
	return ratio(int64(e.decisions["review"]), int64(e.records))
}

func ratio(a, b int64) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// pairs is the number of unordered pairs of n things.
func pairs(n int) int64 { return int64(n) * int64(n-1) / 2 }

// evalCatalogue backfills one labeled split of MusicBrainz-20K into a
// fresh database through the command line's own path (CSV input, --map)
// and measures the songs it made.
func evalCatalogue(t *testing.T, split string) catalogueEval {
	t.Helper()
	path := filepath.Join(musicbrainzDir, split+".csv")
	cluster := readClusters(t, path)
	d := storetest.New(t)
	report := filepath.Join(t.TempDir(), "report.jsonl")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"backfill", "--input", path, "--map", musicbrainzMap, "--report", report,
		"--progress", "none", "--workers", "1", "--log-level", "error", "--mysql-dsn", d.DSN}, func(string) string { return "" }, nil, &stdout, &stderr)
	e := catalogueEval{records: len(cluster), decisions: map[string]int{}}
	if err != nil && !strings.Contains(err.Error(), "rows failed") {
		t.Fatalf("backfill of %s: %v\n%s", split, err, stderr.String())
	}
	for _, l := range readReport(t, report) {
		e.decisions[fmt.Sprint(l["decision"])]++
	}
	db, err := sql.Open("mysql", d.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	songOf := map[string]int64{}
	rows, err := db.Query(`SELECT COALESCE(s.merged_into, s.id), v.video_id FROM videos v JOIN songs s ON s.id = v.song_id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var song int64
		var video string
		if err := rows.Scan(&song, &video); err != nil {
			t.Fatal(err)
		}
		songOf[video] = song
	}
	rows.Close()
	bySong, byCluster, both := map[int64]int{}, map[string]int{}, map[string]int{}
	next := int64(-1)
	for tid, cid := range cluster {
		song, ok := songOf[dedup.RecordVideoID(tid)]
		if !ok { // a row that failed is a song of its own
			song, next = next, next-1
		}
		bySong[song]++
		byCluster[cid]++
		both[fmt.Sprint(song, "/", cid)]++
	}
	e.recordings = len(byCluster)
	for _, n := range bySong {
		e.predPairs += pairs(n)
	}
	for _, n := range byCluster {
		e.truePairs += pairs(n)
	}
	for _, n := range both {
		e.tp += pairs(n)
	}
	return e
}

// readClusters maps the record IDs (TID) of a MusicBrainz-20K file to
// their true clusters (CID).
func readClusters(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range recs[1:] {
		out[r[0]] = r[1]
	}
	return out
}

// TestCatalogueEval backfills both splits of MusicBrainz-20K (one worker,
// so that the figures do not depend on the order batches commit in),
// keeps the generated table of dedup/EVAL.md that of the code as it is
// (-update rewrites it) and holds the targets.
func TestCatalogueEval(t *testing.T) {
	if testing.Short() {
		t.Skip("backfills 9,702 records")
	}
	var b strings.Builder
	b.WriteString("\n| split | records (recordings) | precision | recall | F1 | true pairs | songs' pairs | right pairs | created / merged / review / error | review share |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	evals := map[string]catalogueEval{}
	for _, split := range strings.Fields(catalogueSplits) {
		e := evalCatalogue(t, split)
		evals[split] = e
		name := split
		if split == "test" {
			name = "**test**"
		}
		fmt.Fprintf(&b, "| %s | %d (%d) | %.4f | %.4f | %.4f | %d | %d | %d | %d / %d / %d / %d | %.4f |\n", name, e.records, e.recordings,
			e.precision(), e.recall(), e.f1(), e.truePairs, e.predPairs, e.tp,
			e.decisions["created"], e.decisions["merged"], e.decisions["review"], e.decisions["error"], e.reviewShare())
	}
	b.WriteString("\n")
	checkGenerated(t, b.String())
	for split, e := range evals {
		t.Logf("%s: precision %.4f recall %.4f F1 %.4f review share %.4f", split, e.precision(), e.recall(), e.f1(), e.reviewShare())
		if e.precision() < catalogueMinPrecision || e.f1() < catalogueMinF1 || e.reviewShare() > catalogueMaxReviewShare {
			t.Errorf("%s: precision %.4f, F1 %.4f, review share %.4f; want at least %.2f, %.2f and at most %.2f",
				split, e.precision(), e.f1(), e.reviewShare(), catalogueMinPrecision, catalogueMinF1, catalogueMaxReviewShare)
		}
	}
}

// The targets of the catalogue backfill, held on both splits: F1 >= 0.80
// at precision >= 0.98, with a review share of at most 5%.
const (
	catalogueMinPrecision   = 0.98
	catalogueMinF1          = 0.80
	catalogueMaxReviewShare = 0.05
)

// checkGenerated compares the generated catalogue section of EVAL.md with
// want, rewriting it under -update.
func checkGenerated(t *testing.T, want string) {
	t.Helper()
	doc, err := os.ReadFile(evalDoc)
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	i, j := strings.Index(text, catalogueBegin), strings.Index(text, catalogueEnd)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the catalogue section's markers", evalDoc)
	}
	next := text[:i+len(catalogueBegin)] + want + text[j:]
	if next == text {
		return
	}
	if *updateEval {
		if err := os.WriteFile(evalDoc, []byte(next), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the catalogue table of %s is stale: run go test ./cmd/songdedup -run TestCatalogueEval -update", evalDoc)
}
