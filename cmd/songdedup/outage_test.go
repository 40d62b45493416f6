package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/store/storetest"
)

// dbProxy forwards TCP to the database and can be cut and restored, to play
// a database outage without touching the shared server.
type dbProxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]bool
	// open is closed while the proxy forwards; while it is paused, a new
	// open channel holds every chunk: connections stay open but nothing
	// is forwarded, as with a hung server.
	open chan struct{}
}

func newDBProxy(t *testing.T, target string) *dbProxy {
	p := &dbProxy{t: t, target: target, conns: map[net.Conn]bool{}, open: make(chan struct{})}
	close(p.open)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.cut)
	return p
}

func (p *dbProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.waitOpen()
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns[c], p.conns[up] = true, true
			p.mu.Unlock()
			go func() { p.forward(up, c); up.Close() }()
			go func() { p.forward(c, up); c.Close() }()
		}
	}()
}

// forward copies src to dst, holding every chunk while the proxy is paused.
func (p *dbProxy) forward(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			p.waitOpen()
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// waitOpen returns when the proxy forwards.
func (p *dbProxy) waitOpen() {
	p.mu.Lock()
	open := p.open
	p.mu.Unlock()
	<-open
}

// pause stops forwarding without closing anything: the database hangs.
func (p *dbProxy) pause() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.open = make(chan struct{})
}

// resume forwards again what was held and what comes next.
func (p *dbProxy) resume() {
	p.mu.Lock()
	defer p.mu.Unlock()
	close(p.open)
}

// cut stops listening and drops every connection: the database is gone.
func (p *dbProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	p.conns = map[net.Conn]bool{}
}

// restore listens again on the same address.
func (p *dbProxy) restore() {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatalf("restoring the proxy on %s: %v", p.addr, err)
	}
	p.serve(ln)
}

// TestDatabaseOutage: with the database gone, submissions answer 503 with
// Retry-After (never a 500, never a lost acknowledged write), /readyz says
// not ready; when it comes back the service recovers by itself.
func TestDatabaseOutage(t *testing.T) {
	d := storetest.New(t)
	cfg, err := mysql.ParseDSN(d.DSN)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newDBProxy(t, cfg.Addr)
	cfg.Addr = proxy.addr
	cfg.Timeout = time.Second
	base, stop, logs := startServe(t, map[string]string{"SONGDEDUP_MYSQL_DSN": cfg.FormatDSN(), "SONGDEDUP_API_KEYS": e2eKeys})
	defer stop()

	submit := func(video, title string) (int, http.Header, string) {
		body, _ := json.Marshal(map[string]string{"video_id": video, "title": title})
		req, _ := http.NewRequest("POST", base+"/v1/submissions", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer e2e-submitter-key")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, string(raw)
	}
	ready := func() (int, string) {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(raw)
	}
	// A 503 says so plainly; the cause (an address, the driver's words)
	// is for the log.
	plain := func(what, body string) {
		t.Helper()
		if !strings.Contains(body, `"database unavailable"`) || strings.Contains(body, "tcp") || strings.Contains(body, "dial") || strings.Contains(body, "connection") {
			t.Errorf("%s: %s, want the detail \"database unavailable\" and nothing of the cause", what, body)
		}
	}

	if status, _, body := submit("OUTAGE00001", "Radiohead - Reckoner"); status != 201 {
		t.Fatalf("before the outage: %d %s", status, body)
	}
	proxy.cut()
	for i, title := range []string{"Radiohead - Nude", "Radiohead - Weird Fishes"} {
		status, hdr, body := submit(fmt.Sprintf("OUTAGE0001%d", i), title)
		if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" || !strings.Contains(hdr.Get("Content-Type"), "problem+json") {
			t.Errorf("during the outage: %d Retry-After=%q %s, want 503 with Retry-After", status, hdr.Get("Retry-After"), body)
		}
		plain("a submission during the outage", body)
	}
	if s, body := ready(); s != http.StatusServiceUnavailable {
		t.Errorf("/readyz during the outage: %d, want 503", s)
	} else {
		plain("/readyz during the outage", body)
	}
	if !strings.Contains(logs.String(), "connect") {
		t.Errorf("the cause of the outage is not in the log:\n%s", logs)
	}
	proxy.restore()
	deadline := time.Now().Add(20 * time.Second)
	for {
		status, _, body := submit("OUTAGE00020", "Radiohead - Nude")
		if status == 201 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the outage the service did not recover: %d %s\n%s", status, body, logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if s, _ := ready(); s != http.StatusOK {
		t.Errorf("/readyz after the outage: %d, want 200", s)
	}
	// What was acknowledged before the outage is still there.
	if status, _, body := submit("OUTAGE00001", "anything"); status != 200 || !strings.Contains(body, `"existing"`) {
		t.Errorf("the video acknowledged before the outage: %d %s, want existing", status, body)
	}
	if strings.Contains(logs.String(), "level=ERROR msg=\"internal error\"") {
		t.Errorf("the outage surfaced as internal errors:\n%s", logs)
	}
}

// TestMetricsAfterSubmissions: /metrics exposes the submit histogram by
// decision, the stage latencies, the decisions counter, database pool stats,
// the transactions run again by why, and the Go runtime.
func TestMetricsAfterSubmissions(t *testing.T) {
	d := storetest.New(t)
	base, stop, _ := startServe(t, map[string]string{"SONGDEDUP_MYSQL_DSN": d.DSN, "SONGDEDUP_API_KEYS": e2eKeys})
	defer stop()
	for i, title := range []string{"Bjork - Joga", "Björk - Jóga (Official Video)"} {
		body, _ := json.Marshal(map[string]string{"video_id": fmt.Sprintf("METRICS000%d", i), "title": title})
		req, _ := http.NewRequest("POST", base+"/v1/submissions", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer e2e-submitter-key")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	text := string(raw)
	for _, want := range []string{
		`songdedup_submit_duration_seconds_bucket{decision="created"`,
		`songdedup_submit_duration_seconds_bucket{decision="merged"`,
		`songdedup_decisions_total{decision="merged"} 1`,
		`songdedup_stage_duration_seconds_bucket{stage="retrieval"`,
		`songdedup_stage_duration_seconds_bucket{stage="write"`,
		`songdedup_http_requests_total{method="POST",route="/v1/submissions",status="201"}`,
		`go_sql_open_connections{db_name="` + d.Name + `"}`,
		`songdedup_tx_retries_total{reason="deadlock"} 0`,
		`songdedup_tx_retries_total{reason="lock_wait_timeout"} 0`,
		`songdedup_tx_retries_total{reason="song_moved"} 0`,
		`go_goroutines`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// TestHungDatabase: with the database hung (connections open, nothing
// answered), every request that needs it answers 503 with Retry-After
// within the request timeout, long before the HTTP write timeout, and says
// nothing of the cause; when the database answers again, so does the
// service.
func TestHungDatabase(t *testing.T) {
	d := storetest.New(t)
	cfg, err := mysql.ParseDSN(d.DSN)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newDBProxy(t, cfg.Addr)
	cfg.Addr = proxy.addr
	base, stop, logs := startServe(t, map[string]string{
		"SONGDEDUP_MYSQL_DSN": cfg.FormatDSN(), "SONGDEDUP_API_KEYS": e2eKeys, "SONGDEDUP_REQUEST_TIMEOUT": "1s",
		"SONGDEDUP_BATCH_TIMEOUT": "3s",
	})
	defer stop()
	client := &http.Client{Timeout: 15 * time.Second}
	call := func(method, path, body string) (int, http.Header, string, time.Duration) {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer e2e-submitter-key")
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s: no answer after %s: %v", method, path, time.Since(start).Round(time.Millisecond), err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, string(raw), time.Since(start)
	}
	status, _, body, _ := call("POST", "/v1/submissions", `{"video_id":"HUNGDB00001","title":"Portishead - Roads"}`)
	if status != 201 {
		t.Fatalf("before the database hangs: %d %s", status, body)
	}
	var created struct {
		SongID string `json:"song_id"`
	}
	json.Unmarshal([]byte(body), &created)

	proxy.pause()
	resumed := false
	defer func() {
		if !resumed {
			proxy.resume()
		}
	}()
	for _, c := range []struct{ method, path, body string }{
		{"POST", "/v1/submissions", `{"video_id":"HUNGDB00002","title":"Portishead - Glory Box"}`},
		{"GET", "/v1/songs/" + created.SongID, ""},
		{"GET", "/v1/videos/HUNGDB00001", ""},
		{"POST", "/v1/videos/HUNGDB00001/engagement", `{"plays":1}`},
		{"GET", "/v1/reviews", ""},
		{"GET", "/readyz", ""},
	} {
		status, hdr, body, took := call(c.method, c.path, c.body)
		if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" {
			t.Errorf("%s %s with the database hung: %d Retry-After=%q %s, want 503 with Retry-After", c.method, c.path, status, hdr.Get("Retry-After"), body)
		}
		if took > 5*time.Second {
			t.Errorf("%s %s with the database hung took %s, want about the 1s request timeout", c.method, c.path, took.Round(time.Millisecond))
		}
		if !strings.Contains(body, "database unavailable") || strings.Contains(body, "tcp") || strings.Contains(body, "context") {
			t.Errorf("%s %s: body %s, want a plain \"database unavailable\"", c.method, c.path, body)
		}
	}
	// A batch has a deadline of its own, longer than one request's.
	status, hdr, body, took := call("POST", "/v1/submissions/batch", `{"submissions":[{"video_id":"HUNGDB00003","title":"Portishead - Sour Times"}]}`)
	if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" || !strings.Contains(body, "database unavailable") {
		t.Errorf("a batch with the database hung: %d Retry-After=%q %s, want 503 with Retry-After", status, hdr.Get("Retry-After"), body)
	}
	if took < 2500*time.Millisecond || took > 7*time.Second {
		t.Errorf("a batch with the database hung took %s, want about the 3s batch timeout", took.Round(time.Millisecond))
	}
	proxy.resume()
	resumed = true
	deadline := time.Now().Add(20 * time.Second)
	for {
		status, _, body, _ := call("GET", "/v1/songs/"+created.SongID, "")
		if status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the database answers again the service did not recover: %d %s\n%s", status, body, logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
