package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// fillForPages writes a catalogue of songs songs as a backfill leaves
// one, for the reads of the review queue: one song in five merged into the
// song three before it; a video a song, and five more for one song in ten;
// the merge log entries of the merged songs and of one video in three,
// each with an explanation of some 1.2 kB, as a decision writes; a review
// of two candidates (also 1.2 kB of explanation) for one song in five, the
// candidates the songs one and seven after it, one review in seven
// decided.
func fillForPages(tb testing.TB, db *sql.DB, songs int) {
	tb.Helper()
	digits := "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	seq := fmt.Sprintf("(SELECT a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d AS n FROM %s a, %s b, %s c, %s e, %s f, %s g WHERE a.d + 10*b.d + 100*c.d + 1000*e.d + 10000*f.d + 100000*g.d < %d)",
		digits, digits, digits, digits, digits, digits, songs)
	expl := `CONCAT('{"rule":"near_miss","why":"', REPEAT('words of a decision ', 60), '"}')`
	stmts := []string{
		`INSERT INTO songs (id, title, track, search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at)
		 SELECT n+1, CONCAT('title ', n), CONCAT('track ', n), CONCAT('k', n), n, n, IF(n % 5 = 4, n - 3, NULL), 1, NOW(6), NOW(6) FROM ` + seq + ` x`,
		`INSERT INTO videos (video_id, song_id, title, channel, plays, likes, created_at)
		 SELECT CONCAT('pv', LPAD(id, 9, '0')), id, CONCAT(title, ' (Official Video)'), 'a channel', id % 1000, id % 10, NOW(6) FROM songs`,
		`INSERT INTO videos (video_id, song_id, title, channel, plays, likes, created_at)
		 SELECT CONCAT('x', k.d, LPAD(s.id, 9, '0')), s.id, CONCAT(s.title, ' [Lyrics]'), 'another channel', k.d, 0, NOW(6)
		 FROM songs s, ` + digits + ` k WHERE s.id % 10 = 0 AND k.d < 5`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, score, decided_by, explanation, created_at)
		 SELECT 'song', id, merged_into, merged_into, 0.9, 'test', ` + expl + `, NOW(6) FROM songs WHERE merged_into IS NOT NULL`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, explanation, created_at)
		 SELECT 'video', id, COALESCE(merged_into, id), COALESCE(merged_into, id), CONCAT('pv', LPAD(id, 9, '0')), 0.9, 'test', ` + expl + `, NOW(6)
		 FROM songs WHERE id % 3 = 0`,
		`INSERT INTO logged_songs (song_id) SELECT song_id FROM merges UNION SELECT into_song_id FROM merges`,
		`INSERT INTO reviews (song_id, candidate_song_id, score, plays, reason, explanation, status, created_at)
		 SELECT id, id + 1, (id % 100) / 100, id * 7 % 1000, ELT(1 + id % 3, 'near_miss', 'ambiguous', 'no_auto_merge'), ` + expl + `,
		 IF(id % 7 = 0, 'approved', 'pending'), NOW(6) FROM songs WHERE id % 5 = 1 AND id + 7 <= ` + fmt.Sprint(songs),
		`INSERT INTO review_candidates (review_id, candidate_song_id, score)
		 SELECT id, candidate_song_id, score FROM reviews UNION ALL SELECT id, song_id + 7, score / 2 FROM reviews`,
		`INSERT INTO review_counts (status, reason, shard, n) SELECT status, reason, 0, COUNT(*) FROM reviews GROUP BY status, reason`,
		`ANALYZE TABLE songs, videos, merges, logged_songs, reviews, review_candidates, review_counts`,
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			tb.Fatalf("%s: %v", s, err)
		}
	}
}

// pageSongsCount is the catalogue BenchmarkReviewPages reads: its
// reviews are one in five of its songs.
const pageSongsCount = 100_000

// BenchmarkReviewPages reads pages of 20 pending reviews (the API's
// default) in each order, the first and one halfway down the queue, with
// the documents of their songs, on a catalogue of pageSongsCount songs
// (fillForPages: 20,000 reviews of three songs each), and reports the
// statements a page sends (stmts/op), the CPU a page costs the process
// (cpu-us/op) and the database server's threads of the benchmark's
// connections (db-cpu-us/op, when the server runs on this machine).
func BenchmarkReviewPages(b *testing.B) {
	db, d := openMigrated(b)
	fillForPages(b, db.SQL(), pageSongsCount)
	counted, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, MaxOpenConns: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer counted.Close()
	ctx := context.Background()
	server, err := d.ServerThreads(ctx)
	local := err == nil
	var pending int
	if err := db.SQL().QueryRow("SELECT COUNT(*) FROM reviews WHERE status = 'pending'").Scan(&pending); err != nil {
		b.Fatal(err)
	}
	for _, sort := range []dedup.ReviewSort{dedup.ReviewSortScore, dedup.ReviewSortPlays, dedup.ReviewSortOldest} {
		for _, depth := range []string{"first", "deep"} {
			q := dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Limit: dedup.DefaultReviewLimit}
			if depth == "deep" {
				q.Cursor = middleCursor(b, db.SQL(), sort, pending/2)
			}
			b.Run(string(sort)+"/"+depth, func(b *testing.B) {
				before := sessionCounter(b, counted, "Questions")
				if _, err := counted.Reviews(ctx, q); err != nil {
					b.Fatal(err)
				}
				stmts := sessionCounter(b, counted, "Questions") - before - 1
				var threads map[int]float64
				if local {
					threads = server.Threads(ctx)
				}
				cpu := processCPU(b)
				for b.Loop() {
					page, err := db.Reviews(ctx, q)
					if err != nil || len(page.Items) != q.Limit {
						b.Fatalf("%d reviews, %v", len(page.Items), err)
					}
				}
				b.ReportMetric(float64(stmts), "stmts/op")
				b.ReportMetric((processCPU(b)-cpu)*1e6/float64(b.N), "cpu-us/op")
				if local {
					b.ReportMetric(server.Since(ctx, threads)*1e6/float64(b.N), "db-cpu-us/op")
				}
			})
		}
	}
}

// middleCursor is the cursor of a page of the pending reviews in order
// sort that starts skip reviews down the queue.
func middleCursor(tb testing.TB, db *sql.DB, sort dedup.ReviewSort, skip int) string {
	tb.Helper()
	column := map[dedup.ReviewSort]string{dedup.ReviewSortScore: "score", dedup.ReviewSortPlays: "plays", dedup.ReviewSortOldest: "0"}[sort]
	order := column + " DESC, id DESC"
	if sort == dedup.ReviewSortOldest {
		order = "id"
	}
	var key float64
	var id int64
	if err := db.QueryRow("SELECT "+column+", id FROM reviews WHERE status = 'pending' ORDER BY "+order+" LIMIT 1 OFFSET ?", skip-1).Scan(&key, &id); err != nil {
		tb.Fatal(err)
	}
	return store.SortCursor(sort, key, id)
}
