package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/dryrun"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

const backfillUsage = `usage: songdedup backfill --input FILE [flags]

Dedups a catalogue file into the database through the same normalization,
retrieval, scoring, guards and curator memory as the service. The input is
JSON lines or CSV with a header (video_id or url, title, channel, artist,
plays, likes, duration_seconds), read as a stream.

Idempotent: a second run over the same file changes nothing (every row is
'existing'). Resumable: each row's outcome is recorded in the same
transaction as its writes, so after a crash running the same command again
finishes the job. Exit status 0 when every row was processed, 1 when any
row failed (the report says which and why), 2 on bad usage.

Flags (each also from SONGDEDUP_<FLAG>):
`

// backfillConfig is every setting of 'songdedup backfill'.
type backfillConfig struct {
	Input    string
	Format   string
	Workers  int
	DryRun   bool
	Report   string
	Progress string
	DB       dbConfig
	Log      logConfig
	Th       *score.Thresholds
}

func (c *backfillConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.Input, "input", "", "catalogue file to backfill (.jsonl or .csv)")
	fs.StringVar(&c.Format, "format", "", "input format: jsonl or csv (default: from the file extension)")
	fs.IntVar(&c.Workers, "workers", runtime.NumCPU(), "rows processed at once")
	fs.BoolVar(&c.DryRun, "dry-run", false, "decide every row, duplicates within the file included, and write nothing")
	fs.StringVar(&c.Report, "report", "", "write one JSON line per input row to this file")
	fs.StringVar(&c.Progress, "progress", "auto", "progress display: auto (a bar on a terminal, log lines otherwise), bar, log, none")
	c.DB.register(fs, true)
	c.Log.register(fs)
	c.Th = thresholdFlags(fs)
}

func (c *backfillConfig) validate() error {
	if c.Input == "" {
		return usagef("--input is required")
	}
	if c.Format == "" {
		switch strings.ToLower(filepath.Ext(c.Input)) {
		case ".jsonl", ".ndjson", ".json":
			c.Format = "jsonl"
		case ".csv":
			c.Format = "csv"
		default:
			return usagef("--format: cannot tell the format of %q from its extension; give --format jsonl or csv", c.Input)
		}
	}
	if c.Format != "jsonl" && c.Format != "csv" {
		return usagef("--format must be jsonl or csv, got %q", c.Format)
	}
	if c.Workers < 1 || c.Workers > 256 {
		return usagef("--workers must be between 1 and 256, got %d", c.Workers)
	}
	switch c.Progress {
	case "auto", "bar", "log", "none":
	default:
		return usagef("--progress must be auto, bar, log or none, got %q", c.Progress)
	}
	if err := checkThresholds(*c.Th); err != nil {
		return err
	}
	return c.DB.validate()
}

func runBackfill(ctx context.Context, args []string, env environment) error {
	var cfg backfillConfig
	fs := flag.NewFlagSet("songdedup backfill", flag.ContinueOnError)
	cfg.flags(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), backfillUsage)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args, env); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("backfill takes no arguments, got %q (use --input)", fs.Args())
	}
	if err := cfg.validate(); err != nil {
		return err
	}
	log, err := cfg.Log.logger(env.stderr)
	if err != nil {
		return err
	}
	if env.getenv("GOGC") == "" {
		// The live heap is a few batches, whatever the file size: the
		// collector may let garbage grow to four times it before running
		// (30,000 rows: 0.43 -> 0.38 ms of backfill CPU per row), and a
		// soft limit keeps that bounded.
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(512 << 20)
	}
	fingerprint, rows, err := fingerprintFile(cfg.Input)
	if err != nil {
		return err
	}
	migrate := !cfg.DB.NoMigrate && !cfg.DryRun // a dry run writes nothing, schema included
	db, err := store.Open(ctx, cfg.DB.DSN, store.Options{Logger: log, MaxOpenConns: max(cfg.DB.MaxConns, 2*cfg.Workers+4), Retrieval: store.RetrievalOptions{PostingBudget: cfg.DB.PostingBudget},
		CreateDatabase: migrate})
	if err != nil {
		return fmt.Errorf("opening database: %w", err)
	}
	defer db.Close()
	if migrate {
		if err := db.MigrateUp(ctx); err != nil {
			return err
		}
	}
	if err := db.Ready(ctx); err != nil {
		return fmt.Errorf("database not ready for a backfill: %w", err)
	}

	b := &backfill{cfg: cfg, log: log, env: env, total: rows}
	stores := dedup.Stores{Submit: db, Outcomes: db}
	var dry *dryrun.Store
	if cfg.DryRun {
		dry = dryrun.New(db)
		stores = dedup.Stores{Submit: dry, Outcomes: dry}
	} else {
		release, err := db.LockJob(ctx, fingerprint)
		if err != nil {
			return err
		}
		defer release()
		job, err := db.StartJob(ctx, fingerprint, absPath(cfg.Input), rows)
		if err != nil {
			return err
		}
		b.job = job.ID
		if job.Resumed {
			if b.done, err = db.DoneLines(ctx, job.ID); err != nil {
				return err
			}
			log.Info("resuming backfill job", "job", job.ID, "rows_done", len(b.done), "rows", rows)
		}
	}
	b.svc = dedup.NewService(stores, dedup.ServiceOptions{Thresholds: *cfg.Th, Logger: log})

	start := time.Now()
	if err := b.run(ctx); err != nil {
		return err
	}
	if !cfg.DryRun {
		// Songs whose reconciliation was cut short by a crash of an earlier
		// run (or of a live replica) are checked now.
		for {
			n, err := b.svc.ReconcilePending(ctx, 0, 500)
			if err != nil {
				return fmt.Errorf("reconciling: %w", err)
			}
			if n < 500 {
				break
			}
		}
		if err := db.FinishJob(ctx, b.job); err != nil {
			return err
		}
	}
	elapsed := time.Since(start)
	if cfg.Report != "" {
		if err := b.writeReport(ctx, db, dry); err != nil {
			return err
		}
	}
	b.summary(elapsed)
	if n := b.counts[decError].Load(); n > 0 {
		return fmt.Errorf("%d of %d rows failed (see the report for each reason)", n, b.processed.Load()+int64(len(b.done)))
	}
	return nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// fingerprintFile hashes the file (a job is one file's content) and counts
// its lines for the progress display.
func fingerprintFile(path string) (string, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, fmt.Errorf("--input: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	lines := 0
	buf := make([]byte, 1<<20)
	last := byte('\n')
	for {
		n, err := f.Read(buf)
		h.Write(buf[:n])
		for _, c := range buf[:n] {
			if c == '\n' {
				lines++
			}
		}
		if n > 0 {
			last = buf[n-1]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", 0, fmt.Errorf("reading %s: %w", path, err)
		}
	}
	if last != '\n' {
		lines++
	}
	return hex.EncodeToString(h.Sum(nil)), lines, nil
}

// Decisions counted by the backfill.
const (
	decCreated = iota
	decMerged
	decReview
	decExisting
	decError
	numDecisions
)

var decisionNames = [numDecisions]string{"created", "merged", "review", "existing", "error"}

func decisionIndex(d string) int {
	for i, n := range decisionNames {
		if n == d {
			return i
		}
	}
	return decError
}

// backfill is one run.
type backfill struct {
	cfg   backfillConfig
	log   *slog.Logger
	env   environment
	svc   *dedup.Service
	job   int64
	done  map[int]bool // lines finished by an earlier run of the job
	total int

	processed atomic.Int64
	counts    [numDecisions]atomic.Int64
}

// inputRow is one parsed input row.
type inputRow struct {
	line  int
	sub   dedup.Submission
	err   error        // the row could not be read
	title *title.Title // the normalized title, from routing
}

// run reads the input and feeds the workers. Rows go to workers by a coarse
// key of their track (see route), so the variants of one song are decided
// one after the other by one worker, which sees the songs its earlier rows
// created; each worker decides and writes rows in batches.
func (b *backfill) run(ctx context.Context) error {
	f, err := os.Open(b.cfg.Input)
	if err != nil {
		return fmt.Errorf("--input: %w", err)
	}
	defer f.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	queues := make([]chan inputRow, b.cfg.Workers)
	var wg sync.WaitGroup
	errc := make(chan error, b.cfg.Workers)
	for i := range queues {
		// A worker's queue holds a few batches: the reader, blocked on one
		// full queue, leaves the others' batches half empty otherwise
		// (with room for one batch, batches of 64 rows held 42 on average).
		queues[i] = make(chan inputRow, 4*batchSize)
		wg.Add(1)
		go func(q chan inputRow) {
			defer wg.Done()
			for row := range q {
				batch := []inputRow{row}
			fill:
				for len(batch) < batchSize {
					select {
					case r, ok := <-q:
						if !ok {
							break fill
						}
						batch = append(batch, r)
					default:
						break fill
					}
				}
				if err := b.process(ctx, batch); err != nil {
					errc <- err
					cancel()
					for range q {
					}
					return
				}
			}
		}(queues[i])
	}
	stopProgress := b.startProgress(ctx)
	readErr := readRows(f, b.cfg.Format, func(row inputRow) bool {
		if b.done[row.line] {
			return ctx.Err() == nil
		}
		q := queues[b.route(&row)]
		select {
		case q <- row:
			return true
		case <-ctx.Done():
			return false
		}
	})
	for _, q := range queues {
		close(q)
	}
	wg.Wait()
	stopProgress()
	close(errc)
	if err := <-errc; err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// batchSize bounds the rows a worker decides and writes in one transaction.
// Each batch costs about twenty statements whatever its size (videos,
// term statistics, candidates, the write, reconciliation): 20,000 rows
// into the million-song catalogue took 8,505 statements in batches of 64
// (42 rows on average) and 4,129 in batches of 128 (110), with the same
// decisions (pairwise precision 0.998-0.999, recall 0.978-0.980, 100,000
// rows).
const batchSize = 128

// route picks a row's worker by the first letters of the longest word of its
// normalized track: the variants of a song agree on it whatever their
// artist credit, decoration or a typo late in a word, so they meet in one
// worker, in order.
//
// The normalized title is kept in row, so that deciding it does not
// normalize it again.
func (b *backfill) route(row *inputRow) int {
	if row.err != nil {
		return row.line % b.cfg.Workers
	}
	t := title.Normalize(title.Input{Title: row.sub.Title, Channel: row.sub.Channel, Artist: row.sub.Artist})
	row.title = &t
	key := t.Track
	for _, tok := range t.TrackTokens {
		if len(tok) > len(key) || key == t.Track {
			key = tok
		}
	}
	if len(key) > 4 {
		key = key[:4]
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(b.cfg.Workers))
}

// process decides a batch of rows. Row-level problems are recorded as error
// rows; only failures of the database itself stop the run.
func (b *backfill) process(ctx context.Context, rows []inputRow) error {
	decidedBy := fmt.Sprintf("backfill:%d", b.job)
	if b.cfg.DryRun {
		decidedBy = "backfill:dry-run"
	}
	var items []dedup.BatchItem
	for _, row := range rows {
		rec := &dedup.RowOutcome{JobID: b.job, Line: row.line}
		if row.err != nil {
			rec.Decision, rec.Error = "error", row.err.Error()
			if err := b.svc.RecordOutcome(ctx, *rec); err != nil {
				return err
			}
			b.count("error")
			continue
		}
		items = append(items, dedup.BatchItem{Sub: row.sub, Rec: rec, Normalized: row.title})
	}
	if len(items) == 0 {
		return nil
	}
	results, err := b.svc.SubmitBatch(ctx, items, decidedBy)
	if err != nil {
		return fmt.Errorf("lines %d-%d: %w", rows[0].line, rows[len(rows)-1].line, err)
	}
	for _, r := range results {
		if r.Err != nil {
			b.count("error")
		} else {
			b.count(r.Outcome.Decision)
		}
	}
	return nil
}

func (b *backfill) count(decision string) {
	b.counts[decisionIndex(decision)].Add(1)
	b.processed.Add(1)
}

// readRows streams the input, calling fn for every row with its line
// number (the header of a CSV file is line 1) until fn returns false.
func readRows(r io.Reader, format string, fn func(inputRow) bool) error {
	if format == "csv" {
		return readCSV(r, fn)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLineBytes)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		if !fn(parseJSONRow(line, []byte(raw))) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading input after line %d: %w", line, err)
	}
	return nil
}

// jsonRow is one JSON input line; numbers may also come as strings.
type jsonRow struct {
	VideoID  *string         `json:"video_id"`
	URL      *string         `json:"url"`
	Title    *string         `json:"title"`
	Channel  string          `json:"channel"`
	Artist   string          `json:"artist"`
	Plays    json.RawMessage `json:"plays"`
	Likes    json.RawMessage `json:"likes"`
	Duration json.RawMessage `json:"duration_seconds"`
}

// jsonNumber returns a JSON number or numeric string as text for
// rowFromFields to check ("" when absent or null).
func jsonNumber(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if t := string(raw); t != "null" {
		return t
	}
	return ""
}

func parseJSONRow(line int, raw []byte) inputRow {
	var j jsonRow
	if err := json.Unmarshal(raw, &j); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return inputRow{line: line, err: dedup.InvalidField(te.Field, "must be a %s", te.Type)}
		}
		return inputRow{line: line, err: fmt.Errorf("invalid JSON: %v", err)}
	}
	fields := map[string]string{"channel": j.Channel, "artist": j.Artist,
		"plays": jsonNumber(j.Plays), "likes": jsonNumber(j.Likes), "duration_seconds": jsonNumber(j.Duration)}
	if j.Title != nil {
		fields["title"] = *j.Title
	}
	if j.VideoID != nil {
		fields["video_id"] = *j.VideoID
	}
	if j.URL != nil {
		fields["url"] = *j.URL
	}
	return rowFromFields(line, fields)
}

// rowFromFields builds a submission from named fields (a JSON object or a
// CSV record), checking the numbers.
func rowFromFields(line int, f map[string]string) inputRow {
	row := inputRow{line: line}
	sub := &row.sub
	sub.Title, sub.Channel, sub.Artist = f["title"], f["channel"], f["artist"]
	if v := strings.TrimSpace(f["video_id"]); v != "" {
		sub.VideoRef, sub.VideoRefField = v, "video_id"
	} else {
		sub.VideoRef, sub.VideoRefField = strings.TrimSpace(f["url"]), "url"
	}
	for _, n := range []struct {
		name string
		dst  *int64
	}{{"plays", &sub.Plays}, {"likes", &sub.Likes}} {
		if v := strings.TrimSpace(f[n.name]); v != "" {
			x, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				row.err = dedup.InvalidField(n.name, "must be a whole number, got %q", v)
				return row
			}
			*n.dst = x
		}
	}
	if v := strings.TrimSpace(f["duration_seconds"]); v != "" {
		x, err := strconv.Atoi(v)
		if err != nil {
			row.err = dedup.InvalidField("duration_seconds", "must be a whole number of seconds, got %q", v)
			return row
		}
		sub.DurationSeconds = x
	}
	return row
}

func readCSV(r io.Reader, fn func(inputRow) bool) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return usagef("--input: the CSV file has no header row: %v", err)
	}
	cols := make([]string, len(header))
	for i, h := range header {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	}
	if !slices.Contains(cols, "title") || (!slices.Contains(cols, "video_id") && !slices.Contains(cols, "url")) {
		return usagef("--input: the CSV header %q needs a title column and a video_id or url column", strings.Join(header, ","))
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		line, _ := cr.FieldPos(0)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if !fn(inputRow{line: pe.StartLine, err: fmt.Errorf("invalid CSV: %v", pe.Err)}) {
				return nil
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("reading CSV: %w", err)
		}
		if len(rec) != len(cols) {
			if !fn(inputRow{line: line, err: fmt.Errorf("invalid CSV: %d fields, the header has %d", len(rec), len(cols))}) {
				return nil
			}
			continue
		}
		fields := make(map[string]string, len(cols))
		for i, c := range cols {
			fields[c] = rec[i]
		}
		if !fn(rowFromFields(line, fields)) {
			return nil
		}
	}
}

// startProgress shows progress until the returned function is called: a
// bar on a terminal, a log line every few seconds otherwise.
func (b *backfill) startProgress(ctx context.Context) func() {
	mode := b.cfg.Progress
	if mode == "auto" {
		mode = "log"
		if f, ok := b.env.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	todo := int64(b.total - len(b.done))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	switch mode {
	case "none":
		return func() {}
	case "bar":
		bar := progressbar.NewOptions64(todo,
			progressbar.OptionSetWriter(b.env.stdout),
			progressbar.OptionSetDescription("backfill"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("rows"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionFullWidth(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionShowDescriptionAtLineEnd(),
		)
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					bar.Set64(b.processed.Load())
					bar.Describe(b.countsLine())
					bar.Finish()
					fmt.Fprintln(b.env.stdout)
					return
				case <-t.C:
					bar.Set64(b.processed.Load())
					bar.Describe(b.countsLine())
				}
			}
		}()
	default:
		start := time.Now()
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(5 * time.Second)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					done := b.processed.Load()
					rate := float64(done) / time.Since(start).Seconds()
					eta := "?"
					if rate > 0 {
						eta = (time.Duration(float64(todo-done)/rate) * time.Second).Round(time.Second).String()
					}
					b.log.Info("backfill progress", "rows", done, "of", todo, "rows_per_s", int(rate), "eta", eta, "counts", b.countsLine())
				}
			}
		}()
	}
	return func() {
		close(stop)
		wg.Wait()
	}
}

func (b *backfill) countsLine() string {
	parts := make([]string, numDecisions)
	for i := range parts {
		parts[i] = fmt.Sprintf("%s %d", decisionNames[i], b.counts[i].Load())
	}
	return strings.Join(parts, ", ")
}

func (b *backfill) summary(elapsed time.Duration) {
	done := b.processed.Load()
	rate := float64(done) / elapsed.Seconds()
	dry := ""
	if b.cfg.DryRun {
		dry = " (dry run: nothing written)"
	}
	resumed := ""
	if len(b.done) > 0 {
		resumed = fmt.Sprintf(", %d rows done by an earlier run", len(b.done))
	}
	fmt.Fprintf(b.env.stdout, "backfill%s: %d rows in %s (%.0f rows/s)%s: %s\n",
		dry, done, elapsed.Round(time.Millisecond), rate, resumed, b.countsLine())
}

// reportLine is one line of --report.
type reportLine struct {
	Line     int     `json:"line"`
	VideoID  *string `json:"video_id"`
	SongID   *string `json:"song_id"`
	Decision string  `json:"decision"`
	Score    float64 `json:"score"`
	Error    string  `json:"error,omitempty"`
}

func newReportLine(o dedup.RowOutcome) reportLine {
	l := reportLine{Line: o.Line, Decision: o.Decision, Score: o.Score, Error: o.Error}
	if o.VideoID != "" {
		v := o.VideoID
		l.VideoID = &v
	}
	if o.SongID != 0 {
		var s string
		if o.SongID < 0 {
			s = fmt.Sprintf("new:%d", -o.SongID) // a song a dry run would create
		} else {
			s = strconv.FormatInt(o.SongID, 10)
		}
		l.SongID = &s
	}
	return l
}

// writeReport writes the report from the recorded outcomes, so that a
// resumed job reports every row, those of earlier runs included.
func (b *backfill) writeReport(ctx context.Context, db *store.DB, dry *dryrun.Store) error {
	tmp := b.cfg.Report + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("--report: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	write := func(o dedup.RowOutcome) error { return enc.Encode(newReportLine(o)) }
	if dry != nil {
		for _, o := range dry.Outcomes() {
			if err = write(o); err != nil {
				break
			}
		}
	} else {
		err = db.JobOutcomes(ctx, b.job, write)
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing report: %w", err)
	}
	return os.Rename(tmp, b.cfg.Report)
}
