package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/songdedup/songdedup/dedup"
)

// videoReadsOf are the coalesced reads of videos on pool.
func (s *DB) videoReadsOf(pool *sql.DB) *coalesced[string, dedup.Video] {
	return s.videoReads.of(pool, s.coalescedStatements, func(ctx context.Context, ids []string) []result[dedup.Video] {
		return videosOn(ctx, s.prepared(pool), ids)
	})
}

// videoBatchQuery reads videos ids, each with its canonical song, as
// videoQuery reads one, in a statement of an IN list padded (padded).
func videoBatchQuery(ids []string) (string, []any) {
	args := padded(ids)
	return videoBatchSQL[len(args)], args
}

// videoBatchSQL are the statements of videoBatchQuery, by the number of
// IDs they read.
var videoBatchSQL = byPaddedSize(func(in string) string {
	return `SELECT ` + videoColumns + `
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE v.video_id IN (` + in + `)`
})

// videosOn reads videos ids, each with its canonical song, in one
// statement, and returns a result for each, in their order (an unknown
// one not found).
func videosOn(ctx context.Context, db querier, ids []string) []result[dedup.Video] {
	out := make([]result[dedup.Video], len(ids))
	found, err := videosByID(ctx, db, ids)
	for i, id := range ids {
		v, ok := found[id]
		switch {
		case err != nil:
			out[i].err = fmt.Errorf("video %s: %w", id, err)
		case !ok:
			out[i].err = fmt.Errorf("video %s: %w", id, translate(sql.ErrNoRows))
		default:
			out[i].value = v
		}
	}
	return out
}

func videosByID(ctx context.Context, db querier, ids []string) (map[string]dedup.Video, error) {
	q, args := videoBatchQuery(ids)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	out := make(map[string]dedup.Video, len(ids))
	for rows.Next() {
		v, err := scanVideo(rows)
		if err != nil {
			return nil, translate(err)
		}
		out[v.ID] = v
	}
	return out, translate(rows.Err())
}
