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
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
	"github.com/songdedup/songdedup/dedup/score"
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
		// collector may let garbage grow to four times it before running,
		// which spends less CPU on collecting, and a soft limit keeps that
		// bounded.
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

	run, err := backfill.Start(ctx, db, backfill.Input{Fingerprint: fingerprint, Name: absPath(cfg.Input), Lines: rows},
		backfill.Config{Workers: cfg.Workers, DryRun: cfg.DryRun, Thresholds: *cfg.Th, Logger: log})
	if err != nil {
		return err
	}
	defer run.Close()

	start := time.Now()
	stopProgress := startProgress(cfg.Progress, env, log, run, int64(rows-run.Resumed()))
	err = run.Process(ctx, func(yield func(backfill.Row) bool) error {
		f, err := os.Open(cfg.Input)
		if err != nil {
			return fmt.Errorf("--input: %w", err)
		}
		defer f.Close()
		return readRows(f, cfg.Format, yield)
	})
	stopProgress()
	if err != nil {
		return err
	}
	if err := run.Finish(ctx); err != nil {
		return err
	}
	elapsed := time.Since(start)
	if cfg.Report != "" {
		if err := writeReport(ctx, cfg.Report, run); err != nil {
			return err
		}
	}
	summary(env.stdout, run, cfg.DryRun, elapsed)
	if n := run.Count("error"); n > 0 {
		return fmt.Errorf("%d of %d rows failed (see the report for each reason)", n, run.Processed()+int64(run.Resumed()))
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

// readRows streams the input, calling fn for every row with its line
// number (the header of a CSV file is line 1) until fn returns false.
func readRows(r io.Reader, format string, fn func(backfill.Row) bool) error {
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

func parseJSONRow(line int, raw []byte) backfill.Row {
	var j jsonRow
	if err := json.Unmarshal(raw, &j); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return backfill.Row{Line: line, Err: dedup.InvalidField(te.Field, "must be a %s", te.Type)}
		}
		return backfill.Row{Line: line, Err: fmt.Errorf("invalid JSON: %v", err)}
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
func rowFromFields(line int, f map[string]string) backfill.Row {
	row := backfill.Row{Line: line}
	sub := &row.Sub
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
				row.Err = dedup.InvalidField(n.name, "must be a whole number, got %q", v)
				return row
			}
			*n.dst = x
		}
	}
	if v := strings.TrimSpace(f["duration_seconds"]); v != "" {
		x, err := strconv.Atoi(v)
		if err != nil {
			row.Err = dedup.InvalidField("duration_seconds", "must be a whole number of seconds, got %q", v)
			return row
		}
		sub.DurationSeconds = x
	}
	return row
}

func readCSV(r io.Reader, fn func(backfill.Row) bool) error {
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
			if !fn(backfill.Row{Line: pe.StartLine, Err: fmt.Errorf("invalid CSV: %v", pe.Err)}) {
				return nil
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("reading CSV: %w", err)
		}
		if len(rec) != len(cols) {
			if !fn(backfill.Row{Line: line, Err: fmt.Errorf("invalid CSV: %d fields, the header has %d", len(rec), len(cols))}) {
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

// startProgress shows the progress of run over todo rows until the
// returned function is called: a bar on a terminal, a log line every few
// seconds otherwise.
func startProgress(mode string, env environment, log *slog.Logger, run *backfill.Run, todo int64) func() {
	if mode == "auto" {
		mode = "log"
		if f, ok := env.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	switch mode {
	case "none":
		return func() {}
	case "bar":
		bar := progressbar.NewOptions64(todo,
			progressbar.OptionSetWriter(env.stdout),
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
					bar.Set64(run.Processed())
					bar.Describe(countsLine(run))
					bar.Finish()
					fmt.Fprintln(env.stdout)
					return
				case <-t.C:
					bar.Set64(run.Processed())
					bar.Describe(countsLine(run))
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
					done := run.Processed()
					rate := float64(done) / time.Since(start).Seconds()
					eta := "?"
					if rate > 0 {
						eta = (time.Duration(float64(todo-done)/rate) * time.Second).Round(time.Second).String()
					}
					log.Info("backfill progress", "rows", done, "of", todo, "rows_per_s", int(rate), "eta", eta, "counts", countsLine(run))
				}
			}
		}()
	}
	return func() {
		close(stop)
		wg.Wait()
	}
}

// countsLine is the counts of each decision so far, in one line.
func countsLine(run *backfill.Run) string {
	parts := make([]string, len(backfill.Decisions))
	for i, d := range backfill.Decisions {
		parts[i] = fmt.Sprintf("%s %d", d, run.Count(d))
	}
	return strings.Join(parts, ", ")
}

// summary prints the line a backfill ends with.
func summary(w io.Writer, run *backfill.Run, dryRun bool, elapsed time.Duration) {
	done := run.Processed()
	rate := float64(done) / elapsed.Seconds()
	dry := ""
	if dryRun {
		dry = " (dry run: nothing written)"
	}
	resumed := ""
	if n := run.Resumed(); n > 0 {
		resumed = fmt.Sprintf(", %d rows done by an earlier run", n)
	}
	fmt.Fprintf(w, "backfill%s: %d rows in %s (%.0f rows/s)%s: %s\n",
		dry, done, elapsed.Round(time.Millisecond), rate, resumed, countsLine(run))
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

// writeReport writes the report to path from the recorded outcomes, so
// that a resumed job reports every row, those of earlier runs included.
func writeReport(ctx context.Context, path string, run *backfill.Run) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("--report: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	err = run.Outcomes(ctx, func(o dedup.RowOutcome) error { return enc.Encode(newReportLine(o)) })
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
	return os.Rename(tmp, path)
}
