package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/store/storetest"
)

// TestMain gives the package a database of its own (see storetest.Shared).
func TestMain(m *testing.M) { os.Exit(storetest.Main(m, "cmd")) }

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func envFrom(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// startServe runs 'songdedup serve' in-process and waits until /healthz
// answers. It returns the base URL and a function that stops the server and
// returns run's error.
func startServe(t *testing.T, env map[string]string, args ...string) (string, func() error, *syncBuffer) {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), envFrom(env), strings.NewReader(""), io.Discard, logs)
	}()
	base := "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve exited early: %v\nlogs:\n%s", err, logs)
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not become healthy\nlogs:\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	var once sync.Once
	var stopErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(30 * time.Second):
				stopErr = fmt.Errorf("serve did not stop within 30s")
			}
		})
		return stopErr
	}
	t.Cleanup(func() { stop() })
	return base, stop, logs
}

func TestServeHealthReadyAndShutdown(t *testing.T) {
	base, stop, logs := startServe(t, map[string]string{"SONGDEDUP_MYSQL_DSN": storetest.Shared(t).DSN})
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s = %d, want 200", path, resp.StatusCode)
		}
	}
	if err := stop(); err != nil {
		t.Fatalf("run returned %v after cancel", err)
	}
	if !strings.Contains(logs.String(), "stopped") {
		t.Errorf("no clean shutdown in logs:\n%s", logs)
	}
	if strings.Contains(logs.String(), "root@") && strings.Contains(logs.String(), "password") {
		t.Errorf("logs show credentials:\n%s", logs)
	}
}

func TestReadyzUnreachableDatabase(t *testing.T) {
	closed := freeAddr(t) // nothing listens there once freeAddr returns
	dsn := fmt.Sprintf("root@tcp(%s)/songdedup?timeout=500ms", closed)
	base, stop, _ := startServe(t, nil, "--no-migrate", "--mysql-dsn", dsn)
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d, want 503", resp.StatusCode)
	}
	if resp.Header.Get("Content-Type") != "application/problem+json" {
		t.Errorf("content type %q", resp.Header.Get("Content-Type"))
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
}

func TestReadyzSchemaBehind(t *testing.T) {
	d := storetest.New(t) // empty: no migrations applied
	base, _, _ := startServe(t, nil, "--no-migrate", "--mysql-dsn", d.DSN)
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "schema at version 0") {
		t.Errorf("/readyz = %d %s, want 503 naming the schema version", resp.StatusCode, body)
	}
}

func TestBadConfiguration(t *testing.T) {
	closed := freeAddr(t)
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		wantCode int
		wantErr  string
	}{
		{"unknown command", []string{"frobnicate"}, nil, 2, `unknown command "frobnicate"`},
		{"no command", nil, nil, 2, "no command"},
		{"unknown flag", []string{"serve", "--no-such-flag"}, nil, 2, "no-such-flag"},
		{"malformed dsn", []string{"serve", "--mysql-dsn", "not a dsn"}, nil, 2, "--mysql-dsn"},
		{"malformed dsn from env", []string{"serve"}, map[string]string{"SONGDEDUP_MYSQL_DSN": "tcp(oops"}, 2, "--mysql-dsn"},
		{"bad addr", []string{"serve", "--addr", "nonsense"}, nil, 2, "--addr"},
		{"malformed replica dsn", []string{"serve", "--mysql-replica-dsn", "root@tcp(127.0.0.1:3307)/songdedup", "--mysql-replica-dsn", "not a dsn"}, nil, 2, "--mysql-replica-dsn"},
		{"malformed replica dsn from env", []string{"serve"}, map[string]string{"SONGDEDUP_MYSQL_REPLICA_DSN": "root@tcp(127.0.0.1:3307)/songdedup,tcp(oops"}, 2, "--mysql-replica-dsn"},
		{"negative replica lag", []string{"serve", "--replica-max-lag", "-1s"}, nil, 2, "--replica-max-lag"},
		{"bad duration from env", []string{"serve"}, map[string]string{"SONGDEDUP_READ_TIMEOUT": "soon"}, 2, "SONGDEDUP_READ_TIMEOUT"},
		{"request timeout past the write timeout", []string{"serve", "--request-timeout", "30s"}, nil, 2, "--request-timeout"},
		{"no coalesced statements", []string{"serve", "--coalesced-statements", "0"}, nil, 2, "--coalesced-statements must be from 1 to --max-db-conns (32), got 0"},
		{"negative coalesced statements", []string{"serve", "--coalesced-statements", "-3"}, nil, 2, "--coalesced-statements must be from 1"},
		{"coalesced statements past the pool", []string{"serve", "--addr", "127.0.0.1:0", "--mysql-dsn", "root@tcp(" + closed + ")/x?timeout=500ms",
			"--max-db-conns", "8", "--coalesced-statements", "9"}, nil, 2, "--coalesced-statements must be from 1 to --max-db-conns (8), got 9"},
		{"coalesced statements past an int", []string{"serve", "--coalesced-statements", "99999999999999999999"}, nil, 2, "-coalesced-statements: value out of range"},
		{"bad coalesced statements from env", []string{"serve"}, map[string]string{"SONGDEDUP_COALESCED_STATEMENTS": "two"}, 2, "SONGDEDUP_COALESCED_STATEMENTS"},
		{"batch timeout past the write timeout", []string{"serve", "--batch-timeout", "40s"}, nil, 2, "--batch-timeout"},
		{"unreachable database", []string{"serve", "--addr", "127.0.0.1:0", "--mysql-dsn", "root@tcp(" + closed + ")/x?timeout=500ms"}, nil, 1, "connecting to"},
		{"migrate without action", []string{"migrate"}, nil, 2, "migrate needs"},
		{"migrate down without N", []string{"migrate", "down"}, nil, 2, "down N"},
		{"migrate down bad N", []string{"migrate", "down", "x"}, nil, 2, "positive integer"},
		{"rekey batch too large", []string{"rekey", "--batch", "1001"}, nil, 2, "--batch must be from 1 to 1000"},
		{"rekey negative after", []string{"rekey", "--after", "-5"}, nil, 2, "--after must be a song ID"},
		{"rekey bad batch from env", []string{"rekey"}, map[string]string{"SONGDEDUP_BATCH": "many"}, 2, "SONGDEDUP_BATCH"},
		{"rekey stray argument", []string{"rekey", "now"}, nil, 2, "rekey takes no arguments"},
		{"help", []string{"serve", "-h"}, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := run(context.Background(), tt.args, envFrom(tt.env), strings.NewReader(""), io.Discard, &stderr)
			code := exitCode(err, &stderr)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d (err %v, stderr %q)", code, tt.wantCode, err, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.wantErr)
			}
			if strings.Contains(stderr.String(), "goroutine ") || strings.Contains(stderr.String(), "panic") {
				t.Errorf("stack trace on stderr: %s", stderr.String())
			}
		})
	}
}

func TestMigrateCommand(t *testing.T) {
	d := storetest.New(t)
	env := envFrom(map[string]string{"SONGDEDUP_MYSQL_DSN": d.DSN})
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"migrate", "version"}, "version 0"},
		{[]string{"migrate", "up"}, "version %d"},
		{[]string{"migrate", "down", "2"}, "version %d"},
		{[]string{"migrate", "up"}, "version %d"},
	}
	versions := storeVersions()
	latest := versions[len(versions)-1]
	wants := []string{"version 0 ", fmt.Sprintf("version %d ", latest), fmt.Sprintf("version %d ", versions[len(versions)-3]), fmt.Sprintf("version %d ", latest)}
	for i, s := range steps {
		var out, errb bytes.Buffer
		if err := run(context.Background(), s.args, env, strings.NewReader(""), &out, &errb); err != nil {
			t.Fatalf("%v: %v (%s)", s.args, err, errb.String())
		}
		if !strings.HasPrefix(out.String(), wants[i]) {
			t.Errorf("%v printed %q, want prefix %q", s.args, out.String(), wants[i])
		}
	}
}
