package store_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// loggedSongsMigration is the migration that creates logged_songs.
const loggedSongsMigration = 47

// TestLoggedSongsHoldEveryHistory: whatever wrote the merge log (a video
// attached to a song, alone or before a merge, a merge of songs, of a song whose own songs were
// merged into it, of a song with entries of its own, a split into a new
// song, a split that revives a merged song), every song an entry names is
// in logged_songs, and the document of every song, logged or not, lists
// the videos and, read alone or for the review queue with other songs, the
// merge history read without logged_songs; the migration that makes logged_songs lists
// the songs of the log written before it.
func TestLoggedSongsHoldEveryHistory(t *testing.T) {
	db, svc, submit := lexiconService(t)
	ctx := context.Background()
	a := submit("Sigrid - Strangers", "")
	again := submit("Sigrid - Strangers (Official Video)", "")
	b := submit("Aurora - Runaway", "")
	c := submit("Aurora - Runaway (Live at the Opera)", "")
	d := submit("Girl in Red - We Fell in Love in October", "")
	lone := submit("Cigarettes After Sex - Apocalypse", "")
	if again.SongID != a.SongID {
		t.Fatalf("%q went to song %d, not %d", "Sigrid - Strangers (Official Video)", again.SongID, a.SongID)
	}
	for _, m := range [][2]int64{{c.SongID, b.SongID}, {b.SongID, a.SongID}, {d.SongID, lone.SongID}} {
		if _, err := svc.MergeSong(ctx, m[0], m[1], "same song", "curator:test"); err != nil {
			t.Fatalf("merging %d into %d: %v", m[0], m[1], err)
		}
	}
	// again's video into a new song; b's back out of a (b revived), and
	// with it c, which was merged into b before b into a.
	if _, err := svc.Split(ctx, a.SongID, []string{again.VideoID}, "curator:test"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Split(ctx, a.SongID, []string{b.VideoID}, "curator:test"); err != nil {
		t.Fatal(err)
	}
	kyoto := submit("Phoebe Bridgers - Kyoto", "")
	if kyoto2 := submit("Phoebe Bridgers - Kyoto (Official Audio)", ""); kyoto2.SongID != kyoto.SongID {
		t.Fatalf("%q went to song %d, not %d", "Phoebe Bridgers - Kyoto (Official Audio)", kyoto2.SongID, kyoto.SongID)
	}
	// A song whose own entries (kyoto2's video) then belong to the song
	// it is merged into.
	motion := submit("Phoebe Bridgers - Motion Sickness", "")
	if _, err := svc.MergeSong(ctx, kyoto.SongID, motion.SongID, "same song", "curator:test"); err != nil {
		t.Fatalf("merging %d into %d: %v", kyoto.SongID, motion.SongID, err)
	}
	fresh := submit("Bon Iver - Holocene", "")

	checkListed := func(when string) {
		t.Helper()
		var unlisted, listed int
		if err := db.SQL().QueryRow(`SELECT COUNT(*), COUNT(l.song_id) FROM (SELECT song_id FROM merges UNION SELECT into_song_id FROM merges) n
			LEFT JOIN logged_songs l ON l.song_id = n.song_id`).Scan(&unlisted, &listed); err != nil {
			t.Fatal(err)
		}
		if unlisted -= listed; unlisted != 0 {
			t.Errorf("%s: %d songs named by merge log entries are not in logged_songs", when, unlisted)
		}
		checkIntoCanonical(t, db, when)
	}
	checkListed("as written")
	// The migration that makes logged_songs lists the songs of a merge log
	// written before it.
	var after int
	for _, v := range store.Versions() {
		if v >= loggedSongsMigration {
			after++
		}
	}
	if err := db.MigrateDown(ctx, after); err != nil {
		t.Fatal(err)
	}
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	checkListed("migrated")
	songs := queryIDs(t, db, "SELECT s.id FROM songs s LEFT JOIN alias_rows a ON a.id = s.id WHERE a.id IS NULL ORDER BY s.id")
	reviewDocs, err := db.ReviewSongDocs(ctx, songs)
	if err != nil {
		t.Fatal(err)
	}
	// The songs a page of the review queue shows, read together: the
	// logged ones, the others, and one of each.
	unlogged, loggedOnes := queryIDs(t, db, "SELECT s.id FROM songs s LEFT JOIN alias_rows a ON a.id = s.id LEFT JOIN logged_songs l ON l.song_id = s.id WHERE a.id IS NULL AND l.song_id IS NULL ORDER BY s.id"),
		queryIDs(t, db, "SELECT song_id FROM logged_songs l LEFT JOIN alias_rows a ON a.id = l.song_id WHERE a.id IS NULL ORDER BY song_id")
	var withHistory int
	for _, id := range songs {
		doc, want := checkHistory(t, db, id)
		if len(want) > 0 {
			withHistory++
		}
		// And its videos, read without logged_songs: its own and, for a
		// canonical song, those of the songs merged into it.
		var listed []string
		for _, v := range doc.Videos {
			listed = append(listed, v.ID)
		}
		videos := queryValues[string](t, db, `SELECT v.video_id FROM videos v JOIN songs s ON s.id = v.song_id
			WHERE s.id = ? OR (? AND s.merged_into = ?) ORDER BY v.created_at, v.video_id`, id, doc.MergedInto == 0, id)
		if !slices.Equal(listed, videos) || doc.VideoCount != len(videos) {
			t.Errorf("song %d lists videos %v (%d), want %v", id, listed, doc.VideoCount, videos)
		}
		if got := reviewDocs[id].History; !reflect.DeepEqual(got, want) {
			t.Errorf("song %d read for the review queue lists %d merge log entries, want %d:\n%+v\nwant\n%+v", id, len(got), len(want), got, want)
		}
	}
	for _, ids := range [][]int64{unlogged, loggedOnes, {unlogged[0], loggedOnes[0]}} {
		docs, err := db.ReviewSongDocs(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			if !reflect.DeepEqual(docs[id], reviewDocs[id]) {
				t.Errorf("song %d read with songs %v for the review queue:\n%+v\nwant, read with every song,\n%+v", id, ids, docs[id], reviewDocs[id])
			}
		}
	}
	// The scenario logs most songs, and not the one submitted alone last.
	if doc, err := db.SongDetail(ctx, fresh.SongID); err != nil || len(doc.History) != 0 || withHistory < 5 {
		t.Errorf("song %d: %d entries (%v); %d of %d songs with a history; want none for it and 5 songs at least",
			fresh.SongID, len(doc.History), err, withHistory, len(songs))
	}
}

// TestDocumentOfSongMergedWhileRead: a merge of a logged canonical song
// that commits while its document is read (once the server has answered
// its statement, before its rows are read) moves the songs merged into it
// away from it; the document is one snapshot, before the merge or after
// it, and never lists the song as canonical without the videos of the
// songs merged into it. A document read in two statements, the second
// after the merge, fails it. The song is read as one the store knows
// logged (read whole at once) and as one it first finds logged (read
// again whole).
func TestDocumentOfSongMergedWhileRead(t *testing.T) {
	db, svc, submit := lexiconService(t)
	ctx := context.Background()
	for _, known := range []bool{true, false} {
		prefix := map[bool]string{true: "Phoebe Bridgers", false: "Julien Baker"}[known]
		kept := submit(prefix+" - Kyoto", "")
		merged := submit(prefix+" - Motion Sickness", "")
		into := submit(prefix+" - Garden Song", "")
		if _, err := svc.MergeSong(ctx, merged.SongID, kept.SongID, "same song", "curator:test"); err != nil {
			t.Fatal(err)
		}
		before, err := db.SongDetail(ctx, kept.SongID)
		if err != nil || before.VideoCount != 2 || before.MergedInto != 0 {
			t.Fatalf("song %d before the merge: %d videos, merged into %d (%v), want 2, canonical", kept.SongID, before.VideoCount, before.MergedInto, err)
		}
		if !known {
			db.ForgetLoggedSongs()
		}
		var reads int
		store.DuringDocumentRead(t, func(id int64) {
			if reads++; reads > 1 || id != kept.SongID {
				return
			}
			if _, err := svc.MergeSong(ctx, kept.SongID, into.SongID, "same song", "curator:test"); err != nil {
				t.Errorf("merging %d into %d: %v", kept.SongID, into.SongID, err)
			}
		})
		doc, err := db.SongDetail(ctx, kept.SongID)
		if err != nil {
			t.Fatal(err)
		}
		store.DuringDocumentRead(t, nil)
		if reads == 0 {
			t.Fatal("the merge never ran while the document was read")
		}
		after, err := db.SongDetail(ctx, kept.SongID)
		if err != nil {
			t.Fatal(err)
		}
		if after.MergedInto != into.SongID || after.VideoCount != 1 {
			t.Fatalf("song %d after the merge: merged into %d, %d videos; want merged into %d, 1 video", kept.SongID, after.MergedInto, after.VideoCount, into.SongID)
		}
		if !reflect.DeepEqual(doc, before) && !reflect.DeepEqual(doc, after) {
			t.Errorf("song %d (known logged: %v) merged into %d while its document was read: merged into %d, videos %v (%d), %d merge log entries;\nwant the document before the merge (videos %v) or after it (merged into %d, videos %v)",
				kept.SongID, known, into.SongID, doc.MergedInto, videoIDs(doc), doc.VideoCount, len(doc.History), videoIDs(before), into.SongID, videoIDs(after))
		}
	}
}

// videoIDs lists the IDs of the videos of a song document.
func videoIDs(doc dedup.Song) []string {
	var ids []string
	for _, v := range doc.Videos {
		ids = append(ids, v.ID)
	}
	return ids
}
