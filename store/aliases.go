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
	old, err := lockSongKey(ctx, tx, songID)
	if err != nil {
		return err
	}
	if old.merged.Valid {
		return nil // merged away meanwhile: its canonical keeps its own source
	}
	if _, err := tx.ExecContext(ctx, `UPDATE songs SET title = ?, channel = ?, source_artist = ?, artists = ?,
		track = ?, featured = ?, version_info = ?, track_hash = ?, artist_hash = ?,
		duration_seconds = IF(duration_seconds = 0, ?, duration_seconds), updated_at = ? WHERE id = ?`,
		append(sourceColumns(up), now, songID)...); err != nil {
		return translate(err)
	}
	return s.aliasNewArtists(ctx, tx, songID, old, up, now)
}

// extendKey gives a canonical song the terms of the spelling of an upload
// merged into it that its key and its key aliases lack, in a key alias,
// within dedup.MaxSpellingTerms (see aliasSpelling).
func (s *DB) extendKey(ctx context.Context, tx *sql.Tx, songID int64, spelling dedup.Song, now time.Time) error {
	old, err := lockSongKey(ctx, tx, songID)
	if err != nil {
		return err
	}
	if old.merged.Valid {
		return nil // merged away meanwhile: its key is searched for its canonical song
	}
	return s.aliasSpelling(ctx, tx, songID, old, spelling, now)
}

// lockSongKey locks a song's row and reads what an upgrade reads of it.
func lockSongKey(ctx context.Context, tx *sql.Tx, songID int64) (songKey, error) {
	var k songKey
	err := tx.QueryRowContext(ctx, "SELECT search_key, artist_hash, merged_into FROM songs WHERE id = ? FOR UPDATE", songID).
		Scan(&k.key, &k.artists, &k.merged)
	if err != nil {
		return k, fmt.Errorf("song %d: %w", songID, translate(err))
	}
	return k, nil
}

// sourceUpgrade is the upgrade of one canonical song's source by a write of
// a batch, or with spelling the extension of its key by the spelling of an
// upload merged into it (see extendKey).
type sourceUpgrade struct {
	songID   int64
	up       dedup.Song
	spelling bool
}

// upgradeSources does what upgradeSource does for each of ups, with the
// rows of all of them locked and read in one statement and updated in
// another: a catalogue backfill upgrades a song in every few rows it
// merges. Songs are locked in the order of their IDs. A song upgraded
// twice goes one upgrade after the other, as the second depends on the
// first.
func (s *DB) upgradeSources(ctx context.Context, tx *sql.Tx, ups []sourceUpgrade, now time.Time) error {
	ids := make([]int64, len(ups))
	for i, u := range ups {
		ids[i] = u.songID
	}
	slices.Sort(ids)
	if len(ups) < 2 || len(slices.Compact(ids)) < len(ups) {
		for _, u := range ups {
			write := s.upgradeSource
			if u.spelling {
				write = s.extendKey
			}
			if err := write(ctx, tx, u.songID, u.up, now); err != nil {
				return err
			}
		}
		return nil
	}
	in, args := inList(ids)
	rows, err := tx.QueryContext(ctx, "SELECT id, search_key, artist_hash, merged_into FROM songs WHERE id IN ("+in+") ORDER BY id FOR UPDATE", args...)
	if err != nil {
		return translate(err)
	}
	old := make(map[int64]songKey, len(ids))
	for rows.Next() {
		var id int64
		var k songKey
		if err := rows.Scan(&id, &k.key, &k.artists, &k.merged); err != nil {
			rows.Close()
			return translate(err)
		}
		old[id] = k
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return translate(err)
	}
	var live, spellings []sourceUpgrade
	for _, u := range ups {
		k, ok := old[u.songID]
		if !ok {
			return fmt.Errorf("song %d: %w", u.songID, translate(sql.ErrNoRows))
		}
		switch {
		case k.merged.Valid: // merged away meanwhile: its canonical keeps its own source
		case u.spelling:
			spellings = append(spellings, u)
		default:
			live = append(live, u)
		}
	}
	for _, u := range spellings {
		if err := s.aliasSpelling(ctx, tx, u.songID, old[u.songID], u.up, now); err != nil {
			return err
		}
	}
	if len(live) == 0 {
		return nil
	}
	// One UPDATE joined to the new sources, a derived table of one
	// SELECT of literals per song.
	var sources strings.Builder
	args = args[:0]
	for i, u := range live {
		if i == 0 {
			sources.WriteString(`SELECT ? AS id, ? AS title, ? AS channel, ? AS source_artist, ? AS artists, ? AS track,
				? AS featured, ? AS version_info, ? AS track_hash, ? AS artist_hash, ? AS duration_seconds`)
		} else {
			sources.WriteString(" UNION ALL SELECT " + placeholders(11))
		}
		args = append(append(args, u.songID), sourceColumns(u.up)...)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE songs s JOIN (`+sources.String()+`) u ON u.id = s.id SET s.title = u.title,
		s.channel = u.channel, s.source_artist = u.source_artist, s.artists = u.artists, s.track = u.track,
		s.featured = u.featured, s.version_info = u.version_info, s.track_hash = u.track_hash,
		s.artist_hash = u.artist_hash, s.duration_seconds = IF(s.duration_seconds = 0, u.duration_seconds, s.duration_seconds),
		s.updated_at = ?`, append(args, now)...); err != nil {
		return translate(err)
	}
	for _, u := range live {
		if err := s.aliasNewArtists(ctx, tx, u.songID, old[u.songID], u.up, now); err != nil {
			return err
		}
	}
	return nil
}

// songKey is what an upgrade reads of a song's row before it writes: its
// search key, its artists' hash and whether it was merged away.
type songKey struct {
	key     string
	artists int64
	merged  sql.NullInt64
}

// sourceColumns are the values an upgrade writes to a song from up, in
// the order of the columns title, channel, source_artist, artists, track,
// featured, version_info, track_hash, artist_hash, duration_seconds.
func sourceColumns(up dedup.Song) []any {
	return []any{up.Source.Title, up.Source.Channel, up.Source.Artist, encodeList(up.Artists), up.Track,
		encodeList(up.Featured), encodeList(up.VersionInfo), hashKey(up.Track),
		hashKey(artistKey(up.Artists)), up.DurationSeconds}
}

// aliasNewArtists gives a song whose source now names other artists than
// old did a key alias holding the terms of the new source that its key and
// its earlier aliases lack (see upgradeSource).
func (s *DB) aliasNewArtists(ctx context.Context, tx *sql.Tx, songID int64, old songKey, up dedup.Song, now time.Time) error {
	if hashKey(artistKey(up.Artists)) == old.artists {
		return nil
	}
	aliases, err := aliasKeys(ctx, tx, songID)
	if err != nil {
		return err
	}
	added := newTerms(strings.Fields(old.key+" "+strings.Join(aliases, " ")), up.SearchKey)
	if len(added) == 0 {
		return nil
	}
	if err := s.addKeyAlias(ctx, tx, songID, up, now); err != nil {
		return err
	}
	return s.addTermStats(ctx, tx, songID, added, 1)
}

// aliasSpelling gives a song a key alias holding the terms of the key of
// spelling, an upload merged into it, that its key and its earlier aliases
// lack, while the terms its aliases add to its key stay within
// dedup.MaxSpellingTerms: a popular song's key stops growing. The alias
// holds those new terms alone, so that a hit on it is a hit on a term the
// song's own key lacks. The term statistics count the song with them in
// the same transaction, its row locked, so that concurrent writers of one
// song each see the aliases of those before.
func (s *DB) aliasSpelling(ctx context.Context, tx *sql.Tx, songID int64, old songKey, spelling dedup.Song, now time.Time) error {
	aliases, err := aliasKeys(ctx, tx, songID)
	if err != nil {
		return err
	}
	added := newTerms(strings.Fields(old.key+" "+strings.Join(aliases, " ")), spelling.SearchKey)
	if len(added) == 0 {
		return nil
	}
	gained := newTerms(strings.Fields(old.key), strings.Join(aliases, " "))
	if len(gained)+len(added) > dedup.MaxSpellingTerms {
		return nil
	}
	spelling.SearchKey = strings.Join(added, " ")
	if err := s.addKeyAlias(ctx, tx, songID, spelling, now); err != nil {
		return err
	}
	return s.addTermStats(ctx, tx, songID, added, 1)
}

// addKeyAlias gives songID a key alias: a row of row's fields and search
// key, merged into the song. The caller counts its new terms.
func (s *DB) addKeyAlias(ctx context.Context, tx *sql.Tx, songID int64, row dedup.Song, now time.Time) error {
	ins := newRowsInsert("INSERT INTO songs ("+SongRowColumns+", created_at, updated_at, merged_into, reconciled) VALUES ", 16, "", 1)
	ins.add(append(SongRow(row), now, now, songID, 1)...)
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
	return nil
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
