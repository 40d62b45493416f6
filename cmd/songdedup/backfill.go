package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/store"
)

const backfillUsage = `usage: songdedup backfill --input FILE [flags]

Dedups a catalogue file into the database through the same normalization,
retrieval, scoring, guards and curator memory as the service. The input is
JSON lines or CSV with a header (video_id, url or record_id; title; and
optionally channel, artist, album, duration_seconds or length, track_number,
year, plays, likes), read as a stream; --map names columns called otherwise.

Idempotent: a second run over the same file changes nothing (every row is
'existing'). Resumable: each row's outcome is recorded in the same
transaction as its writes, so after a crash running the same command again
finishes the job. Exit status 0 when every row was processed, 1 when any
row failed (the report says which and why; without --report, stderr lists
the first 20 failed lines and their reasons), 2 on bad usage.
`

// backfillConfig is every setting of 'songdedup backfill'.
type backfillConfig struct {
	Input    string
	Format   string
	Map      string
	Workers  int
	Batch    int
	DryRun   bool
	Report   string
	Progress string
	// ShardSpec is --shard as given; Shard what it says.
	ShardSpec string
	Shard     backfill.Shard
	DB        dbConfig
	Log       logConfig
	Th        *score.Thresholds
}

func (c *backfillConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.Input, "input", "", "catalogue file to backfill (.jsonl or .csv)")
	fs.StringVar(&c.Format, "format", "", "input format: jsonl or csv (default: from the file extension)")
	fs.StringVar(&c.Map, "map", "", "input columns (or JSON keys) of fields named otherwise: field=column,... (\"record_id=TID,track_number=number\")")
	fs.IntVar(&c.Workers, "workers", runtime.NumCPU(), "rows processed at once")
	fs.IntVar(&c.Batch, "batch-size", backfill.DefaultBatchSize, "rows a worker decides and writes in one transaction (a resumed job takes the size it started with)")
	fs.BoolVar(&c.DryRun, "dry-run", false, "decide every row, duplicates within the file included, and write nothing")
	fs.StringVar(&c.Report, "report", "", "write one JSON line per input row to this file")
	fs.StringVar(&c.ShardSpec, "shard", "", "decide only shard i of n of the file (i/n, from 0/n), so that n processes share it; each shard is its own resumable job")
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
	if _, err := parseColumnMap(c.Map); err != nil {
		return err
	}
	if c.Workers < 1 || c.Workers > 256 {
		return usagef("--workers must be between 1 and 256, got %d", c.Workers)
	}
	if c.Batch < 1 || c.Batch > backfill.MaxBatchSize {
		return usagef("--batch-size must be between 1 and %d, got %d", backfill.MaxBatchSize, c.Batch)
	}
	switch c.Progress {
	case "auto", "bar", "log", "none":
	default:
		return usagef("--progress must be auto, bar, log or none, got %q", c.Progress)
	}
	if c.ShardSpec != "" {
		shard, err := backfill.ParseShard(c.ShardSpec)
		if err != nil {
			return usagef("--shard: %v", err)
		}
		c.Shard = shard
	}
	if err := checkThresholds(*c.Th); err != nil {
		return err
	}
	return c.DB.validate()
}

// backfillCommand is 'songdedup backfill'.
func backfillCommand(fs *flag.FlagSet) action {
	var cfg backfillConfig
	cfg.flags(fs)
	return func(ctx context.Context, _ []string, env environment) error { return runBackfill(ctx, cfg, env) }
}

// runBackfill runs the backfill cfg describes.
func runBackfill(ctx context.Context, cfg backfillConfig, env environment) error {
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
	cols, err := parseColumnMap(cfg.Map)
	if err != nil {
		return err
	}
	fingerprint, rows, err := fingerprintFile(cfg.Input)
	if err != nil {
		return err
	}
	if len(cols) > 0 {
		// A column map reads the same file as other rows: another job.
		fingerprint = mappedFingerprint(fingerprint, cols)
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
		backfill.Config{Workers: cfg.Workers, BatchSize: cfg.Batch, Shard: cfg.Shard, DryRun: cfg.DryRun, Thresholds: *cfg.Th, Logger: log})
	if err != nil {
		return err
	}
	defer run.Close()

	start := time.Now()
	todo := rows
	if !cfg.Shard.Whole() {
		todo = (rows + cfg.Shard.Count - 1) / cfg.Shard.Count // about: rows fall to shards by their key
	}
	stopProgress := startProgress(cfg.Progress, env, log, run, int64(max(todo-run.Resumed(), 0)))
	err = run.Process(ctx, func(yield func(backfill.Row) bool) error {
		f, err := os.Open(cfg.Input)
		if err != nil {
			return fmt.Errorf("--input: %w", err)
		}
		defer f.Close()
		return readRows(f, cfg.Format, cols, yield)
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
	if n := run.Count(dedup.OutcomeError); n > 0 {
		where := "see the report for each reason"
		if cfg.Report == "" {
			if err := listFailures(ctx, env.stderr, run, maxListedFailures); err != nil {
				return err
			}
			where = "listed above"
		}
		return fmt.Errorf("%d of %d rows failed (%s)", n, run.Processed()+int64(run.Resumed()), where)
	}
	return nil
}

// mappedFingerprint is the fingerprint of a file read through a column
// map.
func mappedFingerprint(content string, cols columnMap) string {
	pairs := make([]string, 0, len(cols))
	for f, c := range cols {
		pairs = append(pairs, f+"="+c)
	}
	slices.Sort(pairs)
	h := sha256.Sum256([]byte(content + "\x00" + strings.Join(pairs, ",")))
	return hex.EncodeToString(h[:])
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
