package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// Retrieval. A plain natural-language MATCH over every word of a title costs
// InnoDB a score for every row holding any of the words, so one common word
// ("love", "the", "official") costs hundreds of milliseconds at a million
// songs. Instead:
//
//  1. the search key holds rare material besides single words: shingles of
//     adjacent track words (love_you), encoded so that short words and
//     stopwords are indexed too (see dedup.SearchKey);
//  2. the query uses only the rarest terms, by document frequency, taking
//     terms while their summed frequency stays within a posting budget;
//  3. an exact lookup on the indexed hash of (track, artists) finds the
//     same normalized song whatever its words cost.
//
// Document frequencies come from term_stats, kept in the same transaction
// as the songs, and are cached here for a short while.

// RetrievalOptions tune candidate retrieval.
type RetrievalOptions struct {
	// PostingBudget bounds the summed document frequency of the terms a
	// query uses (default 30): InnoDB reads every row a boolean query
	// matches before ranking, about 6.5 µs each (measured at a million
	// songs on 2 cores). At a million songs, budgets of 500, 250, 120 and
	// 60 gave recall@10 0.993, 0.997, 0.993 and 0.993 against brute force
	// (same catalogue, 300 queries): the misses are ranking misses; on a
	// later catalogue 60 and 30 both gave 1.000, p99 4.24 -> 2.80 ms, and
	// submits at concurrency 16 went 512, 433 -> 602, 615/s (runs
	// alternating; database CPU per submit 2.35, 2.76 -> 2.02, 1.96 ms).
	// Backfills: 100,000 rows 1,163 -> 1,219 rows/s from 120 to 60; 300,000
	// rows 1,651, 1,492 -> 1,587, 1,956 from 60 to 30, pairwise
	// precision/recall 0.9943/0.9825 -> 0.9949/0.9824.
	PostingBudget int
	// MaxPostings skips the FULLTEXT query when even the rarest term is
	// this common (default 1500): the exact lookups then carry the query.
	MaxPostings int
	// MaxTerms bounds the known terms of one query (default 6; with at
	// most two terms no song has, 8 before: 100,000 rows into a freshly
	// loaded million-song catalogue went 1,778 and 1,874 -> 1,880 and
	// 1,949 rows/s, alternating, precision and recall unchanged; retrieval
	// recall@10 1.000 both).
	MaxTerms int
	// StatsTTL is how long document frequencies are cached (default 30s).
	StatsTTL time.Duration
}

func (o RetrievalOptions) withDefaults() RetrievalOptions {
	if o.PostingBudget <= 0 {
		o.PostingBudget = 30
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = 1500
	}
	if o.MaxTerms <= 0 {
		o.MaxTerms = 6
	}
	if o.StatsTTL <= 0 {
		o.StatsTTL = 30 * time.Second
	}
	return o
}

// dfCache caches document frequencies of terms.
type dfCache struct {
	mu      sync.Mutex
	entries map[string]dfEntry
	ttl     time.Duration
}

type dfEntry struct {
	df      int
	expires time.Time
}

// maxCachedTerms bounds the cache; it is emptied when full.
const maxCachedTerms = 500_000

// lookup returns the cached frequency of term; the caller holds c.mu.
func (c *dfCache) lookup(term string, now time.Time) (int, bool) {
	if e, ok := c.entries[term]; ok && now.Before(e.expires) {
		return e.df, true
	}
	return 0, false
}

func (c *dfCache) get(terms []string, now time.Time) (known map[string]int, missing []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	known = make(map[string]int, len(terms))
	for _, t := range terms {
		if df, ok := c.lookup(t, now); ok {
			known[t] = df
		} else {
			missing = append(missing, t)
		}
	}
	return known, missing
}

// peek returns the cached frequency of each term, expired or not, and
// unknown (a term not cached) for the ones it does not hold.
func (c *dfCache) peek(terms []string, unknown int) []int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]int, len(terms))
	for i, t := range terms {
		out[i] = unknown
		if e, ok := c.entries[t]; ok {
			out[i] = e.df
		}
	}
	return out
}

// put caches the frequencies of terms. Terms no song has yet are cached
// briefly: the next song may bring them (queries keep a few such terms, see
// PlanQuery, so a stale zero hides nothing for long).
func (c *dfCache) put(df map[string]int, terms []string, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) > maxCachedTerms {
		c.entries = make(map[string]dfEntry, 1024)
	}
	for _, t := range terms {
		ttl := c.ttl
		if df[t] == 0 {
			ttl = min(ttl, zeroTTL)
		}
		c.entries[t] = dfEntry{df: df[t], expires: now.Add(ttl)}
	}
}

// zeroTTL is how long a term no song had stays cached.
const zeroTTL = 2 * time.Second

// termDF returns the document frequency of each term (0 when unknown) and
// the number of canonical songs, from the cache unless fresh is set.
func (s *DB) termDF(ctx context.Context, terms []string, fresh ...bool) (map[string]int, int, error) {
	all := append(slices.Clone(terms), totalTerm)
	now := time.Now()
	known, missing := s.dfs.get(all, now)
	if len(fresh) > 0 && fresh[0] {
		known, missing = map[string]int{}, all
	}
	if len(missing) > 0 {
		fetched, err := s.fetchAndCache(ctx, missing, now)
		if err != nil {
			return nil, 0, err
		}
		for _, t := range missing {
			known[t] = fetched[t]
		}
	}
	return known, known[totalTerm], nil
}

// fetchAndCache reads the frequencies of terms and caches them as of now.
func (s *DB) fetchAndCache(ctx context.Context, terms []string, now time.Time) (map[string]int, error) {
	fetched, err := s.fetchDF(ctx, terms)
	if err != nil {
		return nil, err
	}
	s.dfs.put(fetched, terms, now)
	return fetched, nil
}

func (s *DB) fetchDF(ctx context.Context, terms []string) (map[string]int, error) {
	out := make(map[string]int, len(terms))
	for start := 0; start < len(terms); start += 500 {
		chunk := terms[start:min(start+500, len(terms))]
		args := make([]any, len(chunk))
		for i, t := range chunk {
			args[i] = t
		}
		rows, err := s.db.QueryContext(ctx, "SELECT term, SUM(df) FROM term_stats WHERE term IN ("+
			placeholders(len(chunk))+") GROUP BY term", args...)
		if err != nil {
			return nil, fmt.Errorf("reading term statistics: %w", translate(err))
		}
		for rows.Next() {
			var t string
			var df int
			if err := rows.Scan(&t, &df); err != nil {
				rows.Close()
				return nil, translate(err)
			}
			out[t] = df
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, translate(err)
		}
	}
	return out, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// Prefetch implements dedup.Store: the fresh frequencies of every search
// term and token of titles, in one query, for a batch about to be decided.
func (s *DB) Prefetch(ctx context.Context, titles []dedup.Title) error {
	var terms []string
	for _, t := range titles {
		terms = append(terms, dedup.SearchTerms(t)...)
		for _, toks := range [][]string{t.ArtistTokens, t.TrackTokens, t.FeaturedTokens} {
			for _, tok := range toks {
				terms = append(terms, dedup.SearchTerm(tok))
			}
		}
	}
	slices.Sort(terms)
	_, _, err := s.termDF(ctx, slices.Compact(terms), true)
	return err
}

// TermFrequencies implements dedup.Store.
func (s *DB) TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error) {
	df, _, err := s.termDF(ctx, terms, fresh)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(terms, totalTerm) {
		delete(df, totalTerm) // the catalogue size, read along
	}
	return df, nil
}

// DocFreqs implements dedup.Store. It is called for every decision with the
// tokens of the title and all its candidates, nearly all of them cached: the
// cache is read under one lock straight into the answer.
func (s *DB) DocFreqs(ctx context.Context, tokens []string) (int, map[string]int, error) {
	now := time.Now()
	out := make(map[string]int, len(tokens))
	var missing, missingTok []string
	s.dfs.mu.Lock()
	docs, haveDocs := s.dfs.lookup(totalTerm, now)
	for _, tok := range tokens {
		if _, ok := out[tok]; ok {
			continue
		}
		t := dedup.SearchTerm(tok)
		df, ok := s.dfs.lookup(t, now)
		out[tok] = df
		if !ok {
			missing, missingTok = append(missing, t), append(missingTok, tok)
		}
	}
	s.dfs.mu.Unlock()
	if !haveDocs {
		missing = append(missing, totalTerm)
	}
	if len(missing) == 0 {
		return docs, out, nil
	}
	fetched, err := s.fetchAndCache(ctx, missing, now)
	if err != nil {
		return 0, nil, err
	}
	for i, tok := range missingTok {
		out[tok] = fetched[missing[i]]
	}
	if !haveDocs {
		docs = fetched[totalTerm]
	}
	return docs, out, nil
}

// exactLookup finds, for every query, the songs with the same normalized
// track and with the same artists (flagged, and first), or with no known
// artist (those score on the track alone), or with any artist when the
// query's artist is unknown or only guessed from the channel (a LIMITed
// SELECT of its own: a common track such as "intro" has many songs).
// The other queries' lookups are one SELECT on the (track, artists)
// index, whatever their number: a UNION of two or three SELECTs per query
// cost the server a parse and a range plan for each (planning alone was
// 5% of its CPU in a backfill). That SELECT has no LIMIT: songs sharing
// track and artists are duplicates reconciliation merges, and songs with
// a track and no artist are few per track (16 at most among the million
// songs of the bench catalogue).
func (s *DB) exactLookup(ctx context.Context, sets []*candidateSet) error {
	type pair struct{ track, artists int64 }
	type wanted struct {
		q    int  // query
		same bool // the pair holds the query's own artists
	}
	want := map[pair][]wanted{}
	var pairs []string
	var parts []string
	var args, anyArgs []any
	for i, c := range sets {
		t := c.q.Title
		if t.Track == "" {
			continue
		}
		track, artists := hashKey(t.Track), hashKey(artistKey(t.Artists))
		if len(t.Artists) == 0 || t.ArtistSource == "channel" {
			parts = append(parts, fmt.Sprintf(`(SELECT `+candidateColumns+`, s.track_hash, s.artist_hash, %d FROM songs s
				WHERE s.track_hash = ? AND s.merged_into IS NULL
				ORDER BY s.artist_hash <> ?, s.artist_hash <> ?, s.id LIMIT ?)`, i))
			anyArgs = append(anyArgs, track, artists, noArtistHash, c.q.Limit)
			continue
		}
		for _, w := range []struct {
			pair
			same bool
		}{{pair{track, artists}, true}, {pair{track, noArtistHash}, false}} {
			if len(want[w.pair]) == 0 {
				pairs = append(pairs, "(?, ?)")
				args = append(args, track, w.artists)
			}
			want[w.pair] = append(want[w.pair], wanted{i, w.same})
		}
	}
	if len(pairs) > 0 {
		parts = append([]string{`(SELECT ` + candidateColumns + `, s.track_hash, s.artist_hash, -1 FROM songs s
			WHERE (s.track_hash, s.artist_hash) IN (` + strings.Join(pairs, ", ") + `) AND s.merged_into IS NULL
			ORDER BY s.id)`}, parts...)
	}
	if len(parts) == 0 {
		return nil
	}
	// Per query, the songs with its artists come before those with none.
	later := map[int][]dedup.Song{}
	var track, artists int64
	var q int
	err := s.scanCandidates(ctx, strings.Join(parts, " UNION ALL "), append(args, anyArgs...), func(song dedup.Song) {
		if q >= 0 {
			sets[q].add(song) // artist unknown or guessed: no flag
			return
		}
		for _, w := range want[pair{track, artists}] {
			if !w.same {
				later[w.q] = append(later[w.q], song)
			} else if sets[w.q].add(song) {
				sets[w.q].sameArtist++
			}
		}
	}, &track, &artists, &q)
	if err != nil {
		return fmt.Errorf("exact lookup: %w", err)
	}
	for i, songs := range later {
		for _, song := range songs {
			sets[i].add(song)
		}
	}
	return nil
}

// candidateColumns are the songColumns a candidate needs — its ID, source,
// track, duration and redirect — with constants for the rest. Above all
// the TEXT search key stays out: in the result of a ranked FULLTEXT query
// it made MariaDB sort in an on-disk temporary table, a file created and
// removed per query (most of the database's time in a backfill went to
// kernel inode allocation). The JSON lists are not decoded for nothing.
const candidateColumns = `s.id, s.title, s.channel, s.source_artist, '[]', s.track, '[]', '',
	'[]', s.duration_seconds, '', s.merged_into, s.created_at, s.updated_at`

// noArtistHash is the artist hash of a song whose artist is unknown.
var noArtistHash = hashKey(artistKey(nil))

// candidateSet collects the candidates of one query.
type candidateSet struct {
	q          dedup.CandidateQuery
	songs      []dedup.Song
	seen       map[int64]bool
	sameArtist int      // songs with the same track and artists
	terms      []string // search terms, when a FULLTEXT search is needed
}

func (c *candidateSet) add(song dedup.Song) bool {
	if c.seen[song.ID] || len(c.songs) >= c.q.Limit {
		return false
	}
	c.seen[song.ID] = true
	c.songs = append(c.songs, song)
	return true
}

// Candidates implements dedup.Store: every query's exact lookups in one
// statement, then the FULLTEXT searches of the queries that still need
// one in another.
func (s *DB) Candidates(ctx context.Context, qs []dedup.CandidateQuery) ([][]dedup.Song, error) {
	sets := make([]*candidateSet, len(qs))
	for i, q := range qs {
		sets[i] = &candidateSet{q: q, seen: map[int64]bool{q.Exclude: true}}
	}
	if err := s.exactLookup(ctx, sets); err != nil {
		return nil, err
	}

	// The frequencies of every query's terms, in at most two reads: fresh
	// for quick searches, which look for what was committed a moment ago
	// (the cache may still hold the zeros read before those songs
	// existed), and from the cache for the others.
	var quickTerms, cachedTerms []string
	for _, c := range sets {
		if !c.needsSearch() {
			continue
		}
		c.terms = dedup.SearchTerms(c.q.Title)
		if c.q.Quick {
			quickTerms = append(quickTerms, c.terms...)
		} else {
			cachedTerms = append(cachedTerms, c.terms...)
		}
	}
	quickDF, err := s.termDFOf(ctx, quickTerms, true)
	if err != nil {
		return nil, err
	}
	cachedDF, err := s.termDFOf(ctx, cachedTerms, false)
	if err != nil {
		return nil, err
	}

	var search []string
	var args []any
	for i, c := range sets {
		if c.terms == nil {
			continue
		}
		df := cachedDF
		if c.q.Quick {
			df = quickDF
		}
		query := s.planSearch(c, df)
		if query == "" {
			continue
		}
		// No other condition in the WHERE clause: InnoDB then ranks inside
		// the FULLTEXT index. Songs merged away keep their keys (see
		// mergeLocked): a hit on one stands for its canonical song.
		search = append(search, fmt.Sprintf(`(SELECT `+candidateColumns+`, %d FROM songs s
			WHERE MATCH(s.search_key) AGAINST(? IN BOOLEAN MODE)
			ORDER BY MATCH(s.search_key) AGAINST(? IN BOOLEAN MODE) DESC, s.id LIMIT ?)`, i))
		args = append(args, query, query, c.q.Limit+1)
	}
	if len(search) > 0 {
		if err := s.search(ctx, sets, strings.Join(search, " UNION ALL "), args); err != nil {
			return nil, err
		}
	}
	out := make([][]dedup.Song, len(sets))
	for i, c := range sets {
		out[i] = c.songs
	}
	return out, nil
}

// search runs the FULLTEXT statement of several candidate sets (its rows
// name their set in a last column) and adds the songs found, in rank order.
// A song merged away keeps its search key, so a hit on it stands for its
// canonical song, read in one more statement: a song with many merged
// variants is then still found, whatever they crowd out.
func (s *DB) search(ctx context.Context, sets []*candidateSet, query string, args []any) error {
	type hit struct {
		q    int
		song dedup.Song
	}
	var hits []hit
	var redirects []any
	var q int
	err := s.scanCandidates(ctx, query, args, func(song dedup.Song) {
		hits = append(hits, hit{q, song})
		if song.MergedInto != 0 {
			redirects = append(redirects, song.MergedInto)
		}
	}, &q)
	if err != nil {
		return fmt.Errorf("fulltext search: %w", err)
	}
	canonical := map[int64]dedup.Song{}
	if len(redirects) > 0 {
		err := s.scanCandidates(ctx, `SELECT `+candidateColumns+` FROM songs s
			WHERE s.id IN (`+placeholders(len(redirects))+`) AND s.merged_into IS NULL`, redirects, func(song dedup.Song) {
			canonical[song.ID] = song
		})
		if err != nil {
			return fmt.Errorf("canonical songs of merged hits: %w", err)
		}
	}
	for _, h := range hits {
		if h.song.MergedInto == 0 {
			sets[h.q].add(h.song)
		} else if c, ok := canonical[h.song.MergedInto]; ok {
			sets[h.q].add(c)
		} // else the canonical was merged on meanwhile: the hit is dropped
	}
	return nil
}

// needsSearch reports whether a candidate set needs a FULLTEXT search.
func (c *candidateSet) needsSearch() bool {
	t := c.q.Title
	// A song with the same normalized track and artists is the best a
	// search can find, and its versions share the track: FULLTEXT would add
	// only weaker candidates, at most of the cost.
	if c.sameArtist > 0 && len(t.Artists) > 0 && t.ArtistSource != "channel" {
		return false
	}
	return len(c.songs) < c.q.Limit
}

// termDFOf reads the frequencies of terms (duplicates allowed).
func (s *DB) termDFOf(ctx context.Context, terms []string, fresh bool) (map[string]int, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	slices.Sort(terms)
	df, _, err := s.termDF(ctx, slices.Compact(terms), fresh)
	return df, err
}

// planSearch returns the boolean FULLTEXT query of a candidate set, given
// the frequencies of its terms, or "" when no query is worth running.
func (s *DB) planSearch(c *candidateSet, df map[string]int) string {
	terms := c.terms
	budget, maxPostings := s.retrieval.PostingBudget, s.retrieval.MaxPostings
	if c.q.Quick {
		budget, maxPostings = budget/4, maxPostings/4
		if c.q.Exclude != 0 {
			// The song being reconciled holds every one of these terms
			// itself. Read fresh, a term no other song has finds nothing
			// new: leave it out, or terms only the song has would crowd
			// out the ones it shares with the duplicate being looked for.
			others := make(map[string]int, len(df))
			shared := terms[:0:0]
			for _, t := range terms {
				if n := df[t] - 1; n > 0 {
					others[t] = n
					shared = append(shared, t)
				}
			}
			terms, df = shared, others
		}
	}
	query := dedup.PlanQuery(terms, df, budget, s.retrieval.MaxTerms)
	if rarest := slices.IndexFunc(query, func(t string) bool { return df[t] > 0 }); rarest >= 0 && df[query[rarest]] > maxPostings {
		// Even the rarest known term is too common to rank quickly: the
		// exact lookups carry this query (terms no song has find nothing).
		return ""
	}
	return strings.Join(query, " ")
}

// scanCandidates runs a candidate statement whose rows are songColumns
// followed by the columns scanned into extra, and calls fn on each song
// with extra filled.
func (s *DB) scanCandidates(ctx context.Context, q string, args []any, fn func(song dedup.Song), extra ...any) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		song, err := scanSong(rows, extra...)
		if err != nil {
			return translate(err)
		}
		fn(song)
	}
	return translate(rows.Err())
}
