package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
)

// DB is the MySQL store.
type DB struct {
	db        *sql.DB
	cfg       *mysql.Config
	log       *slog.Logger
	now       func() time.Time
	name      string
	retrieval RetrievalOptions
	dfs       dfCache
	lexicon   dfCache    // artist lexicon sightings, see lexicon.go
	aliases   aliasCache // learned name aliases, see name_aliases.go
	maxOpen   int
	// coalescedStatements is Options.CoalescedStatements.
	coalescedStatements int
	marks               reconciledMarks
	changes             changeLog
	replicas            *replicaSet // nil without read replicas
	// effects holds, per open transaction, the counts it changed that
	// the caches hold, applied to them once it commits (see txEffects).
	effects sync.Map // *sql.Tx -> *txEffects
	// sessionIsolation is set when every connection runs READ COMMITTED.
	sessionIsolation bool
	// searches counts the FULLTEXT searches of Candidates (see Searches).
	searches atomic.Int64
	// retries counts the transactions run again (see Retries).
	retries txRetries
	// idStep, when not 0, is the step between the consecutive IDs that
	// one multi-row INSERT is given (innodb_autoinc_lock_mode 0 or 1, the
	// MariaDB default; MySQL 8's default 2 does not promise consecutive
	// IDs, and songs are then inserted one by one).
	idStep int64
	// valuesRow is what a row of a table of values starts with: ROW on
	// MySQL 8, whose VALUES statement requires it, and nothing on MariaDB,
	// which does not know it (see nearbyQuery). It holds a string once
	// the server's version was read (see tableRow).
	valuesRow atomic.Value
	// stmts are the prepared statements of the reads of a song or a
	// video (see prepared).
	stmts preparedStmts
	// logged are songs a read of their document found logged (see
	// songDocument).
	logged loggedSongs
	// videoReads, songReads and wholeReads coalesce the reads of single
	// videos, of the documents of songs not known logged, and of the
	// whole documents of songs known logged, under load.
	videoReads poolReads[string, dedup.Video]
	songReads  poolReads[int64, songRead]
	wholeReads poolReads[int64, songRead]
}

var (
	_ dedup.SubmitStore   = (*DB)(nil)
	_ dedup.CurationStore = (*DB)(nil)
	_ dedup.OutcomeStore  = (*DB)(nil)
	_ dedup.ChangeStore   = (*DB)(nil)
	_ backfill.Store      = (*DB)(nil)
)

// Options tune Open. The zero value is usable.
type Options struct {
	// MaxOpenConns bounds the pool (default 32).
	MaxOpenConns int
	// Logger receives store logs (default slog.Default()).
	Logger *slog.Logger
	// Now is the clock (default time.Now).
	Now func() time.Time
	// CreateDatabase creates the database named in the DSN if it is missing.
	CreateDatabase bool
	// Retrieval tunes candidate retrieval.
	Retrieval RetrievalOptions
	// Lazy skips the connection check, so a service can start while the
	// database is down and report it through readiness instead.
	Lazy bool
	// Replicas are the read replicas of the primary, if any.
	Replicas ReplicaOptions
	// CoalescedStatements bounds the statements of one kind of read of a
	// single row (a video, a song's document) that run at once on one
	// pool; the reads that arrive meanwhile wait and share one (default
	// DefaultCoalescedStatements; see coalesced).
	CoalescedStatements int
}

// ParseDSN parses a go-sql-driver DSN and applies what songdedup needs:
// parseTime, utf8mb4 with utf8mb4_unicode_ci, UTC, and timeouts. It
// returns a *dedup.FieldError naming field when the DSN is malformed.
func ParseDSN(dsn, field string) (*mysql.Config, error) {
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		return nil, dedup.InvalidField(field, "malformed MySQL DSN: %v", err)
	}
	if cfg.DBName == "" {
		return nil, dedup.InvalidField(field, "the DSN names no database (user:pass@tcp(host:3306)/songdedup)")
	}
	cfg.ParseTime = true
	cfg.Loc = time.UTC
	// Placeholders are interpolated by the driver (safe with utf8mb4):
	// one round trip per statement instead of prepare, execute and close,
	// which roughly halves the statements the server parses.
	cfg.InterpolateParams = true
	cfg.Collation = "utf8mb4_unicode_ci"
	if cfg.Params == nil {
		cfg.Params = map[string]string{}
	}
	delete(cfg.Params, "charset")
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.ReadTimeout == 0 {
		cfg.ReadTimeout = 30 * time.Second
	}
	if cfg.WriteTimeout == 0 {
		cfg.WriteTimeout = 30 * time.Second
	}
	return cfg, nil
}

// MaskDSN returns dsn with its password replaced, for logs.
func MaskDSN(dsn string) string {
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		return "(malformed)"
	}
	if cfg.Passwd != "" {
		cfg.Passwd = "***"
	}
	return cfg.FormatDSN()
}

// Open connects to the database in dsn, creating it first when
// opts.CreateDatabase is set, and checks that it answers.
func Open(ctx context.Context, dsn string, opts Options) (*DB, error) {
	cfg, err := ParseDSN(dsn, "mysql-dsn")
	if err != nil {
		return nil, err
	}
	if opts.CreateDatabase {
		if err := createDatabase(ctx, cfg); err != nil {
			return nil, err
		}
	}
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("mysql connector: %w", err)
	}
	db := sql.OpenDB(conn)
	maxOpen := opts.MaxOpenConns
	if maxOpen <= 0 {
		maxOpen = 32
	}
	db.SetMaxOpenConns(maxOpen)
	db.SetMaxIdleConns(maxOpen)
	db.SetConnMaxLifetime(30 * time.Minute)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &DB{db: db, cfg: cfg, log: opts.Logger, now: opts.Now, name: cfg.DBName,
		retrieval: opts.Retrieval.withDefaults(), maxOpen: maxOpen, coalescedStatements: opts.CoalescedStatements}
	if s.coalescedStatements <= 0 {
		s.coalescedStatements = DefaultCoalescedStatements
	}
	s.dfs.ttl = s.retrieval.StatsTTL
	// The lexicon changes no faster than term statistics: a store told to
	// cache those briefly (tests) caches names as briefly.
	s.lexicon.ttl, s.lexicon.zeroTTL = min(lexiconTTL, s.retrieval.StatsTTL), min(lexiconZeroTTL, s.retrieval.StatsTTL)
	s.aliases.ttl, s.aliases.zeroTTL = s.lexicon.ttl, s.lexicon.zeroTTL
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if !opts.Lazy {
		pingCtx, cancel := context.WithTimeout(ctx, cfg.Timeout+time.Second)
		defer cancel()
		if err := db.PingContext(pingCtx); err != nil {
			db.Close()
			return nil, fmt.Errorf("connecting to %s: %w", cfg.Addr, translate(err))
		}
		if err := s.setSessionIsolation(pingCtx); err != nil {
			db.Close()
			return nil, err
		}
	}
	if err := s.openReplicas(ctx, opts.Replicas); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

func isMariaDB(version string) bool { return strings.Contains(strings.ToLower(version), "mariadb") }

// valuesRowOf is what a row of a table of values starts with on a server
// of version.
func valuesRowOf(version string) string {
	if isMariaDB(version) {
		return ""
	}
	return "ROW"
}

// tableRow returns what a row of a table of values starts with on this
// server, reading its version the first time when Open did not (a lazily
// opened pool).
func (s *DB) tableRow(ctx context.Context) (string, error) {
	if row, ok := s.valuesRow.Load().(string); ok {
		return row, nil
	}
	var version string
	if err := s.db.QueryRowContext(ctx, "SELECT VERSION()").Scan(&version); err != nil {
		return "", fmt.Errorf("reading the server version: %w", translate(err))
	}
	row := valuesRowOf(version)
	s.valuesRow.Store(row)
	return row, nil
}

// setSessionIsolation makes READ COMMITTED the isolation of every
// connection, so that a transaction starts in one round trip. The session
// variable is tx_isolation on MariaDB and transaction_isolation on MySQL 8,
// so the server is asked which it is. Until then (and on a lazily opened
// pool) transactions set their isolation themselves.
func (s *DB) setSessionIsolation(ctx context.Context) error {
	var version string
	var lockMode, step int64
	if err := s.db.QueryRowContext(ctx, "SELECT VERSION(), @@innodb_autoinc_lock_mode, @@auto_increment_increment").Scan(&version, &lockMode, &step); err != nil {
		return fmt.Errorf("reading the server version: %w", translate(err))
	}
	if lockMode <= 1 && step >= 1 {
		s.idStep = step
	}
	name := "transaction_isolation"
	if isMariaDB(version) {
		name = "tx_isolation"
	}
	s.valuesRow.Store(valuesRowOf(version))
	cfg := s.cfg.Clone()
	cfg.Params[name] = "'READ-COMMITTED'"
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		return fmt.Errorf("mysql connector: %w", err)
	}
	pool := sql.OpenDB(conn)
	pool.SetMaxOpenConns(s.maxOpen)
	pool.SetMaxIdleConns(s.maxOpen)
	pool.SetConnMaxLifetime(30 * time.Minute)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	var level string
	if err := pool.QueryRowContext(ctx, "SELECT @@"+name).Scan(&level); err != nil || level != "READ-COMMITTED" {
		pool.Close()
		return nil // keep setting it per transaction
	}
	s.db.Close()
	s.db, s.cfg, s.sessionIsolation = pool, cfg, true
	return nil
}

// createDatabase creates cfg.DBName if it does not exist.
func createDatabase(ctx context.Context, cfg *mysql.Config) error {
	server := cfg.Clone()
	server.DBName = ""
	conn, err := mysql.NewConnector(server)
	if err != nil {
		return fmt.Errorf("mysql connector: %w", err)
	}
	db := sql.OpenDB(conn)
	defer db.Close()
	q := "CREATE DATABASE IF NOT EXISTS " + quoteIdent(cfg.DBName) +
		" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
	if _, err := db.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("connecting to %s to create database %s: %w", cfg.Addr, cfg.DBName, translate(err))
	}
	return nil
}

// quoteIdent quotes a MySQL identifier.
func quoteIdent(name string) string {
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}

// Close writes what is waiting and closes the pool.
func (s *DB) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.marks.closed.Store(true)
	s.flushMarks(ctx)
	s.replicas.close()
	s.stmts.close()
	return s.db.Close()
}

// SQL returns the underlying pool, for pool statistics and tests.
func (s *DB) SQL() *sql.DB { return s.db }

// Name returns the database name.
func (s *DB) Name() string { return s.name }

// Ping checks that the database answers.
func (s *DB) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return translate(err)
	}
	return nil
}

// translate maps driver errors to dedup's vocabulary: duplicate key ->
// ErrConflict, no rows -> ErrNotFound, connection trouble ->
// ErrUnavailable. The original error stays in the chain.
func translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %w", dedup.ErrNotFound, err)
	}
	var me *mysql.MySQLError
	if errors.As(err, &me) {
		switch me.Number {
		case 1062: // ER_DUP_ENTRY
			return fmt.Errorf("%w: %w", dedup.ErrConflict, err)
		case 1040, 1053, 1205, 1213, 2006, 2013, 1927: // too many connections, shutdown, lock wait timeout, deadlock, gone away, lost, connection killed
			return fmt.Errorf("%w: %w", dedup.ErrUnavailable, err)
		}
		return err
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, mysql.ErrInvalidConn) || errors.Is(err, sql.ErrConnDone) ||
		errors.Is(err, context.DeadlineExceeded) || isConnRefused(err) {
		return fmt.Errorf("%w: %w", dedup.ErrUnavailable, err)
	}
	return err
}

func isConnRefused(err error) bool {
	var oe *net.OpError
	return errors.As(err, &oe)
}

// txRetried, when set (by tests), is told the error of each transaction
// that retried runs again.
var txRetried func(err error)

// lockFailure is why a statement got no row lock, by the server's error
// number; noLockFailure for any other error.
type lockFailure uint8

const (
	noLockFailure lockFailure = iota
	// lockDeadlock is ER_LOCK_DEADLOCK (1213): InnoDB rolled the
	// transaction back.
	lockDeadlock
	// lockWaitTimeout is ER_LOCK_WAIT_TIMEOUT (1205), which MariaDB also
	// answers to a NOWAIT lock found held.
	lockWaitTimeout
	// lockNowait is ER_LOCK_NOWAIT (3572), MySQL 8's answer to a NOWAIT
	// lock found held.
	lockNowait
)

// lockFailureOf classifies err by its MySQL error number.
func lockFailureOf(err error) lockFailure {
	var me *mysql.MySQLError
	if !errors.As(err, &me) {
		return noLockFailure
	}
	switch me.Number {
	case 1213:
		return lockDeadlock
	case 1205:
		return lockWaitTimeout
	case 3572:
		return lockNowait
	}
	return noLockFailure
}

// retryable reports whether a transaction failed for a reason that running
// it again may fix: a deadlock, a lock wait timeout, or a song that moved
// before its canonical song was locked (errSongsMoved).
func retryable(err error) bool {
	f := lockFailureOf(err)
	return errors.Is(err, errSongsMoved) || f == lockDeadlock || f == lockWaitTimeout
}

// lockBusy reports whether err is a lock that NOWAIT found held: MariaDB
// answers a lock wait timeout, MySQL 8 ER_LOCK_NOWAIT.
func lockBusy(err error) bool {
	f := lockFailureOf(err)
	return f == lockWaitTimeout || f == lockNowait
}

// TxRetries counts the transactions (and single statements) run again
// since Open, by why: InnoDB rolled them back for a deadlock or a lock
// wait timeout, or a song they were to lock moved before its canonical
// song was locked (see lockCanonicalOf).
type TxRetries struct {
	Deadlocks, LockWaitTimeouts, SongsMoved int64
}

// txRetries are the counts of TxRetries.
type txRetries struct {
	deadlocks, lockWaits, moved atomic.Int64
}

// count counts err, a retryable error.
func (r *txRetries) count(err error) {
	switch {
	case errors.Is(err, errSongsMoved):
		r.moved.Add(1)
	case lockFailureOf(err) == lockDeadlock:
		r.deadlocks.Add(1)
	default:
		r.lockWaits.Add(1)
	}
}

// Retries returns how many transactions were run again since Open, by
// why: a path that locked rows out of the order every other takes (see
// lockCanonicalOf) would show as deadlocks.
func (s *DB) Retries() TxRetries {
	return TxRetries{Deadlocks: s.retries.deadlocks.Load(), LockWaitTimeouts: s.retries.lockWaits.Load(),
		SongsMoved: s.retries.moved.Load()}
}

// inTx runs fn in one transaction and commits it, rolling back on any error.
// Deadlocks and lock wait timeouts are retried (see retried).
func (s *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.retried(ctx, func() error { return s.tryTx(ctx, fn) })
}

// retried runs try, a transaction, until it succeeds or fails for a reason
// other than a deadlock or a lock wait timeout, at most eight times with
// backoff: InnoDB resolves those by aborting one of the transactions (a
// song that moved is run again at once). Each run again is counted (see
// Retries).
func (s *DB) retried(ctx context.Context, try func() error) error {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		if attempt > 0 && !errors.Is(err, errSongsMoved) {
			select {
			case <-ctx.Done():
				return translate(ctx.Err())
			case <-time.After(time.Duration(attempt*attempt) * 5 * time.Millisecond):
			}
		}
		err = try()
		if err == nil || !retryable(err) {
			return err
		}
		s.retries.count(err)
		if txRetried != nil {
			txRetried(err)
		}
	}
	return translate(err)
}

func (s *DB) tryTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	// READ COMMITTED: every statement sees the latest committed rows (as
	// FULLTEXT does anyway), and InnoDB takes no gap locks for it, which
	// keeps concurrent submits from deadlocking each other. It is the
	// session's isolation (see setSessionIsolation), or set per
	// transaction when that could not be arranged.
	var opts *sql.TxOptions
	if !s.sessionIsolation {
		opts = &sql.TxOptions{Isolation: sql.LevelReadCommitted}
	}
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return translate(err)
	}
	defer tx.Rollback()
	defer s.takeChanges(tx)
	defer s.effects.Delete(tx)
	if err := fn(tx); err != nil {
		return err
	}
	var e *txEffects
	if v, ok := s.effects.Load(tx); ok {
		e = v.(*txEffects)
	}
	if e != nil {
		// Next to last, before the seq row: the count rows stay locked
		// until the commit.
		if err := writeReviewCounts(ctx, tx, e.reviews); err != nil {
			return err
		}
	}
	if cs := s.takeChanges(tx); len(cs) > 0 {
		// The last statements: the seq row stays locked until the commit.
		if err := writeChanges(ctx, tx, cs); err != nil {
			return err
		}
	}
	var cm *dfCommit
	if e != nil && len(e.dfs) > 0 {
		// A read of frequencies that runs while this commit does may count
		// it or not: it does not cache those of its terms (see dfRead).
		cm = s.dfs.beginCommit(e.dfs)
	}
	err = tx.Commit()
	if cm != nil {
		s.dfs.endCommit(cm, err == nil)
	}
	if err != nil {
		return translate(err)
	}
	if e != nil {
		e.apply(s)
	}
	return nil
}

// txEffects are the counts a transaction changed that the process caches:
// document frequencies of terms, sightings of artist names, aliases. Once it
// commits they are added to the cached counts, so that the process sees
// its own writes at once, as a process started later reads them: what a
// backfill decides then depends on the rows before, not on how long ago
// the cache read them, as in a job resumed after a crash. Other
// processes' writes are seen as the caches expire. They also hold the
// changes to the counts of reviews, which no cache holds: tryTx writes
// them before the commit.
type txEffects struct {
	dfs   map[string]int
	names map[string]int
	// aliases are the names whose aliases the transaction counted: their
	// cached aliases are read again.
	aliases []dedup.AliasKey
	// reviews are the changes to the counts of reviews, which no cache
	// holds: the transaction writes them before it commits.
	reviews reviewCounts
}

// effectsOf returns the effects of tx, to add to.
func (s *DB) effectsOf(tx *sql.Tx) *txEffects {
	e, _ := s.effects.LoadOrStore(tx, &txEffects{dfs: map[string]int{}, names: map[string]int{}})
	return e.(*txEffects)
}

// apply adds the effects to the caches; the frequencies were added when
// the commit ended (see dfCache.endCommit).
func (e *txEffects) apply(s *DB) {
	s.lexicon.add(e.names)
	s.aliases.forget(e.aliases)
}
