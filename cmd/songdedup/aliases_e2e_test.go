package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/store/storetest"
)

// TestAliasesThroughBinary: bilingual uploads teach the service that two
// names are one; an upload written in Latin letters only and one written
// in Hangul only then end in the song of the bilingual uploads. A curator
// lists the aliases, an admin deletes one, and later bilingual uploads do
// not teach it again.
func TestAliasesThroughBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	r := startReplicas(t, d.DSN, 1, "SONGDEDUP_API_KEYS="+e2eKeys+",e2e-admin-key:admin")[0]
	sub := func(video, title string) map[string]any {
		t.Helper()
		status, out := post(t, r.base+"/v1/submissions", "e2e-submitter-key", map[string]any{"video_id": video, "title": title})
		if status != 200 && status != 201 {
			t.Fatalf("submit %q: %d %v", title, status, out)
		}
		return out
	}
	aliases := func(name string) []map[string]any {
		t.Helper()
		status, page := get(t, r.base+"/v1/aliases?name="+url.QueryEscape(name), "e2e-curator-key")
		if status != 200 {
			t.Fatalf("GET /v1/aliases: %d %v", status, page)
		}
		var out []map[string]any
		for _, it := range page["items"].([]any) {
			out = append(out, it.(map[string]any))
		}
		return out
	}

	ditto := sub("ALIxxxxxx01", "NewJeans (뉴진스) 'Ditto' Official MV")
	sub("ALIxxxxxx02", "NewJeans (뉴진스) - Ditto (Lyrics)")
	horizon := sub("ALIxxxxxx03", "윤하 (YOUNHA) - '사건의 지평선 (Event Horizon)' MV")
	sub("ALIxxxxxx04", "윤하 (YOUNHA) - 사건의 지평선 (Event Horizon) [Lyrics]")

	tests := []struct {
		video, title string
		song         map[string]any
	}{
		{"ALIxxxxxx05", "NewJeans - Ditto (Audio)", ditto},
		{"ALIxxxxxx06", "뉴진스 - Ditto", ditto},
		{"ALIxxxxxx07", "Younha - Event Horizon (Lyrics)", horizon},
		{"ALIxxxxxx08", "윤하 - 사건의 지평선", horizon},
	}
	for _, tt := range tests {
		got := sub(tt.video, tt.title)
		if got["decision"] != "merged" || got["song_id"] != tt.song["song_id"] {
			t.Errorf("%q: %v into %v, want merged into %v (%v)", tt.title, got["decision"], got["song_id"], tt.song["song_id"], got["explanation"])
		}
		// The uploads in one script met by the alias, which their
		// explanation names.
		if explained, _ := json.Marshal(got["explanation"]); tt.title[0] >= 0x80 && !strings.Contains(string(explained), "alias learned from 2 titles") {
			t.Errorf("%q: the explanation does not name the alias: %s", tt.title, explained)
		}
	}

	found := aliases("newjeans")
	if len(found) != 1 || found[0]["other"] != "뉴진스" || found[0]["kind"] != "artist" || found[0]["used"] != true {
		t.Fatalf("aliases of newjeans: %v, want newjeans/뉴진스", found)
	}
	if track := aliases("event horizon"); len(track) != 1 || track[0]["other"] != "사건의 지평선" || track[0]["kind"] != "track" {
		t.Errorf("aliases of event horizon: %v, want the track alias 사건의 지평선", track)
	}
	if status := del(t, r.base+"/v1/aliases/"+found[0]["id"].(string), "e2e-curator-key"); status != 403 {
		t.Errorf("a curator deleting an alias: %d, want 403", status)
	}
	if status := del(t, r.base+"/v1/aliases/"+found[0]["id"].(string), "e2e-admin-key"); status != 200 {
		t.Fatalf("an admin deleting an alias: %d, want 200", status)
	}
	sub("ALIxxxxxx09", "NewJeans (뉴진스) 'Ditto' Performance Video")
	sub("ALIxxxxxx10", "NewJeans (뉴진스) 'OMG' Official MV")
	if again := aliases("newjeans"); len(again) != 0 {
		t.Errorf("a deleted alias was learned again: %v", again)
	}
	if again := aliases("뉴진스"); len(again) != 0 {
		t.Errorf("a deleted alias was learned again: %v", again)
	}
}

// del sends a DELETE and returns the status.
func del(t *testing.T, url, key string) int {
	t.Helper()
	req, _ := http.NewRequest("DELETE", url, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("DELETE %s: %v", url, err)
	}
	resp.Body.Close()
	return resp.StatusCode
}
