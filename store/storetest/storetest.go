// Package storetest gives tests a real, freshly created MySQL database.
//
// Tests never mock the database: each test package (or test) gets its own
// schema on the server named by SONGDEDUP_TEST_MYSQL_DSN, else
// SONGDEDUP_MYSQL_DSN, else root@127.0.0.1:3306, and drops it afterwards.
// With -short no database is created and the tests that need one skip, so
// that `go test -short ./...` runs without a server.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
)

// DefaultDSN is the server used when no environment variable names one.
const DefaultDSN = "root@tcp(127.0.0.1:3306)/songdedup"

// ServerDSN returns the DSN of the test server (its database name is
// replaced by each test database).
func ServerDSN() string {
	for _, name := range []string{"SONGDEDUP_TEST_MYSQL_DSN", "SONGDEDUP_MYSQL_DSN"} {
		if v := os.Getenv(name); v != "" {
			return v
		}
	}
	return DefaultDSN
}

// Database is a freshly created database for tests.
type Database struct {
	// DSN connects to the new database.
	DSN string
	// Name is its name.
	Name  string
	admin *sql.DB
}

// Create makes a new empty database whose name starts with prefix. It does
// not apply migrations. Call Drop when done.
func Create(prefix string) (*Database, error) {
	cfg, err := mysql.ParseDSN(ServerDSN())
	if err != nil {
		return nil, fmt.Errorf("test DSN: %w", err)
	}
	b := make([]byte, 4)
	rand.Read(b)
	name := fmt.Sprintf("sdt_%s_%s", sanitize(prefix), hex.EncodeToString(b))
	server := cfg.Clone()
	server.DBName = ""
	admin, err := sql.Open("mysql", server.FormatDSN())
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE `"+name+"` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
		admin.Close()
		return nil, fmt.Errorf("creating test database (is MariaDB running? `make db` starts it): %w", err)
	}
	cfg.DBName = name
	return &Database{DSN: cfg.FormatDSN(), Name: name, admin: admin}, nil
}

// Close releases the admin connection; call it after the last Drop.
func (d *Database) Close() error { return d.admin.Close() }

// Drop removes the database.
// It may be called more than once.
func (d *Database) Drop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, err := d.admin.ExecContext(ctx, "DROP DATABASE IF EXISTS `"+d.Name+"`")
	return err
}

// New creates a database for one test and drops it in t.Cleanup; with
// -short it skips the test.
func New(tb testing.TB) *Database {
	tb.Helper()
	skipShort(tb)
	d, err := Create(tb.Name())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := d.Drop(); err != nil {
			tb.Errorf("dropping %s: %v", d.Name, err)
		}
		d.admin.Close()
	})
	return d
}

func sanitize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
		if b.Len() >= 24 {
			break
		}
	}
	return b.String()
}

// skipShort skips tb under -short: it needs the database.
func skipShort(tb testing.TB) {
	if testing.Short() {
		tb.Skip("needs the database: skipped with -short")
	}
}

// shared is the database Main created for its test package.
var shared *Database

// Main runs the tests of a package that share one database, created fresh
// with prefix before them (not with -short) and dropped after them. It
// returns the exit code for os.Exit: call it from TestMain.
func Main(m *testing.M, prefix string) int {
	flag.Parse()
	if testing.Short() {
		return m.Run()
	}
	d, err := Create(prefix)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	shared = d
	code := m.Run()
	if err := d.Drop(); err != nil {
		fmt.Fprintln(os.Stderr, "dropping test database:", err)
	}
	d.Close()
	return code
}

// Shared returns the database Main created for the package; with -short it
// skips the test.
func Shared(tb testing.TB) *Database {
	tb.Helper()
	skipShort(tb)
	return shared
}
