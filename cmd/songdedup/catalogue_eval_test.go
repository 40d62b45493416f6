package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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
	dsn, decisions := backfillForEval(t, path, "--map", musicbrainzMap)
	e := catalogueEval{records: len(cluster), decisions: decisions}
	clusterOf := map[string]string{}
	for tid, cid := range cluster {
		clusterOf[dedup.RecordVideoID(tid)] = cid
	}
	measureSongs(t, dsn, clusterOf, &e)
	return e
}

// backfillForEval backfills path into a fresh database through the command
// line's own path, with one worker (so that the figures do not depend on
// the order in which batches commit), and returns the database and how
// many rows each decision took.
func backfillForEval(t *testing.T, path string, flags ...string) (dsn string, decisions map[string]int) {
	t.Helper()
	d := storetest.New(t)
	report := filepath.Join(t.TempDir(), "report.jsonl")
	var stdout, stderr bytes.Buffer
	args := append([]string{"backfill", "--input", path, "--report", report, "--progress", "none", "--workers", "1",
		"--log-level", "error", "--mysql-dsn", d.DSN}, flags...)
	err := run(context.Background(), args, func(string) string { return "" }, nil, &stdout, &stderr)
	if err != nil && !strings.Contains(err.Error(), "rows failed") {
		t.Fatalf("backfill of %s: %v\n%s", path, err, stderr.String())
	}
	decisions = map[string]int{}
	for _, l := range readReport(t, report) {
		decisions[fmt.Sprint(l["decision"])]++
	}
	return d.DSN, decisions
}

// measureSongs counts the pairs of the songs a backfill into dsn made of
// the labeled videos (video ID to true cluster) against the true pairs.
// A video with no song (its row failed) is a song of its own.
func measureSongs(t *testing.T, dsn string, clusterOf map[string]string, e *catalogueEval) {
	t.Helper()
	db, err := sql.Open("mysql", dsn)
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
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	bySong, byCluster, both := map[int64]int{}, map[string]int{}, map[string]int{}
	next := int64(-1)
	for video, cid := range clusterOf {
		song, ok := songOf[video]
		if !ok {
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
// so that the figures do not depend on the order batches commit in; the
// token weights come from term statistics cached for a while, so the
// last digits of a run depend on its timing, and the table rounds them),
// keeps the generated table of dedup/EVAL.md that of the code as it is
// (-update rewrites it) and holds the targets.
func TestCatalogueEval(t *testing.T) {
	if testing.Short() {
		t.Skip("backfills 9,702 records")
	}
	var b strings.Builder
	b.WriteString("\n| split | records (recordings) | true pairs | precision | recall | F1 | review share |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	evals := map[string]catalogueEval{}
	for _, split := range strings.Fields(catalogueSplits) {
		e := evalCatalogue(t, split)
		evals[split] = e
		name := split
		if split == "test" {
			name = "**test**"
		}
		fmt.Fprintf(&b, "| %s | %d (%d) | %d | %.2f | %.2f | %.2f | %.2f |\n", name, e.records, e.recordings, e.truePairs,
			e.precision(), e.recall(), e.f1(), e.reviewShare())
	}
	b.WriteString("\n")
	checkGenerated(t, catalogueBegin, catalogueEnd, b.String())
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

// numberRun finds the numbers of a generated table.
var numberRun = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// closeTables reports whether two generated tables differ in their figures
// only by what a backfill's timing moves: the term statistics and the
// artist lexicon are cached for seconds, so the same rows decided in a run
// of another pace can see them refreshed one batch sooner or later. Text
// must be the same; a ratio may move by 0.03, a count by 5 or 5%.
func closeTables(a, b string) bool {
	if numberRun.ReplaceAllString(a, "#") != numberRun.ReplaceAllString(b, "#") {
		return false
	}
	na, nb := numberRun.FindAllString(a, -1), numberRun.FindAllString(b, -1)
	for k := range na {
		x, _ := strconv.ParseFloat(na[k], 64)
		y, _ := strconv.ParseFloat(nb[k], 64)
		slack := 0.03
		if !strings.Contains(na[k], ".") {
			slack = max(5, 0.05*max(x, y))
		}
		if math.Abs(x-y) > slack {
			return false
		}
	}
	return true
}

// checkGenerated compares the generated section of EVAL.md between the
// markers begin and end with want, rewriting it under -update.
func checkGenerated(t *testing.T, begin, end, want string) {
	t.Helper()
	doc, err := os.ReadFile(evalDoc)
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the markers %q and %q", evalDoc, begin, end)
	}
	next := text[:i+len(begin)] + want + text[j:]
	if next == text || !*updateEval && closeTables(text[i+len(begin):j], want) {
		return
	}
	if *updateEval {
		if err := os.WriteFile(evalDoc, []byte(next), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Logf("the code makes:%s", want)
	t.Errorf("a generated table of %s is stale: run %s", evalDoc, strings.TrimSuffix(strings.TrimPrefix(begin, "<!-- BEGIN GENERATED: "), " -->\n"))
}
