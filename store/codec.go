package store

import (
	"database/sql"
	"encoding/json"
	"hash/fnv"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// How a song is stored: its row's columns, the encoding of its lists, and
// the hashes of the exact lookup on (track, artists).

// songColumns are the columns scanSong reads, in order.
const songColumns = `s.id, s.title, s.channel, s.source_artist, s.artists, s.track, s.featured, s.versions,
	s.version_info, s.duration_seconds, s.search_key, s.merged_into, s.created_at, s.updated_at`

// songColumnCount is the number of songColumns.
var songColumnCount = strings.Count(songColumns, ",") + 1

// scanner is a *sql.Row or *sql.Rows.
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
			s.Versions = append(s.Versions, title.Version(v))
		}
	}
	s.MergedInto = merged.Int64
	return s, nil
}

// encodeList stores a list as JSON text, [] when empty.
func encodeList(list []string) string {
	if len(list) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(list)
	return string(b)
}

// decodeList reads a list stored by encodeList. A list of strings that
// hold no quote and nothing escaped (plainJSON), as encodeList writes most,
// is split where its strings meet, without a JSON decoder, to the same
// list: every song a read returns decodes three lists.
func decodeList(s string) []string {
	if s == "" || s == "[]" {
		return nil
	}
	if inner, ok := strings.CutPrefix(s, `["`); ok && plainJSON(s) {
		if inner, ok = strings.CutSuffix(inner, `"]`); ok {
			list := strings.Split(inner, `","`)
			if !slices.ContainsFunc(list, func(e string) bool { return strings.ContainsRune(e, '"') }) {
				return list
			}
		}
	}
	var list []string
	json.Unmarshal([]byte(s), &list)
	return list
}

// plainJSON reports whether s holds no byte that a JSON string escapes or
// may not hold as it is (a backslash, a control character) and is valid
// UTF-8: its strings then read as they are written.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == '\\' {
			return false
		}
	}
	return utf8.ValidString(s)
}

// encodeVersions stores a version set as a comma-separated list.
func encodeVersions(vs []title.Version) string {
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

// artistKey is the key of a set of artists, whatever their order.
func artistKey(artists []string) string {
	sorted := slices.Clone(artists)
	slices.Sort(sorted)
	return strings.Join(sorted, "|")
}

// SongRowColumns are the columns of a song's row that SongRow gives values
// for, in order.
const SongRowColumns = `title, channel, source_artist, artists, track, featured, versions, version_info,
	duration_seconds, search_key, track_hash, artist_hash`

// SongRow returns the values of SongRowColumns for song: its source, its
// normalized fields encoded, its search key and the hashes of the exact
// lookup.
func SongRow(song dedup.Song) []any {
	return []any{song.Source.Title, song.Source.Channel, song.Source.Artist, encodeList(song.Artists), song.Track,
		encodeList(song.Featured), encodeVersions(song.Versions), encodeList(song.VersionInfo),
		song.DurationSeconds, song.SearchKey, hashKey(song.Track), hashKey(artistKey(song.Artists))}
}

// noArtistHash is the artist hash of a song whose artist is unknown.
var noArtistHash = hashKey(artistKey(nil))
