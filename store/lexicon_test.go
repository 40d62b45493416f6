package store_test

import (
	"context"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// TestArtistLexicon: the names a batch saw as certain artists are counted
// in its transaction, once per submission, and read back by key.
func TestArtistLexicon(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	write := func(learn ...title.LexiconEntry) {
		s := songOf("Some Title "+nextVideoID(), "")
		if _, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
			Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test", Learn: learn,
		}}); err != nil {
			t.Fatal(err)
		}
	}
	adele := title.LexiconEntry{Key: "adele", Name: "adele"}
	itzy := title.LexiconEntry{Key: "itzy", Name: "itzy"}
	write(adele)
	write(adele, itzy)
	write()
	got, err := db.ArtistSightings(ctx, []string{"adele", "itzy", "nobody"})
	if err != nil {
		t.Fatal(err)
	}
	if got["adele"] != 2 || got["itzy"] != 1 || len(got) != 2 {
		t.Errorf("sightings = %v, want adele 2, itzy 1, nobody absent", got)
	}
	if got, err := db.ArtistSightings(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("no keys: %v, %v", got, err)
	}
}

// TestLexiconOrientsSubmissions: a name an artist's channel taught the
// lexicon orients a later lyrics upload written "Track - Artist", and a
// merge read the other way round never renames the canonical song.
func TestLexiconOrientsSubmissions(t *testing.T) {
	db, _, submit := lexiconService(t)
	ctx := context.Background()

	// The repro: the reversed lyrics upload merges, the live take is its
	// own song, the audio upload merges into the first, and the song keeps
	// the artist and track of the first.
	first := submit("Billie Eilish - bad guy (Official Video)", "")
	if a := submit("bad guy - Billie Eilish (Lyrics)", "Lyric Vault"); a.Decision != dedup.OutcomeMerged || a.SongID != first.SongID {
		t.Fatalf("reversed upload: %s into %d, want merged into %d", a.Decision, a.SongID, first.SongID)
	}
	live := submit("Billie Eilish - bad guy (Live)", "")
	if live.Decision != dedup.OutcomeCreated || live.VersionOf != first.SongID {
		t.Errorf("live take: %s, version of %d; want created, version of %d", live.Decision, live.VersionOf, first.SongID)
	}
	if a := submit("Billie Eilish - bad guy (Official Audio)", ""); a.Decision != dedup.OutcomeMerged || a.SongID != first.SongID {
		t.Errorf("audio upload: %s into %d, want merged into %d", a.Decision, a.SongID, first.SongID)
	}
	song, err := db.Song(ctx, first.SongID)
	if err != nil {
		t.Fatal(err)
	}
	if song.Track != "bad guy" || len(song.Artists) != 1 || song.Artists[0] != "billie eilish" {
		t.Errorf("canonical song reads %q / %q, want billie eilish / bad guy", song.Artists, song.Track)
	}

	// A "- Topic" channel teaches the lexicon its artist; a later
	// "Track - Artist" lyrics upload is read with it.
	submit("Ocean Eyes", "Billie Eilish - Topic")
	got, err := db.ArtistSightings(ctx, []string{"billieeilish"})
	if err != nil || got["billieeilish"] != 1 {
		t.Fatalf("lexicon after a Topic upload: %v, %v; want billieeilish 1", got, err)
	}
	a := submit("when the party's over - Billie Eilish (Lyrics)", "Lyric Vault")
	created, err := db.Song(ctx, a.SongID)
	if err != nil {
		t.Fatal(err)
	}
	if created.Track != "when the partys over" || len(created.Artists) != 1 || created.Artists[0] != "billie eilish" {
		t.Errorf("reversed upload with a known artist reads %q / %q, want billie eilish / when the partys over", created.Artists, created.Track)
	}
}

// TestLexiconLearnsFromChannelsAndCurators: an "Artist - Track" upload on
// the artist's own channel, and a curator's approval or manual merge of two
// songs that name one artist, teach the lexicon that artist, which then orients a later
// upload written "Track - Artist" and one with no separator.
func TestLexiconLearnsFromChannelsAndCurators(t *testing.T) {
	type upload struct {
		title, channel string
		seconds        int
	}
	tests := []struct {
		name    string
		teach   []upload
		approve bool // approve the review of the last upload taught
		merge   bool // or merge its song by hand into the first one's
		key     string
		probes  []upload
		artist  string
		tracks  []string
	}{
		{"the artist's own channel", []upload{{"Adele - Hello (Official Video)", "Adele", 0}}, false, false, "adele",
			[]upload{{"Rolling in the Deep - Adele (Lyrics)", "", 0}, {"Adele Skyfall", "", 0}}, "adele", []string{"rolling in the deep", "skyfall"}},
		{"a curator's approval", []upload{{"Queen - Bohemian Rhapsody", "", 355}, {"Queen - Bohemian Rhapsody (Official Video)", "", 240}}, true, false, "queen",
			[]upload{{"Under Pressure - Queen (Lyrics)", "", 0}, {"Queen Somebody to Love", "", 0}}, "queen", []string{"under pressure", "somebody to love"}},
		{"a curator's manual merge", []upload{{"Muse - Uprising", "", 305}, {"Muse - Uprising (Official Video)", "", 200}}, false, true, "muse",
			[]upload{{"Starlight - Muse (Lyrics)", "", 0}, {"Muse Hysteria", "", 0}}, "muse", []string{"starlight", "hysteria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, svc, _ := lexiconService(t)
			ctx := context.Background()
			submit := func(u upload) dedup.Answer {
				t.Helper()
				out, err := svc.Submit(ctx, dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: u.title, Channel: u.channel, DurationSeconds: u.seconds}, "test")
				if err != nil {
					t.Fatal(err)
				}
				return out
			}
			var first, last dedup.Answer
			for i, u := range tt.teach {
				last = submit(u)
				if i == 0 {
					first = last
				}
			}
			if tt.approve {
				if last.Decision != dedup.OutcomeReview {
					t.Fatalf("%q: %s, want a review to approve", tt.teach[len(tt.teach)-1].title, last.Decision)
				}
				if _, err := svc.DecideReview(ctx, dedup.ReviewDecision{ReviewID: last.ReviewID, Status: dedup.ReviewApproved, DecidedBy: "test"}); err != nil {
					t.Fatal(err)
				}
			}
			if tt.merge {
				if _, err := svc.MergeSong(ctx, last.SongID, first.SongID, "one recording", "test"); err != nil {
					t.Fatal(err)
				}
			}
			if got, err := db.ArtistSightings(ctx, []string{tt.key}); err != nil || got[tt.key] != 1 {
				t.Fatalf("lexicon: %v, %v; want %s 1", got, err, tt.key)
			}
			for i, u := range tt.probes {
				song, err := db.Song(ctx, submit(u).SongID)
				if err != nil {
					t.Fatal(err)
				}
				if song.Track != tt.tracks[i] || len(song.Artists) != 1 || song.Artists[0] != tt.artist {
					t.Errorf("%q reads %q / %q, want %s / %s", u.title, song.Artists, song.Track, tt.artist, tt.tracks[i])
				}
			}
		})
	}
}

// TestSplitKeysReadWithLexicon: a song split back out of the song it was
// merged into gets the search key its source got when it was submitted,
// read with the artist lexicon, so a rekey finds nothing to change.
func TestSplitKeysReadWithLexicon(t *testing.T) {
	db, svc, submit := lexiconService(t)
	ctx := context.Background()
	keyOf := func(id int64) string {
		t.Helper()
		songs, err := db.CanonicalSongs(ctx, id-1, 1)
		if err != nil || len(songs) != 1 || songs[0].ID != id {
			t.Fatalf("reading song %d: %v, %v", id, songs, err)
		}
		return songs[0].SearchKey
	}

	submit("Ocean Eyes", "Billie Eilish - Topic")
	reversed := submit("when the party's over - Billie Eilish (Lyrics)", "Lyric Vault")
	other := submit("Billie Eilish - bury a friend", "")
	if reversed.Decision != dedup.OutcomeCreated || other.Decision != dedup.OutcomeCreated {
		t.Fatalf("submissions: %s, %s; want two new songs", reversed.Decision, other.Decision)
	}
	want := keyOf(reversed.SongID)
	if _, err := svc.MergeSong(ctx, reversed.SongID, other.SongID, "test", "test"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Split(ctx, other.SongID, []string{reversed.VideoID}, "test"); err != nil {
		t.Fatal(err)
	}
	if got := keyOf(reversed.SongID); got != want {
		t.Errorf("revived song's key %q, want its submitted key %q", got, want)
	}
	page, err := svc.Rekey(ctx, db, reversed.SongID-1, 1)
	if err != nil || page.Unchanged != 1 {
		t.Errorf("rekey after the split: %+v, %v; want the key unchanged", page, err)
	}
}

// lexiconService opens a migrated database and a service on it, and
// returns a function that submits a title and channel as a new video.
func lexiconService(t *testing.T) (*store.DB, *dedup.Service, func(title, channel string) dedup.Answer) {
	t.Helper()
	db, _ := openMigrated(t)
	svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
	submit := func(title, channel string) dedup.Answer {
		t.Helper()
		out, err := svc.Submit(context.Background(), dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: title, Channel: channel}, "test")
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	return db, svc, submit
}
