package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup"
)

// Split implements dedup.CurationStore: in one transaction, checks under lock that
// the videos still belong to the canonical song, gives them their own song
// (the revived one or a new one), records the undo in the merge log, and
// remembers the pair as never to merge. It returns the song's ID.
func (s *DB) Split(ctx context.Context, p dedup.SplitPlan) (int64, error) {
	var out int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := s.now().UTC()
		var merged sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT merged_into FROM songs WHERE id = ? FOR UPDATE", p.SongID).Scan(&merged); err != nil {
			return fmt.Errorf("song %d: %w", p.SongID, translate(err))
		}
		if merged.Valid {
			return &dedup.StateConflict{SongID: merged.Int64, Message: fmt.Sprintf(
				"song %d was merged into %d meanwhile; split that song", p.SongID, merged.Int64)}
		}
		owner, err := videoOwners(ctx, tx, p.VideoIDs)
		if err != nil {
			return err
		}
		for _, v := range p.VideoIDs {
			if owner[v].canonical != p.SongID {
				return dedup.InvalidField("video_ids", "video %s belongs to song %d, not %d", v, owner[v].canonical, p.SongID)
			}
		}
		in, videoArgs := inList(p.VideoIDs)
		var remaining int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM videos v JOIN songs s ON s.id = v.song_id
			WHERE (s.id = ? OR s.merged_into = ?) AND v.video_id NOT IN (`+in+`)`,
			append([]any{p.SongID, p.SongID}, videoArgs...)...).Scan(&remaining); err != nil {
			return translate(err)
		}
		if remaining == 0 {
			return dedup.InvalidField("video_ids", "would take every video of song %d; a song keeps at least one", p.SongID)
		}

		if p.Revive != 0 {
			videos, err := queryColumn[string](ctx, tx, "SELECT video_id FROM videos WHERE song_id = ?", p.Revive)
			if err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, "SELECT merged_into FROM songs WHERE id = ? FOR UPDATE", p.Revive).Scan(&merged); err != nil {
				return translate(err)
			}
			want := slices.Clone(p.VideoIDs)
			slices.Sort(want)
			slices.Sort(videos)
			if !merged.Valid || merged.Int64 != p.SongID || !slices.Equal(videos, want) {
				return &dedup.StateConflict{SongID: p.SongID, Message: fmt.Sprintf("song %d changed meanwhile; try again", p.SongID)}
			}
			if _, err := tx.ExecContext(ctx, `UPDATE songs SET merged_into = NULL, search_key = ?, reconciled = 1,
				updated_at = ? WHERE id = ?`, p.ReviveKey, now, p.Revive); err != nil {
				return translate(err)
			}
			if err := s.addSongStats(ctx, tx, p.Revive, strings.Fields(p.ReviveKey), 1); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE merges SET undone_at = ?, undone_by = ?
				WHERE kind = 'song' AND song_id = ? AND undone_at IS NULL`, now, p.DecidedBy, p.Revive); err != nil {
				return translate(err)
			}
			// The entries into the revived song belong to it again (the
			// songs merged into it went with it to p.SongID, and stay).
			if _, err := tx.ExecContext(ctx, "UPDATE merges SET into_canonical_id = ? WHERE into_song_id = ?", p.Revive, p.Revive); err != nil {
				return translate(err)
			}
			out = p.Revive
		} else {
			id, err := s.insertSong(ctx, tx, *p.NewSong, now)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "UPDATE songs SET reconciled = 1 WHERE id = ?", id); err != nil {
				return translate(err)
			}
			if _, err := tx.ExecContext(ctx, "UPDATE videos SET song_id = ? WHERE video_id IN ("+in+")",
				append([]any{id}, videoArgs...)...); err != nil {
				return translate(err)
			}
			out = id
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, score, decided_by, created_at)
			VALUES (?, ?, ?, ?, 0, ?, ?)`, dedup.MergeSplit, out, p.SongID, p.SongID, p.DecidedBy, now); err != nil {
			return translate(err)
		}
		if err := listLogged(ctx, tx, out, p.SongID); err != nil {
			return err
		}
		if err := insertNeverMerge(ctx, tx, out, p.SongID, p.DecidedBy, "split", now); err != nil {
			return err
		}
		s.logChange(tx, dedup.Change{Kind: dedup.ChangeSongSplit, SongID: out, IntoSongID: p.SongID, VideoIDs: p.VideoIDs, DecidedBy: p.DecidedBy})
		if err := s.supersedeReviews(ctx, tx, []int64{out, p.SongID}, p.DecidedBy, now); err != nil {
			return err
		}
		if p.CanonicalSource != nil {
			s.logChange(tx, dedup.Change{Kind: dedup.ChangeSongUpdated, SongID: p.SongID, DecidedBy: p.DecidedBy})
			return s.upgradeSource(ctx, tx, p.SongID, *p.CanonicalSource, now)
		}
		return nil
	})
	return out, err
}

// videoOwner is the song a video was given and its canonical song now.
type videoOwner struct {
	song, canonical int64
}

// videoOwners returns the songs of videos; an unknown video is a field
// error. It locks nothing: a video of the song the caller locked moves
// only with that lock (a split), and the songs merged into it the same
// (a merge, a split), so that they stay as read; locking them here would
// also lock, for a video of another song, that song's row after the
// caller's, out of the order every path locks songs in (see
// lockCanonicalOf).
func videoOwners(ctx context.Context, tx *sql.Tx, ids []string) (map[string]videoOwner, error) {
	in, args := inList(ids)
	rows, err := tx.QueryContext(ctx, `SELECT v.video_id, v.song_id, COALESCE(s.merged_into, s.id)
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE v.video_id IN (`+in+`)`, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	out := map[string]videoOwner{}
	for rows.Next() {
		var id string
		var o videoOwner
		if err := rows.Scan(&id, &o.song, &o.canonical); err != nil {
			return nil, translate(err)
		}
		out[id] = o
	}
	if err := rows.Err(); err != nil {
		return nil, translate(err)
	}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			return nil, dedup.InvalidField("video_ids", "video %s is unknown", id)
		}
	}
	return out, nil
}
