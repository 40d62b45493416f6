package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// createSongs writes a new song for each upload in one batch, the way a
// backfill batch does, and returns their IDs.
func createSongs(t *testing.T, db *store.DB, uploads []title.Input) []int64 {
	t.Helper()
	writes := make([]dedup.SubmissionWrite, len(uploads))
	for i, in := range uploads {
		song := songOf(in.Title, in.Channel)
		writes[i] = dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: in.Title, Channel: in.Channel}, NewSong: &song, DecidedBy: "test"}
	}
	out, err := db.SubmitBatch(context.Background(), writes)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(out))
	for i, o := range out {
		ids[i] = o.SongID
	}
	return ids
}

// TestCandidatesFindTheSongAmongCommonTerms: the song a title is, found
// although the terms they share are common (a track many artists sang, a
// prolific artist) and a typo broke the rare ones (the anchors and
// shingles of the word it is in). Each case fills a catalogue with songs
// that hold those common terms, each format written count times (%s the
// count spelled), and writes the song last: the highest ID, the last
// among hits of equal relevance.
func TestCandidatesFindTheSongAmongCommonTerms(t *testing.T) {
	type fill struct {
		format string
		count  int
	}
	tests := []struct {
		category string
		fill     []fill
		stored   title.Input
		query    string
	}{
		{"typo in a one-word track of a prolific artist, the track common",
			[]fill{{"Band Number %s - Springsteen", 45}, {"Anu Uroka - Other Song %s", 45}},
			title.Input{Title: "Springstteen", Channel: "Anu Uroka"}, "ANU UROKA - SPRINGSTEEN"},
		{"typo in a one-word track, the artist over the posting budget",
			[]fill{{"Band Number %s - Breath", 45}, {"Kabel Quitaashra - Other Song %s", 45}, {"Typo Band %s - Breaath", 3}},
			title.Input{Title: "Kabel Quitaashra - Breath (Official Video)"}, "Kabel Quitaashra - Breaath (Lyrics)"},
		{"typo in a track of common words, the song a track-only upload",
			[]fill{{"Band Number %s - Look", 120}, {"Other Band %s - Christmas", 120}, {"Peelri Verlonoxda - Other Song %s", 45}, {"Typo Band %s - Christmsa Eve", 3}},
			title.Input{Title: "Christmas Look (Lyrics)", Channel: "Lyrics Vault"}, "Peelri Verlonoxda - Christmsa Look (Official Video)"},
	}
	for _, tt := range tests {
		t.Run(tt.category, func(t *testing.T) {
			db, _ := openMigrated(t)
			var uploads []title.Input
			for _, f := range tt.fill {
				for i := range f.count {
					uploads = append(uploads, title.Input{Title: fmt.Sprintf(f.format, spelled(i))})
				}
			}
			createSongs(t, db, uploads)
			want := createSongs(t, db, []title.Input{tt.stored})[0]
			query := title.Normalize(title.Input{Title: tt.query})
			songs, err := candidatesOf(db, dedup.CandidateQuery{Title: query, Limit: 30})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(songIDs(songs), want) {
				t.Errorf("%q is not a candidate of %q among %d songs (query terms %v, stored key %q)", tt.stored.Title, tt.query,
					len(songs), searchkey.Terms(query), searchkey.Key(title.Normalize(tt.stored)))
			}
		})
	}
}

// spelled writes n in letters (digits would be terms of their own).
func spelled(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	return words[n/100] + " " + words[n/10%10] + " " + words[n%10]
}
