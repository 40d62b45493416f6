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

// BulkSong is one song of a bulk load, with the videos that belong to it.
type BulkSong struct {
	Song   dedup.Song
	Videos []dedup.Video
}

// BulkLoad inserts a catalogue known to be free of duplicates (a restore, a
// benchmark catalogue) without deciding anything: songs keep their IDs,
// term statistics are computed in memory and written once, and the
// FULLTEXT index is built after the rows are in, which is several times
// faster than maintaining it row by row. The tables must be empty. It is
// not safe to run beside other writers.
func (s *DB) BulkLoad(ctx context.Context, songs []BulkSong) error {
	if _, err := s.db.ExecContext(ctx, "ALTER TABLE songs DROP INDEX songs_search_key"); err != nil {
		return fmt.Errorf("dropping the FULLTEXT index: %w", translate(err))
	}
	// Rebuilding drops InnoDB's hidden FTS_DOC_ID column; a FULLTEXT index
	// added later over rows inserted while that column lingered finds
	// nothing on MariaDB 10.11.
	if _, err := s.db.ExecContext(ctx, "ALTER TABLE songs FORCE"); err != nil {
		return fmt.Errorf("rebuilding songs: %w", translate(err))
	}
	stats := map[string]*[statShards]int{}
	count := func(term string, id int64) {
		row, ok := stats[term]
		if !ok {
			row = new([statShards]int)
			stats[term] = row
		}
		row[uint64(id)%statShards]++
	}
	now := s.now().UTC()
	const batch = 1000
	for start := 0; start < len(songs); start += batch {
		part := songs[start:min(start+batch, len(songs))]
		var q strings.Builder
		q.WriteString(`INSERT INTO songs (id, title, channel, source_artist, artists, track, featured, versions,
			version_info, duration_seconds, search_key, track_hash, artist_hash, reconciled, created_at, updated_at) VALUES `)
		args := make([]any, 0, 16*len(part))
		for i, b := range part {
			song := b.Song
			if i > 0 {
				q.WriteString(",")
			}
			q.WriteString("(?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)")
			args = append(args, song.ID, song.Source.Title, song.Source.Channel, song.Source.Artist,
				encodeList(song.Artists), song.Track, encodeList(song.Featured), encodeVersions(song.Versions),
				encodeList(song.VersionInfo), song.DurationSeconds, song.SearchKey, hashKey(song.Track),
				hashKey(artistKey(song.Artists)), now, now)
			for _, term := range uniqueFields(song.SearchKey) {
				count(term, song.ID)
			}
			count(totalTerm, song.ID)
		}
		if _, err := s.db.ExecContext(ctx, q.String(), args...); err != nil {
			return fmt.Errorf("loading songs: %w", translate(err))
		}
		if err := s.bulkVideos(ctx, part, now); err != nil {
			return err
		}
	}
	if err := s.bulkStats(ctx, stats); err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, "ALTER TABLE songs ADD FULLTEXT INDEX songs_search_key (search_key)"); err != nil {
		return fmt.Errorf("building the FULLTEXT index: %w", translate(err))
	}
	return nil
}

func uniqueFields(s string) []string {
	f := strings.Fields(s)
	slices.Sort(f)
	return slices.Compact(f)
}

func (s *DB) bulkVideos(ctx context.Context, part []BulkSong, now time.Time) error {
	var q strings.Builder
	q.WriteString(`INSERT INTO videos (video_id, song_id, title, channel, artist, duration_seconds, plays, likes, created_at) VALUES `)
	var args []any
	for _, b := range part {
		for _, v := range b.Videos {
			if len(args) > 0 {
				q.WriteString(",")
			}
			q.WriteString("(?,?,?,?,?,?,?,?,?)")
			args = append(args, v.ID, b.Song.ID, v.Title, v.Channel, v.Artist, v.DurationSeconds, v.Plays, v.Likes, now)
		}
	}
	if len(args) == 0 {
		return nil
	}
	if _, err := s.db.ExecContext(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("loading videos: %w", translate(err))
	}
	return nil
}

func (s *DB) bulkStats(ctx context.Context, stats map[string]*[statShards]int) error {
	terms := make([]string, 0, len(stats))
	for t := range stats {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	const batch = 2000
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var q strings.Builder
		args := make([]any, 0, 3*batch)
		flush := func() error {
			if len(args) == 0 {
				return nil
			}
			_, err := tx.ExecContext(ctx, q.String(), args...)
			q.Reset()
			args = args[:0]
			if err != nil {
				return fmt.Errorf("loading term statistics: %w", translate(err))
			}
			return nil
		}
		for _, t := range terms {
			shards := stats[t]
			if total := sumShards(shards); total < shardFrom && t != totalTerm {
				shards = &[statShards]int{total} // a rare term keeps one row
			}
			for shard, df := range shards {
				if df == 0 {
					continue
				}
				if len(args) == 0 {
					q.WriteString("INSERT INTO term_stats (term, shard, df) VALUES (?,?,?)")
				} else {
					q.WriteString(",(?,?,?)")
				}
				args = append(args, t, shard, df)
				if len(args) >= 3*batch {
					if err := flush(); err != nil {
						return err
					}
				}
			}
		}
		return flush()
	})
}

func sumShards(shards *[statShards]int) int {
	total := 0
	for _, df := range shards {
		total += df
	}
	return total
}
