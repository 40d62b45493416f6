package store

import (
	"context"
	"fmt"

	"github.com/songdedup/songdedup/dedup"
)

// Lookups of the submission path: which song a video belongs to, a song's
// own row.

// VideoSong implements dedup.SubmitStore.
func (s *DB) VideoSong(ctx context.Context, videoID string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(s.merged_into, s.id) FROM videos v
		JOIN songs s ON s.id = v.song_id WHERE v.video_id = ?`, videoID).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("video %s: %w", videoID, translate(err))
	}
	return id, nil
}

// VideoSongs implements dedup.SubmitStore.
func (s *DB) VideoSongs(ctx context.Context, videoIDs []string) (map[string]int64, error) {
	out := make(map[string]int64, len(videoIDs))
	err := inChunks(videoIDs, maxInList, func(in string, args []any) error {
		return queryPairs(ctx, s.db, out, `SELECT v.video_id, COALESCE(s.merged_into, s.id) FROM videos v
			JOIN songs s ON s.id = v.song_id WHERE v.video_id IN (`+in+`)`, args...)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Song implements dedup.SubmitStore and dedup.CurationStore. The row of a
// key alias is no song: its ID is not found. It reads the primary:
// reconciliation and splits plan on it.
func (s *DB) Song(ctx context.Context, id int64) (dedup.Song, error) {
	return songOn(ctx, s.db, id)
}

func songOn(ctx context.Context, db reader, id int64) (dedup.Song, error) {
	song, err := scanSong(db.QueryRowContext(ctx, songQuery, id))
	if err != nil {
		return song, fmt.Errorf("song %d: %w", id, translate(err))
	}
	return song, nil
}

// songQuery reads a song by its ID, unless the ID is a key alias's.
const songQuery = "SELECT " + songColumns + ` FROM songs s LEFT JOIN alias_rows a ON a.id = s.id
	WHERE s.id = ? AND a.id IS NULL`
