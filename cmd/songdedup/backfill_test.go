package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// Backfill tests run the built binary against real databases.

// catalogueRow is one row of a generated input file.
type catalogueRow struct {
	VideoID  string `json:"video_id"`
	Title    string `json:"title"`
	Channel  string `json:"channel,omitempty"`
	Plays    int    `json:"plays,omitempty"`
	planted  int    // the song the row is a variant of
	badInput string // a raw line to write instead (bad rows)
}

var (
	bfArtists = []string{"Marisol Quenby", "The Velvet Arcadia", "Dmitri Halloway", "Oona & The Larks", "Kestrel Vane",
		"Lumen Parade", "Ysolde Fairweather", "The Copper Saints", "Bastian Krell", "Juniper Hollis"}
	bfTracks = []string{"Midnight Cartography", "Paper Lanterns", "Saltwater Hymn", "Glass Cathedral", "Northern Static",
		"Velvet Undertow", "Orchard of Sparks", "Borrowed Thunder", "Tin Roof Serenade", "Amber Signal", "Hollow Crown Waltz",
		"Satellite Daydream"}
	bfMoods = []string{"Revisited", "Overture", "Nocturne", "Parade", "Reverie", "Elegy", "Sonata", "Ballad", "Anthem", "Lament"}
)

// variantTitles are eight ways one song is uploaded; some normalize the same,
// some do not (a typo, the artist only in the channel), so that variants
// meet both in one worker and across workers.
func variantTitles(artist, track string) [][2]string {
	typo := strings.Replace(track, "a", "aa", 1)
	return [][2]string{
		{artist + " - " + track, ""},
		{artist + " - " + track + " (Official Video)", ""},
		{track + " | " + artist, "Lyrics Vault"},
		{strings.ToUpper(artist) + " — " + strings.ToUpper(track) + " [HD]", ""},
		{track + " (Official Audio)", artist + " - Topic"},
		{artist + " \"" + track + "\"", ""},
		{artist + " - " + typo + " (Lyrics)", ""},
		{artist + " - " + track + " (Remastered 2011)", ""},
	}
}

// plantedCatalogue makes a file of songs whose variants sit next to each
// other, with single songs between them.
func plantedCatalogue(songs int) []catalogueRow {
	var rows []catalogueRow
	n := 0
	for s := 0; s < songs; s++ {
		artist := bfArtists[s%len(bfArtists)]
		track := bfTracks[s%len(bfTracks)] + " " + bfMoods[(s/len(bfTracks))%len(bfMoods)]
		for _, v := range variantTitles(artist, track) {
			n++
			rows = append(rows, catalogueRow{VideoID: fmt.Sprintf("bf%09d", n), Title: v[0], Channel: v[1], Plays: n % 7, planted: s + 1})
		}
	}
	return rows
}

func writeJSONL(t *testing.T, rows []catalogueRow) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "catalogue.jsonl")
	var b bytes.Buffer
	for _, r := range rows {
		if r.badInput != "" {
			b.WriteString(r.badInput + "\n")
			continue
		}
		line, _ := json.Marshal(r)
		b.Write(append(line, '\n'))
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func writeCSV(t *testing.T, rows []catalogueRow) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "catalogue.csv")
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"video_id", "title", "channel", "plays"})
	for _, r := range rows {
		w.Write([]string{r.VideoID, r.Title, r.Channel, fmt.Sprint(r.Plays)})
	}
	w.Flush()
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runBackfill runs the binary to completion and returns its exit code and
// output.
func runBackfillBinary(t *testing.T, dsn string, args ...string) (int, string) {
	t.Helper()
	return runBinary(t, dsn, "backfill", args...)
}

// runBinary runs a command of the binary to completion, logging warnings
// only, and returns its exit code and output.
func runBinary(t *testing.T, dsn, command string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(songdedupBinary(t), append([]string{command, "--log-level", "warn"}, args...)...)
	cmd.Env = append(os.Environ(), "SONGDEDUP_MYSQL_DSN="+dsn)
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, string(out)
}

// partition returns the videos grouped by canonical song, as a sorted list
// of sorted groups: the result of a backfill, whatever the song IDs.
func partition(t *testing.T, dsn string) []string {
	t.Helper()
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT COALESCE(s.merged_into, s.id), v.video_id FROM videos v JOIN songs s ON s.id = v.song_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	groups := map[int64][]string{}
	for rows.Next() {
		var song int64
		var video string
		rows.Scan(&song, &video)
		groups[song] = append(groups[song], video)
	}
	return sortedGroups(groups)
}

// sortedGroups returns groups of videos as a sorted list of sorted,
// comma-joined groups, whatever their keys.
func sortedGroups[K comparable](groups map[K][]string) []string {
	var out []string
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, strings.Join(g, ","))
	}
	sort.Strings(out)
	return out
}

// plantedRecall checks that every planted song ended as one song.
func plantedRecall(t *testing.T, rows []catalogueRow, groups []string) {
	t.Helper()
	groupOf := map[string]int{}
	for i, g := range groups {
		for _, v := range strings.Split(g, ",") {
			groupOf[v] = i
		}
	}
	songs := map[int]map[int]bool{}
	for _, r := range rows {
		if r.planted == 0 {
			continue
		}
		if songs[r.planted] == nil {
			songs[r.planted] = map[int]bool{}
		}
		songs[r.planted][groupOf[r.VideoID]] = true
	}
	for s, gs := range songs {
		if len(gs) != 1 {
			var titles []string
			for _, r := range rows {
				if r.planted == s {
					titles = append(titles, fmt.Sprintf("%s=%q", r.VideoID, r.Title))
				}
			}
			t.Errorf("planted song %d ended as %d songs: %s", s, len(gs), strings.Join(titles, " "))
		}
	}
	// and no two planted songs were merged together
	owner := map[int]int{}
	for _, r := range rows {
		g := groupOf[r.VideoID]
		if o, ok := owner[g]; ok && o != r.planted && r.planted != 0 {
			t.Errorf("song group %d mixes planted songs %d and %d", g, o, r.planted)
		}
		owner[g] = r.planted
	}
}

func readReport(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("report line %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

func migrated(t *testing.T) *storetest.Database {
	t.Helper()
	d := storetest.New(t)
	db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: discardLog})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestBackfillAdjacentVariantsBecomeOneSong(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rows := plantedCatalogue(24)
	path := writeJSONL(t, rows)
	for run := 0; run < 3; run++ { // every time, not once by luck
		d := storetest.New(t)
		code, out := runBackfillBinary(t, d.DSN, "--input", path, "--workers", "4", "--report", filepath.Join(t.TempDir(), "r.jsonl"))
		if code != 0 {
			t.Fatalf("run %d: exit %d\n%s", run, code, out)
		}
		groups := partition(t, d.DSN)
		plantedRecall(t, rows, groups)
		if len(groups) != 24 {
			t.Errorf("run %d: %d songs, want 24", run, len(groups))
		}
	}
}

func TestBackfillIdempotentAndReported(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rows := plantedCatalogue(6)
	rows = append(rows,
		catalogueRow{badInput: `{"video_id": "bf_bad_json", "title": `},
		catalogueRow{badInput: `{"video_id": "bf000000990"}`},
		catalogueRow{badInput: `{"video_id": "nope", "title": "Kestrel Vane - Amber Signal"}`},
		catalogueRow{badInput: `{"url": "https://vimeo.com/1", "title": "Kestrel Vane - Amber Signal"}`},
		catalogueRow{badInput: `{"video_id": "bf000000991", "title": "Kestrel Vane - Amber Signal", "plays": "lots"}`},
	)
	path := writeJSONL(t, rows)
	d := storetest.New(t)
	report := filepath.Join(t.TempDir(), "report.jsonl")
	code, out := runBackfillBinary(t, d.DSN, "--input", path, "--report", report)
	if code != 1 || !strings.Contains(out, "5 of") {
		t.Fatalf("bad rows: exit %d, want 1 naming the failed rows\n%s", code, out)
	}
	lines := readReport(t, report)
	if len(lines) != len(rows) {
		t.Fatalf("report has %d lines, want %d", len(lines), len(rows))
	}
	wantErrs := map[int]string{49: "invalid JSON", 50: "title", 51: "video_id", 52: "url", 53: "plays"}
	for _, l := range lines {
		line := int(l["line"].(float64))
		if field, bad := wantErrs[line]; bad {
			if l["decision"] != "error" || !strings.Contains(fmt.Sprint(l["error"]), field) {
				t.Errorf("line %d: %v, want an error naming %s", line, l, field)
			}
		} else if l["decision"] == "error" || l["song_id"] == nil {
			t.Errorf("line %d: %v", line, l)
		}
	}
	before := partition(t, d.DSN)

	report2 := filepath.Join(t.TempDir(), "again.jsonl")
	code, out = runBackfillBinary(t, d.DSN, "--input", path, "--report", report2)
	if code != 1 {
		t.Fatalf("second run: exit %d\n%s", code, out)
	}
	for _, l := range readReport(t, report2) {
		if l["decision"] != "existing" && l["decision"] != "error" {
			t.Errorf("second run, line %v: %v, want existing", l["line"], l["decision"])
		}
	}
	if after := partition(t, d.DSN); !slices.Equal(before, after) {
		t.Errorf("second run changed the catalogue")
	}
}

func TestBackfillCSVAndJSONLAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rows := plantedCatalogue(12)
	var parts [][]string
	for _, path := range []string{writeJSONL(t, rows), writeCSV(t, rows)} {
		d := storetest.New(t)
		if code, out := runBackfillBinary(t, d.DSN, "--input", path); code != 0 {
			t.Fatalf("%s: exit %d\n%s", path, code, out)
		}
		parts = append(parts, partition(t, d.DSN))
	}
	if !slices.Equal(parts[0], parts[1]) {
		t.Errorf("JSONL and CSV ended differently:\n%v\n%v", parts[0], parts[1])
	}
}

// TestBackfillDryRunWritesNothing: a dry run writes nothing and decides
// what a real run decides — over several batches, so that rows attach to
// songs the dry run would have created in an earlier one.
func TestBackfillDryRunWritesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rows := plantedCatalogue(30) // 240 rows: four batches at least
	path := writeJSONL(t, rows)
	d := migrated(t)
	count := func() string {
		db, _ := sql.Open("mysql", d.DSN)
		defer db.Close()
		var parts []string
		for _, table := range []string{"songs", "videos", "merges", "logged_songs", "reviews", "review_counts", "term_stats", "backfill_jobs", "backfill_rows"} {
			var n int
			db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n)
			parts = append(parts, fmt.Sprintf("%s=%d", table, n))
		}
		return strings.Join(parts, " ")
	}
	before := count()
	report := filepath.Join(t.TempDir(), "dry.jsonl")
	// One worker: the songs a row was given are then final (with several,
	// two workers may create one song twice before it is merged).
	code, out := runBackfillBinary(t, d.DSN, "--input", path, "--dry-run", "--report", report, "--workers", "1")
	if code != 0 || !strings.Contains(out, "dry run") {
		t.Fatalf("dry run: exit %d\n%s", code, out)
	}
	if after := count(); after != before {
		t.Errorf("dry run wrote: %s -> %s", before, after)
	}
	ref := migrated(t)
	if code, out := runBackfillBinary(t, ref.DSN, "--input", path, "--workers", "1"); code != 0 {
		t.Fatalf("real run: exit %d\n%s", code, out)
	}
	want := partition(t, ref.DSN)
	if got := reportPartition(t, report); !slices.Equal(got, want) {
		t.Errorf("the dry run would make %d songs, the real run made %d:\n dry  %v\n real %v", len(got), len(want), got, want)
	}
}

// reportPartition returns a report's videos grouped by song, as partition
// does for a database.
func reportPartition(t *testing.T, report string) []string {
	t.Helper()
	groups := map[string][]string{}
	for _, l := range readReport(t, report) {
		song := fmt.Sprint(l["song_id"])
		groups[song] = append(groups[song], fmt.Sprint(l["video_id"]))
	}
	return sortedGroups(groups)
}

// TestBackfillResumesAfterKill kills the backfill with SIGKILL at several
// points and checks that running it again ends exactly like an
// uninterrupted run: the same songs, every row reported once.
func TestBackfillResumesAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rows := plantedCatalogue(60)
	path := writeJSONL(t, rows)
	ref := storetest.New(t)
	if code, out := runBackfillBinary(t, ref.DSN, "--input", path, "--workers", "3"); code != 0 {
		t.Fatalf("uninterrupted run: exit %d\n%s", code, out)
	}
	want := partition(t, ref.DSN)

	for _, killAt := range []int{1, len(rows) / 3, len(rows) * 4 / 5} {
		d := migrated(t)
		db, _ := sql.Open("mysql", d.DSN)
		cmd := exec.Command(songdedupBinary(t), "backfill", "--log-level", "warn", "--input", path, "--workers", "3")
		cmd.Env = append(os.Environ(), "SONGDEDUP_MYSQL_DSN="+d.DSN)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(60 * time.Second)
		for {
			var n int
			db.QueryRow("SELECT COUNT(*) FROM backfill_rows").Scan(&n)
			if n >= killAt || time.Now().After(deadline) {
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		var done int
		db.QueryRow("SELECT COUNT(*) FROM backfill_rows").Scan(&done)
		db.Close()

		report := filepath.Join(t.TempDir(), "resumed.jsonl")
		code, out := runBackfillBinary(t, d.DSN, "--input", path, "--workers", "3", "--report", report)
		if code != 0 {
			t.Fatalf("resume after kill at %d: exit %d\n%s", killAt, code, out)
		}
		if got := partition(t, d.DSN); !slices.Equal(got, want) {
			t.Errorf("killed at %d rows (%d recorded), resumed: %d songs, uninterrupted: %d songs", killAt, done, len(got), len(want))
		}
		lines := readReport(t, report)
		seen := map[float64]bool{}
		for _, l := range lines {
			if seen[l["line"].(float64)] {
				t.Errorf("line %v reported twice", l["line"])
			}
			seen[l["line"].(float64)] = true
		}
		if len(lines) != len(rows) {
			t.Errorf("killed at %d: report has %d lines, want %d", killAt, len(lines), len(rows))
		}
	}
}

// TestNeverMergeSurvivesBackfill: pairs a curator kept apart (a rejected
// review, a split of two uploads that score as the same song) stay apart
// when a later backfill brings more uploads of both (curator decisions
// stick; nothing automatic overrides them).
func TestNeverMergeSurvivesBackfill(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := storetest.New(t)
	base, stop, _ := startServe(t, map[string]string{"SONGDEDUP_MYSQL_DSN": d.DSN, "SONGDEDUP_API_KEYS": e2eKeys})
	defer stop()
	submit := func(video, title string) map[string]any {
		_, out := post(t, base+"/v1/submissions", "e2e-submitter-key", map[string]any{"video_id": video, "title": title})
		return out
	}
	// A rejected near miss.
	submit("NEVERMERGE1", "Coldplay - Yellow")
	near := submit("NEVERMERGE2", "Coldplay - Yallow")
	if near["decision"] != "review" {
		t.Fatalf("setup: %v", near)
	}
	if status, out := post(t, base+"/v1/reviews/"+near["review_id"].(string)+"/reject", "e2e-curator-key", nil); status != 200 {
		t.Fatalf("reject: %d %v", status, out)
	}
	// Two uploads the matcher merges, which a curator splits: the strongest
	// case, since every later upload scores as both.
	first := submit("NEVERMERGE3", "Daft Punk - Get Lucky (Official Audio)")
	if second := submit("NEVERMERGE4", "Daft Punk - Get Lucky"); second["decision"] != "merged" {
		t.Fatalf("setup: %v", second)
	}
	if status, out := post(t, base+"/v1/songs/"+first["song_id"].(string)+"/split", "e2e-curator-key",
		map[string]any{"video_ids": []string{"NEVERMERGE4"}}); status != 201 {
		t.Fatalf("split: %d %v", status, out)
	}
	stop() // the backfill runs against the same database
	rows := []catalogueRow{
		{VideoID: "NEVERMERGE5", Title: "Coldplay - Yellow (Official Video)"},
		{VideoID: "NEVERMERGE6", Title: "Coldplay - Yallow [HD]"},
		{VideoID: "NEVERMERGE7", Title: "Daft Punk - Get Lucky [HD]"},
		{VideoID: "NEVERMERGE8", Title: "DAFT PUNK - GET LUCKY (Lyrics)"},
		{VideoID: "NEVERMERGE9", Title: "Get Lucky | Daft Punk"},
	}
	if code, out := runBackfillBinary(t, d.DSN, "--input", writeJSONL(t, rows), "--workers", "2"); code != 0 {
		t.Fatalf("backfill: exit %d\n%s", code, out)
	}
	groupOf := map[string]string{}
	for _, g := range partition(t, d.DSN) {
		for _, v := range strings.Split(g, ",") {
			groupOf[v] = g
		}
	}
	for _, pair := range [][2]string{{"NEVERMERGE1", "NEVERMERGE2"}, {"NEVERMERGE3", "NEVERMERGE4"}} {
		if groupOf[pair[0]] == groupOf[pair[1]] {
			t.Errorf("%s and %s, kept apart by a curator, were merged by the backfill: %s", pair[0], pair[1], groupOf[pair[0]])
		}
	}
}

// TestBackfillListsFailuresWithoutReport: without --report, each failed
// row's line and reason go to stderr, up to a limit and then a count; the
// summary alone goes to stdout.
func TestBackfillListsFailuresWithoutReport(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	good := plantedCatalogue(1)
	bad := func(n int) []catalogueRow {
		var rows []catalogueRow
		for i := 0; i < n; i++ {
			rows = append(rows, catalogueRow{badInput: fmt.Sprintf(`{"video_id": "bf%09d", "title": "Kestrel Vane - Amber Signal", "plays": "lots"}`, 900+i)})
		}
		return rows
	}
	cases := []struct {
		name     string
		bad      int
		listed   int
		moreLine string
	}{
		{"a few, every one listed", 3, 3, ""},
		{"more than the limit", maxListedFailures + 7, maxListedFailures, "... and 7 more failed rows"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows := append(append([]catalogueRow{}, good...), bad(c.bad)...)
			path := writeJSONL(t, rows)
			d := storetest.New(t)
			cmd := exec.Command(songdedupBinary(t), "backfill", "--log-level", "warn", "--progress", "none", "--input", path)
			cmd.Env = append(os.Environ(), "SONGDEDUP_MYSQL_DSN="+d.DSN)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Fatalf("exit %v, want 1\n%s%s", err, stdout.String(), stderr.String())
			}
			var listed []string
			for _, l := range strings.Split(stderr.String(), "\n") {
				if strings.HasPrefix(l, "line ") {
					listed = append(listed, l)
				}
			}
			if len(listed) != c.listed {
				t.Fatalf("%d failed rows listed, want %d:\n%s", len(listed), c.listed, stderr.String())
			}
			for i, l := range listed {
				want := fmt.Sprintf("line %d: ", len(good)+1+i)
				if !strings.HasPrefix(l, want) || !strings.Contains(l, "plays: must be a whole number") {
					t.Errorf("listed %q, want %q and plays: must be a whole number", l, want)
				}
			}
			if c.moreLine != "" && !strings.Contains(stderr.String(), c.moreLine) {
				t.Errorf("stderr lacks %q:\n%s", c.moreLine, stderr.String())
			}
			if want := fmt.Sprintf("%d of %d rows failed (listed above)", c.bad, len(rows)); !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
			}
			if strings.Contains(stdout.String(), "line ") || !strings.Contains(stdout.String(), "backfill:") {
				t.Errorf("stdout should hold the summary only:\n%s", stdout.String())
			}
		})
	}
}

// TestBackfillRefusesRowsNamingNoSong: a row whose title is only noise,
// whose counts are beyond what a count may be, or whose text holds control
// characters is an error of its own in the report; the rows around it are
// written.
func TestBackfillRefusesRowsNamingNoSong(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	rows := []catalogueRow{
		{VideoID: "bfnosong001", Title: "Kestrel Vane - Amber Signal"},
		{badInput: `{"video_id": "bfnosong002", "title": "[Official Video]"}`},
		{badInput: `{"video_id": "bfnosong003", "title": "(Official Audio)", "channel": "Kestrel Vane - Topic"}`},
		{badInput: `{"video_id": "bfnosong004", "title": "\u200b"}`},
		{badInput: `{"video_id": "bfnosong005", "title": "Kestrel Vane - Amber Signal", "plays": 9223372036854775807}`},
		{VideoID: "bfnosong006", Title: "Lumen Parade - Paper Lanterns"},
		{badInput: `{"video_id": "bfnosong007", "title": "Lumen Parade - Paper Lanterns", "channel": "Lumen\u0000Parade"}`},
	}
	path := writeJSONL(t, rows)
	d := storetest.New(t)
	report := filepath.Join(t.TempDir(), "report.jsonl")
	code, out := runBackfillBinary(t, d.DSN, "--input", path, "--report", report)
	if code != 1 {
		t.Fatalf("exit %d, want 1 for the failed rows\n%s", code, out)
	}
	wantErrs := map[int]string{2: "title", 3: "title", 4: "title", 5: "plays", 7: "channel"}
	for _, l := range readReport(t, report) {
		line := int(l["line"].(float64))
		if field, bad := wantErrs[line]; bad {
			if l["decision"] != "error" || !strings.HasPrefix(fmt.Sprint(l["error"]), field+":") {
				t.Errorf("line %d: %v, want an error naming %s", line, l, field)
			}
		} else if l["decision"] != "created" {
			t.Errorf("line %d: %v, want created", line, l)
		}
	}
}
