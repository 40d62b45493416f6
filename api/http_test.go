package api_test

import (
	"net/http"
	"strings"
	"testing"
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

	// HEAD is GET without a body.
	for _, path := range []string{"/v1/songs/" + id, "/v1/videos/METHOD00001", "/v1/reviews", "/v1/stats", "/healthz", "/readyz", "/openapi.yaml", "/metrics", "/ui/"} {
		get, getBody := send("GET", path, submitterKey)
		head, headBody := send("HEAD", path, submitterKey)
		if head.StatusCode != get.StatusCode || head.StatusCode != http.StatusOK || headBody != "" || getBody == "" ||
			head.Header.Get("Content-Type") != get.Header.Get("Content-Type") {
			t.Errorf("HEAD %s: %d %q (%s), GET: %d (%s), want the GET's status and headers without a body",
				path, head.StatusCode, headBody, head.Header.Get("Content-Type"), get.StatusCode, get.Header.Get("Content-Type"))
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
