package store_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// checkIntoCanonical fails the test when a merge log entry's
// into_canonical_id is not the canonical song of its into song.
func checkIntoCanonical(t *testing.T, db *store.DB, when string) {
	t.Helper()
	n, err := db.IntoCanonicalMismatches(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%s: %d merge log entries name another canonical song than their into song's", when, n)
	}
}

// TestIntoCanonicalUnderConcurrentWriters: processes that attach videos to
// songs, merge songs and split them apart at once, each through a store
// of its own (as replicas of the service do), leave every merge log
// entry naming the canonical song of its into song, and every song's
// document the history read from the songs' rows.
func TestIntoCanonicalUnderConcurrentWriters(t *testing.T) {
	db, d := openMigrated(t)
	ctx := context.Background()
	const songs, processes, rounds = 12, 3, 12
	var ids []int64
	for i := range songs {
		ids = append(ids, createSong(t, db, fmt.Sprintf("Concurrent Artist %c - Track Number %c", 'a'+i, 'a'+i), ""))
	}
	stores := []*store.DB{db}
	for range processes - 1 {
		other, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { other.Close() })
		stores = append(stores, other)
	}
	var wg sync.WaitGroup
	for p, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(p), 7))
			for range rounds {
				a, b := ids[r.IntN(songs)], ids[r.IntN(songs)]
				switch r.IntN(3) {
				case 0:
					var ws []dedup.SubmissionWrite
					for range 3 {
						id := nextVideoID()
						ws = append(ws, dedup.SubmissionWrite{Video: dedup.Video{ID: id, Title: "Concurrent upload " + id},
							AttachTo: ids[r.IntN(songs)], Score: 0.9, DecidedBy: "test"})
					}
					if _, err := s.SubmitBatch(ctx, ws); err != nil {
						t.Error(err)
					}
				case 1:
					var apart *dedup.KeptApartError
					if _, err := s.MergeSongs(ctx, dedup.SongMerge{From: a, Into: b, Score: 0.9, DecidedBy: "test"}); err != nil &&
						!errors.As(err, &apart) && !errors.Is(err, dedup.ErrConflict) {
						t.Error(err)
					}
				default:
					split(t, s, a)
				}
			}
		}()
	}
	wg.Wait()
	checkIntoCanonical(t, db, "after concurrent writers")
	var merged, splits int
	if err := db.SQL().QueryRow("SELECT COUNT(kind = 'song' OR NULL), COUNT(kind = 'split' OR NULL) FROM merges").Scan(&merged, &splits); err != nil {
		t.Fatal(err)
	}
	if merged == 0 || splits == 0 {
		t.Errorf("%d merges and %d splits: the test misses a case", merged, splits)
	}
	for _, id := range queryIDs(t, db, "SELECT s.id FROM songs s LEFT JOIN alias_rows a ON a.id = s.id WHERE a.id IS NULL") {
		checkHistory(t, db, id)
	}
}

// checkHistory fails the test when the document of song id lists another
// merge history than the one read from the songs' rows (FullHistory), and
// returns the document and that history.
func checkHistory(t *testing.T, db *store.DB, id int64) (dedup.Song, []dedup.MergeEvent) {
	t.Helper()
	ctx := context.Background()
	doc, err := db.SongDetail(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want, err := db.FullHistory(ctx, id, doc.MergedInto == 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(doc.History, want) {
		t.Errorf("song %d lists %d merge log entries, want %d:\n%+v\nwant\n%+v", id, len(doc.History), len(want), doc.History, want)
	}
	return doc, want
}

// split takes the newest video of canonical song id (or of the song it
// is merged into) into a song of its own, reviving the song it came from
// when that one was merged into it, when the song has more than one
// video.
func split(t *testing.T, db *store.DB, id int64) {
	t.Helper()
	ctx := context.Background()
	var canonical, owner int64
	var video string
	err := db.SQL().QueryRowContext(ctx, `SELECT COALESCE(s.merged_into, s.id), v.song_id, v.video_id FROM songs s
		JOIN songs c ON c.id = COALESCE(s.merged_into, s.id) JOIN songs o ON o.id = c.id OR o.merged_into = c.id
		JOIN videos v ON v.song_id = o.id WHERE s.id = ? ORDER BY v.video_id DESC LIMIT 1`, id).Scan(&canonical, &owner, &video)
	if err != nil {
		t.Error(err)
		return
	}
	plan := dedup.SplitPlan{SongID: canonical, VideoIDs: []string{video}, DecidedBy: "test"}
	var alone int
	if err := db.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM videos WHERE song_id = ?", owner).Scan(&alone); err != nil {
		t.Error(err)
		return
	}
	if owner != canonical && alone == 1 {
		plan.Revive, plan.ReviveKey = owner, "revived"
	} else {
		song := songOf("Split Artist - Split "+video, "")
		plan.NewSong = &song
	}
	// A split that another process's write overtook is refused.
	var conflict *dedup.StateConflict
	var field *dedup.FieldError
	if _, err := db.Split(ctx, plan); err != nil && !errors.As(err, &conflict) && !errors.As(err, &field) {
		t.Error(err)
	}
}

// TestHistoryPlans: the merge history of a song's document reads its
// newest entries by index, no more than a document lists, however long
// the song's log: a canonical song with thousands of entries into it and
// into a song merged into it, and a song merged away with thousands of
// its own, on a catalogue large enough for the optimizer to choose.
func TestHistoryPlans(t *testing.T) {
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	// Song 1 is canonical with song 5 merged into it (see fillForPlans);
	// song 11 is merged into 8.
	for _, s := range []string{
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, decided_by, created_at)
		 SELECT 'video', 1, 1, 1, CONCAT('hv', LPAD(id, 9, '0')), 'test', NOW(6) FROM songs WHERE id <= 3000`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, decided_by, created_at)
		 SELECT 'video', 5, 5, 1, CONCAT('hw', LPAD(id, 9, '0')), 'test', NOW(6) FROM songs WHERE id <= 3000`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, decided_by, created_at)
		 SELECT 'video', 11, 11, 8, CONCAT('hx', LPAD(id, 9, '0')), 'test', NOW(6) FROM songs WHERE id <= 3000`,
		`ANALYZE TABLE merges`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	for _, c := range []struct {
		name    string
		id      int64
		maxRead float64 // entries of the log read, at most
	}{
		{"canonical", 1, store.MaxDocHistory + 10},
		{"canonical, merged into none", 6, 10},
		// A merged song's own entries are read whole, and sorted.
		{"merged", 11, 3100},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := store.DocumentQuery(c.id)
			for _, row := range explain(t, db.SQL(), q.SQL, q.Args...) {
				if row["table"] == "m" && (row["type"] == "ALL" || row["type"] == "index") {
					t.Errorf("reads the merge log whole (type %s, key %s, %s rows, %s)", row["type"], row["key"], row["rows"], row["Extra"])
				}
			}
			var read float64
			for _, tb := range analyze(t, db.SQL(), q.SQL, q.Args...) {
				if tb.Name == "m" {
					read += tb.Rows
				}
			}
			if read > c.maxRead {
				t.Errorf("reads %.0f entries of the merge log, want %.0f at most", read, c.maxRead)
			}
			if _, want := checkHistory(t, db, c.id); c.id != 6 && len(want) != store.MaxDocHistory {
				t.Errorf("song %d has %d merge log entries: the fixture misses the case", c.id, len(want))
			}
		})
	}
}

// TestSetIntoCanonical: the merge log entries that a process older than
// migration 48 writes on a server not in strict SQL mode (a video
// attached, a merge that leaves the entries of the song it merges away
// behind) are found, set to the canonical song of their into song, and
// then read in the songs' documents; on a strict server such a process
// fails to write them.
func TestSetIntoCanonical(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	a := createSong(t, db, "Old Process Artist - First Track", "")
	b := createSong(t, db, "Old Process Artist - Second Track", "")
	c := createSong(t, db, "Old Process Artist - Third Track", "")
	if _, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: "First Track (Live)"},
		AttachTo: a, Score: 0.9, DecidedBy: "test"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: c, Into: a, Score: 0.9, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	conn, err := db.SQL().Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	oldEntry := `INSERT INTO merges (kind, song_id, into_song_id, video_id, score, decided_by, created_at) VALUES (?, ?, ?, ?, 0.9, 'old', NOW(6))`
	for _, w := range []struct {
		name, sqlMode string
		statements    []string
		args          [][]any
		fails         bool
	}{
		{"a video attached, on a strict server", "STRICT_TRANS_TABLES", []string{oldEntry}, [][]any{{"video", b, b, nextVideoID()}}, true},
		{"a video attached", "", []string{oldEntry}, [][]any{{"video", b, b, nextVideoID()}}, false},
		{"a merge", "", []string{
			"UPDATE songs SET merged_into = ? WHERE merged_into = ?",
			"UPDATE songs SET merged_into = ? WHERE id = ?",
			oldEntry,
			"INSERT IGNORE INTO logged_songs (song_id) VALUES (?), (?)",
		}, [][]any{{b, a}, {b, a}, {"song", a, b, nil}, {a, b}}, false},
	} {
		if _, err := conn.ExecContext(ctx, "SET SESSION sql_mode = ?", w.sqlMode); err != nil {
			t.Fatal(err)
		}
		var failed error
		for i, q := range w.statements {
			if _, err := conn.ExecContext(ctx, q, w.args[i]...); err != nil {
				failed = err
				break
			}
		}
		if (failed != nil) != w.fails {
			t.Fatalf("%s by a process older than migration 48: error %v, want one: %v", w.name, failed, w.fails)
		}
	}
	before, err := db.SongDetail(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if want, err := db.FullHistory(ctx, b, true); err != nil || reflect.DeepEqual(before.History, want) {
		t.Fatalf("song %d lists its merge history right before the entries are set (%v): the test misses the case", b, err)
	}
	for _, c := range []struct {
		write bool
		want  int
	}{
		{false, 4}, // b's video's and a's merge's entries (0), a's video's and c's merge's (a)
		{false, 4},
		{true, 4},
		{false, 0},
	} {
		if n, err := db.SetIntoCanonical(ctx, c.write); err != nil || n != c.want {
			t.Errorf("SetIntoCanonical(%v) = %d, %v; want %d", c.write, n, err, c.want)
		}
	}
	checkIntoCanonical(t, db, "after SetIntoCanonical")
	for _, id := range []int64{a, b, c} {
		checkHistory(t, db, id)
	}
}

// TestAttachesAtOnceDoNotDeadlock: submissions that attach videos to one
// song at once, through the song or a song merged into it, each from a
// process of its own, wait for each other rather than deadlock and run
// again.
func TestAttachesAtOnceDoNotDeadlock(t *testing.T) {
	db, d := openMigrated(t)
	ctx := context.Background()
	song := createSong(t, db, "Deadlock Artist - One Song", "")
	merged := createSong(t, db, "Deadlock Artist - One Song (Live)", "")
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: merged, Into: song, Score: 0.9, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var retried []error
	store.OnTxRetry(t, func(err error) {
		mu.Lock()
		defer mu.Unlock()
		retried = append(retried, err)
	})
	for _, c := range []struct {
		name    string
		batches [][]int64 // the songs of each batch's writes, in turn
	}{
		{"the song", [][]int64{{song}}},
		{"the song and a song merged into it", [][]int64{{song}, {merged}}},
		// A batch that locks the merged song and then writes its
		// canonical song's row, beside batches that lock both.
		{"a song merged into it, alone and with it in one batch", [][]int64{{merged}, {song, merged}, {merged, song}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			const processes, rounds = 6, 6
			retried = nil
			start := make(chan struct{})
			var wg sync.WaitGroup
			for p := range processes {
				s, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet})
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					for r := range rounds {
						var ws []dedup.SubmissionWrite
						for _, target := range c.batches[(p+r)%len(c.batches)] {
							id := nextVideoID()
							ws = append(ws, dedup.SubmissionWrite{Video: dedup.Video{ID: id, Title: "One Song upload " + id, DurationSeconds: 200},
								AttachTo: target, Score: 0.9, DecidedBy: "test"})
						}
						if _, err := s.SubmitBatch(ctx, ws); err != nil {
							t.Error(err)
						}
					}
				}()
			}
			close(start)
			wg.Wait()
			if len(retried) > 0 {
				t.Errorf("%d of %d batches ran again, the first for %v", len(retried), processes*rounds, retried[0])
			}
		})
	}
}
