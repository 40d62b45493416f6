package api

import (
	"log/slog"
	"net/http"
)

// uiHandler serves the curator review page.
func uiHandler(log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<!doctype html><title>songdedup</title><p>The curator page is being built.</p>"))
	})
}
