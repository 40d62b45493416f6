package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
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

	db      *store.DB
	cat     *catalogue
	recs    []recording     // cat.recs
	index   *catalogueIndex // the normalized catalogue's statistics
	weights score.Weigher
	gen     *generator
	// retrievals are judged against the brute force after the phases.
	retrievals []retrievalRun
}

func (b *bench) close() {
	if b.db != nil {
		b.db.Close()
	}
}

// loadCatalog generates the catalogue and bulk-loads it into a fresh bench
// database, streaming: chunk by chunk, each song normalized the way the
// service does, its rows inserted and its terms counted.
func (b *bench) loadCatalog(ctx context.Context) error {
	n := b.cfg.Songs
	start := time.Now()
	cat, err := newCatalogue(b.cfg.Seed, n, b.cfg.Profile)
	if err != nil {
		return err
	}
	b.cat, b.recs, b.gen = cat, cat.recs, cat.gen
	b.logf("generated %d recordings (profile %s) in %s", n, b.cfg.Profile, time.Since(start).Round(time.Millisecond))
	b.titleSharing("catalogue", b.recs)

	if b.cfg.Reuse {
		db, err := store.Open(ctx, b.ddlDSN(), store.Options{MaxOpenConns: 64, Retrieval: b.cfg.Retrieval})
		if err == nil {
			var count int
			var last string
			db.SQL().QueryRowContext(ctx, "SELECT COUNT(*), COALESCE(MAX(title), '') FROM songs WHERE id = ?", n).Scan(&count, &last)
			var total int
			db.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM songs").Scan(&total)
			if total >= n && count == 1 {
				if err := b.indexCatalog(ctx, nil); err != nil {
					db.Close()
					return err
				}
				if last == b.index.lastTitle {
					b.db = db
					b.logf("reusing the loaded bench database (%d songs)", n)
					b.res.set("songs", float64(n), fmt.Sprintf("%d (reused)", n))
					return nil
				}
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
	loader, err := newBulkLoader(ctx, db.SQL())
	if err != nil {
		return err
	}
	if err := b.indexCatalog(ctx, loader); err != nil {
		return err
	}
	b.logf("building the term statistics and the FULLTEXT index")
	start = time.Now()
	if err := loader.finish(ctx); err != nil {
		return err
	}
	loader.took += time.Since(start)
	load := loader.took
	b.logf("loaded %d songs in %s (rows, statistics and index; normalizing aside)", n, load.Round(time.Millisecond))
	b.res.set("songs", float64(n), fmt.Sprintf("%d", n))
	b.res.set("load_seconds", load.Seconds(), fmt.Sprintf("%.1f s (rows, statistics and FULLTEXT index)", load.Seconds()))
	b.res.set("load_rows_per_s", float64(n)/load.Seconds(), fmt.Sprintf("%.0f rows/s", float64(n)/load.Seconds()))
	return nil
}

// indexCatalog passes over the catalogue once: it counts what the later
// phases need (b.index, b.weights) and, with a loader, inserts every song.
func (b *bench) indexCatalog(ctx context.Context, loader *bulkLoader) error {
	n := b.cfg.Songs
	x := newCatalogueIndex(n)
	start := time.Now()
	progress := b.progress("catalogue pass", n)
	err := b.cat.each(ctx, catalogueChunk, func(first int, songs []catalogueSong) error {
		x.add(songs)
		if loader != nil {
			rows := make([]bulkSong, len(songs))
			for i, s := range songs {
				song := dedup.SongFromTitle(s.In, s.Title, 0)
				song.ID = int64(first + i + 1)
				song.SearchKey = searchkey.Key(s.Title)
				rows[i] = bulkSong{Song: song, Videos: []dedup.Video{catalogueVideo(first+i, s.In)}}
			}
			t := time.Now()
			if err := loader.add(ctx, rows); err != nil {
				return err
			}
			loader.took += time.Since(t)
		}
		progress(first + len(songs))
		return nil
	})
	if err != nil {
		return err
	}
	b.index = x
	b.weights = x.weights()
	x.termDF, x.tokens = nil, nil // the weights hold what the phases need
	b.logf("normalized %d titles in one pass of %s (%.0f titles/s, loading included)", n, time.Since(start).Round(time.Millisecond), float64(n)/time.Since(start).Seconds())
	return nil
}

// catalogueVideo is the upload of catalogue song i (ID i+1).
func catalogueVideo(i int, in title.Input) dedup.Video {
	return dedup.Video{ID: videoID('c', i), Title: in.Title, Channel: in.Channel, Plays: int64(i % 1000), Likes: int64(i % 100)}
}

// progress returns a function that logs how far a pass over n songs got,
// every tenth of it, with the time it expects to take.
func (b *bench) progress(what string, n int) func(done int) {
	start, next := time.Now(), n/10
	return func(done int) {
		if done < next || done >= n {
			return
		}
		next += n / 10
		el := time.Since(start)
		b.logf("%s: %d of %d songs in %s, %s to go", what, done, n, el.Round(time.Second),
			(time.Duration(float64(el) * float64(n-done) / float64(done))).Round(time.Second))
	}
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

// ensureBufferPool raises InnoDB's buffer pool to BENCH_BUFFER_POOL_MB
// (2 GiB unless set) when it is smaller: the stock 128 MiB does not hold a
// million songs and their FULLTEXT index, and the targets assume the
// working set is in memory.
func (b *bench) ensureBufferPool(ctx context.Context, db *sql.DB) {
	var size int64
	if err := db.QueryRowContext(ctx, "SELECT @@innodb_buffer_pool_size").Scan(&size); err != nil {
		return
	}
	want := int64(b.cfg.BufferPoolMB) << 20
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
	// judged queries have a brute-force reference (the first
	// BENCH_BRUTE_QUERIES): best is their best score over the catalogue,
	// bestSong the first song of that score.
	judged   bool
	best     float64
	bestSong int64
}

// queries draws planted duplicates: new uploads of catalogue recordings,
// mostly at random, plus recordings whose track is made only of common words
// and recordings with very short tracks, the two hard cases for FULLTEXT.
func (b *bench) queries() []query {
	rng := rand.New(rand.NewPCG(b.cfg.Seed+1, 99))
	common, short := b.index.commonTracks(b.weights), b.index.short
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
		q.judged = len(qs) < b.cfg.BruteQueries && !b.cfg.NoBrute
		qs = append(qs, q)
	}
	return qs
}

// bruteForce scores every catalogue song against every judged query with
// the service's own similarity and keeps the best score. The catalogue is
// streamed again chunk by chunk; each core scores its share of a chunk.
func (b *bench) bruteForce(ctx context.Context, qs []query) error {
	judged := 0
	for _, q := range qs {
		if q.judged {
			judged++
		}
	}
	if judged == 0 {
		return nil
	}
	qs = qs[:judged]
	// The reference depends only on the generated catalogue (its profile,
	// size and seed), the queries and the similarity: it is kept beside the
	// binary (delete it after changing the similarity).
	cache := fmt.Sprintf("%s.brute-%s-%d-%d-%d.json", b.cfg.Binary, b.cfg.Profile, b.cfg.Songs, judged, b.cfg.Seed)
	var cached bruteReference
	if raw, err := os.ReadFile(cache); err == nil && json.Unmarshal(raw, &cached) == nil && len(cached.Best) == judged && len(cached.Songs) == judged {
		for i := range qs {
			qs[i].best, qs[i].bestSong = cached.Best[i], cached.Songs[i]
		}
		b.logf("brute force: reused %s", cache)
		return nil
	}
	start := time.Now()
	best, songs, err := bruteForce(ctx, b.cat, qs, b.weights, b.progress(fmt.Sprintf("brute force of %d queries", judged), b.cfg.Songs))
	if err != nil {
		return err
	}
	for i := range qs {
		qs[i].best, qs[i].bestSong = best[i], songs[i]
	}
	took := time.Since(start)
	b.logf("brute force: %d queries x %d songs in %s (%.2f µs a score)", judged, b.cfg.Songs, took.Round(time.Millisecond), took.Seconds()*1e6/float64(judged)/float64(b.cfg.Songs))
	b.res.set("brute_force_seconds", took.Seconds(), fmt.Sprintf("%.0f s (%d queries x %d songs)", took.Seconds(), judged, b.cfg.Songs))
	raw, _ := json.Marshal(bruteReference{Best: best, Songs: songs})
	if err := os.WriteFile(cache, raw, 0o644); err != nil {
		b.logf("brute force: not kept: %v", err)
	}
	return nil
}

// bruteReference is the brute force kept beside the binary: each judged
// query's best score and the first song of that score.
type bruteReference struct {
	Best  []float64 `json:"best"`
	Songs []int64   `json:"songs"`
}

// bruteForce returns each query's best score over the catalogue and the
// first song (ID) of that score.
func bruteForce(ctx context.Context, cat *catalogue, qs []query, w score.Weigher, progress func(done int)) ([]float64, []int64, error) {
	type share struct {
		matchers []*score.Matcher
		best     []float64
		song     []int64
	}
	shares := make([]share, runtime.GOMAXPROCS(0))
	for i := range shares {
		sh := &shares[i]
		for _, q := range qs {
			sh.matchers = append(sh.matchers, score.NewMatcher(q.subject, w))
		}
		sh.best, sh.song = make([]float64, len(qs)), make([]int64, len(qs))
	}
	err := cat.each(ctx, catalogueChunk, func(first int, songs []catalogueSong) error {
		var wg sync.WaitGroup
		for w := range shares {
			wg.Add(1)
			go func(sh *share) {
				defer wg.Done()
				for j := w; j < len(songs); j += len(shares) {
					sub := score.Subject{Title: songs[j].Title}
					for qi, m := range sh.matchers {
						if s := m.Score(&sub); s > sh.best[qi] {
							sh.best[qi], sh.song[qi] = s, int64(first+j+1)
						}
					}
				}
			}(&shares[w])
		}
		wg.Wait()
		progress(first + len(songs))
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	best, song := make([]float64, len(qs)), make([]int64, len(qs))
	for _, sh := range shares {
		for qi := range qs {
			if sh.best[qi] > best[qi] || (sh.best[qi] == best[qi] && sh.song[qi] != 0 && (song[qi] == 0 || sh.song[qi] < song[qi])) {
				best[qi], song[qi] = sh.best[qi], sh.song[qi]
			}
		}
	}
	return best, song, nil
}

// catalogueSubjects reads the uploads of catalogue songs back from the
// database and normalizes them: the subjects the brute force scored, by
// song ID. IDs past the catalogue (songs a submit phase added) are left out.
func (b *bench) catalogueSubjects(ctx context.Context, ids []int64) (map[int64]score.Subject, error) {
	songOf := map[string]int64{}
	var args []any
	for _, id := range ids {
		if id < 1 || int(id) > b.cfg.Songs {
			continue
		}
		v := videoID('c', int(id-1))
		songOf[v] = id
		args = append(args, v)
	}
	out := make(map[int64]score.Subject, len(args))
	if len(args) == 0 {
		return out, nil
	}
	rows, err := b.db.SQL().QueryContext(ctx, "SELECT video_id, title, channel FROM videos WHERE video_id IN (?"+strings.Repeat(",?", len(args)-1)+")", args...)
	if err != nil {
		return nil, fmt.Errorf("reading catalogue uploads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		var in title.Input
		if err := rows.Scan(&v, &in.Title, &in.Channel); err != nil {
			return nil, fmt.Errorf("reading catalogue uploads: %w", err)
		}
		out[songOf[v]] = score.Subject{Title: title.Normalize(in)}
	}
	return out, rows.Err()
}

// hit reports whether the retrieved songs include a best-scoring one.
func (b *bench) hit(ctx context.Context, q query, ids []int64) (bool, error) {
	subs, err := b.catalogueSubjects(ctx, ids)
	if err != nil {
		return false, err
	}
	for _, id := range ids {
		if sub, ok := subs[id]; ok && score.Compare(q.subject, sub, b.weights).Score >= q.best-1e-9 {
			return true, nil
		}
	}
	return false, nil
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

// retrievalRun is what one kind of retrieval returned for each query,
// judged against the brute force once the other phases are done
// (judgeRetrieval).
type retrievalRun struct {
	prefix string // of the recall figures
	qs     []query
	ids    [][]int64
	byCat  bool // figures by category of query too
}

func (b *bench) measureRetrieval(ctx context.Context) error {
	qs := b.queries()

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
	searches := b.db.Searches()
	lat, ids, err := b.runQueries(qs, retrieve)
	if err != nil {
		return err
	}
	searched := float64(b.db.Searches()-searches) / float64(len(qs))
	b.res.set("retrieval_fulltext_per_query", searched, fmt.Sprintf("%.3f (FULLTEXT searches per query; the others the exact lookup carried)", searched))
	if b.cfg.Debug {
		if err := b.explainSlowest(ctx, qs, lat); err != nil {
			return err
		}
	}
	b.retrievals = append(b.retrievals, retrievalRun{prefix: "retrieval", qs: qs, ids: ids, byCat: true})
	qps, err := b.concurrentQPS(ctx, qs, 8, retrieve)
	if err != nil {
		return err
	}
	b.res.set("retrieval_p50_ms", ms(lat.pct(0.50)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.50))))
	b.res.set("retrieval_p95_ms", ms(lat.pct(0.95)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.95))))
	b.res.set("retrieval_p99_ms", ms(lat.pct(0.99)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.99))))
	b.res.set("retrieval_qps_c1", float64(len(lat))/sumDur(lat).Seconds(), fmt.Sprintf("%.0f q/s", float64(len(lat))/sumDur(lat).Seconds()))
	b.res.set("retrieval_qps_c8", qps, fmt.Sprintf("%.0f q/s", qps))
	for _, cat := range []string{"typical", "common_words", "short"} {
		var cl latencies
		for i, q := range qs {
			if q.category == cat {
				cl = append(cl, lat[i])
			}
		}
		if len(cl) > 0 {
			b.res.set("retrieval_"+cat+"_p99_ms", ms(cl.pct(0.99)), fmt.Sprintf("%.2f ms (%d queries)", ms(cl.pct(0.99)), len(cl)))
		}
	}
	b.logf("retrieval: p50 %.2f ms, p99 %.2f ms over %d queries; %.0f q/s at concurrency 8", ms(lat.pct(0.50)), ms(lat.pct(0.99)), len(qs), qps)

	if b.cfg.NoRaw {
		return nil
	}
	// The reference: a plain natural-language MATCH over the raw title, on
	// a subset because each query costs up to seconds.
	b.logf("building a FULLTEXT index on the raw title for the reference query")
	if _, err := b.db.SQL().ExecContext(ctx, "ALTER TABLE songs ADD FULLTEXT INDEX bench_raw_title (title)"); err != nil {
		return fmt.Errorf("raw-title index: %w", err)
	}
	raw := qs[:min(len(qs), 60)]
	rawLat, rawIDs, err := b.runQueries(raw, func(q query) ([]int64, error) {
		return queryIDs(ctx, b.db.SQL(), `SELECT id FROM songs WHERE MATCH(title) AGAINST(? IN NATURAL LANGUAGE MODE)
			ORDER BY MATCH(title) AGAINST(? IN NATURAL LANGUAGE MODE) DESC LIMIT 10`, q.in.Title, q.in.Title)
	})
	if err != nil {
		return err
	}
	b.retrievals = append(b.retrievals, retrievalRun{prefix: "raw_match", qs: raw, ids: rawIDs})
	b.res.set("raw_match_p50_ms", ms(rawLat.pct(0.50)), fmt.Sprintf("%.1f ms", ms(rawLat.pct(0.50))))
	b.res.set("raw_match_p99_ms", ms(rawLat.pct(0.99)), fmt.Sprintf("%.1f ms", ms(rawLat.pct(0.99))))
	ratio := ms(rawLat.pct(0.99)) / ms(lat.pct(0.99))
	b.res.set("retrieval_speedup_p99", ratio, fmt.Sprintf("%.0fx faster at p99 than raw MATCH (same run)", ratio))
	if _, err := b.db.SQL().ExecContext(ctx, "ALTER TABLE songs DROP INDEX bench_raw_title"); err != nil {
		return fmt.Errorf("dropping raw-title index: %w", err)
	}
	return nil
}

// judgeRetrieval computes the brute-force reference of the judged queries
// and the recall of each retrieval measured. It runs after the other
// phases: at ten million songs the reference takes the longest.
func (b *bench) judgeRetrieval(ctx context.Context) error {
	if len(b.retrievals) == 0 {
		return nil
	}
	qs := b.retrievals[0].qs // every run's queries are its first ones
	if err := b.bruteForce(ctx, qs); err != nil {
		return err
	}
	for _, r := range b.retrievals {
		type hits struct{ n, hits int }
		all, byCat := hits{}, map[string]*hits{}
		for i := range r.ids {
			q := qs[i]
			if !q.judged {
				continue
			}
			c := byCat[q.category]
			if c == nil {
				c = &hits{}
				byCat[q.category] = c
			}
			all.n++
			c.n++
			hit, err := b.hit(ctx, q, r.ids[i])
			if err != nil {
				return err
			}
			if hit {
				all.hits++
				c.hits++
			} else if b.cfg.Debug {
				if err := b.explainMiss(ctx, q, r.ids[i]); err != nil {
					return err
				}
			}
		}
		if all.n == 0 {
			continue
		}
		recall := float64(all.hits) / float64(all.n)
		b.res.set(r.prefix+"_recall_at_10", recall, fmt.Sprintf("%.4f (%d/%d queries; brute force over every song)", recall, all.hits, all.n))
		if !r.byCat {
			continue
		}
		for _, cat := range []string{"typical", "common_words", "short"} {
			if c := byCat[cat]; c != nil {
				b.res.set(r.prefix+"_"+cat+"_recall_at_10", float64(c.hits)/float64(c.n), fmt.Sprintf("%.4f (%d/%d)", float64(c.hits)/float64(c.n), c.hits, c.n))
			}
		}
	}
	return nil
}

// runQueries retrieves for each query in turn, timing each.
func (b *bench) runQueries(qs []query, retrieve func(query) ([]int64, error)) (latencies, [][]int64, error) {
	lat := make(latencies, len(qs))
	ids := make([][]int64, len(qs))
	for i, q := range qs {
		start := time.Now()
		got, err := retrieve(q)
		lat[i] = time.Since(start)
		if err != nil {
			return nil, nil, err
		}
		ids[i] = got
	}
	return lat, ids, nil
}

// explainSlowest prints the slowest of the queries (BENCH_DEBUG=1), the
// one percent that make the p99 and at least three, each with the terms
// its plan reads and their document frequencies; and, over every query,
// the songs the plan's terms hold (what its FULLTEXT search reads and
// sorts), a measure of the search's cost that the machine's load does not
// blur.
func (b *bench) explainSlowest(ctx context.Context, qs []query, lat latencies) error {
	budget := b.cfg.Retrieval.PostingBudget
	if budget == 0 {
		budget = store.DefaultPostingBudget
	}
	plans := make([][]string, len(qs))
	dfs := make([]map[string]int, len(qs))
	hits := make([]int, len(qs))
	for i, q := range qs {
		terms := searchkey.Terms(q.subject.Title)
		df, err := b.db.TermFrequencies(ctx, terms, false)
		if err != nil {
			return err
		}
		plans[i], dfs[i] = searchkey.PlanQuery(terms, df, budget, 6), df
		for _, term := range plans[i] {
			hits[i] += df[term]
		}
	}
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return lat[order[i]] > lat[order[j]] })
	for _, i := range order[:min(len(order), max(3, len(order)/100))] {
		t := qs[i].subject.Title
		described := make([]string, len(plans[i]))
		for k, term := range plans[i] {
			described[k] = fmt.Sprintf("%s:%d", term, dfs[i][term])
		}
		b.logf("SLOW %s [%s] %q (channel %q) artists %v (%s) track %q; plan %v", lat[i].Round(10*time.Microsecond), qs[i].category,
			qs[i].in.Title, qs[i].in.Channel, t.Artists, t.ArtistSource, t.Track, described)
	}
	slices.Sort(hits)
	at := func(p float64) int { return hits[max(0, min(len(hits)-1, int(p*float64(len(hits))+0.5)-1))] }
	b.logf("songs the plans' terms hold, over %d queries: p50 %d, p95 %d, p99 %d, max %d", len(hits), at(0.50), at(0.95), at(0.99), hits[len(hits)-1])
	return nil
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
func (b *bench) explainMiss(ctx context.Context, q query, ids []int64) error {
	subs, err := b.catalogueSubjects(ctx, append([]int64{q.bestSong}, ids...))
	if err != nil {
		return err
	}
	terms := searchkey.Terms(q.subject.Title)
	b.logf("MISS [%s] %q (channel %q) -> artists %v track %q terms %v", q.category, q.in.Title, q.in.Channel, q.subject.Title.Artists, q.subject.Title.Track, terms)
	if best, ok := subs[q.bestSong]; ok {
		t := best.Title
		b.logf("   best %.3f: %q artists %v track %q key %q", q.best, t.Raw, t.Artists, t.Track, searchkey.Key(t))
	}
	for _, id := range ids {
		if sub, ok := subs[id]; ok {
			b.logf("   got %.3f: %q", score.Compare(q.subject, sub, b.weights).Score, sub.Title.Raw)
		}
	}
	return nil
}
