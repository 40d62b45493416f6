package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5/middleware"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/songdedup/songdedup/dedup"
)

// Metrics are the Prometheus metrics of the service.
type Metrics struct {
	reg       *prometheus.Registry
	submit    *prometheus.HistogramVec
	decisions *prometheus.CounterVec
	stages    *prometheus.HistogramVec
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	batchSize prometheus.Histogram
}

// latencyBuckets cover 0.5 ms to 10 s.
var latencyBuckets = []float64{.0005, .001, .0025, .005, .01, .02, .03, .05, .1, .25, .5, 1, 2.5, 5, 10}

// NewMetrics registers the service's metrics, plus the Go runtime and
// process collectors, on a new registry. Other collectors (the database
// pool) can be added with Register.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		submit: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "songdedup_submit_duration_seconds", Help: "Time to answer a submission, by decision.",
			Buckets: latencyBuckets}, []string{"decision"}),
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "songdedup_decisions_total", Help: "Submissions by decision: created, merged, review, existing; invalid for input refused (4xx), error for other failures."},
			[]string{"decision"}),
		stages: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "songdedup_stage_duration_seconds", Help: "Time spent in each stage of a submission (retrieval, decide, write, reconcile).",
			Buckets: latencyBuckets}, []string{"stage"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "songdedup_http_requests_total", Help: "HTTP requests by route, method and status."},
			[]string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "songdedup_http_request_duration_seconds", Help: "HTTP request latency by route.",
			Buckets: latencyBuckets}, []string{"route"}),
		batchSize: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "songdedup_batch_size", Help: "Submissions per batch request (POST /v1/submissions/batch).",
			Buckets: []float64{1, 10, 50, 100, 250, 500, 1000, 5000}}),
	}
	m.reg.MustRegister(m.submit, m.decisions, m.stages, m.requests, m.latency, m.batchSize,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Register adds a collector, such as collectors.NewDBStatsCollector.
func (m *Metrics) Register(c prometheus.Collector) error { return m.reg.Register(c) }

// ObserveStage records the duration of one stage of a submission; it is
// the dedup.ServiceOptions.Observe hook.
func (m *Metrics) ObserveStage(stage string, d time.Duration) {
	m.stages.WithLabelValues(stage).Observe(d.Seconds())
}

// submitted counts a submission answered with outcome o after d.
func (m *Metrics) submitted(o dedup.Outcome, d time.Duration) { m.observeSubmit(string(o), d) }

// refused counts a submission refused as invalid before anything was
// decided.
func (m *Metrics) refused(d time.Duration) { m.observeSubmit(decisionInvalid, d) }

// failed counts a submission that failed with err after d, by
// failureLabel.
func (m *Metrics) failed(err error, d time.Duration) { m.observeSubmit(failureLabel(err), d) }

// decisionInvalid is the decision label of a submission refused as invalid
// input (answered 4xx), wherever it was found out; dedup.OutcomeError
// labels the ones that failed otherwise (answered 5xx).
const decisionInvalid = "invalid"

// failureLabel is the decision label of a submission that failed with err:
// one label for one kind of failure, whichever layer noticed it.
func failureLabel(err error) string {
	var fe *dedup.FieldError
	if errors.As(err, &fe) || errors.Is(err, errBodyTooLarge) {
		return decisionInvalid
	}
	return string(dedup.OutcomeError)
}

// batched counts a submission of a batch by decision ("invalid" for one
// refused); the batch's latency is the request's.
func (m *Metrics) batched(decision string) { m.decisions.WithLabelValues(decision).Inc() }

// observeBatch records the size of a batch.
func (m *Metrics) observeBatch(n int) { m.batchSize.Observe(float64(n)) }

func (m *Metrics) observeSubmit(decision string, d time.Duration) {
	m.decisions.WithLabelValues(decision).Inc()
	m.submit.WithLabelValues(decision).Observe(d.Seconds())
}

func (m *Metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// instrument counts requests by route pattern (not raw path, which would
// explode the label space). It reads the status through the response
// writer requestLogger wraps, when it runs inside it.
func (m *Metrics) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww, ok := w.(middleware.WrapResponseWriter)
		if !ok {
			ww = middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		}
		next.ServeHTTP(ww, r)
		route := routePattern(r)
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, r.Method, strconv.Itoa(ww.Status())).Inc()
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}
