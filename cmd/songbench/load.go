package main

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// bulkSong is one song of the bulk load, with the videos that belong to it.
type bulkSong struct {
	Song   dedup.Song
	Videos []dedup.Video
}

// bulkLoader inserts a catalogue known to be free of duplicates into the
// empty tables of a database without deciding anything, chunk by chunk:
// songs keep their IDs, term statistics are counted in memory and written
// once, and the FULLTEXT index is built after the rows are in (finish),
// which is several times faster than maintaining it row by row. Rows are
// written as the store writes them (store.SongRow, store.TermShard). It is
// not safe beside other writers.
type bulkLoader struct {
	db *sql.DB
	// stats counts every term as a common term is, spread by song; a rare
	// one is gathered into its one row at the end (see store.TermShard).
	stats map[string]*[store.StatShards]int32
	now   time.Time
	took  time.Duration // in add and finish, for the load's figures
}

// newBulkLoader drops the FULLTEXT index of db's songs, to build it again
// in finish.
func newBulkLoader(ctx context.Context, db *sql.DB) (*bulkLoader, error) {
	if _, err := db.ExecContext(ctx, "ALTER TABLE songs DROP INDEX songs_search_key"); err != nil {
		return nil, fmt.Errorf("dropping the FULLTEXT index: %w", err)
	}
	// Rebuilding drops InnoDB's hidden FTS_DOC_ID column; a FULLTEXT index
	// added later over rows inserted while that column lingered finds
	// nothing on MariaDB 10.11.
	if _, err := db.ExecContext(ctx, "ALTER TABLE songs FORCE"); err != nil {
		return nil, fmt.Errorf("rebuilding songs: %w", err)
	}
	return &bulkLoader{db: db, stats: map[string]*[store.StatShards]int32{}, now: time.Now().UTC()}, nil
}

// bulkBatch is the rows of one INSERT.
const bulkBatch = 1000

// add inserts songs and their videos and counts their terms.
func (l *bulkLoader) add(ctx context.Context, songs []bulkSong) error {
	for start := 0; start < len(songs); start += bulkBatch {
		part := songs[start:min(start+bulkBatch, len(songs))]
		var songRows, videoRows [][]any
		for _, b := range part {
			song := b.Song
			songRows = append(songRows, append(append([]any{song.ID}, store.SongRow(song)...), 1, l.now, l.now))
			for _, v := range b.Videos {
				videoRows = append(videoRows, []any{v.ID, song.ID, v.Title, v.Channel, v.Artist, v.DurationSeconds, v.Plays, v.Likes, l.now})
			}
			terms := strings.Fields(song.SearchKey)
			slices.Sort(terms)
			for _, term := range append(slices.Compact(terms), store.CatalogueTerm) {
				row, ok := l.stats[term]
				if !ok {
					row = new([store.StatShards]int32)
					l.stats[strings.Clone(term)] = row // not the whole key's memory
				}
				row[uint64(song.ID)%store.StatShards]++
			}
		}
		if err := insertRows(ctx, l.db, "INSERT INTO songs (id, "+store.SongRowColumns+", reconciled, created_at, updated_at) VALUES ", songRows); err != nil {
			return fmt.Errorf("loading songs: %w", err)
		}
		if err := insertRows(ctx, l.db, "INSERT INTO videos (video_id, song_id, title, channel, artist, duration_seconds, plays, likes, created_at) VALUES ", videoRows); err != nil {
			return fmt.Errorf("loading videos: %w", err)
		}
	}
	return nil
}

// finish writes the term statistics and builds the FULLTEXT index.
func (l *bulkLoader) finish(ctx context.Context) error {
	terms := slices.Sorted(maps.Keys(l.stats))
	var statRows [][]any
	for _, t := range terms {
		spread := l.stats[t]
		total := 0
		for _, n := range spread {
			total += int(n)
		}
		var rows [store.StatShards]int
		for shard, n := range spread {
			rows[store.TermShard(total, int64(shard))] += int(n)
		}
		for shard, n := range rows {
			if n != 0 {
				statRows = append(statRows, []any{t, shard, n})
			}
		}
	}
	l.stats = nil
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for start := 0; start < len(statRows); start += 2 * bulkBatch {
		if err := insertRows(ctx, tx, "INSERT INTO term_stats (term, shard, df) VALUES ", statRows[start:min(start+2*bulkBatch, len(statRows))]); err != nil {
			return fmt.Errorf("loading term statistics: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("loading term statistics: %w", err)
	}
	if _, err := l.db.ExecContext(ctx, "ALTER TABLE songs ADD FULLTEXT INDEX songs_search_key (search_key)"); err != nil {
		return fmt.Errorf("building the FULLTEXT index: %w", err)
	}
	return nil
}

// insertRows inserts rows of equal width in one statement.
func insertRows(ctx context.Context, db interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, head string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", len(rows[0])), ",") + ")"
	args := make([]any, 0, len(rows)*len(rows[0]))
	for _, r := range rows {
		args = append(args, r...)
	}
	_, err := db.ExecContext(ctx, head+strings.TrimSuffix(strings.Repeat(row+",", len(rows)), ","), args...)
	return err
}
