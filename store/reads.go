package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/songdedup/songdedup/dedup"
)

// maxDocVideos bounds the videos listed in one song document; totals cover
// all of them.
const maxDocVideos = 500

// maxDocHistory bounds the merge log entries in one song document.
const maxDocHistory = 200

// SongDetail implements dedup.CurationStore: the song with its videos, engagement
// totals and merge history. A canonical song owns its own videos and those
// of every song merged into it; a song merged away shows the videos it was
// given. It tolerates lag: a read replica may serve it.
func (s *DB) SongDetail(ctx context.Context, id int64) (dedup.Song, error) {
	var out dedup.Song
	err := s.lagTolerant(ctx, func(db reader) error {
		var reads documentReads
		if pool, ok := db.(*sql.DB); ok {
			reads = documentReads{own: s.songReadsOf(pool), whole: s.wholeReadsOf(pool)}
		}
		var err error
		out, err = songDocument(ctx, s.prepared(db), id, &s.logged, reads)
		return err
	})
	return out, err
}

// documentReads are the coalesced reads of songs' own videos and of
// their whole documents on a pool, when the reader is one.
type documentReads struct {
	own, whole *coalesced[int64, songRead]
}

// songDocument reads the document of song id in one statement: its own
// videos (ownVideosQuery) for a song that no merge log entry names (most
// songs), which no song with videos was ever merged into; the whole
// document (songDocumentQuery) for one that does (one of logged_songs).
// Which it is, the statement of its own videos says; a song it found
// logged is read whole at once from then on (logged). Under load, reads
// of either kind share statements (coalesced: wholeDocumentsQuery reads
// whole documents together). A song whose
// statement of its own videos is the first to find it logged is read
// again whole: two statements, the first read only for whether it is
// logged, for the document is of one statement, so one snapshot of the
// song, its videos and its log, whatever merge commits meanwhile.
//
// The videos are read in no order, up to one more than maxDocVideos of
// each kind, and sorted here: sorted by the server, the rows pass through
// a temporary table and a filesort, which cost a read of a song a fifth of
// the server's CPU for the statement. Only the rare song with more than
// maxDocVideos videos is read again sorted by the server (firstVideos):
// its videos and totals come from statements of their own, and its
// document is no one snapshot.
func songDocument(ctx context.Context, db reader, id int64, logged *loggedSongs, reads documentReads) (dedup.Song, error) {
	gone := func(err error) error { return fmt.Errorf("song %d: %w", id, translate(err)) }
	readWhole := func() (songRead, error) {
		if reads.whole == nil {
			return wholeDocument(ctx, db, id)
		}
		return reads.whole.read(ctx, id, func() (songRead, error) { return wholeDocument(ctx, db, id) }, gone)
	}
	whole := logged.has(id)
	var r songRead
	var err error
	switch {
	case whole:
		r, err = readWhole()
	case reads.own != nil:
		r, err = reads.own.read(ctx, id, func() (songRead, error) { return ownVideos(ctx, db, id) }, gone)
	default:
		r, err = ownVideos(ctx, db, id)
	}
	if err == nil && r.logged && !whole {
		logged.add(id)
		r, err = readWhole()
	}
	if err != nil {
		return dedup.Song{}, err
	}
	song := r.song
	if len(song.Videos) > maxDocVideos {
		return firstVideos(ctx, db, song)
	}
	slices.SortFunc(song.Videos, documentOrder)
	countVideos(&song)
	return song, nil
}

// wholeDocument reads the whole document of song id (songDocumentQuery).
func wholeDocument(ctx context.Context, db reader, id int64) (songRead, error) {
	q, args := songDocumentQuery(id)
	return readDocument(ctx, db, id, q, args, true)
}

// ownVideos reads song id with its own videos (ownVideosQuery).
func ownVideos(ctx context.Context, db reader, id int64) (songRead, error) {
	q, args := ownVideosQuery(id)
	return readDocument(ctx, db, id, q, args, false)
}

// songReadsOf are the coalesced reads of songs' own videos on pool.
func (s *DB) songReadsOf(pool *sql.DB) *coalesced[int64, songRead] {
	return s.songReads.of(pool, s.coalescedStatements, func(ctx context.Context, ids []int64) []result[songRead] {
		db := s.prepared(pool)
		q, args, limit := ownVideosBatchQuery(ids)
		return documentsOfSongs(ctx, db, ids, q, args, limit, false, func(id int64) (songRead, error) { return ownVideos(ctx, db, id) })
	})
}

// wholeReadsOf are the coalesced reads of songs' whole documents on pool.
func (s *DB) wholeReadsOf(pool *sql.DB) *coalesced[int64, songRead] {
	return s.wholeReads.of(pool, s.coalescedStatements, func(ctx context.Context, ids []int64) []result[songRead] {
		db := s.prepared(pool)
		q, args, limit := wholeDocumentsQuery(ids)
		return documentsOfSongs(ctx, db, ids, q, args, limit, true, func(id int64) (songRead, error) { return wholeDocument(ctx, db, id) })
	})
}

// documentsOfSongs reads songs ids in one statement, q and args (see
// readDocuments), and returns a result for each, in their order (an
// unknown song, or a key alias's row, not found). When the statement's
// limit cut the rows of a part, each song is read alone, by one.
func documentsOfSongs(ctx context.Context, db reader, ids []int64, q string, args []any, limit int, whole bool,
	one func(id int64) (songRead, error)) []result[songRead] {
	out := make([]result[songRead], len(ids))
	docs, rows, err := readDocuments(ctx, db, 0, q, args, whole)
	if err == nil && max(rows[0], rows[1]) >= limit {
		for i, id := range ids {
			out[i].value, out[i].err = one(id)
		}
		return out
	}
	listed := make(map[int64]bool, len(ids))
	for i, id := range ids {
		d := docs[id]
		switch {
		case err != nil:
			out[i].err = fmt.Errorf("song %d: %w", id, err)
		case d == nil:
			out[i].err = fmt.Errorf("song %d: %w", id, translate(sql.ErrNoRows))
		default:
			out[i].value = *d
			if listed[id] {
				// Each read sorts the videos of its own document, and
				// may trim them.
				out[i].value.song.Videos = slices.Clone(d.song.Videos)
				out[i].value.song.History = slices.Clone(d.song.History)
			}
			listed[id] = true
		}
	}
	return out
}

// loggedSongs are songs found in logged_songs, up to maxLoggedSongs of
// them, for songDocument to read their documents whole at once. A song
// stays logged once it is (logged_songs only gains rows), and a song
// listed here that a lagging replica does not list yet is read whole as
// well: the whole document is right for any song, and only costs a song
// that is not logged more than the statement of its own videos.
type loggedSongs struct {
	mu  sync.Mutex
	ids map[int64]struct{}
}

// maxLoggedSongs bounds loggedSongs: some 40 bytes each.
const maxLoggedSongs = 1 << 16

func (l *loggedSongs) has(id int64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	_, ok := l.ids[id]
	return ok
}

// add lists song id, forgetting another (an arbitrary one) when the list
// is full.
func (l *loggedSongs) add(id int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ids == nil {
		l.ids = map[int64]struct{}{}
	}
	if _, ok := l.ids[id]; ok {
		return
	}
	if len(l.ids) >= maxLoggedSongs {
		for old := range l.ids {
			delete(l.ids, old)
			break
		}
	}
	l.ids[id] = struct{}{}
}

// duringDocumentRead, when set (by tests), runs once the statement of a
// song's document has answered, before its rows are read.
var duringDocumentRead func(id int64)

// songRead is a song's document as a statement read it, and whether the
// song is one of logged_songs.
type songRead struct {
	song   dedup.Song
	logged bool
}

// readDocument reads song id by q and args (see readDocuments).
func readDocument(ctx context.Context, db reader, id int64, q string, args []any, whole bool) (songRead, error) {
	docs, _, err := readDocuments(ctx, db, id, q, args, whole)
	if err != nil {
		return songRead{}, fmt.Errorf("song %d: %w", id, err)
	}
	d := docs[id]
	if d == nil {
		return songRead{}, fmt.Errorf("song %d: %w", id, translate(sql.ErrNoRows))
	}
	return *d, nil
}

// readDocuments reads songs by q and args, by ID: each song, its videos as
// they come and whether it is one of logged_songs, and how many rows the
// statement gave of each part (of its own videos, of the videos merged
// into it and of its merge log). The rows are those of songDocumentQuery
// of song id or of wholeDocumentsQuery when whole is set, the merge
// history newest first; else of ownVideosQuery, ownVideosBatchQuery or
// songVideosQuery: rows of part 0 without the columns of the merge log,
// a song's own videos each with the song's columns. A row of part 1, 2
// or ownPart belongs to the song its first column names, to song id when
// it is NULL.
func readDocuments(ctx context.Context, db reader, id int64, q string, args []any, whole bool) (map[int64]*songRead, [3]int, error) {
	var n [3]int
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, n, translate(err)
	}
	defer rows.Close()
	if duringDocumentRead != nil {
		duringDocumentRead(id)
	}
	var song, part nullInt64
	var v nullVideo
	var e nullEvent
	tail := append([]any{&part}, v.dest()...)
	if whole {
		tail = append(tail, e.dest()...)
	}
	// The song's columns, and whether it is logged, are read from the
	// song's first row of part 0; they repeat in its other rows, and are
	// NULL in the rows of the other parts: but for the song's ID, they
	// are dropped.
	rest := make([]any, songColumnCount+1, songColumnCount+1+len(tail))
	rest[0] = &song
	for i := 1; i < len(rest); i++ {
		rest[i] = discard{}
	}
	rest = append(rest, tail...)
	docs := make(map[int64]*songRead, 1)
	var own, merged map[int64][]dedup.Video
	var history map[int64][]dedup.MergeEvent
	if whole {
		own, merged, history = map[int64][]dedup.Video{}, map[int64][]dedup.Video{}, map[int64][]dedup.MergeEvent{}
	}
	for rows.Next() {
		song, v, e = nullInt64{}, nullVideo{}, nullEvent{}
		if err := rows.Scan(rest...); err != nil {
			return nil, n, translate(err)
		}
		switch p := part.Int64; {
		case p == ownPart || p == 0 && !whole:
			n[0]++
		case p == 1 || p == 2:
			n[p]++
		}
		owner := id
		if song.Valid {
			owner = song.Int64
		}
		switch part.Int64 {
		case ownPart:
			if video, ok := v.video(); ok {
				own[owner] = append(own[owner], video)
			}
		case 0:
			d := docs[song.Int64]
			if d == nil {
				// The row is scanned again, the song's columns with it.
				d = &songRead{}
				if d.song, err = scanSong(rows, append([]any{&d.logged}, tail...)...); err != nil {
					return nil, n, translate(err)
				}
				docs[song.Int64] = d
			}
			if video, ok := v.video(); ok {
				d.song.Videos = append(d.song.Videos, video)
			}
		case 1:
			if video, ok := v.video(); ok {
				merged[owner] = append(merged[owner], video)
			}
		default:
			history[owner] = append(history[owner], e.event())
		}
	}
	if err := rows.Err(); err != nil {
		return nil, n, translate(err)
	}
	if whole {
		for owner, d := range docs {
			canonical := cmp.Or(d.song.MergedInto, d.song.ID)
			d.song.Videos = slices.Grow(d.song.Videos, len(own[owner])+len(merged[owner]))
			for _, v := range own[owner] {
				v.CanonicalID = canonical
				d.song.Videos = append(d.song.Videos, v)
			}
			d.song.Videos = append(d.song.Videos, merged[owner]...)
			d.song.History = newestHistory(history[owner])
		}
	}
	return docs, n, nil
}

// countVideos sets the engagement totals and the count of song's document
// to those of the videos it lists.
func countVideos(song *dedup.Song) {
	song.VideoCount = len(song.Videos)
	song.Plays, song.Likes = 0, 0
	for _, v := range song.Videos {
		song.Plays = min(song.Plays+v.Plays, dedup.MaxEngagement)
		song.Likes = min(song.Likes+v.Likes, dedup.MaxEngagement)
	}
}

// firstVideos fills the document of a song with more than maxDocVideos
// videos: the first maxDocVideos by upload, read sorted by the server, and
// the engagement totals and count of all of them, summed by a statement
// of their own.
func firstVideos(ctx context.Context, db reader, song dedup.Song) (dedup.Song, error) {
	q, args := songVideosQuery(song.ID, maxDocVideos)
	sorted, err := readDocument(ctx, db, song.ID, q, args, false)
	if err != nil {
		return dedup.Song{}, err
	}
	sorted.song.History = song.History
	song = sorted.song
	countVideos(&song)
	if len(song.Videos) <= maxDocVideos {
		// Videos left the song between the reads.
		return song, nil
	}
	song.Videos = song.Videos[:maxDocVideos]
	q, args = totalsQuery(song.ID, song.MergedInto == 0)
	if err := db.QueryRowContext(ctx, q, args...).Scan(&song.Plays, &song.Likes, &song.VideoCount); err != nil {
		return dedup.Song{}, fmt.Errorf("song %d totals: %w", song.ID, translate(err))
	}
	return song, nil
}

// documentOrder is the order of a song document's videos, the order of
// songVideosQuery sorted: by upload, then by video ID (the bytes of an ID
// compare as utf8mb4_bin compares them).
func documentOrder(a, b dedup.Video) int {
	if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// discard is a destination of Scan that drops its column, as it comes
// from the driver.
type discard struct{}

func (discard) Scan(any) error { return nil }

// nullVideo is the videoColumns of a row of an outer join: all NULL when
// the row has no video.
type nullVideo struct {
	id, title, channel, artist nullStr
	songID, canonicalID        nullInt64
	duration                   nullInt32
	plays, likes               nullInt64
	createdAt                  sql.NullTime
}

func (v *nullVideo) dest() []any {
	return []any{&v.id, &v.songID, &v.canonicalID, &v.title, &v.channel, &v.artist, &v.duration,
		&v.plays, &v.likes, &v.createdAt}
}

func (v *nullVideo) video() (dedup.Video, bool) {
	return dedup.Video{ID: v.id.String, SongID: v.songID.Int64, CanonicalID: v.canonicalID.Int64, Title: v.title.String,
		Channel: v.channel.String, Artist: v.artist.String, DurationSeconds: int(v.duration.Int32),
		Plays: v.plays.Int64, Likes: v.likes.Int64, CreatedAt: v.createdAt.Time}, v.id.Valid
}

// nullEvent is historyColumns in a row that may have NULLs for them (see
// songDocumentQuery).
type nullEvent struct {
	id, songID, intoSongID   nullInt64
	kind, videoID, decidedBy nullStr
	undoneBy, reason         nullStr
	score                    nullFloat64
	explanation              []byte
	createdAt, undoneAt      sql.NullTime
}

func (e *nullEvent) dest() []any {
	return []any{&e.id, &e.kind, &e.songID, &e.intoSongID, &e.videoID, &e.score, &e.decidedBy,
		&e.explanation, &e.createdAt, &e.undoneAt, &e.undoneBy, &e.reason}
}

func (e *nullEvent) event() dedup.MergeEvent {
	out := dedup.MergeEvent{ID: e.id.Int64, Kind: dedup.MergeKind(e.kind.String), SongID: e.songID.Int64, IntoSongID: e.intoSongID.Int64,
		VideoID: e.videoID.String, Score: e.score.Float64, DecidedBy: e.decidedBy.String, Explanation: e.explanation,
		CreatedAt: e.createdAt.Time, UndoneBy: e.undoneBy.String, Reason: e.reason.String}
	if e.undoneAt.Valid {
		t := e.undoneAt.Time
		out.UndoneAt = &t
	}
	return out
}

// maxEngagement is dedup.MaxEngagement in SQL: counts written before it
// bounded them may exceed it, and sums may, so reads saturate there.
var maxEngagement = strconv.FormatInt(dedup.MaxEngagement, 10)

// videoColumns are the columns scanVideo reads, from videos v joined to
// songs s.
var videoColumns = videoColumnsOf("s")

// videoColumnsOf are videoColumns with the video's song named song.
func videoColumnsOf(song string) string {
	return `v.video_id, v.song_id, COALESCE(` + song + `.merged_into, ` + song + `.id), v.title, v.channel, v.artist,
	v.duration_seconds, LEAST(v.plays, ` + maxEngagement + `), LEAST(v.likes, ` + maxEngagement + `), v.created_at`
}

// Each read of a document is one statement of index lookups, whatever the
// size of the tables (TestReadPlans checks their plans).

// ownedBy is the condition on songs s of the videos a song document shows:
// a canonical song's own and those of the songs merged into it, or a
// merged song's own.
func ownedBy(id int64, canonical bool) (string, []any) {
	if canonical {
		return "(s.id = ? OR s.merged_into = ?)", []any{id, id}
	}
	return "s.id = ?", []any{id}
}

// songVideosQuery reads song id (a key alias's row is none) with the
// first limit videos of its document by upload (then by ID), and one
// more, if it has more (the sign that the document has more than it
// lists), in rows of ownVideosQuery: a row a video, or one
// row with NULL videoColumns for a song without videos. The videos are
// those ownedBy the song, whether it is canonical being the song row's
// own merged_into.
func songVideosQuery(id int64, limit int) (string, []any) {
	return sortedSongVideosSQL, []any{id, limit + 1}
}

var sortedSongVideosSQL = `SELECT ` + songColumns + `, l.song_id IS NOT NULL, 0, ` + videoColumnsOf("o") + `
		FROM songs s LEFT JOIN alias_rows a ON a.id = s.id LEFT JOIN logged_songs l ON l.song_id = s.id
		LEFT JOIN (songs o JOIN videos v ON v.song_id = o.id) ON o.id = s.id OR (s.merged_into IS NULL AND o.merged_into = s.id)
		WHERE s.id = ? AND a.id IS NULL ORDER BY v.created_at, v.video_id LIMIT ?`

// songDocumentQuery reads the document of song id (a key alias's row is
// none) in one statement, a UNION ALL of four parts, each row with its
// part after the song's columns and whether the song is one of
// logged_songs:
//
//   - part 0, the song, with NULL videoColumns, and ownPart, up to
//     maxDocVideos+1 of its own videos, in no order, a row a video (its
//     videoColumns) with NULL song columns (wholeSongSQLOf);
//   - part 1, up to maxDocVideos+1 videos of the songs merged into it, in
//     no order (a song merged away has none: a merge moves the songs
//     merged into a song to the song it merges into);
//   - part 2, its merge history (historyParts, two parts of the UNION
//     ALL), not in order.
//
// The song's columns are NULL in parts ownPart, 1 and 2, the video's in
// parts 0 and 2 and the entry's in the others. Parts 1 and 2 are empty for a song that
// no merge log entry names (one not in logged_songs): no song with videos
// was merged into it (a merge names the song it merges into, and key
// aliases, merged into their song unlogged, have no videos). Its own
// videos are looked up by their song alone, not by an index merge of the
// songs that are the song or merged into it, which cost the server a
// quarter of the statement.
//
// A document of one statement is one snapshot: no merge that commits
// while it is read moves videos between its parts.
func songDocumentQuery(id int64) (string, []any) {
	return songDocumentSQL, append([]any{id, id, maxDocVideos + 1, id, maxDocVideos + 1}, historyArgs(id, maxDocHistory)...)
}

// ownVideosQuery reads parts 0 and ownPart of songDocumentQuery alone, as
// rows of part 0, each of the song's own videos with the song's columns,
// or one row with NULL videoColumns for a song without videos, without
// the columns of the merge log (see readDocument): the whole document of a
// song not in logged_songs, which has one video or none, for a part of the
// server's CPU of songDocumentQuery (a UNION ALL of five lookups, each of
// which costs about as much as this one).
func ownVideosQuery(id int64) (string, []any) {
	return ownVideosSQL, []any{id, maxDocVideos + 1}
}

var ownVideosSQL = ownVideosSQLOf("", "= ?")

// ownVideosSQLOf is ownVideosSQL with more columns after the video's,
// of the songs whose IDs are songs.
func ownVideosSQLOf(more, songs string) string {
	return `SELECT ` + songColumns + `, l.song_id IS NOT NULL, 0, ` + videoColumnsOf("s") + more + `
		FROM songs s LEFT JOIN alias_rows a ON a.id = s.id LEFT JOIN logged_songs l ON l.song_id = s.id
		LEFT JOIN videos v ON v.song_id = s.id
		WHERE s.id ` + songs + ` AND a.id IS NULL LIMIT ?`
}

// ownVideosBatchQuery reads songs ids as ownVideosQuery reads one, in a
// statement of an IN list (padded), up to limit rows in all:
// maxDocVideos+1 a song.
func ownVideosBatchQuery(ids []int64) (q string, args []any, limit int) {
	args = padded(ids)
	limit = len(ids) * (maxDocVideos + 1)
	return ownVideosBatchSQL[len(args)], append(args, limit), limit
}

var ownVideosBatchSQL = byPaddedSize(func(in string) string { return ownVideosSQLOf("", "IN ("+in+")") })

// wholeDocumentsQuery reads the whole documents of songs ids as
// songDocumentQuery reads one, in a statement of IN lists (padded), up to
// limit rows of each kind of videos in all: maxDocVideos+1 a song. The
// rows of parts 1 and 2 name their song in their first column. The merge
// history of each song is read by historyParts of its own, the lookups
// songDocumentQuery reads it by: the entries whose into song's canonical
// song it is, its newest maxDocHistory in the order of the index, and
// those naming it whose into song's canonical song is another. (Numbered
// newest first by song in a window, the entries of a canonical song with
// a long log would be read and sorted whole, at each read.) The lookups
// of a slot of the padding, or of a song listed twice, are of song noSong,
// which no entry names.
func wholeDocumentsQuery(ids []int64) (q string, args []any, limit int) {
	in := padded(ids)
	limit = len(ids) * (maxDocVideos + 1)
	args = append(append(append(append(slices.Clone(in), in...), limit), in...), limit)
	seen := make(map[int64]bool, len(ids))
	for _, v := range in {
		id := v.(int64)
		if seen[id] {
			id = noSong
		}
		seen[id] = true
		h := historyArgs(id, maxDocHistory)
		args = append(append(append(append(args, id), h[:2]...), id), h[2:]...)
	}
	return wholeDocumentsSQL[len(in)], args, limit
}

// noSong is an ID no song has: no merge log entry names it.
const noSong = -1

var wholeDocumentsSQL = byPaddedSize(func(in string) string {
	q := wholeSongSQLOf("IN ("+in+")") + `
		UNION ALL (SELECT l.song_id, ` + nulls(songColumnCount) + `, 1, ` + videoColumnsOf("o") + `, ` + nulls(historyColumnCount) + `
		FROM logged_songs l JOIN songs o ON o.merged_into = l.song_id JOIN videos v ON v.song_id = o.id WHERE l.song_id IN (` + in + `) LIMIT ?)`
	for range strings.Count(in, "?") {
		q += `
		UNION ALL ` + historyPartOf("?", historyParts[0]) + `
		UNION ALL ` + historyPartOf("?", historyParts[1])
	}
	return q
})

var songDocumentSQL = wholeSongSQLOf("= ?") + `
		UNION ALL (SELECT ` + nulls(songColumnCount+1) + `, 1, ` + videoColumnsOf("o") + `, ` + nulls(historyColumnCount) + `
		FROM logged_songs l JOIN songs o ON o.merged_into = l.song_id JOIN videos v ON v.song_id = o.id WHERE l.song_id = ? LIMIT ?)
		UNION ALL ` + historyPart(historyParts[0]) + `
		UNION ALL ` + historyPart(historyParts[1])

// ownPart is the part of a whole document's statement that lists the
// song's own videos (see wholeSongSQLOf).
const ownPart = 3

// wholeSongSQLOf is part 0 and ownPart of the statement of whole
// documents (songDocumentSQL, wholeDocumentsSQL), of the songs whose IDs
// are songs: a row for each song, with NULL videoColumns, then one for
// each of its own videos, up to a limit (the first argument after the
// songs'), with NULL songColumns but for the first column, the video's
// song, and NULL as the video's canonical song, which is the song's (its
// merged_into, or itself): readDocuments sets it. The song's columns come
// once, not with each of its videos, which the driver would read and box
// anew on every row (most of a logged song's document: a song with many
// videos is the one read most). A key alias's row has no videos.
func wholeSongSQLOf(songs string) string {
	return `(SELECT ` + songColumns + `, l.song_id IS NOT NULL, 0, ` + nulls(videoColumnCount) + `, ` + nulls(historyColumnCount) + `
		FROM songs s LEFT JOIN alias_rows a ON a.id = s.id LEFT JOIN logged_songs l ON l.song_id = s.id
		WHERE s.id ` + songs + ` AND a.id IS NULL)
		UNION ALL (SELECT v.song_id, ` + nulls(songColumnCount) + `, ` + strconv.Itoa(ownPart) + `, ` + ownVideoColumns + `, ` + nulls(historyColumnCount) + `
		FROM videos v WHERE v.song_id ` + songs + ` LIMIT ?)`
}

// ownVideoColumns are videoColumns of videos v read without their song:
// NULL as the canonical song.
var ownVideoColumns = strings.Replace(videoColumnsOf("s"), "COALESCE(s.merged_into, s.id)", "NULL", 1)

// historyPart is a part of historyParts as a part of songDocumentSQL: its
// part 2, the columns of the song and of a video NULL.
func historyPart(part string) string {
	return historyPartOf("NULL", part)
}

// historyPartOf is historyPart with song, an expression of the song whose
// history it reads, as its first column (see readDocuments).
func historyPartOf(song, part string) string {
	return "(SELECT " + song + ", " + nulls(songColumnCount) + ", 2, " + nulls(videoColumnCount) + ", " + strings.TrimPrefix(part, "SELECT ") + ")"
}

// nulls is n NULLs, comma-separated.
func nulls(n int) string { return strings.Repeat("NULL, ", n-1) + "NULL" }

// videoColumnCount and historyColumnCount are the numbers of videoColumns
// and of historyColumns.
var (
	videoColumnCount   = len((&nullVideo{}).dest())
	historyColumnCount = len((&nullEvent{}).dest())
)

// totalsQuery sums the engagement of all the videos of a song document and
// counts them.
func totalsQuery(id int64, canonical bool) (string, []any) {
	cond, args := ownedBy(id, canonical)
	return `SELECT LEAST(COALESCE(SUM(v.plays), 0), ` + maxEngagement + `), LEAST(COALESCE(SUM(v.likes), 0), ` + maxEngagement + `), COUNT(*)
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE ` + cond, args
}

// historyParts list the newest limit entries of a song's merge log, up
// to twice limit of them in all, in no order (the reader sorts them,
// newest first, and keeps limit: newestHistory): those naming it on
// either side and, for a canonical song, those into the songs merged into
// it. Each is an index lookup of its own, whatever the song: the entries
// whose into song's canonical song it is (merges_into_canonical: all of
// them for a canonical song, none for a merged one); then those naming it
// that the first leaves out, whose into song's canonical song is another
// (ranges of merges_song and merges_into, merged: few for a canonical
// song, the song's whole log for a merged one), sorted. Each names its
// indexes: left to choose, for a song with many entries the optimizer
// walks the whole log, newest first by the primary key or in no order.
// The first reads its newest limit entries in the order of its index, and
// neither writes a temporary table: a UNION of entry IDs joined to the log, or a join of
// the songs merged into the song to the log, cost a read of a logged
// song's document half the server's CPU of the statement.
var historyParts = [2]string{
	`SELECT ` + historyColumns + ` FROM merges m FORCE INDEX (merges_into_canonical) WHERE m.into_canonical_id = ? ORDER BY m.id DESC LIMIT ?`,
	`SELECT ` + historyColumns + ` FROM merges m FORCE INDEX (merges_song, merges_into)
		WHERE (m.song_id = ? AND m.into_canonical_id <> ?) OR (m.into_song_id = ? AND m.into_canonical_id <> ?) ORDER BY m.id DESC LIMIT ?`,
}

// historyArgs are the arguments of historyParts, in order.
func historyArgs(id int64, limit int) []any {
	return []any{id, limit, id, id, id, id, limit}
}

// historyColumns are the columns of an entry of the merge log m that
// nullEvent reads.
const historyColumns = `m.id, m.kind, m.song_id, m.into_song_id, COALESCE(m.video_id, ''), m.score, m.decided_by,
		m.explanation, m.created_at, m.undone_at, COALESCE(m.undone_by, ''), COALESCE(m.reason, '')`

// newestHistory sorts entries of a merge log newest first and keeps the
// newest maxDocHistory.
func newestHistory(history []dedup.MergeEvent) []dedup.MergeEvent {
	slices.SortFunc(history, func(a, b dedup.MergeEvent) int { return cmp.Compare(b.ID, a.ID) })
	return history[:min(len(history), maxDocHistory)]
}

// videoQuery reads one video with its canonical song.
func videoQuery(videoID string) (string, []any) {
	return videoSQL, []any{videoID}
}

var videoSQL = `SELECT ` + videoColumns + `
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE v.video_id = ?`

func scanVideo(row scanner) (dedup.Video, error) {
	var v dedup.Video
	err := row.Scan(&v.ID, &v.SongID, &v.CanonicalID, &v.Title, &v.Channel, &v.Artist, &v.DurationSeconds,
		&v.Plays, &v.Likes, &v.CreatedAt)
	return v, err
}

// Video implements dedup.CurationStore. It tolerates lag: a read replica
// may serve it. Under load, reads of videos share statements (see
// coalesced).
func (s *DB) Video(ctx context.Context, videoID string) (dedup.Video, error) {
	var v dedup.Video
	err := s.lagTolerant(ctx, func(db reader) error {
		var err error
		q := s.prepared(db)
		pool, ok := db.(*sql.DB)
		if !ok {
			v, err = videoOn(ctx, q, videoID)
			return err
		}
		v, err = s.videoReadsOf(pool).read(ctx, videoID, func() (dedup.Video, error) { return videoOn(ctx, q, videoID) },
			func(err error) error { return fmt.Errorf("video %s: %w", videoID, translate(err)) })
		return err
	})
	return v, err
}

func videoOn(ctx context.Context, db querier, videoID string) (dedup.Video, error) {
	q, args := videoQuery(videoID)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return dedup.Video{}, fmt.Errorf("video %s: %w", videoID, translate(err))
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return dedup.Video{}, fmt.Errorf("video %s: %w", videoID, translate(err))
		}
		return dedup.Video{}, fmt.Errorf("video %s: %w", videoID, translate(sql.ErrNoRows))
	}
	v, err := scanVideo(rows)
	if err != nil {
		return dedup.Video{}, fmt.Errorf("video %s: %w", videoID, translate(err))
	}
	return v, nil
}

// AddEngagement implements dedup.CurationStore: one atomic increment of the video's
// own counters, saturating at dedup.MaxEngagement; song totals are sums over
// videos, so they follow. The video is read back in the same transaction,
// so that nothing can fail once the increment is committed; whether it
// exists is that read's answer (MariaDB counts only changed rows, and a
// zero increment changes none).
func (s *DB) AddEngagement(ctx context.Context, videoID string, plays, likes int64) (dedup.Video, error) {
	var v dedup.Video
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE videos SET plays = LEAST(LEAST(plays, ?) + ?, ?),
			likes = LEAST(LEAST(likes, ?) + ?, ?) WHERE video_id = ?`,
			dedup.MaxEngagement, plays, dedup.MaxEngagement, dedup.MaxEngagement, likes, dedup.MaxEngagement, videoID); err != nil {
			return translate(err)
		}
		var err error
		v, err = scanVideo(tx.QueryRowContext(ctx, videoSQL, videoID))
		return translate(err)
	})
	if err != nil {
		return dedup.Video{}, fmt.Errorf("video %s engagement: %w", videoID, err)
	}
	return v, nil
}

// Stats implements dedup.CurationStore: catalogue counts for the curator page and
// the metrics. It tolerates lag: a read replica may serve it.
func (s *DB) Stats(ctx context.Context) (dedup.Stats, error) {
	var st dedup.Stats
	err := s.lagTolerant(ctx, func(db reader) error {
		if err := db.QueryRowContext(ctx, statsQuery).Scan(&st.PendingReviews, &st.Songs); err != nil {
			return translate(err)
		}
		st.PendingByReason = map[string]int64{}
		return queryPairs(ctx, db, st.PendingByReason, statsByReasonQuery, dedup.ReviewPending)
	})
	if err != nil {
		return st, fmt.Errorf("stats: %w", translate(err))
	}
	return st, nil
}

// statsByReasonQuery counts the reviews of a status by reason (see
// countReview), the reasons it has none of left out.
const statsByReasonQuery = "SELECT reason, CAST(SUM(n) AS SIGNED) FROM review_counts WHERE status = ? GROUP BY reason HAVING SUM(n) <> 0"

// statsQuery counts the pending reviews and the canonical songs.
const statsQuery = `SELECT
	(SELECT CAST(COALESCE(SUM(n), 0) AS SIGNED) FROM review_counts WHERE status = 'pending'),
	(SELECT COALESCE(SUM(df), 0) FROM term_stats WHERE term = '')`
