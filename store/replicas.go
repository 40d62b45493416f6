package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/dedup"
)

// Read replicas: the reads that tolerate lag (documents, lists, stats and
// the FULLTEXT candidate search of a submission) go to a healthy replica;
// everything a decision's correctness rests on stays on the primary (see
// "Read replicas" in the package doc).

// ReplicaState is what the last check found of a replica.
type ReplicaState string

// The states of a replica. Only a healthy replica is read.
const (
	// ReplicaHealthy: it answers, replicates, and lags no more than the
	// maximum lag.
	ReplicaHealthy ReplicaState = "healthy"
	// ReplicaLagging: it replicates but lags more than the maximum lag.
	ReplicaLagging ReplicaState = "lagging"
	// ReplicaStopped: it answers but does not replicate (no replication
	// configured, or a replication thread stopped): its lag is unknown.
	ReplicaStopped ReplicaState = "stopped"
	// ReplicaSchemaBehind: it replicates, but has not applied the
	// migrations this binary needs yet (a delayed replica during a
	// deployment).
	ReplicaSchemaBehind ReplicaState = "schema_behind"
	// ReplicaDown: it does not answer.
	ReplicaDown ReplicaState = "down"
	// ReplicaUnchecked: not checked yet.
	ReplicaUnchecked ReplicaState = "unchecked"
)

// ReplicaStatus is one replica as the last check found it.
type ReplicaStatus struct {
	// Addr is the replica's address (host:port).
	Addr  string
	State ReplicaState
	// Lag is how far its applied transactions are behind the primary, as
	// the replica reports it (Seconds_Behind_Master); 0 when unknown.
	Lag time.Duration
	// Error says why a replica is down or stopped.
	Error string
	// CheckedAt is when it was last checked.
	CheckedAt time.Time
	// Reads counts the reads it served; Fallbacks the reads it failed
	// (it was down before a check noticed, or did not have a row yet),
	// which the primary then served.
	Reads, Fallbacks int64
}

// ReplicaOptions configure the read replicas of a store.
type ReplicaOptions struct {
	// DSNs are the replicas of the primary, in go-sql-driver form. They
	// must replicate the primary's database under the same name.
	DSNs []string
	// MaxLag skips a replica further behind than this (default 5s).
	MaxLag time.Duration
	// CheckEvery is how often each replica's state is read (default 1s).
	CheckEvery time.Duration
	// MaxOpenConns bounds each replica's pool (default the primary's).
	MaxOpenConns int
}

// replica is one read replica and its last known state.
type replica struct {
	addr      string
	db        *sql.DB
	mu        sync.Mutex
	status    ReplicaStatus
	healthy   atomic.Bool
	reads     atomic.Int64
	fallbacks atomic.Int64
}

// replicaSet is the replicas of a store and the loop that checks them.
type replicaSet struct {
	list   []*replica
	next   atomic.Uint64
	maxLag time.Duration
	every  time.Duration
	log    *slog.Logger
	stop   context.CancelFunc
	done   chan struct{}
}

// replicaDialTimeout bounds the connection to a replica when its DSN sets
// none: a replica that does not answer must cost a request little, since
// the primary serves the read instead.
const replicaDialTimeout = time.Second

// replicaReadTimeout bounds a read on a replica when its DSN sets no
// readTimeout: a replica that hangs is then taken out of use, and its
// read served by the primary, within this.
const replicaReadTimeout = 5 * time.Second

// openReplicas opens the pools of the replicas (lazily: a replica down at
// start is only reported), checks each once and starts the loop that
// checks them every opts.CheckEvery.
func (s *DB) openReplicas(ctx context.Context, opts ReplicaOptions) error {
	if len(opts.DSNs) == 0 {
		return nil
	}
	set := &replicaSet{maxLag: opts.MaxLag, every: opts.CheckEvery, log: s.log, done: make(chan struct{})}
	if set.maxLag <= 0 {
		set.maxLag = 5 * time.Second
	}
	if set.every <= 0 {
		set.every = time.Second
	}
	maxOpen := opts.MaxOpenConns
	if maxOpen <= 0 {
		maxOpen = s.maxOpen
	}
	for _, dsn := range opts.DSNs {
		raw, err := mysql.ParseDSN(dsn)
		if err != nil {
			set.close()
			return dedup.InvalidField("mysql-replica-dsn", "malformed MySQL DSN: %v", err)
		}
		cfg, err := ParseDSN(dsn, "mysql-replica-dsn")
		if err != nil {
			set.close()
			return err
		}
		if raw.Timeout == 0 {
			cfg.Timeout = replicaDialTimeout
		}
		if raw.ReadTimeout == 0 {
			cfg.ReadTimeout = replicaReadTimeout
		}
		conn, err := mysql.NewConnector(cfg)
		if err != nil {
			set.close()
			return fmt.Errorf("mysql connector: %w", err)
		}
		db := sql.OpenDB(conn)
		db.SetMaxOpenConns(maxOpen)
		db.SetMaxIdleConns(maxOpen)
		db.SetConnMaxLifetime(30 * time.Minute)
		db.SetConnMaxIdleTime(5 * time.Minute)
		r := &replica{addr: cfg.Addr, db: db}
		r.status = ReplicaStatus{Addr: cfg.Addr, State: ReplicaUnchecked}
		set.list = append(set.list, r)
	}
	set.checkAll(ctx)
	loopCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	set.stop = cancel
	go set.loop(loopCtx)
	s.replicas = set
	return nil
}

// loop checks every replica every set.every until ctx is done.
func (set *replicaSet) loop(ctx context.Context) {
	defer close(set.done)
	t := time.NewTicker(set.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		set.checkAll(ctx)
	}
}

// checkAll checks the replicas at once, each within one check period.
func (set *replicaSet) checkAll(ctx context.Context) {
	var wg sync.WaitGroup
	for _, r := range set.list {
		wg.Go(func() {
			cctx, cancel := context.WithTimeout(ctx, max(set.every, 2*time.Second))
			defer cancel()
			set.check(cctx, r)
		})
	}
	wg.Wait()
}

// check reads a replica's replication status and records its state.
func (set *replicaSet) check(ctx context.Context, r *replica) {
	lag, state, err := replicationLag(ctx, r.db)
	if state == ReplicaHealthy && lag > set.maxLag {
		state = ReplicaLagging
	}
	if state == ReplicaHealthy {
		state, err = schemaState(ctx, r.db)
	}
	r.mu.Lock()
	before := r.status.State
	r.status.State, r.status.Lag, r.status.CheckedAt, r.status.Error = state, lag, time.Now(), ""
	if err != nil {
		r.status.Error = err.Error()
	}
	r.mu.Unlock()
	r.healthy.Store(state == ReplicaHealthy)
	if state != before && before != ReplicaUnchecked || state != ReplicaHealthy && before == ReplicaUnchecked {
		args := []any{"replica", r.addr, "state", state, "lag", lag}
		if err != nil {
			args = append(args, "err", err)
		}
		if state == ReplicaHealthy {
			set.log.Info("read replica back in use", args...)
		} else {
			set.log.Warn("read replica skipped", args...)
		}
	}
}

// replicationLag reads the replica's status: SHOW REPLICA STATUS (MariaDB
// 10.5, MySQL 8.0.22), else SHOW SLAVE STATUS. A server with no
// replication, or whose replication threads stopped, reports no lag and is
// ReplicaStopped; with several sources the largest lag counts.
func replicationLag(ctx context.Context, db *sql.DB) (time.Duration, ReplicaState, error) {
	rows, err := db.QueryContext(ctx, "SHOW REPLICA STATUS")
	var me *mysql.MySQLError
	if errors.As(err, &me) && me.Number == 1064 { // syntax error: an older server
		rows, err = db.QueryContext(ctx, "SHOW SLAVE STATUS")
	}
	if err != nil {
		if errors.Is(translate(err), dedup.ErrUnavailable) || ctx.Err() != nil {
			return 0, ReplicaDown, err
		}
		return 0, ReplicaStopped, fmt.Errorf("reading the replication status: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, ReplicaDown, err
	}
	behind, io, sqlThread := -1, -1, -1
	for i, c := range cols {
		switch c {
		case "Seconds_Behind_Master", "Seconds_Behind_Source":
			behind = i
		case "Slave_IO_Running", "Replica_IO_Running":
			io = i
		case "Slave_SQL_Running", "Replica_SQL_Running":
			sqlThread = i
		}
	}
	if behind < 0 {
		return 0, ReplicaStopped, errors.New("the replication status has no Seconds_Behind_Master")
	}
	vals := make([]sql.RawBytes, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var lag time.Duration
	sources := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return 0, ReplicaDown, err
		}
		sources++
		for _, i := range []int{io, sqlThread} {
			if i >= 0 && string(vals[i]) != "Yes" {
				return 0, ReplicaStopped, fmt.Errorf("%s is %q", cols[i], vals[i])
			}
		}
		if vals[behind] == nil {
			return 0, ReplicaStopped, errors.New("the replica reports no lag (replication not running)")
		}
		secs, err := strconv.ParseInt(string(vals[behind]), 10, 64)
		if err != nil {
			return 0, ReplicaStopped, fmt.Errorf("Seconds_Behind_Master %q: %w", vals[behind], err)
		}
		lag = max(lag, time.Duration(secs)*time.Second)
	}
	if err := rows.Err(); err != nil {
		return 0, ReplicaDown, err
	}
	if sources == 0 {
		return 0, ReplicaStopped, errors.New("the server replicates nothing")
	}
	return lag, ReplicaHealthy, nil
}

// schemaState reports whether the replica has the schema this binary
// needs: ReplicaSchemaBehind until it applied every migration.
func schemaState(ctx context.Context, db *sql.DB) (ReplicaState, error) {
	var version uint
	var dirty bool
	err := db.QueryRowContext(ctx, "SELECT version, dirty FROM schema_migrations LIMIT 1").Scan(&version, &dirty)
	switch {
	case errors.Is(translate(err), dedup.ErrUnavailable):
		return ReplicaDown, err
	case err != nil:
		return ReplicaSchemaBehind, fmt.Errorf("reading its schema version: %w", err)
	case dirty || version < LatestVersion():
		return ReplicaSchemaBehind, fmt.Errorf("schema at version %d (dirty %t), this binary needs %d", version, dirty, LatestVersion())
	}
	return ReplicaHealthy, nil
}

// pick returns a healthy replica, in turn, or nil when there is none.
func (set *replicaSet) pick() *replica {
	if set == nil {
		return nil
	}
	n := uint64(len(set.list))
	start := set.next.Add(1)
	for i := range n {
		if r := set.list[(start+i)%n]; r.healthy.Load() {
			return r
		}
	}
	return nil
}

// markDown takes a replica that failed a read out of use until the next
// check finds it healthy.
func (set *replicaSet) markDown(r *replica, err error) {
	if !r.healthy.Swap(false) {
		return
	}
	r.mu.Lock()
	r.status.State, r.status.Error = ReplicaDown, err.Error()
	r.mu.Unlock()
	set.log.Warn("read replica failed a read: skipped until it recovers", "replica", r.addr, "err", err)
}

// statuses returns every replica's state.
func (set *replicaSet) statuses() []ReplicaStatus {
	if set == nil {
		return nil
	}
	out := make([]ReplicaStatus, len(set.list))
	for i, r := range set.list {
		r.mu.Lock()
		out[i] = r.status
		r.mu.Unlock()
		out[i].Reads, out[i].Fallbacks = r.reads.Load(), r.fallbacks.Load()
	}
	return out
}

// close stops the checks and closes the pools.
func (set *replicaSet) close() {
	if set == nil {
		return
	}
	if set.stop != nil {
		set.stop()
		<-set.done
	}
	for _, r := range set.list {
		r.db.Close()
	}
}

// Replicas returns the state of each read replica (none when the store
// has none), for readiness and metrics.
func (s *DB) Replicas() []ReplicaStatus { return s.replicas.statuses() }

// ReadsMayLag reports whether the store's lag-tolerant reads, the
// candidate search among them, may be served by a replica behind the
// primary (see dedup.LaggingReader).
func (s *DB) ReadsMayLag() bool { return s.replicas != nil }

// reader is a pool read with single statements.
type reader interface {
	querier
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// lagTolerant runs the reads of fn on a healthy replica, or on the primary
// when there is none or ctx asks for current reads (dedup.Current). When
// the read fails on the replica, fn runs again on the primary; a replica
// that does not answer (it went down since its last check) is skipped
// until a check finds it healthy. A read that finds nothing
// (dedup.ErrNotFound) runs again on the primary too, since what a client
// was just told exists may not have reached the replica yet.
func (s *DB) lagTolerant(ctx context.Context, fn func(db reader) error) error {
	r := s.replicas.pick()
	if r == nil || dedup.IsCurrent(ctx) {
		return fn(s.db)
	}
	err := fn(r.db)
	switch {
	case err == nil:
		r.reads.Add(1)
		return nil
	case ctx.Err() != nil:
		return err
	case errors.Is(err, dedup.ErrUnavailable):
		s.replicas.markDown(r, err)
	case !errors.Is(err, dedup.ErrNotFound):
		// Whatever else failed on the replica, the primary's answer is
		// the one that counts.
		s.log.Warn("a read failed on a replica: read on the primary", "replica", r.addr, "err", err)
	}
	r.fallbacks.Add(1)
	return fn(s.db)
}
