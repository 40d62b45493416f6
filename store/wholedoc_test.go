package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store/storetest"
)

// rowPerVideoDocumentSQL is the statement of a whole document as it was
// read before songDocumentSQL read the song's columns once (wholeSongSQLOf):
// part 0 a row for each of the song's own videos, each with the song's
// columns. TestWholeDocumentsUnchanged reads documents by it.
var rowPerVideoDocumentSQL = `(` + ownVideosSQLOf(", "+nulls(historyColumnCount), "= ?") + `)
		UNION ALL (SELECT ` + nulls(songColumnCount+1) + `, 1, ` + videoColumnsOf("o") + `, ` + nulls(historyColumnCount) + `
		FROM logged_songs l JOIN songs o ON o.merged_into = l.song_id JOIN videos v ON v.song_id = o.id WHERE l.song_id = ? LIMIT ?)
		UNION ALL ` + historyPart(historyParts[0]) + `
		UNION ALL ` + historyPart(historyParts[1])

// fillDocuments writes songs whose documents hold what a document can:
// versions, version info, artists and featured artists, songs merged into
// others (their videos listed by their canonical song), key aliases,
// videos uploaded at one instant, plays past MaxEngagement, a song
// without videos, merge log entries of each kind with and without an
// explanation, an undone merge, and entries naming a song whose into
// song's canonical song is another.
func fillDocuments(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for id := 1; id <= 40; id++ {
		var merged any
		if id%5 == 4 {
			merged = id - 3
		}
		versions, info := "", "[]"
		if id%3 == 0 {
			versions, info = "live,remix", `["Live at Wembley","Tiësto"]`
		}
		exec(`INSERT INTO songs (id, title, channel, source_artist, artists, track, featured, versions, version_info, duration_seconds,
			search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
			id, fmt.Sprintf("Artist %d - Track <%d> & \"more\"", id, id), fmt.Sprintf("Channel %d", id), fmt.Sprintf("Artist %d", id),
			fmt.Sprintf(`["artist %d","Beyoncé"]`, id), fmt.Sprintf("track %d", id), `["guest"]`, versions, info, id*7,
			fmt.Sprintf("k%d", id), id, id, merged, fmt.Sprintf("2026-01-02 03:04:%02d.123456", id), "2026-02-03 04:05:06.654321")
	}
	// Key aliases: rows merged into their song, unlogged, without videos.
	for _, alias := range []int{41, 42} {
		exec(`INSERT INTO songs (id, title, track, search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at)
			VALUES (?, 'alias', 'alias', 'alias', 0, 0, 1, 1, NOW(6), NOW(6))`, alias)
		exec(`INSERT INTO alias_rows (id) VALUES (?)`, alias)
	}
	for id := 1; id <= 40; id++ {
		if id == 7 {
			continue // a song without videos
		}
		for k := 0; k < 1+id%4; k++ {
			plays := int64(id*1000 + k)
			if id == 9 {
				plays = dedup.MaxEngagement + 5
			}
			exec(`INSERT INTO videos (video_id, song_id, title, channel, artist, duration_seconds, plays, likes, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				fmt.Sprintf("v%03d%07d", id, k), id, fmt.Sprintf("Upload %d of song %d (Official Video)", k, id), "a channel", "an artist",
				200+k, plays, k, fmt.Sprintf("2026-03-04 05:06:%02d.000001", k/2))
		}
	}
	// Merges of songs, attaches of videos, an undone merge, and an entry
	// naming song 2 into song 3 (2's history reads it by merges_song).
	exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, score, decided_by, explanation, created_at)
		SELECT 'song', id, merged_into, merged_into, 0.91234567890123456, 'curator:alice', '{"score":0.9,"rules":[{"rule":"a<b"}]}', NOW(6)
		FROM songs WHERE merged_into IS NOT NULL AND id NOT IN (SELECT id FROM alias_rows)`)
	exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, explanation, created_at)
		SELECT 'video', v.song_id, v.song_id, COALESCE(s.merged_into, s.id), v.video_id, 1, 'backfill:1',
			IF(v.song_id % 2 = 0, NULL, '{"score":1,"decision":"merge"}'), v.created_at
		FROM videos v JOIN songs s ON s.id = v.song_id WHERE v.video_id LIKE '%1'`)
	exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, score, decided_by, created_at, undone_at, undone_by, reason)
		VALUES ('song', 2, 3, 3, 0.7, 'curator:bob', NOW(6), NOW(6), 'curator:carol', 'not the same recording')`)
	exec(`INSERT INTO logged_songs (song_id) SELECT song_id FROM merges UNION SELECT into_song_id FROM merges`)
}

// TestWholeDocumentsUnchanged: the whole documents of songs read by
// songDocumentSQL and wholeDocumentsSQL, which read a song's columns once,
// are those of rowPerVideoDocumentSQL, which read them with each of its
// videos: every song of fillDocuments, canonical, merged, logged or not, a
// key alias and an unknown song, alone and read together.
func TestWholeDocumentsUnchanged(t *testing.T) {
	d := storetest.New(t)
	ctx := context.Background()
	db, err := Open(ctx, d.DSN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	fillDocuments(t, db)
	// A document as songDocument finishes it.
	finish := func(r songRead, err error) (songRead, error) {
		if err != nil {
			return songRead{}, err
		}
		slices.SortFunc(r.song.Videos, documentOrder)
		countVideos(&r.song)
		return r, nil
	}
	var ids []int64
	for id := int64(1); id <= 43; id++ {
		ids = append(ids, id)
	}
	want := map[int64]songRead{}
	logged := 0
	for _, id := range ids {
		args := append([]any{id, maxDocVideos + 1, id, maxDocVideos + 1}, historyArgs(id, maxDocHistory)...)
		w, werr := finish(readDocument(ctx, db.db, id, rowPerVideoDocumentSQL, args, true))
		got, err := finish(wholeDocument(ctx, db.db, id))
		if !errors.Is(err, dedup.ErrNotFound) || !errors.Is(werr, dedup.ErrNotFound) {
			if err != nil || werr != nil {
				t.Fatalf("song %d: %v, want %v", id, err, werr)
			}
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("song %d:\n got %+v\nwant %+v", id, got, w)
		}
		if werr == nil {
			want[id] = w
			if len(w.song.History) > 0 {
				logged++
			}
		}
	}
	if len(want) != 40 || logged < 20 {
		t.Fatalf("%d documents, %d with a merge history: the catalogue lacks what the test compares", len(want), logged)
	}
	// Read together, in statements of up to maxCoalesced songs, a song
	// listed twice in one.
	for start := 0; start < len(ids); start += maxCoalesced - 1 {
		batch := ids[start:min(start+maxCoalesced-1, len(ids))]
		batch = append(slices.Clone(batch), batch[0])
		q, args, limit := wholeDocumentsQuery(batch)
		for i, r := range documentsOfSongs(ctx, db.db, batch, q, args, limit, true, func(id int64) (songRead, error) { return wholeDocument(ctx, db.db, id) }) {
			got, err := finish(r.value, r.err)
			w, ok := want[batch[i]]
			if !ok {
				if !errors.Is(err, dedup.ErrNotFound) {
					t.Errorf("song %d read together: %v, want not found", batch[i], err)
				}
				continue
			}
			if err != nil || !reflect.DeepEqual(got, w) {
				t.Errorf("song %d read together: %v\n got %+v\nwant %+v", batch[i], err, got, w)
			}
		}
	}
	// And as SongDetail answers.
	for id, w := range want {
		got, err := db.SongDetail(ctx, id)
		if err != nil || !reflect.DeepEqual(got, w.song) {
			t.Errorf("SongDetail(%d): %v\n got %+v\nwant %+v", id, err, got, w.song)
		}
	}
}
