package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

const rekeyUsage = `usage: songdedup rekey [flags]

Gives every canonical song the search key a submission of its source would
get today, with the term statistics, where its key differs: run it after an
upgrade whose notes say search keys changed. Songs go in ID order, a batch
a transaction, while serve and backfills run; a song that changes meanwhile
is left to the next run. Idempotent (a second run rewrites nothing) and
resumable (--after, or run it again). Progress on stderr, a summary line on
stdout. SIGINT stops it between batches.
`

// rekeyConfig is every setting of 'songdedup rekey'.
type rekeyConfig struct {
	DB    dbConfig
	Log   logConfig
	Batch int
	After int64
}

// maxRekeyBatch bounds a batch: its rows are locked together, listed in
// one statement.
const maxRekeyBatch = 1000

// rekeyCommand is 'songdedup rekey'.
func rekeyCommand(fs *flag.FlagSet) action {
	var c rekeyConfig
	c.DB.register(fs, false)
	c.Log.register(fs)
	fs.IntVar(&c.Batch, "batch", 500, fmt.Sprintf("songs a transaction, 1 to %d", maxRekeyBatch))
	fs.Int64Var(&c.After, "after", 0, "start after this song ID (the last ID a stopped run reported)")
	return func(ctx context.Context, _ []string, env environment) error {
		return runRekey(ctx, c, env)
	}
}

func (c rekeyConfig) validate() error {
	if err := c.DB.validate(); err != nil {
		return err
	}
	if c.Batch < 1 || c.Batch > maxRekeyBatch {
		return usagef("--batch must be from 1 to %d, got %d", maxRekeyBatch, c.Batch)
	}
	if c.After < 0 {
		return usagef("--after must be a song ID (0 or more), got %d", c.After)
	}
	return nil
}

// runRekey rekeys the catalogue batch after batch.
func runRekey(ctx context.Context, c rekeyConfig, env environment) error {
	if err := c.validate(); err != nil {
		return err
	}
	db, log, err := openCurrent(ctx, c.DB, c.Log, env, "a rekey")
	if err != nil {
		return err
	}
	defer db.Close()
	total, err := rekeyCatalogue(ctx, db, c, log)
	if err != nil {
		return err
	}
	current := ""
	if total.Rewritten == 0 && total.Skipped == 0 {
		current = "; every key is current"
	}
	fmt.Fprintf(env.stdout, "rekey: %d songs read, %d rewritten, %d unchanged, %d skipped (changed meanwhile: run again)%s\n",
		total.Read, total.Rewritten, total.Unchanged, total.Skipped, current)
	return nil
}

// rekeyCatalogue rekeys the songs after c.After, c.Batch a transaction,
// logging progress, until none is left or ctx is done (checked between
// batches; a batch cut short rolls back).
func rekeyCatalogue(ctx context.Context, db *store.DB, c rekeyConfig, log *slog.Logger) (dedup.RekeyPage, error) {
	svc := dedup.NewService(dedup.Stores{Submit: db}, dedup.ServiceOptions{Logger: log})
	var total dedup.RekeyPage
	after, start, lastLog := c.After, time.Now(), time.Now()
	for {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("stopped after song %d (resume with --after %d): %w", after, after, err)
		}
		page, err := svc.Rekey(ctx, db, after, c.Batch)
		if err != nil && ctx.Err() != nil {
			continue // stopped: the batch rolled back
		}
		if err != nil {
			return total, err
		}
		if page.Read == 0 {
			return total, nil
		}
		total.Read += page.Read
		total.Rewritten += page.Rewritten
		total.Unchanged += page.Unchanged
		total.Skipped += page.Skipped
		after = page.Last
		if time.Since(lastLog) >= 5*time.Second || page.Read < c.Batch {
			log.Info("rekey", "after", after, "read", total.Read, "rewritten", total.Rewritten, "skipped", total.Skipped,
				"per_second", int(float64(total.Read)/max(time.Since(start).Seconds(), 1e-3)))
			lastLog = time.Now()
		}
		if page.Read < c.Batch {
			return total, nil
		}
	}
}

// openCurrent opens the database of a maintenance command (what names it
// in errors) and checks that its schema is the one the binary needs; it
// returns the command's logger too.
func openCurrent(ctx context.Context, dbc dbConfig, logc logConfig, env environment, what string) (*store.DB, *slog.Logger, error) {
	log, err := logc.logger(env.stderr)
	if err != nil {
		return nil, nil, err
	}
	db, err := store.Open(ctx, dbc.DSN, store.Options{Logger: log, MaxOpenConns: dbc.MaxConns})
	if err != nil {
		return nil, nil, fmt.Errorf("opening database: %w", err)
	}
	if err := db.Ready(ctx); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("database not ready for %s: %w", what, err)
	}
	return db, log, nil
}
