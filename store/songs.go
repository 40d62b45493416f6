package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

var _ dedup.Store = (*DB)(nil)

// statShards spreads the document frequency of a common term over this many
// rows, so that no row (least of all the catalogue-size row) is locked by
// every insert. A rare term keeps one row (shard 0): reading a term costs a
// row per shard, and most terms read are rare. Where a term's count lives
// does not matter to readers, who sum its rows; a merge may subtract from a
// shard that never counted the term, leaving a negative row.
const statShards = 16

// shardFrom is the document frequency from which a term is common: updated
// often enough by concurrent writers to need its rows spread. At 2,000 new
// songs a second, a term of 256 songs in a million gets a write every two
// seconds.
const shardFrom = 256

// statShard returns the term_stats shard that a write by songID updates for
// a term whose frequency is df.
func statShard(df int, songID int64) int {
	if df < shardFrom {
		return 0
	}
	return int(uint64(songID) % statShards)
}

// totalTerm is the term_stats row counting all canonical songs.
const totalTerm = ""

// songColumns are the columns scanSong reads, in order.
const songColumns = `s.id, s.title, s.channel, s.source_artist, s.artists, s.track, s.featured, s.versions,
	s.version_info, s.duration_seconds, s.search_key, s.merged_into, s.created_at, s.updated_at`

type scanner interface{ Scan(dest ...any) error }

// scanSong reads the songColumns of a row, and extra columns after them
// into extra.
func scanSong(row scanner, extra ...any) (dedup.Song, error) {
	var s dedup.Song
	var artists, featured, versions, info string
	var merged sql.NullInt64
	dest := append([]any{&s.ID, &s.Source.Title, &s.Source.Channel, &s.Source.Artist, &artists, &s.Track,
		&featured, &versions, &info, &s.DurationSeconds, &s.SearchKey, &merged, &s.CreatedAt, &s.UpdatedAt}, extra...)
	err := row.Scan(dest...)
	if err != nil {
		return s, err
	}
	s.Artists = decodeList(artists)
	s.Featured = decodeList(featured)
	s.VersionInfo = decodeList(info)
	for _, v := range strings.Split(versions, ",") {
		if v != "" {
			s.Versions = append(s.Versions, dedup.Version(v))
		}
	}
	s.MergedInto = merged.Int64
	return s, nil
}

func encodeList(list []string) string {
	if len(list) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(list)
	return string(b)
}

func decodeList(s string) []string {
	var list []string
	if s == "" || s == "[]" {
		return nil
	}
	json.Unmarshal([]byte(s), &list)
	return list
}

func encodeVersions(vs []dedup.Version) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = string(v)
	}
	return strings.Join(parts, ",")
}

// hashKey is the 64-bit key of the exact-match index on (track, artists).
func hashKey(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return int64(h.Sum64())
}

func artistKey(artists []string) string {
	sorted := slices.Clone(artists)
	slices.Sort(sorted)
	return strings.Join(sorted, "|")
}

// VideoSong implements dedup.Store.
func (s *DB) VideoSong(ctx context.Context, videoID string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(s.merged_into, s.id) FROM videos v
		JOIN songs s ON s.id = v.song_id WHERE v.video_id = ?`, videoID).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("video %s: %w", videoID, translate(err))
	}
	return id, nil
}

// VideoSongs implements dedup.Store.
func (s *DB) VideoSongs(ctx context.Context, videoIDs []string) (map[string]int64, error) {
	out := make(map[string]int64, len(videoIDs))
	for start := 0; start < len(videoIDs); start += 1000 {
		part := videoIDs[start:min(start+1000, len(videoIDs))]
		rows, err := s.db.QueryContext(ctx, `SELECT v.video_id, COALESCE(s.merged_into, s.id) FROM videos v
			JOIN songs s ON s.id = v.song_id WHERE v.video_id IN (`+placeholders(len(part))+`)`, stringArgs(part)...)
		if err != nil {
			return nil, translate(err)
		}
		for rows.Next() {
			var v string
			var id int64
			if err := rows.Scan(&v, &id); err != nil {
				rows.Close()
				return nil, translate(err)
			}
			out[v] = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, translate(err)
		}
	}
	return out, nil
}

// ExactTwins implements dedup.Store, in one statement.
func (s *DB) ExactTwins(ctx context.Context, songs []int64) (map[int64]int64, error) {
	out := map[int64]int64{}
	if len(songs) == 0 {
		return out, nil
	}
	args := make([]any, len(songs))
	for i, id := range songs {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, MIN(b.id) FROM songs a
		JOIN songs b ON b.track_hash = a.track_hash AND b.artist_hash = a.artist_hash AND b.id <> a.id AND b.merged_into IS NULL
		WHERE a.id IN (`+placeholders(len(songs))+`) AND a.merged_into IS NULL GROUP BY a.id`, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var a, b int64
		if err := rows.Scan(&a, &b); err != nil {
			return nil, translate(err)
		}
		out[a] = b
	}
	return out, translate(rows.Err())
}

// SubmitBatch implements dedup.Store: every write of a batch of
// submissions in one transaction, in a handful of statements — one insert
// per new song (its ID is needed), and one statement each for the videos,
// the merge log, the outcomes and the term statistics of the whole batch.
// A video that exists already fails the whole batch with ErrConflict.
func (s *DB) SubmitBatch(ctx context.Context, ws []dedup.SubmissionWrite) ([]dedup.SubmissionWritten, error) {
	if len(ws) == 0 {
		return nil, nil
	}
	var out []dedup.SubmissionWritten
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		out = make([]dedup.SubmissionWritten, len(ws))
		now := s.now().UTC()
		canonical, err := resolveTargets(ctx, tx, ws)
		if err != nil {
			return err
		}
		stats := termDeltas{}
		var created []int
		var songs []dedup.Song
		for i, w := range ws {
			if w.NewSong != nil {
				created = append(created, i)
				songs = append(songs, *w.NewSong)
				stats.addSong(w.NewSong.SearchKey, 1)
			}
		}
		ids, err := s.insertSongRows(ctx, tx, songs, now)
		if err != nil {
			return err
		}
		for k, i := range created {
			out[i].SongID = ids[k]
		}
		for i, w := range ws {
			switch {
			case w.NewSong != nil:
			case w.AttachToBatch > 0:
				if w.AttachToBatch > i || ws[w.AttachToBatch-1].NewSong == nil {
					return fmt.Errorf("write %d attaches to write %d, which creates no song before it", i+1, w.AttachToBatch)
				}
				out[i].SongID = out[w.AttachToBatch-1].SongID
			default:
				out[i].SongID = canonical[w.AttachTo]
			}
		}
		if err := insertVideos(ctx, tx, ws, out, now); err != nil {
			return err
		}
		if err := insertVideoMerges(ctx, tx, ws, out, now); err != nil {
			return err
		}
		for i, w := range ws {
			if w.NewSong == nil && w.Upgrade != nil {
				if err := s.upgradeSource(ctx, tx, out[i].SongID, *w.Upgrade, now); err != nil {
					return err
				}
			}
		}
		if err := s.insertReviews(ctx, tx, ws, out, now); err != nil {
			return err
		}
		var outcomes []dedup.RowOutcome
		for i, w := range ws {
			if w.Outcome != nil {
				o := *w.Outcome
				o.SongID = out[i].SongID
				outcomes = append(outcomes, o)
			}
		}
		if len(outcomes) > 0 {
			if err := insertOutcomes(ctx, tx, outcomes, false); err != nil {
				return err
			}
		}
		if len(stats) > 0 {
			return s.writeStats(ctx, tx, stats, out[firstNew(ws)].SongID)
		}
		return nil
	})
	return out, err
}

// insertReviews queues the reviews of a batch's writes and fills in their
// IDs: in one statement when the server gives a multi-row INSERT
// consecutive IDs (as insertSongRows), else one statement each.
func (s *DB) insertReviews(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, now time.Time) error {
	const insert = `INSERT INTO reviews (song_id, candidate_song_id, video_id, score, explanation, status, created_at) VALUES `
	const values = "(?, ?, ?, ?, ?, 'pending', ?)"
	var owners []int
	var args []any
	for i, w := range ws {
		for _, r := range w.Reviews {
			cand := r.CandidateSongID
			if cand < 0 { // a song created earlier in this batch
				cand = out[-cand-1].SongID
			}
			owners = append(owners, i)
			args = append(args, out[i].SongID, cand, w.Video.ID, r.Score, string(r.Explanation), now)
		}
	}
	if len(owners) == 0 {
		return nil
	}
	const n = 6 // arguments per review
	if len(owners) == 1 || s.idStep == 0 {
		for k, i := range owners {
			res, err := tx.ExecContext(ctx, insert+values, args[k*n:(k+1)*n]...)
			if err != nil {
				return fmt.Errorf("queueing a review: %w", translate(err))
			}
			id, err := res.LastInsertId()
			if err != nil {
				return fmt.Errorf("queueing a review: %w", translate(err))
			}
			out[i].ReviewIDs = append(out[i].ReviewIDs, id)
		}
		return nil
	}
	res, err := tx.ExecContext(ctx, insert+strings.TrimSuffix(strings.Repeat(values+",", len(owners)), ","), args...)
	if err != nil {
		return fmt.Errorf("queueing reviews: %w", translate(err))
	}
	first, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("queueing reviews: %w", translate(err))
	}
	if m, err := res.RowsAffected(); err != nil || m != int64(len(owners)) {
		return fmt.Errorf("queueing reviews: %d rows for %d reviews (%v)", m, len(owners), err)
	}
	for k, i := range owners {
		out[i].ReviewIDs = append(out[i].ReviewIDs, first+int64(k)*s.idStep)
	}
	return nil
}

func firstNew(ws []dedup.SubmissionWrite) int {
	for i, w := range ws {
		if w.NewSong != nil {
			return i
		}
	}
	return 0
}

// resolveTargets returns the canonical song of every song the batch attaches
// videos to, in one query; a song that does not exist is ErrNotFound.
func resolveTargets(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite) (map[int64]int64, error) {
	var ids []any
	for _, w := range ws {
		if w.NewSong == nil && w.AttachToBatch == 0 {
			ids = append(ids, w.AttachTo)
		}
	}
	canonical := map[int64]int64{}
	if len(ids) == 0 {
		return canonical, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, COALESCE(merged_into, id) FROM songs WHERE id IN ("+placeholders(len(ids))+")", ids...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, c int64
		if err := rows.Scan(&id, &c); err != nil {
			return nil, translate(err)
		}
		canonical[id] = c
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err)
	}
	for _, id := range ids {
		if _, ok := canonical[id.(int64)]; !ok {
			return nil, fmt.Errorf("song %d: %w", id, dedup.ErrNotFound)
		}
	}
	return canonical, nil
}

func insertVideos(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, now time.Time) error {
	var q strings.Builder
	q.WriteString(`INSERT INTO videos (video_id, song_id, title, channel, artist, duration_seconds, plays, likes, created_at) VALUES `)
	args := make([]any, 0, 9*len(ws))
	for i, w := range ws {
		if i > 0 {
			q.WriteString(",")
		}
		q.WriteString("(?,?,?,?,?,?,?,?,?)")
		v := w.Video
		args = append(args, v.ID, out[i].SongID, v.Title, v.Channel, v.Artist, v.DurationSeconds, v.Plays, v.Likes, now)
	}
	if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("inserting videos: %w", translate(err))
	}
	return nil
}

// insertVideoMerges logs every video attached to an existing song.
func insertVideoMerges(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, now time.Time) error {
	var q strings.Builder
	var args []any
	for i, w := range ws {
		if w.NewSong != nil {
			continue
		}
		if len(args) == 0 {
			q.WriteString(`INSERT INTO merges (kind, song_id, into_song_id, video_id, score, decided_by, explanation, created_at) VALUES `)
		} else {
			q.WriteString(",")
		}
		q.WriteString("(?,?,?,?,?,?,?,?)")
		args = append(args, dedup.MergeVideo, out[i].SongID, out[i].SongID, w.Video.ID, w.Score, w.DecidedBy, nullBytes(w.Explanation), now)
	}
	if len(args) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("logging merges: %w", translate(err))
	}
	return nil
}

func nullBytes(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return string(b)
}

// insertSong inserts a new song and counts it in the term statistics.
func (s *DB) insertSong(ctx context.Context, tx *sql.Tx, song dedup.Song, now time.Time) (int64, error) {
	id, err := insertSongRow(ctx, tx, song, now)
	if err != nil {
		return 0, err
	}
	if err := s.addSongStats(ctx, tx, id, strings.Fields(song.SearchKey), 1); err != nil {
		return 0, err
	}
	return id, nil
}

// insertSongRows inserts new songs' rows and returns their IDs: in one
// statement when the server gives a multi-row INSERT consecutive IDs,
// else one statement each.
func (s *DB) insertSongRows(ctx context.Context, tx *sql.Tx, songs []dedup.Song, now time.Time) ([]int64, error) {
	ids := make([]int64, len(songs))
	if len(songs) < 2 || s.idStep == 0 {
		for i, song := range songs {
			id, err := insertSongRow(ctx, tx, song, now)
			if err != nil {
				return nil, err
			}
			ids[i] = id
		}
		return ids, nil
	}
	var q strings.Builder
	q.WriteString(songInsert)
	args := make([]any, 0, 14*len(songs))
	for i, song := range songs {
		if i > 0 {
			q.WriteString(",")
		}
		q.WriteString(songValues)
		args = append(args, songArgs(song, now)...)
	}
	res, err := tx.ExecContext(ctx, q.String(), args...)
	if err != nil {
		return nil, fmt.Errorf("inserting songs: %w", translate(err))
	}
	first, err := res.LastInsertId()
	if err != nil {
		return nil, fmt.Errorf("inserting songs: %w", translate(err))
	}
	if n, err := res.RowsAffected(); err != nil || n != int64(len(songs)) {
		return nil, fmt.Errorf("inserting songs: %d rows for %d songs (%v)", n, len(songs), err)
	}
	// LAST_INSERT_ID() is the first row's; the others follow it.
	for i := range ids {
		ids[i] = first + int64(i)*s.idStep
	}
	return ids, nil
}

const songInsert = `INSERT INTO songs (title, channel, source_artist, artists, track, featured,
	versions, version_info, duration_seconds, search_key, track_hash, artist_hash, created_at, updated_at) VALUES `

const songValues = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

func songArgs(song dedup.Song, now time.Time) []any {
	return []any{song.Source.Title, song.Source.Channel, song.Source.Artist, encodeList(song.Artists), song.Track,
		encodeList(song.Featured), encodeVersions(song.Versions), encodeList(song.VersionInfo),
		song.DurationSeconds, song.SearchKey, hashKey(song.Track), hashKey(artistKey(song.Artists)), now, now}
}

// insertSongRow inserts a new song's row only.
func insertSongRow(ctx context.Context, tx *sql.Tx, song dedup.Song, now time.Time) (int64, error) {
	res, err := tx.ExecContext(ctx, songInsert+songValues, songArgs(song, now)...)
	if err != nil {
		return 0, fmt.Errorf("inserting song: %w", translate(err))
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("inserting song: %w", translate(err))
	}
	return id, nil
}

// upgradeSource makes up the canonical song's source: its display title and
// normalized fields, and the search terms that follow them.
//
// The song's own search key never changes: each change of an indexed key
// leaves InnoDB a deleted FULLTEXT document, and every FULLTEXT query reads
// the whole list of deleted documents until the index is rebuilt or
// optimized (1,800 of them took a one-word query at 1.9 million songs from
// 0.18 to 0.44-0.56 ms; see the README). When the artists change, the
// terms of the new source that the song's key and its earlier aliases lack
// go into a key alias: a row merged into the song, holding the new
// source's key, that the FULLTEXT index only gains. A hit on it stands for
// the song, as a hit on any merged song does, and the term statistics
// count the song with its aliases' terms. A new spelling of the same
// artists' track is found by the exact lookup, whose hashes always follow
// the source.
func (s *DB) upgradeSource(ctx context.Context, tx *sql.Tx, songID int64, up dedup.Song, now time.Time) error {
	var oldKey string
	var oldArtists int64
	var merged sql.NullInt64
	err := tx.QueryRowContext(ctx, "SELECT search_key, artist_hash, merged_into FROM songs WHERE id = ? FOR UPDATE", songID).
		Scan(&oldKey, &oldArtists, &merged)
	if err != nil {
		return fmt.Errorf("song %d: %w", songID, translate(err))
	}
	if merged.Valid {
		return nil // merged away meanwhile: its canonical keeps its own source
	}
	artists := hashKey(artistKey(up.Artists))
	if _, err := tx.ExecContext(ctx, `UPDATE songs SET title = ?, channel = ?, source_artist = ?, artists = ?,
		track = ?, featured = ?, version_info = ?, track_hash = ?, artist_hash = ?,
		duration_seconds = IF(duration_seconds = 0, ?, duration_seconds), updated_at = ? WHERE id = ?`,
		up.Source.Title, up.Source.Channel, up.Source.Artist, encodeList(up.Artists), up.Track,
		encodeList(up.Featured), encodeList(up.VersionInfo), hashKey(up.Track),
		artists, up.DurationSeconds, now, songID); err != nil {
		return translate(err)
	}
	if artists == oldArtists {
		return nil
	}
	aliases, err := aliasKeys(ctx, tx, songID)
	if err != nil {
		return err
	}
	added := newTerms(strings.Fields(oldKey+" "+strings.Join(aliases, " ")), up.SearchKey)
	if len(added) == 0 {
		return nil
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO songs (title, channel, source_artist, artists, track, featured,
		versions, version_info, duration_seconds, search_key, track_hash, artist_hash, created_at, updated_at,
		merged_into, reconciled) VALUES `+strings.TrimSuffix(songValues, ")")+", ?, 1)",
		append(songArgs(up, now), songID)...)
	if err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", songID, translate(err))
	}
	alias, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", songID, translate(err))
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO key_aliases (alias_id, song_id) VALUES (?, ?)", alias, songID); err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", songID, translate(err))
	}
	return s.addTermStats(ctx, tx, songID, added, 1)
}

// aliasKeys returns the search keys of a song's key aliases.
func aliasKeys(ctx context.Context, tx *sql.Tx, songID int64) ([]string, error) {
	return queryColumn[string](ctx, tx, "SELECT s.search_key FROM key_aliases a JOIN songs s ON s.id = a.alias_id WHERE a.song_id = ?", songID)
}

// queryColumn runs a query whose rows are one value each and returns them.
func queryColumn[T any](ctx context.Context, q querier, query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, translate(err)
		}
		out = append(out, v)
	}
	return out, translate(rows.Err())
}

// newTerms returns the terms of key that have lacks, once each, in order.
func newTerms(have []string, key string) []string {
	var added []string
	for _, t := range strings.Fields(key) {
		if !slices.Contains(have, t) && !slices.Contains(added, t) {
			added = append(added, t)
		}
	}
	return added
}

// termDeltas are changes to document frequencies, the catalogue size under
// the empty term.
type termDeltas map[string]int

// addSong counts (delta 1) or uncounts (-1) a whole song: its terms and the
// catalogue size.
func (d termDeltas) addSong(searchKey string, delta int) {
	d.addTerms(strings.Fields(searchKey), delta)
	d[totalTerm] += delta
}

func (d termDeltas) addTerms(terms []string, delta int) {
	for _, t := range uniqueTerms(terms) {
		d[t] += delta
	}
}

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
	var q strings.Builder
	q.WriteString("INSERT INTO term_stats (term, shard, df) VALUES ")
	args := make([]any, 0, 3*len(terms))
	for i, t := range terms {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?)")
		args = append(args, t, statShard(df[i], songID), d[t])
	}
	// VALUES(df) works on MariaDB and MySQL 8 (where it is deprecated in
	// favour of a row alias that MariaDB does not support).
	q.WriteString(" ON DUPLICATE KEY UPDATE df = df + VALUES(df)")
	if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("updating term statistics: %w", translate(err))
	}
	return nil
}

// addTermStats adds delta to the document frequency of each term.
func (s *DB) addTermStats(ctx context.Context, tx *sql.Tx, songID int64, terms []string, delta int) error {
	d := termDeltas{}
	d.addTerms(terms, delta)
	return s.writeStats(ctx, tx, d, songID)
}

// addSongStats counts or uncounts a whole song: its terms and the total.
func (s *DB) addSongStats(ctx context.Context, tx *sql.Tx, songID int64, terms []string, delta int) error {
	d := termDeltas{}
	d.addTerms(terms, delta)
	d[totalTerm] += delta
	return s.writeStats(ctx, tx, d, songID)
}

// MergeSongs implements dedup.Store.
func (s *DB) MergeSongs(ctx context.Context, m dedup.SongMerge) (int64, error) {
	if m.From == m.Into {
		return m.Into, nil
	}
	var canonical int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		from, into, err := lockCanonicalPair(ctx, tx, m.From, m.Into)
		if err != nil {
			return err
		}
		canonical = into
		if from == into {
			return nil // already one song
		}
		kept, err := neverMergedTx(ctx, tx, from, []int64{into})
		if err != nil {
			return err
		}
		if kept[into] {
			return fmt.Errorf("songs %d and %d were kept apart by a curator: %w", from, into, dedup.ErrConflict)
		}
		return s.mergeLocked(ctx, tx, from, into, m)
	})
	return canonical, err
}

// lockCanonicalPair resolves a and b to their canonical songs and locks
// both rows (in ID order, so that two merges of the same pair cannot
// deadlock), re-resolving when a song was merged away meanwhile.
func lockCanonicalPair(ctx context.Context, tx *sql.Tx, a, b int64) (int64, int64, error) {
	for i := 0; i < 8; i++ {
		ids := []int64{a, b}
		slices.Sort(ids)
		rows, err := tx.QueryContext(ctx, "SELECT id, merged_into FROM songs WHERE id IN (?, ?) ORDER BY id FOR UPDATE", ids[0], ids[1])
		if err != nil {
			return 0, 0, translate(err)
		}
		redirect := map[int64]int64{}
		found := 0
		for rows.Next() {
			var id int64
			var merged sql.NullInt64
			if err := rows.Scan(&id, &merged); err != nil {
				rows.Close()
				return 0, 0, translate(err)
			}
			found++
			if merged.Valid {
				redirect[id] = merged.Int64
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, 0, translate(err)
		}
		if found < 2 && a != b {
			return 0, 0, fmt.Errorf("songs %d and %d: %w", a, b, dedup.ErrNotFound)
		}
		if len(redirect) == 0 {
			return a, b, nil
		}
		if r, ok := redirect[a]; ok {
			a = r
		}
		if r, ok := redirect[b]; ok {
			b = r
		}
		if a == b {
			return a, b, nil
		}
	}
	return 0, 0, fmt.Errorf("songs %d and %d keep moving: %w", a, b, dedup.ErrConflict)
}

// mergeLocked merges canonical song from into canonical song into; both rows
// are locked by the caller's transaction.
func (s *DB) mergeLocked(ctx context.Context, tx *sql.Tx, from, into int64, m dedup.SongMerge) error {
	now := s.now().UTC()
	var key string
	if err := tx.QueryRowContext(ctx, "SELECT search_key FROM songs WHERE id = ?", from).Scan(&key); err != nil {
		return translate(err)
	}
	// The statistics counted from with the terms of its key aliases.
	aliases, err := aliasKeys(ctx, tx, from)
	if err != nil {
		return err
	}
	key = strings.Join(append([]string{key}, aliases...), " ")
	// Every song that pointed at from now points at into: one step always
	// resolves. From's key aliases become plain merged songs, uncounted
	// with from.
	if _, err := tx.ExecContext(ctx, "UPDATE songs SET merged_into = ?, updated_at = ? WHERE merged_into = ?", into, now, from); err != nil {
		return translate(err)
	}
	if len(aliases) > 0 {
		if _, err := tx.ExecContext(ctx, "DELETE FROM key_aliases WHERE song_id = ?", from); err != nil {
			return translate(err)
		}
	}
	// The merged song keeps its search key: blanking it would leave InnoDB
	// a deleted FULLTEXT document, which every later query reads (see
	// upgradeSource). Searches skip merged songs; the term statistics count
	// canonical songs only.
	if _, err := tx.ExecContext(ctx, "UPDATE songs SET merged_into = ?, reconciled = 1, updated_at = ? WHERE id = ?", into, now, from); err != nil {
		return translate(err)
	}
	if err := s.addSongStats(ctx, tx, from, strings.Fields(key), -1); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO merges (kind, song_id, into_song_id, score, decided_by,
		explanation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		dedup.MergeSong, from, into, m.Score, m.DecidedBy, nullBytes(m.Explanation), now); err != nil {
		return translate(err)
	}
	return settleReviews(ctx, tx, into, m.DecidedBy, now)
}

// settleReviews approves the pending reviews whose two songs are now both
// songs of canonical song into. It reads them through the indexes on the
// reviews' songs (not by scanning the queue, which would lock every pending
// review a concurrent merge touches) and updates them by ID.
func settleReviews(ctx context.Context, tx *sql.Tx, into int64, by string, now time.Time) error {
	rows, err := tx.QueryContext(ctx, "SELECT id FROM songs WHERE id = ? OR merged_into = ?", into, into)
	if err != nil {
		return translate(err)
	}
	members := map[int64]bool{}
	var args []any
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return translate(err)
		}
		members[id] = true
		args = append(args, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return translate(err)
	}
	in := placeholders(len(args))
	rows, err = tx.QueryContext(ctx, `SELECT id, song_id, candidate_song_id FROM reviews WHERE song_id IN (`+in+`)
		UNION SELECT id, song_id, candidate_song_id FROM reviews WHERE candidate_song_id IN (`+in+`)`, append(args, args...)...)
	if err != nil {
		return translate(err)
	}
	var settle []any
	for rows.Next() {
		var id, a, b int64
		if err := rows.Scan(&id, &a, &b); err != nil {
			rows.Close()
			return translate(err)
		}
		if members[a] && members[b] {
			settle = append(settle, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return translate(err)
	}
	if len(settle) == 0 {
		return nil
	}
	_, err = tx.ExecContext(ctx, `UPDATE reviews SET status = 'approved', decided_by = ?, decided_at = ?
		WHERE status = 'pending' AND id IN (`+placeholders(len(settle))+`)`, append([]any{by, now}, settle...)...)
	return translate(err)
}

// NeverMerged implements dedup.Store.
func (s *DB) NeverMerged(ctx context.Context, song int64, others []int64) (map[int64]bool, error) {
	return neverMergedTx(ctx, s.db, song, others)
}

// querier is a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// neverMergedTx returns which of the canonical songs others a curator kept
// apart from canonical song: a never_merge pair between any song of one
// side (the song or a song merged into it) and any of the other.
func neverMergedTx(ctx context.Context, tx querier, song int64, others []int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	if len(others) == 0 {
		return out, nil
	}
	placeholders := strings.TrimSuffix(strings.Repeat("?,", len(others)), ",")
	args := []any{song}
	for _, o := range others {
		args = append(args, o)
	}
	args = append(args, song)
	for _, o := range others {
		args = append(args, o)
	}
	q := `SELECT COALESCE(sb.merged_into, sb.id) FROM never_merge n
		JOIN songs sa ON sa.id = n.song_a JOIN songs sb ON sb.id = n.song_b
		WHERE COALESCE(sa.merged_into, sa.id) = ? AND COALESCE(sb.merged_into, sb.id) IN (` + placeholders + `)
		UNION
		SELECT COALESCE(sa.merged_into, sa.id) FROM never_merge n
		JOIN songs sa ON sa.id = n.song_a JOIN songs sb ON sb.id = n.song_b
		WHERE COALESCE(sb.merged_into, sb.id) = ? AND COALESCE(sa.merged_into, sa.id) IN (` + placeholders + `)`
	ids, err := queryColumn[int64](ctx, tx, q, args...)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

// Song implements dedup.Store.
func (s *DB) Song(ctx context.Context, id int64) (dedup.Song, error) {
	song, err := scanSong(s.db.QueryRowContext(ctx, "SELECT "+songColumns+" FROM songs s WHERE s.id = ?", id))
	if err != nil {
		return song, fmt.Errorf("song %d: %w", id, translate(err))
	}
	return song, nil
}

// MarkReconciled implements dedup.Store. Marks are written in batches a few
// milliseconds later (one statement for many songs instead of one each):
// a mark lost to a crash only makes the sweeper check that song again.
func (s *DB) MarkReconciled(ctx context.Context, id int64) error {
	s.marks.mu.Lock()
	defer s.marks.mu.Unlock()
	s.marks.ids = append(s.marks.ids, id)
	if !s.marks.scheduled {
		s.marks.scheduled = true
		time.AfterFunc(markDelay, func() {
			if !s.marks.closed.Load() {
				s.flushMarks(context.Background())
			}
		})
	}
	return nil
}

// markDelay is how long reconciled marks gather before they are written.
// At 20 ms a backfill into the million-song catalogue wrote 263 of them
// (each a transaction of three statements) per 20,000 rows, 8% of all its
// statements; a later mark costs nothing but a sweeper's second look
// after a crash.
const markDelay = 250 * time.Millisecond

// reconciledMarks are marks waiting to be written.
type reconciledMarks struct {
	mu        sync.Mutex
	ids       []int64
	scheduled bool
	flushing  sync.Mutex
	closed    atomic.Bool // Close flushed what was left
}

// flushMarks writes the waiting reconciled marks.
func (s *DB) flushMarks(ctx context.Context) error {
	s.marks.flushing.Lock()
	defer s.marks.flushing.Unlock()
	s.marks.mu.Lock()
	ids := s.marks.ids
	s.marks.ids, s.marks.scheduled = nil, false
	s.marks.mu.Unlock()
	for len(ids) > 0 {
		part := ids[:min(len(ids), 1000)]
		ids = ids[len(part):]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, "UPDATE songs SET reconciled = 1 WHERE reconciled = 0 AND id IN ("+placeholders(len(part))+")", args...)
			return err
		})
		if err != nil {
			s.log.Warn("writing reconciled marks (the sweeper will check those songs again)", "err", err)
			return translate(err)
		}
	}
	return nil
}

// Unreconciled implements dedup.Store.
func (s *DB) Unreconciled(ctx context.Context, olderThan time.Time, limit int) ([]int64, error) {
	s.flushMarks(ctx)
	return queryColumn[int64](ctx, s.db, `SELECT id FROM songs WHERE reconciled = 0 AND created_at < ?
		ORDER BY created_at LIMIT ?`, olderThan.UTC(), limit)
}
