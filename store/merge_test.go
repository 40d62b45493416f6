package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// TestMergeSettlesPendingReviews: a merge approves the pending reviews whose
// two songs became one song, and only those.
func TestMergeSettlesPendingReviews(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	a := createSong(t, db, "Sigrid - Strangers", "")
	b := createSong(t, db, "Sigrid - Strangers (Fan Edit)", "")
	c := createSong(t, db, "Sigrid - Sucker Punch", "")
	review := func(song, cand int64) int64 {
		s := songOf("Sigrid - Strangers remake", "")
		out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
			Video: dedup.Video{ID: nextVideoID(), Title: s.Source.Title}, NewSong: &s, DecidedBy: "test",
			Reviews: []dedup.ReviewDraft{{CandidateSongID: song, Score: 0.7}, {CandidateSongID: cand, Score: 0.7}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		return out[0].ReviewIDs[0]
	}
	// A review pairing a and b (through a third song merged into b), and one
	// pairing a and c.
	r1 := review(a, b)
	var third int64
	db.SQL().QueryRow("SELECT song_id FROM reviews WHERE id = ?", r1).Scan(&third)
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: third, Into: b, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: b, Into: a, DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	statuses := map[string]int{}
	rows, err := db.SQL().Query("SELECT r.status, COUNT(*) FROM reviews r GROUP BY r.status")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var st string
		var n int
		rows.Scan(&st, &n)
		statuses[st] = n
	}
	rows.Close()
	// r1 pairs third (now a) with a; its sibling pairs third with b (now a):
	// both settled. A review between a and c stays pending.
	review2 := review(a, c)
	var st string
	db.SQL().QueryRow("SELECT status FROM reviews WHERE id = ?", review2).Scan(&st)
	if statuses["superseded"] != 2 || statuses["pending"] != 0 || st != "pending" {
		t.Errorf("after merges: %v and the a/c review %s; want 2 superseded, the a/c review pending", statuses, st)
	}
}

// TestBatchKeepsTheCleanestUpgrade: items of one batch compare themselves
// with the song as it was before the batch, so several may want to become
// its source; the cleanest wins, wherever it sits in the batch.
func TestBatchKeepsTheCleanestUpgrade(t *testing.T) {
	tests := []struct {
		name   string
		titles []string // the batch, in order
	}{
		{"cleanest first", []string{"Phoebe Bridgers - Kyoto", "Phoebe Bridgers - Kyoto (Official Video)"}},
		{"cleanest last", []string{"Phoebe Bridgers - Kyoto (Official Video)", "Phoebe Bridgers - Kyoto"}},
		{"cleanest between", []string{"Phoebe Bridgers - Kyoto (Official Video)", "Phoebe Bridgers - Kyoto", "Phoebe Bridgers - Kyoto (Lyric Video)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			song := createSong(t, db, "Phoebe Bridgers - Kyoto (Official Music Video) [HD] with lyrics", "Indie Uploads")
			results := submitTitles(t, dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet}), tt.titles)
			for i, r := range results {
				if r.Err != nil || r.Answer.SongID != song {
					t.Fatalf("item %d (%q): song %d, %v; want it merged into %d", i, tt.titles[i], r.Answer.SongID, r.Err, song)
				}
			}
			got, err := db.Song(ctx, song)
			if err != nil {
				t.Fatal(err)
			}
			if got.Source.Title != "Phoebe Bridgers - Kyoto" {
				t.Errorf("source %q, want the cleanest title of the batch", got.Source.Title)
			}
		})
	}
}

// submitTitles decides one batch of new videos with titles.
func submitTitles(t *testing.T, svc *dedup.Service, titles []string) []dedup.BatchResult {
	t.Helper()
	var items []dedup.BatchItem
	for _, title := range titles {
		items = append(items, dedup.BatchItem{Sub: dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: title}})
	}
	results, err := svc.SubmitBatch(context.Background(), items, "test")
	if err != nil {
		t.Fatal(err)
	}
	return results
}

// singleCounter counts the single-video lookups with which Submit starts:
// every item a batch leaves to be decided alone makes one.
type singleCounter struct {
	*store.DB
	singles atomic.Int64
}

func (c *singleCounter) VideoSong(ctx context.Context, videoID string) (int64, error) {
	c.singles.Add(1)
	return c.DB.VideoSong(ctx, videoID)
}

// TestBatchDecidesAmbiguousItems: an item matching several songs above the
// merge threshold stays in the batch and goes to review with them, unless
// the songs are one song created twice, which only Submit consolidates.
func TestBatchDecidesAmbiguousItems(t *testing.T) {
	tests := []struct {
		name      string
		songs     []string
		durations []int // of the songs, 0 when unknown
		title     string
		decision  dedup.Outcome
		alone     bool
		mergedTo0 bool // the later songs end merged into the first
	}{
		// Two recordings of one track the scores cannot tell apart, but
		// their lengths can: the item goes to review with both.
		{"two songs of one track", []string{"Queen - Bohemian Rhapsody", "Queen - Bohemian Rhapsody"}, []int{355, 240},
			"Queen - Bohemian Rhapsody (Official Video)", dedup.OutcomeReview, false, false},
		// A title without an artist that matches two artists' songs is a
		// song of its own (which_artist), decided in the batch.
		{"two artists' songs of one title", []string{"Queen - Bohemian Rhapsody", "Panic! At The Disco - Bohemian Rhapsody"}, nil,
			"Bohemian Rhapsody", dedup.OutcomeCreated, false, false},
		{"one song created twice", []string{"Queen - Bohemian Rhapsody", "Queen - Bohemian Rhapsody"}, nil,
			"Queen - Bohemian Rhapsody (Official Video)", dedup.OutcomeMerged, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			var ids []int64
			for k, s := range tt.songs {
				song := songOf(s, "")
				if tt.durations != nil {
					song.DurationSeconds = tt.durations[k]
				}
				out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
					Video: dedup.Video{ID: nextVideoID(), Title: s, DurationSeconds: song.DurationSeconds}, NewSong: &song, DecidedBy: "test",
				}})
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, out[0].SongID)
			}
			counted := &singleCounter{DB: db}
			svc := dedup.NewService(dedup.Stores{Submit: counted, Curation: counted, Outcomes: counted}, dedup.ServiceOptions{Logger: quiet})
			results, err := svc.SubmitBatch(ctx, []dedup.BatchItem{
				{Sub: dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: "Sigrid - Strangers"}},
				{Sub: dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: tt.title}},
			}, "test")
			if err != nil {
				t.Fatal(err)
			}
			out := results[1].Answer
			if results[1].Err != nil || out.Decision != tt.decision {
				t.Fatalf("decision %q (%v), want %q", out.Decision, results[1].Err, tt.decision)
			}
			if tt.decision == dedup.OutcomeReview {
				// One review listing every song.
				if len(out.ReviewIDs) != 1 {
					t.Fatalf("%d reviews, want one", len(out.ReviewIDs))
				}
				rev, err := db.Review(ctx, out.ReviewIDs[0])
				if err != nil {
					t.Fatal(err)
				}
				var listed []int64
				for _, c := range rev.Candidates {
					listed = append(listed, c.SongID)
				}
				slices.Sort(listed)
				if !slices.Equal(listed, ids) || rev.Reason == "" {
					t.Errorf("review lists %v for reason %q, want every song %v and a reason", listed, rev.Reason, ids)
				}
			}
			if tt.decision == dedup.OutcomeMerged && out.SongID != ids[0] {
				t.Errorf("merged into %d, want the oldest song %d", out.SongID, ids[0])
			}
			if alone := counted.singles.Load() > 0; alone != tt.alone {
				t.Errorf("decided alone: %v, want %v", alone, tt.alone)
			}
			for _, id := range ids[1:] {
				var into sql.NullInt64
				if err := db.SQL().QueryRow("SELECT merged_into FROM songs WHERE id = ?", id).Scan(&into); err != nil {
					t.Fatal(err)
				}
				if merged := into.Int64 == ids[0]; merged != tt.mergedTo0 {
					t.Errorf("song %d merged into %v, want merged into the first: %v", id, into, tt.mergedTo0)
				}
			}
		})
	}
}

// candidateCounter counts the candidate queries a service sends.
type candidateCounter struct {
	*store.DB
	queries, docFreqs atomic.Int64
}

func (c *candidateCounter) DocFreqs(ctx context.Context, tokens []string) (int, map[string]int, error) {
	c.docFreqs.Add(1)
	return c.DB.DocFreqs(ctx, tokens)
}

func (c *candidateCounter) Candidates(ctx context.Context, qs []dedup.CandidateQuery) ([][]dedup.Song, error) {
	c.queries.Add(int64(len(qs)))
	return c.DB.Candidates(ctx, qs)
}

// TestBatchSharesIdenticalQueries: items of a batch whose normalized titles
// ask the same candidate query share one answer — in a loaded catalogue
// the variants of one recording all match an existing song, and each
// retrieved alone before — and decide as they would alone. The statistics
// of every token are read once for the batch, not again per item.
func TestBatchSharesIdenticalQueries(t *testing.T) {
	tests := []struct {
		name    string
		titles  []string
		queries int64 // candidate queries the batch sends
		merged  int   // items merged into the catalogue song
		reads   int64 // token statistics reads
	}{
		{"variants of a catalogue song", []string{"Phoebe Bridgers - Kyoto (Official Video)",
			"Phoebe Bridgers - Kyoto [Lyrics]", "PHOEBE BRIDGERS — Kyoto (Audio)"}, 1, 3, 1},
		{"a featured artist asks its own query", []string{"Phoebe Bridgers - Kyoto (Official Video)",
			"Phoebe Bridgers - Kyoto (feat. Conor Oberst)"}, 2, 2, 2}, // retrieved alone
		{"a new song among them", []string{"Phoebe Bridgers - Kyoto (Official Video)", "Phoebe Bridgers - Motion Sickness",
			"Phoebe Bridgers - Kyoto (Lyric Video)"}, 2, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			song := createSong(t, db, "Phoebe Bridgers - Kyoto", "")
			counted := &candidateCounter{DB: db}
			results := submitTitles(t, dedup.NewService(dedup.Stores{Submit: counted, Curation: counted, Outcomes: counted}, dedup.ServiceOptions{Logger: quiet}), tt.titles)
			merged := 0
			for i, r := range results {
				if r.Err != nil {
					t.Fatalf("item %d: %v", i, r.Err)
				}
				if r.Answer.SongID == song && r.Answer.Decision == dedup.OutcomeMerged {
					merged++
				}
			}
			if merged != tt.merged {
				t.Errorf("%d items merged into the catalogue song, want %d: %+v", merged, tt.merged, results)
			}
			if n := counted.queries.Load(); n != tt.queries {
				t.Errorf("%d candidate queries, want %d", n, tt.queries)
			}
			if n := counted.docFreqs.Load(); n != tt.reads {
				t.Errorf("%d token statistics reads, want %d", n, tt.reads)
			}
		})
	}
}

// TestBatchUsesTheCallersNormalizedTitle: an item that comes normalized
// (a backfill normalizes rows to route them) is not normalized again.
func TestBatchUsesTheCallersNormalizedTitle(t *testing.T) {
	given := title.Normalize(title.Input{Title: "Lorde - Royals"})
	tests := []struct {
		name       string
		normalized *title.Title
		wantTrack  string
	}{
		{"normalized by the batch", nil, "green light"},
		{"normalized by the caller", &given, "royals"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
			results, err := svc.SubmitBatch(ctx, []dedup.BatchItem{{
				Sub:        dedup.Submission{VideoRef: nextVideoID(), VideoRefField: "video_id", Title: "Lorde - Green Light"},
				Normalized: tt.normalized,
			}}, "test")
			if err != nil || results[0].Err != nil {
				t.Fatal(err, results[0].Err)
			}
			song, err := db.Song(ctx, results[0].Answer.SongID)
			if err != nil {
				t.Fatal(err)
			}
			if song.Track != tt.wantTrack {
				t.Errorf("track %q, want %q", song.Track, tt.wantTrack)
			}
		})
	}
}

// TestMergeNamesTheDecisionKeepingSongsApart: a merge of two songs a
// curator kept apart, directly or through a song merged into either side,
// is refused with that decision; a reason is kept in the merge log.
func TestMergeNamesTheDecisionKeepingSongsApart(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	a := createSong(t, db, "Robyn - Dancing On My Own", "")
	b := createSong(t, db, "Robyn - Dancing On My Own (Calum Scott)", "")
	c := createSong(t, db, "Robyn - Dancing On My Own [Lyrics]", "")
	d := createSong(t, db, "Robyn - Call Your Girlfriend", "")
	if _, err := db.SQL().Exec(`INSERT INTO never_merge (song_a, song_b, decided_by, reason, created_at) VALUES (?, ?, 'curator:bo', 'rejected', NOW(6))`, a, b); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: c, Into: b, DecidedBy: "curator:bo", Reason: "same upload"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		from, into int64
		kept       bool
	}{
		{"the pair itself", b, a, true},
		{"through a song merged into one side", c, a, true},
		{"the other way round", a, c, true},
		{"a pair nobody kept apart", d, a, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := db.MergeSongs(ctx, dedup.SongMerge{From: tt.from, Into: tt.into, DecidedBy: "curator:bo", Reason: "why not"})
			var ka *dedup.KeptApartError
			switch {
			case tt.kept && (!errors.As(err, &ka) || !errors.Is(err, dedup.ErrConflict)):
				t.Fatalf("merge: %v, want a KeptApartError", err)
			case tt.kept && (ka.Decision.Reason != "rejected" || ka.Decision.DecidedBy != "curator:bo" || min(ka.Decision.SongA, ka.Decision.SongB) != min(a, b)):
				t.Errorf("decision %+v, want the rejection of %d/%d by curator:bo", ka.Decision, a, b)
			case !tt.kept && err != nil:
				t.Fatalf("merge: %v", err)
			}
		})
	}
	var reason string
	if err := db.SQL().QueryRow("SELECT reason FROM merges WHERE song_id = ? AND kind = 'song'", c).Scan(&reason); err != nil || reason != "same upload" {
		t.Errorf("merge log reason %q (%v), want %q", reason, err, "same upload")
	}
}

// TestBatchExplanationsNameRealSongs: an item of a batch decided against a
// song created earlier in the same batch logs an explanation naming that
// song's real ID, in the merge log and in its review, never the batch's
// placeholder for it.
func TestBatchExplanationsNameRealSongs(t *testing.T) {
	tests := []struct {
		name   string
		first  dedup.Submission
		second dedup.Submission
		want   dedup.Outcome
	}{
		{"merged", dedup.Submission{Title: "Adele - Hello"},
			dedup.Submission{Title: "Adele - Hello (Official Video)"}, dedup.OutcomeMerged},
		{"reviewed: lengths far apart", dedup.Submission{Title: "Queen - Bohemian Rhapsody", DurationSeconds: 355},
			dedup.Submission{Title: "Queen - Bohemian Rhapsody (Official Video)", DurationSeconds: 240}, dedup.OutcomeReview},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			ctx := context.Background()
			svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
			var items []dedup.BatchItem
			for _, sub := range []dedup.Submission{tt.first, tt.second} {
				sub.VideoRef, sub.VideoRefField = nextVideoID(), "video_id"
				items = append(items, dedup.BatchItem{Sub: sub})
			}
			results, err := svc.SubmitBatch(ctx, items, "test")
			if err != nil {
				t.Fatal(err)
			}
			first, second := results[0].Answer, results[1].Answer
			if results[1].Err != nil || second.Decision != tt.want {
				t.Fatalf("second decided %q (%v), want %q", second.Decision, results[1].Err, tt.want)
			}
			var stored []byte
			q, arg := "SELECT explanation FROM merges WHERE video_id = ?", any(second.VideoID)
			if tt.want == dedup.OutcomeReview {
				q, arg = "SELECT explanation FROM reviews WHERE id = ?", second.ReviewID
			}
			if err := db.SQL().QueryRowContext(ctx, q, arg).Scan(&stored); err != nil {
				t.Fatal(err)
			}
			var e score.Explanation
			if err := json.Unmarshal(stored, &e); err != nil {
				t.Fatalf("stored explanation %s: %v", stored, err)
			}
			var ids []int64
			for _, c := range e.Candidates {
				ids = append(ids, c.SongID)
			}
			if !slices.Contains(ids, first.SongID) || slices.ContainsFunc(ids, func(id int64) bool { return id <= 0 }) {
				t.Errorf("stored explanation names songs %v, want the first item's song %d and no placeholder", ids, first.SongID)
			}
		})
	}
}
