package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"

	"github.com/songdedup/songdedup/store"
)

const migrateUsage = `usage: songdedup migrate [flags] up | down N | version

Applies (up), rolls back (down N) or shows (version) the schema migrations
embedded in the binary.
`

// migrateCommand is 'songdedup migrate'.
func migrateCommand(fs *flag.FlagSet) action {
	var db dbConfig
	var logc logConfig
	db.register(fs, false)
	logc.register(fs)
	return func(ctx context.Context, rest []string, env environment) error {
		if len(rest) == 0 {
			fs.Usage()
			return &usageError{err: fmt.Errorf("migrate needs up, down N or version")}
		}
		return runMigrate(ctx, db, logc, rest, env)
	}
}

// runMigrate applies, rolls back or shows the migrations as rest says.
func runMigrate(ctx context.Context, db dbConfig, logc logConfig, rest []string, env environment) error {
	if err := db.validate(); err != nil {
		return err
	}
	log, err := logc.logger(env.stderr)
	if err != nil {
		return err
	}
	var steps int
	switch rest[0] {
	case "up", "version":
		if len(rest) != 1 {
			return usagef("migrate %s takes no arguments, got %q", rest[0], rest[1:])
		}
	case "down":
		if len(rest) != 2 {
			return usagef("migrate down needs the number of migrations to roll back: migrate down N")
		}
		n, err := strconv.Atoi(rest[1])
		if err != nil || n < 1 {
			return usagef("migrate down N: N must be a positive integer, got %q", rest[1])
		}
		steps = n
	default:
		return usagef("unknown migrate action %q (want up, down N or version)", rest[0])
	}

	s, err := store.Open(ctx, db.DSN, store.Options{Logger: log, MaxOpenConns: 2, CreateDatabase: rest[0] == "up"})
	if err != nil {
		return fmt.Errorf("opening database: %w", err)
	}
	defer s.Close()
	switch rest[0] {
	case "up":
		if err := s.MigrateUp(ctx); err != nil {
			return err
		}
	case "down":
		if err := s.MigrateDown(ctx, steps); err != nil {
			return err
		}
	}
	v, err := s.Version(ctx)
	if err != nil {
		return err
	}
	dirty := ""
	if v.Dirty {
		dirty = " (dirty)"
	}
	fmt.Fprintf(env.stdout, "version %d%s (latest %d)\n", v.Version, dirty, store.LatestVersion())
	return nil
}
