package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/songdedup/songdedup/api"
	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// The API is tested through HTTP against a real database: one database for
// the package, emptied before each test.

func TestMain(m *testing.M) { os.Exit(storetest.Main(m, "api")) }

const (
	submitterKey = "sub-key-0001"
	curatorKey   = "cur-key-0001"
	adminKey     = "adm-key-0001"
)

// env is one test's service.
type env struct {
	t   *testing.T
	srv *httptest.Server
	db  *store.DB
	svc *dedup.Service
}

func newEnv(t *testing.T) *env {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	db, svc := emptyCatalog(t, log)
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: log, Readiness: db, Catalog: svc, Keys: testKeys(t), MaxBodyBytes: 64 << 10}))
	t.Cleanup(srv.Close)
	return &env{t: t, srv: srv, db: db, svc: svc}
}

// emptyCatalog opens the package's database, migrated and emptied, and a
// service on it that logs to log.
func emptyCatalog(tb testing.TB, log *slog.Logger) (*store.DB, *dedup.Service) {
	tb.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, storetest.Shared(tb).DSN, store.Options{Logger: quiet, Retrieval: store.RetrievalOptions{StatsTTL: time.Nanosecond}})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		tb.Fatal(err)
	}
	for _, table := range []string{"songs", "videos", "merges", "logged_songs", "reviews", "review_counts", "never_merge", "term_stats"} {
		if _, err := db.SQL().ExecContext(ctx, "DELETE FROM "+table); err != nil {
			tb.Fatal(err)
		}
	}
	return db, dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db, Changes: db}, dedup.ServiceOptions{Logger: log})
}

// testKeys are the tests' API keys: submitterKey, curatorKey (named
// alice) and adminKey.
func testKeys(tb testing.TB) *api.Keys {
	tb.Helper()
	keys, err := api.ParseKeys(submitterKey + ":submitter," + curatorKey + ":curator:alice," + adminKey + ":admin")
	if err != nil {
		tb.Fatal(err)
	}
	return keys
}

// do sends a request and decodes the JSON answer into a map.
func (e *env) do(method, path, key string, body any) (int, map[string]any, http.Header) {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		buf, _ := json.Marshal(b)
		rd = bytes.NewReader(buf)
	}
	req, _ := http.NewRequest(method, e.srv.URL+path, rd)
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if len(raw) > 0 && raw[0] == '{' {
		if err := json.Unmarshal(raw, &out); err != nil {
			e.t.Fatalf("%s %s: bad JSON %q", method, path, raw)
		}
	}
	if resp.StatusCode >= 400 && resp.Header.Get("Content-Type") != "application/problem+json" {
		e.t.Errorf("%s %s: status %d with content type %q, want application/problem+json", method, path, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	return resp.StatusCode, out, resp.Header
}

func (e *env) submit(videoID, title, channel string) map[string]any {
	e.t.Helper()
	status, out, _ := e.do("POST", "/v1/submissions", submitterKey, map[string]any{"video_id": videoID, "title": title, "channel": channel})
	if status != http.StatusOK && status != http.StatusCreated {
		e.t.Fatalf("submit %q: status %d %v", title, status, out)
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func TestSubmitDecisionPaths(t *testing.T) {
	e := newEnv(t)
	steps := []struct {
		video, title, channel string
		wantDecision          string
		wantSong              string // "" any; "same:<video>" the song of that video
		check                 func(t *testing.T, out map[string]any)
	}{
		{"AAAAAAAAAA1", "Adele - Hello (Official Video)", "AdeleVEVO", "created", "", nil},
		{"AAAAAAAAAA2", "Hello | Adele", "Lyrics Vault", "merged", "same:AAAAAAAAAA1", func(t *testing.T, out map[string]any) {
			if out["score"].(float64) <= 0.85 || str(out["matched_song_id"]) == "" {
				t.Errorf("merged answer %v lacks score > 0.85 or matched_song_id", out)
			}
		}},
		{"AAAAAAAAAA3", "ADELE — Hello [Lyrics]", "", "merged", "same:AAAAAAAAAA1", nil},
		{"AAAAAAAAAA1", "Completely different title now", "", "existing", "same:AAAAAAAAAA1", nil},
		{"AAAAAAAAAA4", "Adele - Hello (Live at the BBC)", "", "created", "", func(t *testing.T, out map[string]any) {
			if str(out["version_of"]) == "" {
				t.Errorf("live take of an existing song: want version_of, got %v", out)
			}
		}},
		{"AAAAAAAAAA5", "Lionel Richie - Hello", "", "created", "", func(t *testing.T, out map[string]any) {
			if str(out["version_of"]) != "" || str(out["matched_song_id"]) != "" {
				t.Errorf("another artist's Hello: want a plain new song, got %v", out)
			}
		}},
		{"AAAAAAAAAA6", "Adele - Hallo", "", "review", "", func(t *testing.T, out map[string]any) {
			if str(out["review_id"]) == "" || str(out["matched_song_id"]) == "" {
				t.Errorf("near miss: want review_id and matched_song_id, got %v", out)
			}
		}},
	}
	songOf := map[string]string{}
	for _, s := range steps {
		out := e.submit(s.video, s.title, s.channel)
		if got := str(out["decision"]); got != s.wantDecision {
			t.Fatalf("%q: decision %q, want %q (%v)", s.title, got, s.wantDecision, out)
		}
		if out["explanation"] == nil && s.wantDecision != "existing" {
			t.Errorf("%q: no explanation", s.title)
		}
		if v, ok := strings.CutPrefix(s.wantSong, "same:"); ok && str(out["song_id"]) != songOf[v] {
			t.Errorf("%q: song %v, want the song of %s (%s)", s.title, out["song_id"], v, songOf[v])
		}
		if _, seen := songOf[s.video]; !seen {
			songOf[s.video] = str(out["song_id"])
		}
		if s.check != nil {
			s.check(t, out)
		}
	}

	// Engagement rolls up to the canonical song.
	for _, inc := range []struct {
		video        string
		plays, likes int
	}{{"AAAAAAAAAA1", 10, 1}, {"AAAAAAAAAA2", 5, 2}, {"AAAAAAAAAA2", 1, 0}} {
		status, out, _ := e.do("POST", "/v1/videos/"+inc.video+"/engagement", submitterKey, map[string]int{"plays": inc.plays, "likes": inc.likes})
		if status != http.StatusOK {
			t.Fatalf("engagement: %d %v", status, out)
		}
	}
	status, song, _ := e.do("GET", "/v1/songs/"+songOf["AAAAAAAAAA1"], submitterKey, nil)
	if status != http.StatusOK {
		t.Fatalf("get song: %d %v", status, song)
	}
	if song["plays"].(float64) != 16 || song["likes"].(float64) != 3 {
		t.Errorf("song totals plays=%v likes=%v, want 16 and 3", song["plays"], song["likes"])
	}
	if n := len(song["videos"].([]any)); n != 3 {
		t.Errorf("song has %d videos, want 3", n)
	}
	if str(song["artist"]) != "adele" || str(song["track"]) != "hello" {
		t.Errorf("song artist/track = %q/%q", song["artist"], song["track"])
	}
	status, video, _ := e.do("GET", "/v1/videos/AAAAAAAAAA2", submitterKey, nil)
	if status != http.StatusOK || str(video["song_id"]) != songOf["AAAAAAAAAA1"] || video["plays"].(float64) != 6 {
		t.Errorf("video = %d %v", status, video)
	}
}

func TestBadInput(t *testing.T) {
	e := newEnv(t)
	long := strings.Repeat("x", dedup.MaxTitleLen+1)
	tests := []struct {
		name       string
		body       string
		wantStatus int
		wantField  string
	}{
		{"invalid JSON", `{"video_id": "AAAAAAAAAA1", "title": `, 400, "body"},
		{"not an object", `["a"]`, 400, "body"},
		{"empty body", ``, 400, "body"},
		{"missing title", `{"video_id": "AAAAAAAAAA1"}`, 400, "title"},
		{"blank title", `{"video_id": "AAAAAAAAAA1", "title": "   "}`, 400, "title"},
		{"title not a string", `{"video_id": "AAAAAAAAAA1", "title": 5}`, 400, "title"},
		{"missing video", `{"title": "Adele - Hello"}`, 400, "url"},
		{"bad url", `{"url": "https://vimeo.com/12345", "title": "Adele - Hello"}`, 400, "url"},
		{"bad video id", `{"video_id": "short", "title": "Adele - Hello"}`, 400, "video_id"},
		{"url and video_id disagree", `{"url": "https://youtu.be/AAAAAAAAAA1", "video_id": "BBBBBBBBBB1", "title": "x"}`, 400, "url"},
		{"oversize title", `{"video_id": "AAAAAAAAAA1", "title": "` + long + `"}`, 400, "title"},
		{"negative duration", `{"video_id": "AAAAAAAAAA1", "title": "x", "duration_seconds": -1}`, 400, "duration_seconds"},
		{"duration not a number", `{"video_id": "AAAAAAAAAA1", "title": "x", "duration_seconds": "long"}`, 400, "duration_seconds"},
		{"length not a length", `{"video_id": "AAAAAAAAAA1", "title": "x", "length": "four minutes"}`, 400, "length"},
		{"year out of range", `{"video_id": "AAAAAAAAAA1", "title": "x", "year": 99}`, 400, "year"},
		{"album not a string", `{"video_id": "AAAAAAAAAA1", "title": "x", "album": 7}`, 400, "album"},
		{"catalogue fields", `{"video_id": "AAAAAAAAAA3", "title": "011-Street Hype", "artist": "[unknown]", "album": "Groove City", "track_number": "11", "year": 2004, "length": "2m 57sec"}`, 201, ""},
		{"oversize body", `{"video_id": "AAAAAAAAAA1", "title": "x", "pad": "` + strings.Repeat("y", 70<<10) + `"}`, 413, ""},
		{"unknown fields are fine", `{"video_id": "AAAAAAAAAA1", "title": "Adele - Hello", "mood": "happy"}`, 201, ""},
		{"url forms", `{"url": "https://m.youtube.com/watch?feature=share&v=AAAAAAAAAA2&t=10s", "title": "Adele - Skyfall"}`, 201, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, _ := e.do("POST", "/v1/submissions", submitterKey, tt.body)
			if status != tt.wantStatus {
				t.Fatalf("status %d, want %d (%v)", status, tt.wantStatus, out)
			}
			if tt.wantField == "" {
				return
			}
			errs, _ := out["errors"].([]any)
			if len(errs) != 1 || errs[0].(map[string]any)["field"] != tt.wantField || !strings.Contains(str(out["detail"]), tt.wantField) {
				t.Errorf("want field %q named in detail and errors, got %v", tt.wantField, out)
			}
		})
	}
	// Engagement and split bodies are checked too.
	e.submit("CCCCCCCCCC1", "Muse - Uprising", "")
	for _, tt := range []struct {
		path, body, field string
	}{
		{"/v1/videos/CCCCCCCCCC1/engagement", `{"plays": -3}`, "plays"},
		{"/v1/videos/CCCCCCCCCC1/engagement", `{"likes": "many"}`, "likes"},
	} {
		status, out, _ := e.do("POST", tt.path, submitterKey, tt.body)
		if status != 400 || !strings.Contains(str(out["detail"]), tt.field) {
			t.Errorf("POST %s %s: %d %v, want 400 naming %s", tt.path, tt.body, status, out, tt.field)
		}
	}
	if status, _, _ := e.do("POST", "/v1/videos/ZZZZZZZZZZ9/engagement", submitterKey, `{"plays": 1}`); status != 404 {
		t.Errorf("engagement on an unknown video: %d, want 404", status)
	}
	if status, _, _ := e.do("GET", "/v1/songs/999999", submitterKey, nil); status != 404 {
		t.Errorf("unknown song: %d, want 404", status)
	}
	if status, _, _ := e.do("GET", "/v1/songs/not-an-id", submitterKey, nil); status != 404 {
		t.Errorf("malformed song id: %d, want 404", status)
	}
}

// TestListQueryParams: every list route answers a page size out of range
// in the same words, and a query parameter it does not take ("since" on
// the changes feed, which reads "after") with a 400 naming it.
func TestListQueryParams(t *testing.T) {
	e := newEnv(t)
	lists := []struct {
		path, key string
		max       int
	}{
		{"/v1/changes?", submitterKey, dedup.MaxChangeLimit},
		{"/v1/reviews?", curatorKey, dedup.MaxReviewLimit},
		{"/v1/songs?q=hello&", submitterKey, dedup.MaxSearchLimit},
		{"/v1/aliases?", curatorKey, dedup.MaxAliasLimit},
	}
	for _, l := range lists {
		for _, v := range []string{"0", "-5", strconv.Itoa(l.max + 1), "many"} {
			status, out, _ := e.do("GET", l.path+"limit="+v, l.key, nil)
			want := fmt.Sprintf("limit: must be a number from 1 to %d, got %q", l.max, v)
			if status != 400 || str(out["detail"]) != want {
				t.Errorf("GET %slimit=%s: %d %q, want 400 %q", l.path, v, status, out["detail"], want)
			}
		}
		status, out, _ := e.do("GET", l.path+"since=-5", l.key, nil)
		errs, _ := out["errors"].([]any)
		if status != 400 || len(errs) != 1 || errs[0].(map[string]any)["field"] != "since" || !strings.Contains(str(out["detail"]), "since") {
			t.Errorf("GET %ssince=-5: %d %v, want 400 naming since", l.path, status, out)
		}
		if status, out, _ := e.do("GET", l.path+"limit=1", l.key, nil); status != 200 {
			t.Errorf("GET %slimit=1: %d %v, want 200", l.path, status, out)
		}
	}
}

func TestAuth(t *testing.T) {
	e := newEnv(t)
	out := e.submit("DDDDDDDDDD1", "Adele - Hello", "")
	e.submit("DDDDDDDDDD2", "Adele - Hallo", "")
	_ = out
	tests := []struct {
		name, method, path, key string
		want                    int
	}{
		{"no key", "GET", "/v1/reviews", "", 401},
		{"unknown key", "GET", "/v1/reviews", "nope-nope-nope", 401},
		{"submitter reads", "GET", "/v1/reviews", submitterKey, 200},
		{"submitter may not approve", "POST", "/v1/reviews/1/approve", submitterKey, 403},
		{"submitter may not split", "POST", "/v1/songs/1/split", submitterKey, 403},
		{"curator reads", "GET", "/v1/reviews", curatorKey, 200},
		{"admin reads", "GET", "/v1/reviews", adminKey, 200},
		{"health needs no key", "GET", "/healthz", "", 200},
		{"readiness needs no key", "GET", "/readyz", "", 200},
		{"metrics need no key", "GET", "/metrics", "", 200},
		{"openapi needs no key", "GET", "/openapi.yaml", "", 200},
		{"the page needs no key", "GET", "/ui/", "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, hdr := e.do(tt.method, tt.path, tt.key, nil)
			if status != tt.want {
				t.Errorf("%s %s = %d, want %d", tt.method, tt.path, status, tt.want)
			}
			if status == 401 && hdr.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}
}

func TestCrossSiteRefused(t *testing.T) {
	e := newEnv(t)
	req, _ := http.NewRequest("POST", e.srv.URL+"/v1/submissions", strings.NewReader(`{"video_id":"EEEEEEEEEE1","title":"x"}`))
	req.Header.Set("Authorization", "Bearer "+submitterKey)
	req.Header.Set("Origin", "https://evil.example")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: %d, want 403", resp.StatusCode)
	}
}

func mergeReq(from, into string) dedup.SongMerge {
	var a, b int64
	fmt.Sscan(from, &a)
	fmt.Sscan(into, &b)
	return dedup.SongMerge{From: a, Into: b, DecidedBy: "test"}
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// TestSubmissionCatalogueFields: a length in a catalogue's notation is the
// video's duration, and a placeholder artist is no artist.
func TestSubmissionCatalogueFields(t *testing.T) {
	e := newEnv(t)
	status, out, _ := e.do("POST", "/v1/submissions", submitterKey,
		`{"video_id": "CCCCCCCCCC1", "title": "Street Hype", "artist": "null", "album": "Groove City", "track_number": "11", "year": 2004, "length": "2m 57sec"}`)
	if status != 201 {
		t.Fatalf("status %d: %v", status, out)
	}
	status, video, _ := e.do("GET", "/v1/videos/CCCCCCCCCC1", submitterKey, "")
	if status != 200 || video["duration_seconds"] != 177.0 || video["artist"] != nil && video["artist"] != "" {
		t.Errorf("video: %d %v, want duration 177 and no artist", status, video)
	}
}
