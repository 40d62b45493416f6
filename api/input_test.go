package api_test

import (
	"context"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
)

// The defects of bad input: engagement beyond the counters, crafted review
// cursors, titles that are only noise, invalid text.

// fieldsNamed returns the fields a problem document's errors name.
func fieldsNamed(out map[string]any) []string {
	var fields []string
	errs, _ := out["errors"].([]any)
	for _, e := range errs {
		m, _ := e.(map[string]any)
		fields = append(fields, str(m["field"]))
	}
	return fields
}

func TestEngagementBounds(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	first := e.submit("ENGAGE00001", "Massive Attack - Teardrop", "")
	second := e.submit("ENGAGE00002", "Teardrop | Massive Attack", "")
	if str(first["song_id"]) != str(second["song_id"]) {
		t.Fatalf("the two uploads are not one song: %v %v", first, second)
	}
	songPath := "/v1/songs/" + str(first["song_id"])

	// Counts as large as the columns hold, written by an earlier version
	// that did not bound them: reads saturate, never fail.
	if _, err := e.db.SQL().ExecContext(ctx, "UPDATE videos SET plays = 9223372036854775807, likes = 9223372036854775807 WHERE video_id IN ('ENGAGE00001', 'ENGAGE00002')"); err != nil {
		t.Fatal(err)
	}
	status, song, _ := e.do("GET", songPath, submitterKey, nil)
	if status != http.StatusOK || song["plays"] != float64(dedup.MaxEngagement) || song["likes"] != float64(dedup.MaxEngagement) {
		t.Errorf("GET song with counts at the column's limit: %d plays=%v likes=%v, want 200 with %d", status, song["plays"], song["likes"], int64(dedup.MaxEngagement))
	}
	status, video, _ := e.do("POST", "/v1/videos/ENGAGE00001/engagement", submitterKey, `{"plays": 1}`)
	if status != http.StatusOK || video["plays"] != float64(dedup.MaxEngagement) {
		t.Errorf("engagement onto a saturated count: %d %v, want 200 with plays=%d", status, video, int64(dedup.MaxEngagement))
	}

	// From an ordinary count, increments add up; a zero increment answers
	// the current counts.
	if _, err := e.db.SQL().ExecContext(ctx, "UPDATE videos SET plays = 7, likes = 3 WHERE video_id = 'ENGAGE00002'"); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, body           string
		wantStatus           int
		wantPlays, wantLikes float64
		wantFields           []string
	}{
		{"zero increments", `{"plays": 0, "likes": 0}`, 200, 7, 3, nil},
		{"one zero increment", `{"plays": 0}`, 200, 7, 3, nil},
		{"an increment", `{"plays": 5, "likes": 1}`, 200, 12, 4, nil},
		{"nothing to add", `{}`, 400, 0, 0, []string{"plays", "likes"}},
		{"too large an increment", `{"plays": 1000000001}`, 400, 0, 0, []string{"plays"}},
		{"past int64", `{"likes": 9223372036854775808}`, 400, 0, 0, []string{"likes"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			status, out, _ := e.do("POST", "/v1/videos/ENGAGE00002/engagement", submitterKey, tt.body)
			if status != tt.wantStatus {
				t.Fatalf("%s: %d %v, want %d", tt.body, status, out, tt.wantStatus)
			}
			if status == 200 && (out["plays"] != tt.wantPlays || out["likes"] != tt.wantLikes) {
				t.Errorf("%s: plays=%v likes=%v, want %v and %v", tt.body, out["plays"], out["likes"], tt.wantPlays, tt.wantLikes)
			}
			if got := fieldsNamed(out); strings.Join(got, ",") != strings.Join(tt.wantFields, ",") {
				t.Errorf("%s: fields %v, want %v (%v)", tt.body, got, tt.wantFields, out)
			}
		})
	}
}

func TestReviewCursorMalformed(t *testing.T) {
	e := newEnv(t)
	for _, raw := range []string{"NaN:1", "Inf:1", "-Inf:1", "+Inf:1", "0.5:x", "0.5", "0.5:-1", "1e400:1"} {
		cursor := base64.RawURLEncoding.EncodeToString([]byte(raw))
		status, out, _ := e.do("GET", "/v1/reviews?cursor="+cursor, submitterKey, nil)
		if status != http.StatusBadRequest || strings.Join(fieldsNamed(out), ",") != "cursor" {
			t.Errorf("cursor %q (%s): %d %v, want 400 naming cursor", raw, cursor, status, out)
		}
	}
	for _, cursor := range []string{"!!!", "%00"} {
		status, out, _ := e.do("GET", "/v1/reviews?cursor="+cursor, submitterKey, nil)
		if status != http.StatusBadRequest || strings.Join(fieldsNamed(out), ",") != "cursor" {
			t.Errorf("cursor %q: %d %v, want 400 naming cursor", cursor, status, out)
		}
	}
}

func TestTitlesNamingNoSong(t *testing.T) {
	e := newEnv(t)
	for i, title := range []string{"\u200b", "()", "-", "[Official Video]", "(Official Audio)", strings.Repeat("(", 500), "♪ ♪", "..."} {
		for attempt := 0; attempt < 2; attempt++ {
			body := map[string]any{"video_id": "NOSONG0000" + string(rune('A'+i)), "title": title, "channel": "Anyone - Topic"}
			status, out, _ := e.do("POST", "/v1/submissions", submitterKey, body)
			if status != http.StatusBadRequest || strings.Join(fieldsNamed(out), ",") != "title" {
				t.Errorf("title %q (attempt %d): %d %v, want 400 naming title", title, attempt+1, status, out)
			}
		}
	}
	if status, out, _ := e.do("GET", "/v1/stats", submitterKey, nil); status != 200 || out["songs"] != float64(0) {
		t.Errorf("stats after refused titles: %d %v, want no songs", status, out)
	}
	// A title of one word, or of digits, still names a song.
	for i, title := range []string{"Adele", "1999"} {
		out := e.submit("NOSONG0001"+string(rune('A'+i)), title, "")
		if str(out["decision"]) != "created" {
			t.Errorf("title %q: %v, want created", title, out)
		}
	}
}

func TestInvalidText(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, body string
		wantStatus int
		wantField  string
	}{
		{"invalid UTF-8 in title", "{\"video_id\": \"TEXT0000001\", \"title\": \"Adele - Hello \xff\"}", 400, "title"},
		{"truncated UTF-8 in channel", "{\"video_id\": \"TEXT0000001\", \"title\": \"Adele - Hello\", \"channel\": \"Ad\xc3\"}", 400, "channel"},
		{"invalid UTF-8 in an ignored field", "{\"video_id\": \"TEXT0000001\", \"title\": \"Adele - Hello\", \"note\": \"\xfe\"}", 400, "note"},
		{"escaped lone surrogate in artist", `{"video_id": "TEXT0000001", "title": "Adele - Hello", "artist": "Adele \ud800"}`, 400, "artist"},
		{"escaped low surrogate alone in title", `{"video_id": "TEXT0000001", "title": "Adele - Hello \udc00"}`, 400, "title"},
		{"NUL in title", `{"video_id": "TEXT0000001", "title": "Adele\u0000 - Hello"}`, 400, "title"},
		{"unit separator in channel", `{"video_id": "TEXT0000001", "title": "Adele - Hello", "channel": "Adele\u001f"}`, 400, "channel"},
		{"C1 control in artist", `{"video_id": "TEXT0000001", "title": "Adele - Hello", "artist": "Ade\u0085le"}`, 400, "artist"},
		{"tab in title", `{"video_id": "TEXT0000001", "title": "Adele\t- Hello"}`, 400, "title"},
		{"invalid url beside a valid video_id", `{"video_id": "TEXT0000001", "url": "https://vimeo.com/1", "title": "Adele - Hello"}`, 400, "url"},
		{"a surrogate pair is text", `{"video_id": "TEXT0000002", "title": "Adele - Hello \ud83d\ude00"}`, 0, ""},
		{"a replacement character sent as one is text", `{"video_id": "TEXT0000003", "title": "Adele - Hello \ufffd \uFFFD ` + "\uFFFD" + `"}`, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, _ := e.do("POST", "/v1/submissions", submitterKey, tt.body)
			if accepted := status == 200 || status == 201; tt.wantStatus == 0 && !accepted || tt.wantStatus != 0 && status != tt.wantStatus {
				t.Fatalf("%d %v, want %d (0: accepted)", status, out, tt.wantStatus)
			}
			if tt.wantField != "" && strings.Join(fieldsNamed(out), ",") != tt.wantField {
				t.Errorf("fields %v, want %s (%v)", fieldsNamed(out), tt.wantField, out)
			}
		})
	}
	status, song, _ := e.do("GET", "/v1/videos/TEXT0000001", submitterKey, nil)
	if status != http.StatusNotFound {
		t.Errorf("a refused submission was stored: %d %v", status, song)
	}
	// Other bodies are read the same way.
	status, out, _ := e.do("POST", "/v1/videos/TEXT0000002/engagement", submitterKey, "{\"plays\": 1, \"from\": \"\xff\"}")
	if status != http.StatusBadRequest || strings.Join(fieldsNamed(out), ",") != "from" {
		t.Errorf("engagement with invalid UTF-8: %d %v, want 400 naming from", status, out)
	}
	status, out, _ = e.do("POST", "/v1/songs/1/split", curatorKey, "{\"video_ids\": [\"TEXT0000002\", \"\xff\"]}")
	if status != http.StatusBadRequest || strings.Join(fieldsNamed(out), ",") != "video_ids" {
		t.Errorf("split with invalid UTF-8: %d %v, want 400 naming video_ids", status, out)
	}
}
