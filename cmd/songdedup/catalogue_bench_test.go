package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/internal/cpustat"
	"github.com/songdedup/songdedup/store/storetest"
)

// BenchmarkCatalogueBackfill backfills both splits of MusicBrainz-20K as
// one export (9,702 records) into a fresh database through the command
// line's own path (CSV input, --map), with one worker and with two, and
// reports rows/s, the process's CPU per row and, when the server runs on
// this machine, the server's (db-cpu-ms/row: all of its CPU, so it counts
// other clients too; give the benchmark a server of its own with
// SONGDEDUP_TEST_MYSQL_DSN). With -cpuprofile it shows where a record's
// time goes in the process. songbench's BENCH_CATALOGUE compares the same
// export with generated uploads of as many rows.
func BenchmarkCatalogueBackfill(b *testing.B) {
	input := filepath.Join(b.TempDir(), "musicbrainz.csv")
	var all []byte
	for i, split := range strings.Fields(catalogueSplits) {
		data, err := os.ReadFile(filepath.Join(musicbrainzDir, split+".csv"))
		if err != nil {
			b.Fatal(err)
		}
		if i > 0 {
			_, data, _ = bytes.Cut(data, []byte("\n")) // the header
		}
		all = append(all, data...)
	}
	if err := os.WriteFile(input, all, 0o644); err != nil {
		b.Fatal(err)
	}
	rows := bytes.Count(all, []byte("\n")) - 1
	for _, workers := range []string{"1", "2"} {
		b.Run("workers="+workers, func(b *testing.B) {
			var cpu, dbCPU float64
			for b.Loop() {
				b.StopTimer()
				d, err := storetest.Create("bench_catalogue")
				if err != nil {
					b.Fatal(err)
				}
				server := serverCPU(d)
				before, dbBefore := processCPU(b), server()
				b.StartTimer()
				var stdout, stderr bytes.Buffer
				err = run(context.Background(), []string{"backfill", "--input", input, "--progress", "none",
					"--workers", workers, "--log-level", "error", "--mysql-dsn", d.DSN, "--map", musicbrainzMap},
					func(string) string { return "" }, nil, &stdout, &stderr)
				b.StopTimer()
				cpu += processCPU(b) - before
				dbCPU += server() - dbBefore
				if err != nil && !strings.Contains(err.Error(), "rows failed") {
					b.Fatalf("backfill: %v\n%s", err, stderr.String())
				}
				if err := d.Drop(); err != nil {
					b.Fatal(err)
				}
				d.Close()
				b.StartTimer()
			}
			n := float64(rows) * float64(b.N)
			b.ReportMetric(n/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(cpu*1000/n, "cpu-ms/row")
			if dbCPU > 0 {
				b.ReportMetric(dbCPU*1000/n, "db-cpu-ms/row")
			}
		})
	}
}

// processCPU is the CPU time (user and system) the process has used, in
// seconds.
func processCPU(b *testing.B) float64 {
	cpu, err := cpustat.Process()
	if err != nil {
		b.Fatal(err)
	}
	return cpu
}

// serverCPU returns a function that reads the CPU time of d's server, in
// seconds: 0 when the server does not run on this machine.
func serverCPU(d *storetest.Database) func() float64 {
	c, err := d.ServerThreads(context.Background())
	if err != nil {
		return func() float64 { return 0 }
	}
	stat := fmt.Sprintf("/proc/%d/stat", c.PID)
	return func() float64 {
		cpu, _ := cpustat.Read(stat)
		return cpu
	}
}
