package store_test

import (
	"context"
	"testing"

	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// TestLazyStoreLearnsItsServer: a store opened without a connection check
// reads the server's version when a query first needs it, and keeps it.
func TestLazyStoreLearnsItsServer(t *testing.T) {
	d := storetest.New(t)
	ctx := context.Background()
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet, Lazy: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for range 2 {
		row, err := store.TableRow(ctx, db)
		if err != nil || row != "" {
			t.Fatalf("a table row on MariaDB starts with %q (%v), want nothing", row, err)
		}
	}
}
