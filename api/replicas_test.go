package api_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/api"
)

// TestReplicasInReadyzAndMetrics: /readyz lists the read replicas the
// service reports, in the shape the document gives, without them deciding
// readiness; /metrics exports each one's state and lag.
func TestReplicasInReadyzAndMetrics(t *testing.T) {
	s := loadAPIDoc(t)
	replicas := []api.ReplicaStatus{
		{Addr: "10.0.0.2:3306", State: "healthy", LagSeconds: 1, Reads: 41, Fallbacks: 2},
		{Addr: "10.0.0.3:3306", State: "down", Error: "dial tcp 10.0.0.3:3306: connect: connection refused", Fallbacks: 1},
	}
	metrics := api.NewMetrics()
	list := func() []api.ReplicaStatus { return replicas }
	if err := metrics.RegisterReplicas(list); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: log, Readiness: stubReadiness{}, Catalog: stubCatalog{},
		Keys: &api.Keys{}, Metrics: metrics, Replicas: list}))
	defer srv.Close()

	out, _ := s.clientFor(t, srv.URL).do(docCall{method: "GET", path: "/readyz", want: 200})
	got, _ := out["replicas"].([]any)
	if out["status"] != "ready" || len(got) != 2 {
		t.Fatalf("/readyz = %v, want ready with two replicas", out)
	}
	down, _ := got[1].(map[string]any)
	if down["addr"] != "10.0.0.3:3306" || down["state"] != "down" {
		t.Errorf("the replica that is down shows as %v", down)
	}
	if _, ok := down["error"]; ok {
		t.Errorf("/readyz shows why a replica is down (the database's own words belong in the log): %v", down)
	}

	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`songdedup_replica_up{replica="10.0.0.2:3306"} 1`,
		`songdedup_replica_up{replica="10.0.0.3:3306"} 0`,
		`songdedup_replica_lag_seconds{replica="10.0.0.2:3306"} 1`,
		`songdedup_replica_state{replica="10.0.0.3:3306",state="down"} 1`,
		`songdedup_replica_state{replica="10.0.0.3:3306",state="healthy"} 0`,
		`songdedup_replica_reads_total{replica="10.0.0.2:3306"} 41`,
		`songdedup_replica_fallbacks_total{replica="10.0.0.2:3306"} 2`,
	} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
