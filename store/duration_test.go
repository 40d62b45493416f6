package store_test

import (
	"context"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// TestSongAdoptsDuration: a song created without a length takes the first
// one a merged video brings, and a later submission of very different
// length is then held for a curator, through single submissions and
// through a batch.
func TestSongAdoptsDuration(t *testing.T) {
	for _, batch := range []bool{false, true} {
		db, _ := openMigrated(t)
		ctx := context.Background()
		submit := submitter(t, db, batch)
		// The first is the cleanest source (its artist is given), so the
		// second does not replace it: only the adoption can bring 177.
		first := submit(dedup.Submission{Title: "Street Hype", Artist: "Bruce Maginnis"})
		second := submit(dedup.Submission{Title: "Bruce Maginnis - Street Hype (Official Video)", DurationSeconds: 177})
		if second.Decision != dedup.OutcomeMerged || second.SongID != first.SongID {
			t.Fatalf("batch %v: second submission %s into %d, want merged into %d", batch, second.Decision, second.SongID, first.SongID)
		}
		song, err := db.Song(ctx, first.SongID)
		if err != nil {
			t.Fatal(err)
		}
		if song.DurationSeconds != 177 {
			t.Errorf("batch %v: song duration %d, want 177 from the merged video", batch, song.DurationSeconds)
		}
		third := submit(dedup.Submission{Title: "Bruce Maginnis - Street Hype", DurationSeconds: 412})
		if third.Decision == dedup.OutcomeMerged {
			t.Errorf("batch %v: a 412 s upload merged into the 177 s song", batch)
		}
		submit(dedup.Submission{Title: "Bruce Maginnis - Street Hype (Lyrics)", DurationSeconds: 179})
		if song, _ := db.Song(ctx, first.SongID); song.DurationSeconds != 177 {
			t.Errorf("batch %v: song duration %d after a later video, want 177 kept", batch, song.DurationSeconds)
		}
	}
}

// submitter returns a function that submits to a service on db, each
// submission with a new video, one at a time or as a batch of one.
func submitter(t *testing.T, db *store.DB, batch bool) func(dedup.Submission) dedup.Answer {
	svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
	return func(sub dedup.Submission) dedup.Answer {
		t.Helper()
		ctx := context.Background()
		sub.VideoRef, sub.VideoRefField = nextVideoID(), "video_id"
		if !batch {
			a, err := svc.Submit(ctx, sub, "test")
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		res, err := svc.SubmitBatch(ctx, []dedup.BatchItem{{Sub: sub}}, "test")
		if err != nil || res[0].Err != nil {
			t.Fatal(err, res[0].Err)
		}
		return res[0].Answer
	}
}

// TestBatchKeepsKnownDuration: a batch sends no statement to adopt the
// length its videos bring to a song that has one already (a catalogue's
// records nearly all bring a length, to songs that nearly all have one),
// nor to a song it creates with one; a song without one adopts it.
func TestBatchKeepsKnownDuration(t *testing.T) {
	db := openCounted(t)
	ctx := context.Background()
	create := func(raw string, seconds int) int64 {
		t.Helper()
		song := songOf(raw, "")
		song.DurationSeconds = seconds
		out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: raw, DurationSeconds: seconds},
			NewSong: &song, DecidedBy: "test"}})
		if err != nil {
			t.Fatal(err)
		}
		return out[0].SongID
	}
	// attach writes videos of these lengths to songs, one batch, and
	// returns the statements it sent.
	attach := func(ws ...dedup.SubmissionWrite) int {
		t.Helper()
		for i := range ws {
			ws[i].Video.ID, ws[i].Video.Title, ws[i].DecidedBy = nextVideoID(), "Bruce Maginnis - Street Hype", "test"
		}
		before := sessionCounter(t, db, "Questions")
		if _, err := db.SubmitBatch(ctx, ws); err != nil {
			t.Fatal(err)
		}
		return sessionCounter(t, db, "Questions") - before - 1
	}
	known, unknown := create("Bruce Maginnis - Street Hype", 177), create("Bruce Maginnis - Groove City", 0)
	kept := attach(dedup.SubmissionWrite{Video: dedup.Video{DurationSeconds: 178}, AttachTo: known})
	adopted := attach(dedup.SubmissionWrite{Video: dedup.Video{DurationSeconds: 200}, AttachTo: unknown})
	if adopted != kept+1 {
		t.Errorf("%d statements to a song with a length, %d to one without: want one less", kept, adopted)
	}
	// A song the batch creates, with a length or without, and a video
	// attached to it in the same batch.
	withNew := func(raw string, seconds int) (int, int64) {
		t.Helper()
		song := songOf(raw, "")
		song.DurationSeconds = seconds
		ws := []dedup.SubmissionWrite{{Video: dedup.Video{DurationSeconds: seconds}, NewSong: &song},
			{Video: dedup.Video{DurationSeconds: 175}, AttachToBatch: 1}}
		before := sessionCounter(t, db, "Questions")
		for i := range ws {
			ws[i].Video.ID, ws[i].Video.Title, ws[i].DecidedBy = nextVideoID(), raw, "test"
		}
		out, err := db.SubmitBatch(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		return sessionCounter(t, db, "Questions") - before - 1, out[0].SongID
	}
	keptNew, knownNew := withNew("Bruce Maginnis - Sttreet Hype", 176)
	adoptedNew, unknownNew := withNew("Bruce Maginnis - StreetH ype", 0)
	if adoptedNew != keptNew+1 {
		t.Errorf("%d statements to a new song with a length, %d to one without: want one less", keptNew, adoptedNew)
	}
	for id, want := range map[int64]int{known: 177, unknown: 200, knownNew: 176, unknownNew: 175} {
		if got, err := db.Song(ctx, id); err != nil {
			t.Fatal(err)
		} else if got.DurationSeconds != want {
			t.Errorf("song %d: duration %d, want %d", id, got.DurationSeconds, want)
		}
	}
}
