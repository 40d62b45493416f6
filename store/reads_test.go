package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

// TestLongSongDocuments: a song document lists the first 500 videos by
// upload (then by ID) with the engagement totals and count of all of
// them, whether the song's own videos are more than 500 or its own and
// those of the song merged into it are together; a song merged away lists
// its own.
func TestLongSongDocuments(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	// Song 1 has 300 videos and song 2, merged into it, 300 more; song 3
	// has 501 videos and no merge log. The uploads of songs 1 and 2
	// interleave, and two videos of a song share each instant.
	base := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	var videos []string
	want := map[int64][]dedup.Video{}
	add := func(song, canonical int64, n int) {
		for i := range n {
			v := dedup.Video{ID: fmt.Sprintf("lv%d%08d", song, n-i), SongID: song, Plays: int64(i * 7 % 1000), Likes: int64(i % 13),
				CreatedAt: base.Add(time.Duration(i/2)*time.Second + time.Duration(song)*time.Microsecond)}
			videos = append(videos, fmt.Sprintf("('%s', %d, 'title', %d, %d, '%s')", v.ID, song, v.Plays, v.Likes, v.CreatedAt.Format("2006-01-02 15:04:05.000000")))
			want[canonical] = append(want[canonical], v)
			if canonical != song {
				want[song] = append(want[song], v)
			}
		}
	}
	add(1, 1, 300)
	add(2, 1, 300)
	add(3, 3, 501)
	for _, s := range []string{
		`INSERT INTO songs (id, title, track, search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at) VALUES
		(1, 'song 1', 'track 1', 'k1', 1, 1, NULL, 1, NOW(6), NOW(6)), (2, 'song 2', 'track 2', 'k2', 2, 2, 1, 1, NOW(6), NOW(6)),
		(3, 'song 3', 'track 3', 'k3', 3, 3, NULL, 1, NOW(6), NOW(6))`,
		"INSERT INTO videos (video_id, song_id, title, plays, likes, created_at) VALUES " + strings.Join(videos, ", "),
		"INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, decided_by, created_at) VALUES ('song', 2, 1, 1, 'test', NOW(6))",
		"INSERT INTO logged_songs (song_id) VALUES (1), (2)",
	} {
		if _, err := db.SQL().ExecContext(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []int64{1, 2, 3} {
		doc, err := db.SongDetail(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		all := slices.Clone(want[id])
		var plays, likes int64
		for _, v := range all {
			plays += v.Plays
			likes += v.Likes
		}
		if doc.VideoCount != len(all) || doc.Plays != plays || doc.Likes != likes {
			t.Errorf("song %d: %d videos, %d plays, %d likes; want %d, %d, %d", id, doc.VideoCount, doc.Plays, doc.Likes, len(all), plays, likes)
		}
		slices.SortFunc(all, func(a, b dedup.Video) int {
			if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
				return c
			}
			return strings.Compare(a.ID, b.ID)
		})
		var got, first []string
		for _, v := range doc.Videos {
			got = append(got, v.ID)
		}
		for _, v := range all[:min(len(all), 500)] {
			first = append(first, v.ID)
		}
		if !slices.Equal(got, first) {
			t.Errorf("song %d lists %d videos:\n%v\nwant %d:\n%v", id, len(got), got, len(first), first)
		}
	}
}
