package api_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/songdedup/songdedup/api"
)

// rowCounts counts the rows of every table a submission writes.
func (e *env) rowCounts() map[string]int {
	e.t.Helper()
	out := map[string]int{}
	for _, table := range []string{"songs", "videos", "merges", "logged_songs", "reviews", "review_counts", "artist_lexicon", "term_stats"} {
		var n int
		if err := e.db.SQL().QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
			e.t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

// TestPreviewDecidesAsSubmit: a preview answers the decision, score and
// match that submitting the same video then takes, and writes nothing.
func TestPreviewDecidesAsSubmit(t *testing.T) {
	e := newEnv(t)
	steps := []struct {
		video, title, channel, artist string
		want                          string
	}{
		{"PREVIEWAAA1", "Adele - Hello (Official Video)", "AdeleVEVO", "", "created"},
		{"PREVIEWAAA2", "Hello | Adele", "Lyrics Vault", "", "merged"},
		{"PREVIEWAAA3", "Adele - Hello (Live at the BBC)", "", "", "created"},
		{"PREVIEWAAA4", "Adele - Hallo", "", "", "review"},
		{"PREVIEWAAA5", "Skyfall", "", "Adele", "created"},
		{"PREVIEWAAA6", "Adele - Skyfall [Lyrics]", "", "", "merged"},
		{"PREVIEWAAA2", "Anything at all", "", "", "existing"},
	}
	for _, s := range steps {
		body := map[string]any{"video_id": s.video, "title": s.title, "channel": s.channel, "artist": s.artist}
		before := e.rowCounts()
		status, p, _ := e.do("POST", "/v1/submissions?dry_run=true", submitterKey, body)
		if status != http.StatusOK || p["dry_run"] != true {
			t.Fatalf("preview %q: %d %v", s.title, status, p)
		}
		if after := e.rowCounts(); !equalCounts(before, after) {
			t.Fatalf("preview %q wrote: rows %v before, %v after", s.title, before, after)
		}
		status, out, _ := e.do("POST", "/v1/submissions", submitterKey, body)
		if status != http.StatusOK && status != http.StatusCreated {
			t.Fatalf("submit %q: %d %v", s.title, status, out)
		}
		if str(out["decision"]) != s.want {
			t.Fatalf("submit %q: decision %v, want %s", s.title, out["decision"], s.want)
		}
		for _, f := range []string{"decision", "score", "matched_song_id", "version_of"} {
			if p[f] != out[f] {
				t.Errorf("%q: preview %s %v, submit %v", s.title, f, p[f], out[f])
			}
		}
		if s.want == "merged" || s.want == "existing" {
			if p["song_id"] != out["song_id"] {
				t.Errorf("%q: preview song %v, submit %v", s.title, p["song_id"], out["song_id"])
			}
		} else if p["song_id"] != nil {
			t.Errorf("%q: preview of a new song names song %v", s.title, p["song_id"])
		}
		if s.want != "existing" {
			pe, _ := p["explanation"].(map[string]any)
			oe, _ := out["explanation"].(map[string]any)
			if pe == nil || oe == nil || len(pe["rules"].([]any)) != len(oe["rules"].([]any)) {
				t.Errorf("%q: explanations differ: preview %v, submit %v", s.title, pe, oe)
			}
		}
	}
}

func equalCounts(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return len(a) == len(b)
}

// batchCases are the submissions of a playlist import: variants of a few
// songs, another recording, a near miss, a video listed twice and a bad
// item.
func batchCases() []map[string]any {
	var out []map[string]any
	add := func(video, title, channel string) {
		out = append(out, map[string]any{"video_id": video, "title": title, "channel": channel})
	}
	add("BATCHAAAA01", "Adele - Hello (Official Video)", "AdeleVEVO")
	add("BATCHAAAA02", "Hello | Adele", "Lyrics Vault")
	add("BATCHBBBB01", "Khruangbin - Maria También", "")
	add("BATCHAAAA03", "ADELE — Hello [Lyrics]", "")
	add("BATCHAAAA04", "Adele - Hello (Live at the BBC)", "")
	add("BATCHBBBB02", "Maria Tambien | Khruangbin", "")
	add("BATCHAAAA05", "Adele - Hallo", "")
	add("BATCHCCCC01", "Mitski - Nobody (Official Video)", "")
	add("BATCHAAAA02", "listed twice", "")
	out = append(out, map[string]any{"video_id": "bad", "title": "Mitski - Nobody"})
	add("BATCHCCCC02", "mitski nobody lyrics", "")
	add("BATCHDDDD01", "Lionel Richie - Hello", "")
	return out
}

// batchShape is what a run of batchCases decided, independent of the
// IDs: each item's status and decision, and for its song and matched song
// the first item that had the same song.
func batchShape(answers []map[string]any, statuses []int) []string {
	first := map[string]int{}
	ref := func(id string) string {
		if id == "" {
			return "-"
		}
		if i, ok := first[id]; ok {
			return fmt.Sprint(i)
		}
		return "new"
	}
	var out []string
	for i, a := range answers {
		song, matched := str(a["song_id"]), str(a["matched_song_id"])
		out = append(out, fmt.Sprintf("%d %d %v song=%s matched=%s", i, statuses[i], a["decision"], ref(song), ref(matched)))
		if _, ok := first[song]; !ok && song != "" {
			first[song] = i
		}
	}
	return out
}

// TestBatchDecidesAsAlone: a batch decides each item exactly as submitting
// the items one by one in the same order does, and answers each in order
// with its own status; a bad item is a 400 of its own.
func TestBatchDecidesAsAlone(t *testing.T) {
	cases := batchCases()

	e := newEnv(t)
	e.emptyLexicon()
	var alone []map[string]any
	var aloneStatus []int
	for _, c := range cases {
		status, out, _ := e.do("POST", "/v1/submissions", submitterKey, c)
		alone, aloneStatus = append(alone, out), append(aloneStatus, status)
	}

	e = newEnv(t)
	e.emptyLexicon()
	status, out, _ := e.do("POST", "/v1/submissions/batch", submitterKey, map[string]any{"submissions": cases})
	if status != http.StatusOK {
		t.Fatalf("batch: %d %v", status, out)
	}
	results, _ := out["results"].([]any)
	if len(results) != len(cases) {
		t.Fatalf("batch: %d results for %d submissions", len(results), len(cases))
	}
	var batched []map[string]any
	var batchedStatus []int
	for i, r := range results {
		res := r.(map[string]any)
		if res["index"] != float64(i) {
			t.Errorf("result %d has index %v", i, res["index"])
		}
		sub, _ := res["submission"].(map[string]any)
		if sub == nil {
			sub, _ = res["problem"].(map[string]any)
			sub = map[string]any{"detail": sub["detail"]}
		}
		batched, batchedStatus = append(batched, sub), append(batchedStatus, int(res["status"].(float64)))
	}
	want, got := batchShape(alone, aloneStatus), batchShape(batched, batchedStatus)
	for i := range want {
		if want[i] != got[i] {
			t.Errorf("item %d (%v): alone %q, in a batch %q", i, cases[i]["title"], want[i], got[i])
		}
	}
	if bad := batched[9]; batchedStatus[9] != http.StatusBadRequest || !strings.Contains(str(bad["detail"]), "video_id") {
		t.Errorf("the bad item: %d %v, want a 400 naming video_id", batchedStatus[9], bad)
	}
}

// emptyLexicon forgets the artist names earlier tests taught the catalogue.
func (e *env) emptyLexicon() {
	e.t.Helper()
	if _, err := e.db.SQL().ExecContext(context.Background(), "DELETE FROM artist_lexicon"); err != nil {
		e.t.Fatal(err)
	}
}

// TestSearch: a query reads as a title does; the song it names comes
// first, songs merged away are never listed, and a query that names no
// song finds nothing.
func TestSearch(t *testing.T) {
	e := newEnv(t)
	song := map[string]string{}
	for _, s := range []struct{ video, title, key string }{
		{"SEARCHAAAA1", "Adele - Hello (Official Video)", "hello"},
		{"SEARCHAAAA2", "Adele - Skyfall", "skyfall"},
		{"SEARCHAAAA3", "Lionel Richie - Hello", "richie"},
		{"SEARCHAAAA4", "Adele - Hello (Live at the BBC)", "live"},
		{"SEARCHAAAA5", "Khruangbin - Maria También", "maria"},
		{"SEARCHAAAA6", "Maria Tambien (Fan Edit 2)", "fan"},
	} {
		song[s.key] = str(e.submit(s.video, s.title, "")["song_id"])
	}
	// A curator merges the fan edit into the song: it is listed no more.
	if status, out, _ := e.do("POST", "/v1/songs/"+song["fan"]+"/merge", curatorKey, map[string]any{"into": song["maria"], "reason": "same track"}); status != http.StatusOK {
		t.Fatalf("merge: %d %v", status, out)
	}
	tests := []struct {
		q     string
		first string // "" when nothing may be found
	}{
		{"Adele - Hello", "hello"},
		{"hello adele", "hello"},
		{"Hello | Adele", "hello"},
		{"ADELE — Skyfall [Lyrics]", "skyfall"},
		{"Lionel Richie - Hello", "richie"},
		{"Adele - Hello (Live at the BBC)", "live"},
		{"maria tambien", "maria"},
		{"Zzyzx Qwerty Plov", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			status, page, _ := e.do("GET", "/v1/songs?q="+url.QueryEscape(tt.q), submitterKey, nil)
			if status != http.StatusOK {
				t.Fatalf("%d %v", status, page)
			}
			items, _ := page["items"].([]any)
			var ids []string
			for _, it := range items {
				ids = append(ids, str(it.(map[string]any)["id"]))
			}
			if slices.Contains(ids, song["fan"]) {
				t.Errorf("lists the song merged away: %v", ids)
			}
			switch {
			case tt.first == "" && len(ids) > 0:
				t.Errorf("found %v, want nothing", ids)
			case tt.first != "" && (len(ids) == 0 || ids[0] != song[tt.first]):
				t.Errorf("found %v, want song %s (%s) first", ids, song[tt.first], tt.first)
			}
		})
	}
}

// TestLongPollEndsOnShutdown: a long poll of the changes feed answers at
// once, with nothing new, when the server begins to shut down, rather
// than holding the shutdown up for its wait.
func TestLongPollEndsOnShutdown(t *testing.T) {
	e := newEnv(t)
	keys, err := api.ParseKeys(submitterKey + ":submitter")
	if err != nil {
		t.Fatal(err)
	}
	stopping, stop := context.WithCancel(context.Background())
	defer stop()
	srv := httptest.NewServer(api.NewServer(api.Deps{Logger: quiet, Readiness: e.db, Catalog: e.svc, Keys: keys, Stopping: stopping}))
	defer srv.Close()
	e.srv = srv
	status, head, _ := e.do("GET", "/v1/changes?limit=1000", submitterKey, nil)
	if status != http.StatusOK {
		t.Fatalf("head: %d %v", status, head)
	}
	after := str(head["next_cursor"])
	time.AfterFunc(300*time.Millisecond, stop)
	began := time.Now()
	status, page, _ := e.do("GET", "/v1/changes?wait=20s&after="+after, submitterKey, nil)
	if waited := time.Since(began); status != http.StatusOK || waited > 5*time.Second || str(page["next_cursor"]) != after {
		t.Errorf("long poll during shutdown: %d %v after %v, want an empty page at once", status, page, waited)
	}
}

// TestChannelEvidence: the channel a song's upload came from reaches the
// scorer through the store, so a second upload by the artists' own channel
// names it in its explanation (same_channel) and a slip of spelling on that
// channel merges; the same track from another channel does not name it.
func TestChannelEvidence(t *testing.T) {
	e := newEnv(t)
	steps := []struct {
		video, title, channel string
		want                  string
		rules                 []string // in the explanation
		notRule               string   // not in it
	}{
		{"CHANNELAAA1", "Cardi B - Bodak Yellow (Official Music Video)", "Cardi B", "created", nil, ""},
		{"CHANNELAAA2", "Cardi B - Bodak Yellow (Visualiser)", "Cardi B", "merged", []string{"same_channel"}, ""},
		{"CHANNELAAA3", "Cardi B - Bodak Yellow (Lyrics)", "Lyrics Vault", "merged", nil, "same_channel"},
		{"CHANNELAAA4", "Ink Lolovernox - Street Hype (Official Video)", "Ink Lolovernox", "created", nil, ""},
		{"CHANNELAAA5", "Ink Lolovernox - StreetH ype", "Ink Lolovernox", "merged", []string{"same_letters", "same_channel"}, ""},
	}
	for _, s := range steps {
		out := e.submit(s.video, s.title, s.channel)
		var rules []string
		if ex, ok := out["explanation"].(map[string]any); ok {
			for _, h := range ex["rules"].([]any) {
				rules = append(rules, str(h.(map[string]any)["rule"]))
			}
		}
		if str(out["decision"]) != s.want {
			t.Fatalf("%q on %q: decision %v, rules %v; want %s", s.title, s.channel, out["decision"], rules, s.want)
		}
		for _, r := range s.rules {
			if !slices.Contains(rules, r) {
				t.Errorf("%q on %q: rules %v, want %s", s.title, s.channel, rules, r)
			}
		}
		if s.notRule != "" && slices.Contains(rules, s.notRule) {
			t.Errorf("%q on %q: rules %v, want no %s", s.title, s.channel, rules, s.notRule)
		}
	}
}
