package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
)

// The record of the runs worth keeping: BENCH_RECORD=FILE appends each run
// to FILE (results.jsonl beside this file), and `songbench -results`
// renders RESULTS.md from it, so that the dated figures live beside the
// harness that made them, generated rather than written by hand.

const (
	recordsFile = "cmd/songbench/results.jsonl"
	resultsFile = "cmd/songbench/RESULTS.md"
)

// record is one run of the benchmark: when, on what, how, and the figures
// of the last line of its output.
type record struct {
	Date    string             `json:"date"` // YYYY-MM-DD
	Machine string             `json:"machine"`
	Command string             `json:"command"`
	Note    string             `json:"note,omitempty"`
	Figures map[string]float64 `json:"figures"`
}

// appendRecord adds this run to the file at path.
func appendRecord(path, server string, getenv func(string) string, figures map[string]float64) error {
	rec := record{
		Date:    time.Now().Format(time.DateOnly),
		Machine: machine(server),
		Command: command(getenv),
		Note:    getenv("BENCH_NOTE"),
		Figures: map[string]float64{},
	}
	for k, v := range figures {
		rec.Figures[k] = round(v)
	}
	line, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("BENCH_RECORD: %w", err)
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("BENCH_RECORD: %w", err)
	}
	return f.Close()
}

// serverOf describes the database server of dsn: its version and buffer
// pool.
func serverOf(ctx context.Context, dsn string) string {
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		return "unknown server"
	}
	cfg.DBName = ""
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return "unknown server"
	}
	defer db.Close()
	var version string
	var pool int64
	if err := db.QueryRowContext(ctx, "SELECT VERSION(), @@innodb_buffer_pool_size").Scan(&version, &pool); err != nil {
		return "unknown server"
	}
	name := "MySQL"
	if strings.Contains(strings.ToLower(version), "mariadb") {
		name = "MariaDB"
	}
	version, _, _ = strings.Cut(version, "-")
	return fmt.Sprintf("%s %s, innodb_buffer_pool_size %d MiB", name, version, pool>>20)
}

// machine describes this machine and the database server.
func machine(server string) string {
	desc := fmt.Sprintf("%d cores", runtime.NumCPU())
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				desc += " (" + strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":")) + ")"
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			desc += fmt.Sprintf(", %d GB", (kb+1<<19)>>20)
		}
	}
	return desc + "; " + server
}

// command is the command line of this run: the BENCH_* settings it had.
func command(getenv func(string) string) string {
	var parts []string
	for _, name := range []string{"BENCH_SONGS", "BENCH_PROFILE", "BENCH_QUERIES", "BENCH_SEED", "BENCH_BACKFILL_ROWS", "BENCH_BACKFILL_WORKERS",
		"BENCH_PHASES", "BENCH_POSTING_BUDGET", "BENCH_REUSE", "BENCH_RUN", "BENCH_NO_BRUTE", "BENCH_SERVER_ARGS", "BENCH_BACKFILL_ARGS",
		"BENCH_CATALOGUE", "BENCH_CATALOGUE_MAP"} {
		if v := getenv(name); v != "" {
			if strings.ContainsAny(v, " \t") {
				v = strconv.Quote(v)
			}
			parts = append(parts, name+"="+v)
		}
	}
	return strings.Join(append(parts, "make bench"), " ")
}

// readRecords reads the records of r, one JSON object a line.
func readRecords(r io.Reader) ([]record, error) {
	var recs []record
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		recs = append(recs, rec)
	}
	return recs, sc.Err()
}

// figureRow is how RESULTS.md shows a figure.
type figureRow struct {
	name, label string
	format      func(float64) string
}

// figureRows are the figures RESULTS.md shows, in its order; figures not
// listed follow under their own names.
var figureRows = []figureRow{
	{"songs", "songs in the catalogue", thousands},
	{"load_seconds", "catalogue load", unit("%.1f s")},
	{"load_rows_per_s", "catalogue load rate", rate("rows/s")},
	{"retrieval_p50_ms", "retrieval (top 10 candidates) p50", unit("%.2f ms")},
	{"retrieval_p95_ms", "retrieval p95", unit("%.2f ms")},
	{"retrieval_p99_ms", "retrieval p99", unit("%.2f ms")},
	{"retrieval_fulltext_per_query", "retrieval FULLTEXT searches per query", unit("%.3f")},
	{"retrieval_qps_c1", "retrieval queries/s at concurrency 1", rate("")},
	{"retrieval_qps_c8", "retrieval queries/s at concurrency 8", rate("")},
	{"retrieval_recall_at_10", "retrieval recall@10 against brute force", unit("%.4f")},
	{"brute_force_seconds", "the brute-force reference over every song", unit("%.0f s")},
	{"raw_match_p50_ms", "plain natural-language MATCH on the raw title, p50", unit("%.0f ms")},
	{"raw_match_p99_ms", "plain MATCH p99", unit("%.0f ms")},
	{"raw_match_recall_at_10", "plain MATCH recall@10", unit("%.3f")},
	{"retrieval_speedup_p99", "speed-up over plain MATCH at p99", unit("%.0fx")},
	{"submit_p50_ms_c1", "submit over HTTP, concurrency 1, p50", unit("%.2f ms")},
	{"submit_p99_ms_c1", "submit, concurrency 1, p99", unit("%.2f ms")},
	{"submit_p50_ms_c16", "submit, concurrency 16, p50", unit("%.1f ms")},
	{"submit_p99_ms_c16", "submit, concurrency 16, p99", unit("%.1f ms")},
	{"submit_rps_c16", "submits/s at concurrency 16 (half duplicates)", rate("")},
	{"submit_fulltext_per_submission", "submit: FULLTEXT searches per submission", unit("%.3f")},
	{"submit_rps_single_c1", "submits/s, 500 single requests at concurrency 1", rate("")},
	{"submit_rps_batch", "submits/s, 500 in one batch request", rate("")},
	{"batch_speedup", "batch over single requests, same run", unit("%.1fx")},
	{"search_p50_ms", "search over HTTP (GET /v1/songs?q=), p50", unit("%.2f ms")},
	{"search_p99_ms", "search p99", unit("%.2f ms")},
	{"submit_server_cpu_ms", "CPU per submit, server", unit("%.2f ms")},
	{"submit_db_cpu_ms", "CPU per submit, database", unit("%.2f ms")},
	{"server_rss_mb", "server RSS (peak)", unit("%.0f MB")},
	{"harness_rss_mb", "the harness's own RSS (peak)", unit("%.0f MB")},
	{"backfill_rows", "backfill rows", thousands},
	{"backfill_rows_per_s", "backfill into an empty database", rate("rows/s")},
	{"backfill_cpu_ms_per_row", "its CPU per row, the backfill", unit("%.3f ms")},
	{"backfill_db_cpu_ms_per_row", "its CPU per row, the database", unit("%.3f ms")},
	{"backfill_statements_per_row", "its statements per row, the database", unit("%.3f")},
	{"backfill_pairwise_precision", "its pairwise precision", unit("%.4f")},
	{"backfill_pairwise_recall", "its pairwise recall", unit("%.4f")},
	{"backfill_review_share", "its reviews per row", unit("%.4f")},
	{"backfill_review_yield", "its reviews that are real duplicates", unit("%.4f")},
	{"backfill_catalogue_rows", "catalogue export rows (BENCH_CATALOGUE)", thousands},
	{"backfill_catalogue_rows_per_s", "catalogue export backfill into an empty database", rate("rows/s")},
	{"backfill_catalogue_cpu_ms_per_row", "its CPU per row, the backfill", unit("%.3f ms")},
	{"backfill_catalogue_db_cpu_ms_per_row", "its CPU per row, the database", unit("%.3f ms")},
	{"backfill_catalogue_statements_per_row", "its statements per row, the database", unit("%.3f")},
	{"backfill_loaded_rows_per_s", "backfill into the catalogue", rate("rows/s")},
	{"backfill_loaded_pairwise_precision", "its pairwise precision", unit("%.4f")},
	{"backfill_loaded_pairwise_recall", "its pairwise recall", unit("%.4f")},
	{"read_song_p50_ms_c1", "GET a song, concurrency 1, p50", unit("%.2f ms")},
	{"read_song_p99_ms_c1", "GET a song, concurrency 1, p99", unit("%.2f ms")},
	{"read_song_p50_ms_c16", "GET a song, concurrency 16, p50", unit("%.2f ms")},
	{"read_song_p99_ms_c16", "GET a song, concurrency 16, p99", unit("%.2f ms")},
	{"read_video_p50_ms_c1", "GET a video, concurrency 1, p50", unit("%.2f ms")},
	{"read_video_p99_ms_c1", "GET a video, concurrency 1, p99", unit("%.2f ms")},
	{"read_video_p50_ms_c16", "GET a video, concurrency 16, p50", unit("%.2f ms")},
	{"read_video_p99_ms_c16", "GET a video, concurrency 16, p99", unit("%.2f ms")},
	{"read_song_rps_c1", "GETs of a song per second, concurrency 1", rate("")},
	{"read_song_server_cpu_ms_c1", "CPU per GET of a song, concurrency 1, server", unit("%.2f ms")},
	{"read_song_db_cpu_ms_c1", "CPU per GET of a song, concurrency 1, database", unit("%.2f ms")},
	{"read_song_db_conn_cpu_ms_c1", "CPU per GET of a song, concurrency 1, database threads of the bench's connections", unit("%.3f ms")},
	{"read_song_rps_c16", "GETs of a song per second, concurrency 16", rate("")},
	{"read_song_server_cpu_ms_c16", "CPU per GET of a song, concurrency 16, server", unit("%.2f ms")},
	{"read_song_db_cpu_ms_c16", "CPU per GET of a song, concurrency 16, database", unit("%.2f ms")},
	{"read_song_db_conn_cpu_ms_c16", "CPU per GET of a song, concurrency 16, database threads of the bench's connections", unit("%.3f ms")},
	{"read_video_rps_c1", "GETs of a video per second, concurrency 1", rate("")},
	{"read_video_server_cpu_ms_c1", "CPU per GET of a video, concurrency 1, server", unit("%.2f ms")},
	{"read_video_db_cpu_ms_c1", "CPU per GET of a video, concurrency 1, database", unit("%.2f ms")},
	{"read_video_db_conn_cpu_ms_c1", "CPU per GET of a video, concurrency 1, database threads of the bench's connections", unit("%.3f ms")},
	{"read_video_rps_c16", "GETs of a video per second, concurrency 16", rate("")},
	{"read_video_server_cpu_ms_c16", "CPU per GET of a video, concurrency 16, server", unit("%.2f ms")},
	{"read_video_db_cpu_ms_c16", "CPU per GET of a video, concurrency 16, database", unit("%.2f ms")},
	{"read_video_db_conn_cpu_ms_c16", "CPU per GET of a video, concurrency 16, database threads of the bench's connections", unit("%.3f ms")},
	{"read_reviews_score_first_p50_ms_c1", "GET the review queue by score, first page, p50", unit("%.2f ms")},
	{"read_reviews_score_first_p99_ms_c1", "GET the review queue by score, first page, p99", unit("%.2f ms")},
	{"read_reviews_score_deep_p50_ms_c1", "GET the review queue by score, deep page, p50", unit("%.2f ms")},
	{"read_reviews_score_deep_p99_ms_c1", "GET the review queue by score, deep page, p99", unit("%.2f ms")},
	{"read_reviews_plays_first_p50_ms_c1", "GET the review queue by plays, first page, p50", unit("%.2f ms")},
	{"read_reviews_plays_first_p99_ms_c1", "GET the review queue by plays, first page, p99", unit("%.2f ms")},
	{"read_reviews_plays_deep_p50_ms_c1", "GET the review queue by plays, deep page, p50", unit("%.2f ms")},
	{"read_reviews_plays_deep_p99_ms_c1", "GET the review queue by plays, deep page, p99", unit("%.2f ms")},
	{"read_reviews_oldest_first_p50_ms_c1", "GET the review queue oldest first, first page, p50", unit("%.2f ms")},
	{"read_reviews_oldest_first_p99_ms_c1", "GET the review queue oldest first, first page, p99", unit("%.2f ms")},
	{"read_reviews_oldest_deep_p50_ms_c1", "GET the review queue oldest first, deep page, p50", unit("%.2f ms")},
	{"read_reviews_oldest_deep_p99_ms_c1", "GET the review queue oldest first, deep page, p99", unit("%.2f ms")},
	{"catalogue_titles_shared", "distinct songs of the catalogue sharing a title", unit("%.4f")},
	{"catalogue_titles_shared_small", "the same among its first songs, as many as the real sample's", unit("%.4f")},
	{"real_titles_shared_small", "the same among the real songs of the generator (iTunes, ~3,000)", unit("%.4f")},
	{"backfill_titles_shared", "distinct songs of the backfill sharing a title", unit("%.4f")},
	{"backfill_titles_shared_small", "the same among its first songs, as many as the real sample's", unit("%.4f")},
}

func unit(format string) func(float64) string {
	return func(v float64) string { return fmt.Sprintf(format, v) }
}

func rate(u string) func(float64) string {
	return func(v float64) string { return strings.TrimSpace(thousands(v) + " " + u) }
}

// thousands writes v rounded, with thousands separators.
func thousands(v float64) string {
	s := strconv.FormatInt(int64(v+0.5), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// renderResults writes RESULTS.md for recs: the newest first, each with its
// machine, its command and a table of its figures.
func renderResults(w io.Writer, recs []record) error {
	var b strings.Builder
	b.WriteString(`# Benchmark results

Runs of ` + "`make bench`" + ` (cmd/songbench) worth keeping, newest first. This file is generated:
` + "`go run ./cmd/songbench -results`" + ` renders it from results.jsonl, and
` + "`BENCH_RECORD=cmd/songbench/results.jsonl BENCH_NOTE='what it is for' make bench`" + ` adds a run
to that file. Runs on different days do not compare, even on the same kind of machine: compare
the runs of one day, or builds run alternately on one catalogue.
`)
	// Runs of one day are numbered in the order they were recorded.
	type run struct {
		record
		n, of int
	}
	perDay := map[string]int{}
	runs := make([]run, len(recs))
	for i, rec := range recs {
		perDay[rec.Date]++
		runs[i] = run{record: rec, n: perDay[rec.Date]}
	}
	for i := range runs {
		runs[i].of = perDay[runs[i].Date]
	}
	slices.SortStableFunc(runs, func(a, b run) int {
		if c := cmp.Compare(b.Date, a.Date); c != 0 {
			return c
		}
		return cmp.Compare(b.n, a.n)
	})
	known := map[string]bool{}
	for _, f := range figureRows {
		known[f.name] = true
	}
	for _, rec := range runs {
		if rec.of > 1 {
			fmt.Fprintf(&b, "\n## %s, run %d\n\n", rec.Date, rec.n)
		} else {
			fmt.Fprintf(&b, "\n## %s\n\n", rec.Date)
		}
		fmt.Fprintf(&b, "%s. `%s`\n", rec.Machine, rec.Command)
		if rec.Note != "" {
			fmt.Fprintf(&b, "\n%s\n", rec.Note)
		}
		b.WriteString("\n| figure | value |\n|---|---|\n")
		for _, f := range figureRows {
			if v, ok := rec.Figures[f.name]; ok {
				fmt.Fprintf(&b, "| %s | %s |\n", f.label, f.format(v))
			}
		}
		var others []string
		for name := range rec.Figures {
			if !known[name] {
				others = append(others, name)
			}
		}
		slices.Sort(others)
		for _, name := range others {
			fmt.Fprintf(&b, "| `%s` | %s |\n", name, strconv.FormatFloat(rec.Figures[name], 'g', -1, 64))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeResults renders the records of in into out.
func writeResults(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := readRecords(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var b bytes.Buffer
	if err := renderResults(&b, recs); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}
