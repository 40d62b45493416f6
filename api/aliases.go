package api

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/songdedup/songdedup/dedup"
)

// aliasDoc is a learned alias as GET /v1/aliases lists it.
type aliasDoc struct {
	ID        string    `json:"id"`
	Kind      string    `json:"kind"`
	Name      string    `json:"name"`
	Other     string    `json:"other"`
	Titles    int       `json:"titles"`
	Official  int       `json:"official"`
	Used      bool      `json:"used"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

func newAliasDoc(a dedup.LearnedAlias) aliasDoc {
	return aliasDoc{ID: strconv.FormatInt(a.ID, 10), Kind: string(a.Kind), Name: a.Name, Other: a.Other,
		Titles: a.Titles, Official: a.Official, Used: a.Usable(), CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt}
}

type aliasPageDoc struct {
	Items      []aliasDoc `json:"items"`
	NextCursor string     `json:"next_cursor,omitempty"`
}

func handleListAliases(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		f := dedup.AliasFilter{Name: q.Get("name")}
		if !knownParams(w, r, log, "name", "limit", "cursor") {
			return
		}
		var ok bool
		if f.Limit, ok = queryLimit(w, r, log, dedup.MaxAliasLimit); !ok {
			return
		}
		if c := q.Get("cursor"); c != "" {
			id, ok := parseID(c)
			if !ok {
				answerError(w, r, log, dedup.InvalidField("cursor", "must be the next_cursor of a page, got %q", c))
				return
			}
			f.After = id
		}
		page, err := cat.Aliases(r.Context(), f)
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		doc := aliasPageDoc{Items: []aliasDoc{}}
		for _, a := range page.Items {
			doc.Items = append(doc.Items, newAliasDoc(a))
		}
		if page.Next != 0 {
			doc.NextCursor = strconv.FormatInt(page.Next, 10)
		}
		writeJSON(w, http.StatusOK, doc)
	}
}

func handleDeleteAlias(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := parseID(chi.URLParam(r, "id"))
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no alias "+chi.URLParam(r, "id"))
			return
		}
		gone, err := cat.ForgetAlias(r.Context(), id, "admin:"+principalFrom(r.Context()).Name)
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		writeJSON(w, http.StatusOK, newAliasDoc(gone))
	}
}
