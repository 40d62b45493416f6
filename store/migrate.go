package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/golang-migrate/migrate/v4"
	migratemysql "github.com/golang-migrate/migrate/v4/database/mysql"
	"github.com/golang-migrate/migrate/v4/source/iofs"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/migrations"
)

// SchemaVersion is the state of the schema: the last migration applied and
// whether one failed halfway (dirty).
type SchemaVersion struct {
	Version uint
	Dirty   bool
}

// LatestVersion returns the number of the newest embedded migration.
func LatestVersion() uint {
	vs := Versions()
	if len(vs) == 0 {
		return 0
	}
	return vs[len(vs)-1]
}

// Versions lists the versions of the embedded migrations in order. They
// need not be consecutive: a version steps down to the one before it in
// this list.
func Versions() []uint {
	entries, err := fs.ReadDir(migrations.FS, ".")
	if err != nil {
		panic(fmt.Sprintf("reading embedded migrations: %v", err))
	}
	var vs []uint
	for _, e := range entries {
		n, _, ok := strings.Cut(e.Name(), "_")
		if !ok {
			continue
		}
		if v, err := strconv.ParseUint(n, 10, 32); err == nil && !slices.Contains(vs, uint(v)) {
			vs = append(vs, uint(v))
		}
	}
	slices.Sort(vs)
	return vs
}

// MigrateUp applies every pending migration. Several processes may call it
// at once: golang-migrate serializes them with a named lock (GET_LOCK), and
// a process that cannot get the lock in time retries until ctx ends.
func (s *DB) MigrateUp(ctx context.Context) error {
	return s.withMigrate(ctx, func(m *migrate.Migrate) error {
		if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
			return fmt.Errorf("migrate up: %w", err)
		}
		return nil
	})
}

// MigrateDown rolls back the last n migrations.
func (s *DB) MigrateDown(ctx context.Context, n int) error {
	if n <= 0 {
		return dedup.InvalidField("N", "must be a positive number of migrations, got %d", n)
	}
	return s.withMigrate(ctx, func(m *migrate.Migrate) error {
		if err := m.Steps(-n); err != nil && !errors.Is(err, migrate.ErrNoChange) {
			return fmt.Errorf("migrate down %d: %w", n, err)
		}
		return nil
	})
}

// Version returns the current schema version (0 when none was applied).
func (s *DB) Version(ctx context.Context) (SchemaVersion, error) {
	var v SchemaVersion
	// Reading the version table directly avoids taking the migration lock
	// for every readiness probe.
	row := s.db.QueryRowContext(ctx, "SELECT version, dirty FROM schema_migrations LIMIT 1")
	var version int64
	if err := row.Scan(&version, &v.Dirty); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return SchemaVersion{}, nil
		}
		var me *mysql.MySQLError
		if errors.As(err, &me) && me.Number == 1146 { // table does not exist
			return SchemaVersion{}, nil
		}
		return v, fmt.Errorf("reading schema version: %w", translate(err))
	}
	if version > 0 {
		v.Version = uint(version)
	}
	return v, nil
}

// withMigrate runs fn with a golang-migrate instance on its own connection
// pool (migrate closes the pool it is given), retrying while another process
// holds the migration lock.
func (s *DB) withMigrate(ctx context.Context, fn func(*migrate.Migrate) error) error {
	for {
		err := s.migrateOnce(ctx, fn)
		if !errors.Is(err, migrate.ErrLocked) && !errors.Is(err, migrate.ErrLockTimeout) {
			return err
		}
		s.log.Info("schema migration lock held by another process; waiting")
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the migration lock: %w", ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (s *DB) migrateOnce(ctx context.Context, fn func(*migrate.Migrate) error) error {
	conn, err := mysql.NewConnector(s.cfg)
	if err != nil {
		return fmt.Errorf("mysql connector: %w", err)
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(2)
	driver, err := migratemysql.WithInstance(db, &migratemysql.Config{DatabaseName: s.name})
	if err != nil {
		db.Close()
		return fmt.Errorf("migrate driver: %w", translate(err))
	}
	src, err := iofs.New(migrations.FS, ".")
	if err != nil {
		driver.Close()
		return fmt.Errorf("migration files: %w", err)
	}
	m, err := migrate.NewWithInstance("iofs", src, "mysql", driver)
	if err != nil {
		driver.Close()
		return fmt.Errorf("migrate: %w", err)
	}
	defer m.Close()
	m.Log = migrateLogger{s}
	stop := context.AfterFunc(ctx, func() {
		select {
		case m.GracefulStop <- true:
		default:
		}
	})
	defer stop()
	return fn(m)
}

// migrateLogger sends golang-migrate's logs to slog.
type migrateLogger struct{ s *DB }

func (l migrateLogger) Printf(format string, v ...any) {
	l.s.log.Info(strings.TrimSpace(fmt.Sprintf(format, v...)), "component", "migrate")
}
func (l migrateLogger) Verbose() bool { return false }

// Ready reports whether the database answers and its schema is at the
// newest embedded migration, clean.
func (s *DB) Ready(ctx context.Context) error {
	if err := s.Ping(ctx); err != nil {
		return fmt.Errorf("database unreachable: %w", err)
	}
	v, err := s.Version(ctx)
	if err != nil {
		// Whatever kept the version from being read, the database cannot
		// serve now; the errors below are statements about the schema.
		if !errors.Is(err, dedup.ErrUnavailable) {
			err = fmt.Errorf("%w: %w", dedup.ErrUnavailable, err)
		}
		return fmt.Errorf("reading the schema version: %w", err)
	}
	if v.Dirty {
		return fmt.Errorf("schema is dirty at version %d: a migration failed halfway", v.Version)
	}
	if latest := LatestVersion(); v.Version != latest {
		return fmt.Errorf("schema at version %d, this binary needs %d (run 'songdedup migrate up')", v.Version, latest)
	}
	return nil
}
