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
