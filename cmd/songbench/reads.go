package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
)

// The read endpoints: a song's document (its videos, totals and merge
// history), a video, and the curators' review queue, on a database a
// backfill left with merges and reviews.

// readSample is how many songs and videos the reads phase reads, each
// at least readRounds times one at a time and readRounds times among 16
// clients.
const readSample = 300

// readRounds is how many times the reads phase reads each song and video
// at each concurrency, at least.
const readRounds = 5

// readCell is how long the reads phase reads each kind at each
// concurrency, at least: the CPU of the server and of the database is
// counted in ticks of 10 ms, and 1,500 reads of a video at concurrency 16
// take a tenth of a second.
const readCell = 5 * time.Second

// sampleReads picks the songs and videos the reads phase reads: songs at
// random and those with the longest merge logs (the most work for a
// document), and videos at random.
func sampleReads(ctx context.Context, db *sql.DB) (songs []string, videos []string, err error) {
	for _, q := range []string{
		"SELECT id FROM songs WHERE id NOT IN (SELECT id FROM alias_rows) ORDER BY RAND() LIMIT ?",
		"SELECT into_song_id FROM merges GROUP BY into_song_id ORDER BY COUNT(*) DESC LIMIT ?",
	} {
		ids, err := queryStrings(ctx, db, q, readSample/2)
		if err != nil {
			return nil, nil, err
		}
		songs = append(songs, ids...)
	}
	videos, err = queryStrings(ctx, db, "SELECT video_id FROM videos ORDER BY RAND() LIMIT ?", readSample)
	return songs, videos, err
}

func queryStrings(ctx context.Context, db *sql.DB, q string, args ...any) ([]string, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// deepReviews bounds how far into the queue the deep page of the reads
// phase starts.
const deepReviews = 20_000

// reviewCursorAt follows the queue at first (a listing URL) by the largest
// pages until about depth reviews in, and returns the cursor there and how
// many reviews it skips ("" and 0 for an empty queue).
func reviewCursorAt(first string, depth int) (string, int, error) {
	cursor, skipped := "", 0
	for skipped < depth {
		u := first + "&limit=100"
		if cursor != "" {
			u += "&cursor=" + url.QueryEscape(cursor)
		}
		var page struct {
			Items      []json.RawMessage `json:"items"`
			NextCursor string            `json:"next_cursor"`
		}
		if err := getJSON(u, &page); err != nil {
			return "", 0, err
		}
		if page.NextCursor == "" {
			break
		}
		cursor, skipped = page.NextCursor, skipped+len(page.Items)
	}
	return cursor, skipped, nil
}

// getJSON reads one path of the API into v.
func getJSON(u string, v any) error {
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("Authorization", "Bearer "+benchKey)
	resp, err := benchClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d: %.200s", u, resp.StatusCode, raw)
	}
	return json.Unmarshal(raw, v)
}

// getOne reads one path of the API and times it; anything but 200 is an
// error.
func getOne(url string) (time.Duration, error) {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+benchKey)
	start := time.Now()
	resp, err := benchClient.Do(req)
	if err != nil {
		return 0, err
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if resp.StatusCode != http.StatusOK {
		return d, fmt.Errorf("GET %s: status %d: %.200s", url, resp.StatusCode, raw)
	}
	return d, nil
}

// getAll reads every url with clients at once and returns the latencies
// of the answers, and how many failed and the first failure.
func getAll(urls []string, clients int) (latencies, int, error) {
	var mu sync.Mutex
	var lat latencies
	var failed int
	var firstErr error
	work := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < clients; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range work {
				d, err := getOne(u)
				mu.Lock()
				if err != nil {
					failed++
					if firstErr == nil {
						firstErr = err
					}
				} else {
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		}()
	}
	for _, u := range urls {
		work <- u
	}
	close(work)
	wg.Wait()
	return lat, failed, firstErr
}

// measureReads measures GET /v1/songs/{id}, GET /v1/videos/{id} and GET
// /v1/reviews (each order, its first page and a deep one) at concurrency 1
// and 16 (the queue at 1) on the database dsn names.
func (b *bench) measureReads(ctx context.Context, dsn string) error {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	songs, videos, err := sampleReads(ctx, db)
	if err != nil {
		return fmt.Errorf("sampling reads: %w", err)
	}
	var merges, pending int
	db.QueryRowContext(ctx, "SELECT COUNT(*) FROM merges").Scan(&merges)
	db.QueryRowContext(ctx, "SELECT COUNT(*) FROM reviews WHERE status = 'pending'").Scan(&pending)
	b.logf("reads: %d songs, %d videos sampled; %d merge log entries, %d pending reviews", len(songs), len(videos), merges, pending)
	srv, err := b.startServerOn(ctx, dsn)
	if err != nil {
		return err
	}
	defer srv.stop()
	paths := map[string][]string{}
	for _, id := range songs {
		paths["song"] = append(paths["song"], srv.base+"/v1/songs/"+id)
	}
	for _, id := range videos {
		paths["video"] = append(paths["video"], srv.base+"/v1/videos/"+id)
	}
	// A page of the queue holds both songs of each of its reviews: fewer
	// reads of it measure it as well. Each order is read at its first page
	// and at a deep one, halfway down the queue (at most deepReviews in).
	var reviewPages []string
	for _, order := range []string{"score", "plays", "oldest"} {
		first := srv.base + "/v1/reviews?sort=" + order
		cursor, depth, err := reviewCursorAt(first, min(pending/2, deepReviews))
		if err != nil {
			return fmt.Errorf("walking the review queue by %s: %w", order, err)
		}
		b.logf("reads: the deep page by %s starts %d reviews in", order, depth)
		for page, u := range map[string]string{"first": first, "deep": first + "&cursor=" + url.QueryEscape(cursor)} {
			name := "reviews_" + order + "_" + page
			reviewPages = append(reviewPages, name)
			for i := 0; i < readSample/6; i++ {
				paths[name] = append(paths[name], u)
			}
		}
	}
	slices.Sort(reviewPages)
	dbServer := localDatabase(ctx, dsn)
	defer dbServer.close()
	for _, name := range append([]string{"song", "video"}, reviewPages...) {
		concurrency := []int{1, 16}
		if strings.HasPrefix(name, "reviews") {
			concurrency = concurrency[:1] // a queue has a few curators
		}
		urls := paths[name]
		minPasses := 1
		if !strings.HasPrefix(name, "reviews") {
			// Each song and video is read readRounds times at least, so
			// that the p99 is of more than a fraction of a second.
			minPasses = readRounds
		}
		for _, clients := range concurrency {
			// The server opens the connections of a concurrency before
			// it is measured: a thread that begins to serve the bench
			// during a measure is not counted (it may have served another
			// connection before).
			getAll(urls[:min(len(urls), 4*clients)], clients)
			start, serverCPU, dbCPU, connCPU := time.Now(), cpuSeconds(srv.cmd.Process.Pid), dbServer.cpu(), dbServer.connectionCPU(ctx)
			var lat latencies
			var failed, reads int
			var err error
			for pass := 0; pass < minPasses || time.Since(start) < readCell; pass++ {
				l, f, e := getAll(urls, clients)
				lat, failed, reads = append(lat, l...), failed+f, reads+len(urls)
				if err == nil {
					err = e
				}
			}
			elapsed := time.Since(start)
			figure := fmt.Sprintf("read_%s_%%s_c%d", name, clients)
			b.readRates(figure, reads, elapsed, cpuSeconds(srv.cmd.Process.Pid)-serverCPU, dbServer.cpu()-dbCPU)
			if connCPU != nil {
				per := dbServer.connectionCPUSince(ctx, connCPU) * 1000 / float64(reads)
				b.res.set(fmt.Sprintf(figure, "db_conn_cpu_ms"), per, fmt.Sprintf("%.3f ms CPU per read in the database's threads of the bench's connections", per))
			}
			if failed > 0 {
				// A read that timed out is a figure too (the server
				// answers 503 past --request-timeout).
				b.logf("reads of %s at concurrency %d: %d of %d failed, the first with %v", name, clients, failed, reads, err)
				b.res.set(fmt.Sprintf(figure, "failed"), float64(failed), fmt.Sprintf("%d of %d", failed, reads))
			}
			if len(lat) == 0 {
				continue
			}
			for _, p := range []struct {
				name string
				q    float64
			}{{"p50", 0.50}, {"p99", 0.99}} {
				v := ms(lat.pct(p.q))
				b.res.set(fmt.Sprintf("read_%s_%s_ms_c%d", name, p.name, clients), v, fmt.Sprintf("%.2f ms", v))
			}
		}
	}
	return nil
}

// readRates sets the throughput of n reads in elapsed, and the CPU each
// took in the server and in the database (when it runs on this machine):
// by Little's law, what latency the cores allow at a concurrency. name
// holds a %s for the figure.
func (b *bench) readRates(name string, n int, elapsed time.Duration, serverCPU, dbCPU float64) {
	if n == 0 || elapsed <= 0 {
		return
	}
	rps := float64(n) / elapsed.Seconds()
	b.res.set(fmt.Sprintf(name, "rps"), rps, fmt.Sprintf("%.0f reads/s", rps))
	per := func(cpu float64) float64 { return cpu * 1000 / float64(n) }
	b.res.set(fmt.Sprintf(name, "server_cpu_ms"), per(serverCPU), fmt.Sprintf("%.2f ms CPU per read in the server", per(serverCPU)))
	if dbCPU > 0 {
		b.res.set(fmt.Sprintf(name, "db_cpu_ms"), per(dbCPU), fmt.Sprintf("%.2f ms CPU per read in the database (same machine)", per(dbCPU)))
	}
}
