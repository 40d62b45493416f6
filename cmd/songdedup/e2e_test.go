package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/store/storetest"
)

// End-to-end tests of the built binary: real processes, a real database.

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// songdedupBinary builds the binary once per test run.
func songdedupBinary(t *testing.T) string {
	t.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "songdedup-e2e")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "songdedup")
		out, err := exec.Command("go", "build", "-race", "-o", binaryPath, ".").CombinedOutput()
		if err != nil {
			binaryErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binaryErr != nil {
		t.Fatal(binaryErr)
	}
	return binaryPath
}

const e2eKeys = "e2e-submitter-key:submitter,e2e-curator-key:curator"

// replica is one running 'songdedup serve' process.
type replica struct {
	base string
	cmd  *exec.Cmd
	logs *syncBuffer
}

// startReplicas starts n serve processes on one database and waits until
// each is ready; env adds NAME=value settings.
func startReplicas(t *testing.T, dsn string, n int, env ...string) []*replica {
	t.Helper()
	bin := songdedupBinary(t)
	var out []*replica
	for i := 0; i < n; i++ {
		addr := freeAddr(t)
		r := &replica{base: "http://" + addr, logs: &syncBuffer{}}
		r.cmd = exec.Command(bin, "serve", "--addr", addr)
		// The replicas race bursts of one song on a shared machine: what
		// is measured is that they converge, so a request may take longer
		// than the default deadline.
		r.cmd.Env = append(append(os.Environ(), "SONGDEDUP_MYSQL_DSN="+dsn, "SONGDEDUP_API_KEYS="+e2eKeys, "SONGDEDUP_LOG_LEVEL=warn",
			"SONGDEDUP_REQUEST_TIMEOUT=25s"), env...)
		r.cmd.Stdout, r.cmd.Stderr = r.logs, r.logs
		if err := r.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			r.cmd.Process.Signal(os.Interrupt)
			done := make(chan error, 1)
			go func() { done <- r.cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("replica %s exited with %v\n%s", r.base, err, r.logs)
				}
			case <-time.After(20 * time.Second):
				r.cmd.Process.Kill()
				t.Errorf("replica %s did not stop on SIGINT", r.base)
			}
		})
		out = append(out, r)
	}
	for _, r := range out {
		waitReady(t, r)
	}
	return out
}

func waitReady(t *testing.T, r *replica) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(r.base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("replica %s not ready\n%s", r.base, r.logs)
}

func post(t *testing.T, url, key string, body any) (int, map[string]any) {
	t.Helper()
	buf, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", url, bytes.NewReader(buf))
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Errorf("POST %s: %v", url, err)
		return 0, nil
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	json.Unmarshal(raw, &out)
	return resp.StatusCode, out
}

func get(t *testing.T, url, key string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

// variants are the ways uploaders title one song.
var variants = []string{
	"%[1]s - %[2]s", "%[1]s - %[2]s (Official Video)", "%[1]s - %[2]s (Official Music Video)",
	"%[1]s - %[2]s [Official Audio]", "%[1]s - %[2]s (Lyrics)", "%[1]s - %[2]s (Lyric Video)",
	"%[2]s | %[1]s", "%[1]s \"%[2]s\"", "%[1]s — %[2]s [HD]", "%[1]s - %[2]s (Audio)",
	"%[1]s - %[2]s [4K]", "%[1]s - %[2]s (Official Visualizer)", "%[1]s - %[2]s (Remastered 2019)",
	"%[1]s - %[2]s [Explicit]", "%[1]s - %[2]s (Official Video) [HD]", "%[1]s: %[2]s",
	"%[1]s ~ %[2]s", "%[1]s - %[2]s (Clean)", "%[1]s - %[2]s | Official Video", "%[1]s - %[2]s (Official Lyric Video)",
}

// TestReplicasConvergeOnOneSong is the replica-safety scenario: three
// server processes on one database, 50 concurrent submissions of variants
// of one new song plus one video submitted twice at once, repeated.
func TestReplicasConvergeOnOneSong(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	replicas := startReplicas(t, d.DSN, 3)
	db, err := sql.Open("mysql", d.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	songs := [][2]string{
		{"Zephyrine Ostrova", "Halcyon Cartography"}, {"The Marrowbone Quintet", "Lanterns Over Kestrel Bay"},
		{"Dj Quillfeather", "Neon Orchard"}, {"Saoirse Vantablack", "Glass Harbour"}, {"Okonkwo & The Tides", "Ferrous Lullaby"},
	}
	for round, s := range songs {
		const n = 50
		type answer struct {
			video  string
			status int
			body   map[string]any
		}
		answers := make([]answer, n+1)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := 0; i <= n; i++ {
			video := fmt.Sprintf("R%dV%08d", round, i)
			if i == n {
				video = fmt.Sprintf("R%dV%08d", round, 0) // the same video twice at once
			}
			title := fmt.Sprintf(variants[i%len(variants)], s[0], s[1])
			if i == n {
				title = fmt.Sprintf(variants[0], s[0], s[1])
			}
			wg.Add(1)
			go func(i int, video, title string) {
				defer wg.Done()
				<-start
				r := replicas[i%len(replicas)]
				status, body := post(t, r.base+"/v1/submissions", "e2e-submitter-key", map[string]any{"video_id": video, "title": title})
				answers[i] = answer{video, status, body}
			}(i, video, title)
		}
		close(start)
		wg.Wait()

		var canonical []int64
		rows, err := db.Query(`SELECT DISTINCT COALESCE(s.merged_into, s.id) FROM videos v JOIN songs s ON s.id = v.song_id
			WHERE v.video_id LIKE ?`, fmt.Sprintf("R%dV%%", round))
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			canonical = append(canonical, id)
		}
		rows.Close()
		var videos int
		db.QueryRow("SELECT COUNT(*) FROM videos WHERE video_id LIKE ?", fmt.Sprintf("R%dV%%", round)).Scan(&videos)
		if len(canonical) != 1 || videos != n {
			t.Errorf("round %d (%s - %s): %d canonical songs %v and %d video rows, want 1 and %d", round, s[0], s[1], len(canonical), canonical, videos, n)
			continue
		}
		decisions := map[string]int{}
		for _, a := range answers {
			decisions[fmt.Sprint(a.body["decision"])]++
		}
		t.Logf("round %d: decisions %v", round, decisions)
		want := fmt.Sprint(canonical[0])
		for _, a := range answers {
			if a.status != 200 && a.status != 201 {
				t.Errorf("round %d video %s: status %d %v", round, a.video, a.status, a.body)
				continue
			}
			songID, _ := a.body["song_id"].(string)
			// The answer may name a song that was merged afterwards; its
			// document must lead to the canonical one in one step.
			status, doc := get(t, replicas[0].base+"/v1/songs/"+songID, "e2e-submitter-key")
			got, _ := doc["merged_into"].(string)
			if got == "" {
				got, _ = doc["id"].(string)
			}
			if status != 200 || got != want {
				t.Errorf("round %d video %s: answered song %s which leads to %q, want %s", round, a.video, songID, got, want)
			}
		}
		first, second := answers[0], answers[n]
		if first.body["song_id"] == nil || second.body["song_id"] == nil {
			continue
		}
		if d1, d2 := first.body["decision"], second.body["decision"]; d1 != "existing" && d2 != "existing" {
			t.Errorf("round %d: the same video submitted twice at once gave %v and %v; one must be existing", round, d1, d2)
		}
	}
	if t.Failed() {
		for _, r := range replicas {
			t.Logf("replica %s logs:\n%s", r.base, r.logs)
		}
	}
}

// TestSubmitThroughBinary covers the decision paths, idempotency,
// engagement roll-up, redirects and auth through the built binary.
func TestSubmitThroughBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	r := startReplicas(t, d.DSN, 1)[0]
	sub := func(video, title string) map[string]any {
		status, out := post(t, r.base+"/v1/submissions", "e2e-submitter-key", map[string]any{"url": "https://youtu.be/" + video + "?si=x", "title": title})
		if status != 200 && status != 201 {
			t.Fatalf("submit %q: %d %v", title, status, out)
		}
		return out
	}
	a := sub("BINxxxxxx01", "Khruangbin - Maria También (Official Video)")
	b := sub("BINxxxxxx02", "Maria Tambien | Khruangbin")
	c := sub("BINxxxxxx01", "anything")
	live := sub("BINxxxxxx03", "Khruangbin - Maria También (Live at KEXP)")
	tests := []struct {
		name string
		got  map[string]any
		want string
	}{
		{"first upload", a, "created"},
		{"variant", b, "merged"},
		{"again", c, "existing"},
		{"live take", live, "created"},
	}
	for _, tt := range tests {
		if tt.got["decision"] != tt.want {
			t.Errorf("%s: decision %v, want %s (%v)", tt.name, tt.got["decision"], tt.want, tt.got)
		}
	}
	if b["song_id"] != a["song_id"] || c["song_id"] != a["song_id"] || live["version_of"] != a["song_id"] {
		t.Errorf("song ids: a=%v b=%v c=%v live.version_of=%v", a["song_id"], b["song_id"], c["song_id"], live["version_of"])
	}
	post(t, r.base+"/v1/videos/BINxxxxxx02/engagement", "e2e-submitter-key", map[string]int{"plays": 40, "likes": 4})
	post(t, r.base+"/v1/videos/BINxxxxxx01/engagement", "e2e-submitter-key", map[string]int{"plays": 2})
	_, song := get(t, r.base+"/v1/songs/"+a["song_id"].(string), "e2e-submitter-key")
	if song["plays"] != 42.0 || song["likes"] != 4.0 {
		t.Errorf("totals: plays %v likes %v, want 42 and 4", song["plays"], song["likes"])
	}
	if status, _ := post(t, r.base+"/v1/submissions", "wrong-key-123", map[string]any{"video_id": "BINxxxxxx09", "title": "x"}); status != 401 {
		t.Errorf("unknown key: %d, want 401", status)
	}
	if status, _ := post(t, r.base+"/v1/reviews/1/approve", "e2e-submitter-key", nil); status != 403 {
		t.Errorf("submitter approving: %d, want 403", status)
	}
	if status, out := post(t, r.base+"/v1/submissions", "e2e-submitter-key", map[string]any{"url": "https://example.com/watch?v=BINxxxxxx09", "title": "x"}); status != 400 || !strings.Contains(fmt.Sprint(out["detail"]), "url") {
		t.Errorf("bad url: %d %v", status, out)
	}
}

// TestCatalogueRoutesThroughBinary drives the routes a music app and a
// curator use beyond single submissions through a built server: previews.
func TestCatalogueRoutesThroughBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	r := startReplicas(t, d.DSN, 1)[0]
	const sk = "e2e-submitter-key"
	status, first := post(t, r.base+"/v1/submissions", sk, map[string]any{"video_id": "CATxxxxxx01", "title": "Khruangbin - Maria También (Official Video)"})
	if status != 201 {
		t.Fatalf("first upload: %d %v", status, first)
	}

	// A preview decides and writes nothing.
	variant := map[string]any{"video_id": "CATxxxxxx02", "title": "Maria Tambien | Khruangbin"}
	status, p := post(t, r.base+"/v1/submissions?dry_run=true", sk, variant)
	if status != 200 || p["dry_run"] != true || p["decision"] != "merged" || p["song_id"] != first["song_id"] {
		t.Errorf("preview of a variant: %d %v", status, p)
	}
	if status, _ := get(t, r.base+"/v1/videos/CATxxxxxx02", sk); status != 404 {
		t.Errorf("after a preview the video is known: %d", status)
	}
	if status, out := post(t, r.base+"/v1/submissions?dry_run=perhaps", sk, variant); status != 400 || !strings.Contains(fmt.Sprint(out["detail"]), "dry_run") {
		t.Errorf("dry_run=perhaps: %d %v", status, out)
	}

	// A batch: each item in order with its own status.
	status, batch := post(t, r.base+"/v1/submissions/batch", sk, map[string]any{"submissions": []any{
		variant,
		map[string]any{"video_id": "CATxxxxxx03", "title": "Sia - Chandelier"},
		map[string]any{"video_id": "CATxxxxxx04"},
		map[string]any{"video_id": "CATxxxxxx05", "title": "Chandelier (1000 Forms of Fear)", "channel": "Pop Archive"},
	}})
	results, _ := batch["results"].([]any)
	if status != 200 || len(results) != 4 {
		t.Fatalf("batch: %d %v", status, batch)
	}
	statuses := []any{}
	for _, r := range results {
		statuses = append(statuses, r.(map[string]any)["status"])
	}
	if fmt.Sprint(statuses) != "[200 201 400 201]" {
		t.Errorf("batch statuses %v, want [200 201 400 201]", statuses)
	}
	song := func(i int) string {
		return fmt.Sprint(results[i].(map[string]any)["submission"].(map[string]any)["song_id"])
	}

	// Search finds the song; a curator merges the album cut into it.
	status, found := get(t, r.base+"/v1/songs?q=sia+chandelier", sk)
	if items, _ := found["items"].([]any); status != 200 || len(items) == 0 || items[0].(map[string]any)["id"] != song(1) {
		t.Errorf("search for sia chandelier: %d %v, want song %s first", status, found, song(1))
	}
	if status, _ := post(t, r.base+"/v1/songs/"+song(3)+"/merge", sk, map[string]any{"into": song(1), "reason": "album cut"}); status != 403 {
		t.Errorf("a submitter merging: %d, want 403", status)
	}
	status, kept := post(t, r.base+"/v1/songs/"+song(3)+"/merge", "e2e-curator-key", map[string]any{"into": song(1), "reason": "album cut"})
	if videos, _ := kept["videos"].([]any); status != 200 || kept["id"] != song(1) || len(videos) != 2 {
		t.Errorf("merge: %d %v, want song %s with two videos", status, kept, song(1))
	}
	status, found = get(t, r.base+"/v1/songs?q=chandelier", sk)
	if status != 200 {
		t.Fatalf("search after the merge: %d %v", status, found)
	}
	for _, it := range found["items"].([]any) {
		if it.(map[string]any)["id"] == song(3) {
			t.Errorf("search lists song %s, merged away", song(3))
		}
	}
}

// TestChangesFeedFollowsReplicas is the changes feed's scenario: three
// server processes on one database, 50 racers submitting variants of new
// songs (which reconciliation merges), and a client following the feed
// with long polls on one replica. It sees every change once, in commit
// order (seq without gaps), every song created and every song merged
// away, each within a second of its commit.
func TestChangesFeedFollowsReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	replicas := startReplicas(t, d.DSN, 3)
	db, err := sql.Open("mysql", d.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const sk = "e2e-submitter-key"

	// The follower starts at the newest change.
	_, head := get(t, replicas[0].base+"/v1/changes?limit=1000", sk)
	cursor := fmt.Sprint(head["next_cursor"])
	type seen struct {
		change map[string]any
		at     time.Time
	}
	var mu sync.Mutex
	var got []seen
	stop := make(chan struct{})
	following := make(chan error, 1)
	go func() {
		for {
			select {
			case <-stop:
				following <- nil
				return
			default:
			}
			page, err := follow(replicas[0].base+"/v1/changes?wait=30s&limit=200&after="+cursor, sk)
			now := time.Now()
			if err != nil {
				following <- err
				return
			}
			mu.Lock()
			for _, c := range page["changes"].([]any) {
				got = append(got, seen{c.(map[string]any), now})
			}
			mu.Unlock()
			cursor = fmt.Sprint(page["next_cursor"])
		}
	}()

	songs := [][2]string{{"Vesna Halloran", "Copper Meridian"}, {"The Quiet Larches", "Saltmarsh Hymn"}, {"Ilse Brandvold", "Paper Comet"}}
	const racers = 50
	var wg sync.WaitGroup
	startRace := make(chan struct{})
	for i := range racers {
		s := songs[i%len(songs)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-startRace
			r := replicas[i%len(replicas)]
			body := map[string]any{"video_id": fmt.Sprintf("CHG%08d", i), "title": fmt.Sprintf(variants[i%len(variants)], s[0], s[1])}
			if status, out := post(t, r.base+"/v1/submissions", sk, body); status != 200 && status != 201 {
				t.Errorf("submit %v: %d %v", body, status, out)
			}
		}()
	}
	close(startRace)
	wg.Wait()

	// What the database holds now is what the follower must have seen.
	var songIDs, mergedIDs []string
	rows, err := db.Query(`SELECT DISTINCT s.id, COALESCE(s.merged_into, 0) FROM videos v JOIN songs s ON s.id = v.song_id WHERE v.video_id LIKE 'CHG%'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, into int64
		rows.Scan(&id, &into)
		songIDs = append(songIDs, fmt.Sprint(id))
		if into != 0 {
			mergedIDs = append(mergedIDs, fmt.Sprint(id))
		}
	}
	rows.Close()
	deadline := time.Now().Add(10 * time.Second)
	count := func(kind string) map[string]int {
		mu.Lock()
		defer mu.Unlock()
		n := map[string]int{}
		for _, s := range got {
			if s.change["kind"] == kind {
				n[fmt.Sprint(s.change["song_id"])]++
			}
		}
		return n
	}
	for time.Now().Before(deadline) && (len(count("song_created")) < len(songIDs) || len(count("song_merged")) < len(mergedIDs)) {
		time.Sleep(100 * time.Millisecond)
	}
	close(stop)
	// Wake the follower's last long poll with a change of its own.
	post(t, replicas[1].base+"/v1/submissions", sk, map[string]any{"video_id": "CHGzzzzzzzz", "title": "Orla Fenwick - Last Light"})
	if err := <-following; err != nil {
		t.Fatal(err)
	}

	created, merged := count("song_created"), count("song_merged")
	for _, id := range songIDs {
		if created[id] != 1 {
			t.Errorf("song %s created %d times in the feed, want once", id, created[id])
		}
	}
	for _, id := range mergedIDs {
		if merged[id] != 1 {
			t.Errorf("song %s merged %d times in the feed, want once", id, merged[id])
		}
	}
	var lags []time.Duration
	var prev int64
	for i, s := range got {
		seq, err := strconv.ParseInt(fmt.Sprint(s.change["cursor"]), 10, 64)
		if err != nil || (i > 0 && seq != prev+1) {
			t.Fatalf("change %d: cursor %v after %d, want the next seq", i, s.change["cursor"], prev)
		}
		prev = seq
		at, _ := time.Parse(time.RFC3339Nano, fmt.Sprint(s.change["at"]))
		lags = append(lags, s.at.Sub(at))
	}
	slices.Sort(lags)
	if len(lags) == 0 {
		t.Fatal("the follower saw no change")
	}
	p99 := lags[min(len(lags)-1, len(lags)*99/100)]
	t.Logf("%d changes (%d songs created, %d merged away); seen after the change's time: p50 %v, p99 %v",
		len(got), len(songIDs), len(mergedIDs), lags[len(lags)/2], p99)
	if p99 > time.Second {
		t.Errorf("changes seen %v after their time at p99, want within 1s", p99)
	}
}

// follow reads one page of the changes feed.
func follow(url, key string) (map[string]any, error) {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := (&http.Client{Timeout: time.Minute}).Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 {
		return nil, fmt.Errorf("GET %s: %d %v (%v)", url, resp.StatusCode, out, err)
	}
	return out, nil
}
