package api

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
)

// The curator review page. The server renders the page's shell with
// html/template and serves its script and stylesheet from the binary; the
// script fetches the queue from the JSON API with the curator's key, so
// the page has no read path, session or authorization of its own: the API
// decides who may see and decide what.

//go:embed ui
var uiFiles embed.FS

// uiCSP keeps the page to its own script and stylesheet: no inline script,
// no eval, no inline style, fetches only to this service, thumbnails only
// from YouTube's image host, and no framing (clickjacking the approve
// button). A title that slipped into the DOM as markup could still not run.
const uiCSP = "default-src 'none'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' https://i.ytimg.com; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// uiPage is what the shell template is rendered with: the asset URLs,
// each carrying a hash of its content so a new binary's assets are never
// mixed with a browser's cached old ones.
type uiPage struct {
	Script, Style, Icon string
}

// uiAssets are the embedded static files and their content hashes.
type uiAssets struct {
	files fs.FS
	hash  map[string]string // file name -> short content hash
}

func loadUIAssets() (uiAssets, error) {
	static, err := fs.Sub(uiFiles, "ui/static")
	if err != nil {
		return uiAssets{}, err
	}
	a := uiAssets{files: static, hash: map[string]string{}}
	err = fs.WalkDir(static, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(static, path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a.hash[path] = hex.EncodeToString(sum[:])[:12]
		return nil
	})
	return a, err
}

// url is the versioned URL of an asset.
func (a uiAssets) url(name string) string {
	return "/ui/static/" + name + "?v=" + a.hash[name]
}

// uiHandler serves the curator review page at /ui/ and its assets under
// /ui/static/. The embedded files are parsed once; a broken template or a
// missing asset is a programming error, caught by the tests, so it panics
// at start rather than serving a half page.
func uiHandler(log *slog.Logger) http.Handler {
	assets, err := loadUIAssets()
	if err != nil {
		panic("api: ui assets: " + err.Error())
	}
	tmpl := template.Must(template.ParseFS(uiFiles, "ui/review.html.tmpl"))
	page := uiPage{Script: assets.url("review.js"), Style: assets.url("review.css"), Icon: assets.url("icon.svg")}
	for _, name := range []string{"review.js", "review.css", "icon.svg"} {
		if assets.hash[name] == "" {
			panic("api: ui asset " + name + " is not embedded")
		}
	}
	// The shell is the same for every request: render it once.
	var shell bytes.Buffer
	if err := tmpl.Execute(&shell, page); err != nil {
		panic("api: ui template: " + err.Error())
	}

	r := chi.NewRouter()
	r.Use(uiHeaders)
	r.Get("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// The shell holds no data, but revalidating it keeps its asset
		// hashes current after a deploy.
		w.Header().Set("Cache-Control", "no-cache")
		if _, err := w.Write(shell.Bytes()); err != nil {
			log.DebugContext(r.Context(), "ui: writing the page", "err", err)
		}
	})
	files := http.StripPrefix("/ui/static/", http.FileServerFS(assets.files))
	r.Get("/static/*", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/ui/static/")
		h, ok := assets.hash[name]
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no such file "+r.URL.Path)
			return
		}
		if r.URL.Query().Get("v") == h {
			// The URL names this exact content: cache it for good.
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
	return r
}

// uiHeaders sets the security headers of every response of the page.
func uiHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", uiCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		// Video links open YouTube; they need not tell it where the
		// curator came from.
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
