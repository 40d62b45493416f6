package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// SubmitBatch implements dedup.SubmitStore: every write of a batch of
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
		canonical, locked, err := resolveTargets(ctx, tx, ws)
		if err != nil {
			return err
		}
		durations := make(map[int64]int, len(locked))
		keys := make(map[int64]songKey, len(locked))
		for id, song := range locked {
			durations[id], keys[id] = song.duration, song.key
		}
		stats := termDeltas{}
		var created []int
		var songs []dedup.Song
		var watches []*dedup.ReconcileWatch
		for i, w := range ws {
			if w.NewSong != nil {
				created = append(created, i)
				songs = append(songs, *w.NewSong)
				watches = append(watches, w.Watch)
				stats.addSong(w.NewSong.SearchKey, 1)
			}
		}
		ids, err := s.insertSongRows(ctx, tx, songs, watches, now)
		if err != nil {
			return err
		}
		for k, i := range created {
			out[i].SongID = ids[k]
			durations[ids[k]] = ws[i].NewSong.DurationSeconds
			s.logChange(tx, dedup.Change{Kind: dedup.ChangeSongCreated, SongID: ids[k], DecidedBy: ws[i].DecidedBy})
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
		if err := adoptDurations(ctx, tx, ws, out, durations, now); err != nil {
			return err
		}
		var ups []sourceUpgrade
		for i, w := range ws {
			if w.NewSong != nil {
				continue
			}
			if w.Upgrade != nil {
				ups = append(ups, sourceUpgrade{songID: out[i].SongID, up: *w.Upgrade})
			}
			if w.Spelling != nil {
				ups = append(ups, sourceUpgrade{songID: out[i].SongID, up: *w.Spelling, spelling: true})
			}
		}
		if err := s.upgradeSources(ctx, tx, ups, keys, now); err != nil {
			return err
		}
		for i, w := range ws {
			if w.NewSong == nil && w.Upgrade != nil {
				s.logChange(tx, dedup.Change{Kind: dedup.ChangeSongUpdated, SongID: out[i].SongID, DecidedBy: w.DecidedBy})
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
			outcomes = append(outcomes, w.OtherRows...)
		}
		if len(outcomes) > 0 {
			if err := insertOutcomes(ctx, tx, outcomes, false); err != nil {
				return err
			}
		}
		var learn []title.LexiconEntry
		for _, w := range ws {
			learn = append(learn, w.Learn...)
		}
		if err := s.countLexicon(ctx, tx, learn, now); err != nil {
			return err
		}
		var pairs []title.AliasPair
		for _, w := range ws {
			pairs = append(pairs, w.Aliases...)
		}
		if err := s.countAliases(ctx, tx, pairs, now); err != nil {
			return err
		}
		if len(stats) > 0 {
			return s.writeStats(ctx, tx, stats, out[firstNew(ws)].SongID)
		}
		return nil
	})
	return out, err
}

// insertReviews queues the reviews of a batch's writes, each with its
// candidates, and fills in their IDs.
func (s *DB) insertReviews(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, now time.Time) error {
	ins := newRowsInsert(`INSERT INTO reviews (song_id, candidate_song_id, video_id, score, plays, reason, explanation, status, created_at) VALUES `, 9, "", 0)
	var owners []int
	var reasons []string
	var cands [][]dedup.ReviewCandidate
	song := func(id int64) int64 {
		if id < 0 { // a song created earlier in this batch
			return out[-id-1].SongID
		}
		return id
	}
	var best []int64
	for _, w := range ws {
		for _, r := range w.Reviews {
			best = append(best, song(r.CandidateSongID))
		}
	}
	if len(best) == 0 {
		return nil
	}
	plays, err := songPlays(ctx, tx, best)
	if err != nil {
		return err
	}
	for i, w := range ws {
		for _, r := range w.Reviews {
			cs := r.Candidates
			if len(cs) == 0 {
				cs = []dedup.ReviewCandidate{{SongID: r.CandidateSongID, Score: r.Score}}
			}
			owners = append(owners, i)
			reasons = append(reasons, r.Reason)
			cands = append(cands, cs)
			c := song(r.CandidateSongID)
			ins.add(out[i].SongID, c, w.Video.ID, r.Score, w.Video.Plays+plays[c], r.Reason, string(dedup.ResolveExplanation(r.Explanation, song)), dedup.ReviewPending, now)
		}
	}
	ids, err := s.insertWithIDs(ctx, tx, ins)
	if err != nil {
		return fmt.Errorf("queueing reviews: %w", err)
	}
	cins := newRowsInsert(`INSERT IGNORE INTO review_candidates (review_id, candidate_song_id, score) VALUES `, 3, "", 0)
	for k, i := range owners {
		out[i].ReviewIDs = append(out[i].ReviewIDs, ids[k])
		s.countReview(tx, ids[k], dedup.ReviewPending, reasons[k], 1)
		for _, c := range cands[k] {
			cins.add(ids[k], song(c.SongID), c.Score)
		}
	}
	if err := cins.exec(ctx, tx); err != nil {
		return fmt.Errorf("queueing review candidates: %w", err)
	}
	return nil
}

// songPlays returns the plays of each canonical song of songs, summed over
// the videos of the song and of the songs merged into it. The songs are
// read first (STRAIGHT_JOIN), then their videos, whatever the statistics
// say: left to choose, the optimizer reads every video when its sampled
// statistics count many videos a song, as a young catalogue's can.
func songPlays(ctx context.Context, q querier, songs []int64) (map[int64]int64, error) {
	out := map[int64]int64{}
	in, args := inList(songs)
	err := queryPairs(ctx, q, out, `SELECT STRAIGHT_JOIN COALESCE(s.merged_into, s.id), CAST(COALESCE(SUM(v.plays), 0) AS SIGNED)
		FROM songs s JOIN videos v ON v.song_id = s.id
		WHERE s.id IN (`+in+`) OR s.merged_into IN (`+in+`) GROUP BY 1`, append(args, args...)...)
	return out, err
}

// firstNew returns the first write that creates a song (0 when none does).
func firstNew(ws []dedup.SubmissionWrite) int {
	for i, w := range ws {
		if w.NewSong != nil {
			return i
		}
	}
	return 0
}

// resolveTargets returns the canonical song of every song the batch attaches
// videos to; a song that does not exist is ErrNotFound. It locks the rows
// of their canonical songs (lockCanonicalOf), so that each stays
// canonical, or merged into the same song, until the batch commits: a
// merge or a split that moves one waits for the batch, and then finds the
// merge log entries that name it (whose into_canonical_id it moves).
//
// It returns as well what it read of each canonical song under its lock
// (see adoptDurations and upgradeSources).
func resolveTargets(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite) (map[int64]int64, map[int64]lockedSong, error) {
	var ids []int64
	for _, w := range ws {
		if w.NewSong == nil && w.AttachToBatch == 0 {
			ids = append(ids, w.AttachTo)
		}
	}
	if len(ids) == 0 {
		return map[int64]int64{}, map[int64]lockedSong{}, nil
	}
	canonical, locked, err := lockCanonical(ctx, tx, ids)
	if err != nil {
		return nil, nil, err
	}
	for _, id := range ids {
		if _, ok := canonical[id]; !ok {
			return nil, nil, fmt.Errorf("song %d: %w", id, dedup.ErrNotFound)
		}
	}
	return canonical, locked, nil
}

// lockCanonicalOf returns the canonical song of each of songs that
// exists, and locks the rows of those canonical songs, in ID order, so
// that each stays canonical, and each of songs merged into the same song,
// until tx ends: a merge, an approval or a split that moves one of them
// locks its canonical song first, and waits.
//
// Every path that locks songs' rows takes them in one order: canonical
// songs first, in ID order, then the songs merged into them (which a
// merge moves and a split revives, holding their canonical song). A
// merged song's row itself is never locked here: a submission holding it
// while it waited for its canonical song, beside a merge holding the
// canonical song while it moved the songs merged into it, deadlocked. The
// canonical songs are read first without a lock, then locked; a song
// merged into one is read again once it is locked. Should any have moved
// before the lock, the new canonical songs are locked too: in order when
// their IDs are above every row locked already and no row locked was
// merged away before its lock came, else only if no one holds them
// (NOWAIT: a transaction that never waits out of order closes no cycle),
// and when one does, the transaction is run again at once (errSongsMoved).
func lockCanonicalOf(ctx context.Context, tx *sql.Tx, songs []int64) (map[int64]int64, error) {
	canonical, _, err := lockCanonical(ctx, tx, songs)
	return canonical, err
}

// lockedSong is what lockCanonical reads of a canonical song under its
// lock, which it keeps until its transaction ends: its duration, and the
// key and artists an upgrade of its source reads (see upgradeSources).
type lockedSong struct {
	duration int
	key      songKey
}

// lockCanonical is lockCanonicalOf, and returns as well what it read of
// each canonical song under its lock.
func lockCanonical(ctx context.Context, tx *sql.Tx, songs []int64) (map[int64]int64, map[int64]lockedSong, error) {
	locked := map[int64]lockedSong{}
	read := func(lock string, ids []int64) (map[int64]int64, error) {
		canonical := map[int64]int64{}
		in, args := inList(ids)
		columns := "id, COALESCE(merged_into, id)"
		if lock != "" {
			columns += ", duration_seconds, search_key, artist_hash"
		}
		rows, err := tx.QueryContext(ctx, "SELECT "+columns+" FROM songs WHERE id IN ("+in+") ORDER BY id"+lock, args...)
		if err != nil {
			return nil, translate(err)
		}
		defer rows.Close()
		for rows.Next() {
			var id, c int64
			var song lockedSong
			dest := []any{&id, &c}
			if lock != "" {
				dest = append(dest, &song.duration, &song.key.key, &song.key.artists)
			}
			if err := rows.Scan(dest...); err != nil {
				return nil, translate(err)
			}
			canonical[id] = c
			if lock != "" && c == id {
				locked[id] = song
			}
		}
		return canonical, translate(rows.Err())
	}
	canonical, err := read("", songs)
	if err != nil {
		return nil, nil, err
	}
	// isLocked: a canonical song locked, canonical under the lock.
	isLocked := func(id int64) bool { _, ok := locked[id]; return ok }
	var highest int64 // the highest ID of a row locked
	var strayed bool  // a row locked was merged away before the lock
	for range 8 {
		var lock []int64
		for _, id := range songs {
			if c, ok := canonical[id]; ok && !isLocked(c) {
				lock = append(lock, c)
			}
		}
		if len(lock) > 0 {
			slices.Sort(lock)
			lock = slices.Compact(lock)
			mode := " FOR UPDATE"
			if lock[0] <= highest || strayed {
				// Out of order: taken only if no one holds it. A row
				// merged away before its lock came stays locked (InnoDB
				// keeps a lock it waited for, whatever the row became):
				// it is a song merged into one not locked yet, held
				// before its canonical song.
				mode = " FOR UPDATE NOWAIT"
			}
			highest = max(highest, lock[len(lock)-1])
			now, err := read(mode, lock)
			if err != nil {
				if lockBusy(err) && strings.HasSuffix(mode, "NOWAIT") {
					return nil, nil, fmt.Errorf("songs %v: %w", songs, errSongsMoved)
				}
				return nil, nil, err
			}
			for _, id := range lock {
				if c, ok := now[id]; ok && c != id {
					strayed = true
				}
			}
		}
		// A song merged into a locked song stays merged into it, but may
		// have moved before the lock.
		var again []int64
		for _, id := range songs {
			if c, ok := canonical[id]; ok && !(isLocked(id) && c == id) {
				again = append(again, id)
			}
		}
		if len(again) > 0 {
			now, err := read("", again)
			if err != nil {
				return nil, nil, err
			}
			for _, id := range again {
				canonical[id] = now[id]
			}
		}
		moved := false
		for _, id := range songs {
			if c, ok := canonical[id]; ok && !isLocked(c) {
				moved = true
			}
		}
		if !moved {
			return canonical, locked, nil
		}
	}
	return nil, nil, fmt.Errorf("songs %v keep moving: %w", songs, dedup.ErrConflict)
}

// errSongsMoved is the error of a transaction that found a song it was to
// lock moved to a canonical song whose ID is below a row it holds, and
// that song's row held by another: it is run again (see retried), and
// locks the songs in order then.
var errSongsMoved = errors.New("a song moved before its canonical song was locked")

// insertVideos inserts the videos of a batch's writes, each given the song
// its write resolved to.
func insertVideos(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, now time.Time) error {
	ins := newRowsInsert(`INSERT INTO videos (video_id, song_id, title, channel, artist, duration_seconds, plays, likes, created_at) VALUES `, 9, "", len(ws))
	for i, w := range ws {
		v := w.Video
		ins.add(v.ID, out[i].SongID, v.Title, v.Channel, v.Artist, v.DurationSeconds, v.Plays, v.Likes, now)
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("inserting videos: %w", err)
	}
	return nil
}

// adoptDurations gives a song that knows no duration the first one a video
// attached to it brings, so that later submissions can compare lengths
// with it (a song created without one keeps 0 until then), in one
// statement for the batch. durations holds what the batch knows of its
// songs' own: a song whose duration it holds above 0 is left out, as it
// keeps the one it has (a duration, once known, is never unset). A
// catalogue's records nearly all bring a length, to songs that nearly all
// have one: the statement is then most often not sent at all.
func adoptDurations(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, durations map[int64]int, now time.Time) error {
	var cases strings.Builder
	var args, ids []any
	seen := map[int64]bool{}
	for i, w := range ws {
		song := out[i].SongID
		if w.NewSong != nil || w.Video.DurationSeconds <= 0 || seen[song] || durations[song] > 0 {
			continue
		}
		seen[song] = true
		cases.WriteString(" WHEN ? THEN ?")
		args = append(args, song, w.Video.DurationSeconds)
		ids = append(ids, song)
	}
	if len(ids) == 0 {
		return nil
	}
	q := "UPDATE songs SET duration_seconds = CASE id" + cases.String() + " END, updated_at = ? WHERE duration_seconds = 0 AND id IN (?" +
		strings.Repeat(", ?", len(ids)-1) + ")"
	args = append(append(args, now), ids...)
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("adopting durations: %w", translate(err))
	}
	return nil
}

// insertVideoMerges logs every video attached to an existing song.
func insertVideoMerges(ctx context.Context, tx *sql.Tx, ws []dedup.SubmissionWrite, out []dedup.SubmissionWritten, now time.Time) error {
	ins := newRowsInsert(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, explanation, created_at) VALUES `, 9, "", len(ws))
	song := func(id int64) int64 { return out[-id-1].SongID }
	var logged []int64
	for i, w := range ws {
		if w.NewSong == nil {
			ins.add(dedup.MergeVideo, out[i].SongID, out[i].SongID, out[i].SongID, w.Video.ID, w.Score, w.DecidedBy, nullBytes(dedup.ResolveExplanation(w.Explanation, song)), now)
			logged = append(logged, out[i].SongID)
		}
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("logging merges: %w", err)
	}
	return listLogged(ctx, tx, logged...)
}

// insertSong inserts a new song and counts it in the term statistics.
func (s *DB) insertSong(ctx context.Context, tx *sql.Tx, song dedup.Song, now time.Time) (int64, error) {
	ids, err := s.insertSongRows(ctx, tx, []dedup.Song{song}, nil, now)
	if err != nil {
		return 0, err
	}
	if err := s.addSongStats(ctx, tx, ids[0], strings.Fields(song.SearchKey), 1); err != nil {
		return 0, err
	}
	return ids[0], nil
}

// newSongsInsert starts the INSERT of new songs' rows.
func newSongsInsert(n int) *rowsInsert {
	return newRowsInsert("INSERT INTO songs ("+SongRowColumns+", created_at, updated_at, reconcile_watch) VALUES ", 15, "", n)
}

// insertSongRows inserts new songs' rows, each with its reconcile watch
// (watches[i], when there is one), and returns their IDs.
func (s *DB) insertSongRows(ctx context.Context, tx *sql.Tx, songs []dedup.Song, watches []*dedup.ReconcileWatch, now time.Time) ([]int64, error) {
	ins := newSongsInsert(len(songs))
	for i, song := range songs {
		var watch any
		if i < len(watches) && watches[i] != nil {
			b, err := json.Marshal(watches[i])
			if err != nil {
				return nil, fmt.Errorf("encoding a reconcile watch: %w", err)
			}
			watch = string(b)
		}
		ins.add(append(SongRow(song), now, now, watch)...)
	}
	ids, err := s.insertWithIDs(ctx, tx, ins)
	if err != nil {
		return nil, fmt.Errorf("inserting songs: %w", err)
	}
	return ids, nil
}
