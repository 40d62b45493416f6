package store_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// lockWaits counts the transactions of database name waiting for a lock.
func lockWaits(t *testing.T, admin *sql.DB, name string) int {
	t.Helper()
	var n int
	if err := admin.QueryRow(`SELECT COUNT(*) FROM information_schema.INNODB_TRX t
		JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
		WHERE t.trx_state = 'LOCK WAIT' AND p.DB = ?`, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// awaitLockWaits returns once n transactions of database name wait for a
// lock, or fails the test when done (a transaction that should be
// waiting) ends first. It asks no more often than every 100 ms: InnoDB
// refreshes what INNODB_TRX shows only when it was not read for that long.
func awaitLockWaits(t *testing.T, admin *sql.DB, name string, n int, done <-chan error) {
	t.Helper()
	for lockWaits(t, admin, name) < n {
		select {
		case err := <-done:
			t.Fatalf("ended before it waited for a lock: %v", err)
		case <-time.After(150 * time.Millisecond):
		}
	}
}

// rawTx begins a READ COMMITTED transaction on a connection of its own.
func rawTx(t *testing.T, db *sql.DB) *sql.Tx {
	t.Helper()
	tx, err := db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}

// TestLockOfMovedSongWaitsForNone: a submission that locked a song it
// read canonical, which a merge moved meanwhile into a song of a higher
// ID, waits for no lock while it holds that merged song's row
// (merge_lock_order): InnoDB keeps the lock it waited for, and a merge of
// the new canonical song, which holds it, then moves the songs merged
// into it. A submission that waited for the canonical song's row closed a
// cycle with that merge, a deadlock; it runs again instead, and locks the
// songs in order then.
//
// Each transaction but the submission is written out statement by
// statement as the store's merge runs it, so that each waits where the
// race puts it: the first merge (of the merged song into the canonical
// song) holds the merged song's row while the submission reads it
// canonical and waits for it; the second (of the canonical song into a
// third) holds the canonical song's row when the first commits.
func TestLockOfMovedSongWaitsForNone(t *testing.T) {
	db, d := openMigrated(t)
	ctx := context.Background()
	moved, _, _ := lockOrderSong(t, db, "Lockmoved One - Song (Live)")
	canonical, _, _ := lockOrderSong(t, db, "Lockmoved One - Song")
	third, _, _ := lockOrderSong(t, db, "Lockmoved One - Song (Remastered)")
	if !(moved < canonical && canonical < third) {
		t.Fatalf("songs %d, %d, %d: want IDs in that order", moved, canonical, third)
	}
	raw := db.SQL()
	before := db.Retries()

	first := rawTx(t, raw) // a merge of moved into canonical
	second := rawTx(t, raw)
	for _, s := range []struct {
		tx   *sql.Tx
		stmt string
		args []any
	}{
		{first, "SELECT id FROM songs WHERE id IN (?, ?) ORDER BY id FOR UPDATE", []any{moved, canonical}},
		{first, "UPDATE songs SET merged_into = ? WHERE merged_into = ?", []any{canonical, moved}},
		{first, "UPDATE songs SET merged_into = ?, reconciled = 1 WHERE id = ?", []any{canonical, moved}},
	} {
		if _, err := s.tx.Exec(s.stmt, s.args...); err != nil {
			t.Fatal(err)
		}
	}

	submitted := make(chan error, 1)
	go func() {
		_, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: "Lockmoved upload", DurationSeconds: 200},
			AttachTo: moved, Score: 0.9, DecidedBy: "test"}})
		submitted <- err
	}()
	awaitLockWaits(t, raw, d.Name, 1, submitted) // the submission waits for the merged song's row

	// A merge of the canonical song into the third starts once the first
	// merge committed: it holds both songs' rows before the submission
	// asks for the canonical song's. It cannot be run before the commit,
	// as the first merge holds the canonical song; so it is begun before,
	// on a song the first does not hold, and locks the canonical song
	// right after the commit, before the submission has read the move.
	if _, err := second.Exec("SELECT id FROM songs WHERE id = ? FOR UPDATE", third); err != nil {
		t.Fatal(err)
	}
	locked := make(chan error, 1)
	go func() {
		_, err := second.Exec("SELECT id FROM songs WHERE id = ? FOR UPDATE", canonical)
		locked <- err
	}()
	awaitLockWaits(t, raw, d.Name, 2, locked) // the second merge waits for the canonical song
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-locked; err != nil {
		t.Fatalf("the second merge locking song %d: %v", canonical, err)
	}
	// Whether the submission got the moved song's row first or waits for
	// it still, it now waits for the canonical song's row.
	awaitLockWaits(t, raw, d.Name, 1, submitted)
	if _, err := second.Exec("UPDATE songs SET merged_into = ? WHERE merged_into = ?", third, canonical); err != nil {
		t.Fatalf("the second merge moving the songs merged into song %d: %v", canonical, err)
	}
	if _, err := second.Exec("UPDATE songs SET merged_into = ?, reconciled = 1 WHERE id = ?", third, canonical); err != nil {
		t.Fatal(err)
	}
	if err := second.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-submitted; err != nil {
		t.Fatalf("submission to song %d: %v", moved, err)
	}
	got := db.Retries()
	t.Logf("ran again: %d for a deadlock, %d for a song that moved before its lock",
		got.Deadlocks-before.Deadlocks, got.SongsMoved-before.SongsMoved)
	if n := got.Deadlocks - before.Deadlocks; n > 0 {
		t.Errorf("the submission ran again %d times for a deadlock", n)
	}
	var song int64
	if err := raw.QueryRow("SELECT song_id FROM videos WHERE title = 'Lockmoved upload'").Scan(&song); err != nil {
		t.Fatal(err)
	}
	if song != third {
		t.Errorf("the upload went to song %d, want %d (where song %d is now)", song, third, moved)
	}
}
