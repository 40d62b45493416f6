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
	return s.upgradeSources(ctx, tx, []sourceUpgrade{{songID: songID, up: up}}, nil, now)
}

// sourceUpgrade is the upgrade of one canonical song's source by a write of
// a batch, or with spelling the extension of its key by the spelling of an
// upload merged into it (see upgradeSources).
type sourceUpgrade struct {
	songID   int64
	up       dedup.Song
	spelling bool
}

// upgradeSources does what upgradeSource does for each of ups, and for
// those with spelling extends the song's key: the terms of the spelling of
// an upload merged into it that its key and its key aliases lack go into a
// key alias, within dedup.MaxSpellingTerms (see keyAliasPlan.spelling). A
// catalogue backfill upgrades or extends a song in every few rows it
// merges, so the statements do not grow with ups: the rows of every song
// are locked and read in one statement (in the order of their IDs), their
// key aliases read in another, the sources updated in one more, and the
// new key aliases and their term statistics written in a statement each.
// What each upgrade reads of a song (its artists, its aliases) is what the
// upgrades before it in ups left, as if each had been written in turn.
// known holds the keys of songs tx has read under its lock already (a
// batch's canonical songs, see lockCanonical): those are not read again.
func (s *DB) upgradeSources(ctx context.Context, tx *sql.Tx, ups []sourceUpgrade, known map[int64]songKey, now time.Time) error {
	if len(ups) == 0 {
		return nil
	}
	ids := make([]int64, len(ups))
	for i, u := range ups {
		ids[i] = u.songID
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	old := make(map[int64]songKey, len(ids))
	var rest []int64
	for _, id := range ids {
		if k, ok := known[id]; ok {
			old[id] = k
		} else {
			rest = append(rest, id)
		}
	}
	if len(rest) > 0 {
		read, err := lockSongKeys(ctx, tx, rest)
		if err != nil {
			return err
		}
		maps.Copy(old, read)
	}
	upgrades := map[int64]int{} // song -> its upgrades of the source
	var live []sourceUpgrade
	needAliases := map[int64]bool{}
	for _, u := range ups {
		k, ok := old[u.songID]
		if !ok {
			return fmt.Errorf("song %d: %w", u.songID, translate(sql.ErrNoRows))
		}
		switch {
		case k.merged.Valid: // merged away meanwhile: its canonical keeps its own source and key
		case u.spelling:
			needAliases[u.songID] = true
		default:
			live = append(live, u)
			upgrades[u.songID]++
			if hashKey(artistKey(u.up.Artists)) != k.artists || upgrades[u.songID] > 1 {
				needAliases[u.songID] = true
			}
		}
	}
	plan := keyAliasPlan{keys: old}
	if len(needAliases) > 0 {
		var err error
		if plan.aliases, err = aliasKeysOf(ctx, tx, slices.Sorted(maps.Keys(needAliases))); err != nil {
			return err
		}
	}
	for _, u := range ups {
		if !old[u.songID].merged.Valid {
			plan.add(u)
		}
	}
	if err := updateSources(ctx, tx, live, upgrades, now); err != nil {
		return err
	}
	return s.writeKeyAliases(ctx, tx, plan.adds, now)
}

// lockSongKeys locks the rows of songs (sorted) and reads what an upgrade
// reads of each.
func lockSongKeys(ctx context.Context, tx *sql.Tx, songs []int64) (map[int64]songKey, error) {
	in, args := inList(songs)
	rows, err := tx.QueryContext(ctx, "SELECT id, search_key, artist_hash, merged_into FROM songs WHERE id IN ("+in+") ORDER BY id FOR UPDATE", args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	old := make(map[int64]songKey, len(songs))
	for rows.Next() {
		var id int64
		var k songKey
		if err := rows.Scan(&id, &k.key, &k.artists, &k.merged); err != nil {
			return nil, translate(err)
		}
		old[id] = k
	}
	return old, translate(rows.Err())
}

// updateSources writes the sources of live, upgrades of songs that were
// not merged away: in one UPDATE joined to the new sources (a derived
// table of one SELECT of literals per song) when each song has one, else
// one UPDATE an upgrade, in order, as the second depends on the first.
func updateSources(ctx context.Context, tx *sql.Tx, live []sourceUpgrade, upgrades map[int64]int, now time.Time) error {
	if len(live) == 0 {
		return nil
	}
	if len(upgrades) < len(live) {
		for _, u := range live {
			if _, err := tx.ExecContext(ctx, `UPDATE songs SET title = ?, channel = ?, source_artist = ?, artists = ?,
				track = ?, featured = ?, version_info = ?, track_hash = ?, artist_hash = ?,
				duration_seconds = IF(duration_seconds = 0, ?, duration_seconds), updated_at = ? WHERE id = ?`,
				append(sourceColumns(u.up), now, u.songID)...); err != nil {
				return translate(err)
			}
		}
		return nil
	}
	var sources strings.Builder
	var args []any
	for i, u := range live {
		if i == 0 {
			sources.WriteString(`SELECT ? AS id, ? AS title, ? AS channel, ? AS source_artist, ? AS artists, ? AS track,
				? AS featured, ? AS version_info, ? AS track_hash, ? AS artist_hash, ? AS duration_seconds`)
		} else {
			sources.WriteString(" UNION ALL SELECT " + placeholders(11))
		}
		args = append(append(args, u.songID), sourceColumns(u.up)...)
	}
	_, err := tx.ExecContext(ctx, `UPDATE songs s JOIN (`+sources.String()+`) u ON u.id = s.id SET s.title = u.title,
		s.channel = u.channel, s.source_artist = u.source_artist, s.artists = u.artists, s.track = u.track,
		s.featured = u.featured, s.version_info = u.version_info, s.track_hash = u.track_hash,
		s.artist_hash = u.artist_hash, s.duration_seconds = IF(s.duration_seconds = 0, u.duration_seconds, s.duration_seconds),
		s.updated_at = ?`, append(args, now)...)
	return translate(err)
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

// keyAliasPlan decides the key aliases that upgrades and spellings give
// songs, from what was read of the songs before them, and keeps what each
// alias adds, so that the upgrade after it reads the song as it leaves it.
type keyAliasPlan struct {
	keys    map[int64]songKey  // song -> its row as locked; artists follow the upgrades planned
	aliases map[int64][]string // song -> the search keys of its key aliases, planned ones included
	adds    []keyAliasAdd
}

// keyAliasAdd is a key alias to write: a row of row's fields and search
// key, merged into the song, and the terms it adds to the song's key.
type keyAliasAdd struct {
	songID int64
	row    dedup.Song
	terms  []string
}

// add plans what upgrade u adds to its song's key.
func (p *keyAliasPlan) add(u sourceUpgrade) {
	if u.spelling {
		p.spelling(u.songID, u.up)
		return
	}
	k := p.keys[u.songID]
	artists := hashKey(artistKey(u.up.Artists))
	if artists == k.artists {
		return
	}
	k.artists = artists
	p.keys[u.songID] = k
	p.newArtists(u.songID, u.up)
}

// newArtists gives a song whose source now names other artists a key
// alias holding the terms of the new source that its key and its earlier
// aliases lack (see upgradeSource).
func (p *keyAliasPlan) newArtists(songID int64, up dedup.Song) {
	aliases := p.aliases[songID]
	added := newTerms(strings.Fields(p.keys[songID].key+" "+strings.Join(aliases, " ")), up.SearchKey)
	if len(added) == 0 {
		return
	}
	p.push(songID, up, added)
}

// spelling gives a song a key alias holding the terms of the key of
// spelling, an upload merged into it, that its key and its earlier aliases
// lack, while the terms its aliases add to its key stay within
// dedup.MaxSpellingTerms: a popular song's key stops growing. The alias
// holds those new terms alone, so that a hit on it is a hit on a term the
// song's own key lacks. The term statistics count the song with them in
// the same transaction, its row locked, so that concurrent writers of one
// song each see the aliases of those before.
func (p *keyAliasPlan) spelling(songID int64, spelling dedup.Song) {
	key, aliases := p.keys[songID].key, p.aliases[songID]
	added := newTerms(strings.Fields(key+" "+strings.Join(aliases, " ")), spelling.SearchKey)
	if len(added) == 0 {
		return
	}
	gained := newTerms(strings.Fields(key), strings.Join(aliases, " "))
	if len(gained)+len(added) > dedup.MaxSpellingTerms {
		return
	}
	spelling.SearchKey = strings.Join(added, " ")
	p.push(songID, spelling, added)
}

// push plans a key alias of row for songID, adding terms to its key.
func (p *keyAliasPlan) push(songID int64, row dedup.Song, terms []string) {
	if p.aliases == nil {
		p.aliases = map[int64][]string{}
	}
	p.aliases[songID] = append(p.aliases[songID], row.SearchKey)
	p.adds = append(p.adds, keyAliasAdd{songID: songID, row: row, terms: terms})
}

// writeKeyAliases writes planned key aliases, in order, and counts their
// songs with the terms they add: a statement for the rows, one for each
// table that names them, and one for the term statistics.
func (s *DB) writeKeyAliases(ctx context.Context, tx *sql.Tx, adds []keyAliasAdd, now time.Time) error {
	if len(adds) == 0 {
		return nil
	}
	rows := newRowsInsert("INSERT INTO songs ("+SongRowColumns+", created_at, updated_at, merged_into, reconciled) VALUES ", 16, "", len(adds))
	for _, a := range adds {
		rows.add(append(SongRow(a.row), now, now, a.songID, 1)...)
	}
	ids, err := s.insertWithIDs(ctx, tx, rows)
	if err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", adds[0].songID, err)
	}
	links := newRowsInsert("INSERT INTO key_aliases (alias_id, song_id) VALUES ", 2, "", len(adds))
	marks := newRowsInsert("INSERT INTO alias_rows (id) VALUES ", 1, "", len(adds))
	counted := make([]songTerms, len(adds))
	for i, a := range adds {
		links.add(ids[i], a.songID)
		marks.add(ids[i])
		counted[i] = songTerms{songID: a.songID, terms: a.terms}
	}
	if err := links.exec(ctx, tx); err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", adds[0].songID, err)
	}
	if err := marks.exec(ctx, tx); err != nil {
		return fmt.Errorf("song %d: adding a key alias: %w", adds[0].songID, err)
	}
	return s.addTermsOfSongs(ctx, tx, counted)
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
