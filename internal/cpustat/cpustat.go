// Package cpustat reads the CPU time of processes and threads from /proc,
// and of the database server's threads that serve one database, for the
// benchmarks that count what the service and its database spend.
package cpustat

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Read returns the user and system CPU seconds of a process's or a
// thread's stat file (/proc/PID/stat, /proc/PID/task/TID/stat), and false
// when the file cannot be read or parsed.
func Read(path string) (float64, bool) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	// The fields after the command name, in parentheses; the name may
	// hold spaces and parentheses, and ends at the last one.
	s := string(raw)
	end := strings.LastIndex(s, ") ")
	if end < 0 {
		return 0, false
	}
	f := strings.Fields(s[end+2:])
	if len(f) < 13 {
		return 0, false
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100, true // clock ticks (USER_HZ = 100 on Linux)
}

// ServerPID returns the process ID of the database server db connects to,
// read from the pid file the server reports (@@pid_file), so that another
// server on the machine is never counted in its place. It fails for a
// server on another machine, or a pid file of another user.
func ServerPID(ctx context.Context, db *sql.DB) (int, error) {
	var pidFile string
	if err := db.QueryRowContext(ctx, "SELECT @@pid_file").Scan(&pidFile); err != nil {
		return 0, fmt.Errorf("ask the server its pid file: %w", err)
	}
	raw, err := os.ReadFile(pidFile)
	if err != nil {
		return 0, fmt.Errorf("read the server's pid file: %w", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil || pid <= 0 {
		return 0, fmt.Errorf("read the server's pid file %s: no process ID in %q", pidFile, raw)
	}
	return pid, nil
}

// Connections are the threads of a database server on this machine that
// serve the connections to one of its databases: what a client of that
// database alone costs the server, which may serve others meanwhile.
type Connections struct {
	// Admin connects to the server outside Database, so that its own
	// thread is none of those counted.
	Admin    *sql.DB
	PID      int // the server's (ServerPID)
	Database string
}

// Threads returns the CPU seconds spent so far by each thread that serves
// a connection to the database, by thread: MariaDB names a connection's
// thread in PROCESSLIST (TID). It is nil when the server does not (MySQL)
// or cannot be asked.
func (c Connections) Threads(ctx context.Context) map[int]float64 {
	rows, err := c.Admin.QueryContext(ctx, "SELECT TID FROM information_schema.PROCESSLIST WHERE DB = ?", c.Database)
	if err != nil {
		return nil
	}
	defer rows.Close()
	out := map[int]float64{}
	for rows.Next() {
		var tid int
		if rows.Scan(&tid) != nil {
			return nil
		}
		if cpu, ok := Read(fmt.Sprintf("/proc/%d/task/%d/stat", c.PID, tid)); ok {
			out[tid] = cpu
		}
	}
	if rows.Err() != nil {
		return nil
	}
	return out
}

// Since is the CPU seconds the threads of before spent since, those that
// still serve the database (a thread that served another connection
// before it spent its CPU on that one).
func (c Connections) Since(ctx context.Context, before map[int]float64) float64 {
	var sum float64
	for tid, cpu := range c.Threads(ctx) {
		if was, ok := before[tid]; ok {
			sum += cpu - was
		}
	}
	return sum
}

// Process is the CPU seconds the calling process has spent, user and
// system.
func Process() (float64, error) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, fmt.Errorf("getrusage: %w", err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()).Seconds(), nil
}
