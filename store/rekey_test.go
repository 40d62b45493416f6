package store_test

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// termStats returns every term's summed document frequency, the terms of
// no song left out.
func termStats(t *testing.T, db *store.DB) map[string]int {
	t.Helper()
	rows, err := db.SQL().Query("SELECT term, SUM(df) FROM term_stats GROUP BY term HAVING SUM(df) <> 0")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	stats := map[string]int{}
	for rows.Next() {
		var term string
		var df int
		if err := rows.Scan(&term, &df); err != nil {
			t.Fatal(err)
		}
		stats[term] = df
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return stats
}

// plainKey is the key of in as keys were before shingles, anchors and
// skeletons: its artist, track and featured words only.
func plainKey(in title.Input) string {
	norm := title.Normalize(in)
	words := map[string]bool{}
	for _, tok := range slices.Concat(norm.ArtistTokens, norm.TrackTokens, norm.FeaturedTokens) {
		words[searchkey.Term(tok)] = true
	}
	var terms []string
	for _, term := range searchkey.Terms(norm) {
		if words[term] {
			terms = append(terms, term)
		}
	}
	return strings.Join(terms, " ")
}

// rekeyAll rekeys the whole catalogue in batches of batch songs.
func rekeyAll(t *testing.T, db *store.DB, batch int) dedup.RekeyPage {
	t.Helper()
	svc := dedup.NewService(dedup.Stores{Submit: db}, dedup.ServiceOptions{Logger: quiet})
	var total dedup.RekeyPage
	for after := int64(0); ; {
		page, err := svc.Rekey(context.Background(), db, after, batch)
		if err != nil {
			t.Fatal(err)
		}
		if page.Read == 0 {
			return total
		}
		total.Read += page.Read
		total.Rewritten += page.Rewritten
		total.Unchanged += page.Unchanged
		total.Skipped += page.Skipped
		after = page.Last
	}
}

// TestRekeyFindsSongsOfOutdatedKeys: a song stored with a key of an older
// format (plain words only) is not found by a typo'd query among songs of
// common terms; rekeyed, it is, and the term statistics are those of the
// same songs loaded fresh. A second run rewrites nothing.
func TestRekeyFindsSongsOfOutdatedKeys(t *testing.T) {
	var uploads []title.Input
	for _, f := range []string{"Band Number %s - Springsteen", "Anu Uroka - Other Song %s"} {
		for i := range 45 {
			uploads = append(uploads, title.Input{Title: fmt.Sprintf(f, spelled(i))})
		}
	}
	stored := title.Input{Title: "Springstteen", Channel: "Anu Uroka"}
	query := dedup.CandidateQuery{Title: title.Normalize(title.Input{Title: "ANU UROKA - SPRINGSTEEN"}), Limit: 30}

	fresh, _ := openMigrated(t)
	createSongs(t, fresh, append(slices.Clone(uploads), stored))

	db, _ := openMigrated(t)
	createSongs(t, db, uploads)
	old := songOf(stored.Title, stored.Channel)
	old.SearchKey = plainKey(stored)
	out, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video: dedup.Video{ID: nextVideoID(), Title: stored.Title, Channel: stored.Channel}, NewSong: &old, DecidedBy: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	want := out[0].SongID
	found := func() bool {
		songs, err := candidatesOf(db, query)
		if err != nil {
			t.Fatal(err)
		}
		return slices.Contains(songIDs(songs), want)
	}
	if found() {
		t.Fatalf("song %d of the outdated key %q is found before the rekey: the test shows nothing", want, old.SearchKey)
	}
	before := termStats(t, db)
	if maps.Equal(before, termStats(t, fresh)) {
		t.Fatal("the outdated key counts as the current one: the test shows nothing")
	}

	got := rekeyAll(t, db, 7)
	if w := (dedup.RekeyPage{Read: len(uploads) + 1, Rewritten: 1, Unchanged: len(uploads)}); got != w {
		t.Errorf("rekey: %+v, want %+v", got, w)
	}
	if !found() {
		t.Errorf("song %d is no candidate of %q after the rekey", want, "ANU UROKA - SPRINGSTEEN")
	}
	if after, want := termStats(t, db), termStats(t, fresh); !maps.Equal(after, want) {
		for term := range maps.Keys(want) {
			if after[term] != want[term] {
				t.Errorf("term %q: df %d after the rekey, %d loaded fresh", term, after[term], want[term])
			}
		}
		for term := range maps.Keys(after) {
			if _, ok := want[term]; !ok {
				t.Errorf("term %q: df %d after the rekey, none loaded fresh", term, after[term])
			}
		}
	}
	if stats, want := termStats(t, db), keyStats(t, db); !maps.Equal(stats, want) {
		t.Errorf("term statistics %v, the keys imply %v", stats, want)
	}
	if again := rekeyAll(t, db, 7); again.Rewritten != 0 || again.Skipped != 0 || again.Unchanged != len(uploads)+1 {
		t.Errorf("second rekey: %+v, want every song unchanged", again)
	}
}

// TestRewriteKeysSkipsSongsChangedMeanwhile: a rewrite computed from a
// song as it was (another key, or merged away since) writes nothing.
func TestRewriteKeysSkipsSongsChangedMeanwhile(t *testing.T) {
	db, _ := openMigrated(t)
	ids := createSongs(t, db, []title.Input{{Title: "Kabel Quitaashra - Breath"}, {Title: "Peelri Verlonoxda - Look"}})
	if _, err := db.MergeSongs(context.Background(), dedup.SongMerge{From: ids[1], Into: ids[0], DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	before := termStats(t, db)
	tests := []struct {
		name   string
		id     int64
		oldKey string
	}{
		{"key changed since read", ids[0], "stale key"},
		{"merged away since read", ids[1], searchKey(t, db, ids[1])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			song, err := db.Song(context.Background(), tt.id)
			if err != nil {
				t.Fatal(err)
			}
			song.SearchKey = tt.oldKey
			n, err := db.RewriteKeys(context.Background(), []dedup.KeyRewrite{{Song: song, Key: "brand new key"}})
			if err != nil || n != 0 {
				t.Errorf("RewriteKeys = %d, %v; want 0 written", n, err)
			}
			if key := searchKey(t, db, tt.id); key == "brand new key" {
				t.Errorf("song %d got the stale rewrite", tt.id)
			}
		})
	}
	if after := termStats(t, db); !maps.Equal(before, after) {
		t.Errorf("term statistics changed: %v -> %v", before, after)
	}
}

// keyStats returns the term statistics the stored keys imply: each
// canonical song counted once with the terms of its key and of its key
// aliases, and the catalogue size under the empty term.
func keyStats(t *testing.T, db *store.DB) map[string]int {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT s.id, CONCAT_WS(' ', s.search_key, (SELECT GROUP_CONCAT(k.search_key SEPARATOR ' ')
		FROM key_aliases a JOIN songs k ON k.id = a.alias_id WHERE a.song_id = s.id)) FROM songs s WHERE s.merged_into IS NULL`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	stats := map[string]int{}
	for rows.Next() {
		var id int64
		var key string
		if err := rows.Scan(&id, &key); err != nil {
			t.Fatal(err)
		}
		terms := strings.Fields(key)
		slices.Sort(terms)
		for _, term := range slices.Compact(terms) {
			stats[term]++
		}
		stats[store.CatalogueTerm]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return stats
}

// TestRekeyKeepsTheKeyOfAnUpgradedSong: a song whose source was upgraded
// to other artists after its (outdated) key was written gets the key of
// its source, and its old key stays searchable in a key alias; the term
// statistics are those its keys imply. The song of the same artists is
// rekeyed without an alias.
func TestRekeyKeepsTheKeyOfAnUpgradedSong(t *testing.T) {
	db, _ := openMigrated(t)
	var ids []int64
	for _, in := range []title.Input{{Title: "Phoebe Bridgers - Motion Sickness"}, {Title: "Qarlotta Venn - Glass Harbour"}} {
		song := songOf(in.Title, in.Channel)
		song.SearchKey = plainKey(in)
		out, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
			Video: dedup.Video{ID: nextVideoID(), Title: in.Title}, NewSong: &song, DecidedBy: "test"}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, out[0].SongID)
	}
	upgrade(t, db, ids[0], "Boygenius - Motion Sickness", "")
	oldKeys := []string{searchKey(t, db, ids[0]), searchKey(t, db, ids[1])}

	got := rekeyAll(t, db, 10)
	if got.Rewritten != 2 {
		t.Errorf("rekey: %+v, want both songs rewritten", got)
	}
	for i, id := range ids {
		now := strings.Fields(searchKey(t, db, id))
		for _, term := range strings.Fields(oldKeys[i]) {
			if !slices.Contains(now, term) {
				t.Errorf("song %d lost the term %q of its old keys %q: %v", id, term, oldKeys[i], now)
			}
		}
	}
	var aliases int
	if err := db.SQL().QueryRow("SELECT COUNT(*) FROM key_aliases WHERE song_id = ?", ids[1]).Scan(&aliases); err != nil || aliases != 0 {
		t.Errorf("song %d of unchanged artists has %d key aliases (%v), want none", ids[1], aliases, err)
	}
	if stats, want := termStats(t, db), keyStats(t, db); !maps.Equal(stats, want) {
		t.Errorf("term statistics %v, the keys imply %v", stats, want)
	}
	if again := rekeyAll(t, db, 10); again.Rewritten != 0 || again.Skipped != 0 {
		t.Errorf("second rekey: %+v, want nothing rewritten", again)
	}
}
