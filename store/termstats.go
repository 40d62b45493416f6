package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// Term statistics: how many canonical songs hold each search term, kept in
// term_stats in the same transaction as the songs (written here), and read
// through a short-lived cache for retrieval and weighing.

// StatShards spreads the document frequency of a common term over this many
// rows, so that no row (least of all the catalogue-size row) is locked by
// every insert. A rare term keeps one row (shard 0): reading a term costs a
// row per shard, and most terms read are rare. Where a term's count lives
// does not matter to readers, who sum its rows; a merge may subtract from a
// shard that never counted the term, leaving a negative row.
const StatShards = 16

// shardFrom is the document frequency from which a term is common: updated
// often enough by concurrent writers to need its rows spread. At 2,000 new
// songs a second, a term of 256 songs in a million gets a write every two
// seconds.
const shardFrom = 256

// TermShard returns the term_stats shard that a write by songID updates for
// a term whose frequency is df.
func TermShard(df int, songID int64) int {
	if df < shardFrom {
		return 0
	}
	return int(uint64(songID) % StatShards)
}

// CatalogueTerm is the term_stats row counting all canonical songs.
const CatalogueTerm = ""

// termDeltas are changes to document frequencies, the catalogue size under
// the empty term.
type termDeltas map[string]int

// addSong counts (delta 1) or uncounts (-1) a whole song: its terms and the
// catalogue size.
func (d termDeltas) addSong(searchKey string, delta int) {
	d.addTerms(strings.Fields(searchKey), delta)
	d[CatalogueTerm] += delta
}

// addTerms adds delta to each of terms, once per term.
func (d termDeltas) addTerms(terms []string, delta int) {
	for _, t := range uniqueTerms(terms) {
		d[t] += delta
	}
}

// uniqueTerms returns terms sorted, each once.
func uniqueTerms(terms []string) []string {
	u := slices.Clone(terms)
	slices.Sort(u)
	return slices.Compact(u)
}

// writeStats applies the deltas in one statement, rows in sorted order so
// that concurrent transactions lock them in the same order. A common term
// (and the catalogue size) goes to the shard of songID, a rare one to its
// only row; the frequencies are the cached ones (a batch has just read its
// terms), and a term not cached counts as common.
func (s *DB) writeStats(ctx context.Context, tx *sql.Tx, d termDeltas, songID int64) error {
	terms := make([]string, 0, len(d))
	for t, n := range d {
		if n != 0 {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return nil
	}
	slices.Sort(terms)
	df := s.dfs.peek(terms, shardFrom)
	// VALUES(df) works on MariaDB and MySQL 8 (where it is deprecated in
	// favour of a row alias that MariaDB does not support).
	ins := newRowsInsert("INSERT INTO term_stats (term, shard, df) VALUES ", 3, " ON DUPLICATE KEY UPDATE df = df + VALUES(df)", len(terms))
	for i, t := range terms {
		ins.add(t, TermShard(df[i], songID), d[t])
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("updating term statistics: %w", err)
	}
	e := s.effectsOf(tx)
	for _, t := range terms {
		e.dfs[t] += d[t]
	}
	return nil
}

// songTerms are terms a write adds to a song's key.
type songTerms struct {
	songID int64
	terms  []string
}

// addTermsOfSongs adds one to the document frequency of each song's terms,
// for all of them in one statement: each term's shard is the one of its
// song's write, and the rows go in sorted order.
func (s *DB) addTermsOfSongs(ctx context.Context, tx *sql.Tx, songs []songTerms) error {
	var all []string
	for _, st := range songs {
		all = append(all, st.terms...)
	}
	terms := uniqueTerms(all)
	if len(terms) == 0 {
		return nil
	}
	dfs := s.dfs.peek(terms, shardFrom)
	df := make(map[string]int, len(terms))
	for i, t := range terms {
		df[t] = dfs[i]
	}
	type cell struct {
		term  string
		shard int
	}
	deltas := map[cell]int{}
	for _, st := range songs {
		for _, t := range uniqueTerms(st.terms) {
			deltas[cell{t, TermShard(df[t], st.songID)}]++
		}
	}
	cells := slices.SortedFunc(maps.Keys(deltas), func(a, b cell) int {
		return cmp.Or(strings.Compare(a.term, b.term), cmp.Compare(a.shard, b.shard))
	})
	ins := newRowsInsert("INSERT INTO term_stats (term, shard, df) VALUES ", 3, " ON DUPLICATE KEY UPDATE df = df + VALUES(df)", len(cells))
	for _, c := range cells {
		ins.add(c.term, c.shard, deltas[c])
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("updating term statistics: %w", err)
	}
	e := s.effectsOf(tx)
	for _, c := range cells {
		e.dfs[c.term] += deltas[c]
	}
	return nil
}

// addSongStats counts or uncounts a whole song: its terms and the total.
func (s *DB) addSongStats(ctx context.Context, tx *sql.Tx, songID int64, terms []string, delta int) error {
	d := termDeltas{}
	d.addTerms(terms, delta)
	d[CatalogueTerm] += delta
	return s.writeStats(ctx, tx, d, songID)
}

// dfCache caches document frequencies of terms.
type dfCache struct {
	mu      sync.Mutex
	entries map[string]dfEntry
	ttl     time.Duration
	// zeroTTL, when not 0, replaces the package's zeroTTL for keys whose
	// value is 0.
	zeroTTL time.Duration
	// reads and commits are the reads of the database and the commits of
	// this process's writes under way (see beginRead and beginCommit).
	reads   map[*dfRead]bool
	commits map[*dfCommit]bool
}

// dfRead is a read of frequencies from the database under way. dirty holds
// the terms a commit of this process changed while it ran: the read may
// have counted that commit or not, and the commit adds itself to the
// cache when it is done, so their values are not cached.
type dfRead struct{ dirty map[string]bool }

// dfCommit is a commit of this process under way, with the changes it adds
// to the cache once done.
type dfCommit struct{ delta map[string]int }

// dfEntry is one cached frequency.
type dfEntry struct {
	df      int
	expires time.Time
	read    time.Time // when df was read from the database
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

// get returns the cached frequencies of terms, and the terms it does not
// hold or holds expired.
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

// staleSince returns the terms whose cached frequency was not read from
// the database at since or later, or has expired.
func (c *dfCache) staleSince(terms []string, since, now time.Time) (stale []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, t := range terms {
		if e, ok := c.entries[t]; !ok || !now.Before(e.expires) || e.read.Before(since) {
			stale = append(stale, t)
		}
	}
	return stale
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

// add adds committed changes to the cached counts of the terms it holds,
// expired or not, keeping when they expire; a term it does not hold is
// read when asked for.
func (c *dfCache) add(delta map[string]int) {
	if len(delta) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for t, n := range delta {
		if e, ok := c.entries[t]; ok {
			e.df += n
			c.entries[t] = e
		}
	}
}

// beginRead starts a read of the database whose answer is cached with
// putRead: the terms of the commits under way are dirty from the start.
func (c *dfCache) beginRead() *dfRead {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := &dfRead{dirty: map[string]bool{}}
	for cm := range c.commits {
		for t := range cm.delta {
			r.dirty[t] = true
		}
	}
	if c.reads == nil {
		c.reads = map[*dfRead]bool{}
	}
	c.reads[r] = true
	return r
}

// endRead ends a read that is not cached (it failed).
func (c *dfCache) endRead(r *dfRead) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.reads, r)
}

// beginCommit announces a commit of this process that changes frequencies
// by delta: the terms of every read under way are dirty.
func (c *dfCache) beginCommit(delta map[string]int) *dfCommit {
	c.mu.Lock()
	defer c.mu.Unlock()
	cm := &dfCommit{delta: delta}
	for r := range c.reads {
		for t := range delta {
			r.dirty[t] = true
		}
	}
	if c.commits == nil {
		c.commits = map[*dfCommit]bool{}
	}
	c.commits[cm] = true
	return cm
}

// endCommit ends a commit, adding its changes to the cache when it
// committed (see add).
func (c *dfCache) endCommit(cm *dfCommit, committed bool) {
	if committed {
		c.add(cm.delta)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.commits, cm)
}

// putRead caches the frequencies that read r found, now being when it
// started, but those of the terms a commit of this process changed while
// it ran: the cache keeps what it held of them.
func (c *dfCache) putRead(r *dfRead, df map[string]int, terms []string, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.reads, r)
	clean := terms
	if len(r.dirty) > 0 {
		clean = make([]string, 0, len(terms))
		for _, t := range terms {
			if !r.dirty[t] {
				clean = append(clean, t)
			}
		}
	}
	c.putLocked(df, clean, now)
}

// put caches the frequencies of terms. Terms no song has yet are cached
// briefly: the next song may bring them (queries keep a few such terms, see
// PlanQuery, so a stale zero hides nothing for long).
func (c *dfCache) put(df map[string]int, terms []string, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(df, terms, now)
}

// putLocked is put; the caller holds c.mu.
func (c *dfCache) putLocked(df map[string]int, terms []string, now time.Time) {
	if c.entries == nil || len(c.entries) > maxCachedTerms {
		c.entries = make(map[string]dfEntry, 1024)
	}
	for _, t := range terms {
		ttl := c.ttl
		if df[t] == 0 {
			z := zeroTTL
			if c.zeroTTL > 0 {
				z = c.zeroTTL
			}
			ttl = min(ttl, z)
		}
		c.entries[t] = dfEntry{df: df[t], expires: now.Add(ttl), read: now}
	}
}

// zeroTTL is how long a term no song had stays cached.
const zeroTTL = 2 * time.Second

// termDF returns the document frequency of each term (0 when unknown) and
// the number of canonical songs, from the cache unless fresh is set.
func (s *DB) termDF(ctx context.Context, terms []string, fresh ...bool) (map[string]int, int, error) {
	all := append(slices.Clone(terms), CatalogueTerm)
	now := time.Now()
	known, missing := map[string]int{}, all
	if len(fresh) == 0 || !fresh[0] {
		known, missing = s.dfs.get(all, now)
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
	return known, known[CatalogueTerm], nil
}

// fetchAndCache reads the frequencies of terms and caches them as of now,
// the time the read starts.
func (s *DB) fetchAndCache(ctx context.Context, terms []string, now time.Time) (map[string]int, error) {
	r := s.dfs.beginRead()
	fetched, err := s.fetchDF(ctx, terms)
	if err != nil {
		s.dfs.endRead(r)
		return nil, err
	}
	s.dfs.putRead(r, fetched, terms, now)
	return fetched, nil
}

// fetchDF reads the frequencies of terms from term_stats, summing each
// term's shards: the terms are a table of values joined to the primary key
// (see termsQuery), in one statement unless they are more than
// maxTermsRead.
func (s *DB) fetchDF(ctx context.Context, terms []string) (map[string]int, error) {
	out := make(map[string]int, len(terms))
	seen := make(map[string]bool, len(terms))
	unique := make([]string, 0, len(terms))
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			unique = append(unique, t)
		}
	}
	if len(unique) == 0 {
		return out, nil
	}
	row, err := s.tableRow(ctx)
	if err != nil {
		return nil, err
	}
	for chunk := range slices.Chunk(unique, maxTermsRead) {
		q, args := termsQuery(chunk, row)
		if err := scanPairs(ctx, s.db, func(t string, df int) { out[t] += df }, q, args...); err != nil {
			return nil, fmt.Errorf("reading term statistics: %w", err)
		}
	}
	return out, nil
}

// termsQuery returns the statement that reads the rows of terms (each
// once) from term_stats: the terms a table of values, each joined to the
// primary key, in that order (STRAIGHT_JOIN, and FORCE INDEX against a
// young table's statistics). A list of terms after IN cost the server a
// range plan of a range per term, more than the rows themselves, and past
// MariaDB's in_predicate_conversion_threshold (1,000 values) it first
// copied the list into a temporary table; a batch of catalogue records
// reads some 1,500 terms. row starts each row of the table of values ("ROW"
// on MySQL 8, "" on MariaDB, see tableRow).
func termsQuery(terms []string, row string) (string, []any) {
	var b strings.Builder
	b.Grow(80 + len(terms)*(len(row)+5) + 120)
	b.WriteString("WITH wanted (term) AS (VALUES ")
	args := make([]any, len(terms))
	for i, t := range terms {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
		b.WriteString("(?)")
		args[i] = t
	}
	b.WriteString(") SELECT s.term, s.df FROM wanted w STRAIGHT_JOIN term_stats s FORCE INDEX (PRIMARY) ON s.term = w.term COLLATE utf8mb4_bin")
	return b.String(), args
}

// maxTermsRead bounds the terms of one term_stats read: a batch's titles
// hold some 1,000 to 1,500 terms, read in one statement.
const maxTermsRead = 4096

// Prefetch implements dedup.SubmitStore: the fresh frequencies of every search
// term and token of titles, in one query, for a batch about to be decided.
// A frequency read less than prefetchReuse ago is fresh already: the cache
// has added this process's commits to it since (see txEffects), so only
// another process's songs of that last moment can be missing from it.
func (s *DB) Prefetch(ctx context.Context, titles []title.Title) error {
	terms := []string{CatalogueTerm}
	for _, t := range titles {
		terms = append(terms, searchkey.Terms(t)...)
		for _, toks := range [][]string{t.ArtistTokens, t.TrackTokens, t.FeaturedTokens} {
			for _, tok := range toks {
				terms = append(terms, searchkey.Term(tok))
			}
		}
	}
	slices.Sort(terms)
	now := time.Now()
	missing := s.dfs.staleSince(slices.Compact(terms), now.Add(-prefetchReuse), now)
	if len(missing) == 0 {
		return nil
	}
	_, err := s.fetchAndCache(ctx, missing, now)
	return err
}

// prefetchReuse is how recently a cached frequency must have been read for
// Prefetch to take it as fresh. The frequencies a batch reads were mostly
// read a moment before by the batches of other workers (an artist's terms,
// common words, a recording met again): on the MusicBrainz dev export, 22k
// of the 62k terms its batches read were read less than a second before.
const prefetchReuse = time.Second

// TermFrequencies implements dedup.SubmitStore.
func (s *DB) TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error) {
	df, _, err := s.termDF(ctx, terms, fresh)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(terms, CatalogueTerm) {
		delete(df, CatalogueTerm) // the catalogue size, read along
	}
	return df, nil
}

// DocFreqs implements dedup.SubmitStore. It is called for every decision with the
// tokens of the title and all its candidates, nearly all of them cached: the
// cache is read under one lock straight into the answer.
func (s *DB) DocFreqs(ctx context.Context, tokens []string) (int, map[string]int, error) {
	now := time.Now()
	out := make(map[string]int, len(tokens))
	var missing, missingTok []string
	s.dfs.mu.Lock()
	docs, haveDocs := s.dfs.lookup(CatalogueTerm, now)
	for _, tok := range tokens {
		if _, ok := out[tok]; ok {
			continue
		}
		t := searchkey.Term(tok)
		df, ok := s.dfs.lookup(t, now)
		out[tok] = df
		if !ok {
			missing, missingTok = append(missing, t), append(missingTok, tok)
		}
	}
	s.dfs.mu.Unlock()
	if !haveDocs {
		missing = append(missing, CatalogueTerm)
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
		docs = fetched[CatalogueTerm]
	}
	return docs, out, nil
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
