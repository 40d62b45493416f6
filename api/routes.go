package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// routes is the one place every route is declared.
func routes(deps Deps) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(requestLogger(deps.Logger))
	r.Use(recoverer(deps.Logger))
	r.Use(limitBody(deps.MaxBodyBytes))

	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, r, http.StatusNotFound, "no such route", "")
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, r, http.StatusMethodNotAllowed, "method not allowed", r.Method+" is not allowed on "+r.URL.Path)
	})

	r.Get("/healthz", handleHealthz())
	r.Get("/readyz", handleReadyz(deps.Readiness))
	return r
}
