package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup"
)

// CanonicalSongs returns up to limit canonical songs with IDs above after,
// in ID order (key aliases, merged rows, are none).
func (s *DB) CanonicalSongs(ctx context.Context, after int64, limit int) ([]dedup.Song, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+songColumns+" FROM songs s WHERE s.id > ? AND s.merged_into IS NULL ORDER BY s.id LIMIT ?", after, limit)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var songs []dedup.Song
	for rows.Next() {
		song, err := scanSong(rows)
		if err != nil {
			return nil, translate(err)
		}
		songs = append(songs, song)
	}
	return songs, translate(rows.Err())
}

// RewriteKeys writes the new search keys of rs in one transaction, the
// rows of their canonical songs locked in ID order first. A song merged
// away meanwhile, or whose source or key changed since it was read, keeps
// its row: its new key was computed from what it no longer is. A song with
// key aliases took its source from an upload that named other artists than
// the one its key came from, which no row holds any more: its old key,
// when it has terms the new key and the aliases lack, becomes a key alias,
// so that no spelling it was found by is lost. The term statistics count a
// song with the terms of its key aliases: they lose the terms only the old
// key had and gain those only the new one has.
func (s *DB) RewriteKeys(ctx context.Context, rs []dedup.KeyRewrite) (int, error) {
	ids := make([]int64, len(rs))
	for i, r := range rs {
		ids[i] = r.Song.ID
	}
	slices.Sort(ids)
	var written int
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		// The canonical songs are locked in the order every path locks
		// songs (see lockCanonicalOf), then read.
		if _, err := lockCanonicalOf(ctx, tx, ids); err != nil {
			return err
		}
		in, args := inList(ids)
		rows, err := tx.QueryContext(ctx, `SELECT id, title, channel, source_artist, search_key, merged_into
			FROM songs WHERE id IN (`+in+`) ORDER BY id`, args...)
		if err != nil {
			return translate(err)
		}
		now := make(map[int64]dedup.Song, len(ids))
		for rows.Next() {
			var song dedup.Song
			var merged sql.NullInt64
			if err := rows.Scan(&song.ID, &song.Source.Title, &song.Source.Channel, &song.Source.Artist, &song.SearchKey, &merged); err != nil {
				rows.Close()
				return translate(err)
			}
			song.MergedInto = merged.Int64
			now[song.ID] = song
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return translate(err)
		}
		var live []dedup.KeyRewrite
		for _, r := range rs {
			cur, ok := now[r.Song.ID]
			if ok && cur.MergedInto == 0 && cur.Source == r.Song.Source && cur.SearchKey == r.Song.SearchKey {
				live = append(live, r)
			}
		}
		written = len(live)
		if len(live) == 0 {
			return nil
		}
		// One UPDATE joined to the new keys, a derived table of one SELECT
		// of literals per song.
		var keys strings.Builder
		args = args[:0]
		liveIDs := make([]int64, len(live))
		for i, r := range live {
			if i == 0 {
				keys.WriteString("SELECT ? AS id, ? AS search_key")
			} else {
				keys.WriteString(" UNION ALL SELECT ?, ?")
			}
			args = append(args, r.Song.ID, r.Key)
			liveIDs[i] = r.Song.ID
		}
		if _, err := tx.ExecContext(ctx, "UPDATE songs s JOIN ("+keys.String()+") k ON k.id = s.id SET s.search_key = k.search_key", args...); err != nil {
			return translate(err)
		}
		aliases, err := aliasKeysOf(ctx, tx, liveIDs)
		if err != nil {
			return err
		}
		d := termDeltas{}
		at := s.now().UTC()
		for _, r := range live {
			have := aliases[r.Song.ID]
			d.addTerms(strings.Fields(strings.Join(append([]string{r.Song.SearchKey}, have...), " ")), -1)
			if len(have) > 0 && len(newTerms(strings.Fields(r.Key+" "+strings.Join(have, " ")), r.Song.SearchKey)) > 0 {
				// The source named other artists when the key was written:
				// the old key stays searchable in an alias of its own.
				if err := s.addKeyAlias(ctx, tx, r.Song.ID, r.Song, at); err != nil {
					return err
				}
				have = append(have, r.Song.SearchKey)
			}
			d.addTerms(strings.Fields(strings.Join(append([]string{r.Key}, have...), " ")), 1)
		}
		return s.writeStats(ctx, tx, d, ids[0])
	})
	return written, err
}

// aliasKeysOf returns the search keys of the key aliases of songs, by song.
func aliasKeysOf(ctx context.Context, tx *sql.Tx, songs []int64) (map[int64][]string, error) {
	in, args := inList(songs)
	rows, err := tx.QueryContext(ctx, "SELECT a.song_id, s.search_key FROM key_aliases a JOIN songs s ON s.id = a.alias_id WHERE a.song_id IN ("+in+")", args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	keys := map[int64][]string{}
	for rows.Next() {
		var song int64
		var key string
		if err := rows.Scan(&song, &key); err != nil {
			return nil, translate(err)
		}
		keys[song] = append(keys[song], key)
	}
	return keys, translate(rows.Err())
}
