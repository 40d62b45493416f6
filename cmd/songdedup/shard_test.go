package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// labeledRow is a row of a catalogue whose songs are known.
type labeledRow struct {
	VideoID string
	Song    string
}

// shardCatalogue is a planted catalogue (see plantedCatalogue) of songs
// whose eight uploads fall to different shards (a typo or a channel that
// changes the routing key) and to the same one, with its truth.
func shardCatalogue(t *testing.T, songs int) (string, []labeledRow) {
	t.Helper()
	rows := plantedCatalogue(songs)
	// Routing keeps the uploads of a song together however they spell it
	// (loose spelling, readings); a slip at the start of the track's
	// longest word still routes an upload elsewhere, so that some songs'
	// uploads meet only through reconciliation across shards.
	for s := 0; s < songs; s += 3 {
		artist := bfArtists[s%len(bfArtists)]
		words := strings.Fields(bfTracks[s%len(bfTracks)] + " " + bfMoods[(s/len(bfTracks))%len(bfMoods)])
		long := 0
		for i, w := range words {
			if len(w) > len(words[long]) {
				long = i
			}
		}
		if w := words[long]; len(w) > 4 {
			words[long] = w[:1] + w[2:3] + w[1:2] + w[3:]
		}
		rows = append(rows, catalogueRow{VideoID: fmt.Sprintf("bs%09d", s), Title: artist + " - " + strings.Join(words, " "), Plays: 1, planted: s + 1})
	}
	labeled := make([]labeledRow, len(rows))
	for i, r := range rows {
		labeled[i] = labeledRow{VideoID: r.VideoID, Song: fmt.Sprint(r.planted)}
	}
	return writeJSONL(t, rows), labeled
}

// pairwise is the pairwise precision, recall and F1 of a partition of the
// videos (groups as partition returns them) against the labels.
type pairwise struct{ P, R, F1 float64 }

func pairwiseQuality(rows []labeledRow, groups []string) pairwise {
	song := map[string]string{}
	for _, r := range rows {
		song[r.VideoID] = r.Song
	}
	var predicted, correct, truth int
	for _, g := range groups {
		vs := strings.Split(g, ",")
		for i := range vs {
			for j := i + 1; j < len(vs); j++ {
				predicted++
				if song[vs[i]] == song[vs[j]] {
					correct++
				}
			}
		}
	}
	bySong := map[string]int{}
	for _, r := range rows {
		bySong[r.Song]++
	}
	for _, n := range bySong {
		truth += n * (n - 1) / 2
	}
	q := pairwise{P: 1, R: 1}
	if predicted > 0 {
		q.P = float64(correct) / float64(predicted)
	}
	if truth > 0 {
		q.R = float64(correct) / float64(truth)
	}
	if q.P+q.R > 0 {
		q.F1 = 2 * q.P * q.R / (q.P + q.R)
	}
	return q
}

// TestBackfillShardsMatchOneProcess backfills a planted catalogue once by
// one process and once by four concurrent processes, each with --shard i/4
// over the same file: every row is decided by exactly one
// shard, the pairwise quality is the same (F1 within 0.005, precision no
// lower), no video is written twice and no song is left unreconciled;
// each shard is a job of its own, which a second run resumes alone.
func TestBackfillShardsMatchOneProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	path, rows := shardCatalogue(t, 120)

	one := migrated(t)
	start := time.Now()
	if code, out := runBackfillBinary(t, one.DSN, "--input", path, "--workers", "2", "--progress", "none"); code != 0 {
		t.Fatalf("one process: exit %d\n%s", code, out)
	}
	oneTime := time.Since(start)

	four := migrated(t)
	const n = 4
	reports := make([]string, n)
	var wg sync.WaitGroup
	start = time.Now()
	for i := range n {
		reports[i] = filepath.Join(t.TempDir(), fmt.Sprintf("shard%d.jsonl", i))
		wg.Go(func() {
			code, out := runBackfillBinary(t, four.DSN, "--input", path, "--workers", "1", "--progress", "none",
				"--shard", fmt.Sprintf("%d/%d", i, n), "--report", reports[i])
			if code != 0 {
				t.Errorf("shard %d/%d: exit %d\n%s", i, n, code, out)
			}
		})
	}
	wg.Wait()
	fourTime := time.Since(start)
	if t.Failed() {
		return
	}

	// Every line decided by exactly one shard; some songs by several.
	lines := map[float64]int{}
	shardsOf := map[string]map[int]bool{}
	for i, rep := range reports {
		got := readReport(t, rep)
		if len(got) == 0 || len(got) == len(rows) {
			t.Errorf("shard %d decided %d of %d rows", i, len(got), len(rows))
		}
		for _, r := range got {
			line := r["line"].(float64)
			lines[line]++
			song := rows[int(line)-1].Song
			if shardsOf[song] == nil {
				shardsOf[song] = map[int]bool{}
			}
			shardsOf[song][i] = true
		}
	}
	split := 0
	for _, shards := range shardsOf {
		if len(shards) > 1 {
			split++
		}
	}
	if split == 0 {
		t.Error("no song's uploads fell to two shards: the test shows nothing of their reconciliation")
	}
	t.Logf("%d of %d songs have uploads in several shards", split, len(shardsOf))
	if len(lines) != len(rows) {
		t.Errorf("the shards decided %d distinct lines of %d", len(lines), len(rows))
	}
	for line, k := range lines {
		if k != 1 {
			t.Errorf("line %v decided by %d shards", line, k)
		}
	}

	q1, q4 := pairwiseQuality(rows, partition(t, one.DSN)), pairwiseQuality(rows, partition(t, four.DSN))
	t.Logf("%d rows: one process P %.4f R %.4f F1 %.4f in %s; %d shards P %.4f R %.4f F1 %.4f in %s",
		len(rows), q1.P, q1.R, q1.F1, oneTime.Round(time.Millisecond), n, q4.P, q4.R, q4.F1, fourTime.Round(time.Millisecond))
	if d := q4.F1 - q1.F1; d < -0.005 || d > 0.005 {
		t.Errorf("F1 of %d shards %.4f, of one process %.4f: more than 0.005 apart", n, q4.F1, q1.F1)
	}
	if q4.P < q1.P {
		t.Errorf("precision of %d shards %.4f is below one process's %.4f", n, q4.P, q1.P)
	}

	db, err := sql.Open("mysql", four.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var videos, distinct, unreconciled, jobs int
	db.QueryRow("SELECT COUNT(*), COUNT(DISTINCT video_id) FROM videos").Scan(&videos, &distinct)
	db.QueryRow("SELECT COUNT(*) FROM songs WHERE merged_into IS NULL AND reconciled = 0").Scan(&unreconciled)
	db.QueryRow("SELECT COUNT(DISTINCT fingerprint) FROM backfill_jobs WHERE status = 'done'").Scan(&jobs)
	if videos != len(rows) || distinct != videos {
		t.Errorf("%d video rows (%d distinct) for %d input videos", videos, distinct, len(rows))
	}
	if unreconciled != 0 {
		t.Errorf("%d songs left unreconciled", unreconciled)
	}
	if jobs != n {
		t.Errorf("%d finished jobs, want one per shard (%d)", jobs, n)
	}

	// A shard run again is its own job: it finds its own rows, and only
	// those, known.
	rep := filepath.Join(t.TempDir(), "again.jsonl")
	if code, out := runBackfillBinary(t, four.DSN, "--input", path, "--shard", "2/4", "--progress", "none", "--report", rep); code != 0 {
		t.Fatalf("shard 2/4 again: exit %d\n%s", code, out)
	}
	again := readReport(t, rep)
	if want := len(readReport(t, reports[2])); len(again) != want {
		t.Errorf("shard 2/4 again decided %d rows, want its %d", len(again), want)
	}
	for _, r := range again {
		if r["decision"] != "existing" {
			t.Errorf("shard 2/4 again: line %v is %v, want existing", r["line"], r["decision"])
			break
		}
	}
}
