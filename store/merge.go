package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// Merges: one canonical song into another, under row locks.

// MergeSongs implements dedup.SubmitStore.
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
			d, err := keptApartTx(ctx, tx, from, into)
			if err != nil {
				return fmt.Errorf("songs %d and %d were kept apart by a curator (%v): %w", from, into, err, dedup.ErrConflict)
			}
			return &dedup.KeptApartError{From: from, Into: into, Decision: d}
		}
		if m.Reason != "" {
			// A curator's manual merge says the songs are one, as an
			// approval does.
			if err := s.learnApproval(ctx, tx, from, into, s.now().UTC()); err != nil {
				return err
			}
		}
		return s.mergeLocked(ctx, tx, from, into, m)
	})
	return canonical, err
}

// lockCanonicalPair resolves a and b to their canonical songs and locks
// those rows (see lockCanonicalOf).
func lockCanonicalPair(ctx context.Context, tx *sql.Tx, a, b int64) (int64, int64, error) {
	canonical, err := lockCanonicalOf(ctx, tx, []int64{a, b})
	if err != nil {
		return 0, 0, err
	}
	ca, okA := canonical[a]
	cb, okB := canonical[b]
	if !okA || !okB {
		return 0, 0, fmt.Errorf("songs %d and %d: %w", a, b, dedup.ErrNotFound)
	}
	return ca, cb, nil
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
	if _, err := tx.ExecContext(ctx, "UPDATE songs SET merged_into = ?, reconciled = 1, reconcile_watch = NULL, updated_at = ? WHERE id = ?", into, now, from); err != nil {
		return translate(err)
	}
	if err := s.addSongStats(ctx, tx, from, strings.Fields(key), -1); err != nil {
		return err
	}
	// The entries of from's history as a canonical song (into it, or into
	// the songs merged into it) belong to into's now.
	if _, err := tx.ExecContext(ctx, "UPDATE merges SET into_canonical_id = ? WHERE into_canonical_id = ?", into, from); err != nil {
		return translate(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, score, decided_by,
		explanation, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		dedup.MergeSong, from, into, into, m.Score, m.DecidedBy, nullBytes(m.Explanation), nullString(m.Reason), now); err != nil {
		return translate(err)
	}
	if err := listLogged(ctx, tx, from, into); err != nil {
		return err
	}
	s.logChange(tx, dedup.Change{Kind: dedup.ChangeSongMerged, SongID: from, IntoSongID: into, DecidedBy: m.DecidedBy, Reason: m.Reason})
	return s.settleReviews(ctx, tx, into, m.DecidedBy, now)
}

// settleReviews supersedes the pending reviews that a merge into into has
// settled (see supersedeReviews).
func (s *DB) settleReviews(ctx context.Context, tx *sql.Tx, into int64, by string, now time.Time) error {
	return s.supersedeReviews(ctx, tx, []int64{into}, by, now)
}

// listLogged lists songs in logged_songs, the songs that entries of the
// merge log name: a song document reads its merge history, and a
// canonical song's the videos of the songs merged into it, only for those.
// The transaction that writes an entry lists the songs it names. In ID
// order, so that two transactions that list the same songs lock them in
// one order.
func listLogged(ctx context.Context, tx *sql.Tx, songs ...int64) error {
	songs = slices.Compact(slices.Sorted(slices.Values(songs)))
	ins := newRowsInsert("INSERT IGNORE INTO logged_songs (song_id) VALUES ", 1, "", len(songs))
	for _, id := range songs {
		ins.add(id)
	}
	if err := ins.exec(ctx, tx); err != nil {
		return fmt.Errorf("listing the songs of merge log entries: %w", err)
	}
	return nil
}

// listLoggedChunk is how many songs one statement of ListUnloggedSongs
// lists.
const listLoggedChunk = 1000

// ListUnloggedSongs finds the songs that entries of the merge log name
// and logged_songs lacks, which entries written by a process older than
// migration 47 (one still running while the schema moved on) leave
// unlisted, so that their documents would show no merge history, nor a
// canonical song's the videos of the songs merged into it; with
// write set, it lists them. It returns how many it found. The log is read
// with a consistent read, which locks nothing, so writers never wait; an
// entry that such a process commits meanwhile is found by the next run.
// The entries of processes of this version list their own songs.
func (s *DB) ListUnloggedSongs(ctx context.Context, write bool) (int, error) {
	ids, err := queryColumn[int64](ctx, s.db, `SELECT n.song_id FROM (SELECT song_id FROM merges UNION SELECT into_song_id FROM merges) n
		LEFT JOIN logged_songs l ON l.song_id = n.song_id WHERE l.song_id IS NULL`)
	if err != nil {
		return 0, fmt.Errorf("finding the songs of the merge log not in logged_songs: %w", err)
	}
	if !write {
		return len(ids), nil
	}
	for chunk := range slices.Chunk(ids, listLoggedChunk) {
		if err := s.inTx(ctx, func(tx *sql.Tx) error { return listLogged(ctx, tx, chunk...) }); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

// intoCanonicalChunk is how many into songs one transaction of
// SetIntoCanonical locks and sets the entries of.
const intoCanonicalChunk = 100

// SetIntoCanonical finds the merge log entries whose into_canonical_id
// is not the canonical song of their into song, as a process older than
// migration 48 leaves them on a server that is not in strict SQL mode
// (its entries get 0, and its merges leave the entries of the song they
// merge away behind); with write set, it sets them. It returns how many
// it found. The log is read with a consistent read, which locks nothing;
// each into song's entries are then set in a transaction that locks its
// canonical song's row, so that no merge or split moves the song
// meanwhile (as a submission does, see resolveTargets), whatever
// processes of this version write at once.
func (s *DB) SetIntoCanonical(ctx context.Context, write bool) (int, error) {
	into := map[int64]int64{}
	if err := queryPairs(ctx, s.db, into, `SELECT m.into_song_id, COUNT(*) FROM merges m JOIN songs s ON s.id = m.into_song_id
		WHERE m.into_canonical_id <> COALESCE(s.merged_into, s.id) GROUP BY m.into_song_id`); err != nil {
		return 0, fmt.Errorf("finding the merge log entries of another canonical song than their into song's: %w", err)
	}
	n := 0
	for _, c := range into {
		n += int(c)
	}
	if !write {
		return n, nil
	}
	for chunk := range slices.Chunk(slices.Sorted(maps.Keys(into)), intoCanonicalChunk) {
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			canonical, err := lockCanonicalOf(ctx, tx, chunk)
			if err != nil {
				return err
			}
			for _, id := range chunk {
				c, ok := canonical[id]
				if !ok {
					continue
				}
				if _, err := tx.ExecContext(ctx, "UPDATE merges SET into_canonical_id = ? WHERE into_song_id = ? AND into_canonical_id <> ?",
					c, id, c); err != nil {
					return translate(err)
				}
			}
			return nil
		}); err != nil {
			return 0, fmt.Errorf("setting the canonical songs of merge log entries: %w", err)
		}
	}
	return n, nil
}
