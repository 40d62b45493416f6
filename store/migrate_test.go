package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

func TestMigrationsUpDownUp(t *testing.T) {
	ctx := context.Background()
	d := storetest.New(t)
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	versions := store.Versions()
	steps := []struct {
		name string
		do   func() error
		want uint
	}{
		{"up", func() error { return db.MigrateUp(ctx) }, store.LatestVersion()},
		{"up again is a no-op", func() error { return db.MigrateUp(ctx) }, store.LatestVersion()},
		{"down one", func() error { return db.MigrateDown(ctx, 1) }, versions[len(versions)-2]},
		{"down to zero", func() error { return db.MigrateDown(ctx, len(versions)-1) }, 0},
		{"up from zero", func() error { return db.MigrateUp(ctx) }, store.LatestVersion()},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		v, err := db.Version(ctx)
		if err != nil {
			t.Fatalf("%s: version: %v", s.name, err)
		}
		if v.Version != s.want || v.Dirty {
			t.Fatalf("%s: version = %+v, want %d clean", s.name, v, s.want)
		}
	}
	var tables int
	if err := db.SQL().QueryRowContext(ctx,
		"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'schema_migrations'").Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables < 6 {
		t.Fatalf("after up: %d tables, want at least 6", tables)
	}
	var badCollation int
	if err := db.SQL().QueryRowContext(ctx,
		`SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()
		 AND character_set_name IS NOT NULL AND character_set_name <> 'utf8mb4'`).Scan(&badCollation); err != nil {
		t.Fatal(err)
	}
	if badCollation != 0 {
		t.Fatalf("%d text columns are not utf8mb4", badCollation)
	}
}

func TestConcurrentMigrateUp(t *testing.T) {
	ctx := context.Background()
	d := storetest.New(t)
	const replicas = 4
	errs := make(chan error, replicas)
	for i := 0; i < replicas; i++ {
		go func() {
			db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet})
			if err != nil {
				errs <- err
				return
			}
			defer db.Close()
			errs <- db.MigrateUp(ctx)
		}()
	}
	for i := 0; i < replicas; i++ {
		if err := <-errs; err != nil {
			t.Fatalf("replica %d: %v", i, err)
		}
	}
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, err := db.Version(ctx)
	if err != nil || v.Version != store.LatestVersion() || v.Dirty {
		t.Fatalf("version = %+v, %v; want %d clean", v, err, store.LatestVersion())
	}
}

func TestOpenCreatesDatabase(t *testing.T) {
	ctx := context.Background()
	d := storetest.New(t)
	if err := d.Drop(); err != nil { // gone: Open must create it again
		t.Fatal(err)
	}
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet, CreateDatabase: true})
	if err != nil {
		t.Fatalf("open with CreateDatabase: %v", err)
	}
	defer db.Close()
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
}

// shippedVersions are the migrations databases may already have applied.
// golang-migrate never applies a migration numbered below a database's
// current version, so a new migration takes a number above all of these,
// and joins the list once it is on main.
var shippedVersions = []uint{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 25, 26, 27, 28, 30, 31, 32, 33, 34, 35, 36, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50}

// TestMigrationsOnlyAppend checks that every shipped migration is still
// there and that every other one is numbered above them all, so that a
// database at any shipped version reaches the latest schema.
func TestMigrationsOnlyAppend(t *testing.T) {
	have := store.Versions()
	top := slices.Max(shippedVersions)
	for _, v := range shippedVersions {
		if !slices.Contains(have, v) {
			t.Errorf("shipped migration %d is gone", v)
		}
	}
	for _, v := range have {
		if !slices.Contains(shippedVersions, v) && v < top {
			t.Errorf("migration %d is numbered below shipped migration %d: databases past it would never apply it", v, top)
		}
	}
}
