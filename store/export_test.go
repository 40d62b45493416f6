package store

import (
	"context"
	"fmt"

	"github.com/songdedup/songdedup/dedup"
)

// ReadQuery is one statement of a read path, for tests of its plan.
type ReadQuery struct {
	Name string
	SQL  string
	Args []any
}

// ReadQueries returns the statements the read paths run: the documents of
// canonical song canonical and of merged song merged, video, the review
// queue, its first page and a later one in every order, and a page of the
// changes feed.
func ReadQueries(canonical, merged int64, video string) []ReadQuery {
	var out []ReadQuery
	add := func(name, q string, args []any) { out = append(out, ReadQuery{name, q, args}) }
	add("song", songQuery, []any{canonical})
	for _, c := range []struct {
		name      string
		id        int64
		canonical bool
	}{{"canonical song", canonical, true}, {"merged song", merged, false}} {
		q, args := ownVideosQuery(c.id)
		add(c.name+" with its own videos", q, args)
		q, args = songDocumentQuery(c.id)
		add(c.name+"'s document", q, args)
		q, args = songVideosQuery(c.id, maxDocVideos)
		add(c.name+" with its first videos", q, args)
		q, args = totalsQuery(c.id, c.canonical)
		add(c.name+" totals", q, args)
	}
	q, args := videoQuery(video)
	add("video", q, args)
	q, args = videoBatchQuery([]string{video, "pv000000002", "pv000000003"})
	add("videos read together", q, args)
	q, args, _ = ownVideosBatchQuery([]int64{canonical, merged, merged - 1})
	add("songs read together with their own videos", q, args)
	q, args, _ = wholeDocumentsQuery([]int64{canonical, merged, merged - 1})
	add("songs read together whole", q, args)
	// The queue's pages in every order, of every reason and of one, the
	// first and one after a cursor halfway down the queue of the tests'
	// catalogue (review IDs up to 10,000, scores up to 0.99, plays up to
	// 999).
	for _, sort := range []dedup.ReviewSort{dedup.ReviewSortScore, dedup.ReviewSortPlays, dedup.ReviewSortOldest} {
		key := map[dedup.ReviewSort]float64{dedup.ReviewSortScore: 0.5, dedup.ReviewSortPlays: 500}[sort]
		for _, reason := range []string{"", "near_miss"} {
			name := "review page by " + string(sort)
			if reason != "" {
				name += " of a reason"
			}
			q, args, _ = reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Reason: reason, Limit: 50})
			add(name, q, args)
			q, args, _ = reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Reason: reason, Limit: 50,
				Cursor: encodeSortCursor(sort, key, 5000)})
			add(name+" after a cursor", q, args)
		}
	}
	// The songs of reviews: canonical and merged, and the one before
	// canonical's merged song, which is canonical; a page's summaries, a
	// review's documents.
	ids, canon := []int64{canonical, merged - 1, merged}, []int64{canonical, merged - 1}
	add("review", reviewSQL, []any{int64(1)})
	q, args = songsQuery(ids)
	add("review songs", q, args)
	q, args, _ = docAllVideosQuery(ids, canon)
	add("review videos", q, args)
	q, args = docVideosQuery(ids, canon, maxDocVideos)
	add("review videos numbered", q, args)
	q, args = docHistoryQuery(ids, canon, maxDocHistory)
	add("review history", q, args)
	add("review count", reviewCountQuery, []any{dedup.ReviewPending})
	add("review count of a reason", reviewReasonCountQuery, []any{dedup.ReviewPending, "near_miss"})
	add("stats", statsQuery, nil)
	add("stats by reason", statsByReasonQuery, []any{dedup.ReviewPending})
	add("changes page", changesQuery, []any{settleGap.Microseconds(), 5000, 100})
	return out
}

// WriteChanges lets tests hold a transaction open between taking its seqs
// and committing.
var WriteChanges = writeChanges

// NearbyQuery is the lookup of the songs of each set of artists whose
// durations agree with the seconds of the same index (see
// CandidateQuery.DurationSeconds).
func NearbyQuery(artists [][]string, seconds []int) ReadQuery {
	var ls []nearbyLookup
	for i := range artists {
		ls = append(ls, nearbyLookup{q: i, artists: hashKey(artistKey(artists[i])), seconds: seconds[i]})
	}
	with, part, args, more := nearbyQuery(ls, "")
	return ReadQuery{"nearby songs", with + part, append(args, more...)}
}

// TermsQuery is the read of the term_stats rows of terms (see termsQuery),
// as MariaDB writes its table of values.
func TermsQuery(terms []string) ReadQuery {
	q, args := termsQuery(terms, "")
	return ReadQuery{"term statistics", q, args}
}

// MaxTermsRead bounds the terms of one term_stats read.
const MaxTermsRead = maxTermsRead

// TableRow exposes tableRow.
func TableRow(ctx context.Context, db *DB) (string, error) { return db.tableRow(ctx) }

// MaxDocHistory bounds the merge log entries in one song document.
const MaxDocHistory = maxDocHistory

// DocumentQuery is the statement of the whole document of song id.
func DocumentQuery(id int64) ReadQuery {
	q, args := songDocumentQuery(id)
	return ReadQuery{"document", q, args}
}

// WholeDocumentsQuery is the statement of the whole documents of songs
// ids read together.
func WholeDocumentsQuery(ids ...int64) ReadQuery {
	q, args, _ := wholeDocumentsQuery(ids)
	return ReadQuery{"whole documents", q, args}
}

// FullHistory is the merge history of song id as a song document lists
// it, read whether logged_songs lists the song or not, and from the songs
// the entries name and the songs' rows alone, not into_canonical_id: the
// newest maxDocHistory entries naming it on either side and, for a
// canonical song, those into the songs merged into it, newest first.
func (s *DB) FullHistory(ctx context.Context, id int64, canonical bool) ([]dedup.MergeEvent, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+historyColumns+` FROM merges m
		WHERE m.song_id = ? OR m.into_song_id = ? OR (? AND m.into_song_id IN (SELECT id FROM songs WHERE merged_into = ?))
		ORDER BY m.id DESC LIMIT ?`, id, id, canonical, id, maxDocHistory)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dedup.MergeEvent
	for rows.Next() {
		var e nullEvent
		if err := rows.Scan(e.dest()...); err != nil {
			return nil, err
		}
		out = append(out, e.event())
	}
	return out, rows.Err()
}

// IntoCanonicalMismatches counts the merge log entries whose
// into_canonical_id is not the canonical song of their into song.
func (s *DB) IntoCanonicalMismatches(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM merges m LEFT JOIN songs s ON s.id = m.into_song_id
		WHERE s.id IS NULL OR m.into_canonical_id <> COALESCE(s.merged_into, s.id)`).Scan(&n)
	return n, err
}

// ReviewSongDocs reads the documents of songs ids (sorted, distinct) as a
// page of the review queue reads them.
func (s *DB) ReviewSongDocs(ctx context.Context, ids []int64) (map[int64]dedup.Song, error) {
	return songDocsOf(ctx, s.db, ids)
}

// DuringDocumentRead runs f once the statement of a song's document has
// answered, before its rows are read, until the test ends.
func DuringDocumentRead(t interface{ Cleanup(func()) }, f func(id int64)) {
	duringDocumentRead = f
	t.Cleanup(func() { duringDocumentRead = nil })
}

// ForgetLoggedSongs forgets the songs that reads of their documents found
// logged.
func (s *DB) ForgetLoggedSongs() {
	s.logged.mu.Lock()
	defer s.logged.mu.Unlock()
	clear(s.logged.ids)
}

// HoldVideoStatements takes every statement of the reads of videos on the
// primary, so that reads of videos wait (see coalesced); release gives
// them back, each starting a statement for the reads waiting by then.
func (s *DB) HoldVideoStatements() (release func()) {
	return holdStatements(s.videoReadsOf(s.db))
}

// CoalescedStatements are the bounds of the statements of the reads of
// videos and of songs' documents on the primary.
func (s *DB) CoalescedStatements() (videos, songs int) {
	return s.videoReadsOf(s.db).statements, min(s.songReadsOf(s.db).statements, s.wholeReadsOf(s.db).statements)
}

// HoldSongStatements is HoldVideoStatements for the reads of songs'
// documents.
func (s *DB) HoldSongStatements() (release func()) {
	return holdStatements(s.songReadsOf(s.db))
}

func holdStatements[K comparable, V any](c *coalesced[K, V]) (release func()) {
	c.mu.Lock()
	held := c.statements - c.running
	c.running = c.statements
	c.mu.Unlock()
	return func() {
		for range held {
			c.next()
		}
	}
}

// VideoReads are the reads of videos on the primary that wait for a
// statement, and the statements that run.
func (s *DB) VideoReads() (waiting, running int) {
	return coalescedNow(s.videoReadsOf(s.db))
}

// SongReads is VideoReads for the reads of songs' documents.
func (s *DB) SongReads() (waiting, running int) {
	return coalescedNow(s.songReadsOf(s.db))
}

// WholeReads is VideoReads for the reads of the whole documents of songs
// known logged.
func (s *DB) WholeReads() (waiting, running int) {
	return coalescedNow(s.wholeReadsOf(s.db))
}

// HoldWholeStatements is HoldVideoStatements for the reads of the whole
// documents of songs known logged.
func (s *DB) HoldWholeStatements() (release func()) {
	return holdStatements(s.wholeReadsOf(s.db))
}

// KnowLogged makes the store know songs ids logged, so that it reads
// their whole documents at once.
func (s *DB) KnowLogged(ids ...int64) {
	for _, id := range ids {
		s.logged.add(id)
	}
}

func coalescedNow[K comparable, V any](c *coalesced[K, V]) (waiting, running int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiting), c.running
}

// MaxCoalesced exposes maxCoalesced.
const MaxCoalesced = maxCoalesced

// OnTxRetry runs f with the error of each transaction that failed for a
// reason running it again may fix (a deadlock, a lock wait timeout),
// before it runs again, until the test ends.
func OnTxRetry(t interface{ Cleanup(func()) }, f func(err error)) {
	txRetried = f
	t.Cleanup(func() { txRetried = nil })
}

// OldestPageQuery is a page of the queue in the oldest order and the index
// it is to read the queue by.
type OldestPageQuery struct {
	ReadQuery
	Key string
}

// OldestPageQueries returns the pages of pending reviews in the oldest
// order after the cursor of review after, of limit reviews: of every
// reason and of one.
func OldestPageQueries(after int64, limit int) []OldestPageQuery {
	var out []OldestPageQuery
	for _, c := range []struct{ reason, key string }{{"", "reviews_status"}, {"near_miss", "reviews_reason"}} {
		q, args, _ := reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: dedup.ReviewSortOldest, Reason: c.reason, Limit: limit,
			Cursor: encodeSortCursor(dedup.ReviewSortOldest, 0, after)})
		name := fmt.Sprintf("every reason after review %d", after)
		if c.reason != "" {
			name = fmt.Sprintf("one reason after review %d", after)
		}
		out = append(out, OldestPageQuery{ReadQuery{name, q, args}, c.key})
	}
	return out
}

// SortCursor is the cursor of a listing of the queue in order sort after
// the review of key (its score or plays; none for the oldest order) and id.
func SortCursor(sort dedup.ReviewSort, key float64, id int64) string {
	return encodeSortCursor(sort, key, id)
}
