package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/store/storetest"
)

// readyzReplicas returns the replicas /readyz lists.
func readyzReplicas(t *testing.T, base string) []map[string]any {
	t.Helper()
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Status   string           `json:"status"`
		Replicas []map[string]any `json:"replicas"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != 200 {
		t.Fatalf("/readyz: %d %v", resp.StatusCode, err)
	}
	return body.Replicas
}

// waitReplicaState waits until /readyz of base shows its one replica in
// state want.
func waitReplicaState(t *testing.T, base, want string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for {
		list := readyzReplicas(t, base)
		if len(list) != 1 {
			t.Fatalf("/readyz lists %d replicas, want 1: %v", len(list), list)
		}
		if list[0]["state"] == want {
			return list[0]
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz shows the replica %v, want %s", list[0], want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestServeOnPrimaryAndReplica: three serve processes on a primary and a
// real binlog replica that applies every transaction a second late. A race
// of 50 variants of one new song, decided against the lagging replica's
// search, ends with one song and one row per video. /readyz and /metrics
// show the replica; when it stops, no request fails.
func TestServeOnPrimaryAndReplica(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rep := storetest.StartReplicated(t, "sdt_serve_replica")
	rep.SetDelay(t, time.Second)
	serves := startReplicas(t, rep.PrimaryDSN, 3, "SONGDEDUP_MYSQL_REPLICA_DSN="+rep.ReplicaDSN, "SONGDEDUP_REPLICA_MAX_LAG=5s")
	primary, err := sql.Open("mysql", rep.PrimaryDSN)
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	for _, s := range serves {
		waitReplicaState(t, s.base, "healthy")
	}

	songs := [][2]string{{"Zephyrine Ostrova", "Halcyon Cartography"}, {"The Marrowbone Quintet", "Lanterns Over Kestrel Bay"}}
	for round, song := range songs {
		const n = 50
		var wg sync.WaitGroup
		start := make(chan struct{})
		statuses := make([]int, n)
		for i := range n {
			wg.Go(func() {
				<-start
				title := fmt.Sprintf(variants[i%len(variants)], song[0], song[1])
				statuses[i], _ = post(t, serves[i%len(serves)].base+"/v1/submissions", "e2e-submitter-key",
					map[string]any{"video_id": fmt.Sprintf("P%dV%08d", round, i), "title": title})
			})
		}
		close(start)
		wg.Wait()
		for i, st := range statuses {
			if st != 200 && st != 201 {
				t.Errorf("round %d submission %d: status %d", round, i, st)
			}
		}
		var canonical, videos int
		if err := primary.QueryRow(`SELECT COUNT(DISTINCT COALESCE(s.merged_into, s.id)), COUNT(*) FROM videos v
			JOIN songs s ON s.id = v.song_id WHERE v.video_id LIKE ?`, fmt.Sprintf("P%dV%%", round)).Scan(&canonical, &videos); err != nil {
			t.Fatal(err)
		}
		if canonical != 1 || videos != n {
			t.Errorf("round %d (%s - %s): %d songs and %d video rows, want 1 and %d", round, song[0], song[1], canonical, videos, n)
		}
	}

	resp, err := http.Get(serves[0].base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	cfg, err := mysql.ParseDSN(rep.ReplicaDSN)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`songdedup_replica_up{replica="` + cfg.Addr + `"} 1`,
		`songdedup_replica_lag_seconds{replica="` + cfg.Addr + `"}`,
		`songdedup_replica_state{replica="` + cfg.Addr + `",state="healthy"} 1`,
		`songdedup_replica_reads_total{replica="` + cfg.Addr + `"}`,
	} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	var served float64
	for _, s := range serves {
		served += readyzReplicas(t, s.base)[0]["reads"].(float64)
	}
	if served == 0 {
		t.Error("the replica served no read")
	}

	// The replica stops: every request still answers, from the primary.
	rep.StopReplica()
	for i := range 20 {
		s := serves[i%len(serves)]
		video := fmt.Sprintf("STOPV%06d", i)
		status, body := post(t, s.base+"/v1/submissions", "e2e-submitter-key",
			map[string]any{"video_id": video, "title": fmt.Sprintf("Okonkwo Tides - Ferrous Lullaby %d", i%4)})
		if status != 200 && status != 201 {
			t.Errorf("submission %d after the replica stopped: %d %v", i, status, body)
			continue
		}
		if status, _ := get(t, s.base+"/v1/videos/"+video, "e2e-submitter-key"); status != 200 {
			t.Errorf("video %s after the replica stopped: %d", video, status)
		}
		if status, _ := get(t, s.base+"/v1/reviews?status=pending", "e2e-submitter-key"); status != 200 {
			t.Errorf("reviews after the replica stopped: %d", status)
		}
	}
	for _, s := range serves {
		waitReplicaState(t, s.base, "down")
	}
	if t.Failed() {
		for _, s := range serves {
			t.Logf("serve %s logs:\n%s", s.base, s.logs)
		}
	}
}
