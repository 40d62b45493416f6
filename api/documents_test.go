package api_test

import (
	"io"
	"net/http"
	"testing"
)

// TestReadDocumentsExactly: GET /v1/songs/{id} and GET /v1/videos/{id}
// answer, byte for byte, the documents of rows stored with what a
// document must carry through unchanged: scores of 17 significant
// digits, times to the microsecond, counts past the largest the API
// shows, markup and accents, NULLs beside values, videos uploaded at the
// same instant, a merged song's pointer and a canonical song's videos and
// merge log through the songs merged into it.
func TestReadDocumentsExactly(t *testing.T) {
	e := newEnv(t)
	e.execSQL(
		`INSERT INTO songs (id, title, channel, source_artist, artists, track, featured, versions, version_info, duration_seconds,
		 search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at) VALUES
		 (9001, 'Artist <b> & "Co" - Träck (Live)', 'Chan <i>', 'artist <b>', '["artist <b>","co"]', 'träck', '["feat x"]', 'live',
		  '["at the bbc"]', 215, 'k1', 1, 1, NULL, 1, '2026-12-06 08:00:00.123456', '2026-12-06 09:30:00.000001'),
		 (9002, 'Artist - Track [Lyrics]', '', '', '["artist"]', 'track', '[]', '', '[]', 0,
		  'k2', 2, 2, 9001, 1, '2026-12-06 08:01:00.000000', '2026-12-06 08:05:00.500000'),
		 (9003, 'Nobody - Nothing', 'Empty', '', '[]', 'nothing', '[]', '', '[]', 0,
		  'k3', 3, 3, NULL, 1, '2026-12-06 08:02:00.000000', '2026-12-06 08:02:00.000000')`,
		`INSERT INTO videos (video_id, song_id, title, channel, artist, duration_seconds, plays, likes, created_at) VALUES
		 ('GOLDEN00001', 9001, 'Artist <b> & "Co" - Träck (Live)', 'Chan <i>', 'artist <b>', 215, 9007199254740993, 7, '2026-12-06 08:00:00.500000'),
		 ('GOLDEN00003', 9001, 'Träck | Artist', 'Fan', '', 0, 0, 0, '2026-12-06 08:00:00.500000'),
		 ('GOLDEN00002', 9002, 'Artist - Track [Lyrics]', '', '', 0, 10, 1, '2026-12-06 07:59:59.999999')`,
		`INSERT INTO merges (id, kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, explanation, created_at, undone_at, undone_by, reason) VALUES
		 (7001, 'song', 9002, 9001, 9001, NULL, 0.8666666666666667, 'auto', '{"rule": "kept", "tokens": ["<a>", "b&c"]}', '2026-12-06 08:05:00.500000', NULL, NULL, NULL),
		 (7002, 'video', 9001, 9001, 9001, 'GOLDEN00003', 0.9205146444585022, 'auto', '{"a":1}', '2026-12-06 08:06:00.000001', '2026-12-06 08:07:00.250000', 'curator:alice', 'not the same take'),
		 (7003, 'song', 9005, 9002, 9001, NULL, 1, 'curator:alice', NULL, '2026-12-06 08:04:00.000000', NULL, NULL, 'same song')`,
		listLoggedSongs,
	)
	for _, c := range []struct {
		path, location, body string
	}{
		{"/v1/songs/9001", "", `{"id":"9001","title":"Artist \u003cb\u003e \u0026 \"Co\" - Träck (Live)","artist":"artist \u003cb\u003e \u0026 co","artists":["artist \u003cb\u003e","co"],"track":"träck","featured":["feat x"],"version":["live"],"version_info":["at the bbc"],"duration_seconds":215,"channel":"Chan \u003ci\u003e","video_count":3,"plays":9007199254740991,"likes":8,"created_at":"2026-12-06T08:00:00.123456Z","updated_at":"2026-12-06T09:30:00.000001Z","videos":[{"video_id":"GOLDEN00002","song_id":"9001","title":"Artist - Track [Lyrics]","channel":"","plays":10,"likes":1,"url":"https://www.youtube.com/watch?v=GOLDEN00002","thumbnail":"https://i.ytimg.com/vi/GOLDEN00002/mqdefault.jpg","created_at":"2026-12-06T07:59:59.999999Z"},{"video_id":"GOLDEN00001","song_id":"9001","title":"Artist \u003cb\u003e \u0026 \"Co\" - Träck (Live)","channel":"Chan \u003ci\u003e","artist":"artist \u003cb\u003e","duration_seconds":215,"plays":9007199254740991,"likes":7,"url":"https://www.youtube.com/watch?v=GOLDEN00001","thumbnail":"https://i.ytimg.com/vi/GOLDEN00001/mqdefault.jpg","created_at":"2026-12-06T08:00:00.5Z"},{"video_id":"GOLDEN00003","song_id":"9001","title":"Träck | Artist","channel":"Fan","plays":0,"likes":0,"url":"https://www.youtube.com/watch?v=GOLDEN00003","thumbnail":"https://i.ytimg.com/vi/GOLDEN00003/mqdefault.jpg","created_at":"2026-12-06T08:00:00.5Z"}],"merge_history":[{"id":"7003","kind":"song","song_id":"9005","into_song_id":"9002","score":1,"decided_by":"curator:alice","created_at":"2026-12-06T08:04:00Z","reason":"same song"},{"id":"7002","kind":"video","song_id":"9001","into_song_id":"9001","video_id":"GOLDEN00003","score":0.9205146444585022,"decided_by":"auto","created_at":"2026-12-06T08:06:00.000001Z","undone_at":"2026-12-06T08:07:00.25Z","undone_by":"curator:alice","reason":"not the same take","explanation":{"a":1}},{"id":"7001","kind":"song","song_id":"9002","into_song_id":"9001","score":0.8666666666666667,"decided_by":"auto","created_at":"2026-12-06T08:05:00.5Z","explanation":{"rule":"kept","tokens":["\u003ca\u003e","b\u0026c"]}}]}` + "\n"},
		{"/v1/songs/9002", "/v1/songs/9001", `{"id":"9002","title":"Artist - Track [Lyrics]","artist":"artist","artists":["artist"],"track":"track","featured":[],"version":[],"version_info":[],"channel":"","video_count":1,"plays":10,"likes":1,"merged_into":"9001","created_at":"2026-12-06T08:01:00Z","updated_at":"2026-12-06T08:05:00.5Z","videos":[{"video_id":"GOLDEN00002","song_id":"9001","title":"Artist - Track [Lyrics]","channel":"","plays":10,"likes":1,"url":"https://www.youtube.com/watch?v=GOLDEN00002","thumbnail":"https://i.ytimg.com/vi/GOLDEN00002/mqdefault.jpg","created_at":"2026-12-06T07:59:59.999999Z"}],"merge_history":[{"id":"7003","kind":"song","song_id":"9005","into_song_id":"9002","score":1,"decided_by":"curator:alice","created_at":"2026-12-06T08:04:00Z","reason":"same song"},{"id":"7001","kind":"song","song_id":"9002","into_song_id":"9001","score":0.8666666666666667,"decided_by":"auto","created_at":"2026-12-06T08:05:00.5Z","explanation":{"rule":"kept","tokens":["\u003ca\u003e","b\u0026c"]}}]}` + "\n"},
		{"/v1/songs/9003", "", `{"id":"9003","title":"Nobody - Nothing","artist":"","artists":[],"track":"nothing","featured":[],"version":[],"version_info":[],"channel":"Empty","video_count":0,"plays":0,"likes":0,"created_at":"2026-12-06T08:02:00Z","updated_at":"2026-12-06T08:02:00Z","videos":[],"merge_history":[]}` + "\n"},
		{"/v1/videos/GOLDEN00001", "", `{"video_id":"GOLDEN00001","song_id":"9001","title":"Artist \u003cb\u003e \u0026 \"Co\" - Träck (Live)","channel":"Chan \u003ci\u003e","artist":"artist \u003cb\u003e","duration_seconds":215,"plays":9007199254740991,"likes":7,"url":"https://www.youtube.com/watch?v=GOLDEN00001","thumbnail":"https://i.ytimg.com/vi/GOLDEN00001/mqdefault.jpg","created_at":"2026-12-06T08:00:00.5Z"}` + "\n"},
		{"/v1/videos/GOLDEN00002", "", `{"video_id":"GOLDEN00002","song_id":"9001","title":"Artist - Track [Lyrics]","channel":"","plays":10,"likes":1,"url":"https://www.youtube.com/watch?v=GOLDEN00002","thumbnail":"https://i.ytimg.com/vi/GOLDEN00002/mqdefault.jpg","created_at":"2026-12-06T07:59:59.999999Z"}` + "\n"},
	} {
		req, _ := http.NewRequest("GET", e.srv.URL+c.path, nil)
		req.Header.Set("Authorization", "Bearer "+submitterKey)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Location") != c.location || string(body) != c.body {
			t.Errorf("GET %s: %d, Location %q,\n%s\nwant 200, Location %q,\n%s", c.path, resp.StatusCode, resp.Header.Get("Location"), body, c.location, c.body)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("GET %s: Content-Type %q, want application/json", c.path, ct)
		}
	}
}
