package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"

	"github.com/songdedup/songdedup/store"
)

// planSongs is the size of the catalogue TestReadPlans builds: large
// enough that the optimizer weighs its choices by the statistics of the
// tables (on a few rows a full scan is as good as any plan).
const planSongs = 20_000

// fillForPlans writes planSongs songs, one in five merged into the song
// four before it, a video each, a merge log entry for every merged song
// and every third video (its songs listed in logged_songs), a review for
// every second song, most pending, of three reasons, and a change in the
// feed for every song.
func fillForPlans(t testing.TB, db *sql.DB) {
	t.Helper()
	digits := "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	seq := fmt.Sprintf("(SELECT a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d AS n FROM %s a, %s b, %s c, %s e, %s f WHERE a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d < %d)",
		digits, digits, digits, digits, digits, planSongs)
	stmts := []string{
		`INSERT INTO songs (id, title, track, search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at)
		 SELECT n+1, CONCAT('title ', n), CONCAT('track ', n), CONCAT('k', n), n, n, IF(n % 5 = 4, n - 3, NULL), 1, NOW(6), NOW(6) FROM ` + seq + ` x`,
		`INSERT INTO videos (video_id, song_id, title, created_at) SELECT CONCAT('pv', LPAD(id, 9, '0')), id, title, NOW(6) FROM songs`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, decided_by, created_at) SELECT 'song', id, merged_into, merged_into, 'test', NOW(6) FROM songs WHERE merged_into IS NOT NULL`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, decided_by, created_at)
		 SELECT 'video', id, COALESCE(merged_into, id), COALESCE(merged_into, id), CONCAT('pv', LPAD(id, 9, '0')), 'test', NOW(6) FROM songs WHERE id % 3 = 0`,
		`INSERT INTO logged_songs (song_id) SELECT song_id FROM merges UNION SELECT into_song_id FROM merges`,
		`INSERT INTO reviews (song_id, candidate_song_id, score, plays, reason, explanation, status, created_at)
		 SELECT id, id + 1, (id % 100) / 100, id * 7 % 1000, ELT(1 + id % 3, 'near_miss', 'ambiguous', 'no_auto_merge'), '{}',
		 IF(id % 7 = 0, 'approved', 'pending'), NOW(6) FROM songs WHERE id % 2 = 0`,
		`INSERT INTO review_counts (status, reason, shard, n) SELECT status, reason, 0, COUNT(*) FROM reviews GROUP BY status, reason`,
		`INSERT INTO term_stats (term, shard, df) VALUES ('', 0, 16000)`,
		`INSERT INTO changes (seq, kind, song_id, decided_by, created_at) SELECT id, 'song_created', id, 'test', UTC_TIMESTAMP(6) FROM songs`,
		`ANALYZE TABLE songs, videos, merges, logged_songs, reviews, review_counts, term_stats, changes`,
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// TestReadPlans: every statement of the read paths (a song's document with
// its merge history, a video, the review queue, the stats, a page of the
// changes feed) is planned as index lookups on a catalogue large enough
// for the optimizer to choose: no table is read whole, by its rows (type
// ALL) or by a whole index (type index).
func TestReadPlans(t *testing.T) {
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	// Song 1 is canonical, song 5 merged into it (see fillForPlans).
	for _, q := range store.ReadQueries(1, 5, "pv000000001") {
		t.Run(q.Name, func(t *testing.T) {
			for _, row := range explain(t, db.SQL(), q.SQL, q.Args...) {
				if strings.HasPrefix(row["table"], "<") || row["table"] == "" {
					continue // a derived table or union result: built from the lookups below it
				}
				if typ := row["type"]; typ == "ALL" || typ == "index" {
					t.Errorf("reads table %s whole (type %s, key %s, %s rows, %s):\n%s", row["table"], typ, row["key"], row["rows"], row["Extra"], q.SQL)
				}
				// A page of the queue is read in the order of an index,
				// not every review of the status sorted.
				if strings.HasPrefix(q.Name, "review page by") && strings.Contains(row["Extra"], "filesort") {
					t.Errorf("sorts table %s (type %s, key %s, %s rows, %s):\n%s", row["table"], row["type"], row["key"], row["rows"], row["Extra"], q.SQL)
				}
			}
			// Nor writes a temporary table to disk, as MariaDB does for
			// one that holds a TEXT column (a sort of rows that carry an
			// explanation).
			if n := diskTempTables(t, db.SQL(), q.SQL, q.Args...); n > 0 {
				t.Errorf("writes %d temporary tables to disk:\n%s", n, q.SQL)
			}
			// And from the cursor on: it reads no more reviews than it
			// lists, not each one from the top of the queue down to the
			// cursor.
			if strings.HasPrefix(q.Name, "review page by") {
				for _, tb := range analyze(t, db.SQL(), q.SQL, q.Args...) {
					if tb.Rows > planPageLimit+1 {
						t.Errorf("reads %.0f rows of table %s (access %s, key %s) for a page of %d:\n%s", tb.Rows, tb.Name, tb.Access, tb.Key, planPageLimit, q.SQL)
					}
				}
			}
		})
	}
}

// TestOldestPagePlan: a page of the queue in the oldest order after a
// cursor reads the pending reviews from the cursor on by the index of the
// status (of the status and reason), whose entries end in the id, not the
// reviews by their primary key from the cursor on, which reads every
// decided review between two pending ones: on a queue where most reviews
// are decided, it reads no more index entries than it lists, and no row.
func TestOldestPagePlan(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a catalogue large enough for the optimizer: skipped with -short")
	}
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	// One review in 40 stays pending: a page of 50 spans some 2,000
	// reviews.
	for _, s := range []string{
		`UPDATE reviews SET status = IF(id % 40 = 0, 'pending', 'approved')`,
		`ANALYZE TABLE reviews`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	// Cursors near the top of the queue, where the optimizer left to
	// itself reads the status's entries from the top or the rows by their
	// key, and halfway down.
	var qs []store.OldestPageQuery
	for _, after := range []int64{100, 1000, 5000} {
		qs = append(qs, store.OldestPageQueries(after, planPageLimit)...)
	}
	for _, q := range qs {
		t.Run(q.Name, func(t *testing.T) {
			for _, row := range explain(t, db.SQL(), q.SQL, q.Args...) {
				if row["table"] == "q" && !strings.Contains(row["Extra"], "Using index") {
					t.Errorf("reads the rows of the queue, not its index alone (type %s, key %s, %s rows, %s):\n%s",
						row["type"], row["key"], row["rows"], row["Extra"], q.SQL)
				}
			}
			for _, tb := range analyze(t, db.SQL(), q.SQL, q.Args...) {
				if tb.Name != "q" {
					continue
				}
				if tb.Key != q.Key {
					t.Errorf("reads the queue by key %s (access %s), want %s:\n%s", tb.Key, tb.Access, q.Key, q.SQL)
				}
				if tb.Rows > planPageLimit+1 {
					t.Errorf("reads %.0f entries of the queue (access %s, key %s) for a page of %d:\n%s", tb.Rows, tb.Access, tb.Key, planPageLimit, q.SQL)
				}
			}
		})
	}
}

// planPageLimit is the page size of the review pages store.ReadQueries
// lists.
const planPageLimit = 50

// analyzedTable is one table access of a statement as it ran.
type analyzedTable struct {
	Name, Access, Key string
	Rows              float64 // rows read, per loop (r_rows)
}

// analyze runs a statement under ANALYZE FORMAT=JSON (MariaDB) and returns
// its table accesses, derived tables' included.
func analyze(t *testing.T, db *sql.DB, query string, args ...any) []analyzedTable {
	t.Helper()
	var doc string
	if err := db.QueryRowContext(context.Background(), "ANALYZE FORMAT=JSON "+query, args...).Scan(&doc); err != nil {
		t.Fatalf("ANALYZE %s: %v", query, err)
	}
	var tree any
	if err := json.Unmarshal([]byte(doc), &tree); err != nil {
		t.Fatalf("ANALYZE %s: %v", query, err)
	}
	var out []analyzedTable
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if tb, ok := v["table"].(map[string]any); ok {
				if access, ok := tb["access_type"].(string); ok {
					name, _ := tb["table_name"].(string)
					key, _ := tb["key"].(string)
					rows, _ := tb["r_rows"].(float64)
					out = append(out, analyzedTable{name, access, key, rows})
				}
			}
			for _, sub := range v {
				walk(sub)
			}
		case []any:
			for _, sub := range v {
				walk(sub)
			}
		}
	}
	walk(tree)
	if len(out) == 0 {
		t.Fatalf("ANALYZE %s: no table in\n%s", query, doc)
	}
	return out
}

// diskTempTables runs a statement to its last row and returns how many
// temporary tables it wrote to disk.
func diskTempTables(t *testing.T, db *sql.DB, query string, args ...any) int {
	t.Helper()
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	created := func() int {
		var name string
		var n int
		if err := conn.QueryRowContext(ctx, "SHOW SESSION STATUS LIKE 'Created_tmp_disk_tables'").Scan(&name, &n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := created()
	rows, err := conn.QueryContext(ctx, query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	for rows.Next() {
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	rows.Close()
	return created() - before
}

// explain returns the plan of a statement, one map of column to value a row.
func explain(t *testing.T, db *sql.DB, query string, args ...any) []map[string]string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), "EXPLAIN "+query, args...)
	if err != nil {
		t.Fatalf("EXPLAIN %s: %v", query, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []map[string]string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for i, c := range cols {
			m[c] = vals[i].String
		}
		out = append(out, m)
	}
	return out
}

// TestReviewPageDocuments: a page of the queue carries each song's
// SongDetail, read for the whole page at once, as one review does. For canonical and merged songs,
// with reviews of one candidate and of several.
func TestReviewPageDocuments(t *testing.T) {
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	for _, s := range []string{
		// Several candidates for some reviews, engagement on some videos.
		`INSERT INTO review_candidates (review_id, candidate_song_id, score)
		 SELECT id, song_id + 1, score FROM reviews WHERE id % 3 = 0
		 UNION ALL SELECT id, song_id + 3, score / 2 FROM reviews WHERE id % 3 = 0`,
		`UPDATE videos SET plays = song_id * 7, likes = song_id % 11 WHERE song_id % 4 = 1`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	ctx := context.Background()
	detail := func(id int64) *dedup.Song {
		t.Helper()
		s, err := db.SongDetail(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return &s
	}
	// The oldest reviews include songs merged away (fillForPlans merges
	// songs 5, 10, ...); the best scored ones do not.
	for _, sort := range []dedup.ReviewSort{dedup.ReviewSortScore, dedup.ReviewSortOldest} {
		page, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Limit: dedup.MaxReviewLimit})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != dedup.MaxReviewLimit {
			t.Fatalf("%s: %d items, want %d", sort, len(page.Items), dedup.MaxReviewLimit)
		}
		var pending int
		if err := db.SQL().QueryRow("SELECT COUNT(*) FROM reviews WHERE status = 'pending'").Scan(&pending); err != nil {
			t.Fatal(err)
		}
		if page.Total != pending || pending <= dedup.MaxReviewLimit {
			t.Errorf("%s: the page counts %d pending reviews of %d", sort, page.Total, pending)
		}
		var merged, several, history, counted int
		for _, listed := range page.Items {
			one, err := db.Review(ctx, listed.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				what  string
				r     dedup.Review
				songs func(int64) *dedup.Song
			}{{"listed", listed, detail}, {"read alone", one, detail}} {
				r := c.r
				if want := c.songs(r.SongID); !reflect.DeepEqual(r.Song, want) {
					t.Errorf("%s: review %d %s: song %d is\n%+v\nwant\n%+v", sort, r.ID, c.what, r.SongID, r.Song, want)
				}
				if r.Candidate == nil || r.Candidate.ID != r.CandidateSongID {
					t.Errorf("%s: review %d %s: candidate %+v, want song %d", sort, r.ID, c.what, r.Candidate, r.CandidateSongID)
				}
				for _, cand := range r.Candidates {
					if want := c.songs(cand.SongID); !reflect.DeepEqual(cand.Song, want) {
						t.Errorf("%s: review %d %s: candidate %d is\n%+v\nwant\n%+v", sort, r.ID, c.what, cand.SongID, cand.Song, want)
					}
				}
			}
			if listed.Song.MergedInto != 0 || listed.Candidate.MergedInto != 0 {
				merged++
			}
			if len(one.Song.History) > 0 {
				history++
			}
			if len(listed.Candidates) > 1 {
				several++
			}
			for _, c := range listed.Candidates {
				if c.Song.VideoCount > 1 {
					counted++
				}
			}
		}
		if (sort == dedup.ReviewSortOldest && merged == 0) || several == 0 || history == 0 || counted == 0 {
			t.Errorf("%s: the page has %d merged songs, %d reviews of several candidates, %d songs with history, %d with several videos: the fixture misses a case",
				sort, merged, several, history, counted)
		}
	}
}

// reviewPageStatements is how many statements a page of the queue takes,
// whatever its size: the page with its reviews' candidates, its count, and
// the documents of their songs.
const reviewPageStatements = 5

// TestReviewPageStatements: a page of the queue, with the documents of its
// songs, takes reviewPageStatements statements in each order, first and
// after a cursor, whether it lists one review or the most a page lists
// (the songs of several candidates among them, canonical and merged,
// logged and not): a statement a review, or a song, would show as a count
// that grows with the page.
func TestReviewPageStatements(t *testing.T) {
	db := openCounted(t)
	ctx := context.Background()
	fillForPlans(t, db.SQL())
	if _, err := db.SQL().Exec(`INSERT INTO review_candidates (review_id, candidate_song_id, score)
		SELECT id, song_id + 1, score FROM reviews WHERE id % 3 = 0
		UNION ALL SELECT id, song_id + 3, score / 2 FROM reviews WHERE id % 3 = 0`); err != nil {
		t.Fatal(err)
	}
	for _, sort := range []dedup.ReviewSort{dedup.ReviewSortScore, dedup.ReviewSortPlays, dedup.ReviewSortOldest} {
		for _, limit := range []int{1, dedup.DefaultReviewLimit, dedup.MaxReviewLimit} {
			q := dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Limit: limit}
			for _, page := range []string{"first", "after a cursor"} {
				before := sessionCounter(t, db, "Questions")
				got, err := db.Reviews(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				n := sessionCounter(t, db, "Questions") - before - 1
				if len(got.Items) != limit || got.NextCursor == "" {
					t.Fatalf("%s, %s page of %d: %d reviews, cursor %q", sort, page, limit, len(got.Items), got.NextCursor)
				}
				if n != reviewPageStatements {
					t.Errorf("%s, %s page of %d reviews: %d statements, want %d", sort, page, limit, n, reviewPageStatements)
				}
				q.Cursor = got.NextCursor
			}
		}
	}
	before := sessionCounter(t, db, "Questions")
	if _, err := db.Review(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if n := sessionCounter(t, db, "Questions") - before - 1; n != reviewStatements {
		t.Errorf("a review alone: %d statements, want %d", n, reviewStatements)
	}
}

// reviewStatements is how many statements a review alone takes: the
// review with its candidates, and the documents of its songs.
const reviewStatements = 4

// TestDocumentTotals: a song document's engagement totals and video count
// cover every video it owns, listed or not (a document lists at most 500),
// for canonical and merged songs, in SongDetail and in a review page's
// summaries alike; a song without engagement totals zero.
func TestDocumentTotals(t *testing.T) {
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	ctx := context.Background()
	for _, s := range []string{
		// Song 1 (canonical, song 5 merged into it) gets 600 more videos.
		`INSERT INTO videos (video_id, song_id, title, plays, likes, created_at)
		 SELECT CONCAT('tv', LPAD(id, 9, '0')), 1, 'more', id, id % 3, NOW(6) FROM songs WHERE id <= 600`,
		`UPDATE videos SET plays = song_id * 7, likes = song_id % 11 WHERE song_id IN (5, 6, 7)`,
		// Song 3 (canonical, nothing merged into it) has no video left.
		`DELETE FROM videos WHERE song_id = 3`,
		// The best two reviews of the queue name songs 5 and 1, 6 and 7.
		`INSERT INTO reviews (song_id, candidate_song_id, score, explanation, status, created_at)
		 VALUES (5, 1, 0.99, '{}', 'pending', NOW(6))`,
		`UPDATE reviews SET score = 0.991, status = 'pending' WHERE song_id = 6 AND candidate_song_id = 7`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	// The reference: a plain sum and count over the videos each document
	// owns.
	want := func(id int64) (plays, likes int64, videos int) {
		t.Helper()
		err := db.SQL().QueryRow(`SELECT COALESCE(SUM(v.plays), 0), COALESCE(SUM(v.likes), 0), COUNT(*) FROM videos v JOIN songs s ON s.id = v.song_id
			WHERE s.id = ? OR (s.merged_into = ? AND (SELECT merged_into FROM songs WHERE id = ?) IS NULL)`, id, id, id).Scan(&plays, &likes, &videos)
		if err != nil {
			t.Fatal(err)
		}
		return plays, likes, videos
	}
	page, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	inPage := map[int64]*dedup.Song{}
	for _, r := range page.Items {
		inPage[r.SongID] = r.Song
		for _, c := range r.Candidates {
			inPage[c.SongID] = c.Song
		}
	}
	for _, c := range []struct {
		name string
		id   int64
	}{
		{"canonical, more videos than a document lists", 1},
		{"merged away", 5},
		{"canonical, with engagement", 6},
		{"canonical, with engagement, merged into none", 7},
		{"no engagement", 2},
		{"no videos", 3},
	} {
		plays, likes, videos := want(c.id)
		if (c.id != 2 && c.id != 3 && plays == 0) || (c.id == 3) != (videos == 0) {
			t.Fatalf("%s: song %d has %d plays, %d videos: the fixture misses the case", c.name, c.id, plays, videos)
		}
		got, err := db.SongDetail(ctx, c.id)
		if err != nil {
			t.Fatal(err)
		}
		if got.Plays != plays || got.Likes != likes || got.VideoCount != videos {
			t.Errorf("%s: SongDetail(%d) totals %d plays, %d likes, %d videos; want %d, %d, %d",
				c.name, c.id, got.Plays, got.Likes, got.VideoCount, plays, likes, videos)
		}
		if c.id == 1 && len(got.Videos) >= 602 {
			t.Errorf("%s: %d videos listed: the document's limit did not apply", c.name, len(got.Videos))
		}
		if c.id != 1 && len(got.Videos) != videos {
			t.Errorf("%s: SongDetail(%d) lists %d videos, want %d", c.name, c.id, len(got.Videos), videos)
		}
		if got.ID != c.id || got.Track == "" {
			t.Errorf("%s: SongDetail(%d) is song %d, track %q", c.name, c.id, got.ID, got.Track)
		}
		if doc, ok := inPage[c.id]; ok && (doc.Plays != plays || doc.Likes != likes || doc.VideoCount != videos) {
			t.Errorf("%s: the review page's song %d totals %d plays, %d likes, %d videos; want %d, %d, %d",
				c.name, c.id, doc.Plays, doc.Likes, doc.VideoCount, plays, likes, videos)
		}
		// Read alone, song 1 has more videos than the statement of a
		// page's videos reads for one song, which then reads them
		// numbered.
		alone, err := db.ReviewSongDocs(ctx, []int64{c.id})
		if err != nil {
			t.Fatal(err)
		}
		if doc := alone[c.id]; doc.Plays != plays || doc.Likes != likes || doc.VideoCount != videos || len(doc.Videos) != min(videos, 500) {
			t.Errorf("%s: song %d read alone as a review page reads it totals %d plays, %d likes, %d videos, lists %d; want %d, %d, %d, %d",
				c.name, c.id, doc.Plays, doc.Likes, doc.VideoCount, len(doc.Videos), plays, likes, videos, min(videos, 500))
		}
	}
	if _, err := db.SongDetail(ctx, planSongs+1); !errors.Is(err, dedup.ErrNotFound) {
		t.Errorf("SongDetail(%d), no such song: %v, want not found", planSongs+1, err)
	}
	for _, id := range []int64{1, 5, 6, 7} {
		if inPage[id] == nil {
			t.Errorf("song %d is not in the review page: the fixture misses the case", id)
		}
	}
}

// TestDocumentVideoOrder: a song document lists its videos by upload, then
// by video ID, and a song with more videos than a document lists lists
// the first of them in that order, for canonical and merged songs.
func TestDocumentVideoOrder(t *testing.T) {
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	ctx := context.Background()
	for _, s := range []string{
		// Song 1 (canonical, song 5 merged into it) gets 600 more videos,
		// uploaded over seven seconds in an order their IDs do not follow,
		// many at one instant.
		`INSERT INTO videos (video_id, song_id, title, created_at)
		 SELECT CONCAT('ov', LPAD(id, 9, '0')), 1, 'more', TIMESTAMPADD(SECOND, -(id * 3 % 7), '2026-12-06 08:00:00.5') FROM songs WHERE id <= 600`,
		// Song 6 (canonical) gets 20, a microsecond apart or at one instant.
		`INSERT INTO videos (video_id, song_id, title, created_at)
		 SELECT CONCAT('ow', LPAD(id, 9, '0')), 6, 'more', TIMESTAMPADD(MICROSECOND, -(id * 5 % 3), '2026-12-06 08:00:00.5') FROM songs WHERE id <= 20`,
		// Song 5 (merged into 1) gets 3.
		`INSERT INTO videos (video_id, song_id, title, created_at)
		 SELECT CONCAT('ox', LPAD(id, 9, '0')), 5, 'more', TIMESTAMPADD(SECOND, -id, '2026-12-06 08:00:00.5') FROM songs WHERE id <= 3`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	for _, id := range []int64{1, 5, 6} {
		want, err := db.SQL().QueryContext(ctx, `SELECT v.video_id FROM videos v JOIN songs s ON s.id = v.song_id
			WHERE s.id = ? OR (s.merged_into = ? AND (SELECT merged_into FROM songs WHERE id = ?) IS NULL)
			ORDER BY v.created_at, v.video_id LIMIT 500`, id, id, id)
		if err != nil {
			t.Fatal(err)
		}
		var wantIDs []string
		for want.Next() {
			var v string
			if err := want.Scan(&v); err != nil {
				t.Fatal(err)
			}
			wantIDs = append(wantIDs, v)
		}
		want.Close()
		got, err := db.SongDetail(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		// A review page's documents, read with others and alone: song 1
		// alone has more videos than the statement of a page's videos
		// reads for one song, which then reads them numbered.
		read := map[string]dedup.Song{"SongDetail": got}
		for _, ids := range [][]int64{{id}, {1, 5, 6}} {
			docs, err := db.ReviewSongDocs(ctx, ids)
			if err != nil {
				t.Fatal(err)
			}
			read[fmt.Sprintf("a review page's documents of songs %v", ids)] = docs[id]
		}
		for how, got := range read {
			var gotIDs []string
			for _, v := range got.Videos {
				gotIDs = append(gotIDs, v.ID)
			}
			if len(wantIDs) < 4 || !reflect.DeepEqual(gotIDs, wantIDs) {
				t.Errorf("%s: song %d lists %d videos %v\nwant %d %v", how, id, len(gotIDs), gotIDs, len(wantIDs), wantIDs)
			}
		}
	}
}
