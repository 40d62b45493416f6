package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// Alias joins: an alias that became usable waits in name_aliases
// (join_pending) until the songs written under either of its names were
// reconsidered against each other (see dedup.Service.JoinAliases). The
// flag is set in the transaction that counted the alias past the line and
// cleared only after the join, so a crash in between leaves the join to
// the next process that looks.

// PendingAliasJoins implements dedup.SubmitStore.
func (s *DB) PendingAliasJoins(ctx context.Context, limit int) ([]dedup.LearnedAlias, error) {
	found, err := s.scanAliases(ctx, s.db, `SELECT `+aliasColumns+` FROM name_aliases a
		WHERE a.join_pending = 1 AND `+forgottenClause+` ORDER BY a.id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("reading aliases to join: %w", err)
	}
	return found, nil
}

// AliasJoined implements dedup.SubmitStore.
func (s *DB) AliasJoined(ctx context.Context, id int64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE name_aliases SET join_pending = 0 WHERE id = ?`, id); err != nil {
		return fmt.Errorf("alias %d: marking it joined: %w", id, translate(err))
	}
	return nil
}

// SongsNamed implements dedup.SubmitStore: by the exact lookup's hashes,
// an artist as the one artist of its songs, a track whatever its artists.
func (s *DB) SongsNamed(ctx context.Context, kind title.AliasKind, name string, limit int) ([]dedup.Song, error) {
	var q string
	var hash int64
	switch kind {
	case title.AliasArtist:
		q = `SELECT ` + songColumns + ` FROM songs s WHERE s.artist_hash = ? AND s.merged_into IS NULL ORDER BY s.id LIMIT ?`
		hash = hashKey(artistKey([]string{name}))
	case title.AliasTrack:
		q = `SELECT ` + songColumns + ` FROM songs s WHERE s.track_hash = ? AND s.merged_into IS NULL ORDER BY s.id LIMIT ?`
		hash = hashKey(name)
	default:
		return nil, fmt.Errorf("songs named %q: unknown kind %q", name, kind)
	}
	rows, err := s.db.QueryContext(ctx, q, hash, limit)
	if err != nil {
		return nil, fmt.Errorf("songs named %q: %w", name, translate(err))
	}
	defer rows.Close()
	var out []dedup.Song
	for rows.Next() {
		song, err := scanSong(rows)
		if err != nil {
			return nil, fmt.Errorf("songs named %q: %w", name, translate(err))
		}
		// A hash shared by another name is no song of this one.
		if kind == title.AliasTrack && song.Track == name || kind == title.AliasArtist && slices.Equal(song.Artists, []string{name}) {
			out = append(out, song)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("songs named %q: %w", name, translate(err))
	}
	return out, nil
}
