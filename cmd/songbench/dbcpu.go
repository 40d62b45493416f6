package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"github.com/go-sql-driver/mysql"
)

// dbServer is the database server of the bench when it runs on this
// machine: its process, whose CPU the phases count, and the OS threads
// of its connections to the bench's database, which serve the bench
// alone (the process also serves whatever else uses the server).
type dbServer struct {
	pid   int     // 0 when unknown: the database CPU is not measured
	admin *sql.DB // nil when the server cannot be asked
	name  string  // the database whose connections' threads count
}

// localDatabase finds the server dsn names by the pid file it reports
// (@@pid_file), so that another server on the machine is never counted
// in its place. When the server cannot be asked or its pid file read
// (a server on another machine, a file of another user), it warns that
// the database's CPU is not measured and the phases leave that figure
// out.
func localDatabase(ctx context.Context, dsn string) dbServer {
	var d dbServer
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		slog.Warn("database CPU not measured", "err", fmt.Errorf("parse DSN: %w", err))
		return d
	}
	// Asked on a connection of no database, so that its own thread is not
	// one of those counted.
	d.name, cfg.DBName = cfg.DBName, ""
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		slog.Warn("database CPU not measured", "err", fmt.Errorf("open database: %w", err))
		return d
	}
	var pidFile string
	if err := db.QueryRowContext(ctx, "SELECT @@pid_file").Scan(&pidFile); err != nil {
		db.Close()
		slog.Warn("database CPU not measured", "err", fmt.Errorf("ask the server its pid file: %w", err))
		return d
	}
	d.admin = db
	raw, err := os.ReadFile(pidFile)
	if err != nil {
		slog.Warn("database CPU not measured", "pid_file", pidFile, "err", fmt.Errorf("read the server's pid file: %w", err))
		return d
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		slog.Warn("database CPU not measured", "pid_file", pidFile, "err", fmt.Errorf("read the server's pid file: %w", err))
		return d
	}
	d.pid = pid
	return d
}

func (d dbServer) close() {
	if d.admin != nil {
		d.admin.Close()
	}
}

// cpu is the CPU seconds of the server process.
func (d dbServer) cpu() float64 { return cpuSeconds(d.pid) }

// connectionCPU is the CPU seconds of each server thread that serves a
// connection to the bench's database, by thread: MariaDB names a
// connection's thread in PROCESSLIST (TID). nil when the server does not
// (MySQL) or does not run here.
func (d dbServer) connectionCPU(ctx context.Context) map[int]float64 {
	if d.admin == nil || d.pid <= 0 {
		return nil
	}
	rows, err := d.admin.QueryContext(ctx, "SELECT TID FROM information_schema.PROCESSLIST WHERE DB = ?", d.name)
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
		if cpu, ok := statCPU(fmt.Sprintf("/proc/%d/task/%d/stat", d.pid, tid)); ok {
			out[tid] = cpu
		}
	}
	if rows.Err() != nil {
		return nil
	}
	return out
}

// connectionCPUSince is the CPU seconds the threads of before spent
// since, those that still serve the bench's database (a thread that
// served another connection before it has spent its CPU on it).
func (d dbServer) connectionCPUSince(ctx context.Context, before map[int]float64) float64 {
	var sum float64
	for tid, cpu := range d.connectionCPU(ctx) {
		if was, ok := before[tid]; ok {
			sum += cpu - was
		}
	}
	return sum
}
