package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// A song's display title and normalized fields follow its cleanest source;
// its search key does not (see "Key aliases" in the package doc).

// upgradeSource makes up the canonical song's source: its display title and
// normalized fields, and the search terms that follow them.
//
// The song's own search key never changes, since a changed key is a deleted
// FULLTEXT document that every later query reads. When the artists change, the
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
	ins := newRowsInsert("INSERT INTO songs ("+SongRowColumns+", created_at, updated_at, merged_into, reconciled) VALUES ", 16, "", 1)
	ins.add(append(SongRow(up), now, now, songID, 1)...)
	ids, err := s.insertWithIDs(ctx, tx, ins)
	if err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", songID, err)
	}
	alias := ids[0]
	if _, err := tx.ExecContext(ctx, "INSERT INTO key_aliases (alias_id, song_id) VALUES (?, ?)", alias, songID); err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", songID, translate(err))
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO alias_rows (id) VALUES (?)", alias); err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", songID, translate(err))
	}
	return s.addTermStats(ctx, tx, songID, added, 1)
}

// aliasKeys returns the search keys of a song's key aliases.
func aliasKeys(ctx context.Context, tx *sql.Tx, songID int64) ([]string, error) {
	return queryColumn[string](ctx, tx, "SELECT s.search_key FROM key_aliases a JOIN songs s ON s.id = a.alias_id WHERE a.song_id = ?", songID)
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
