package api

import (
	"context"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// requestLogger logs one line per request: request ID, route pattern,
// status, size and duration, and for a request with a known API key the
// key's name and role (never the key).
func requestLogger(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			caller := &callerSlot{}
			r = r.WithContext(context.WithValue(r.Context(), callerSlotKey{}, caller))
			next.ServeHTTP(ww, r)
			level := slog.LevelInfo
			if ww.Status() >= 500 {
				level = slog.LevelError
			} else if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
				level = slog.LevelDebug
			}
			if !log.Enabled(r.Context(), level) {
				return
			}
			attrs := make([]slog.Attr, 0, 9)
			attrs = append(attrs,
				slog.String("request_id", middleware.GetReqID(r.Context())),
				slog.String("method", r.Method),
				slog.String("route", routePattern(r)),
				slog.String("path", r.URL.Path),
				slog.Int("status", ww.Status()),
				slog.Int("bytes", ww.BytesWritten()),
				slog.Duration("duration", time.Since(start)),
			)
			if p := caller.principal; p.Role != 0 {
				attrs = append(attrs, slog.String("key_name", p.Name), slog.String("role", p.Role.String()))
			}
			log.LogAttrs(r.Context(), level, "request", attrs...)
		})
	}
}

// callerSlot is where requireRole leaves the principal of a request's key
// for requestLogger, which runs outside it and so cannot see the context
// requireRole hands on; and where the request's route pattern is kept
// once read (routePattern), for the logger and the metrics both.
type callerSlot struct {
	principal Principal
	route     string
	routeRead bool
}

type callerSlotKey struct{}

// noteCaller records p as the caller of the request whose context ctx is.
func noteCaller(ctx context.Context, p Principal) {
	if slot, ok := ctx.Value(callerSlotKey{}).(*callerSlot); ok {
		slot.principal = p
	}
}

// routePattern is the pattern of the route that served r, read once a
// request: chi joins it anew at each call.
func routePattern(r *http.Request) string {
	slot, ok := r.Context().Value(callerSlotKey{}).(*callerSlot)
	if ok && slot.routeRead {
		return slot.route
	}
	route := chi.RouteContext(r.Context()).RoutePattern()
	if ok {
		slot.route, slot.routeRead = route, true
	}
	return route
}

// recoverer turns a panic in a handler into a logged 500.
func recoverer(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if v := recover(); v != nil {
					if v == http.ErrAbortHandler {
						panic(v)
					}
					log.ErrorContext(r.Context(), "panic", "value", v,
						"request_id", middleware.GetReqID(r.Context()), "stack", string(debug.Stack()))
					writeProblem(w, r, http.StatusInternalServerError, "internal error", "")
				}
			}()
			next.ServeHTTP(w, r)
		})
	}
}

// limitBody caps every request body; reading past the cap fails, which the
// JSON decoder reports as a 413.
func limitBody(n int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > n {
				writeProblem(w, r, http.StatusRequestEntityTooLarge, "request body too large",
					"the body is larger than the limit of the service")
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, n)
			next.ServeHTTP(w, r)
		})
	}
}

// deadline gives every request a deadline of its own for its database
// work, so that a hung database is answered with a 503 while the client
// still listens, not with silence at the server's write timeout.
func deadline(d time.Duration, longPolls ...string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if slices.Contains(longPolls, r.URL.Path) {
				next.ServeHTTP(w, r)
				return
			}
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}
