package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/songdedup/songdedup/api"
)

// HTTP details: plain error statements, HEAD, Allow, canonical IDs, request
// logs and metrics.

func TestNotFoundSaysWhat(t *testing.T) {
	e := newEnv(t)
	e.submit("PLAIN000001", "Radiohead - Reckoner", "")
	tests := []struct {
		method, path, key, body, want string
	}{
		{"GET", "/v1/songs/999999", submitterKey, "", "song 999999 not found"},
		{"GET", "/v1/videos/ZZZZZZZZZZ9", submitterKey, "", "video ZZZZZZZZZZ9 not found"},
		{"POST", "/v1/videos/ZZZZZZZZZZ9/engagement", submitterKey, `{"plays": 1}`, "video ZZZZZZZZZZ9 not found"},
		{"GET", "/v1/reviews/999999", submitterKey, "", "review 999999 not found"},
		{"POST", "/v1/reviews/999999/approve", curatorKey, "", "review 999999 not found"},
		{"POST", "/v1/reviews/999999/reject", curatorKey, "", "review 999999 not found"},
		{"POST", "/v1/songs/999999/split", curatorKey, `{"video_ids": ["PLAIN000001"]}`, "song 999999 not found"},
	}
	for _, tt := range tests {
		var body any
		if tt.body != "" {
			body = tt.body
		}
		status, out, _ := e.do(tt.method, tt.path, tt.key, body)
		if status != http.StatusNotFound || str(out["detail"]) != tt.want {
			t.Errorf("%s %s: %d %q, want 404 %q", tt.method, tt.path, status, out["detail"], tt.want)
		}
		for _, internal := range []string{"sql", "rows", "Error "} {
			if strings.Contains(str(out["detail"])+str(out["title"]), internal) {
				t.Errorf("%s %s: %v tells internals (%q)", tt.method, tt.path, out, internal)
			}
		}
	}
}

func TestHTTPMethodsAndIDs(t *testing.T) {
	e := newEnv(t)
	out := e.submit("METHOD00001", "Radiohead - Reckoner", "")
	id := str(out["song_id"])
	send := func(method, path, key string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(method, e.srv.URL+path, nil)
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		return resp, b.String()
	}

	// HEAD is GET without a body, and a length said is the body's: of
	// documents written at once (a song, a video, a review, a page of the
	// queue) and of errors.
	reviewID, _, _ := e.reviewPair(1, "Adele - Hello", "Adele - Hallo")
	for _, path := range []string{"/v1/songs/" + id, "/v1/videos/METHOD00001", "/v1/reviews", "/v1/reviews/" + reviewID, "/v1/stats", "/healthz",
		"/readyz", "/openapi.yaml", "/metrics", "/ui/"} {
		get, getBody := send("GET", path, submitterKey)
		head, headBody := send("HEAD", path, submitterKey)
		if head.StatusCode != get.StatusCode || head.StatusCode != http.StatusOK || headBody != "" || getBody == "" ||
			head.Header.Get("Content-Type") != get.Header.Get("Content-Type") {
			t.Errorf("HEAD %s: %d %q (%s), GET: %d (%s), want the GET's status and headers without a body",
				path, head.StatusCode, headBody, head.Header.Get("Content-Type"), get.StatusCode, get.Header.Get("Content-Type"))
		}
		if get.Header.Get("Content-Type") == "application/json" && (!json.Valid([]byte(getBody)) || !strings.HasSuffix(getBody, "\n")) {
			t.Errorf("GET %s: a document cut short: %q", path, getBody)
		}
		if n := get.Header.Get("Content-Length"); n != "" && n != strconv.Itoa(len(getBody)) || head.Header.Get("Content-Length") != n {
			t.Errorf("GET %s: Content-Length %q for %d bytes, HEAD: %q", path, n, len(getBody), head.Header.Get("Content-Length"))
		}
	}
	for _, path := range []string{"/v1/reviews/999999", "/v1/songs/999999", "/v1/reviews?limit=0"} {
		get, getBody := send("GET", path, submitterKey)
		head, headBody := send("HEAD", path, submitterKey)
		if get.StatusCode < 400 || head.StatusCode != get.StatusCode || headBody != "" ||
			get.Header.Get("Content-Length") != strconv.Itoa(len(getBody)) || head.Header.Get("Content-Length") != get.Header.Get("Content-Length") {
			t.Errorf("GET %s: %d, Content-Length %q for %d bytes; HEAD: %d, %q, %d bytes", path, get.StatusCode,
				get.Header.Get("Content-Length"), len(getBody), head.StatusCode, head.Header.Get("Content-Length"), len(headBody))
		}
	}

	// Only an ID written as the service writes it names a song.
	for _, path := range []string{"/v1/songs/0" + id, "/v1/songs/+" + id, "/v1/songs/" + id + ".0", "/v1/songs/%20" + id, "/v1/songs/-" + id,
		"/v1/songs/99999999999999999999", "/v1/reviews/01", "/v1/songs/0"} {
		resp, body := send("GET", path, submitterKey)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d %s, want 404", path, resp.StatusCode, body)
		}
	}
	if resp, body := send("GET", "/v1/songs/"+id, submitterKey); resp.StatusCode != http.StatusOK {
		t.Errorf("GET /v1/songs/%s: %d %s", id, resp.StatusCode, body)
	}
}

func TestRequestLogNamesTheKey(t *testing.T) {
	e := newEnv(t)
	keys, err := api.ParseKeys(submitterKey + ":submitter," + curatorKey + ":curator:alice")
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: log, Readiness: e.db, Catalog: e.svc, Keys: keys}))
	defer srv.Close()
	for _, tt := range []struct {
		method, path, key  string
		wantName, wantRole string
	}{
		{"GET", "/v1/stats", curatorKey, "alice", "curator"},
		{"GET", "/v1/songs/999", submitterKey, "submitter-", "submitter"},
		{"POST", "/v1/reviews/1/approve", submitterKey, "submitter-", "submitter"}, // 403: the key is known
		{"GET", "/v1/stats", "not-a-known-key", "", ""},
		{"GET", "/healthz", "", "", ""},
	} {
		logs.Reset()
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		if tt.key != "" {
			req.Header.Set("Authorization", "Bearer "+tt.key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		var line map[string]any
		for _, l := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
			var m map[string]any
			if json.Unmarshal([]byte(l), &m) == nil && m["msg"] == "request" {
				line = m
			}
		}
		if line == nil {
			t.Fatalf("%s %s: no request log line in %s", tt.method, tt.path, logs.String())
		}
		name, _ := line["key_name"].(string)
		role, _ := line["role"].(string)
		if tt.wantName == "" && (name != "" || role != "") || tt.wantName != "" && (!strings.HasPrefix(name, tt.wantName) || role != tt.wantRole) {
			t.Errorf("%s %s with key %q: key_name=%q role=%q, want %q and %q", tt.method, tt.path, tt.key, name, role, tt.wantName, tt.wantRole)
		}
		if tt.key != "" && strings.Contains(logs.String(), tt.key) {
			t.Errorf("%s %s: the log holds the key itself: %s", tt.method, tt.path, logs.String())
		}
	}
}

func TestSubmissionFailuresHaveOneLabel(t *testing.T) {
	e := newEnv(t)
	for _, body := range []string{
		`{"video_id": "LABEL000001", "title": `,                    // refused while reading the body
		`{"video_id": "LABEL000001", "title": "[Official Video]"}`, // refused by the service
		`{"video_id": "LABEL000001", "title": "x", "duration_seconds": -5}`,
	} {
		if status, out, _ := e.do("POST", "/v1/submissions", submitterKey, body); status != http.StatusBadRequest {
			t.Fatalf("%s: %d %v, want 400", body, status, out)
		}
	}
	resp, err := http.Get(e.srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	text := string(raw)
	if !strings.Contains(text, `songdedup_decisions_total{decision="invalid"} 3`) || strings.Contains(text, `decision="error"`) {
		t.Errorf("three refused submissions, want decisions_total{decision=\"invalid\"} 3 and no error label:\n%s", grepLines(text, "songdedup_decisions_total"))
	}
}

// grepLines returns the lines of text that contain s.
func grepLines(text, s string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// syncBuffer is a bytes.Buffer that handlers may write to concurrently.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *syncBuffer) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Reset()
}

// listLoggedSongs lists in logged_songs the songs that the merge log
// entries a test writes itself name, as the store lists those of the
// entries it writes.
const listLoggedSongs = `INSERT IGNORE INTO logged_songs (song_id) SELECT song_id FROM merges UNION SELECT into_song_id FROM merges`

// execSQL runs statements on the test's database, to store what the API
// never writes.
func (e *env) execSQL(statements ...string) {
	e.t.Helper()
	for _, s := range statements {
		if _, err := e.db.SQL().Exec(s); err != nil {
			e.t.Fatal(err)
		}
	}
}

// TestStoredExplanationNotJSON: an explanation stored as something that is
// not JSON is written as {} (an explanation that says nothing), and the
// rest of the document as it is, in a song's merge history and in a review
// of the queue.
func TestStoredExplanationNotJSON(t *testing.T) {
	e := newEnv(t)
	from := str(e.submit("NOTJSON0001", "Radiohead - Reckoner", "")["song_id"])
	into := str(e.submit("NOTJSON0002", "Portishead - Roads", "")["song_id"])
	e.execSQL(
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, decided_by, explanation, created_at) VALUES
		 ('song', `+from+`, `+into+`, `+into+`, 'test', '{"rule": "kept"}', NOW(6)),
		 ('song', `+from+`, `+into+`, `+into+`, 'test', '{"rule": "cut', NOW(6))`,
		listLoggedSongs,
		`INSERT INTO reviews (song_id, candidate_song_id, score, explanation, status, created_at)
		 VALUES (`+from+`, `+into+`, 0.7, '{"score": [0.7', 'pending', NOW(6))`,
		`INSERT INTO review_counts (status, reason, shard, n) VALUES ('pending', '', 0, 1)`,
	)
	explanations := func(doc map[string]any) []string {
		var out []string
		history, _ := doc["merge_history"].([]any)
		for _, h := range history {
			b, _ := json.Marshal(h.(map[string]any)["explanation"])
			out = append(out, string(b))
		}
		return out
	}
	want := []string{`{}`, `{"rule":"kept"}`} // newest first
	status, song, _ := e.do("GET", "/v1/songs/"+into, submitterKey, nil)
	if got := explanations(song); status != http.StatusOK || strings.Join(got, " ") != strings.Join(want, " ") || str(song["track"]) != "roads" {
		t.Errorf("GET /v1/songs/%s: %d, track %q, explanations %v; want 200, roads, %v", into, status, song["track"], got, want)
	}
	status, page, _ := e.do("GET", "/v1/reviews", submitterKey, nil)
	items, _ := page["items"].([]any)
	if status != http.StatusOK || len(items) != 1 {
		t.Fatalf("GET /v1/reviews: %d %v, want 200 and the review", status, page)
	}
	item := items[0].(map[string]any)
	cand, _ := item["candidate"].(map[string]any)
	if b, _ := json.Marshal(item["explanation"]); string(b) != `{}` || strings.Join(explanations(cand), " ") != strings.Join(want, " ") {
		t.Errorf("GET /v1/reviews: explanation %s, candidate's %v; want {} and %v", b, explanations(cand), want)
	}
}

// TestConflictWithExplanationNotJSON: the current state a 409 carries is
// written whole when a stored explanation in it is not JSON, the review's
// own and its songs' merge history's each as {}.
func TestConflictWithExplanationNotJSON(t *testing.T) {
	e := newEnv(t)
	from := str(e.submit("NOTJSON0011", "Massive Attack - Teardrop", "")["song_id"])
	into := str(e.submit("NOTJSON0012", "Portishead - Glory Box", "")["song_id"])
	e.execSQL(
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, decided_by, explanation, created_at) VALUES
		 ('song', `+from+`, `+into+`, `+into+`, 'test', '{"rule": "cut', NOW(6))`,
		listLoggedSongs,
		`INSERT INTO reviews (song_id, candidate_song_id, score, explanation, status, decided_by, created_at)
		 VALUES (`+from+`, `+into+`, 0.7, '{"score": [0.7', 'approved', 'curator:earlier', NOW(6))`,
	)
	var id int64
	if err := e.db.SQL().QueryRow("SELECT id FROM reviews WHERE song_id = " + from).Scan(&id); err != nil {
		t.Fatal(err)
	}
	status, p, _ := e.do("POST", "/v1/reviews/"+strconv.FormatInt(id, 10)+"/reject", curatorKey, nil)
	cur, _ := p["current"].(map[string]any)
	cand, _ := cur["candidate"].(map[string]any)
	history, _ := cand["merge_history"].([]any)
	if status != http.StatusConflict || cur == nil || len(history) != 1 {
		t.Fatalf("reject: %d %v; want 409 with the current review and its candidate's merge history", status, p)
	}
	got, _ := json.Marshal([]any{cur["explanation"], history[0].(map[string]any)["explanation"]})
	if string(got) != `[{},{}]` {
		t.Errorf("409's current: explanations %s, want [{},{}]", got)
	}
}
