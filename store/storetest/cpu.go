package storetest

import (
	"context"

	"github.com/songdedup/songdedup/internal/cpustat"
)

// ServerThreads are the server's threads that serve the connections to the
// database, for benchmarks that count what a read costs the database
// besides the process that asks it. It fails when the server does not run
// on this machine (see cpustat.ServerPID).
func (d *Database) ServerThreads(ctx context.Context) (cpustat.Connections, error) {
	pid, err := cpustat.ServerPID(ctx, d.admin)
	if err != nil {
		return cpustat.Connections{}, err
	}
	return cpustat.Connections{Admin: d.admin, PID: pid, Database: d.Name}, nil
}
