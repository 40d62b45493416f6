package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

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
// given. It takes one statement, the song with its own videos, for a song
// that no merge log entry names (most songs), which no song with videos
// was ever merged into (a merge names the song it merges into); and one
// more for a song that one does (see logged_songs): the videos of the songs
// merged into it, for a canonical song, with the merge history.
// It tolerates lag: a read replica may serve it.
func (s *DB) SongDetail(ctx context.Context, id int64) (dedup.Song, error) {
	var out dedup.Song
	err := s.lagTolerant(ctx, func(db reader) error {
		var err error
		out, err = songDocument(ctx, s.prepared(db), id)
		return err
	})
	return out, err
}

// songDocument reads the document of song id: the song with its own
// videos, whether it is one of logged_songs, and for a logged one the
// videos of the songs merged into it and its merge history. The videos
// are read in no order, up to one more than maxDocVideos of each kind,
// and sorted here: sorted by the server, the rows pass through a
// temporary table and a filesort, which cost a read of a song a fifth of
// the server's CPU for the statement. Only the rare song with more than
// maxDocVideos videos is read again sorted by the server (firstVideos).
//
// The two statements of a logged canonical song are no one snapshot: a
// merge of the song that commits between them moves the songs merged into
// it to the song it merges into, so the second would find none of their
// videos, and the document would list a canonical song without them. The
// second statement reads whether the song is still canonical, and the
// document is read again when it is not (up to maxDocumentReads times).
func songDocument(ctx context.Context, db reader, id int64) (dedup.Song, error) {
	for attempt := 1; ; attempt++ {
		song, moved, err := readSongDocument(ctx, db, id)
		if err != nil || !moved || attempt == maxDocumentReads {
			return song, err
		}
	}
}

// maxDocumentReads bounds the reads of one song document that a merge of
// the song between its statements makes songDocument repeat. A song
// merged away stays so but for a split that revives it, so the second
// read almost always holds.
const maxDocumentReads = 3

// betweenDocumentStatements, when set (by tests), runs between the two
// statements of the document of a logged canonical song.
var betweenDocumentStatements func(id int64)

// readSongDocument reads the document of song id as songDocument does,
// and whether the song, canonical at its first statement, was merged away
// by its second.
func readSongDocument(ctx context.Context, db reader, id int64) (dedup.Song, bool, error) {
	q, args := ownVideosQuery(id)
	song, logged, err := readSongVideos(ctx, db, id, q, args)
	if err != nil {
		return dedup.Song{}, false, err
	}
	if logged {
		var merged []dedup.Video
		if song.MergedInto == 0 {
			if betweenDocumentStatements != nil {
				betweenDocumentStatements(id)
			}
			var canonical bool
			merged, song.History, canonical, err = mergedVideosAndHistory(ctx, db, id)
			if err == nil && !canonical {
				return dedup.Song{}, true, nil
			}
		} else {
			song.History, err = history(ctx, db, id, false)
		}
		if err != nil {
			return dedup.Song{}, false, err
		}
		song.Videos = append(song.Videos, merged...)
	}
	if len(song.Videos) > maxDocVideos {
		song, err = firstVideos(ctx, db, song)
		return song, false, err
	}
	slices.SortFunc(song.Videos, documentOrder)
	countVideos(&song)
	return song, false, nil
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
	sorted, _, err := readSongVideos(ctx, db, song.ID, q, args)
	if err != nil {
		return dedup.Song{}, err
	}
	sorted.History = song.History
	song = sorted
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

// readSongVideos reads song id with videos by q and args (ownVideosQuery
// or songVideosQuery), and whether it is one of logged_songs.
func readSongVideos(ctx context.Context, db reader, id int64, q string, args []any) (dedup.Song, bool, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return dedup.Song{}, false, fmt.Errorf("song %d: %w", id, translate(err))
	}
	defer rows.Close()
	var song dedup.Song
	var logged bool
	var v nullVideo
	video := v.dest()
	// The song's columns of the rows after the first, and whether it is
	// logged, are the first's: they are read into one RawBytes, dropped.
	rest := make([]any, songColumnCount+1, songColumnCount+1+len(video))
	skipped := new(sql.RawBytes)
	for i := range rest {
		rest[i] = skipped
	}
	rest = append(rest, video...)
	found := false
	for rows.Next() {
		if !found {
			song, err = scanSong(rows, append([]any{&logged}, video...)...)
			found = true
		} else {
			err = rows.Scan(rest...)
		}
		if err != nil {
			return dedup.Song{}, false, translate(err)
		}
		if video, ok := v.video(); ok {
			song.Videos = append(song.Videos, video)
		}
	}
	if err := rows.Err(); err != nil {
		return dedup.Song{}, false, translate(err)
	}
	if !found {
		return dedup.Song{}, false, fmt.Errorf("song %d: %w", id, translate(sql.ErrNoRows))
	}
	return song, logged, nil
}

// nullVideo is the videoColumns of a row of an outer join: all NULL when
// the row has no video.
type nullVideo struct {
	id, title, channel, artist sql.NullString
	songID, canonicalID        sql.NullInt64
	duration                   sql.NullInt32
	plays, likes               sql.NullInt64
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

// nullEvent is the columns of historyQuery in a row that may have NULLs
// for them (see mergedVideosAndHistoryQuery).
type nullEvent struct {
	id, songID, intoSongID   sql.NullInt64
	kind, videoID, decidedBy sql.NullString
	undoneBy, reason         sql.NullString
	score                    sql.NullFloat64
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
// lists): a row a video, each with the song's columns and whether it is
// one of logged_songs, or one row with NULL videoColumns for a song
// without videos. The videos are those ownedBy the song, whether it is
// canonical being the song row's own merged_into.
func songVideosQuery(id int64, limit int) (string, []any) {
	return sortedSongVideosSQL, []any{id, limit + 1}
}

var sortedSongVideosSQL = `SELECT ` + songColumns + `, l.song_id IS NOT NULL, ` + videoColumnsOf("o") + `
		FROM songs s LEFT JOIN alias_rows a ON a.id = s.id LEFT JOIN logged_songs l ON l.song_id = s.id
		LEFT JOIN (songs o JOIN videos v ON v.song_id = o.id) ON o.id = s.id OR (s.merged_into IS NULL AND o.merged_into = s.id)
		WHERE s.id = ? AND a.id IS NULL ORDER BY v.created_at, v.video_id LIMIT ?`

// ownVideosQuery reads song id (a key alias's row is none) with up to
// maxDocVideos+1 of its own videos, in no order, as songVideosQuery reads
// a song with the videos of its document: a row a video, or one row with
// NULL videoColumns for a song without videos. They are all the videos of
// the document of a song that no merge log entry names, whether canonical
// or merged away: a song that one does is read by songVideosQuery or has
// the rest of its videos read by mergedVideosAndHistoryQuery. Unlike
// songVideosQuery, the videos are looked up by their song alone, not by
// an index merge of the songs that are the song or merged into it, which
// cost the server a quarter of the statement.
func ownVideosQuery(id int64) (string, []any) {
	return ownVideosSQL, []any{id, maxDocVideos + 1}
}

var ownVideosSQL = `SELECT ` + songColumns + `, l.song_id IS NOT NULL, ` + videoColumnsOf("s") + `
		FROM songs s LEFT JOIN alias_rows a ON a.id = s.id LEFT JOIN logged_songs l ON l.song_id = s.id
		LEFT JOIN videos v ON v.song_id = s.id
		WHERE s.id = ? AND a.id IS NULL LIMIT ?`

// mergedVideosAndHistoryQuery reads, for canonical song id, up to
// maxDocVideos+1 videos of the songs merged into it, in no order, and its
// merge history (historyQuery), in one statement: each row is a video
// (part 0, its videoColumns, then NULLs) or an entry of the log (part 1,
// NULLs, then the entry's columns), the entries not in order; and one
// row (part 2, all NULLs) when the song is still canonical.
func mergedVideosAndHistoryQuery(id int64) (string, []any) {
	_, hargs := historyQuery(id, true, maxDocHistory)
	return mergedVideosAndHistorySQL, append(append([]any{id, maxDocVideos + 1}, hargs...), id)
}

var mergedVideosAndHistorySQL = `(SELECT 0, ` + videoColumnsOf("o") + `, ` + nulls(historyColumnCount) + `
		FROM songs o JOIN videos v ON v.song_id = o.id WHERE o.merged_into = ? LIMIT ?)
		UNION ALL (SELECT 1, ` + nulls(videoColumnCount) + `, ` + strings.TrimPrefix(historySQL(true), "SELECT ") + `)
		UNION ALL (SELECT 2, ` + nulls(videoColumnCount+historyColumnCount) + ` FROM songs WHERE id = ? AND merged_into IS NULL)`

// nulls is n NULLs, comma-separated.
func nulls(n int) string { return strings.Repeat("NULL, ", n-1) + "NULL" }

// videoColumnCount and historyColumnCount are the numbers of videoColumns
// and of the columns of historyQuery.
var (
	videoColumnCount   = len((&nullVideo{}).dest())
	historyColumnCount = len((&nullEvent{}).dest())
)

// mergedVideosAndHistory reads, for canonical song id, the videos of the
// songs merged into it (up to maxDocVideos+1) and its merge history,
// newest first, and whether the song is still canonical
// (mergedVideosAndHistoryQuery).
func mergedVideosAndHistory(ctx context.Context, db reader, id int64) ([]dedup.Video, []dedup.MergeEvent, bool, error) {
	q, args := mergedVideosAndHistoryQuery(id)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, false, fmt.Errorf("song %d merged videos and history: %w", id, translate(err))
	}
	defer rows.Close()
	var videos []dedup.Video
	var events []dedup.MergeEvent
	var canonical bool
	var part int
	var v nullVideo
	var e nullEvent
	dest := append(append([]any{&part}, v.dest()...), e.dest()...)
	for rows.Next() {
		v, e = nullVideo{}, nullEvent{}
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, false, translate(err)
		}
		switch part {
		case 0:
			if video, ok := v.video(); ok {
				videos = append(videos, video)
			}
		case 1:
			events = append(events, e.event())
		default:
			canonical = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, false, translate(err)
	}
	slices.SortFunc(events, func(a, b dedup.MergeEvent) int { return cmp.Compare(b.ID, a.ID) })
	return videos, events, canonical, nil
}

// totalsQuery sums the engagement of all the videos of a song document and
// counts them.
func totalsQuery(id int64, canonical bool) (string, []any) {
	cond, args := ownedBy(id, canonical)
	return `SELECT LEAST(COALESCE(SUM(v.plays), 0), ` + maxEngagement + `), LEAST(COALESCE(SUM(v.likes), 0), ` + maxEngagement + `), COUNT(*)
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE ` + cond, args
}

// historyQuery lists the newest limit entries of a song's merge log: those
// naming it on either side and, for a canonical song, those into the songs
// merged into it. Each is an index lookup of its own, and UNION joins
// them: one condition with OR over the columns walks the whole merges
// table, newest first, until it has found limit entries.
func historyQuery(id int64, canonical bool, limit int) (string, []any) {
	args := []any{id, limit, id, limit}
	if canonical {
		args = append(args, id, limit)
	}
	return historySQL(canonical), append(args, limit)
}

// historySQL is the statement of historyQuery, made once for each kind of
// song.
func historySQL(canonical bool) string {
	if canonical {
		return historyCanonicalSQL
	}
	return historyMergedSQL
}

var historyCanonicalSQL, historyMergedSQL = historySQLOf(true), historySQLOf(false)

func historySQLOf(canonical bool) string {
	ids := `(SELECT id FROM merges WHERE song_id = ? ORDER BY id DESC LIMIT ?)
		UNION (SELECT id FROM merges WHERE into_song_id = ? ORDER BY id DESC LIMIT ?)`
	if canonical {
		ids += `
		UNION (SELECT m.id FROM songs s JOIN merges m ON m.into_song_id = s.id WHERE s.merged_into = ? ORDER BY m.id DESC LIMIT ?)`
	}
	return `SELECT m.id, m.kind, m.song_id, m.into_song_id, COALESCE(m.video_id, ''), m.score, m.decided_by,
		m.explanation, m.created_at, m.undone_at, COALESCE(m.undone_by, ''), COALESCE(m.reason, '')
		FROM (` + ids + `) h JOIN merges m ON m.id = h.id ORDER BY m.id DESC LIMIT ?`
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

// history lists the merge log of a song, newest first: what was merged into
// it (or into the songs merged into it, for a canonical song) and what it
// was merged into or split from.
func history(ctx context.Context, db reader, id int64, canonical bool) ([]dedup.MergeEvent, error) {
	q, args := historyQuery(id, canonical, maxDocHistory)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("song %d history: %w", id, translate(err))
	}
	defer rows.Close()
	var out []dedup.MergeEvent
	for rows.Next() {
		var e dedup.MergeEvent
		var undone sql.NullTime
		// The explanation is scanned into its own bytes (nil for NULL),
		// copied once from the driver's buffer.
		if err := rows.Scan(&e.ID, &e.Kind, &e.SongID, &e.IntoSongID, &e.VideoID, &e.Score, &e.DecidedBy,
			&e.Explanation, &e.CreatedAt, &undone, &e.UndoneBy, &e.Reason); err != nil {
			return nil, translate(err)
		}
		if undone.Valid {
			t := undone.Time
			e.UndoneAt = &t
		}
		out = append(out, e)
	}
	return out, translate(rows.Err())
}

// Video implements dedup.CurationStore. It tolerates lag: a read replica
// may serve it.
func (s *DB) Video(ctx context.Context, videoID string) (dedup.Video, error) {
	var v dedup.Video
	err := s.lagTolerant(ctx, func(db reader) error {
		var err error
		v, err = videoOn(ctx, s.prepared(db), videoID)
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
