package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5/middleware"

	"github.com/songdedup/songdedup/dedup"
)

// problem is an RFC 9457 problem document.
type problem struct {
	Type      string         `json:"type"`
	Title     string         `json:"title"`
	Status    int            `json:"status"`
	Detail    string         `json:"detail,omitempty"`
	Instance  string         `json:"instance,omitempty"`
	RequestID string         `json:"request_id,omitempty"`
	Errors    []fieldProblem `json:"errors,omitempty"`
	// Current carries the current state on a 409.
	Current any `json:"current,omitempty"`
}

type fieldProblem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

func writeProblem(w http.ResponseWriter, r *http.Request, status int, title, detail string) {
	writeProblemDoc(w, r, problem{Title: title, Status: status, Detail: detail})
}

func writeProblemDoc(w http.ResponseWriter, r *http.Request, p problem) {
	if p.Type == "" {
		p.Type = "about:blank"
	}
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	p.Instance = r.URL.Path
	p.RequestID = middleware.GetReqID(r.Context())
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(p.Status)
	json.NewEncoder(w).Encode(p)
}

// errorStatus is the one table mapping domain errors to HTTP statuses.
var errorStatus = []struct {
	err    error
	status int
	title  string
}{
	{dedup.ErrNotFound, http.StatusNotFound, "not found"},
	{dedup.ErrConflict, http.StatusConflict, "conflict"},
	{dedup.ErrUnavailable, http.StatusServiceUnavailable, "service unavailable"},
}

// writeError answers err: a field error is a 400 naming the field, a known
// domain error gets its status, anything else is logged and answered with a
// generic 500 that leaks nothing.
func writeError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	var fe *dedup.FieldError
	if errors.As(err, &fe) {
		writeProblemDoc(w, r, problem{
			Status: http.StatusBadRequest, Title: "invalid request", Detail: fe.Error(),
			Errors: []fieldProblem{{Field: fe.Field, Message: fe.Message}},
		})
		return
	}
	if !errors.Is(err, dedup.ErrUnavailable) && r.Context().Err() != nil {
		// The request ran out of its deadline (or its client left) while
		// waiting for the database: whatever error that surfaced as, the
		// database did not answer in time.
		err = fmt.Errorf("%w: %w", dedup.ErrUnavailable, err)
	}
	for _, e := range errorStatus {
		if errors.Is(err, e.err) {
			if e.status == http.StatusServiceUnavailable {
				w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
				log.WarnContext(r.Context(), "unavailable", "err", err, "request_id", middleware.GetReqID(r.Context()))
				writeProblem(w, r, e.status, e.title, "database unavailable")
				return
			}
			writeProblem(w, r, e.status, e.title, err.Error())
			return
		}
	}
	log.ErrorContext(r.Context(), "internal error", "err", err, "request_id", middleware.GetReqID(r.Context()))
	writeProblem(w, r, http.StatusInternalServerError, "internal error", "")
}

// retryAfterSeconds is what a 503 asks the client to wait.
const retryAfterSeconds = 2

// itemError sets a batch item's status and problem from err, as writeError
// would answer it alone.
func (d *batchResultDoc) itemError(r *http.Request, log *slog.Logger, err error) {
	p := problem{Type: "about:blank", Instance: r.URL.Path, RequestID: middleware.GetReqID(r.Context())}
	var fe *dedup.FieldError
	switch {
	case errors.As(err, &fe):
		p.Status, p.Title, p.Detail = http.StatusBadRequest, "invalid request", fe.Error()
		p.Errors = []fieldProblem{{Field: fe.Field, Message: fe.Message}}
	default:
		p.Status, p.Title = http.StatusInternalServerError, "internal error"
		for _, e := range errorStatus {
			if errors.Is(err, e.err) {
				p.Status, p.Title, p.Detail = e.status, e.title, err.Error()
				break
			}
		}
		if p.Status == http.StatusInternalServerError {
			log.ErrorContext(r.Context(), "internal error in a batch item", "index", d.Index, "err", err, "request_id", p.RequestID)
		}
	}
	d.Status, d.Problem = p.Status, &p
}
