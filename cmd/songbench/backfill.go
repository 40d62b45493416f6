package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
)

// backfillFile writes a catalogue export of about n rows with planted
// duplicate clusters: 70% of recordings appear once, 30% in 2 to 8 uploads
// that sit next to each other in the file (the hard case: all in flight
// at once). It returns the truth: each video's recording.
func (b *bench) backfillFile(n int, seed uint64, prefix byte, path string) (map[string]int, error) {
	if b.gen == nil {
		b.gen, _ = newGenerator(b.cfg.Seed, n, b.cfg.Profile)
	}
	g := b.gen
	rng := rand.New(rand.NewPCG(seed, 77))
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	truth := make(map[string]int, n)
	recs := g.recordings(rng, n)
	rows := 0
	for i, r := range recs {
		k := 1
		if rng.IntN(100) < 30 {
			k = 2 + rng.IntN(7)
		}
		for v := 0; v < k && rows < n; v++ {
			title, channel := g.render(rng, r)
			id := videoID(prefix, b.cfg.Run*10_000_000+rows)
			truth[id] = r.Cluster
			if err := enc.Encode(map[string]any{"video_id": id, "title": title, "channel": channel,
				"plays": rng.IntN(100000), "likes": rng.IntN(5000)}); err != nil {
				return nil, err
			}
			rows++
		}
		if rows >= n {
			recs = recs[:i+1]
			break
		}
	}
	if prefix == 'b' {
		b.titleSharing("backfill", recs)
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return truth, f.Close()
}

// pairwise compares the clusters the backfill made with the planted truth:
// precision is the share of pairs put in one song that are one recording,
// recall the share of one recording's pairs that ended in one song.
func pairwise(ctx context.Context, dsn string, truth map[string]int) (precision, recall float64, err error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, "SELECT v.video_id, COALESCE(s.merged_into, s.id) FROM videos v JOIN songs s ON s.id = v.song_id")
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	type cell struct{ song, rec int64 }
	songs, recs, cells := map[int64]int{}, map[int64]int{}, map[cell]int{}
	for rows.Next() {
		var video string
		var song int64
		if err := rows.Scan(&video, &song); err != nil {
			return 0, 0, err
		}
		rec, ok := truth[video]
		if !ok {
			continue // not from this file
		}
		songs[song]++
		recs[int64(rec)]++
		cells[cell{song, int64(rec)}]++
	}
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, predicted, actual float64
	for _, n := range cells {
		tp += pairs(n)
	}
	for _, n := range songs {
		predicted += pairs(n)
	}
	for _, n := range recs {
		actual += pairs(n)
	}
	precision, recall = 1, 1
	if predicted > 0 {
		precision = tp / predicted
	}
	if actual > 0 {
		recall = tp / actual
	}
	return precision, recall, nil
}

// reviewFigures measures the reviews a backfill queued against the planted
// truth: share is the reviews per row, yield the share of reviews of which
// one candidate song holds an upload of the review's recording (a curator's
// approval would be right).
func reviewFigures(ctx context.Context, dsn string, truth map[string]int) (share, yield float64, err error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return 0, 0, err
	}
	defer db.Close()
	canonical := map[int64]int64{}
	rows, err := db.QueryContext(ctx, "SELECT id, COALESCE(merged_into, id) FROM songs")
	if err != nil {
		return 0, 0, err
	}
	for rows.Next() {
		var id, c int64
		if err := rows.Scan(&id, &c); err != nil {
			rows.Close()
			return 0, 0, err
		}
		canonical[id] = c
	}
	rows.Close()
	recs := map[int64]map[int]bool{} // canonical song -> planted recordings of its videos
	rows, err = db.QueryContext(ctx, "SELECT video_id, song_id FROM videos")
	if err != nil {
		return 0, 0, err
	}
	for rows.Next() {
		var video string
		var song int64
		if err := rows.Scan(&video, &song); err != nil {
			rows.Close()
			return 0, 0, err
		}
		if rec, ok := truth[video]; ok {
			c := canonical[song]
			if recs[c] == nil {
				recs[c] = map[int]bool{}
			}
			recs[c][rec] = true
		}
	}
	rows.Close()
	rows, err = db.QueryContext(ctx, `SELECT r.id, COALESCE(r.video_id, ''), COALESCE(c.candidate_song_id, r.candidate_song_id)
		FROM reviews r LEFT JOIN review_candidates c ON c.review_id = r.id`)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	real := map[int64]bool{}
	for rows.Next() {
		var id, cand int64
		var video string
		if err := rows.Scan(&id, &video, &cand); err != nil {
			return 0, 0, err
		}
		rec, ok := truth[video]
		if !ok {
			continue // not from this file
		}
		real[id] = real[id] || recs[canonical[cand]][rec]
	}
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	good := 0
	for _, ok := range real {
		if ok {
			good++
		}
	}
	share, yield = 0, 1
	if len(truth) > 0 {
		share = float64(len(real)) / float64(len(truth))
	}
	if len(real) > 0 {
		yield = float64(good) / float64(len(real))
	}
	return share, yield, nil
}

// backfillRun is what a run of the binary's backfill took: its time, the
// CPU of the process (user and system) and of the database server, when
// the server runs on this machine, and the statements the server was sent
// (both also count what other clients ask of it meanwhile).
type backfillRun struct {
	elapsed    time.Duration
	cpu, dbCPU float64 // seconds
	statements int64   // 0 when the server could not be asked
}

// perRow sets the CPU figures of a backfill of rows under name (with a
// %s for the kind of figure).
func (r backfillRun) perRow(res *results, name string, rows int) {
	per := func(cpu float64) float64 { return cpu * 1000 / float64(max(rows, 1)) }
	res.set(fmt.Sprintf(name, "cpu_ms_per_row"), per(r.cpu), fmt.Sprintf("%.3f ms CPU per row in the backfill", per(r.cpu)))
	if r.dbCPU > 0 {
		res.set(fmt.Sprintf(name, "db_cpu_ms_per_row"), per(r.dbCPU), fmt.Sprintf("%.3f ms CPU per row in the database (same machine)", per(r.dbCPU)))
	}
	if r.statements > 0 {
		n := float64(r.statements) / float64(max(rows, 1))
		res.set(fmt.Sprintf(name, "statements_per_row"), n, fmt.Sprintf("%.3f statements per row sent to the database", n))
	}
}

// runBackfill runs the binary's backfill, with flags besides the bench's.
func (b *bench) runBackfill(ctx context.Context, dsn, input string, flags ...string) (backfillRun, error) {
	args := append([]string{"backfill", "--input", input, "--mysql-dsn", dsn,
		"--progress", "none", "--log-level", "warn", "--workers", fmt.Sprint(b.cfg.Workers)}, flags...)
	cmd := exec.CommandContext(ctx, b.cfg.Binary, append(args, strings.Fields(os.Getenv("BENCH_BACKFILL_ARGS"))...)...)
	db := localDatabase(ctx, dsn)
	defer db.close()
	start, dbCPU, statements := time.Now(), db.cpu(), db.statements(ctx)
	out, err := cmd.CombinedOutput()
	run := backfillRun{elapsed: time.Since(start), dbCPU: db.cpu() - dbCPU}
	if statements > 0 {
		if now := db.statements(ctx); now > statements {
			run.statements = now - statements - 1 // the second count itself
		}
	}
	if cmd.ProcessState != nil {
		run.cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 && bytes.Contains(out, []byte(" rows failed (")) {
		// The job finished; the service refused a few generated titles
		// (one that names no song, say), as it would refuse them anywhere.
		err = nil
	}
	if err != nil {
		return run, fmt.Errorf("backfill: %v\n%s", err, out)
	}
	b.logf("%s", out)
	return run, nil
}

// measureBackfill backfills a file with planted clusters into an empty
// database, and (when the catalogue is loaded) into the catalogue.
func (b *bench) measureBackfill(ctx context.Context) error {
	dir, err := os.MkdirTemp("", "songbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	n := b.cfg.Backfill
	if b.cfg.Phases["backfill"] {
		empty := n
		if b.cfg.Catalogue != "" {
			if empty, err = b.measureCatalogueBackfill(ctx, dir); err != nil {
				return err
			}
		}
		if err := b.measureEmptyBackfill(ctx, dir, empty); err != nil {
			return err
		}
	}
	if b.db != nil {
		path2 := filepath.Join(dir, "catalogue2.jsonl")
		truth2, err := b.backfillFile(n, b.cfg.Seed+22+uint64(b.cfg.Run)*1000, 'y', path2)
		if err != nil {
			return err
		}
		run, err := b.runBackfill(ctx, b.cfg.DSN, path2)
		if err != nil {
			return err
		}
		rate := float64(len(truth2)) / run.elapsed.Seconds()
		p, r, err := pairwise(ctx, b.cfg.DSN, truth2)
		if err != nil {
			return err
		}
		b.res.set("backfill_loaded_rows_per_s", rate, fmt.Sprintf("%.0f rows/s into the %d-song catalogue", rate, b.cfg.Songs))
		b.res.set("backfill_loaded_pairwise_precision", p, fmt.Sprintf("%.4f", p))
		b.res.set("backfill_loaded_pairwise_recall", r, fmt.Sprintf("%.4f", r))
	}
	return nil
}

// measureEmptyBackfill backfills n rows with planted clusters into an
// empty database.
func (b *bench) measureEmptyBackfill(ctx context.Context, dir string, n int) error {
	path := filepath.Join(dir, "catalogue.jsonl")
	truth, err := b.backfillFile(n, b.cfg.Seed+21, 'b', path)
	if err != nil {
		return err
	}
	b.logf("backfill input: %d rows", len(truth))

	empty, err := mysql.ParseDSN(backfillDSN(b.cfg.DSN))
	if err != nil {
		return err
	}
	if err := dropDatabase(ctx, empty.FormatDSN()); err != nil {
		return err
	}
	if b.db == nil {
		// No catalogue was loaded (BENCH_PHASES=backfill): the buffer pool
		// must still hold what a million rows build.
		server := *empty
		server.DBName = ""
		db, err := sql.Open("mysql", server.FormatDSN())
		if err != nil {
			return err
		}
		b.ensureBufferPool(ctx, db)
		db.Close()
	}
	run, err := b.runBackfill(ctx, empty.FormatDSN(), path)
	if err != nil {
		return err
	}
	d := run.elapsed
	rate := float64(len(truth)) / d.Seconds()
	p, r, err := pairwise(ctx, empty.FormatDSN(), truth)
	if err != nil {
		return err
	}
	b.res.set("backfill_rows", float64(len(truth)), fmt.Sprint(len(truth)))
	b.res.set("backfill_rows_per_s", rate, fmt.Sprintf("%.0f rows/s into an empty database (%s, %d workers)", rate, d.Round(time.Second), b.cfg.Workers))
	run.perRow(b.res, "backfill_%s", len(truth))
	b.res.set("backfill_pairwise_precision", p, fmt.Sprintf("%.4f", p))
	b.res.set("backfill_pairwise_recall", r, fmt.Sprintf("%.4f", r))
	share, yield, err := reviewFigures(ctx, empty.FormatDSN(), truth)
	if err != nil {
		return err
	}
	b.res.set("backfill_review_share", share, fmt.Sprintf("%.4f of rows queued a review", share))
	b.res.set("backfill_review_yield", yield, fmt.Sprintf("%.4f of reviews are real duplicates (planted truth)", yield))
	return nil
}

// backfillDSN names the database of the empty-database backfill: the bench
// database's name with _backfill.
func backfillDSN(dsn string) string { return suffixedDSN(dsn, "_backfill") }

// suffixedDSN is dsn with suffix after its database's name.
func suffixedDSN(dsn, suffix string) string {
	c, err := mysql.ParseDSN(dsn)
	if err != nil {
		return dsn
	}
	c.DBName += suffix
	return c.FormatDSN()
}

// measureCatalogueBackfill backfills the catalogue export of
// BENCH_CATALOGUE into an empty database of its own (the bench database's
// name with _catalogue) and returns its rows.
func (b *bench) measureCatalogueBackfill(ctx context.Context, dir string) (int, error) {
	input, err := catalogueInput(b.cfg.Catalogue, dir)
	if err != nil {
		return 0, err
	}
	rows, err := exportRows(input)
	if err != nil {
		return 0, err
	}
	dsn := suffixedDSN(b.cfg.DSN, "_catalogue")
	if err := dropDatabase(ctx, dsn); err != nil {
		return 0, err
	}
	var flags []string
	if b.cfg.CatalogueMap != "" {
		flags = []string{"--map", b.cfg.CatalogueMap}
	}
	run, err := b.runBackfill(ctx, dsn, input, flags...)
	if err != nil {
		return 0, err
	}
	rate := float64(rows) / run.elapsed.Seconds()
	b.res.set("backfill_catalogue_rows", float64(rows), fmt.Sprint(rows))
	b.res.set("backfill_catalogue_rows_per_s", rate, fmt.Sprintf("%.0f rows/s of %s into an empty database (%s, %d workers)",
		rate, catalogueName(b.cfg.Catalogue), run.elapsed.Round(time.Millisecond), b.cfg.Workers))
	run.perRow(b.res, "backfill_catalogue_%s", rows)
	return rows, nil
}

// catalogueInput returns the export that BENCH_CATALOGUE names: its file,
// or for a comma list of files of one format, a file in dir holding their
// rows one after the other (a CSV file's header once, the first's).
func catalogueInput(files, dir string) (string, error) {
	paths := strings.Split(files, ",")
	if len(paths) == 1 {
		return files, nil
	}
	csv := strings.EqualFold(filepath.Ext(paths[0]), ".csv")
	var all []byte
	for i, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".csv") != csv {
			return "", fmt.Errorf("BENCH_CATALOGUE: %s and %s are not of one format", paths[0], p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return "", fmt.Errorf("BENCH_CATALOGUE: %w", err)
		}
		if csv && i > 0 {
			_, b, _ = bytes.Cut(b, []byte("\n")) // the header
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			b = append(b, '\n')
		}
		all = append(all, b...)
	}
	out := filepath.Join(dir, "catalogue-export"+filepath.Ext(paths[0]))
	return out, os.WriteFile(out, all, 0o644)
}

// catalogueName names BENCH_CATALOGUE's files by their base names.
func catalogueName(files string) string {
	var names []string
	for _, p := range strings.Split(files, ",") {
		names = append(names, filepath.Base(p))
	}
	return strings.Join(names, "+")
}

// exportRows counts the rows of a catalogue export: the records of a CSV
// file after its header, the lines of a JSON lines file that are not
// blank.
func exportRows(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("BENCH_CATALOGUE: %w", err)
	}
	defer f.Close()
	n := 0
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		r := csv.NewReader(f)
		r.FieldsPerRecord, r.ReuseRecord = -1, true
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				return 0, fmt.Errorf("BENCH_CATALOGUE: %w", err)
			}
			n++
		}
		return max(n-1, 0), nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			n++
		}
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("BENCH_CATALOGUE: %w", err)
	}
	return n, nil
}
