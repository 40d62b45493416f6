package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// TestOwnCountsSeenAtOnce: the term statistics and artist sightings a
// process commits are in its caches at once, as a process started later
// reads them, and not only once the cached counts expire: what a backfill
// decides must not depend on how long ago it read a count (a job resumed
// after a crash starts with empty caches).
func TestOwnCountsSeenAtOnce(t *testing.T) {
	d := storetest.New(t)
	ctx := context.Background()
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: quiet}) // the default TTLs: counts stay cached
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	song := songOf("Quiet Harbor", "Zorvak Mellin - Topic")
	terms := append(strings.Fields(song.SearchKey), store.CatalogueTerm)
	slices.Sort(terms)
	terms = slices.Compact(terms)
	before, err := db.TermFrequencies(ctx, terms, false)
	if err != nil {
		t.Fatal(err)
	}
	entries := title.LexiconEntries(title.Normalize(title.Input{Title: song.Source.Title, Channel: song.Source.Channel}))
	if len(entries) == 0 {
		t.Fatal("the title names no certain artist")
	}
	keys := []string{entries[0].Key}
	sightings, err := db.ArtistSightings(ctx, keys)
	if err != nil || sightings[keys[0]] != 0 {
		t.Fatalf("sightings before: %v (%v), want none", sightings, err)
	}
	if _, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
		Video:   dedup.Video{ID: nextVideoID(), Title: song.Source.Title, Channel: song.Source.Channel},
		NewSong: &song, DecidedBy: "test", Learn: entries,
	}}); err != nil {
		t.Fatal(err)
	}
	after, err := db.TermFrequencies(ctx, terms, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range terms {
		if after[term] != before[term]+1 {
			t.Errorf("term %q: cached frequency %d after the song, %d before, want one more", term, after[term], before[term])
		}
	}
	if sightings, err = db.ArtistSightings(ctx, keys); err != nil || sightings[keys[0]] != 1 {
		t.Errorf("sightings after: %v (%v), want %s once", sightings, err, keys[0])
	}
}
