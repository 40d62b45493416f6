package api_test

import (
	"context"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/songdedup/songdedup/api"
)

var update = flag.Bool("update", false, "rewrite testdata/screenshots/review-page.png from the browser test")

// screenshotPath is where the browser test saves the page for the README.
const screenshotPath = "../testdata/screenshots/review-page.png"

// get fetches path from srv and returns the response with its body read.
func get(t *testing.T, srv *httptest.Server, method, path string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, nil)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestUIHandler checks the page's shell and assets without a database or a
// browser: headers, the CSP the script relies on, markup that the CSP would
// break, and the rules review.js keeps to show titles as text.
func TestUIHandler(t *testing.T) {
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: quiet}))
	t.Cleanup(srv.Close)

	resp, page := get(t, srv, "GET", "/ui/")
	if resp.StatusCode != 200 {
		t.Fatalf("GET /ui/ = %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("content type %q", ct)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "*"} {
		if strings.Contains(csp, bad) {
			t.Errorf("CSP %q allows %s", csp, bad)
		}
	}
	for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
		if got := resp.Header.Get(h); got != want {
			t.Errorf("%s = %q, want %q", h, got, want)
		}
	}

	// What the CSP forbids must not be in the page: it would silently not
	// work in a browser.
	scripts := regexp.MustCompile(`<script[^>]*>`).FindAllString(page, -1)
	if len(scripts) == 0 {
		t.Errorf("the page loads no script")
	}
	for _, s := range scripts {
		if !strings.Contains(s, ` src="/ui/static/`) {
			t.Errorf("inline or foreign script %s", s)
		}
	}
	for _, re := range []string{`(?i)\son[a-z]+\s*=`, `(?i)\sstyle\s*=`, `(?i)<style`, `(?i)(href|src|action)\s*=\s*"?javascript:`, `(?i)(src|href)="(https?:)?//`} {
		if m := regexp.MustCompile(re).FindString(page); m != "" {
			t.Errorf("the page has %q, which the CSP refuses or which needs the internet", m)
		}
	}
	// The key input has no name, so a form submitted without the script
	// cannot put the key in a URL.
	if input := regexp.MustCompile(`<input[^>]*id="key"[^>]*>`).FindString(page); input == "" || strings.Contains(input, "name=") {
		t.Errorf("key input %q: want one, without a name", input)
	}

	// Every asset the page names is served, with its type, and cached for
	// good under its versioned URL only.
	assets := regexp.MustCompile(`(?:src|href)="(/ui/static/[^"]+)"`).FindAllStringSubmatch(page, -1)
	wantType := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
	bodies := map[string]string{}
	for _, m := range assets {
		u := strings.ReplaceAll(m[1], "&amp;", "&")
		resp, body := get(t, srv, "GET", u)
		ext := filepath.Ext(strings.SplitN(u, "?", 2)[0])
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != wantType[ext] {
			t.Errorf("GET %s = %d %q", u, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s: Cache-Control %q, want immutable for a versioned URL", u, cc)
		}
		bodies[ext] = body
		plain := strings.SplitN(u, "?", 2)[0]
		if resp, _ := get(t, srv, "GET", plain+"?v=stale"); resp.StatusCode != 200 || strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("GET %s?v=stale = %d %q, want 200 revalidated", plain, resp.StatusCode, resp.Header.Get("Cache-Control"))
		}
	}
	js := bodies[".js"]
	if js == "" {
		t.Fatal("no script served")
	}
	// Titles are user input: the script must never turn data into markup.
	for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('style'"} {
		if strings.Contains(js, sink) {
			t.Errorf("review.js uses %s; set text with textContent", sink)
		}
	}
	// Every element the script looks up by id exists in the page.
	for _, m := range regexp.MustCompile(`\$\('([\w-]+)'\)`).FindAllStringSubmatch(js, -1) {
		if !strings.Contains(page, `id="`+m[1]+`"`) {
			t.Errorf("review.js uses #%s, which the page lacks", m[1])
		}
	}

	for _, tt := range []struct {
		method, path string
		want         int
	}{
		{"GET", "/ui", http.StatusMovedPermanently},
		{"GET", "/ui/static/nope.js", 404},
		{"GET", "/ui/static/", 404},
		{"GET", "/ui/static/../ui.go", 404},
		{"GET", "/ui/elsewhere", 404},
		{"POST", "/ui/", 405},
	} {
		if resp, _ := get(t, srv, tt.method, tt.path); resp.StatusCode != tt.want {
			t.Errorf("%s %s = %d, want %d", tt.method, tt.path, resp.StatusCode, tt.want)
		}
	}
}

// TestMethodNotAllowedSaysAllow: a 405 names the methods the path does
// answer on, in an Allow header.
func TestMethodNotAllowedSaysAllow(t *testing.T) {
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: quiet}))
	defer srv.Close()
	for _, tt := range []struct {
		method, path, allow string
	}{
		{"DELETE", "/v1/submissions", "POST"},
		{"POST", "/healthz", "GET, HEAD"},
		{"GET", "/v1/reviews/7/approve", "POST"},
		{"PUT", "/v1/songs/3", "GET, HEAD"},
	} {
		resp, _ := get(t, srv, tt.method, tt.path)
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != tt.allow {
			t.Errorf("%s %s = %d, Allow %q; want 405, Allow %q", tt.method, tt.path, resp.StatusCode, resp.Header.Get("Allow"), tt.allow)
		}
	}
}

// chromiumPath finds the browser: SONGDEDUP_CHROMIUM, else Debian's.
func chromiumPath(t *testing.T) string {
	t.Helper()
	path := os.Getenv("SONGDEDUP_CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		// Not a skip: CI must run this test. `make test` installs the browser.
		t.Fatalf("the browser test needs Chromium at %s (%v): run .ci/ensure-chromium (make test does) or set SONGDEDUP_CHROMIUM", path, err)
	}
	return path
}

// browser is one headless Chromium tab on the test's service.
type browser struct {
	t   *testing.T
	ctx context.Context

	mu       sync.Mutex
	problems []string // uncaught exceptions and CSP violations
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		// The machine has no network: keep Chromium from reaching for it.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	b := &browser{t: t, ctx: ctx}

	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Source == "security" || strings.Contains(m.Text, "Content Security Policy") {
				b.mu.Lock()
				b.problems = append(b.problems, m.String())
				b.mu.Unlock()
			}
		}
	}()
	// Thumbnails come from YouTube; offline, fail them at once rather than
	// wait for DNS.
	b.block("https://i.ytimg.com/*")
	return b
}

// block makes requests to the URL patterns fail as a network error would.
func (b *browser) block(patterns ...string) {
	b.t.Helper()
	b.do("block "+strings.Join(patterns, " "), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		var p network.SetBlockedURLsParams
		for _, pat := range patterns {
			p.URLPatterns = append(p.URLPatterns, &network.BlockPattern{URLPattern: pat, Block: true})
		}
		_, err := cdp.Call(ctx, t, network.SetBlockedURLs, p)
		return err
	}))
}

// stepTimeout bounds one step of the browser test: far above what a step
// takes (tens of milliseconds, a second to start the browser), so that only
// a missing element reaches it.
const stepTimeout = 20 * time.Second

// do runs actions, each step bounded so that a missing element fails the
// test with the page's state instead of hanging.
func (b *browser) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v\npage: %s", step, err, b.state())
	}
}

// state describes what the page shows, for failure messages.
func (b *browser) state() string {
	ctx, cancel := context.WithTimeout(b.ctx, 2*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({
		item: (document.getElementById('review') || {dataset: {}}).dataset.reviewId,
		flash: document.getElementById('flash').textContent,
		signinError: document.getElementById('signin-error').textContent,
		signinShown: !document.getElementById('signin').hidden})`))
	if err != nil {
		return "(unreadable: " + err.Error() + ")"
	}
	return s
}

func evalJS[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitJS waits until a JavaScript expression is true.
func (b *browser) waitJS(what, expr string) {
	b.t.Helper()
	b.do("wait for "+what, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(20*time.Millisecond))(ctx, t)
		return err
	}))
}

// waitItem waits for review id on screen with its songs' documents, which
// the page of the queue carries (their videos).
func (b *browser) waitItem(id string) {
	b.t.Helper()
	b.do("wait for review "+id, chromedp.WaitVisible(chromedp.CSS(`#review[data-review-id="`+id+`"][data-documents="shown"]`)))
}

func (b *browser) press(key string) {
	b.t.Helper()
	b.do("press "+key, chromedp.KeyEvent(key))
}

// signIn types key into the sign-in form and submits it, once the form
// takes a submission again (its button stays disabled until the previous
// sign-in has settled). A key the typing did not leave whole in the field
// (a keystroke lost on a loaded machine) is set whole and logged, so that
// a test signs in with the key it names.
func (b *browser) signIn(key string) {
	b.t.Helper()
	b.waitJS("the sign-in form", `(() => { const k = document.getElementById('key'), s = document.getElementById('signin-submit');
		return k !== null && !k.closest('[hidden]') && !s.disabled; })()`)
	b.do("type the key",
		chromedp.Evaluate[chromedp.Void](`document.getElementById('key').value = ''`),
		chromedp.SendKeys(chromedp.ID("key"), key),
	)
	if typed := evalJS[string](b, `document.getElementById('key').value`); typed != key {
		b.t.Logf("the key field holds %q after typing %q: set whole", typed, key)
		b.do("set the key", chromedp.Evaluate[chromedp.Void](`document.getElementById('key').value = `+jsString(key)))
	}
	b.do("sign in", chromedp.Click(chromedp.ID("signin-submit")))
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	return evalJS[string](b, `document.querySelector(`+jsString(sel)+`).textContent`)
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// reviewDoc reads a review through the API.
func (e *env) review(id string) map[string]any {
	e.t.Helper()
	status, out, _ := e.do("GET", "/v1/reviews/"+id, submitterKey, nil)
	if status != 200 {
		e.t.Fatalf("GET review %s: %d %v", id, status, out)
	}
	return out
}

func side(item map[string]any, name string) map[string]any {
	m, _ := item[name].(map[string]any)
	return m
}

// TestUIBrowser drives the review page in headless Chromium against the
// real service and database: sign in, decide with the keyboard, and check
// in the API that the decisions took; titles with markup show as text;
// 401, 403, 409 and network errors are shown.
func TestUIBrowser(t *testing.T) {
	start := time.Now()
	e := newEnv(t)

	// A queue of four near misses; two titles carry markup, one with a
	// handler that would run if it were ever parsed as HTML.
	const scriptTitle = `Coldplay - Yellow Submarine <script>window.__xss=1</script>`
	const imgTitle = `Muse - Hysteria <img src=x onerror="window.__xss=2">`
	for _, s := range []struct{ video, title, channel, want string }{
		{"UIA0000001A", "Adele - Hello (Official Video)", "AdeleVEVO", "created"},
		{"UIA0000001B", "ADELE — Hello [Lyrics]", "Lyrics Vault", "merged"},
		{"UIA0000001C", "Adele - Hallo", "Fan Uploads", "review"},
		{"UIA0000002A", "Coldplay - Yellow", "Coldplay", "created"},
		{"UIA0000002B", scriptTitle, "<b>bold</b> channel", "review"},
		{"UIA0000003A", "Muse - Hysteria", "Muse", "created"},
		{"UIA0000003B", imgTitle, "Rock Archive", "review"},
		{"UIA0000004A", "Ed Sheeran - Castle", "Ed Sheeran", "created"},
		{"UIA0000004B", "Ed Sheeran - Cattle", "Sheeran Fans", "review"},
	} {
		if out := e.submit(s.video, s.title, s.channel); str(out["decision"]) != s.want {
			t.Fatalf("seed %q: decision %v, want %s", s.title, out["decision"], s.want)
		}
	}
	for i, v := range []string{"UIA0000001A", "UIA0000001B", "UIA0000001C", "UIA0000002A", "UIA0000002B", "UIA0000004A"} {
		e.do("POST", "/v1/videos/"+v+"/engagement", submitterKey, map[string]int{"plays": 120000 / (i + 1), "likes": 3100 / (i + 1)})
	}
	status, page, _ := e.do("GET", "/v1/reviews?status=pending", curatorKey, nil)
	if status != 200 {
		t.Fatalf("list reviews: %d", status)
	}
	var items []map[string]any
	for _, it := range page["items"].([]any) {
		items = append(items, it.(map[string]any))
	}
	if len(items) != 4 {
		t.Fatalf("%d pending reviews, want 4", len(items))
	}
	id := func(i int) string { return str(items[i]["id"]) }

	b := newBrowser(t)
	b.do("open the page", chromedp.Navigate(e.srv.URL+"/ui/"))

	// A wrong key is refused on the sign-in form.
	b.signIn("not-a-real-key")
	b.do("see the 401", chromedp.WaitVisible(chromedp.ID("signin-error")))
	if msg := b.text("#signin-error"); !strings.Contains(msg, "401") {
		t.Errorf("sign-in error %q does not name the 401", msg)
	}

	// A curator signs in and sees the first item, with the counts.
	b.signIn(curatorKey)
	b.waitItem(id(0))
	b.waitJS("the pending count", `document.getElementById('count-pending').textContent === '4'`)
	if pos, loaded := b.text("#count-position"), b.text("#count-loaded"); pos != "1" || loaded != "4" {
		t.Errorf("position %q of %q loaded, want 1 of 4", pos, loaded)
	}
	if got, want := b.text("#side-a .title"), str(side(items[0], "song")["title"]); got != want {
		t.Errorf("new song's title shows %q, want %q", got, want)
	}
	if n := evalJS[int](b, `document.querySelectorAll('#review .tok-match').length`); n == 0 {
		t.Errorf("no matched token highlighted")
	}
	// What the queue is made of: a chip per reason with its count, the
	// first for all of them; the order is the curator's to choose.
	b.waitJS("the counts by reason", `document.querySelector('#reasons .reason-chip[data-reason=""] strong')?.textContent === '4' &&
		document.querySelectorAll('#reasons .reason-chip').length >= 2`)
	oldest, oldestN := "", int64(0)
	for _, it := range items {
		if n, _ := strconv.ParseInt(str(it["id"]), 10, 64); oldest == "" || n < oldestN {
			oldest, oldestN = str(it["id"]), n
		}
	}
	order := func(sort string) {
		b.do("order by "+sort, chromedp.Evaluate[chromedp.Void](`(() => { const s = document.getElementById('sort');
			s.value = '`+sort+`'; s.dispatchEvent(new Event('change')); })()`))
		b.waitJS("the queue by "+sort, `document.getElementById('count-loaded').textContent === '4'`)
	}
	order("oldest")
	b.waitItem(oldest)
	order("score")
	b.waitItem(id(0))
	if *update {
		b.screenshot(screenshotPath)
	}

	// a approves: the next item shows, and the songs are merged.
	b.press("a")
	b.waitItem(id(1))
	b.waitJS("the counts after approving", `document.getElementById('count-pending').textContent === '3' &&
		document.getElementById('count-decided').textContent === '1'`)
	if r := e.review(id(0)); r["status"] != "approved" || r["decided_by"] != "curator:alice" {
		t.Errorf("approved review: status %v by %v, want approved by curator:alice", r["status"], r["decided_by"])
	}
	songID, candID := str(side(items[0], "song")["id"]), str(side(items[0], "candidate")["id"])
	if _, song, _ := e.do("GET", "/v1/songs/"+songID, submitterKey, nil); str(song["merged_into"]) != candID {
		t.Errorf("after approve, song %s merged_into = %v, want %s", songID, song["merged_into"], candID)
	}

	// Walk the rest with j and s, and back with k and the button: every
	// title shows as the text it is, and nothing in a title runs.
	sawMarkup := 0
	for _, step := range []struct {
		key  string
		want int
	}{{"", 1}, {"j", 2}, {"s", 3}, {"k", 2}, {"#btn-prev", 1}} {
		switch {
		case strings.HasPrefix(step.key, "#"):
			b.do("click "+step.key, chromedp.Click(chromedp.CSS(step.key)))
		case step.key != "":
			b.press(step.key)
		}
		want := step.want
		b.waitItem(id(want))
		title := str(side(items[want], "song")["title"])
		if got := b.text("#side-a .title"); got != title {
			t.Errorf("review %s: title shows %q, want %q", id(want), got, title)
		}
		if got := b.text("#side-a .video-title"); got != title {
			t.Errorf("review %s: video title shows %q, want %q", id(want), got, title)
		}
		if strings.Contains(title, "<") {
			sawMarkup++
		}
		if n := evalJS[int](b, `document.querySelectorAll('#review script, #review img:not([data-slot]), #review b').length`); n != 0 {
			t.Errorf("review %s: %d elements made from a title or channel", id(want), n)
		}
	}
	if sawMarkup < 3 { // two markup titles, one seen twice
		t.Errorf("saw a title with markup %d times; the seeded queue is not what the test expects", sawMarkup)
	}
	if xss := evalJS[string](b, `String(window.__xss)`); xss != "undefined" {
		t.Errorf("a title ran as script: window.__xss = %s", xss)
	}

	// r rejects: the pair stays apart.
	b.press("r")
	b.waitItem(id(2))
	if r := e.review(id(1)); r["status"] != "rejected" {
		t.Errorf("rejected review: status %v", r["status"])
	}
	if _, song, _ := e.do("GET", "/v1/songs/"+str(side(items[1], "song")["id"]), submitterKey, nil); str(song["merged_into"]) != "" {
		t.Errorf("after reject, the song was merged into %v", song["merged_into"])
	}

	// Another curator rejects the item on screen; approving it here gets
	// the 409, which the page shows before moving on.
	if status, out, _ := e.do("POST", "/v1/reviews/"+id(2)+"/reject", adminKey, nil); status != 200 {
		t.Fatalf("reject behind the page's back: %d %v", status, out)
	}
	b.press("a")
	b.waitItem(id(3))
	if msg := b.text("#flash"); !strings.Contains(msg, "already rejected") {
		t.Errorf("after a 409 the page says %q, want the current state", msg)
	}
	if r := e.review(id(2)); r["status"] != "rejected" {
		t.Errorf("the 409'd review is now %v, want rejected", r["status"])
	}

	// A network failure is shown and a retry works.
	b.block("https://i.ytimg.com/*", e.srv.URL+"/v1/reviews/*")
	b.press("a")
	b.waitJS("the network error", `document.getElementById('flash').textContent.includes('could not reach the service')`)
	if r := e.review(id(3)); r["status"] != "pending" {
		t.Errorf("a blocked approve changed the review to %v", r["status"])
	}
	b.block("https://i.ytimg.com/*")
	b.press("a")
	b.do("see the end of the queue", chromedp.WaitVisible(chromedp.ID("empty")))
	if r := e.review(id(3)); r["status"] != "approved" {
		t.Errorf("retried approve: review is %v", r["status"])
	}

	// One review lists every song a new upload may be, and says why it is
	// here: the two songs a split kept apart both match a third upload.
	// Choosing the second with 2 and approving merges with that one.
	kept := str(e.submit("UIA0000006A", "Sigrid - Strangers (Official Video)", "Sigrid")["song_id"])
	e.submit("UIA0000006B", "Sigrid - Strangers [Lyrics]", "Lyrics Vault")
	if status, out, _ := e.do("POST", "/v1/songs/"+kept+"/split", curatorKey, map[string]any{"video_ids": []string{"UIA0000006B"}}); status != 201 {
		t.Fatalf("split: %d %v", status, out)
	}
	amb := e.submit("UIA0000006C", "Sigrid - Strangers [HD]", "")
	ambID := str(amb["review_id"])
	rev := e.review(ambID)
	cands, _ := rev["candidates"].([]any)
	if str(amb["decision"]) != "review" || len(cands) != 2 {
		t.Fatalf("ambiguous upload: %v with candidates %v, want one review listing two songs", amb["decision"], rev["candidates"])
	}
	second := str(cands[1].(map[string]any)["song_id"])
	b.do("reload the queue", chromedp.Click(chromedp.ID("reload")))
	b.waitItem(ambID)
	b.do("see the candidates", chromedp.WaitVisible(chromedp.ID("cand-pick")))
	if why := b.text("#review-reason"); !strings.Contains(why, "merge threshold") {
		t.Errorf("the reason shows %q, want the ambiguous rule's sentence", why)
	}
	b.press("2")
	b.waitJS("the second candidate chosen", `document.querySelector('#cand-list .cand[aria-pressed="true"]')?.dataset.songId === '`+second+`'`)
	b.press("a")
	b.do("see the end of the queue", chromedp.WaitVisible(chromedp.ID("empty")))
	if r := e.review(ambID); r["status"] != "approved" || str(side(r, "candidate")["id"]) != second {
		t.Errorf("approved review: %v with candidate %v, want approved with %s", r["status"], side(r, "candidate")["id"], second)
	}
	if _, song, _ := e.do("GET", "/v1/songs/"+str(side(rev, "song")["id"]), submitterKey, nil); str(song["merged_into"]) != second {
		t.Errorf("after approving the second candidate, the new song is merged into %v, want %s", song["merged_into"], second)
	}

	// Every item came with its songs' documents in a page of the queue: the
	// page never read a review on its own.
	if reads := evalJS[[]string](b, `performance.getEntriesByType('resource')
		.map((r) => new URL(r.name).pathname).filter((p) => /^\/v1\/reviews\/[^/]+$/.test(p))`); len(reads) != 0 {
		t.Errorf("the page read reviews one by one, which a page of the queue carries: %v", reads)
	}

	// Signing out forgets the key; a submitter may look but not decide.
	e.submit("UIA0000005A", "Daft Punk - Alive", "")
	subReview := str(e.submit("UIA0000005B", "Daft Punk - Alove", "")["review_id"])
	if subReview == "" {
		t.Fatal("seeding a review for the submitter failed")
	}
	b.do("sign out", chromedp.Click(chromedp.ID("signout")), chromedp.WaitVisible(chromedp.ID("key")))
	if stored := evalJS[int](b, `sessionStorage.length`); stored != 0 {
		t.Errorf("after signing out, %d items remain in sessionStorage", stored)
	}
	b.signIn(submitterKey)
	b.waitItem(subReview)
	b.do("see the read-only note", chromedp.WaitVisible(chromedp.ID("readonly")))
	if disabled := evalJS[bool](b, `document.getElementById('btn-approve').disabled`); !disabled {
		t.Errorf("approve is enabled for a submitter")
	}
	b.press("a")
	b.waitJS("the submitter's refusal", `document.getElementById('flash').textContent.includes('cannot approve')`)
	if r := e.review(subReview); r["status"] != "pending" {
		t.Errorf("a submitter's a changed the review to %v", r["status"])
	}

	// The key outlives a reload of the tab; a key the service no longer
	// knows sends the curator back to sign in.
	b.do("reload", chromedp.Reload())
	b.waitItem(subReview)
	b.do("swap in an unknown key", chromedp.Evaluate[chromedp.Void](`sessionStorage.setItem('songdedup.apiKey', 'revoked-key-0001')`), chromedp.Reload())
	b.do("see the refused key", chromedp.WaitVisible(chromedp.ID("signin-error")))
	if msg := b.text("#signin-error"); !strings.Contains(msg, "401") {
		t.Errorf("after a reload with an unknown key the page says %q, want the 401", msg)
	}
	if stored := evalJS[int](b, `sessionStorage.length`); stored != 0 {
		t.Errorf("a refused key stays in sessionStorage")
	}

	// The key never reached a URL.
	if loc := evalJS[string](b, `location.href`); loc != e.srv.URL+"/ui/" {
		t.Errorf("location %q, want the bare page URL", loc)
	}
	b.mu.Lock()
	for _, p := range b.problems {
		t.Errorf("browser console: %s", p)
	}
	b.mu.Unlock()
	t.Logf("browser test took %v", time.Since(start).Round(time.Millisecond))
}

// screenshot saves the whole page as a PNG. The viewport is grown to the
// page's height first, so the fixed action bar lands at the bottom of the
// picture instead of over the middle of it.
func (b *browser) screenshot(path string) {
	b.t.Helper()
	height := evalJS[int](b, `Math.ceil(document.documentElement.scrollHeight)`)
	b.do("resize for the screenshot", chromedp.EmulateViewport(1440, int64(height)))
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.do("restore the viewport", chromedp.EmulateViewport(1440, 900))
	b.t.Logf("wrote %s (%d bytes)", path, len(png))
}

// TestUIFindAndMerge: a curator searches the catalogue from the page,
// looks at a song, and merges it into one found, giving a reason; titles
// in results show as text.
func TestUIFindAndMerge(t *testing.T) {
	e := newEnv(t)
	kept := str(e.submit("UIM0000001A", "Sia - Chandelier", "")["song_id"])
	away := str(e.submit("UIM0000001B", "Chandelier (1000 Forms of Fear)", "Pop Archive")["song_id"])
	e.submit("UIM0000001C", `Sia - Chandelier Dreams <img src=x onerror="window.__xss=3">`, "")
	if kept == "" || away == "" || kept == away {
		t.Fatalf("seeding: songs %q and %q, want two", kept, away)
	}

	b := newBrowser(t)
	b.do("open the page", chromedp.Navigate(e.srv.URL+"/ui/"))
	b.signIn(curatorKey)
	b.waitJS("the queue", `!document.getElementById('review').hidden || !document.getElementById('empty').hidden`)
	search := func(q string) {
		t.Helper()
		b.do("search "+q, chromedp.WaitVisible(chromedp.ID("search-q")),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('search-q').value = ''`),
			chromedp.SendKeys(chromedp.ID("search-q"), q),
			chromedp.Click(chromedp.ID("search-submit")))
	}
	search("chandelier")
	b.waitJS("the results", `document.querySelectorAll('#search-results .result').length === 3`)
	b.do("look at the album cut", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll('#search-results .result')]
		.find((li) => li.querySelector('.song-id').textContent === 'song `+away+`')
		.querySelector('.result-actions button').click()`))
	b.waitJS("the song looked at", `!document.getElementById('looking').hidden &&
		document.getElementById('looking-song').textContent === 'song `+away+`'`)
	search("chandelier")
	b.waitJS("a song to merge into", `document.querySelector('#search-results [data-into="`+kept+`"]') !== null`)
	if n := evalJS[int](b, `document.querySelectorAll('#search-results img, #search-results script').length`); n != 0 {
		t.Errorf("%d elements made from a title in the results", n)
	}

	// Merging needs a reason.
	b.do("merge without a reason", chromedp.Click(chromedp.CSS(`#search-results [data-into="`+kept+`"]`)))
	b.waitJS("the request for a reason", `document.getElementById('flash').textContent.includes('Say why')`)
	b.do("merge with a reason",
		chromedp.SendKeys(chromedp.ID("merge-reason"), "the album cut of the single"),
		chromedp.Click(chromedp.CSS(`#search-results [data-into="`+kept+`"]`)))
	b.waitJS("the merge", `document.getElementById('flash').textContent.includes('Merged song `+away+` into song `+kept+`')`)
	_, song, _ := e.do("GET", "/v1/songs/"+away, submitterKey, nil)
	if str(song["merged_into"]) != kept {
		t.Fatalf("song %s merged_into %v, want %s", away, song["merged_into"], kept)
	}
	_, doc, _ := e.do("GET", "/v1/songs/"+kept, submitterKey, nil)
	if h, _ := doc["merge_history"].([]any); len(h) == 0 || h[0].(map[string]any)["reason"] != "the album cut of the single" {
		t.Errorf("history %v, want the merge with its reason", doc["merge_history"])
	}
	if xss := evalJS[string](b, `String(window.__xss)`); xss != "undefined" {
		t.Errorf("a title ran as script: window.__xss = %s", xss)
	}
	b.mu.Lock()
	for _, p := range b.problems {
		t.Errorf("browser console: %s", p)
	}
	b.mu.Unlock()
}
