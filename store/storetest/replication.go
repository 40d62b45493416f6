package storetest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
)

// Replication gives a test a primary MariaDB server and a binlog replica
// of it, both its own: started by the test in temporary data directories
// on free ports, and stopped (by their process IDs) when it ends. The
// shared test server is not involved: it may run without a binary log.

// Replicated is a primary server and its replica, replicating one
// database.
type Replicated struct {
	// PrimaryDSN and ReplicaDSN connect to the database on each server.
	PrimaryDSN, ReplicaDSN string
	primary, replica       *server
}

// server is one mariadbd process of a test.
type server struct {
	dir  string
	port int
	cmd  *exec.Cmd
	done chan struct{}
	err  error // of the process, once done
}

// mariadbBinaries finds mariadbd and mariadb-install-db, on PATH or in
// the Debian locations.
func mariadbBinaries() (daemon, install string, err error) {
	find := func(name string) string {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
		for _, dir := range []string{"/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin"} {
			if p := filepath.Join(dir, name); fileExists(p) {
				return p
			}
		}
		return ""
	}
	daemon, install = find("mariadbd"), find("mariadb-install-db")
	if daemon == "" || install == "" {
		return "", "", errors.New("mariadbd and mariadb-install-db are needed to start a replicated pair of servers (apt-get install mariadb-server)")
	}
	return daemon, install, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// StartReplicated starts a primary with a binary log and a replica of it,
// creates the database name on the primary (the replica follows), and
// stops both when tb ends. It skips tb under -short, and when the MariaDB
// server binaries are not installed.
func StartReplicated(tb testing.TB, name string) *Replicated {
	tb.Helper()
	skipShort(tb)
	daemon, install, err := mariadbBinaries()
	if err != nil {
		tb.Skip(err)
	}
	template, err := installTemplate(install)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(filepath.Dir(template)) })
	r := &Replicated{}
	r.primary = startServer(tb, daemon, template, 1, "--log-bin=binlog", "--binlog-format=ROW")
	r.replica = startServer(tb, daemon, template, 2, "--read-only")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := r.replica.exec(ctx, fmt.Sprintf(`CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=%d,
		MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1`, r.primary.port), "START SLAVE"); err != nil {
		tb.Fatal(err)
	}
	if err := r.primary.exec(ctx, "CREATE DATABASE `"+name+"` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
		tb.Fatal(err)
	}
	r.PrimaryDSN, r.ReplicaDSN = r.primary.dsn(name), r.replica.dsn(name)
	r.WaitCaughtUp(tb)
	return r
}

// installTemplate creates the data directory both servers copy.
func installTemplate(install string) (string, error) {
	dir, err := os.MkdirTemp("", "sdtpl")
	if err != nil {
		return "", err
	}
	data, tmp := filepath.Join(dir, "data"), filepath.Join(dir, "tmp")
	// Its own temporary directory, and a second try: bootstrapping the
	// system tables beside other servers' bootstraps has failed now and
	// then on a temporary table gone missing.
	var out []byte
	for try := 0; try < 3; try++ {
		os.RemoveAll(data)
		if err = os.MkdirAll(tmp, 0o755); err != nil {
			break
		}
		out, err = exec.Command(install, "--no-defaults", "--datadir="+data, "--tmpdir="+tmp, "--user=root",
			"--auth-root-authentication-method=normal", "--skip-test-db").CombinedOutput()
		if err == nil {
			return data, nil
		}
	}
	os.RemoveAll(dir)
	return "", fmt.Errorf("mariadb-install-db: %v\n%s", err, out)
}

// startServer starts one mariadbd on a copy of the template.
func startServer(tb testing.TB, daemon, template string, id int, extra ...string) *server {
	tb.Helper()
	dir, err := os.MkdirTemp("", "sdrepl") // short: the socket path has a length limit
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	data := filepath.Join(dir, "data")
	if err := os.CopyFS(data, os.DirFS(template)); err != nil {
		tb.Fatal(err)
	}
	port := freePort(tb)
	s := &server{dir: dir, port: port, done: make(chan struct{})}
	args := append([]string{"--no-defaults", "--datadir=" + data, "--user=root",
		"--port=" + strconv.Itoa(port), "--bind-address=127.0.0.1", "--socket=" + filepath.Join(dir, "sock"),
		"--pid-file=" + filepath.Join(dir, "pid"), "--log-error=" + filepath.Join(dir, "error.log"), "--tmpdir=" + dir,
		"--server-id=" + strconv.Itoa(id), "--skip-name-resolve", "--innodb-buffer-pool-size=64M",
		"--innodb-log-file-size=16M", "--max-connections=400"}, extra...)
	s.cmd = exec.Command(daemon, args...)
	if err := s.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() { s.err = s.cmd.Wait(); close(s.done) }()
	tb.Cleanup(func() { s.stop() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		err := s.exec(ctx, "SELECT 1")
		if err == nil {
			return s
		}
		select {
		case <-s.done:
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			tb.Fatalf("mariadbd on port %d exited: %v\n%s", port, s.err, log)
		case <-ctx.Done():
			tb.Fatalf("mariadbd on port %d did not answer: %v", port, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func freePort(tb testing.TB) int {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func (s *server) dsn(db string) string {
	cfg := mysql.NewConfig()
	cfg.User, cfg.Net, cfg.Addr, cfg.DBName = "root", "tcp", "127.0.0.1:"+strconv.Itoa(s.port), db
	return cfg.FormatDSN()
}

// exec runs statements on the server, in one connection.
func (s *server) exec(ctx context.Context, stmts ...string) error {
	db, err := sql.Open("mysql", s.dsn(""))
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, q := range stmts {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// stop ends the server by its process ID: SIGTERM, then SIGKILL after
// half a minute.
func (s *server) stop() {
	select {
	case <-s.done:
		return
	default:
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// SetDelay makes the replica apply every transaction d after the primary
// committed it (MASTER_DELAY), 0 to follow at once.
func (r *Replicated) SetDelay(tb testing.TB, d time.Duration) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := r.replica.exec(ctx, "STOP SLAVE", fmt.Sprintf("CHANGE MASTER TO MASTER_DELAY=%d", int(d.Seconds())), "START SLAVE"); err != nil {
		tb.Fatal(err)
	}
}

// StopReplica stops the replica's server.
func (r *Replicated) StopReplica() { r.replica.stop() }

// WaitCaughtUp waits until the replica has applied everything the primary
// committed so far.
func (r *Replicated) WaitCaughtUp(tb testing.TB) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p, err := sql.Open("mysql", r.primary.dsn(""))
	if err != nil {
		tb.Fatal(err)
	}
	defer p.Close()
	var pos string
	if err := p.QueryRowContext(ctx, "SELECT @@gtid_binlog_pos").Scan(&pos); err != nil {
		tb.Fatal(err)
	}
	rep, err := sql.Open("mysql", r.replica.dsn(""))
	if err != nil {
		tb.Fatal(err)
	}
	defer rep.Close()
	var ok sql.NullInt64
	if err := rep.QueryRowContext(ctx, "SELECT MASTER_GTID_WAIT(?, 110)", pos).Scan(&ok); err != nil || !ok.Valid || ok.Int64 != 0 {
		tb.Fatalf("the replica did not catch up with %s: %v (%v)", pos, ok, err)
	}
}
