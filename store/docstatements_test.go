package store_test

import (
	"context"
	"testing"
)

// TestDocumentStatements: GET of a song reads its document in one
// statement whatever it holds (a song of one upload, a canonical song with
// the videos of a song merged into it and a merge log), two the first
// time a song is found logged (the statement of its own videos says so,
// then its whole document), and a video in one: no statement a video or a
// log entry.
func TestDocumentStatements(t *testing.T) {
	db := openCounted(t)
	fillForPages(t, db.SQL(), 2000)
	ctx := context.Background()
	count := func(read func() error) int {
		t.Helper()
		before := sessionCounter(t, db, "Questions")
		if err := read(); err != nil {
			t.Fatal(err)
		}
		return sessionCounter(t, db, "Questions") - before - 1
	}
	// Song 2 has one video and no log; song 6 its own video and the six
	// of song 10, merged into it, and log entries on both sides (see
	// fillForPages).
	for _, c := range []struct {
		song         int64
		videos       int
		first, again int
	}{{2, 1, 1, 1}, {6, 7, 2, 1}} {
		for k, want := range []int{c.first, c.again} {
			var videos, history int
			n := count(func() error {
				d, err := db.SongDetail(ctx, c.song)
				videos, history = len(d.Videos), len(d.History)
				return err
			})
			if videos != c.videos || (c.song == 6) != (history > 0) {
				t.Fatalf("song %d: %d videos, %d log entries, want %d videos", c.song, videos, history, c.videos)
			}
			if n != want {
				t.Errorf("song %d, read %d: %d statements, want %d", c.song, k+1, n, want)
			}
		}
	}
	if n := count(func() error { _, err := db.Video(ctx, "x0000000010"); return err }); n != 1 {
		t.Errorf("a video: %d statements, want 1", n)
	}
}
