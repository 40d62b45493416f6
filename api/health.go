package api

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

func handleHealthz() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}
}

func handleReadyz(ready Readiness, replicas func() []ReplicaStatus, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := ready.Ready(ctx); err != nil {
			// The database's own words stay in the log; a schema that is
			// not current is said as it is.
			detail := err.Error()
			if errors.Is(err, dedup.ErrUnavailable) || ctx.Err() != nil {
				detail = "database unavailable"
			}
			log.WarnContext(r.Context(), "not ready", "err", err)
			w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
			writeProblem(w, r, http.StatusServiceUnavailable, "not ready", detail)
			return
		}
		if replicas == nil {
			writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "replicas": replicas()})
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
