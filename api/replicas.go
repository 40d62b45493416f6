package api

import (
	"github.com/prometheus/client_golang/prometheus"
)

// ReplicaStatus is one read replica of the database as the service last
// found it, for /readyz and /metrics.
type ReplicaStatus struct {
	// Addr is the replica's address (host:port).
	Addr string `json:"addr"`
	// State is healthy (it serves reads), lagging, stopped,
	// schema_behind, down or unchecked; only a healthy replica serves
	// reads.
	State string `json:"state"`
	// LagSeconds is how far it is behind the primary, as it reports.
	LagSeconds float64 `json:"lag_seconds"`
	// Error says why it is down or stopped. It stays out of /readyz, whose
	// answers are public: the log has it.
	Error string `json:"-"`
	// Reads and Fallbacks count the reads it served and the reads it
	// failed, which the primary served.
	Reads     int64 `json:"reads"`
	Fallbacks int64 `json:"fallbacks"`
}

// replicaStates are the states a replica's state gauge is written for.
var replicaStates = []string{"healthy", "lagging", "stopped", "schema_behind", "down", "unchecked"}

// replicaCollector exports the read replicas' states.
type replicaCollector struct {
	list                         func() []ReplicaStatus
	up, lag, state, reads, falls *prometheus.Desc
}

// RegisterReplicas exports the state of each read replica that list
// returns: songdedup_replica_up, _lag_seconds, _state, _reads_total and
// _fallbacks_total, labelled by the replica's address.
func (m *Metrics) RegisterReplicas(list func() []ReplicaStatus) error {
	l := []string{"replica"}
	return m.reg.Register(&replicaCollector{
		list:  list,
		up:    prometheus.NewDesc("songdedup_replica_up", "1 when the read replica serves reads (healthy), else 0.", l, nil),
		lag:   prometheus.NewDesc("songdedup_replica_lag_seconds", "How far the read replica is behind the primary, as it reports (Seconds_Behind_Master).", l, nil),
		state: prometheus.NewDesc("songdedup_replica_state", "1 for the read replica's current state (healthy, lagging, stopped, schema_behind, down, unchecked).", []string{"replica", "state"}, nil),
		reads: prometheus.NewDesc("songdedup_replica_reads_total", "Lag-tolerant reads the read replica served.", l, nil),
		falls: prometheus.NewDesc("songdedup_replica_fallbacks_total", "Reads the read replica failed, which the primary then served.", l, nil),
	})
}

func (c *replicaCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.up, c.lag, c.state, c.reads, c.falls} {
		ch <- d
	}
}

func (c *replicaCollector) Collect(ch chan<- prometheus.Metric) {
	for _, r := range c.list() {
		up := 0.0
		if r.State == "healthy" {
			up = 1
		}
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, up, r.Addr)
		ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, r.LagSeconds, r.Addr)
		for _, s := range replicaStates {
			v := 0.0
			if s == r.State {
				v = 1
			}
			ch <- prometheus.MustNewConstMetric(c.state, prometheus.GaugeValue, v, r.Addr, s)
		}
		ch <- prometheus.MustNewConstMetric(c.reads, prometheus.CounterValue, float64(r.Reads), r.Addr)
		ch <- prometheus.MustNewConstMetric(c.falls, prometheus.CounterValue, float64(r.Fallbacks), r.Addr)
	}
}
