package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/internal/cpustat"
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
	d.admin = db
	pid, err := cpustat.ServerPID(ctx, db)
	if err != nil {
		slog.Warn("database CPU not measured", "err", err)
		return d
	}
	d.pid = pid
	return d
}

// statements is how many statements the server has been sent by all its
// clients (the status variable Questions, this one counted); 0 when it
// cannot be asked.
func (d dbServer) statements(ctx context.Context) int64 {
	if d.admin == nil {
		return 0
	}
	var name string
	var n int64
	if err := d.admin.QueryRowContext(ctx, "SHOW GLOBAL STATUS LIKE 'Questions'").Scan(&name, &n); err != nil {
		return 0
	}
	return n
}

func (d dbServer) close() {
	if d.admin != nil {
		d.admin.Close()
	}
}

// cpu is the CPU seconds of the server process.
func (d dbServer) cpu() float64 { return cpuSeconds(d.pid) }

// connectionCPU is the CPU seconds of each server thread that serves a
// connection to the bench's database, by thread (cpustat.Connections). nil
// when the server does not name them (MySQL) or does not run here.
func (d dbServer) connectionCPU(ctx context.Context) map[int]float64 {
	if d.admin == nil || d.pid <= 0 {
		return nil
	}
	return d.connections().Threads(ctx)
}

// connectionCPUSince is the CPU seconds the threads of before spent
// since, those that still serve the bench's database.
func (d dbServer) connectionCPUSince(ctx context.Context, before map[int]float64) float64 {
	return d.connections().Since(ctx, before)
}

func (d dbServer) connections() cpustat.Connections {
	return cpustat.Connections{Admin: d.admin, PID: d.pid, Database: d.name}
}
