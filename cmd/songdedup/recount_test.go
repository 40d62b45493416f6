package main

import (
	"context"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// TestRecountThroughBinary: the built binary reports a count of reviews
// that is off without touching it under --check, rewrites it, then finds
// every count right; bad flags and a schema that is not current are named.
// It lists the song of a merge log entry that a process older than
// migration 47 wrote without listing it, and sets the canonical song of
// one that a process older than migration 48 wrote without it, whose
// documents then show the entries. --check exits with status 1 when any
// of its three checks finds something to fix, each alone too, and 0 when
// none does.
func TestRecountThroughBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	d := migrated(t)
	ctx := context.Background()
	db, err := store.Open(ctx, d.DSN, store.Options{Logger: discardLog})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	writes := []dedup.SubmissionWrite{
		newSongWrite("Khruangbin - Maria También", "RECOUNTxx01"),
		newSongWrite("Khruangbin - Maria Tambien (Live)", "RECOUNTxx02"),
	}
	out, err := db.SubmitBatch(ctx, writes[:1])
	if err != nil {
		t.Fatal(err)
	}
	first := out[0].SongID
	writes[1].Reviews = []dedup.ReviewDraft{{CandidateSongID: first, Score: 0.7, Reason: "near_miss", Candidates: []dedup.ReviewCandidate{{SongID: first, Score: 0.7}}}}
	second, err := db.SubmitBatch(ctx, writes[1:])
	if err != nil {
		t.Fatal(err)
	}
	// A process that does not list the songs of its merge log entries
	// (older than migration 47) logs a video attached to the second song.
	if _, err := db.SQL().Exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, created_at)
		VALUES ('video', ?, ?, ?, 'RECOUNTxx03', 0.9, 'auto', NOW(6))`, second[0].SongID, second[0].SongID, second[0].SongID); err != nil {
		t.Fatal(err)
	}
	// A process older than migration 48, on a server not in strict SQL
	// mode, logs a video attached to the first song without the canonical
	// song of its into song.
	if _, err := db.SQL().Exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, created_at)
		VALUES ('video', ?, ?, 0, 'RECOUNTxx04', 0.9, 'auto', NOW(6))`, first, first); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec("INSERT INTO logged_songs (song_id) VALUES (?)", first); err != nil {
		t.Fatal(err)
	}
	// A process that does not keep the counts (older than migration 46)
	// queues two reviews.
	if _, err := db.SQL().Exec(`INSERT INTO reviews (song_id, candidate_song_id, score, reason, explanation, status, created_at)
		VALUES (?, 901, 0.7, 'near_miss', '{}', 'pending', NOW(6)), (?, 902, 0.7, 'near_miss', '{}', 'pending', NOW(6))`, first, first); err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) func() {
		return func() {
			if _, err := db.SQL().Exec(q, args...); err != nil {
				t.Fatal(err)
			}
		}
	}
	third, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{newSongWrite("Khruangbin - Evan Finds the Third Room", "RECOUNTxx05")})
	if err != nil {
		t.Fatal(err)
	}
	const allRight = "recount: 3 reviews in 1 counts; every count is right\nrecount: every song of the merge log is listed\nrecount: every merge log entry names the canonical song of its into song"
	tests := []struct {
		name  string
		setup func() // before the command, when not nil
		db    string
		args  []string
		code  int
		want  string
	}{
		{"check", nil, d.DSN, []string{"--check"}, 1, "recount: pending reviews of reason \"near_miss\": kept 1, counted 3\nrecount: 3 reviews in 1 counts; 1 off (run without --check to rewrite them)\nrecount: 1 songs of the merge log unlisted (run without --check to list them)\nrecount: 1 merge log entries name another canonical song (run without --check to set them)\nsongdedup: recount --check: found entries to fix"},
		{"check again: nothing rewritten", nil, d.DSN, []string{"--check"}, 1, "kept 1, counted 3\nrecount: 3 reviews in 1 counts; 1 off (run without --check to rewrite them)\nrecount: 1 songs of the merge log unlisted (run without --check to list them)\nrecount: 1 merge log entries name another"},
		{"rewrite", nil, d.DSN, nil, 0, "kept 1, counted 3\nrecount: 3 reviews in 1 counts; 1 off, rewritten\nrecount: 1 songs of the merge log unlisted, listed\nrecount: 1 merge log entries named another canonical song, set"},
		{"second run", nil, d.DSN, nil, 0, allRight},
		{"check of a right catalogue", nil, d.DSN, []string{"--check"}, 0, allRight},
		// Each check alone makes the exit status.
		{"check: a review count off alone", exec(`INSERT INTO reviews (song_id, candidate_song_id, score, reason, explanation, status, created_at)
			VALUES (?, 903, 0.7, 'near_miss', '{}', 'pending', NOW(6))`, first), d.DSN, []string{"--check"}, 1,
			"recount: 4 reviews in 1 counts; 1 off (run without --check to rewrite them)\nrecount: every song of the merge log is listed\nrecount: every merge log entry names"},
		{"rewrite the review count", nil, d.DSN, nil, 0, "1 off, rewritten"},
		{"check: a song of the merge log unlisted alone", exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, created_at)
			VALUES ('video', ?, ?, ?, 'RECOUNTxx06', 0.9, 'auto', NOW(6))`, third[0].SongID, third[0].SongID, third[0].SongID), d.DSN, []string{"--check"}, 1,
			"every count is right\nrecount: 1 songs of the merge log unlisted (run without --check to list them)\nrecount: every merge log entry names"},
		{"list the song", nil, d.DSN, nil, 0, "1 songs of the merge log unlisted, listed"},
		{"check: a merge log entry without its canonical song alone", exec(`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, video_id, score, decided_by, created_at)
			VALUES ('video', ?, ?, 0, 'RECOUNTxx07', 0.9, 'auto', NOW(6))`, first, first), d.DSN, []string{"--check"}, 1,
			"every count is right\nrecount: every song of the merge log is listed\nrecount: 1 merge log entries name another canonical song (run without --check to set them)"},
		{"set the entry", nil, d.DSN, nil, 0, "1 merge log entries named another canonical song, set"},
		{"check once everything is right again", nil, d.DSN, []string{"--check"}, 0, "recount: 4 reviews in 1 counts; every count is right\nrecount: every song of the merge log is listed\nrecount: every merge log entry names the canonical song of its into song"},
		{"no connections", nil, d.DSN, []string{"--max-db-conns", "0"}, 2, "--max-db-conns must be at least 1"},
		{"a stray word", nil, d.DSN, []string{"now"}, 2, `recount takes no arguments, got ["now"]`},
		{"a bad DSN", nil, d.DSN, []string{"--mysql-dsn", "not a dsn"}, 2, "--mysql-dsn: malformed"},
		{"a schema not migrated", nil, storetest.New(t).DSN, nil, 1, "database not ready for a recount: schema at version 0"},
	}
	for _, tt := range tests {
		if tt.setup != nil {
			tt.setup()
		}
		code, out := runBinary(t, tt.db, "recount", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.want) {
			t.Errorf("%s: exit %d, want %d with %q:\n%s", tt.name, code, tt.code, tt.want, out)
		}
	}
	var pending int
	if err := db.SQL().QueryRow("SELECT CAST(COALESCE(SUM(n), 0) AS SIGNED) FROM review_counts WHERE status = ?", dedup.ReviewPending).Scan(&pending); err != nil {
		t.Fatal(err)
	}
	if pending != 4 {
		t.Errorf("review_counts holds %d pending reviews after the recount, want 4", pending)
	}
	doc, err := db.SongDetail(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.History) != 2 || doc.History[0].VideoID != "RECOUNTxx07" || doc.History[1].VideoID != "RECOUNTxx04" {
		t.Errorf("song %d lists the merge log entries %+v after the recount, want the attaches of RECOUNTxx07 and RECOUNTxx04", first, doc.History)
	}
	doc, err = db.SongDetail(ctx, second[0].SongID)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.History) != 1 || doc.History[0].VideoID != "RECOUNTxx03" {
		t.Errorf("song %d lists the merge log entries %+v after the recount, want the attach of RECOUNTxx03", second[0].SongID, doc.History)
	}
}
