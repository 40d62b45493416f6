package api

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3 description of the whole API; a test checks real
// responses against it.
//
//go:embed openapi.yaml
var openAPI []byte

func handleOpenAPI() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/yaml")
		w.Write(openAPI)
	}
}
