package store_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// deletedDocs counts the documents InnoDB keeps as deleted in the songs
// FULLTEXT index: every query reads all of them until the index is
// rebuilt, so writes should leave as few as they can.
func deletedDocs(t *testing.T, db *store.DB, d *storetest.Database) int {
	t.Helper()
	// The view shows the table named by a global setting (root may set it;
	// it changes nothing else).
	if _, err := db.SQL().Exec("SET GLOBAL innodb_ft_aux_table = ?", d.Name+"/songs"); err != nil {
		t.Fatalf("innodb_ft_aux_table: %v", err)
	}
	var n int
	if err := db.SQL().QueryRow("SELECT COUNT(*) FROM information_schema.INNODB_FT_DELETED").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// upgrade attaches a video to song and makes it the song's source, as a
// merge with a cleaner title does.
func upgrade(t *testing.T, db *store.DB, song int64, title, channel string) {
	t.Helper()
	up := songOf(title, channel)
	_, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video:    dedup.Video{ID: nextVideoID(), Title: title, Channel: channel},
		AttachTo: song, Upgrade: &up, DecidedBy: "test",
	}})
	if err != nil {
		t.Fatalf("upgrading song %d to %q: %v", song, title, err)
	}
}

// searchKey returns the terms a song is indexed by: its own key's and its
// key aliases'.
func searchKey(t *testing.T, db *store.DB, song int64) string {
	t.Helper()
	rows, err := db.SQL().Query("SELECT search_key FROM songs WHERE id = ? OR id IN (SELECT alias_id FROM key_aliases WHERE song_id = ?)", song, song)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var key string
		rows.Scan(&key)
		keys = append(keys, key)
	}
	return strings.Join(keys, " ")
}

// TestKeyWritesLeaveNoDeletedDocuments: merges and upgrades leave the
// FULLTEXT index no deleted document; an upgrade that names new artists
// adds their terms in a key alias, once. Term statistics follow the keys
// (with aliases), and merged songs are never candidates although their
// keys stay indexed.
func TestKeyWritesLeaveNoDeletedDocuments(t *testing.T) {
	db, d := openMigrated(t)
	ctx := context.Background()
	kyoto := createSong(t, db, "Phoebe Bridgers - Kyoto", "")
	twin := createSong(t, db, "Phoebe Bridgers - Kyoto (Lyric Video)", "")
	motion := createSong(t, db, "Motion Sickness", "Indie Mix")
	base := deletedDocs(t, db, d)
	steps := []struct {
		name        string
		do          func()
		song        int64
		wantDeleted int    // new deleted documents since the start
		wantKey     string // terms the song's key must hold, space separated
	}{
		{"merge keeps the merged song's key", func() {
			if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: twin, Into: kyoto, DecidedBy: "test"}); err != nil {
				t.Fatal(err)
			}
		}, twin, 0, "phoebe bridgers kyoto"},
		{"upgrade with the same artists keeps the key", func() {
			upgrade(t, db, kyoto, "Phoebe Bridgers - Kyotoo", "Phoebe Bridgers - Topic")
		}, kyoto, 0, "phoebe bridgers kyoto"},
		{"upgrade naming the artist adds a key alias", func() {
			upgrade(t, db, motion, "Phoebe Bridgers - Motion Sickness", "")
		}, motion, 0, "motion sickness phoebe bridgers phoebe_motion"},
		{"a second upgrade with those artists changes nothing", func() {
			upgrade(t, db, motion, "Phoebe Bridgers - Motion Sicknes", "")
		}, motion, 0, "motion sickness phoebe bridgers phoebe_motion"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.do()
			if got := deletedDocs(t, db, d) - base; got != st.wantDeleted {
				t.Errorf("%d deleted FULLTEXT documents, want %d", got, st.wantDeleted)
			}
			key := strings.Fields(searchKey(t, db, st.song))
			for _, term := range strings.Fields(st.wantKey) {
				if !slices.Contains(key, term) {
					t.Errorf("key %q lacks %q", key, term)
				}
			}
			checkStats(t, db)
		})
	}
	q := title.Normalize(title.Input{Title: "Phoebe Bridgers - Kyoto (Lyric Video)"})
	songs, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if ids := songIDs(songs); slices.Contains(ids, twin) || !slices.Contains(ids, kyoto) {
		t.Errorf("candidates %v: want the canonical %d and not the merged %d", ids, kyoto, twin)
	}
	// A song found only through the key of a song merged into it.
	other := createSong(t, db, "Zyxwaltz Quorple - Plumbus Reverie", "")
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: other, Into: kyoto, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	q = title.Normalize(title.Input{Title: "Zyxwaltz Quorple - Plumbus Reverie (Live)"})
	if songs, err = candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 10}); err != nil || !slices.Equal(songIDs(songs), []int64{kyoto}) {
		t.Errorf("candidates through a merged song's key: %v (%v), want only its canonical %d", songIDs(songs), err, kyoto)
	}
	// The upgrade's new track spelling is found by the exact lookup.
	q = title.Normalize(title.Input{Title: "Phoebe Bridgers - Kyotoo"})
	if songs, err = candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 10}); err != nil || !slices.Contains(songIDs(songs), kyoto) {
		t.Errorf("candidates for the upgraded spelling: %v (%v), want %d", songIDs(songs), err, kyoto)
	}
	// The artist's terms are found through the one key alias, which stands
	// for its song.
	var aliases int
	db.SQL().QueryRow("SELECT COUNT(*) FROM key_aliases WHERE song_id = ?", motion).Scan(&aliases)
	found := queryIDs(t, db, "SELECT COALESCE(merged_into, id) FROM songs WHERE MATCH(search_key) AGAINST('phoebe_motion' IN BOOLEAN MODE)")
	if aliases != 1 || !slices.Equal(found, []int64{motion}) {
		t.Errorf("%d key aliases, FULLTEXT hits for the artist's term stand for %v; want 1 alias and song %d", aliases, found, motion)
	}
	// Merging the song uncounts its aliases' terms with it; the aliases
	// become plain merged songs.
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: motion, Into: kyoto, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	checkStats(t, db)
	db.SQL().QueryRow("SELECT COUNT(*) FROM key_aliases WHERE song_id = ?", motion).Scan(&aliases)
	if aliases != 0 {
		t.Errorf("%d key aliases left to the merged song, want 0", aliases)
	}
	if n := deletedDocs(t, db, d) - base; n != 0 {
		t.Errorf("%d deleted FULLTEXT documents at the end, want 0", n)
	}
}

// TestKeyAliasIsNoSong: the row of a key alias holds search terms, not a
// song: its ID is not found, neither while it counts for its song nor
// after that song was merged away and the alias stopped counting.
func TestKeyAliasIsNoSong(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	song := createSong(t, db, "Motion Sickness", "Indie Mix")
	other := createSong(t, db, "Phoebe Bridgers - Kyoto", "")
	upgrade(t, db, song, "Phoebe Bridgers - Motion Sickness", "")
	aliases := queryIDs(t, db, "SELECT alias_id FROM key_aliases WHERE song_id = ?", song)
	if len(aliases) != 1 {
		t.Fatalf("key aliases of song %d: %v, want one", song, aliases)
	}
	alias := aliases[0]
	check := func(when string) {
		t.Helper()
		if _, err := db.Song(ctx, alias); !errors.Is(err, dedup.ErrNotFound) {
			t.Errorf("%s: Song(alias %d) = %v, want not found", when, alias, err)
		}
		if _, err := db.SongDetail(ctx, alias); !errors.Is(err, dedup.ErrNotFound) {
			t.Errorf("%s: SongDetail(alias %d) = %v, want not found", when, alias, err)
		}
		if _, err := db.SongDetail(ctx, song); err != nil {
			t.Errorf("%s: SongDetail(song %d): %v", when, song, err)
		}
	}
	check("while the alias counts")
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: song, Into: other, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	check("after its song was merged away")
}
