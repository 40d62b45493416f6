package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/songdedup/songdedup/store"
)

// defaultDSN is the local development database.
const defaultDSN = "root@tcp(127.0.0.1:3306)/songdedup"

// dbConfig is the database part of every command that needs one.
type dbConfig struct {
	DSN       string
	NoMigrate bool
	MaxConns  int
	// PostingBudget bounds the FULLTEXT work of one retrieval.
	PostingBudget int
	// Replicas are the read replicas' DSNs (registerReplicas).
	Replicas      dsnList
	ReplicaMaxLag time.Duration
}

// registerReplicas adds the read replica flags.
func (c *dbConfig) registerReplicas(fs *flag.FlagSet) {
	fs.Var(&c.Replicas, "mysql-replica-dsn", "DSN of a read replica of --mysql-dsn, for the reads that tolerate lag (repeatable, or comma-separated)")
	fs.DurationVar(&c.ReplicaMaxLag, "replica-max-lag", 5*time.Second, "skip a read replica further behind the primary than this, until it catches up")
}

// replicaOptions are the store's replica options of c.
func (c *dbConfig) replicaOptions() store.ReplicaOptions {
	return store.ReplicaOptions{DSNs: c.Replicas, MaxLag: c.ReplicaMaxLag}
}

// dsnList is a repeatable DSN flag; each value may list several DSNs
// separated by commas, as SONGDEDUP_MYSQL_REPLICA_DSN does.
type dsnList []string

func (l *dsnList) String() string {
	masked := make([]string, len(*l))
	for i, dsn := range *l {
		masked[i] = store.MaskDSN(dsn)
	}
	return strings.Join(masked, ",")
}

func (l *dsnList) Set(v string) error {
	for dsn := range strings.SplitSeq(v, ",") {
		if dsn = strings.TrimSpace(dsn); dsn != "" {
			*l = append(*l, dsn)
		}
	}
	return nil
}

func (c *dbConfig) register(fs *flag.FlagSet, withMigrate bool) {
	fs.StringVar(&c.DSN, "mysql-dsn", defaultDSN, "MySQL/MariaDB DSN (go-sql-driver form user:pass@tcp(host:port)/db); the database is created if missing")
	fs.IntVar(&c.MaxConns, "max-db-conns", 32, "maximum open database connections")
	fs.IntVar(&c.PostingBudget, "posting-budget", store.DefaultPostingBudget, "summed document frequency of the terms one FULLTEXT query may use")
	if withMigrate {
		fs.BoolVar(&c.NoMigrate, "no-migrate", false, "do not apply pending schema migrations on start")
	}
}

func (c *dbConfig) validate() error {
	if _, err := store.ParseDSN(c.DSN, "--mysql-dsn"); err != nil {
		return &usageError{err: err}
	}
	if c.MaxConns < 1 {
		return usagef("--max-db-conns must be at least 1, got %d", c.MaxConns)
	}
	if c.PostingBudget < 0 {
		return usagef("--posting-budget must not be negative, got %d", c.PostingBudget)
	}
	for _, dsn := range c.Replicas {
		if _, err := store.ParseDSN(dsn, "--mysql-replica-dsn"); err != nil {
			return &usageError{err: err}
		}
	}
	if c.ReplicaMaxLag < 0 {
		return usagef("--replica-max-lag must not be negative, got %s", c.ReplicaMaxLag)
	}
	return nil
}

// logConfig selects the log format and level.
type logConfig struct {
	Level  string
	Format string
}

func (c *logConfig) register(fs *flag.FlagSet) {
	fs.StringVar(&c.Level, "log-level", "info", "log level: debug, info, warn, error")
	fs.StringVar(&c.Format, "log-format", "text", "log format: text or json")
}

func (c *logConfig) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.Level)); err != nil {
		return nil, usagef("--log-level: %q is not one of debug, info, warn, error", c.Level)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(c.Format) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	default:
		return nil, usagef("--log-format: %q is not text or json", c.Format)
	}
}

// durationFlag validates a positive duration flag.
func positiveDuration(name string, d time.Duration) error {
	if d <= 0 {
		return usagef("--%s must be positive, got %s", name, d)
	}
	return nil
}

// maskSecret shows that a secret is set without showing it.
func maskSecret(s string) string {
	if s == "" {
		return "(none)"
	}
	return fmt.Sprintf("(%d set)", strings.Count(s, ",")+1)
}
