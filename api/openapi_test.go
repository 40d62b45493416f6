package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/go-chi/chi/v5"

	"github.com/songdedup/songdedup/api"
	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// The OpenAPI document is checked against the service itself: every request
// the tests below send and every answer they get is validated against it,
// every route of the router must be in it (and nothing else), and every
// status it documents must have been seen.

const specFile = "openapi.yaml"

func init() {
	// The curator page is HTML; read it as text so its schema can be checked.
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/javascript", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("text/css", openapi3filter.PlainBodyDecoder)
	openapi3filter.RegisterBodyDecoder("image/svg+xml", openapi3filter.PlainBodyDecoder)
}

// apiDoc is the loaded document, its router, and what the tests exercised.
type apiDoc struct {
	doc    *openapi3.T
	router routers.Router
	// seen records, per operation ("GET /v1/songs/{id}"), the statuses
	// answered.
	seen map[string]map[int]bool
}

func loadAPIDoc(t *testing.T) *apiDoc {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromFile(specFile)
	if err != nil {
		t.Fatalf("loading %s: %v", specFile, err)
	}
	if err := doc.Validate(loader.Context); err != nil {
		t.Fatalf("%s is not a valid OpenAPI document: %v", specFile, err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0.") {
		t.Fatalf("%s declares openapi %q, want 3.0.x", specFile, doc.OpenAPI)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatalf("routing %s: %v", specFile, err)
	}
	docStrictResponses(doc)
	return &apiDoc{doc: doc, router: router, seen: map[string]map[int]bool{}}
}

// docStrictResponses closes every object of a response that the document
// leaves open to additions (additionalProperties: true): clients must
// tolerate new fields, but every field the service sends today must be
// documented, so in these tests an undocumented field fails.
func docStrictResponses(doc *openapi3.T) {
	done := map[*openapi3.Schema]bool{}
	var walk func(*openapi3.SchemaRef)
	walk = func(ref *openapi3.SchemaRef) {
		if ref == nil || ref.Value == nil || done[ref.Value] {
			return
		}
		s := ref.Value
		done[s] = true
		if has := s.AdditionalProperties.Has; has != nil && *has && len(s.Properties) > 0 {
			closed := false
			s.AdditionalProperties.Has = &closed
		}
		for _, p := range s.Properties {
			walk(p)
		}
		walk(s.Items)
		for _, group := range []openapi3.SchemaRefs{s.AllOf, s.AnyOf, s.OneOf} {
			for _, sub := range group {
				walk(sub)
			}
		}
	}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			for _, resp := range op.Responses.Map() {
				for _, mt := range resp.Value.Content {
					walk(mt.Schema)
				}
			}
		}
	}
}

// docBearerPresent is the document's security scheme as a client sees it: a
// Bearer token must be sent. (Which keys exist is the server's business.)
func docBearerPresent(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	token, ok := strings.CutPrefix(in.RequestValidationInput.Request.Header.Get("Authorization"), "Bearer ")
	if in.SecuritySchemeName != "apiKey" || !ok || strings.TrimSpace(token) == "" {
		return in.NewError(errors.New("no Bearer token"))
	}
	return nil
}

// docClient sends requests to one server, checking each against the document.
type docClient struct {
	t    *testing.T
	api  *apiDoc
	base string
}

func (s *apiDoc) clientFor(t *testing.T, base string) *docClient {
	return &docClient{t: t, api: s, base: base}
}

// docCall is one request and what it must give.
type docCall struct {
	method, path, key string
	// body is nil (none), a string (sent as is) or a value sent as JSON.
	body   any
	header map[string]string
	want   int
	// docRejects says the request breaks the document: the server must
	// then refuse it too (want is a 4xx), and the document must reject it.
	docRejects bool
	// field, on a 400, is the field the problem must name.
	field string
}

func (c docCall) String() string { return c.method + " " + c.path }

// docBriefErrors leaves the schema and the value out of validation errors:
// they name the path and the reason, and the answer is printed once.
var docBriefErrors = []openapi3.SchemaValidationOption{openapi3.DisableSchemaErrorDetails()}

var docNoRedirects = &http.Client{
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Timeout:       30 * time.Second,
}

// do sends cl, checks the request and the answer against the document and
// the status against cl.want, and returns the answer decoded (nil when not
// a JSON object) with its headers.
func (c *docClient) do(cl docCall) (map[string]any, http.Header) {
	t := c.t
	t.Helper()
	if cl.docRejects && cl.want < 400 {
		t.Fatalf("%s: a request the document rejects must be refused, not answered %d", cl, cl.want)
	}
	var body []byte
	switch b := cl.body.(type) {
	case nil:
	case string:
		body = []byte(b)
	default:
		var err error
		if body, err = json.Marshal(b); err != nil {
			t.Fatal(err)
		}
	}
	newReq := func() *http.Request {
		var rd io.Reader
		if cl.body != nil {
			rd = bytes.NewReader(body)
		}
		req, err := http.NewRequest(cl.method, c.base+cl.path, rd)
		if err != nil {
			t.Fatal(err)
		}
		if cl.key != "" {
			req.Header.Set("Authorization", "Bearer "+cl.key)
		}
		if cl.body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		for k, v := range cl.header {
			req.Header.Set(k, v)
		}
		return req
	}

	// The request, as the document sees it.
	req := newReq()
	route, params, err := c.api.router.FindRoute(req)
	if err != nil {
		t.Fatalf("%s: not in %s: %v", cl, specFile, err)
	}
	reqIn := &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: docBearerPresent, SchemaValidationOptions: docBriefErrors},
	}
	reqErr := openapi3filter.ValidateRequest(context.Background(), reqIn)
	switch {
	case cl.docRejects && reqErr == nil:
		t.Errorf("%s: the document accepts this request (%s), but the service refuses it with %d: document it as invalid", cl, body, cl.want)
	case !cl.docRejects && reqErr != nil:
		t.Errorf("%s: the document rejects this request (%s): %v", cl, body, reqErr)
	}

	// The exchange.
	resp, err := docNoRedirects.Do(newReq())
	if err != nil {
		t.Fatalf("%s: %v", cl, err)
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatalf("%s: reading the answer: %v", cl, err)
	}
	op := route.Method + " " + route.Path
	if c.api.seen[op] == nil {
		c.api.seen[op] = map[int]bool{}
	}
	c.api.seen[op][resp.StatusCode] = true
	if resp.StatusCode != cl.want {
		t.Errorf("%s: status %d, want %d: %s", cl, resp.StatusCode, cl.want, raw)
	}

	// The answer, as the document sees it.
	respIn := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: reqIn, Status: resp.StatusCode, Header: resp.Header,
		Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true, SchemaValidationOptions: docBriefErrors},
	}
	respIn.SetBodyBytes(raw)
	if err := openapi3filter.ValidateResponse(context.Background(), respIn); err != nil {
		t.Errorf("%s → %d (%s): the answer does not match %s (%s):\n%v\nanswer: %.2000s",
			cl, resp.StatusCode, resp.Header.Get("Content-Type"), specFile, op, err, raw)
	}

	var out map[string]any
	if len(raw) > 0 && raw[0] == '{' {
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Errorf("%s: bad JSON %q", cl, raw)
		}
	}
	if cl.field != "" {
		errs, _ := out["errors"].([]any)
		first, _ := docFirstOf(errs).(map[string]any)
		if first == nil || first["field"] != cl.field || !strings.Contains(str(out["detail"]), cl.field) {
			t.Errorf("%s: want the problem to name field %q in detail and errors, got %s", cl, cl.field, raw)
		}
	}
	return out, resp.Header
}

func docFirstOf(xs []any) any {
	if len(xs) == 0 {
		return nil
	}
	return xs[0]
}

// operations lists the document's operations as "METHOD /path".
func (s *apiDoc) operations() map[string]*openapi3.Operation {
	ops := map[string]*openapi3.Operation{}
	for path, item := range s.doc.Paths.Map() {
		for method, op := range item.Operations() {
			ops[method+" "+path] = op
		}
	}
	return ops
}

// checkCoverage fails for every documented status no test answered.
func (s *apiDoc) checkCoverage(t *testing.T) {
	t.Helper()
	var missing []string
	for name, op := range s.operations() {
		for code := range op.Responses.Map() {
			n, err := strconv.Atoi(code)
			if err != nil {
				t.Errorf("%s documents response %q; list statuses one by one", name, code)
				continue
			}
			if !s.seen[name][n] {
				missing = append(missing, fmt.Sprintf("%s → %d", name, n))
			}
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("documented but never answered in these tests: %s", m)
	}
}

func TestOpenAPI(t *testing.T) {
	s := loadAPIDoc(t)
	t.Run("service", func(t *testing.T) { exerciseService(t, s) })
	t.Run("failures", func(t *testing.T) { exerciseFailures(t, s) })
	t.Run("roles", func(t *testing.T) { exerciseRoles(t, s) })
	// With -short the service is not exercised (it needs the database),
	// so nothing can be covered.
	if !t.Failed() && !testing.Short() {
		s.checkCoverage(t)
	}
}

// exerciseService drives a real service on a real database through every
// route and outcome.
func exerciseService(t *testing.T, s *apiDoc) {
	e := newEnv(t)
	c := s.clientFor(t, e.srv.URL)
	submit := func(body map[string]any, want int, decision string) map[string]any {
		t.Helper()
		out, hdr := c.do(docCall{method: "POST", path: "/v1/submissions", key: submitterKey, body: body, want: want})
		if got := str(out["decision"]); got != decision {
			t.Fatalf("submission %v: decision %q, want %q (%v)", body, got, decision, out)
		}
		if loc := hdr.Get("Location"); loc != "/v1/songs/"+str(out["song_id"]) {
			t.Errorf("submission %v: Location %q, want the song %v", body, loc, out["song_id"])
		}
		return out
	}

	// Every decision.
	hello := submit(map[string]any{"video_id": "OAPIAAAAAA1", "title": "Adele - Hello (Official Video)", "channel": "AdeleVEVO", "duration_seconds": 295}, 201, "created")
	songID := str(hello["song_id"])
	merged := submit(map[string]any{"video_id": "OAPIAAAAAA2", "title": "Hello | Adele", "channel": "Lyrics Vault", "duration_seconds": 296}, 200, "merged")
	if str(merged["song_id"]) != songID || str(merged["matched_song_id"]) != songID {
		t.Errorf("merged into %v (matched %v), want %s", merged["song_id"], merged["matched_song_id"], songID)
	}
	submit(map[string]any{"url": "https://youtu.be/OAPIAAAAAA3?t=12", "title": "ADELE — Hello [Lyrics]"}, 200, "merged")
	existing := submit(map[string]any{"video_id": "OAPIAAAAAA1", "title": "Completely different title now"}, 200, "existing")
	if _, has := existing["explanation"]; str(existing["song_id"]) != songID || has {
		t.Errorf("existing: song %v explanation %v, want %s and no explanation (nothing was decided)", existing["song_id"], existing["explanation"], songID)
	}
	live := submit(map[string]any{"video_id": "OAPIAAAAAA4", "title": "Adele - Hello (Live at the BBC)"}, 201, "created")
	if str(live["version_of"]) != songID {
		t.Errorf("live take: version_of %v, want %s", live["version_of"], songID)
	}
	near := submit(map[string]any{"video_id": "OAPIAAAAAA5", "title": "Adele - Hallo", "duration_seconds": 300}, 201, "review")
	review1 := str(near["review_id"])
	submit(map[string]any{"video_id": "OAPIBBBBBB1", "title": "Coldplay - Yellow"}, 201, "created")
	// An artist from a Topic channel (artist source "topic").
	submit(map[string]any{"video_id": "OAPICCCCCC1", "title": "Skyfall", "channel": "Adele - Topic"}, 201, "created")
	review2 := str(submit(map[string]any{"video_id": "OAPIBBBBBB2", "title": "Coldplay - Yallow"}, 201, "review")["review_id"])

	// Previews: the decision a submission would take, nothing written.
	preview := func(body map[string]any, decision string) map[string]any {
		t.Helper()
		out, hdr := c.do(docCall{method: "POST", path: "/v1/submissions?dry_run=true", key: submitterKey, body: body, want: 200})
		if got := str(out["decision"]); got != decision || out["dry_run"] != true {
			t.Fatalf("preview %v: decision %q dry_run %v, want %q and true (%v)", body, got, out["dry_run"], decision, out)
		}
		if hdr.Get("Location") != "" {
			t.Errorf("preview %v: Location %q, want none", body, hdr.Get("Location"))
		}
		return out
	}
	if p := preview(map[string]any{"video_id": "OAPIPPPPPP1", "title": "Adele - Hello [Lyrics]"}, "merged"); str(p["song_id"]) != songID {
		t.Errorf("preview of a variant: song %v, want %s", p["song_id"], songID)
	} else if cands, _ := p["candidates"].([]any); len(cands) == 0 || str(cands[0].(map[string]any)["song_id"]) != songID {
		t.Errorf("preview of a variant: candidates %v, want %s first", p["candidates"], songID)
	}
	preview(map[string]any{"video_id": "OAPIPPPPPP2", "title": "Adele - Hullo", "duration_seconds": 300}, "review")
	preview(map[string]any{"video_id": "OAPIPPPPPP3", "title": "Nobody Knows This - Song"}, "created")
	preview(map[string]any{"video_id": "OAPIAAAAAA1", "title": "whatever"}, "existing")
	c.do(docCall{method: "GET", path: "/v1/videos/OAPIPPPPPP1", key: submitterKey, want: 404})

	// A batch: each item answered in order with its own status.
	batch, _ := c.do(docCall{method: "POST", path: "/v1/submissions/batch", key: submitterKey, want: 200, body: map[string]any{"submissions": []any{
		map[string]any{"video_id": "OAPIBATCH01", "title": "Adele - Hello (Audio)"},
		map[string]any{"video_id": "OAPIBATCH02", "title": 5},
		map[string]any{"video_id": "OAPIBATCH03", "title": "Mitski - Nobody"},
		map[string]any{"video_id": "OAPIBATCH04", "title": "Nobody | Mitski"},
		"not an object",
		map[string]any{"url": "https://vimeo.com/1", "title": "x"},
		map[string]any{"video_id": "OAPIBATCH03", "title": "again"},
	}}})
	wantBatch := []struct {
		status   float64
		decision string
		field    string
	}{{200, "merged", ""}, {400, "", "title"}, {201, "created", ""}, {200, "merged", ""}, {400, "", "body"}, {400, "", "url"}, {200, "existing", ""}}
	results, _ := batch["results"].([]any)
	if len(results) != len(wantBatch) {
		t.Fatalf("batch: %d results, want %d: %v", len(results), len(wantBatch), batch)
	}
	for i, w := range wantBatch {
		res := results[i].(map[string]any)
		sub, _ := res["submission"].(map[string]any)
		prob, _ := res["problem"].(map[string]any)
		errs, _ := prob["errors"].([]any)
		switch {
		case res["index"] != float64(i) || res["status"] != w.status:
			t.Errorf("batch item %d: %v, want status %v", i, res, w.status)
		case w.decision != "" && str(sub["decision"]) != w.decision:
			t.Errorf("batch item %d: %v, want %s", i, res, w.decision)
		case w.field != "" && (len(errs) == 0 || errs[0].(map[string]any)["field"] != w.field):
			t.Errorf("batch item %d: %v, want a problem naming %s", i, res, w.field)
		}
	}

	// Engagement, videos, songs.
	c.do(docCall{method: "POST", path: "/v1/videos/OAPIAAAAAA2/engagement", key: submitterKey, body: map[string]int{"plays": 5, "likes": 2}, want: 200})
	c.do(docCall{method: "POST", path: "/v1/videos/OAPIAAAAAA1/engagement", key: submitterKey, body: map[string]int{"plays": 7}, want: 200})
	video, _ := c.do(docCall{method: "GET", path: "/v1/videos/OAPIAAAAAA2", key: submitterKey, want: 200})
	if str(video["song_id"]) != songID {
		t.Errorf("video's song %v, want %s", video["song_id"], songID)
	}
	c.do(docCall{method: "GET", path: "/v1/songs/" + songID, key: submitterKey, want: 200})
	c.do(docCall{method: "GET", path: "/v1/stats", key: submitterKey, want: 200})
	c.do(docCall{method: "GET", path: "/v1/whoami", key: curatorKey, want: 200})

	// The queue, a page at a time, with a cursor.
	var listed []string
	cursor := ""
	for range 10 {
		path := "/v1/reviews?status=pending&limit=1"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		page, _ := c.do(docCall{method: "GET", path: path, key: curatorKey, want: 200})
		for _, it := range page["items"].([]any) {
			listed = append(listed, str(it.(map[string]any)["id"]))
		}
		if cursor = str(page["next_cursor"]); cursor == "" {
			break
		}
	}
	if slices.Sort(listed); !slices.Equal(listed, sortedStrings(review1, review2)) {
		t.Errorf("paging listed %v, want %s and %s", listed, review1, review2)
	}
	c.do(docCall{method: "GET", path: "/v1/reviews/" + review1, key: submitterKey, want: 200})

	// Decisions: the same again is fine, the opposite conflicts.
	approved, _ := c.do(docCall{method: "POST", path: "/v1/reviews/" + review1 + "/approve", key: curatorKey, want: 200})
	c.do(docCall{method: "POST", path: "/v1/reviews/" + review1 + "/approve", key: curatorKey, want: 200})
	conflict, _ := c.do(docCall{method: "POST", path: "/v1/reviews/" + review1 + "/reject", key: curatorKey, want: 409})
	if cur, _ := conflict["current"].(map[string]any); cur == nil || cur["status"] != "approved" {
		t.Errorf("409 without the current state: %v", conflict)
	}
	c.do(docCall{method: "POST", path: "/v1/reviews/" + review2 + "/reject", key: adminKey, want: 200})
	c.do(docCall{method: "POST", path: "/v1/reviews/" + review2 + "/approve", key: curatorKey, want: 409})
	c.do(docCall{method: "GET", path: "/v1/reviews?status=approved", key: submitterKey, want: 200})

	// The song merged away by the approval points at its canonical.
	mergedAway := str(approved["song"].(map[string]any)["id"])
	if mergedAway == songID {
		mergedAway = str(approved["candidate"].(map[string]any)["id"])
	}
	away, hdr := c.do(docCall{method: "GET", path: "/v1/songs/" + mergedAway, key: submitterKey, want: 200})
	if str(away["merged_into"]) != songID || hdr.Get("Location") != "/v1/songs/"+songID {
		t.Errorf("song merged away: merged_into %v, Location %q, want %s", away["merged_into"], hdr.Get("Location"), songID)
	}

	// Split undoes a merge.
	split, hdr := c.do(docCall{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey,
		body: map[string]any{"video_ids": []string{"OAPIAAAAAA2"}}, want: 201})
	if hdr.Get("Location") != "/v1/songs/"+str(split["id"]) || split["plays"] != 5.0 {
		t.Errorf("split: Location %q, plays %v; want the new song with the video's 5 plays", hdr.Get("Location"), split["plays"])
	}
	c.do(docCall{method: "GET", path: "/v1/songs/" + songID, key: submitterKey, want: 200})
	// Splitting off exactly the videos of the song merged in brings it back.
	revived, _ := c.do(docCall{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey,
		body: map[string]any{"video_ids": []string{"OAPIAAAAAA5"}}, want: 201})
	if str(revived["id"]) != mergedAway {
		t.Errorf("split of the merged song's videos gave song %v, want %s back", revived["id"], mergedAway)
	}
	// Search, a page at a time: every Adele song, none twice, best first.
	var found []string
	seen := map[string]bool{}
	cursor = ""
	for range 20 {
		path := "/v1/songs?q=" + url.QueryEscape("Adele - Hello") + "&limit=2"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		page, _ := c.do(docCall{method: "GET", path: path, key: submitterKey, want: 200})
		for _, it := range page["items"].([]any) {
			id := str(it.(map[string]any)["id"])
			if seen[id] {
				t.Errorf("search listed song %s twice", id)
			}
			seen[id] = true
			found = append(found, id)
		}
		if cursor = str(page["next_cursor"]); cursor == "" {
			break
		}
	}
	if len(found) < 2 || found[0] != songID {
		t.Errorf("search for Adele - Hello: %v, want song %s first and more after", found, songID)
	}

	// A curator's manual merge: the song kept is the one named, its
	// history says who and why; the same merge again answers the same;
	// songs a curator kept apart are a 409 naming that decision.
	sia := str(submit(map[string]any{"video_id": "OAPIMMMMMM1", "title": "Sia - Chandelier"}, 201, "created")["song_id"])
	other := str(submit(map[string]any{"video_id": "OAPIMMMMMM2", "title": "Chandelier (1000 Forms of Fear)", "channel": "Pop Archive"}, 201, "created")["song_id"])
	c.do(docCall{method: "POST", path: "/v1/videos/OAPIMMMMMM2/engagement", key: submitterKey, body: map[string]int{"plays": 9}, want: 200})
	kept, hdr := c.do(docCall{method: "POST", path: "/v1/songs/" + other + "/merge", key: curatorKey, body: map[string]any{"into": sia, "reason": "the album cut of the same recording"}, want: 200})
	if str(kept["id"]) != sia || hdr.Get("Location") != "/v1/songs/"+sia || kept["plays"] != 9.0 || len(kept["videos"].([]any)) != 2 {
		t.Errorf("manual merge: kept %v (Location %q), plays %v, videos %d; want %s with both videos and 9 plays", kept["id"], hdr.Get("Location"), kept["plays"], len(kept["videos"].([]any)), sia)
	}
	if h, _ := kept["merge_history"].([]any); len(h) == 0 || h[0].(map[string]any)["reason"] != "the album cut of the same recording" || h[0].(map[string]any)["decided_by"] != "curator:alice" {
		t.Errorf("manual merge: history %v, want the merge with its reason and curator first", kept["merge_history"])
	}
	c.do(docCall{method: "POST", path: "/v1/songs/" + other + "/merge", key: curatorKey, body: map[string]any{"into": sia, "reason": "again"}, want: 200})
	apart, _ := c.do(docCall{method: "POST", path: "/v1/songs/" + str(split["id"]) + "/merge", key: curatorKey, body: map[string]any{"into": songID, "reason": "they look alike"}, want: 409})
	if cur, _ := apart["current"].(map[string]any); cur == nil || cur["reason"] != "split" || cur["decided_by"] != "curator:alice" {
		t.Errorf("merge of a split pair: %v, want a 409 naming the split", apart)
	}

	// The split pair both match a third upload, and are never merged
	// automatically: ambiguous, one review listing both songs, which
	// states its reason.
	amb := submit(map[string]any{"video_id": "OAPIAAAAAA6", "title": "Adele - Hello [HD]"}, 201, "review")
	rev, _ := c.do(docCall{method: "GET", path: "/v1/reviews/" + str(amb["review_id"]), key: curatorKey, want: 200})
	if cands, _ := rev["candidates"].([]any); len(cands) != 2 || rev["reason"] != "ambiguous" {
		t.Errorf("ambiguous submission: review %v lists %v for %v, want both songs, ambiguous", amb["review_id"], rev["candidates"], rev["reason"])
	}
	for _, cand := range []string{"abc", "999999"} {
		c.do(docCall{method: "POST", path: "/v1/reviews/" + str(amb["review_id"]) + "/approve?candidate_song_id=" + cand, key: curatorKey,
			want: 400, field: "candidate_song_id"})
	}
	// Featured artists and version qualifiers in the explanation.
	submit(map[string]any{"video_id": "OAPIFFFFFF1", "title": "Calvin Harris - This Is What You Came For (feat. Rihanna)"}, 201, "created")
	submit(map[string]any{"video_id": "OAPIFFFFFF2", "title": "Calvin Harris ft. Rihanna - This Is What You Came For (Official Video)"}, 200, "merged")
	submit(map[string]any{"video_id": "OAPIFFFFFF3", "title": "Adele - Hello (Skrillex Remix)"}, 201, "created")
	submit(map[string]any{"video_id": "OAPIFFFFFF4", "title": "Adele - Hello (Skrillex Remix) [Lyrics]"}, 200, "merged")

	// Refusals.
	long := strings.Repeat("x", dedup.MaxTitleLen+1)
	for _, cl := range []docCall{
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": `, want: 400, docRejects: true, field: "body"},
		{method: "POST", path: "/v1/submissions", body: `["a"]`, want: 400, docRejects: true, field: "body"},
		{method: "POST", path: "/v1/submissions", body: ``, want: 400, docRejects: true, field: "body"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1"}`, want: 400, docRejects: true, field: "title"},
		{method: "POST", path: "/v1/submissions/batch", body: `{}`, want: 400, docRejects: true, field: "submissions"},
		{method: "POST", path: "/v1/submissions/batch", body: `{"submissions": []}`, want: 400, docRejects: true, field: "submissions"},
		{method: "POST", path: "/v1/submissions/batch", body: `{"submissions": [` + strings.Repeat(`{},`, api.DefaultMaxBatch) + `{}]}`, want: 400, field: "submissions"},
		{method: "POST", path: "/v1/submissions/batch", body: `{"submissions": "OAPICCCCCC1"}`, want: 400, docRejects: true, field: "submissions"},
		{method: "POST", path: "/v1/submissions/batch", body: `{"submissions": [{"video_id": "OAPICCCCCC1", "title": "x"}]}`, header: map[string]string{"Origin": "https://evil.example"}, want: 403},
		{method: "POST", path: "/v1/submissions/batch", body: `[]`, want: 400, docRejects: true, field: "body"},
		{method: "POST", path: "/v1/submissions/batch", body: `{"submissions": [{"video_id": "OAPICCCCCC1", "title": "x", "pad": "` + strings.Repeat("y", 70<<10) + `"}]}`, want: 413},
		{method: "POST", path: "/v1/submissions?dry_run=maybe", body: `{"video_id": "OAPICCCCCC1", "title": "x"}`, want: 400, docRejects: true, field: "dry_run"},
		{method: "POST", path: "/v1/submissions?dry_run=true", body: `{"video_id": "OAPICCCCCC1"}`, want: 400, docRejects: true, field: "title"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "   "}`, want: 400, docRejects: true, field: "title"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": 5}`, want: 400, docRejects: true, field: "title"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "` + long + `"}`, want: 400, docRejects: true, field: "title"},
		{method: "POST", path: "/v1/submissions", body: `{"title": "Adele - Hello"}`, want: 400, docRejects: true, field: "url"},
		{method: "POST", path: "/v1/submissions", body: `{"url": "https://vimeo.com/12345", "title": "Adele - Hello"}`, want: 400, field: "url"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "short", "title": "Adele - Hello"}`, want: 400, docRejects: true, field: "video_id"},
		{method: "POST", path: "/v1/submissions", body: `{"url": "https://youtu.be/OAPICCCCCC1", "video_id": "OAPICCCCCC2", "title": "x"}`, want: 400, field: "url"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x", "duration_seconds": -1}`, want: 400, docRejects: true, field: "duration_seconds"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x", "duration_seconds": 86401}`, want: 400, docRejects: true, field: "duration_seconds"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x", "duration_seconds": "long"}`, want: 400, docRejects: true, field: "duration_seconds"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x", "channel": "` + long + `"}`, want: 400, docRejects: true, field: "channel"},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x", "pad": "` + strings.Repeat("y", 70<<10) + `"}`, want: 413},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x"}`, header: map[string]string{"Origin": "https://evil.example"}, want: 403},
		{method: "POST", path: "/v1/submissions", body: `{"video_id": "OAPICCCCCC1", "title": "x"}`, docRejects: true, want: 401},
		{method: "POST", path: "/v1/submissions", key: "nope-nope-nope", body: `{"video_id": "OAPICCCCCC1", "title": "x"}`, want: 401},
		{method: "POST", path: "/v1/videos/OAPIAAAAAA1/engagement", body: `{"plays": -3}`, want: 400, docRejects: true, field: "plays"},
		{method: "POST", path: "/v1/videos/OAPIAAAAAA1/engagement", body: `{"likes": "many"}`, want: 400, docRejects: true, field: "likes"},
		{method: "POST", path: "/v1/videos/OAPIAAAAAA1/engagement", body: `{"plays": 1000000001}`, want: 400, docRejects: true, field: "plays"},
		{method: "POST", path: "/v1/videos/OAPIZZZZZZ9/engagement", body: `{"plays": 1}`, want: 404},
		{method: "POST", path: "/v1/videos/OAPIAAAAAA1/engagement", body: `{"plays": 1}`, header: map[string]string{"Sec-Fetch-Site": "cross-site"}, want: 403},
		{method: "POST", path: "/v1/videos/OAPIAAAAAA1/engagement", body: `{"plays": 1, "pad": "` + strings.Repeat("y", 70<<10) + `"}`, want: 413},
		{method: "GET", path: "/v1/videos/OAPIZZZZZZ9", want: 404},
		{method: "GET", path: "/v1/videos/not.a.video", want: 404, docRejects: true},
		{method: "GET", path: "/v1/songs/999999999", want: 404},
		{method: "GET", path: "/v1/songs/not-an-id", want: 404},
		{method: "GET", path: "/v1/reviews/999999999", want: 404},
		{method: "GET", path: "/v1/reviews?status=maybe", want: 400, docRejects: true, field: "status"},
		{method: "GET", path: "/v1/reviews?limit=0", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/reviews?limit=x", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/reviews?limit=101", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/reviews?cursor=bm90LWEtY3Vyc29y", want: 400, field: "cursor"},
		{method: "POST", path: "/v1/reviews/999999999/approve", key: curatorKey, want: 404},
		{method: "POST", path: "/v1/reviews/999999999/reject", key: curatorKey, want: 404},
		{method: "POST", path: "/v1/reviews/" + review1 + "/approve", key: curatorKey, body: `{"pad": "` + strings.Repeat("y", 70<<10) + `"}`, want: 413},
		{method: "POST", path: "/v1/reviews/" + review1 + "/reject", key: curatorKey, body: `{"pad": "` + strings.Repeat("y", 70<<10) + `"}`, want: 413},
		{method: "GET", path: "/v1/songs", want: 400, field: "q"},
		{method: "GET", path: "/v1/songs?q=%20", want: 400, field: "q"},
		{method: "GET", path: "/v1/songs?q=x&limit=51", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/songs?q=x&limit=many", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/songs?q=x&cursor=bm90LWEtY3Vyc29y", want: 400, field: "cursor"},
		{method: "POST", path: "/v1/songs/999999999/merge", key: curatorKey, body: `{"into": "` + songID + `", "reason": "x"}`, want: 404},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"reason": "x"}`, want: 400, docRejects: true, field: "into"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": "abc", "reason": "x"}`, want: 400, field: "into"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": 7, "reason": "x"}`, want: 400, docRejects: true, field: "into"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": "` + songID + `", "reason": "x"}`, want: 400, field: "into"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": "999999999", "reason": "x"}`, want: 400, field: "into"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": "999999999"}`, want: 400, docRejects: true, field: "reason"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": "999999999", "reason": "  "}`, want: 400, docRejects: true, field: "reason"},
		{method: "POST", path: "/v1/songs/" + songID + "/merge", key: curatorKey, body: `{"into": "1", "reason": "x", "pad": "` + strings.Repeat("y", 70<<10) + `"}`, want: 413},
		{method: "POST", path: "/v1/songs/999999999/split", key: curatorKey, body: `{"video_ids": ["OAPIAAAAAA1"]}`, want: 404},
		{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey, body: `{"video_ids": []}`, want: 400, docRejects: true, field: "video_ids"},
		{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey, body: `{"video_ids": "OAPIAAAAAA3"}`, want: 400, docRejects: true, field: "video_ids"},
		{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey, body: `{"video_ids": ["OAPIAAAAAA3", "OAPIAAAAAA3"]}`, want: 400, docRejects: true, field: "video_ids"},
		{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey, body: `{"video_ids": ["OAPIZZZZZZ1"]}`, want: 400, field: "video_ids"},
		{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey, body: `{"video_ids": ["OAPIAAAAAA1", "OAPIAAAAAA3", "OAPIAAAAAA5"]}`, want: 400, field: "video_ids"},
		{method: "POST", path: "/v1/songs/" + songID + "/split", key: curatorKey, body: `{"video_ids": ["OAPIAAAAAA1"], "pad": "` + strings.Repeat("y", 70<<10) + `"}`, want: 413},
	} {
		if cl.key == "" && cl.want != 401 {
			cl.key = submitterKey
		}
		c.do(cl)
	}

	// The changes feed, from the start, a page at a time: every kind of
	// change made above, in seq order. At its head a long poll waits and
	// answers nothing new; past the retention a cursor is gone.
	kinds := map[string]int{}
	after, prev := "", int64(0)
	for range 200 {
		path := "/v1/changes?limit=7"
		if after != "" {
			path += "&after=" + after
		}
		page, _ := c.do(docCall{method: "GET", path: path, key: submitterKey, want: 200})
		changes, _ := page["changes"].([]any)
		for _, ch := range changes {
			m := ch.(map[string]any)
			seq, _ := strconv.ParseInt(str(m["cursor"]), 10, 64)
			if prev != 0 && seq != prev+1 {
				t.Errorf("change cursor %d after %d", seq, prev)
			}
			prev = seq
			kinds[str(m["kind"])]++
		}
		after = str(page["next_cursor"])
		if len(changes) == 0 {
			break
		}
	}
	for _, k := range []string{"song_created", "song_merged", "song_split", "song_updated", "review_decided"} {
		if kinds[k] == 0 {
			t.Errorf("the feed has no %s change: %v", k, kinds)
		}
	}
	began := time.Now()
	head, _ := c.do(docCall{method: "GET", path: "/v1/changes?wait=1s&after=" + after, key: submitterKey, want: 200})
	if waited := time.Since(began); waited < 900*time.Millisecond || str(head["next_cursor"]) != after {
		t.Errorf("long poll at the head: answered after %v with %v, want about 1s and next_cursor %s", waited, head, after)
	}
	if _, err := e.db.PruneChanges(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	gone, _ := c.do(docCall{method: "GET", path: "/v1/changes?after=0", key: submitterKey, want: 410})
	if str(gone["oldest_cursor"]) != after {
		t.Errorf("410: oldest_cursor %v, want %s", gone["oldest_cursor"], after)
	}
	c.do(docCall{method: "GET", path: "/v1/changes?after=" + after, key: submitterKey, want: 200})
	for _, cl := range []docCall{
		{method: "GET", path: "/v1/changes?after=abc", want: 400, docRejects: true, field: "after"},
		{method: "GET", path: "/v1/changes?limit=0", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/changes?limit=1001", want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/changes?wait=1h", want: 400, field: "wait"},
		{method: "GET", path: "/v1/changes?wait=soon", want: 400, field: "wait"},
	} {
		cl.key = submitterKey
		c.do(cl)
	}

	// Aliases: two bilingual uploads teach one, a curator lists it, an
	// admin deletes it, and it is gone for good.
	submit(map[string]any{"video_id": "OAPIEEEEEE1", "title": "NewJeans (뉴진스) 'Ditto' Official MV"}, 201, "created")
	submit(map[string]any{"video_id": "OAPIEEEEEE2", "title": "NewJeans (뉴진스) - Ditto (Lyrics)", "channel": "Lyrics Vault"}, 200, "merged")
	aliases, _ := c.do(docCall{method: "GET", path: "/v1/aliases?name=NewJ&limit=1", key: curatorKey, want: 200})
	items, _ := aliases["items"].([]any)
	if len(items) != 1 {
		t.Fatalf("GET /v1/aliases?name=NewJ: %v, want the alias newjeans/뉴진스", aliases)
	}
	alias := items[0].(map[string]any)
	if alias["name"] != "newjeans" || alias["other"] != "뉴진스" || alias["titles"] != float64(2) || alias["used"] != true {
		t.Errorf("alias %v, want newjeans/뉴진스 from 2 titles, used", alias)
	}
	c.do(docCall{method: "DELETE", path: "/v1/aliases/" + str(alias["id"]), key: adminKey, want: 200})
	for _, cl := range []docCall{
		{method: "DELETE", path: "/v1/aliases/" + str(alias["id"]), key: adminKey, want: 404},
		{method: "DELETE", path: "/v1/aliases/not-an-id", key: adminKey, want: 404},
		{method: "GET", path: "/v1/aliases?limit=0", key: curatorKey, want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/aliases?limit=201", key: curatorKey, want: 400, docRejects: true, field: "limit"},
		{method: "GET", path: "/v1/aliases?cursor=abc", key: curatorKey, want: 400, field: "cursor"},
	} {
		c.do(cl)
	}
	if again, _ := c.do(docCall{method: "GET", path: "/v1/aliases?name=newjeans", key: curatorKey, want: 200}); len(again["items"].([]any)) != 0 {
		t.Errorf("a deleted alias is listed: %v", again)
	}

	// The routes that need no key.
	for _, cl := range []docCall{
		{method: "GET", path: "/healthz", want: 200},
		{method: "GET", path: "/readyz", want: 200},
		{method: "GET", path: "/metrics", want: 200},
		{method: "GET", path: "/ui/", want: 200},
		{method: "GET", path: "/ui/static/review.js", want: 200},
		{method: "GET", path: "/ui/static/no-such-asset.js", want: 404},
	} {
		c.do(cl)
	}
	_, hdr = c.do(docCall{method: "GET", path: "/ui", want: 301})
	if hdr.Get("Location") != "/ui/" {
		t.Errorf("GET /ui: Location %q, want /ui/", hdr.Get("Location"))
	}
	c.do(docCall{method: "GET", path: "/openapi.yaml", want: 200})
	docServed(t, e.srv.URL)
}

func sortedStrings(xs ...string) []string {
	slices.Sort(xs)
	return xs
}

// docServed checks that GET /openapi.yaml answers the file itself.
func docServed(t *testing.T, base string) {
	t.Helper()
	want, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(base + "/openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if !bytes.Equal(got, want) {
		t.Errorf("GET /openapi.yaml served %d bytes that are not %s (%d bytes)", len(got), specFile, len(want))
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/yaml" {
		t.Errorf("GET /openapi.yaml: Content-Type %q, want application/yaml", ct)
	}
}

// stubCatalog answers every docCall with err; a split with a state
// conflict when conflict is set.
type stubCatalog struct {
	err      error
	conflict bool
}

func (f stubCatalog) Submit(context.Context, dedup.Submission, string) (dedup.Answer, error) {
	return dedup.Answer{}, f.err
}

func (f stubCatalog) Preview(context.Context, dedup.Submission) (dedup.Preview, error) {
	return dedup.Preview{}, f.err
}

func (f stubCatalog) SubmitBatch(context.Context, []dedup.BatchItem, string) ([]dedup.BatchResult, error) {
	return nil, f.err
}

func (f stubCatalog) Song(_ context.Context, id int64) (dedup.Song, error) {
	if f.conflict {
		return dedup.Song{ID: id, Track: "hello", Artists: []string{"adele"}, Source: title.Input{Title: "Adele - Hello"}}, nil
	}
	return dedup.Song{}, f.err
}

func (f stubCatalog) Video(context.Context, string) (dedup.Video, error) {
	return dedup.Video{}, f.err
}

func (f stubCatalog) AddEngagement(context.Context, string, int64, int64) (dedup.Video, error) {
	return dedup.Video{}, f.err
}

func (f stubCatalog) Reviews(context.Context, dedup.ReviewQuery) (dedup.ReviewPage, error) {
	return dedup.ReviewPage{}, f.err
}

func (f stubCatalog) Review(context.Context, int64) (dedup.Review, error) {
	return dedup.Review{}, f.err
}

func (f stubCatalog) DecideReview(context.Context, dedup.ReviewDecision) (dedup.Review, error) {
	return dedup.Review{}, f.err
}

func (f stubCatalog) Split(_ context.Context, songID int64, _ []string, _ string) (dedup.Song, error) {
	if f.conflict {
		return dedup.Song{}, &dedup.StateConflict{SongID: songID, Message: "song changed meanwhile; try again"}
	}
	return dedup.Song{}, f.err
}

func (f stubCatalog) MergeSong(context.Context, int64, int64, string, string) (dedup.Song, error) {
	return dedup.Song{}, f.err
}

func (f stubCatalog) Search(context.Context, dedup.SearchQuery) (dedup.SearchPage, error) {
	return dedup.SearchPage{}, f.err
}

func (f stubCatalog) Changes(context.Context, dedup.ChangeQuery) (dedup.ChangePage, error) {
	return dedup.ChangePage{}, f.err
}

func (f stubCatalog) Stats(context.Context) (dedup.Stats, error) {
	return dedup.Stats{}, f.err
}

func (f stubCatalog) Aliases(context.Context, dedup.AliasFilter) (dedup.AliasPage, error) {
	return dedup.AliasPage{}, f.err
}

func (f stubCatalog) ForgetAlias(context.Context, int64, string) (dedup.LearnedAlias, error) {
	return dedup.LearnedAlias{}, f.err
}

type stubReadiness struct{ err error }

func (r stubReadiness) Ready(context.Context) error { return r.err }

// stubServer is the API in front of a catalogue that fails.
func stubServer(t *testing.T, cat api.Catalog, ready error) string {
	t.Helper()
	keys, err := api.ParseKeys(submitterKey + ":submitter," + curatorKey + ":curator:alice," + adminKey + ":admin")
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: log, Readiness: stubReadiness{ready}, Catalog: cat, Keys: keys}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// docValidBodies are requests the document accepts, by operation.
var docValidBodies = map[string]any{
	"POST /v1/submissions":                  map[string]any{"video_id": "OAPIDDDDDD1", "title": "Adele - Hello"},
	"POST /v1/submissions/batch":            map[string]any{"submissions": []any{map[string]any{"video_id": "OAPIDDDDDD1", "title": "Adele - Hello"}}},
	"POST /v1/videos/{video_id}/engagement": map[string]any{"plays": 1},
	"POST /v1/songs/{id}/split":             map[string]any{"video_ids": []string{"OAPIDDDDDD1"}},
	"POST /v1/songs/{id}/merge":             map[string]any{"into": "8", "reason": "the same recording"},
}

// docConcretePath fills the path parameters of a documented path.
func docConcretePath(path string) string {
	return strings.NewReplacer("{id}", "7", "{video_id}", "OAPIDDDDDD1").Replace(path)
}

// exerciseFailures answers every catalogue operation with a database that
// is down (503 with Retry-After), an unexpected error (500), and a split
// that loses a race (409 with the song).
func exerciseFailures(t *testing.T, s *apiDoc) {
	down := s.clientFor(t, stubServer(t, stubCatalog{err: fmt.Errorf("db: %w", dedup.ErrUnavailable)}, errors.New("database unreachable")))
	broken := s.clientFor(t, stubServer(t, stubCatalog{err: errors.New("boom")}, nil))
	for name, op := range s.operations() {
		method, path, _ := strings.Cut(name, " ")
		for _, tc := range []struct {
			c    *docClient
			want int
		}{{down, 503}, {broken, 500}} {
			if op.Responses.Status(tc.want) == nil {
				continue
			}
			_, hdr := tc.c.do(docCall{method: method, path: docConcretePath(path), key: adminKey, body: docValidBodies[name], want: tc.want})
			if tc.want == 503 && hdr.Get("Retry-After") == "" {
				t.Errorf("%s → 503 without Retry-After", name)
			}
		}
	}
	racing := s.clientFor(t, stubServer(t, stubCatalog{conflict: true}, nil))
	out, _ := racing.do(docCall{method: "POST", path: "/v1/songs/7/split", key: curatorKey, body: docValidBodies["POST /v1/songs/{id}/split"], want: 409})
	if cur, _ := out["current"].(map[string]any); cur == nil || cur["id"] != "7" {
		t.Errorf("split conflict without the current song: %v", out)
	}
}

// exerciseRoles checks each operation's security against the service: no
// key is 401 wherever the document asks for one, and a key below
// x-required-role is 403 (the catalogue behind is down, so a request that
// passes authorization answers 503 and changes nothing).
func exerciseRoles(t *testing.T, s *apiDoc) {
	c := s.clientFor(t, stubServer(t, stubCatalog{err: dedup.ErrUnavailable}, nil))
	rank := map[string]int{"submitter": 1, "curator": 2, "admin": 3}
	keys := []struct {
		role, key string
	}{{"submitter", submitterKey}, {"curator", curatorKey}, {"admin", adminKey}}
	for name, op := range s.operations() {
		method, path, _ := strings.Cut(name, " ")
		path = docConcretePath(path)
		security := s.doc.Security
		if op.Security != nil {
			security = *op.Security
		}
		secured := len(security) > 0
		role, _ := op.Extensions["x-required-role"].(string)
		switch {
		case secured && rank[role] == 0:
			t.Errorf("%s needs a key but names no x-required-role (submitter, curator or admin)", name)
			continue
		case !secured && role != "":
			t.Errorf("%s needs no key but names x-required-role %q", name, role)
			continue
		case strings.HasPrefix(path, "/v1/") != secured:
			t.Errorf("%s: every /v1 route needs a key and no other does; the document says secured=%v", name, secured)
			continue
		case !secured:
			continue
		}
		if !strings.Contains(op.Description, "Role: **"+role+"**") {
			t.Errorf("%s: the description does not say the role it needs (Role: **%s**)", name, role)
		}
		body := docValidBodies[name]
		c.do(docCall{method: method, path: path, body: body, want: 401, docRejects: true})
		for _, k := range keys {
			want := 403
			if rank[k.role] >= rank[role] {
				want = 503 // authorized: the catalogue answers
				if op.Responses.Status(503) == nil {
					want = 200
				}
			}
			c.do(docCall{method: method, path: path, key: k.key, body: body, want: want})
		}
	}
}

// TestOpenAPIRoutes checks that the document and the router list the same
// routes.
func TestOpenAPIRoutes(t *testing.T) {
	s := loadAPIDoc(t)
	srv := api.NewServer(api.Deps{Logger: quiet, Readiness: stubReadiness{}, Catalog: stubCatalog{}, Keys: &api.Keys{}})
	mux, ok := srv.(chi.Routes)
	if !ok {
		t.Fatalf("api.NewServer returns a %T, not a chi router: list its routes here another way", srv)
	}
	documented := s.operations()
	registered := map[string]bool{}
	err := chi.Walk(mux, func(method, route string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
		if prefix, ok := strings.CutSuffix(route, "/*"); ok {
			// A mounted handler answers every method below its prefix;
			// the document describes what it serves, as the prefix or as
			// the prefix with one path parameter.
			if method != http.MethodGet {
				return nil
			}
			route = prefix + "/"
			for name := range documented {
				if p, ok := strings.CutPrefix(name, method+" "+route+"{"); ok && strings.HasSuffix(p, "}") && !strings.Contains(p, "/") {
					route = strings.TrimPrefix(name, method+" ")
				}
			}
		}
		name := method + " " + route
		registered[name] = true
		if documented[name] == nil {
			t.Errorf("route %s is not in %s", name, specFile)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(registered) < 15 {
		t.Errorf("walked only %d routes: %v", len(registered), registered)
	}
	for name := range documented {
		if !registered[name] {
			t.Errorf("%s documents %s, which the router does not have", specFile, name)
		}
	}
}
