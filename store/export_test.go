package store

import "github.com/songdedup/songdedup/dedup"

// ReadQuery is one statement of a read path, for tests of its plan.
type ReadQuery struct {
	Name string
	SQL  string
	Args []any
}

// ReadQueries returns the statements the read paths run: the documents of
// canonical song canonical and of merged song merged, video, and the review
// queue, its first page and a later one.
func ReadQueries(canonical, merged int64, video string) []ReadQuery {
	var out []ReadQuery
	add := func(name, q string, args []any) { out = append(out, ReadQuery{name, q, args}) }
	add("song", songQuery, []any{canonical})
	for _, c := range []struct {
		name      string
		id        int64
		canonical bool
	}{{"canonical song", canonical, true}, {"merged song", merged, false}} {
		q, args := videosQuery(c.id, c.canonical, maxDocVideos)
		add(c.name+" videos", q, args)
		q, args = historyQuery(c.id, c.canonical, maxDocHistory)
		add(c.name+" history", q, args)
	}
	q, args := videoQuery(video)
	add("video", q, args)
	q, args, _ = reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Limit: 50})
	add("review page", q, args)
	q, args, _ = reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Limit: 50, Cursor: encodeCursor(0.5, 1000)})
	add("review page after a cursor", q, args)
	for _, sort := range []dedup.ReviewSort{dedup.ReviewSortPlays, dedup.ReviewSortOldest} {
		q, args, _ = reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Limit: 50})
		add("review page by "+string(sort), q, args)
		q, args, _ = reviewPageQuery(dedup.ReviewQuery{Status: dedup.ReviewPending, Sort: sort, Limit: 50, Cursor: encodeSortCursor(sort, 500, 1000)})
		add("review page by "+string(sort)+" after a cursor", q, args)
	}
	// A page's documents: songs canonical and merged, and the one before
	// canonical's merged song, which is canonical.
	ids, canon := []int64{canonical, merged - 1, merged}, []int64{canonical, merged - 1}
	q, args = reviewCandidatesQuery([]int64{1, 2, 3})
	add("review page candidates", q, args)
	q, args = songsQuery(ids)
	add("review page songs", q, args)
	q, args = docVideosQuery(ids, canon, maxDocVideos)
	add("review page videos", q, args)
	q, args = docHistoryQuery(ids, canon, maxDocHistory)
	add("review page history", q, args)
	add("review count", reviewCountQuery, []any{dedup.ReviewPending})
	add("review count of a reason", reviewReasonCountQuery, []any{dedup.ReviewPending, "near_miss"})
	add("stats", statsQuery, nil)
	add("stats by reason", statsByReasonQuery, []any{dedup.ReviewPending})
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
	with, part, args, more := nearbyQuery(ls)
	return ReadQuery{"nearby songs", with + part, append(args, more...)}
}
