package api_test

import (
	"context"
	"net/http"
	"testing"
)

// rowCounts counts the rows of every table a submission writes.
func (e *env) rowCounts() map[string]int {
	e.t.Helper()
	out := map[string]int{}
	for _, table := range []string{"songs", "videos", "merges", "reviews", "artist_lexicon", "term_stats"} {
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
		{"PREVIEWAAA4", "Adele - Hello Goodbye", "", "", "review"},
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
