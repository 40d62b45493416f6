package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/songdedup/songdedup/api"
	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/store"
)

// serveConfig is every setting of 'songdedup serve'.
type serveConfig struct {
	Addr            string
	APIKeys         string
	Thresholds      *score.Thresholds
	DB              dbConfig
	Log             logConfig
	MaxBodyBytes    int64
	ReadTimeout     time.Duration
	WriteTimeout    time.Duration
	RequestTimeout  time.Duration
	BatchTimeout    time.Duration
	IdleTimeout     time.Duration
	ShutdownTimeout time.Duration
	PprofAddr       string
	MaxBatch        int
	ChangesKeep     time.Duration
	// CoalescedStatements is store.Options.CoalescedStatements.
	CoalescedStatements int
}

func (c *serveConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", ":8080", "address to listen on")
	fs.StringVar(&c.APIKeys, "api-keys", "", "API keys and roles: key1:submitter,key2:curator,key3:admin (a key may add :name for the logs)")
	c.Thresholds = thresholdFlags(fs)
	c.DB.register(fs, true)
	c.DB.registerReplicas(fs)
	c.Log.register(fs)
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", 1<<20, "largest accepted request body in bytes")
	fs.DurationVar(&c.ReadTimeout, "read-timeout", 10*time.Second, "HTTP server read timeout")
	fs.DurationVar(&c.WriteTimeout, "write-timeout", 30*time.Second, "HTTP server write timeout")
	fs.DurationVar(&c.RequestTimeout, "request-timeout", 5*time.Second, "deadline of one request's database work; past it the request answers 503 with Retry-After (shorter than --write-timeout)")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", 120*time.Second, "HTTP keep-alive idle timeout")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", 20*time.Second, "how long in-flight requests may take to finish on shutdown")
	fs.DurationVar(&c.ChangesKeep, "changes-retention", 7*24*time.Hour, "how long the changes feed (GET /v1/changes) keeps a change")
	fs.DurationVar(&c.BatchTimeout, "batch-timeout", api.DefaultBatchTimeout, "deadline of one batch request's database work (shorter than --write-timeout)")
	fs.IntVar(&c.MaxBatch, "max-batch", api.DefaultMaxBatch, "most submissions one POST /v1/submissions/batch may carry")
	fs.IntVar(&c.CoalescedStatements, "coalesced-statements", store.DefaultCoalescedStatements,
		"reads of single songs or videos that run at once on one database pool; the reads arriving meanwhile wait and share a statement (up to 16 each): about the database server's cores, at most --max-db-conns")
	fs.StringVar(&c.PprofAddr, "pprof-addr", "", "serve Go profiling (net/http/pprof) on this address, e.g. 127.0.0.1:6060; keep it private")
}

func (c *serveConfig) validate() error {
	if err := c.DB.validate(); err != nil {
		return err
	}
	if err := checkThresholds(*c.Thresholds); err != nil {
		return err
	}
	if _, err := api.ParseKeys(c.APIKeys); err != nil {
		return usagef("--api-keys: %v", err)
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return usagef("--addr: %q is not host:port (%v)", c.Addr, err)
	}
	if err := positiveDuration("changes-retention", c.ChangesKeep); err != nil {
		return err
	}
	// A pool runs no more statements at once than it has connections: a
	// bound past them lets every read wait for a connection, alone.
	if c.CoalescedStatements < 1 || c.CoalescedStatements > c.DB.MaxConns {
		return usagef("--coalesced-statements must be from 1 to --max-db-conns (%d), got %d", c.DB.MaxConns, c.CoalescedStatements)
	}
	if c.MaxBatch < 1 {
		return usagef("--max-batch must be at least 1, got %d", c.MaxBatch)
	}
	if c.MaxBodyBytes < 1024 {
		return usagef("--max-body-bytes must be at least 1024, got %d", c.MaxBodyBytes)
	}
	for name, d := range map[string]time.Duration{
		"read-timeout": c.ReadTimeout, "write-timeout": c.WriteTimeout, "request-timeout": c.RequestTimeout,
		"batch-timeout": c.BatchTimeout, "idle-timeout": c.IdleTimeout, "shutdown-timeout": c.ShutdownTimeout,
	} {
		if err := positiveDuration(name, d); err != nil {
			return err
		}
	}
	for name, d := range map[string]time.Duration{"request-timeout": c.RequestTimeout, "batch-timeout": c.BatchTimeout} {
		if d >= c.WriteTimeout {
			return usagef("--%s (%s) must be shorter than --write-timeout (%s), or its 503 cannot be written", name, d, c.WriteTimeout)
		}
	}
	return nil
}

// logValue prints the configuration at start, secrets masked.
func (c *serveConfig) logAttrs() []any {
	return []any{
		"addr", c.Addr, "mysql_dsn", store.MaskDSN(c.DB.DSN), "mysql_replica_dsn", c.DB.Replicas.String(),
		"replica_max_lag", c.DB.ReplicaMaxLag, "no_migrate", c.DB.NoMigrate,
		"api_keys", maskSecret(c.APIKeys), "merge_threshold", c.Thresholds.Merge, "review_threshold", c.Thresholds.Review,
		"max_db_conns", c.DB.MaxConns, "max_body_bytes", c.MaxBodyBytes, "max_batch", c.MaxBatch, "changes_retention", c.ChangesKeep,
		"read_timeout", c.ReadTimeout, "write_timeout", c.WriteTimeout, "request_timeout", c.RequestTimeout, "batch_timeout", c.BatchTimeout,
		"shutdown_timeout", c.ShutdownTimeout, "coalesced_statements", c.CoalescedStatements, "log_level", c.Log.Level,
	}
}

const serveUsage = `usage: songdedup serve [flags]

Runs the HTTP service.
`

// serveCommand is 'songdedup serve'.
func serveCommand(fs *flag.FlagSet) action {
	var cfg serveConfig
	cfg.flags(fs)
	return func(ctx context.Context, _ []string, env environment) error { return runServe(ctx, cfg, env) }
}

// runServe runs the HTTP service until ctx is done.
func runServe(ctx context.Context, cfg serveConfig, env environment) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	log, err := cfg.Log.logger(env.stderr)
	if err != nil {
		return err
	}
	log.Info("starting songdedup serve", cfg.logAttrs()...)

	db, err := store.Open(ctx, cfg.DB.DSN, store.Options{Logger: log, MaxOpenConns: cfg.DB.MaxConns, Retrieval: store.RetrievalOptions{PostingBudget: cfg.DB.PostingBudget}, CreateDatabase: !cfg.DB.NoMigrate, Lazy: cfg.DB.NoMigrate,
		Replicas: cfg.DB.replicaOptions(), CoalescedStatements: cfg.CoalescedStatements})
	if err != nil {
		return fmt.Errorf("opening database: %w", err)
	}
	defer db.Close()
	if !cfg.DB.NoMigrate {
		if err := db.MigrateUp(ctx); err != nil {
			return err
		}
		v, _ := db.Version(ctx)
		log.Info("schema ready", "version", v.Version)
	}

	keys, _ := api.ParseKeys(cfg.APIKeys)
	if keys.Len() == 0 {
		log.Warn("no API keys configured (--api-keys): every /v1 request will be refused")
	}
	metrics := api.NewMetrics()
	if err := metrics.Register(collectors.NewDBStatsCollector(db.SQL(), db.Name())); err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	searches := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "songdedup_fulltext_searches_total",
		Help: "Candidate queries searched by FULLTEXT; the exact lookup carried the others."},
		func() float64 { return float64(db.Searches()) })
	if err := metrics.Register(searches); err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	for reason, n := range map[string]func(store.TxRetries) int64{
		"deadlock":          func(r store.TxRetries) int64 { return r.Deadlocks },
		"lock_wait_timeout": func(r store.TxRetries) int64 { return r.LockWaitTimeouts },
		"song_moved":        func(r store.TxRetries) int64 { return r.SongsMoved },
	} {
		retries := prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "songdedup_tx_retries_total",
			Help:        "Transactions run again, by why: a deadlock, a lock wait timeout, a song that moved before its canonical song was locked.",
			ConstLabels: prometheus.Labels{"reason": reason}},
			func() float64 { return float64(n(db.Retries())) })
		if err := metrics.Register(retries); err != nil {
			return fmt.Errorf("metrics: %w", err)
		}
	}
	var replicas func() []api.ReplicaStatus
	if len(cfg.DB.Replicas) > 0 {
		replicas = func() []api.ReplicaStatus { return replicaStatuses(db.Replicas()) }
		if err := metrics.RegisterReplicas(replicas); err != nil {
			return fmt.Errorf("metrics: %w", err)
		}
	}
	svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db, Changes: db}, dedup.ServiceOptions{
		Thresholds: *cfg.Thresholds, Logger: log, Observe: metrics.ObserveStage,
	})
	handler := api.NewServer(api.Deps{
		Logger:         log,
		Readiness:      db,
		Catalog:        svc,
		Keys:           keys,
		Metrics:        metrics,
		MaxBodyBytes:   cfg.MaxBodyBytes,
		RequestTimeout: cfg.RequestTimeout,
		MaxBatch:       cfg.MaxBatch,
		BatchTimeout:   cfg.BatchTimeout,
		Stopping:       ctx,
		Replicas:       replicas,
	})
	go sweepUnreconciled(ctx, log, svc)
	go pruneChanges(ctx, log, db, cfg.ChangesKeep)
	if cfg.PprofAddr != "" {
		go servePprof(ctx, log, cfg.PprofAddr)
	}
	return serveHTTP(ctx, log, cfg, handler)
}

// replicaStatuses shows the store's replicas to the HTTP layer.
func replicaStatuses(in []store.ReplicaStatus) []api.ReplicaStatus {
	out := make([]api.ReplicaStatus, len(in))
	for i, r := range in {
		out[i] = api.ReplicaStatus{Addr: r.Addr, State: string(r.State), LagSeconds: r.Lag.Seconds(),
			Error: r.Error, Reads: r.Reads, Fallbacks: r.Fallbacks}
	}
	return out
}

// sweepUnreconciled reconciles, now and then, songs whose process stopped
// between writing them and checking them against concurrent duplicates.
func sweepUnreconciled(ctx context.Context, log *slog.Logger, svc *dedup.Service) {
	every(ctx, 30*time.Second, log, "reconciling pending songs", "reconciled pending songs", func(ctx context.Context) (int, error) {
		return svc.ReconcilePending(ctx, time.Minute, 200)
	})
}

// pruneChanges deletes, now and then, the changes the feed keeps no
// longer. Every replica may do it: deleting is idempotent.
func pruneChanges(ctx context.Context, log *slog.Logger, db *store.DB, keep time.Duration) {
	every(ctx, time.Minute, log, "pruning the changes feed", "pruned the changes feed", func(ctx context.Context) (int, error) {
		return db.PruneChanges(ctx, keep)
	})
}

// every runs task each period until ctx is done, logging a failure as
// failed and a task that did something (n > 0) as done.
func every(ctx context.Context, period time.Duration, log *slog.Logger, failed, done string, task func(context.Context) (int, error)) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := task(ctx)
		if err != nil && ctx.Err() == nil {
			log.Warn(failed, "err", err)
		} else if n > 0 {
			log.Info(done, "count", n)
		}
	}
}

// servePprof serves the Go profiler on its own (private) address.
func servePprof(ctx context.Context, log *slog.Logger, addr string) {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	log.Info("profiling", "addr", addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("profiling listener", "err", err)
	}
}

// serveHTTP listens on cfg.Addr until ctx is done, then shuts down
// gracefully: it stops accepting, lets in-flight requests finish within
// the shutdown timeout, and returns.
func serveHTTP(ctx context.Context, log *slog.Logger, cfg serveConfig, handler http.Handler) error {
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadTimeout:       cfg.ReadTimeout,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String())

	select {
	case err := <-errc:
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing in-flight requests", "timeout", cfg.ShutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http server: %w", err)
	}
	log.Info("stopped")
	return nil
}
