package api

import (
	"net/http"
	"slices"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/songdedup/songdedup/dedup"
)

// routes is the one place every route is declared.
func routes(deps Deps) http.Handler {
	log, cat, keys, m := deps.Logger, deps.Catalog, deps.Keys, deps.Metrics
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	// HEAD is served like GET, without the body (net/http drops it).
	r.Use(middleware.GetHead)
	r.Use(requestLogger(log))
	r.Use(recoverer(log))
	r.Use(m.instrument)
	r.Use(limitBody(deps.MaxBodyBytes))
	// A long poll of the changes feed waits longer than a request's
	// deadline; its handler bounds each of its reads instead. A batch has
	// a deadline of its own.
	r.Use(deadline(deps.RequestTimeout, "/v1/changes", "/v1/submissions/batch"))

	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, r, http.StatusNotFound, "no such route", "")
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Allow", strings.Join(allowedMethods(r, req.URL.Path), ", "))
		writeProblem(w, req, http.StatusMethodNotAllowed, "method not allowed", req.Method+" is not allowed on "+req.URL.Path)
	})

	r.Get("/healthz", handleHealthz())
	r.Get("/readyz", handleReadyz(deps.Readiness, deps.Replicas, log))
	r.Method(http.MethodGet, "/metrics", m.handler())
	r.Get("/openapi.yaml", handleOpenAPI())
	r.Get("/ui", http.RedirectHandler("/ui/", http.StatusMovedPermanently).ServeHTTP)
	r.Mount("/ui/", uiHandler(log))

	r.Route("/v1", func(r chi.Router) {
		r.Use(crossOrigin())
		r.Group(func(r chi.Router) {
			r.Use(requireRole(keys, RoleSubmitter))
			r.Post("/submissions", handleSubmit(cat, log, m))
			r.With(deadline(deps.BatchTimeout)).Post("/submissions/batch", handleSubmitBatch(cat, log, m, deps.MaxBatch))
			r.Get("/songs", handleSearch(cat, log))
			r.Get("/changes", handleChanges(cat, log, deps.RequestTimeout, deps.Stopping))
			r.Get("/songs/{id}", handleGetSong(cat, log))
			r.Get("/videos/{video_id}", handleGetVideo(cat, log))
			r.Post("/videos/{video_id}/engagement", handleEngagement(cat, log))
			r.Get("/reviews", handleListReviews(cat, log))
			r.Get("/reviews/{id}", handleGetReview(cat, log))
			r.Get("/stats", handleStats(cat, log))
			r.Get("/whoami", handleWhoami())
		})
		r.Group(func(r chi.Router) {
			r.Use(requireRole(keys, RoleCurator))
			r.Post("/reviews/{id}/approve", handleDecide(cat, log, dedup.ReviewApproved))
			r.Post("/reviews/{id}/reject", handleDecide(cat, log, dedup.ReviewRejected))
			r.Post("/songs/{id}/split", handleSplit(cat, log))
			r.Post("/songs/{id}/merge", handleMerge(cat, log))
			r.Get("/aliases", handleListAliases(cat, log))
		})
		r.Group(func(r chi.Router) {
			r.Use(requireRole(keys, RoleAdmin))
			r.Delete("/aliases/{id}", handleDeleteAlias(cat, log))
		})
	})
	return r
}

// allowedMethods lists the methods routes answers on path, for the Allow
// header a 405 carries (RFC 9110, 15.5.6).
func allowedMethods(routes chi.Routes, path string) []string {
	var out []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		// A GET route answers HEAD too (middleware.GetHead).
		if routes.Match(chi.NewRouteContext(), m, path) || m == http.MethodHead && slices.Contains(out, http.MethodGet) {
			out = append(out, m)
		}
	}
	return out
}
