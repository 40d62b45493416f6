// Command songbench is the benchmark harness of songdedup (`make bench`).
//
// It generates a synthetic catalogue deterministically by seed, loads it
// into a database of its own, and measures retrieval (against a plain
// natural-language MATCH on the raw title and against a brute-force
// reference that scores every song), the submit endpoint of the real
// binary over HTTP, and the backfill. It prints a table, then as its last
// line one JSON object with every figure.
//
// Environment:
//
//   - BENCH_SONGS: catalogue size (default 1,000,000);
//   - BENCH_PROFILE: the catalogue's generator, hard (the default) or
//     classic. hard has what makes real catalogues hard: many artists
//     sharing one-word and common-word titles, track-only uploads on
//     channels that are not the artist's (of a track no other artist's
//     song has: otherwise no one could tell whose it is), artists named by
//     a common word, a long tail of artists with a song or two; one-word
//     tracks are words that end real titles, never "Of" or "The", and no
//     artist is credited on two songs whose titles read alike; classic
//     is the generator of the runs recorded before it, kept to compare
//     with them;
//   - BENCH_QUERIES: retrieval queries (default 300); BENCH_SEED;
//   - BENCH_BACKFILL_ROWS: rows of the backfill phase (default BENCH_SONGS);
//   - BENCH_BACKFILL_WORKERS: backfill workers (default 4, twice the cores
//     of the machines it was tuned on);
//   - BENCH_BINARY: the songdedup binary (default bin/songdedup);
//   - BENCH_PHASES: comma list of retrieval, submit, backfill, loaded,
//     reads (default retrieval,submit,backfill,reads; loaded backfills into
//     the catalogue only, without the empty-database run; reads measures
//     GET of songs, videos and the review queue at concurrency 1 and 16
//     (latency, reads/s, CPU per read in the server and the database) on
//     the catalogue, or on the backfilled database when none was loaded;
//     with BENCH_REUSE, reads alone read the catalogue an earlier run left);
//   - BENCH_REUSE: keep a bench database already loaded with the same
//     catalogue (and the songs earlier submit phases added);
//   - BENCH_RUN: a number that draws a new set of submissions, so that the
//     submit phase can run again on a reused catalogue;
//   - BENCH_NO_BRUTE: skip the brute-force reference; BENCH_BRUTE_QUERIES:
//     judge only the first queries against it (recall over them; every
//     query is timed); BENCH_NO_RAW: skip the plain MATCH on the raw title
//     (its index takes long at ten million songs); BENCH_DEBUG: print
//     every retrieval miss with the song the brute force found, and the
//     slowest one percent of the queries (at least three) with the terms
//     their plan reads and those terms' document frequencies;
//   - BENCH_WAIT: before each timed phase, wait while another songbench
//     process runs (and is not stopped) on the machine;
//   - BENCH_BUFFER_POOL_MB: raise InnoDB's buffer pool to this when it is
//     smaller (default 2048; a global setting of the server);
//   - BENCH_POSTING_BUDGET: the store's posting budget in the retrieval
//     phase; pass --posting-budget in BENCH_SERVER_ARGS for the submit
//     phase and in BENCH_BACKFILL_ARGS for the backfill; BENCH_MAX_POSTINGS:
//     the store's MaxPostings in the retrieval phase (the most songs the
//     rarest term of a FULLTEXT search may match);
//   - BENCH_CATALOGUE=FILE: a catalogue export (CSV or JSON lines, as
//     `songdedup backfill` reads it; BENCH_CATALOGUE_MAP its --map) that the
//     backfill phase also backfills into an empty database of its own,
//     with as many generated uploads as it has rows beside it, so that the
//     two rates are of one run and one row count
//     (backfill_catalogue_rows_per_s beside backfill_rows_per_s), each with
//     the CPU a row costs the backfill and the database and the statements
//     a row sends it (the database's figures count what other clients ask
//     of it meanwhile); a comma list of files
//     of one format is backfilled as one export (a CSV file's header once);
//   - BENCH_WRITE_BACKFILL=FILE: only write the backfill input and stop;
//   - BENCH_RECORD=FILE: append the run to FILE (cmd/songbench/results.jsonl),
//     with BENCH_NOTE as its note; `songbench -results` renders RESULTS.md;
//   - BENCH_DATABASE: the bench database (default songdedup_bench_ and a
//     hash of the working directory, so that runs from two checkouts on
//     one server do not share a database; the empty-database backfill uses
//     the same name with _backfill);
//   - SONGDEDUP_MYSQL_DSN: the server (its database name is replaced).
//
// The harness streams the catalogue: it keeps the recordings (the
// queries and submissions draw from them) and the token statistics in
// memory, some 300 bytes a song, and renders and normalizes the uploads
// chunk by chunk, the same on every pass (the same seed gives the catalogue
// the harness once held whole). Its peak resident set is 3.1 GB at a
// million songs, most of it the garbage of normalizing; at ten million,
// give it a Go memory limit (GOMEMLIMIT=11GiB held it at 11 GB beside a
// 6 GiB buffer pool on a machine of 24 GB). One pass loads the rows: on
// two busy cores 3 to 6 minutes a million songs, besides the FULLTEXT
// index built after them. The brute-force reference is another pass,
// which every core scores a share of, after the timed phases. It costs
// about 3.7 µs a score: 300 queries take 18 minutes at a million songs,
// and at ten million 100 queries (BENCH_BRUTE_QUERIES) take an hour. A run
// stopped (SIGINT, SIGTERM) during the brute force still prints and
// records the figures it timed, without recall.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/store"
)

// options are songbench's command-line flags; the run itself is set by
// BENCH_* variables.
type options struct {
	results bool
	in, out string
}

// parseFlags reads args on a flag set of songbench's own, so that a
// dependency registering flags on the process-wide set (the Han converter's
// dictionary folder) never shows up as a songbench flag.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	flags := flag.NewFlagSet("songbench", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.BoolVar(&o.results, "results", false, "render "+resultsFile+" from "+recordsFile+" and stop")
	flags.StringVar(&o.in, "in", recordsFile, "the recorded runs (with -results)")
	flags.StringVar(&o.out, "out", resultsFile, "the page to write (with -results)")
	if err := flags.Parse(args); err != nil {
		return o, err
	}
	if flags.NArg() > 0 {
		err := fmt.Errorf("songbench takes no arguments (got %q); set BENCH_* variables", flags.Arg(0))
		fmt.Fprintln(stderr, err)
		return o, err
	}
	return o, nil
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		os.Exit(2)
	}
	if opts.results {
		if err := writeResults(opts.in, opts.out); err != nil {
			fmt.Fprintln(os.Stderr, "songbench:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "songbench:", err)
		os.Exit(1)
	}
}

// config is the harness configuration, from the environment.
type config struct {
	Songs    int
	Queries  int
	Seed     uint64
	DSN      string // server DSN with the bench database name
	Phases   map[string]bool
	Binary   string // songdedup binary for the submit and backfill phases
	Backfill int    // rows of the backfill phase
	Workers  int    // backfill workers
	Debug    bool   // print every retrieval miss and the slowest queries
	Reuse    bool   // keep a bench database that already holds the catalogue
	Run      int    // draws new submissions for a submit phase on a reused catalogue
	// Retrieval tunes the store of the retrieval phase (BENCH_POSTING_BUDGET,
	// BENCH_MAX_POSTINGS).
	Retrieval store.RetrievalOptions
	NoBrute   bool // skip the brute-force reference (latency only)
	// BruteQueries are the queries the brute force judges, the first
	// ones (BENCH_BRUTE_QUERIES, default every query).
	BruteQueries int
	NoRaw        bool   // skip the raw-title MATCH reference (BENCH_NO_RAW)
	Wait         bool   // wait for other songbench runs before a timed phase (BENCH_WAIT)
	BufferPoolMB int    // the least InnoDB buffer pool of the run (BENCH_BUFFER_POOL_MB)
	Profile      string // the generator's profile: profileHard or profileClassic
	// Catalogue is a catalogue export the backfill phase backfills beside
	// as many generated uploads (BENCH_CATALOGUE), with CatalogueMap as its
	// --map (BENCH_CATALOGUE_MAP).
	Catalogue, CatalogueMap string
}

func loadConfig(getenv func(string) string) (config, error) {
	c := config{Songs: 1_000_000, Queries: 300, Seed: 42, Phases: map[string]bool{}}
	intVar := func(name string, dst *int, min int) error {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
			if err != nil || n < min {
				return fmt.Errorf("%s=%q: want an integer of at least %d", name, v, min)
			}
			*dst = n
		}
		return nil
	}
	if err := intVar("BENCH_SONGS", &c.Songs, 100); err != nil {
		return c, err
	}
	if err := intVar("BENCH_QUERIES", &c.Queries, 10); err != nil {
		return c, err
	}
	c.Backfill = c.Songs
	c.BruteQueries = c.Queries
	if err := intVar("BENCH_BRUTE_QUERIES", &c.BruteQueries, 1); err != nil {
		return c, err
	}
	if err := intVar("BENCH_BACKFILL_ROWS", &c.Backfill, 100); err != nil {
		return c, err
	}
	c.Workers = 4
	if err := intVar("BENCH_BACKFILL_WORKERS", &c.Workers, 1); err != nil {
		return c, err
	}
	if err := intVar("BENCH_POSTING_BUDGET", &c.Retrieval.PostingBudget, 0); err != nil {
		return c, err
	}
	if err := intVar("BENCH_MAX_POSTINGS", &c.Retrieval.MaxPostings, 0); err != nil {
		return c, err
	}
	if err := intVar("BENCH_RUN", &c.Run, 0); err != nil {
		return c, err
	}
	if v := getenv("BENCH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return c, fmt.Errorf("BENCH_SEED=%q: want a non-negative integer", v)
		}
		c.Seed = n
	}
	dsn := getenv("SONGDEDUP_MYSQL_DSN")
	if dsn == "" {
		dsn = "root@tcp(127.0.0.1:3306)/songdedup"
	}
	mc, err := mysql.ParseDSN(dsn)
	if err != nil {
		return c, fmt.Errorf("SONGDEDUP_MYSQL_DSN: %w", err)
	}
	mc.DBName = getenv("BENCH_DATABASE")
	if mc.DBName == "" {
		mc.DBName = defaultBenchDatabase()
	}
	c.DSN = mc.FormatDSN()
	phases := getenv("BENCH_PHASES")
	if phases == "" {
		phases = "retrieval,submit,backfill,reads"
	}
	for _, p := range strings.Split(phases, ",") {
		switch p = strings.TrimSpace(p); p {
		case "retrieval", "submit", "backfill", "loaded", "reads":
			c.Phases[p] = true
		case "":
		default:
			return c, fmt.Errorf("BENCH_PHASES: unknown phase %q (want retrieval, submit, backfill, loaded, reads)", p)
		}
	}
	switch c.Profile = getenv("BENCH_PROFILE"); c.Profile {
	case "":
		c.Profile = profileHard
	case profileHard, profileClassic:
	default:
		return c, fmt.Errorf("BENCH_PROFILE=%q: want %s or %s", c.Profile, profileHard, profileClassic)
	}
	c.Debug = getenv("BENCH_DEBUG") != ""
	c.Reuse = getenv("BENCH_REUSE") != ""
	c.NoBrute = getenv("BENCH_NO_BRUTE") != ""
	c.NoRaw = getenv("BENCH_NO_RAW") != ""
	c.Wait = getenv("BENCH_WAIT") != ""
	c.BufferPoolMB = 2048
	if err := intVar("BENCH_BUFFER_POOL_MB", &c.BufferPoolMB, 128); err != nil {
		return c, err
	}
	c.Catalogue, c.CatalogueMap = getenv("BENCH_CATALOGUE"), getenv("BENCH_CATALOGUE_MAP")
	c.Binary = getenv("BENCH_BINARY")
	if c.Binary == "" {
		c.Binary = "bin/songdedup"
	}
	return c, nil
}

// results collects every figure; the JSON line uses the names
// cmd/songdedup/REFERENCE.md lists for make bench.
type results struct {
	figures map[string]float64
	rows    [][2]string
}

func (r *results) set(name string, v float64, display string) {
	if r.figures == nil {
		r.figures = map[string]float64{}
	}
	r.figures[name] = v
	r.rows = append(r.rows, [2]string{name, display})
}

func (r *results) print(w io.Writer) {
	width := 0
	for _, row := range r.rows {
		width = max(width, len(row[0]))
	}
	fmt.Fprintf(w, "\n%-*s  %s\n", width, "figure", "value")
	fmt.Fprintf(w, "%s  %s\n", strings.Repeat("-", width), strings.Repeat("-", 24))
	for _, row := range r.rows {
		fmt.Fprintf(w, "%-*s  %s\n", width, row[0], row[1])
	}
	keys := make([]string, 0, len(r.figures))
	for k := range r.figures {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	obj := make(map[string]float64, len(keys))
	for _, k := range keys {
		obj[k] = round(r.figures[k])
	}
	b, _ := json.Marshal(obj)
	fmt.Fprintln(w, string(b))
}

func round(v float64) float64 {
	if v == 0 {
		return 0
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 5, 64), 64)
	return f
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func run(ctx context.Context, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	logf := func(format string, args ...any) {
		fmt.Fprintf(stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
	}
	var res results
	b := &bench{cfg: cfg, logf: logf, res: &res}
	defer b.close()
	if path := getenv("BENCH_WRITE_BACKFILL"); path != "" {
		// Only write the backfill input (for manual runs) and stop.
		truth, err := b.backfillFile(cfg.Backfill, cfg.Seed+21, 'b', path)
		if err != nil {
			return err
		}
		logf("wrote %d rows to %s", len(truth), path)
		return nil
	}
	// The reads of a reused catalogue need it (BENCH_REUSE=1
	// BENCH_PHASES=reads reads the catalogue an earlier run left).
	if cfg.Phases["retrieval"] || cfg.Phases["submit"] || cfg.Phases["loaded"] || (cfg.Phases["reads"] && cfg.Reuse) {
		if err := b.loadCatalog(ctx); err != nil {
			return err
		}
	}
	if cfg.Phases["retrieval"] {
		if err := b.waitForOthers(ctx); err != nil {
			return err
		}
		if err := b.measureRetrieval(ctx); err != nil {
			return err
		}
	}
	if cfg.Phases["submit"] {
		if err := b.waitForOthers(ctx); err != nil {
			return err
		}
		if err := b.measureSubmit(ctx); err != nil {
			return err
		}
	}
	if err := b.judgeRetrieval(ctx); err != nil {
		if ctx.Err() == nil {
			return err
		}
		// Stopped during the brute force, which takes an hour at ten
		// million songs: the timed figures are measured, only recall is
		// not. Print and record them before giving up.
		logf("stopped before the brute force ended: the figures below have no recall")
		if err := b.report(context.WithoutCancel(ctx), getenv, stdout); err != nil {
			return err
		}
		return fmt.Errorf("brute force: %w", err)
	}
	if cfg.Phases["backfill"] || cfg.Phases["loaded"] {
		if err := b.measureBackfill(ctx); err != nil {
			return err
		}
	}
	if cfg.Phases["reads"] {
		// The reads of the catalogue with what the phases before added,
		// or of the database the backfill filled when none was loaded.
		dsn := cfg.DSN
		if b.db == nil {
			dsn = backfillDSN(cfg.DSN)
		}
		if err := b.measureReads(ctx, dsn); err != nil {
			return err
		}
	}
	return b.report(ctx, getenv, stdout)
}

// report prints the figures of the run and, with BENCH_RECORD, records it.
func (b *bench) report(ctx context.Context, getenv func(string) string, stdout io.Writer) error {
	if _, peak := rssMB(os.Getpid()); peak > 0 {
		b.res.set("harness_rss_mb", peak, fmt.Sprintf("%.0f MB (peak resident set of the harness)", peak))
	}
	b.res.print(stdout)
	if path := getenv("BENCH_RECORD"); path != "" {
		if err := appendRecord(path, serverOf(ctx, b.cfg.DSN), getenv, b.res.figures); err != nil {
			return err
		}
		b.logf("recorded the run in %s; go run ./cmd/songbench -results renders %s", path, resultsFile)
	}
	return nil
}

// defaultBenchDatabase names the bench database after the working
// directory: one checkout reuses its own catalogue (BENCH_REUSE), and two
// checkouts benchmarking on one server never drop each other's.
func defaultBenchDatabase() string {
	dir, _ := os.Getwd()
	h := fnv.New32a()
	h.Write([]byte(dir))
	return fmt.Sprintf("songdedup_bench_%08x", h.Sum32())
}

// waitForOthers waits, with BENCH_WAIT, while another songbench process
// runs on this machine: two runs on the same cores time each other.
func (b *bench) waitForOthers(ctx context.Context) error {
	if !b.cfg.Wait {
		return nil
	}
	for logged := false; ; logged = true {
		others := otherBenches()
		if len(others) == 0 {
			return nil
		}
		if !logged {
			b.logf("waiting for songbench processes %v to end (BENCH_WAIT)", others)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}

// otherBenches are the other songbench processes running a benchmark and
// not stopped (SIGSTOP): a stopped one uses no core.
func otherBenches() []int {
	entries, _ := os.ReadDir("/proc")
	var out []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil {
			continue
		}
		args := strings.Split(strings.TrimRight(string(raw), "\x00"), "\x00")
		if filepath.Base(args[0]) == "songbench" && !slices.Contains(args, "-results") && !stopped(pid) {
			out = append(out, pid)
		}
	}
	return out
}

// stopped reports whether process pid is stopped (state T in /proc).
func stopped(pid int) bool {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	_, rest, ok := strings.Cut(string(raw), ") ")
	return ok && strings.HasPrefix(rest, "T")
}
