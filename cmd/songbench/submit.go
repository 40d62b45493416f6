package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/internal/cpustat"
)

// server is a running songdedup binary.
type server struct {
	base string
	cmd  *exec.Cmd
	logs bytes.Buffer
	mu   sync.Mutex
}

func (s *server) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.logs.Len() < 1<<20 {
		s.logs.Write(p)
	}
	return len(p), nil
}

const benchKey = "bench-admin-key"

// startServer runs `songdedup serve` on the bench database, as a separate
// process so that its own memory and CPU are what a replica would use.
func (b *bench) startServer(ctx context.Context) (*server, error) {
	return b.startServerOn(ctx, b.cfg.DSN)
}

// startServerOn runs `songdedup serve` on the database dsn names.
func (b *bench) startServerOn(ctx context.Context, dsn string) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{base: "http://" + addr}
	args := []string{"serve", "--addr", addr, "--mysql-dsn", dsn,
		"--api-keys", benchKey + ":admin", "--log-level", "warn", "--max-db-conns", "40"}
	s.cmd = exec.CommandContext(ctx, b.cfg.Binary, append(args, strings.Fields(os.Getenv("BENCH_SERVER_ARGS"))...)...)
	s.cmd.Stdout, s.cmd.Stderr = s, s
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s (BENCH_BINARY; `make bench` builds it): %w", b.cfg.Binary, err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get(s.base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s, nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.stop()
	return nil, fmt.Errorf("the server did not become ready:\n%s", s.logs.String())
}

func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
	}
}

// rssMB reads the resident set of a process: current and peak.
func rssMB(pid int) (cur, peak float64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(fields[1], 64)
		switch fields[0] {
		case "VmRSS:":
			cur = kb / 1024
		case "VmHWM:":
			peak = kb / 1024
		}
	}
	return cur, peak
}

type submission struct {
	VideoID string `json:"video_id"`
	Title   string `json:"title"`
	Channel string `json:"channel,omitempty"`
}

// submissions draws the submit workload: half new uploads of catalogue
// songs (duplicates to merge), half songs the catalogue does not have.
func (b *bench) submissions(n int, seed uint64, prefix byte) []submission {
	rng := rand.New(rand.NewPCG(seed, 5+uint64(b.cfg.Run)))
	fresh := b.gen.recordings(rng, n/2+1)
	out := make([]submission, n)
	for i := range out {
		var r recording
		if i%2 == 0 {
			r = b.recs[rng.IntN(len(b.recs))]
		} else {
			r = fresh[i/2]
		}
		title, channel := b.gen.render(rng, r)
		out[i] = submission{VideoID: videoID(prefix, b.cfg.Run*1_000_000+i), Title: title, Channel: channel}
	}
	return out
}

var benchClient = &http.Client{Transport: &http.Transport{MaxIdleConns: 64, MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}

// errUnavailable is a 503: the service gave up on a request past its
// --request-timeout, as it does when the machine is overloaded.
var errUnavailable = errors.New("service unavailable")

func submitOne(base string, s submission) (time.Duration, string, error) {
	body, _ := json.Marshal(s)
	req, _ := http.NewRequest("POST", base+"/v1/submissions", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+benchKey)
	req.Header.Set("Content-Type", "application/json")
	start := time.Now()
	resp, err := benchClient.Do(req)
	if err != nil {
		return 0, "", err
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if resp.StatusCode == http.StatusServiceUnavailable {
		return d, "", fmt.Errorf("status %d: %s: %w", resp.StatusCode, raw, errUnavailable)
	}
	if resp.StatusCode != 200 && resp.StatusCode != 201 {
		return d, "", fmt.Errorf("status %d: %s", resp.StatusCode, raw)
	}
	var out struct {
		Decision string `json:"decision"`
	}
	json.Unmarshal(raw, &out)
	return d, out.Decision, nil
}

// measureSubmit measures POST /v1/submissions over HTTP on the loaded
// catalogue: latency one at a time, then throughput with 16 clients.
func (b *bench) measureSubmit(ctx context.Context) error {
	srv, err := b.startServer(ctx)
	if err != nil {
		return err
	}
	defer srv.stop()

	seq := b.submissions(300, b.cfg.Seed+11, 's')
	var lat latencies
	decisions := map[string]int{}
	for _, s := range seq {
		d, dec, err := submitOne(srv.base, s)
		if err != nil {
			return fmt.Errorf("submit: %w", err)
		}
		lat = append(lat, d)
		decisions[dec]++
	}
	b.logf("sequential submissions: %v", decisions)
	if err := b.measureBatch(srv.base); err != nil {
		return err
	}
	if err := b.measureSearch(srv.base); err != nil {
		return err
	}

	conc := b.submissions(max(3000, b.cfg.Queries*10), b.cfg.Seed+12, 't')
	dbServer := localDatabase(ctx, b.cfg.DSN)
	defer dbServer.close()
	serverCPU0, dbCPU0 := cpuSeconds(srv.cmd.Process.Pid), dbServer.cpu()
	var mu sync.Mutex
	var clat latencies
	var firstErr, firstUnavailable error
	unavailable := 0
	work := make(chan submission)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < 16; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				d, _, err := submitOne(srv.base, s)
				mu.Lock()
				switch {
				case errors.Is(err, errUnavailable):
					// A figure, not a failure of the harness: the
					// service answered in time that it could not.
					unavailable++
					if firstUnavailable == nil {
						firstUnavailable = err
					}
				case err != nil && firstErr == nil:
					firstErr = err
				}
				clat = append(clat, d)
				mu.Unlock()
			}
		}()
	}
	for _, s := range conc {
		work <- s
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		return fmt.Errorf("concurrent submit: %w", firstErr)
	}
	if unavailable > 0 {
		b.logf("concurrent submits: %d of %d answered 503, the first %v", unavailable, len(conc), firstUnavailable)
		b.res.set("submit_unavailable_c16", float64(unavailable), fmt.Sprintf("%d of %d answered 503 (past --request-timeout)", unavailable, len(conc)))
	}
	serverCPU, dbCPU := cpuSeconds(srv.cmd.Process.Pid)-serverCPU0, dbServer.cpu()-dbCPU0
	if dbCPU > 0 {
		b.logf("CPU during %d concurrent submits: server %.1f s (%.2f ms each), database %.1f s (%.2f ms each)",
			len(conc), serverCPU, serverCPU*1000/float64(len(conc)), dbCPU, dbCPU*1000/float64(len(conc)))
		b.res.set("submit_server_cpu_ms", serverCPU*1000/float64(len(conc)), fmt.Sprintf("%.2f ms CPU per submit in the server", serverCPU*1000/float64(len(conc))))
		b.res.set("submit_db_cpu_ms", dbCPU*1000/float64(len(conc)), fmt.Sprintf("%.2f ms CPU per submit in the database (same machine)", dbCPU*1000/float64(len(conc))))
	}
	_, peak := rssMB(srv.cmd.Process.Pid)
	b.stageBreakdown(srv.base)
	rps := float64(len(conc)) / elapsed.Seconds()

	b.res.set("submit_p50_ms_c1", ms(lat.pct(0.50)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.50))))
	b.res.set("submit_p99_ms_c1", ms(lat.pct(0.99)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.99))))
	b.res.set("submit_p50_ms_c16", ms(clat.pct(0.50)), fmt.Sprintf("%.2f ms", ms(clat.pct(0.50))))
	b.res.set("submit_p99_ms_c16", ms(clat.pct(0.99)), fmt.Sprintf("%.2f ms", ms(clat.pct(0.99))))
	b.res.set("submit_rps_c16", rps, fmt.Sprintf("%.0f submits/s (%d submissions, half duplicates)", rps, len(conc)))
	b.res.set("server_rss_mb", peak, fmt.Sprintf("%.0f MB (peak resident set of the server process)", peak))
	if r, ok := b.res.figures["retrieval_p50_ms"]; ok && r > 0 {
		ratio := ms(lat.pct(0.50)) / r
		b.res.set("submit_over_retrieval_p50", ratio, fmt.Sprintf("%.1fx the retrieval p50 of the same run", ratio))
	}
	return nil
}

// stageBreakdown logs the mean time of each submission stage from the
// server's own metrics.
func (b *bench) stageBreakdown(base string) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	sums, counts := map[string]float64{}, map[string]float64{}
	searches := -1.0
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "songdedup_fulltext_searches_total "); ok {
			searches, _ = strconv.ParseFloat(v, 64)
		}
		for _, kind := range []string{"_sum", "_count"} {
			prefix := "songdedup_stage_duration_seconds" + kind + `{stage="`
			if rest, ok := strings.CutPrefix(line, prefix); ok {
				stage, val, _ := strings.Cut(rest, `"} `)
				v, _ := strconv.ParseFloat(val, 64)
				if kind == "_sum" {
					sums[stage] = v
				} else {
					counts[stage] = v
				}
			}
		}
	}
	var parts []string
	for _, st := range []string{"retrieval", "decide", "write", "reconcile"} {
		if counts[st] > 0 {
			mean := sums[st] / counts[st] * 1000
			parts = append(parts, fmt.Sprintf("%s %.2f ms (%d)", st, mean, int(counts[st])))
			b.res.set("submit_stage_"+st+"_mean_ms", mean, fmt.Sprintf("%.2f ms mean over %d submissions", mean, int(counts[st])))
		}
	}
	if n := counts["retrieval"]; n > 0 && searches >= 0 {
		b.res.set("submit_fulltext_per_submission", searches/n, fmt.Sprintf("%.3f (the server's FULLTEXT searches, reconciliation's too, per submission; %d submissions)", searches/n, int(n)))
	}
	b.logf("server stage means: %s", strings.Join(parts, ", "))
}

// cpuSeconds reads a process's user+system CPU time (0 when unknown).
func cpuSeconds(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	cpu, _ := cpustat.Read(fmt.Sprintf("/proc/%d/stat", pid))
	return cpu
}
