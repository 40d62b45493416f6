package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"

	"github.com/songdedup/songdedup/dedup"
)

// The reviews and their songs, read in a fixed number of statements
// whatever the number of reviews: the reviews with the candidates of all
// of them (reviewsWithCandidates), then the documents of the songs they
// name (songDocsOf), each one statement of index lookups over an IN list. A
// page of the queue and one review carry the songs' documents. A page
// holds at most dedup.MaxReviewLimit reviews, so the lists stay short.

// candidatesPart is the part of the rows of reviewsWithCandidates that
// are candidates, after reviewColumns: rows of reviews are of part 0.
const candidatesPart = 1

// withCandidates is the columns of reviews r that reviewsWithCandidates
// reads, the review's first, then its part and the candidate's columns,
// NULL.
const withCandidates = reviewColumns + `, 0, NULL, NULL`

// candidateRows is the rows of the candidates of the reviews of p (a table
// of their IDs, id) as reviewsWithCandidates reads them: the review's ID,
// its other columns NULL, then candidatesPart and the candidate's song and
// score.
var candidateRows = `SELECT c.review_id, ` + nulls(reviewColumnCount-1) + `, ` + strconv.Itoa(candidatesPart) +
	`, c.candidate_song_id, c.score FROM p STRAIGHT_JOIN review_candidates c FORCE INDEX (PRIMARY) ON c.review_id = p.id`

// reviewsOf is the statement of the reviews whose IDs ids lists (a SELECT
// of one column, id) with their candidates, as reviewsWithCandidates reads
// them.
func reviewsOf(ids string) string {
	return "WITH p AS (" + ids + ")\n\t\tSELECT " + withCandidates + " FROM p JOIN reviews r ON r.id = p.id\n\t\tUNION ALL " + candidateRows
}

// reviewsWithCandidates reads the reviews of a statement whose rows are
// withCandidates of a review or candidateRows, in no order, and returns
// them with the candidates of each, best first.
func reviewsWithCandidates(ctx context.Context, db reader, q string, args []any) ([]dedup.Review, map[int64][]dedup.ReviewCandidate, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, translate(err)
	}
	defer rows.Close()
	var items []dedup.Review
	cands := map[int64][]dedup.ReviewCandidate{}
	var review, song, part nullInt64
	var score nullFloat64
	dest := []any{&review}
	for range reviewColumnCount - 1 {
		dest = append(dest, discard{})
	}
	dest = append(dest, &part, &song, &score)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, translate(err)
		}
		if part.Int64 == candidatesPart {
			cands[review.Int64] = append(cands[review.Int64], dedup.ReviewCandidate{SongID: song.Int64, Score: score.Float64})
			continue
		}
		r, err := scanReview(rows, discard{}, discard{}, discard{})
		if err != nil {
			return nil, nil, translate(err)
		}
		items = append(items, r)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, translate(err)
	}
	for _, list := range cands {
		slices.SortFunc(list, func(a, b dedup.ReviewCandidate) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.SongID, b.SongID))
		})
	}
	return items, cands, nil
}

// songsReader reads the songs ids (sorted, distinct) of reviews, a key
// alias's ID or an unknown one absent.
type songsReader func(ctx context.Context, db reader, ids []int64) (map[int64]dedup.Song, error)

// fillReviewSongs fills each review's candidates, from cands (by review;
// a review without any has its best candidate alone), and songs, read by
// read. It tolerates lag: a read replica may serve it.
func (s *DB) fillReviewSongs(ctx context.Context, items []dedup.Review, cands map[int64][]dedup.ReviewCandidate, read songsReader) error {
	if len(items) == 0 {
		return nil
	}
	return s.lagTolerant(ctx, func(db reader) error { return fillReviewSongsOn(ctx, db, items, cands, read) })
}

func fillReviewSongsOn(ctx context.Context, db reader, items []dedup.Review, cands map[int64][]dedup.ReviewCandidate, read songsReader) error {
	var songIDs []int64
	for i := range items {
		if len(cands[items[i].ID]) == 0 {
			cands[items[i].ID] = []dedup.ReviewCandidate{{SongID: items[i].CandidateSongID, Score: items[i].Score}}
		}
		songIDs = append(songIDs, items[i].SongID)
		for _, c := range cands[items[i].ID] {
			songIDs = append(songIDs, c.SongID)
		}
	}
	slices.Sort(songIDs)
	docs, err := read(ctx, db, slices.Compact(songIDs))
	if err != nil {
		return err
	}
	// One song listed twice or more on the page (as a candidate of two
	// reviews, or a review's best candidate among its candidates) is one
	// dedup.Song, whose document the caller can then write once.
	shared := make(map[int64]*dedup.Song, len(docs))
	doc := func(id int64) (*dedup.Song, error) {
		if p, ok := shared[id]; ok {
			return p, nil
		}
		d, ok := docs[id]
		if !ok {
			return nil, fmt.Errorf("song %d: %w", id, dedup.ErrNotFound)
		}
		shared[id] = &d
		return &d, nil
	}
	for i := range items {
		if items[i].Song, err = doc(items[i].SongID); err != nil {
			return err
		}
		items[i].Candidate = nil
		cs := cands[items[i].ID]
		for k := range cs {
			if cs[k].Song, err = doc(cs[k].SongID); err != nil {
				return err
			}
			if cs[k].SongID == items[i].CandidateSongID {
				items[i].Candidate = cs[k].Song
			}
		}
		items[i].Candidates = cs
	}
	return nil
}

// songDocsOf reads the documents of songs ids (sorted, distinct), as
// SongDetail reads one: a key alias's ID or an unknown one is absent. As
// SongDetail does, it reads the merge histories of the songs of
// logged_songs only, and none when the page has none of them.
func songDocsOf(ctx context.Context, db reader, ids []int64) (map[int64]dedup.Song, error) {
	out := make(map[int64]dedup.Song, len(ids))
	q, args := songsQuery(ids)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("songs of reviews: %w", translate(err))
	}
	// logged are the songs of logged_songs, and loggedCanonical the
	// canonical ones among them: only they have a merge history.
	var canonical, logged, loggedCanonical []int64
	for rows.Next() {
		var isLogged bool
		song, err := scanSong(rows, &isLogged)
		if err != nil {
			rows.Close()
			return nil, translate(err)
		}
		if song.MergedInto == 0 {
			canonical = append(canonical, song.ID)
		}
		if isLogged {
			logged = append(logged, song.ID)
			if song.MergedInto == 0 {
				loggedCanonical = append(loggedCanonical, song.ID)
			}
		}
		out[song.ID] = song
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, translate(err)
	}
	if len(out) == 0 {
		return out, nil
	}
	found := make([]int64, 0, len(out))
	for id := range out {
		found = append(found, id)
	}
	slices.Sort(found)

	if err := docVideos(ctx, db, out, found, canonical); err != nil {
		return nil, err
	}

	if len(logged) == 0 {
		return out, nil
	}
	slices.Sort(logged)
	q, args = docHistoryQuery(logged, loggedCanonical, maxDocHistory)
	rows, err = db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("history of review songs: %w", translate(err))
	}
	defer rows.Close()
	for rows.Next() {
		var owner int64
		var e dedup.MergeEvent
		var undone sql.NullTime
		if err := rows.Scan(&owner, &e.ID, &e.Kind, &e.SongID, &e.IntoSongID, &e.VideoID, &e.Score, &e.DecidedBy,
			&e.Explanation, &e.CreatedAt, &undone, &e.UndoneBy, &e.Reason); err != nil {
			return nil, translate(err)
		}
		if undone.Valid {
			t := undone.Time
			e.UndoneAt = &t
		}
		song := out[owner]
		song.History = append(song.History, e)
		out[owner] = song
	}
	return out, translate(rows.Err())
}

// docVideos reads the videos of the documents of songs found (sorted;
// canonical are canonical) into out, in one statement of index lookups
// (docAllVideosQuery): every video of each document, in no order, sorted
// and counted here, each document then cut to maxDocVideos. Numbered and
// summed by the server in windows (docVideosQuery), the rows pass through
// two temporary tables and each video is looked up twice, which cost the
// statement half the database's CPU. When the statement's limit cut its
// rows (documents of more than maxDocVideos videos each, on average), the
// windows read them.
func docVideos(ctx context.Context, db reader, out map[int64]dedup.Song, found, canonical []int64) error {
	q, args, limit := docAllVideosQuery(found, canonical)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("videos of review songs: %w", translate(err))
	}
	videos := make(map[int64][]dedup.Video, len(found))
	n := 0
	for rows.Next() {
		var owner int64
		var v dedup.Video
		if err := rows.Scan(&owner, &v.ID, &v.SongID, &v.CanonicalID, &v.Title, &v.Channel, &v.Artist,
			&v.DurationSeconds, &v.Plays, &v.Likes, &v.CreatedAt); err != nil {
			rows.Close()
			return translate(err)
		}
		videos[owner] = append(videos[owner], v)
		n++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return translate(err)
	}
	if n >= limit {
		return docVideosNumbered(ctx, db, out, found, canonical)
	}
	for owner, list := range videos {
		song := out[owner]
		slices.SortFunc(list, documentOrder)
		song.Videos = list
		countVideos(&song)
		song.Videos = list[:min(len(list), maxDocVideos)]
		out[owner] = song
	}
	return nil
}

// docVideosNumbered reads the videos of the documents of songs found into
// out by docVideosQuery: the first maxDocVideos of each, in order, with
// the totals of all of them.
func docVideosNumbered(ctx context.Context, db reader, out map[int64]dedup.Song, found, canonical []int64) error {
	q, args := docVideosQuery(found, canonical, maxDocVideos)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("videos of review songs: %w", translate(err))
	}
	defer rows.Close()
	for rows.Next() {
		var owner int64
		var v dedup.Video
		song := dedup.Song{}
		if err := rows.Scan(&owner, &v.ID, &v.SongID, &v.CanonicalID, &v.Title, &v.Channel, &v.Artist,
			&v.DurationSeconds, &v.Plays, &v.Likes, &v.CreatedAt, &song.Plays, &song.Likes, &song.VideoCount); err != nil {
			return translate(err)
		}
		plays, likes, count := song.Plays, song.Likes, song.VideoCount
		song = out[owner]
		song.Plays, song.Likes, song.VideoCount = plays, likes, count
		song.Videos = append(song.Videos, v)
		out[owner] = song
	}
	return translate(rows.Err())
}

// songsQuery reads the songs ids, leaving out key aliases' rows, each
// with whether it is one of logged_songs.
func songsQuery(ids []int64) (string, []any) {
	in, args := inList(ids)
	return "SELECT " + songColumns + `, l.song_id IS NOT NULL FROM songs s LEFT JOIN alias_rows a ON a.id = s.id
	LEFT JOIN logged_songs l ON l.song_id = s.id
	WHERE s.id IN (` + in + `) AND a.id IS NULL`, args
}

// ownedVideos is a derived table of (owner, video) rows: the videos of the
// documents of songs ids, of which canonical are canonical (ownedBy over
// many songs). columns are read from videos v and songs s.
func ownedVideos(ids, canonical []int64, columns string) (string, []any) {
	in, args := inList(ids)
	q := `SELECT s.id AS owner, ` + columns + ` FROM videos v JOIN songs s ON s.id = v.song_id WHERE s.id IN (` + in + `)`
	if len(canonical) > 0 {
		cin, cargs := inList(canonical)
		q += `
		UNION ALL SELECT s.merged_into, ` + columns + ` FROM videos v JOIN songs s ON s.id = v.song_id WHERE s.merged_into IN (` + cin + `)`
		args = append(args, cargs...)
	}
	return q, args
}

// docAllVideosQuery lists the videos of the documents of songs ids, of
// which canonical are canonical, in no order, each row with its
// document's song first: up to limit rows in all, maxDocVideos+1 a song.
func docAllVideosQuery(ids, canonical []int64) (q string, args []any, limit int) {
	owned, args := ownedVideos(ids, canonical, videoColumns)
	limit = len(ids) * (maxDocVideos + 1)
	return owned + `
		LIMIT ?`, append(args, limit), limit
}

// docVideosQuery lists the first limit videos of the documents of songs
// ids, in videosQuery's order within each, each row with its document's
// engagement totals and count over all its videos (as docVideos gives them
// for one). The window functions number and sum narrow rows, and only the
// videos listed are joined to their titles: a window writes its rows to a
// temporary table, and a video's row is wide.
func docVideosQuery(ids, canonical []int64, limit int) (string, []any) {
	owned, args := ownedVideos(ids, canonical, `v.video_id, COALESCE(s.merged_into, s.id) AS canonical_id, v.plays, v.likes, v.created_at`)
	return `SELECT d.owner, v.video_id, v.song_id, d.canonical_id, v.title, v.channel, v.artist, v.duration_seconds,
		LEAST(v.plays, ` + maxEngagement + `), LEAST(v.likes, ` + maxEngagement + `), v.created_at,
		LEAST(d.total_plays, ` + maxEngagement + `), LEAST(d.total_likes, ` + maxEngagement + `), d.total_videos
		FROM (SELECT o.owner, o.video_id, o.canonical_id, ROW_NUMBER() OVER (PARTITION BY o.owner ORDER BY o.created_at, o.video_id) AS n,
			SUM(o.plays) OVER (PARTITION BY o.owner) AS total_plays, SUM(o.likes) OVER (PARTITION BY o.owner) AS total_likes,
			COUNT(*) OVER (PARTITION BY o.owner) AS total_videos
			FROM (` + owned + `) o) d
		JOIN videos v ON v.video_id = d.video_id
		WHERE d.n <= ? ORDER BY d.owner, d.n`, append(args, limit)
}

// docHistoryQuery lists the newest limit entries of the merge logs of songs
// ids, as historyParts do for one: the entries naming a song on either
// side and, for a canonical song, those whose into song's canonical song
// it is (into it or into the songs merged into it).
func docHistoryQuery(ids, canonical []int64, limit int) (string, []any) {
	in, args := inList(ids)
	owned := `SELECT song_id AS owner, id FROM merges WHERE song_id IN (` + in + `)
		UNION SELECT into_song_id, id FROM merges WHERE into_song_id IN (` + in + `)`
	args = append(args, args...)
	if len(canonical) > 0 {
		cin, cargs := inList(canonical)
		owned += `
		UNION SELECT into_canonical_id, id FROM merges WHERE into_canonical_id IN (` + cin + `)`
		args = append(args, cargs...)
	}
	return `SELECT h.owner, m.id, m.kind, m.song_id, m.into_song_id, COALESCE(m.video_id, ''), m.score, m.decided_by,
		m.explanation, m.created_at, m.undone_at, COALESCE(m.undone_by, ''), COALESCE(m.reason, '')
		FROM (SELECT u.owner, u.id, ROW_NUMBER() OVER (PARTITION BY u.owner ORDER BY u.id DESC) AS n
			FROM (` + owned + `) u) h
		JOIN merges m ON m.id = h.id WHERE h.n <= ? ORDER BY h.owner, m.id DESC`, append(args, limit)
}
