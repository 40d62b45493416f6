// Package api is the HTTP layer of songdedup: routes, authentication,
// request and response types, and the one table that maps domain errors to
// HTTP statuses. It knows the domain (package dedup) but not the store.
package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"
)

// Readiness tells whether the service can do its work: the database answers
// and its schema is current.
type Readiness interface {
	Ready(ctx context.Context) error
}

// Deps are what the HTTP layer needs. Logger, Readiness and Catalog are
// required.
type Deps struct {
	Logger    *slog.Logger
	Readiness Readiness
	Catalog   Catalog
	Keys      *Keys
	Metrics   *Metrics
	// MaxBodyBytes bounds every request body (default 1 MiB).
	MaxBodyBytes int64
	// RequestTimeout is the deadline of one request's work (default 5 s);
	// a request that runs out of it answers 503 with Retry-After. Keep it
	// well inside the HTTP server's write timeout.
	RequestTimeout time.Duration
	// MaxBatch bounds the submissions of one batch request (default
	// DefaultMaxBatch).
	MaxBatch int
	// BatchTimeout is the deadline of one batch request's work (default
	// DefaultBatchTimeout): a batch of MaxBatch submissions does the work
	// of many requests in one.
	BatchTimeout time.Duration
	// Stopping, when set, is done when the server begins to shut down:
	// long polls of the changes feed then answer at once, so that they do
	// not hold the shutdown up.
	Stopping context.Context
	// Replicas, when set, lists the read replicas of the database, shown
	// by /readyz (they do not decide readiness: the primary serves the
	// reads of a replica that cannot).
	Replicas func() []ReplicaStatus
}

// DefaultMaxBatch is how many submissions a batch request may carry unless
// configured otherwise.
const DefaultMaxBatch = 500

// DefaultRequestTimeout is the deadline of one request's work when Deps
// sets none.
const DefaultRequestTimeout = 5 * time.Second

// DefaultBatchTimeout is the deadline of one batch request's work when Deps
// sets none.
const DefaultBatchTimeout = 20 * time.Second

// NewServer returns the whole HTTP API as one handler.
func NewServer(deps Deps) http.Handler {
	if deps.MaxBodyBytes <= 0 {
		deps.MaxBodyBytes = 1 << 20
	}
	if deps.RequestTimeout <= 0 {
		deps.RequestTimeout = DefaultRequestTimeout
	}
	if deps.BatchTimeout <= 0 {
		deps.BatchTimeout = DefaultBatchTimeout
	}
	if deps.MaxBatch <= 0 {
		deps.MaxBatch = DefaultMaxBatch
	}
	if deps.Metrics == nil {
		deps.Metrics = NewMetrics()
	}
	return routes(deps)
}
