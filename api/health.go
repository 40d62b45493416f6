package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

func handleHealthz() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}
}

func handleReadyz(ready Readiness, replicas func() []ReplicaStatus) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := ready.Ready(ctx); err != nil {
			w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds))
			writeProblem(w, r, http.StatusServiceUnavailable, "not ready", err.Error())
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
