package store_test

import (
	"context"
	"strings"
	"testing"
)

// TestJobLockIsPerDatabase: two catalogues on one server backfill the
// same file at once (a lock name is the server's: it must name the
// database).
func TestJobLockIsPerDatabase(t *testing.T) {
	a, _ := openMigrated(t)
	b, _ := openMigrated(t)
	ctx := context.Background()
	fingerprint := strings.Repeat("ab", 32)
	releaseA, err := a.LockJob(ctx, fingerprint)
	if err != nil {
		t.Fatal(err)
	}
	defer releaseA()
	releaseB, err := b.LockJob(ctx, fingerprint)
	if err != nil {
		t.Fatalf("the same file in another database: %v", err)
	}
	releaseB()
}
