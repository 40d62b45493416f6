package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// Retrieval: the candidate songs of a title, from an exact lookup on the
// hash of (track, artists) and a boolean FULLTEXT query over the rarest
// terms of its search key (see "Retrieval" in the package doc).

// DefaultPostingBudget is RetrievalOptions.PostingBudget when it is left 0.
const DefaultPostingBudget = 100

// RetrievalOptions tune candidate retrieval.
type RetrievalOptions struct {
	// PostingBudget bounds the summed document frequency of the terms a
	// query uses (default 100). InnoDB reads every row a boolean query
	// matches before it ranks them, so the budget is the cost of a query;
	// the misses of a small budget are ranking misses, not terms left out.
	PostingBudget int
	// MaxPostings skips the FULLTEXT query when even the rarest term is
	// this common (default 1500): the exact lookups then carry the query.
	MaxPostings int
	// MaxTerms bounds the known terms of one query (default 6), besides
	// the few no song has (see searchkey.PlanQuery): every term costs
	// InnoDB a lookup of its own.
	MaxTerms int
	// PairBudget bounds the summed document frequency of the terms a
	// query reads in conjunctions (see searchkey.Pairs; default 600): they
	// rank the hits of a query whose terms match more songs than it keeps.
	PairBudget int
	// StatsTTL is how long document frequencies are cached (default 30s).
	StatsTTL time.Duration
}

// withDefaults fills the options left zero.
func (o RetrievalOptions) withDefaults() RetrievalOptions {
	if o.PostingBudget <= 0 {
		o.PostingBudget = DefaultPostingBudget
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = 1500
	}
	if o.PairBudget <= 0 {
		o.PairBudget = 600
	}
	if o.MaxTerms <= 0 {
		o.MaxTerms = 6
	}
	if o.StatsTTL <= 0 {
		o.StatsTTL = 30 * time.Second
	}
	return o
}

// exactLookup finds, for every query, the songs with the same normalized
// track and with the same artists (flagged, and first), or with no known
// artist (those score on the track alone), or with any artist when the
// query's artist is unknown or only guessed from the channel (three LIMITed
// SELECTs of its own: a common track such as "intro" has many songs).
// The other queries' lookups are one SELECT on the (track, artists)
// index, whatever their number: a UNION of a few SELECTs per query would
// cost the server a parse and a range plan for each. That SELECT has no
// LIMIT: songs sharing track and artists are duplicates reconciliation
// merges, and songs with a track and no artist are few per track.
//
// The same statement reads the songs of each query's artists whose
// durations agree with its own (see CandidateQuery.DurationSeconds and
// nearbyQuery). They are kept aside in the set's nearby songs, added after
// the search.
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
	var nearby []nearbyLookup
	for i, c := range sets {
		t := c.q.Title
		if t.Track == "" {
			continue
		}
		track, artists := hashKey(t.Track), hashKey(artistKey(t.Artists))
		if c.q.Nearby() {
			nearby = append(nearby, nearbyLookup{q: i, artists: artists, seconds: c.q.DurationSeconds})
		}
		if len(t.Artists) == 0 || t.ArtistSource == title.ArtistFromChannel {
			// The songs of the track with the guessed artists, then with
			// none, then with any other, each a LIMITed read in the order
			// of the (track, artists) index: one ORDER BY over all three
			// would read and sort every song of the track, thousands for
			// a common one in a catalogue of millions.
			reads := [anyRanks]struct {
				where string
				args  []any
			}{
				anyOwn:   {"s.artist_hash = ?", []any{artists}},
				anyNone:  {"s.artist_hash = ?", []any{noArtistHash}},
				anyOther: {"s.artist_hash NOT IN (?, ?)", []any{artists, noArtistHash}},
			}
			for rank, r := range reads {
				if rank == anyOwn && artists == noArtistHash {
					continue
				}
				parts = append(parts, fmt.Sprintf(`(SELECT `+exactColumns+`, s.track_hash, s.artist_hash, %d FROM songs s
					WHERE s.track_hash = ? AND `+r.where+` AND s.merged_into IS NULL
					ORDER BY s.artist_hash, s.id LIMIT ?)`, anyMark(i, rank)))
				anyArgs = append(anyArgs, track)
				anyArgs = append(anyArgs, r.args...)
				anyArgs = append(anyArgs, c.q.Limit)
			}
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
		parts = append([]string{`(SELECT ` + exactColumns + `, s.track_hash, s.artist_hash, -1 FROM songs s
			WHERE (s.track_hash, s.artist_hash) IN (` + strings.Join(pairs, ", ") + `) AND s.merged_into IS NULL
			ORDER BY s.id)`}, parts...)
	}
	args = append(args, anyArgs...)
	var with string
	if len(nearby) > 0 {
		var withArgs, partArgs []any
		var part string
		row, err := s.tableRow(ctx)
		if err != nil {
			return err
		}
		with, part, withArgs, partArgs = nearbyQuery(nearby, row)
		parts = append(parts, "("+part+")")
		args = append(append(withArgs, args...), partArgs...)
	}
	if len(parts) == 0 {
		return nil
	}
	// Per query, the songs with its artists come before those with none.
	later := map[int][]dedup.Song{}
	anyRanked := map[int]*[anyRanks][]dedup.Song{}
	var track, artists int64
	var q int
	err := scanCandidates(ctx, s.db, with+strings.Join(parts, " UNION ALL "), args, func(song dedup.Song) {
		if q < -1 {
			c := sets[nearbyMark(q)]
			c.nearby = append(c.nearby, song)
			return
		}
		if q >= 0 {
			i, rank := q/anyRanks, q%anyRanks
			if anyRanked[i] == nil {
				anyRanked[i] = &[anyRanks][]dedup.Song{}
			}
			anyRanked[i][rank] = append(anyRanked[i][rank], song)
			return
		}
		for _, w := range want[pair{track, artists}] {
			if !w.same {
				later[w.q] = append(later[w.q], song)
			} else if c := sets[w.q]; c.add(song) && sameVersion(c.q.Title, song) {
				c.sameVersion++
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
	for i, ranked := range anyRanked {
		for _, songs := range ranked {
			for _, song := range songs {
				sets[i].add(song) // artist unknown or guessed: no flag
			}
		}
	}
	for _, c := range sets {
		slices.SortFunc(c.nearby, func(a, b dedup.Song) int { return cmp.Compare(a.ID, b.ID) })
	}
	return nil
}

// The reads of a query whose artist is unknown or guessed from the
// channel, in the order its candidates take: the songs of the track with
// the guessed artists, with none, with any other.
const (
	anyOwn = iota
	anyNone
	anyOther
	anyRanks
)

// anyMark is the last column of the rows of set i's read of rank.
func anyMark(i, rank int) int { return i*anyRanks + rank }

// nearbyLookup asks for the songs of one query's artists (their hash)
// whose durations agree with seconds.
type nearbyLookup struct {
	q       int
	artists int64
	seconds int
}

// nearbyQuery returns the WITH clause and the SELECT that read, for each
// lookup, the canonical songs of its artists whose durations agree with
// its own (within score.DurationAgreeSeconds), at most dedup.NearbyLimit
// of them, the shortest first, each row marked with its query's
// nearbyMark. The lookups are a table of values joined to the
// songs_artist_duration index, one plan for them all (a LIMITed SELECT per
// query, in a UNION, cost the server five times as much at 128 queries),
// and the songs each keeps are chosen from the index alone: only those are
// read from the table. The joins are written in that order (STRAIGHT_JOIN):
// left to choose, the optimizer read every canonical song for each
// statement of a young catalogue's backfill (by songs_merged_into, then
// the whole table again for the rows it kept), a cost that grows with the
// catalogue. Rows come in no particular order: exactLookup sorts each
// query's songs. row starts each row of the table of values: "ROW" on
// MySQL 8, "" on MariaDB.
func nearbyQuery(ls []nearbyLookup, row string) (with, part string, withArgs, partArgs []any) {
	values := make([]string, len(ls))
	for i, l := range ls {
		values[i] = row + "(?, ?, ?, ?)"
		withArgs = append(withArgs, nearbyMark(l.q), l.artists,
			max(1, l.seconds-score.DurationAgreeSeconds), l.seconds+score.DurationAgreeSeconds)
	}
	with = "WITH nearby_lookups (mark, artist_hash, shortest, longest) AS (VALUES " + strings.Join(values, ", ") + ") "
	part = `SELECT ` + exactColumns + `, s.track_hash, s.artist_hash, n.mark FROM (
			SELECT l.mark, s.id, ROW_NUMBER() OVER (PARTITION BY l.mark ORDER BY s.duration_seconds, s.id) AS nth
			FROM nearby_lookups l STRAIGHT_JOIN songs s ON s.artist_hash = l.artist_hash AND s.merged_into IS NULL
				AND s.duration_seconds BETWEEN l.shortest AND l.longest
		) n STRAIGHT_JOIN songs s ON s.id = n.id WHERE n.nth <= ?`
	return with, part, withArgs, []any{dedup.NearbyLimit}
}

// nearbyMark is the value of the last column of exactLookup's rows that
// names the nearby songs of query i (query -1 is the IN list), and back.
func nearbyMark(i int) int { return -2 - i }

// candidateColumns are the songColumns a candidate needs — its ID, source,
// track, duration and redirect — with constants for the rest. Above all
// the TEXT search key stays out: a TEXT column in the result of a ranked
// FULLTEXT query makes MariaDB sort in an on-disk temporary table, a file
// created and removed per query. The JSON lists are not decoded for
// nothing.
const candidateColumns = `s.id, s.title, s.channel, s.source_artist, '[]', s.track, '[]', '',
	'[]', s.duration_seconds, '', s.merged_into, s.created_at, s.updated_at`

// exactColumns are the candidateColumns of the exact lookup, with the
// versions and their qualifiers, which tell whether a song it finds is
// the query's version (see sameVersion).
const exactColumns = `s.id, s.title, s.channel, s.source_artist, '[]', s.track, '[]', s.versions,
	s.version_info, s.duration_seconds, '', s.merged_into, s.created_at, s.updated_at`

// sameVersion reports whether song, found by the exact lookup, is the
// version of the song that t is: the same version tags and qualifiers.
func sameVersion(t title.Title, song dedup.Song) bool {
	return slices.Equal(t.Versions, song.Versions) && slices.Equal(t.VersionInfo, song.VersionInfo)
}

// candidateSet collects the candidates of one query.
type candidateSet struct {
	q     dedup.CandidateQuery
	songs []dedup.Song
	seen  map[int64]bool
	// sameVersion counts the songs of the same track, artists and
	// version (see sameVersion).
	sameVersion int
	terms       []string // search terms, when a FULLTEXT search is needed
	// nearby are the songs of the same artists and duration, in the order
	// of their IDs, added after the others beyond Limit (see
	// CandidateQuery.DurationSeconds).
	nearby []dedup.Song
}

func (c *candidateSet) add(song dedup.Song) bool {
	return c.addUpTo(song, c.q.Limit)
}

func (c *candidateSet) addUpTo(song dedup.Song, limit int) bool {
	if c.seen[song.ID] || len(c.songs) >= limit {
		return false
	}
	c.seen[song.ID] = true
	c.songs = append(c.songs, song)
	return true
}

// Candidates implements dedup.SubmitStore: every query's exact lookups in one
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
		c.terms = slices.Clip(c.q.Terms) // an alias's terms append to a copy
		if c.terms == nil {
			c.terms = searchkey.Terms(c.q.Title)
		}
		if len(c.q.Title.Aliases) > 0 {
			c.terms = append(c.terms, searchkey.AliasTerms(c.q.Title)...)
		}
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
	var searched int64      // the queries search holds, counted in Searches once it ran
	expect := map[int]int{} // set -> the hits its search cannot have fewer of
	for i, c := range sets {
		if c.terms == nil {
			continue
		}
		df := cachedDF
		if c.q.Quick {
			df = quickDF
		}
		planned, pairs := s.planSearch(c, df)
		if len(planned) == 0 {
			continue
		}
		for _, t := range planned {
			expect[i] = max(expect[i], min(df[t], c.q.Limit+1))
		}
		// No other condition in the WHERE clause: InnoDB then ranks inside
		// the FULLTEXT index. Songs merged away keep their keys (see
		// mergeLocked): a hit on one stands for its canonical song. The
		// pairs' hits come first, in a SELECT of their own: InnoDB does not
		// add up the relevance of groups and loose terms in one query.
		branch := func(query string, mark int) {
			search = append(search, fmt.Sprintf(`(SELECT `+candidateColumns+`, %d FROM songs s
			WHERE MATCH(s.search_key) AGAINST(? IN BOOLEAN MODE)
			ORDER BY MATCH(s.search_key) AGAINST(? IN BOOLEAN MODE) DESC, s.id LIMIT ?)`, mark))
			args = append(args, query, query, c.q.Limit+1)
		}
		if len(pairs) > 0 {
			branch(searchkey.PairQuery(pairs), pairMark(i, len(sets)))
		}
		branch(strings.Join(planned, " "), i)
		searched++
	}
	if len(search) > 0 {
		// A quick search looks for what was committed a moment ago: the
		// primary. The others tolerate lag (see "Read replicas").
		run := func(db reader) error {
			return s.search(ctx, db, sets, strings.Join(search, " UNION ALL "), args, expect)
		}
		var err error
		if slices.ContainsFunc(qs, func(q dedup.CandidateQuery) bool { return q.Quick }) {
			err = run(s.db)
		} else {
			err = s.lagTolerant(ctx, run)
		}
		if err != nil {
			return nil, err
		}
		s.searches.Add(searched)
	}
	out := make([][]dedup.Song, len(sets))
	for i, c := range sets {
		for _, song := range c.nearby {
			c.addUpTo(song, c.q.Limit+dedup.NearbyLimit)
		}
		out[i] = c.songs
	}
	return out, nil
}

// Searches returns how many queries of Candidates have been searched by
// FULLTEXT since Open (the others the exact lookups carried), for
// measurement: a search whose statement failed is not counted.
func (s *DB) Searches() int64 { return s.searches.Load() }

// search runs the FULLTEXT statement of several candidate sets (its rows
// name their set in a last column) and adds the songs found, in rank order.
// A song merged away keeps its search key, so a hit on it stands for its
// canonical song, read in one more statement: a song with many merged
// variants is then still found, whatever they crowd out.
//
// A set's search holds every document of each of its terms, up to its
// LIMIT: never fewer hits than expect[set], the songs holding its most
// frequent term. InnoDB sometimes answers a moment after a commit with
// fewer (documents of committed songs missing, even all of them), which
// would create duplicates, and make a decision depend on the time it was
// taken: such an answer is read again, a few times, from the primary. (A
// replica may be behind the frequencies; its answer is taken as it is.)
func (s *DB) search(ctx context.Context, db reader, sets []*candidateSet, query string, args []any, expect map[int]int) error {
	type hit struct {
		q    int
		song dedup.Song
	}
	var hits []hit
	var redirects []int64
	for attempt := 0; ; attempt++ {
		hits, redirects = hits[:0], redirects[:0]
		got := map[int]int{}
		var q int
		err := scanCandidates(ctx, db, query, args, func(song dedup.Song) {
			if q >= len(sets) { // a pair's hit: no term's every document
				hits = append(hits, hit{q - len(sets), song})
			} else {
				hits = append(hits, hit{q, song})
				got[q]++
			}
			if song.MergedInto != 0 {
				redirects = append(redirects, song.MergedInto)
			}
		}, &q)
		if err != nil {
			return fmt.Errorf("fulltext search: %w", err)
		}
		short := 0
		for set, n := range expect {
			if got[set] < n {
				short++
			}
		}
		if short == 0 || db != reader(s.db) {
			break
		}
		if attempt == len(searchRetries) {
			s.log.WarnContext(ctx, "fulltext search missed committed songs; taken as it is", "searches", len(expect), "short", short)
			break
		}
		s.log.DebugContext(ctx, "fulltext search missed committed songs; reading it again", "searches", len(expect), "short", short)
		select {
		case <-time.After(searchRetries[attempt]):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	canonical := map[int64]dedup.Song{}
	if len(redirects) > 0 {
		in, args := inList(redirects)
		err := scanCandidates(ctx, db, `SELECT `+candidateColumns+` FROM songs s
			WHERE s.id IN (`+in+`) AND s.merged_into IS NULL`, args, func(song dedup.Song) {
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
			sets[h.q].addForm(c.ID, h.song.Source)
		} // else the canonical was merged on meanwhile: the hit is dropped
	}
	return nil
}

// addForm gives the candidate song id, when the set holds it, the source
// of a row merged into it that the search hit, as another of its forms
// (see dedup.Song.Forms).
func (c *candidateSet) addForm(id int64, form title.Input) {
	i := slices.IndexFunc(c.songs, func(s dedup.Song) bool { return s.ID == id })
	if i < 0 || form == c.songs[i].Source || slices.Contains(c.songs[i].Forms, form) || len(c.songs[i].Forms) >= maxForms {
		return
	}
	c.songs[i].Forms = append(c.songs[i].Forms, form)
}

// maxForms bounds the forms a candidate song takes from one search.
const maxForms = 4

// needsSearch reports whether a candidate set needs a FULLTEXT search.
func (c *candidateSet) needsSearch() bool {
	t := c.q.Title
	// A song with the same normalized track, artists and version is the
	// best a search can find, and its other versions share the track:
	// FULLTEXT would add only weaker candidates, at most of the cost. Not
	// so when the lookup found only other versions (a live take, a remix):
	// the song itself may be written with a word more or less (an album
	// or a film named in its track), which only the search finds. Nor for
	// a title with words in another script: the lookup finds its spelling
	// in that script alone, and the same recording written in Latin
	// letters ("Zemfira - Iskala" for "Земфира - Искала", beside "Земфира -
	// Искала (live)") only the search of its readings finds.
	if c.sameVersion > 0 && len(t.Artists) > 0 && t.ArtistSource != title.ArtistFromChannel && len(t.Readings) == 0 {
		return false
	}
	return len(c.songs) < c.q.Limit
}

// planSearch returns the terms of the FULLTEXT search of a candidate set,
// given their frequencies, and the pairs of terms that rank its hits (see
// searchkey.Pairs); none when no search is worth running.
func (s *DB) planSearch(c *candidateSet, df map[string]int) ([]string, [][2]string) {
	terms := c.terms
	budget, maxPostings := s.retrieval.PostingBudget, s.retrieval.MaxPostings
	if c.q.Quick {
		budget, maxPostings = budget/4, maxPostings/4
		if c.q.Exclude != 0 {
			// The song being reconciled holds every one of these terms
			// itself. Read fresh, a term no other song has finds nothing
			// new: leave it out, or terms only the song has would crowd
			// out the ones it shares with the duplicate being looked for.
			// df holds the terms of every search of the statement: the
			// map is sized by this one's.
			others := make(map[string]int, len(terms))
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
	query := searchkey.PlanQuery(terms, df, budget, s.retrieval.MaxTerms)
	query = searchkey.PlanReadings(query, searchkey.TrackReadingTerms(c.q.Title), df, budget, s.retrieval.MaxTerms)
	if rarest := slices.IndexFunc(query, func(t string) bool { return df[t] > 0 }); rarest >= 0 && df[query[rarest]] > maxPostings {
		// Even the rarest known term is too common to rank quickly: the
		// exact lookups carry this query (terms no song has find nothing).
		return nil, nil
	}
	return query, searchkey.Pairs(c.q.Title, df, query, c.q.Limit+1, s.retrieval.PairBudget, maxPairs)
}

// pairMark is the last column of the rows of set i's pairs (see search).
func pairMark(i, sets int) int { return sets + i }

// maxPairs bounds the conjunctions of one query (see searchkey.Pairs).
const maxPairs = 3

// searchRetries are the pauses before a search that missed committed songs
// is read again.
var searchRetries = []time.Duration{time.Millisecond, 5 * time.Millisecond, 20 * time.Millisecond, 100 * time.Millisecond}

// scanCandidates runs a candidate statement whose rows are songColumns
// followed by the columns scanned into extra, and calls fn on each song
// with extra filled.
func scanCandidates(ctx context.Context, db reader, q string, args []any, fn func(song dedup.Song), extra ...any) error {
	rows, err := db.QueryContext(ctx, q, args...)
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
