package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// bench holds the state shared by the phases.
type bench struct {
	cfg  config
	logf func(string, ...any)
	res  *results

	db       *store.DB
	recs     []recording
	subjects []score.Subject // catalogue songs, index = song ID - 1
	weights  score.Weigher
	gen      *generator
}

func (b *bench) close() {
	if b.db != nil {
		b.db.Close()
	}
}

// loadCatalog generates the catalogue, normalizes every song the way the
// service does, and bulk-loads it into a fresh bench database.
func (b *bench) loadCatalog(ctx context.Context) error {
	n := b.cfg.Songs
	g, rng := newGenerator(b.cfg.Seed, n, b.cfg.Profile)
	b.gen = g
	start := time.Now()
	b.recs = g.recordings(rng, n)
	type raw struct{ title, channel string }
	raws := make([]raw, n)
	for i, r := range b.recs {
		raws[i].title, raws[i].channel = g.render(rng, r)
	}
	b.logf("generated %d recordings (profile %s) in %s", n, b.cfg.Profile, time.Since(start).Round(time.Millisecond))
	b.titleSharing("catalogue", b.recs)

	start = time.Now()
	songs := make([]bulkSong, n)
	b.subjects = make([]score.Subject, n)
	parallel(n, func(i int) {
		in := title.Input{Title: raws[i].title, Channel: raws[i].channel}
		t := title.Normalize(in)
		song := dedup.SongFromTitle(in, t, 0)
		song.ID = int64(i + 1)
		song.SearchKey = searchkey.Key(t)
		songs[i] = bulkSong{Song: song, Videos: []dedup.Video{{
			ID: videoID('c', i), Title: raws[i].title, Channel: raws[i].channel,
			Plays: int64(i % 1000), Likes: int64(i % 100)}}}
		b.subjects[i] = score.Subject{Title: t}
	})
	normalizeTime := time.Since(start)
	b.logf("normalized %d titles in %s (%.0f titles/s)", n, normalizeTime.Round(time.Millisecond), float64(n)/normalizeTime.Seconds())
	b.weights = catalogueWeights(songs, b.subjects)

	if b.cfg.Reuse {
		db, err := store.Open(ctx, b.ddlDSN(), store.Options{MaxOpenConns: 64, Retrieval: b.cfg.Retrieval})
		if err == nil {
			var count int
			var last string
			db.SQL().QueryRowContext(ctx, "SELECT COUNT(*), COALESCE(MAX(title), '') FROM songs WHERE id = ?", n).Scan(&count, &last)
			var total int
			db.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM songs").Scan(&total)
			if total >= n && count == 1 && last == songs[n-1].Song.Source.Title {
				b.db = db
				b.logf("reusing the loaded bench database (%d songs)", n)
				b.res.set("songs", float64(n), fmt.Sprintf("%d (reused)", n))
				return nil
			}
			db.Close()
		}
	}
	if err := dropDatabase(ctx, b.cfg.DSN); err != nil {
		return err
	}
	db, err := store.Open(ctx, b.ddlDSN(), store.Options{CreateDatabase: true, MaxOpenConns: 64, Retrieval: b.cfg.Retrieval})
	if err != nil {
		return err
	}
	b.db = db
	b.ensureBufferPool(ctx, db.SQL())
	if err := db.MigrateUp(ctx); err != nil {
		return err
	}
	start = time.Now()
	if err := bulkLoad(ctx, db.SQL(), songs); err != nil {
		return err
	}
	load := time.Since(start)
	b.logf("loaded %d songs in %s", n, load.Round(time.Millisecond))
	b.res.set("songs", float64(n), fmt.Sprintf("%d", n))
	b.res.set("load_seconds", load.Seconds(), fmt.Sprintf("%.1f s (rows, statistics and FULLTEXT index)", load.Seconds()))
	b.res.set("load_rows_per_s", float64(n)/load.Seconds(), fmt.Sprintf("%.0f rows/s", float64(n)/load.Seconds()))
	return nil
}

// catalogueWeights builds the token weights the service would use on this
// catalogue: live document frequencies of each token's search term.
func catalogueWeights(songs []bulkSong, subjects []score.Subject) score.Weigher {
	termDF := map[string]int{}
	for _, s := range songs {
		for _, t := range strings.Fields(s.Song.SearchKey) {
			termDF[t]++
		}
	}
	tokenDF := map[string]int{}
	for _, s := range subjects {
		for _, toks := range [][]string{s.Title.ArtistTokens, s.Title.TrackTokens, s.Title.FeaturedTokens} {
			for _, tok := range toks {
				if _, ok := tokenDF[tok]; !ok {
					tokenDF[tok] = termDF[searchkey.Term(tok)]
				}
			}
		}
	}
	return score.NewWeights(len(songs), tokenDF, score.DefaultWeights())
}

// ddlDSN is the bench database's DSN with a read timeout long enough for
// building a FULLTEXT index over a million songs, which takes minutes on a
// slow machine (the store's default read timeout is 30 s).
func (b *bench) ddlDSN() string {
	mc, err := mysql.ParseDSN(b.cfg.DSN)
	if err != nil {
		return b.cfg.DSN
	}
	mc.ReadTimeout = time.Hour
	return mc.FormatDSN()
}

// ensureBufferPool raises InnoDB's buffer pool to 2 GiB when it is smaller
// (the stock 128 MiB does not hold a million songs and their FULLTEXT index,
// and the targets assume the working set is in memory).
func (b *bench) ensureBufferPool(ctx context.Context, db *sql.DB) {
	var size int64
	if err := db.QueryRowContext(ctx, "SELECT @@innodb_buffer_pool_size").Scan(&size); err != nil {
		return
	}
	const want = 2 << 30
	if size >= want {
		return
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf("SET GLOBAL innodb_buffer_pool_size = %d", want)); err != nil {
		b.logf("could not raise innodb_buffer_pool_size from %d MiB (%v); figures will include disk reads", size>>20, err)
		return
	}
	b.logf("raised innodb_buffer_pool_size from %d MiB to %d MiB", size>>20, want>>20)
}

func dropDatabase(ctx context.Context, dsn string) error {
	cfg, err := store.ParseDSN(dsn, "dsn")
	if err != nil {
		return err
	}
	name := cfg.DBName
	cfg.DBName = ""
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, "DROP DATABASE IF EXISTS `"+name+"`")
	return err
}

// parallel runs fn(0..n-1) on every core.
func parallel(n int, fn func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				fn(i)
			}
		}(w)
	}
	wg.Wait()
}

// query is one retrieval query: a new upload of a catalogue recording.
type query struct {
	category string // typical, common_words, short
	rec      int
	in       title.Input
	subject  score.Subject
	best     float64 // brute-force best score over the catalogue
}

// queries draws planted duplicates: new uploads of catalogue recordings,
// mostly at random, plus recordings whose track is made only of common words
// and recordings with very short tracks, the two hard cases for FULLTEXT.
func (b *bench) queries() []query {
	rng := rand.New(rand.NewPCG(b.cfg.Seed+1, 99))
	var common, short []int
	for i, s := range b.subjects {
		toks := s.Title.TrackTokens
		if len(toks) == 0 {
			continue
		}
		if len(toks) <= 2 && len(strings.Join(toks, "")) <= 3 {
			short = append(short, i)
		}
		allCommon := true
		for _, tok := range toks {
			if b.weights.Weight(tok) > 0.5 {
				allCommon = false
			}
		}
		if allCommon {
			common = append(common, i)
		}
	}
	qs := make([]query, 0, b.cfg.Queries)
	for len(qs) < b.cfg.Queries {
		q := query{category: "typical", rec: rng.IntN(len(b.recs))}
		switch k := len(qs) % 10; {
		case k == 8 && len(common) > 0:
			q.category, q.rec = "common_words", common[rng.IntN(len(common))]
		case k == 9 && len(short) > 0:
			q.category, q.rec = "short", short[rng.IntN(len(short))]
		}
		q.in.Title, q.in.Channel = b.gen.render(rng, b.recs[q.rec])
		q.subject = score.Subject{Title: title.Normalize(q.in)}
		qs = append(qs, q)
	}
	return qs
}

// bruteForce scores every catalogue song against every query with the
// service's own similarity and keeps the best score.
func (b *bench) bruteForce(qs []query) {
	if b.cfg.NoBrute {
		for i := range qs {
			qs[i].best = 2 // nothing reaches it: recall is not measured
		}
		return
	}
	// The reference depends only on the generated catalogue (its profile,
	// size and seed), the queries and the similarity: it is kept beside the
	// binary (delete it after changing the similarity).
	cache := fmt.Sprintf("%s.brute-%s-%d-%d-%d.json", b.cfg.Binary, b.cfg.Profile, b.cfg.Songs, len(qs), b.cfg.Seed)
	var cached []float64
	if raw, err := os.ReadFile(cache); err == nil && json.Unmarshal(raw, &cached) == nil && len(cached) == len(qs) {
		for i := range qs {
			qs[i].best = cached[i]
		}
		b.logf("brute force: reused %s", cache)
		return
	}
	defer func() {
		best := make([]float64, len(qs))
		for i := range qs {
			best[i] = qs[i].best
		}
		raw, _ := json.Marshal(best)
		os.WriteFile(cache, raw, 0o644)
	}()
	start := time.Now()
	parallel(len(qs), func(i int) {
		m := score.NewMatcher(qs[i].subject, b.weights)
		best := 0.0
		for j := range b.subjects {
			if s := m.Score(&b.subjects[j]); s > best {
				best = s
			}
		}
		qs[i].best = best
	})
	b.logf("brute force: %d queries x %d songs in %s", len(qs), len(b.subjects), time.Since(start).Round(time.Millisecond))
}

// hit reports whether the retrieved songs include a best-scoring one.
func (b *bench) hit(q query, ids []int64) bool {
	for _, id := range ids {
		if id < 1 || int(id) > len(b.subjects) {
			continue
		}
		if score.Compare(q.subject, b.subjects[id-1], b.weights).Score >= q.best-1e-9 {
			return true
		}
	}
	return false
}

// latencies summarizes durations.
type latencies []time.Duration

func (l latencies) pct(p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := append(latencies(nil), l...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(p*float64(len(s))+0.5) - 1
	return s[max(0, min(i, len(s)-1))]
}

func (b *bench) measureRetrieval(ctx context.Context) error {
	qs := b.queries()
	b.bruteForce(qs)

	// Warm up the caches the way a running service has them.
	for _, q := range qs[:min(len(qs), 20)] {
		if _, err := b.db.Candidates(ctx, []dedup.CandidateQuery{{Title: q.subject.Title, Limit: 30}}); err != nil {
			return err
		}
	}
	svc := dedup.NewService(dedup.Stores{Submit: b.db}, dedup.ServiceOptions{})
	retrieve := func(q query) ([]int64, error) {
		cands, _, err := svc.Retrieve(ctx, q.subject, 0)
		ids := make([]int64, len(cands))
		for i, c := range cands {
			ids[i] = c.SongID
		}
		return ids, err
	}
	lat, hits, byCat, err := b.runQueries(ctx, qs, retrieve)
	if err != nil {
		return err
	}
	qps, err := b.concurrentQPS(ctx, qs, 8, retrieve)
	if err != nil {
		return err
	}
	recall := float64(hits) / float64(len(qs))
	b.res.set("retrieval_p50_ms", ms(lat.pct(0.50)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.50))))
	b.res.set("retrieval_p95_ms", ms(lat.pct(0.95)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.95))))
	b.res.set("retrieval_p99_ms", ms(lat.pct(0.99)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.99))))
	b.res.set("retrieval_qps_c1", float64(len(lat))/sumDur(lat).Seconds(), fmt.Sprintf("%.0f q/s", float64(len(lat))/sumDur(lat).Seconds()))
	b.res.set("retrieval_qps_c8", qps, fmt.Sprintf("%.0f q/s", qps))
	if !b.cfg.NoBrute {
		b.res.set("retrieval_recall_at_10", recall, fmt.Sprintf("%.4f (%d/%d queries; brute force over every song)", recall, hits, len(qs)))
	}
	for _, cat := range []string{"typical", "common_words", "short"} {
		c := byCat[cat]
		if c.n == 0 {
			continue
		}
		b.res.set("retrieval_"+cat+"_p99_ms", ms(c.lat.pct(0.99)), fmt.Sprintf("%.2f ms (%d queries)", ms(c.lat.pct(0.99)), c.n))
		if !b.cfg.NoBrute {
			b.res.set("retrieval_"+cat+"_recall_at_10", float64(c.hits)/float64(c.n), fmt.Sprintf("%.4f", float64(c.hits)/float64(c.n)))
		}
	}

	// The reference: a plain natural-language MATCH over the raw title, on
	// a subset because each query costs up to seconds.
	b.logf("building a FULLTEXT index on the raw title for the reference query")
	if _, err := b.db.SQL().ExecContext(ctx, "ALTER TABLE songs ADD FULLTEXT INDEX bench_raw_title (title)"); err != nil {
		return fmt.Errorf("raw-title index: %w", err)
	}
	raw := qs[:min(len(qs), 60)]
	rawLat, rawHits, _, err := b.runQueries(ctx, raw, func(q query) ([]int64, error) {
		return queryIDs(ctx, b.db.SQL(), `SELECT id FROM songs WHERE MATCH(title) AGAINST(? IN NATURAL LANGUAGE MODE)
			ORDER BY MATCH(title) AGAINST(? IN NATURAL LANGUAGE MODE) DESC LIMIT 10`, q.in.Title, q.in.Title)
	})
	if err != nil {
		return err
	}
	rawRecall := float64(rawHits) / float64(len(raw))
	b.res.set("raw_match_p50_ms", ms(rawLat.pct(0.50)), fmt.Sprintf("%.1f ms", ms(rawLat.pct(0.50))))
	b.res.set("raw_match_p99_ms", ms(rawLat.pct(0.99)), fmt.Sprintf("%.1f ms", ms(rawLat.pct(0.99))))
	if !b.cfg.NoBrute {
		b.res.set("raw_match_recall_at_10", rawRecall, fmt.Sprintf("%.4f (%d/%d queries)", rawRecall, rawHits, len(raw)))
	}
	ratio := ms(rawLat.pct(0.99)) / ms(lat.pct(0.99))
	b.res.set("retrieval_speedup_p99", ratio, fmt.Sprintf("%.0fx faster at p99 than raw MATCH (same run)", ratio))
	if _, err := b.db.SQL().ExecContext(ctx, "ALTER TABLE songs DROP INDEX bench_raw_title"); err != nil {
		return fmt.Errorf("dropping raw-title index: %w", err)
	}
	return nil
}

type catStats struct {
	n, hits int
	lat     latencies
}

func (b *bench) runQueries(ctx context.Context, qs []query, retrieve func(query) ([]int64, error)) (latencies, int, map[string]*catStats, error) {
	var lat latencies
	hits := 0
	byCat := map[string]*catStats{}
	for _, q := range qs {
		start := time.Now()
		ids, err := retrieve(q)
		d := time.Since(start)
		if err != nil {
			return nil, 0, nil, err
		}
		lat = append(lat, d)
		if b.cfg.Debug && d > 15*time.Millisecond {
			b.logf("SLOW %s [%s] %q terms %v", d.Round(100*time.Microsecond), q.category, q.in.Title, searchkey.Terms(q.subject.Title))
		}
		c := byCat[q.category]
		if c == nil {
			c = &catStats{}
			byCat[q.category] = c
		}
		c.n++
		c.lat = append(c.lat, d)
		if b.hit(q, ids) {
			hits++
			c.hits++
		} else if b.cfg.Debug && !b.cfg.NoBrute {
			b.explainMiss(q, ids)
		}
	}
	return lat, hits, byCat, nil
}

func (b *bench) concurrentQPS(ctx context.Context, qs []query, workers int, retrieve func(query) ([]int64, error)) (float64, error) {
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	start := time.Now()
	total := len(qs) * 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < total; i += workers {
				if _, err := retrieve(qs[i%len(qs)]); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return 0, err
	}
	return float64(total) / time.Since(start).Seconds(), nil
}

func sumDur(l latencies) time.Duration {
	var s time.Duration
	for _, d := range l {
		s += d
	}
	return s
}

func queryIDs(ctx context.Context, db *sql.DB, q string, args ...any) ([]int64, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// explainMiss prints a retrieval miss (BENCH_DEBUG=1).
func (b *bench) explainMiss(q query, ids []int64) {
	best := -1
	for j := range b.subjects {
		if score.Compare(q.subject, b.subjects[j], b.weights).Score >= q.best-1e-9 {
			best = j
			break
		}
	}
	terms := searchkey.Terms(q.subject.Title)
	b.logf("MISS [%s] %q (channel %q) -> artists %v track %q terms %v", q.category, q.in.Title, q.in.Channel, q.subject.Title.Artists, q.subject.Title.Track, terms)
	if best >= 0 {
		t := b.subjects[best].Title
		b.logf("   best %.3f: %q artists %v track %q key %q", q.best, t.Raw, t.Artists, t.Track, searchkey.Key(t))
	}
	for _, id := range ids {
		t := b.subjects[id-1].Title
		b.logf("   got %.3f: %q", score.Compare(q.subject, b.subjects[id-1], b.weights).Score, t.Raw)
	}
}
