package store

import (
	"errors"
	"fmt"
	"testing"

	"github.com/go-sql-driver/mysql"
)

// TestLockFailure: one classifier of the server's error numbers decides
// which errors run a transaction again, which one counts as a deadlock
// and which answers a NOWAIT lock found held, through wrapping.
func TestLockFailure(t *testing.T) {
	server := func(n uint16) error {
		return fmt.Errorf("locking songs: %w", &mysql.MySQLError{Number: n, Message: "test"})
	}
	for _, c := range []struct {
		name              string
		err               error
		want              lockFailure
		retry, busy, dead bool
	}{
		{"deadlock", server(1213), lockDeadlock, true, false, true},
		{"lock wait timeout", server(1205), lockWaitTimeout, true, true, false},
		{"MySQL 8 NOWAIT", server(3572), lockNowait, false, true, false},
		{"duplicate key", server(1062), noLockFailure, false, false, false},
		{"a song that moved", fmt.Errorf("songs [1 2]: %w", errSongsMoved), noLockFailure, true, false, false},
		{"no server error", errors.New("connection refused"), noLockFailure, false, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := lockFailureOf(c.err); got != c.want {
				t.Errorf("lockFailureOf = %d, want %d", got, c.want)
			}
			if got := retryable(c.err); got != c.retry {
				t.Errorf("retryable = %v, want %v", got, c.retry)
			}
			if got := lockBusy(c.err); got != c.busy {
				t.Errorf("lockBusy = %v, want %v", got, c.busy)
			}
			if c.retry {
				var r txRetries
				r.count(c.err)
				if got := r.deadlocks.Load() == 1; got != c.dead {
					t.Errorf("counted as a deadlock: %v, want %v", got, c.dead)
				}
				if n := r.deadlocks.Load() + r.lockWaits.Load() + r.moved.Load(); n != 1 {
					t.Errorf("counted %d times, want once", n)
				}
			}
		})
	}
}
