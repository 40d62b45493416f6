package store_test

import (
	"context"
	"testing"

	"github.com/songdedup/songdedup/dedup"
)

// formChains are a song, an upload merged into it, and a later upload that
// matches that upload. In the chains the later upload is another recording:
// it matches the merged upload only through what the song's own title
// lacks (an artist credited beside the song's, in "feat." or as a
// co-artist; a remixer credited as one), so merging it through that form
// would chain two songs into one ("Hurricane" by Kanye West, 2021, is not
// the 2010 "Hurricane" of 30 Seconds to Mars he sings on). In the others
// the later upload meets the form through words that met the song's own
// title (another script, initials), or a translation the form writes
// beside its track, and merges.
var formChains = []struct {
	name         string
	song, merged string
	later        string
	merges       bool // the later upload merges into the song
}{
	{"featured artist's own song", "30 Seconds To Mars - Hurricane", "30 Seconds To Mars feat. Kanye West - Hurricane (Lyrics)", "Kanye West - Hurricane", false},
	{"co-artist's own song", "30 Seconds To Mars - Hurricane", "30 Seconds To Mars & Kanye West - Hurricane (Lyrics)", "Kanye West - Hurricane", false},
	{"remixer credited as an artist", "Avicii - Levels", "Avicii, Skrillex - Levels (Lyrics)", "Skrillex - Levels", false},
	{"another script", "KiSh - Kukla kolduna (lyrics)", "Король и Шут - Кукла колдуна", "Korol i Shut - Kukla Kolduna", true},
	{"a translation beside the track", "JJ Lin - Ta Shuo", "林俊傑 JJ Lin - 她說 She Says (華納 Official 高畫質 HD 官方完整版 MV)", "JJ Lin - She Says [Eng Sub]", true},
}

// TestFormsDoNotChainInABatch: a batch compares a later item with the
// titles of the items it merged into a song, but only through the words
// of such a title that met the song's own.
func TestFormsDoNotChainInABatch(t *testing.T) {
	for _, tt := range formChains {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			createFillers(t, db)
			svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
			results := submitTitles(t, svc, []string{tt.song, tt.merged, tt.later})
			for _, r := range results {
				if r.Err != nil {
					t.Fatal(r.Err)
				}
			}
			song, merged, later := results[0].Answer, results[1].Answer, results[2].Answer
			if merged.SongID != song.SongID {
				t.Fatalf("%q: %s into song %d, want it merged into %d (the chain needs it)", tt.merged, merged.Decision, merged.SongID, song.SongID)
			}
			if got := later.SongID == song.SongID; got != tt.merges {
				t.Errorf("%q: %s (song %d, score %.4f), merged into %q's song: %v, want %v",
					tt.later, later.Decision, later.SongID, later.Score, tt.song, got, tt.merges)
			}
			if tt.merges && (later.Explanation == nil || later.Explanation.Form != tt.merged) {
				t.Errorf("%q: explanation %+v, want it to name the form %q it was compared with", tt.later, later.Explanation, tt.merged)
			}
		})
	}
}

// TestFormsDoNotChainInRetrieval: a song found through a song merged into
// it is compared with that song's title, but only through the words of it
// that met the song's own title; whoever merged the two (a curator, a
// reconciliation).
func TestFormsDoNotChainInRetrieval(t *testing.T) {
	ctx := context.Background()
	for _, tt := range formChains {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			createFillers(t, db)
			svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
			song := createSong(t, db, tt.song, "")
			merged := createSong(t, db, tt.merged, "")
			if _, err := svc.MergeSong(ctx, merged, song, "one recording", "curator"); err != nil {
				t.Fatal(err)
			}
			a, err := svc.Submit(ctx, dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: tt.later}, "test")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.SongID == song && a.Decision == dedup.OutcomeMerged; got != tt.merges {
				t.Errorf("%q: %s (song %d, score %.4f), merged into %q's song %d: %v, want %v",
					tt.later, a.Decision, a.SongID, a.Score, tt.song, song, got, tt.merges)
			}
			if tt.merges && (a.Explanation == nil || a.Explanation.Form != tt.merged) {
				t.Errorf("%q: explanation %+v, want it to name the form %q it was compared with", tt.later, a.Explanation, tt.merged)
			}
		})
	}
}
