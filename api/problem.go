package api

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
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
	// OldestCursor is, on a 410 of the changes feed, where it starts now.
	OldestCursor string `json:"oldest_cursor,omitempty"`
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
	encodeValidRaw(w, p)
}

// writeError answers err as errorProblem maps it; a 503 carries
// Retry-After.
func writeError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	p := errorProblem(r, log, err)
	if p.Status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
	}
	writeProblemDoc(w, r, p)
}

// errorProblem is the one mapping of domain errors to HTTP statuses: a
// field error is a 400 naming the field, ErrNotFound a 404, ErrConflict a
// 409, ErrUnavailable (or a request out of time) a 503; anything else is
// a generic 500. What the client is told is a plain statement; the cause
// (a driver's words, an address) goes to the log only.
func errorProblem(r *http.Request, log *slog.Logger, err error) problem {
	var fe *dedup.FieldError
	if errors.As(err, &fe) {
		return problem{
			Status: http.StatusBadRequest, Title: "invalid request", Detail: fe.Error(),
			Errors: []fieldProblem{{Field: fe.Field, Message: fe.Message}},
		}
	}
	if !errors.Is(err, dedup.ErrUnavailable) && r.Context().Err() != nil {
		// The request ran out of its deadline (or its client left) while
		// waiting for the database: whatever error that surfaced as, the
		// database did not answer in time.
		err = fmt.Errorf("%w: %w", dedup.ErrUnavailable, err)
	}
	ctx, reqID := r.Context(), middleware.GetReqID(r.Context())
	switch {
	case errors.Is(err, dedup.ErrUnavailable):
		log.WarnContext(ctx, "unavailable", "err", err, "request_id", reqID)
		return problem{Status: http.StatusServiceUnavailable, Title: "service unavailable", Detail: "database unavailable"}
	case errors.Is(err, dedup.ErrNotFound):
		log.DebugContext(ctx, "not found", "err", err, "request_id", reqID)
		return problem{Status: http.StatusNotFound, Title: "not found", Detail: notFoundDetail(r, err)}
	case errors.Is(err, dedup.ErrConflict):
		log.InfoContext(ctx, "conflict", "err", err, "request_id", reqID)
		return problem{Status: http.StatusConflict, Title: "conflict", Detail: plainDetail(err, dedup.ErrConflict)}
	}
	log.ErrorContext(ctx, "internal error", "err", err, "request_id", reqID)
	return problem{Status: http.StatusInternalServerError, Title: "internal error"}
}

// retryAfterSeconds is what a 503 asks the client to wait.
const retryAfterSeconds = 2

// itemError sets a batch item's status and problem from err, as writeError
// would answer it alone.
func (d *batchResultDoc) itemError(r *http.Request, log *slog.Logger, err error) {
	p := errorProblem(r, log, err)
	p.Type, p.Instance, p.RequestID = "about:blank", r.URL.Path, middleware.GetReqID(r.Context())
	d.Status, d.Problem = p.Status, &p
}

// plainDetail is what a client is told of err: the domain's message up to
// the error of the vocabulary it wraps, without the cause that may follow
// (a driver's words), which only the log gets.
func plainDetail(err, sentinel error) string {
	var sc *dedup.StateConflict
	if errors.As(err, &sc) {
		return sc.Message
	}
	msg, word := err.Error(), sentinel.Error()
	if i := strings.Index(msg, word); i >= 0 {
		return msg[:i+len(word)]
	}
	return word
}

// notFoundSubjects name what a route's path parameter identifies, for the
// detail of its 404s.
var notFoundSubjects = []struct{ routePrefix, param, noun string }{
	{"/v1/songs/{id}", "id", "song"},
	{"/v1/videos/{video_id}", "video_id", "video"},
	{"/v1/reviews/{id}", "id", "review"},
}

// notFoundDetail says what was not found: "song 999 not found".
func notFoundDetail(r *http.Request, err error) string {
	if rctx := chi.RouteContext(r.Context()); rctx != nil {
		for _, s := range notFoundSubjects {
			if strings.HasPrefix(rctx.RoutePattern(), s.routePrefix) {
				return s.noun + " " + chi.URLParam(r, s.param) + " not found"
			}
		}
	}
	return plainDetail(err, dedup.ErrNotFound)
}
