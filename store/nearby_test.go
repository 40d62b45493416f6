package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// createRecord writes a new song for a catalogue record (a title and its
// artist's field) of a length, the way a submission does.
func createRecord(t testing.TB, db *store.DB, raw, artist string, seconds int) int64 {
	t.Helper()
	in := title.Input{Title: raw, Artist: artist}
	norm := title.Normalize(in)
	song := dedup.SongFromTitle(in, norm, seconds)
	song.SearchKey = searchkey.Key(norm)
	out, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video:   dedup.Video{ID: nextVideoID(), Title: raw, Artist: artist, DurationSeconds: seconds},
		NewSong: &song, DecidedBy: "test",
	}})
	if err != nil {
		t.Fatalf("creating %q: %v", raw, err)
	}
	return out[0].SongID
}

// TestCandidatesOfSameArtistsAndDuration: a query with a duration and an
// artist that is not a guess from the channel also finds the songs of the
// same artists whose lengths agree with its own, when every word of its
// track carries a typo and its artist's words are too common to search.
func TestCandidatesOfSameArtistsAndDuration(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	// The artist's words are in more songs than a query's posting budget.
	for i := range 40 {
		createRecord(t, db, fmt.Sprintf("Filler Number %d", i), "Bruce Maginnis", 400+i)
	}
	hype := createRecord(t, db, "Street Hype", "Bruce Maginnis", 177)
	near := createRecord(t, db, "Groove City", "Bruce Maginnis", 179)
	far := createRecord(t, db, "Night Drive", "Bruce Maginnis", 181)
	other := createRecord(t, db, "Street Hype", "Someone Else", 177)
	gone := createRecord(t, db, "Street Hyped", "Bruce Maginnis", 177)
	if _, err := db.SQL().ExecContext(ctx, "UPDATE songs SET merged_into = ? WHERE id = ?", hype, gone); err != nil {
		t.Fatal(err)
	}
	crowd := make([]int64, 12)
	for i := range crowd {
		crowd[i] = createRecord(t, db, fmt.Sprintf("Loop %c", 'A'+i), "Bruce Maginnis", 300)
	}

	tests := []struct {
		name       string
		in         title.Input
		seconds    int
		want, not  []int64
		atMostNear int // songs found besides the query's Limit
	}{
		{name: "artist field, length agrees", in: title.Input{Title: "StreetH ype", Artist: "Bruce Maginnis"}, seconds: 177,
			want: []int64{hype, near}, not: []int64{far, other, gone}},
		{name: "artist in the title", in: title.Input{Title: "Bruce Maginnis - StreetH ype"}, seconds: 175,
			want: []int64{hype}, not: []int64{near, far, other, gone}},
		{name: "artists in another order", in: title.Input{Title: "StreetH ype", Artist: "Maginnis Bruce"}, seconds: 177,
			not: []int64{hype, near}},
		{name: "no length", in: title.Input{Title: "StreetH ype", Artist: "Bruce Maginnis"},
			not: []int64{hype, near}},
		{name: "length far", in: title.Input{Title: "StreetH ype", Artist: "Bruce Maginnis"}, seconds: 190,
			not: []int64{hype, near, far}},
		{name: "artist guessed from the channel", in: title.Input{Title: "StreetH ype", Channel: "Bruce Maginnis"}, seconds: 177,
			not: []int64{hype, near}},
		{name: "many songs of one length", in: title.Input{Title: "Lopo", Artist: "Bruce Maginnis"}, seconds: 300,
			want: crowd[:dedup.NearbyLimit]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := dedup.CandidateQuery{Title: title.Normalize(tt.in), Limit: 5, DurationSeconds: tt.seconds}
			got, err := candidatesOf(db, q)
			if err != nil {
				t.Fatal(err)
			}
			ids := songIDs(got)
			for _, id := range tt.want {
				if !slices.Contains(ids, id) {
					t.Errorf("%v lacks song %d", ids, id)
				}
			}
			for _, id := range tt.not {
				if slices.Contains(ids, id) {
					t.Errorf("%v holds song %d", ids, id)
				}
			}
			if len(ids) > q.Limit+dedup.NearbyLimit {
				t.Errorf("%d songs, want at most %d", len(ids), q.Limit+dedup.NearbyLimit)
			}
			// Without its length the query finds none of them: the
			// lookup, not the search, found them.
			q.DurationSeconds = 0
			without, err := candidatesOf(db, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range tt.want {
				if slices.Contains(songIDs(without), id) {
					t.Errorf("song %d is found without the length too: the case tests nothing", id)
				}
			}
		})
	}
}

// TestNearbyPlan: the lookup of several artists' songs by duration reads
// the songs_artist_duration index alone to choose them, then the songs
// kept by their primary key, on a catalogue large enough for the
// optimizer to choose, and keeps at most dedup.NearbyLimit a lookup.
func TestNearbyPlan(t *testing.T) {
	db, _ := openMigrated(t)
	fillForPlans(t, db.SQL())
	// 200 artists of 100 songs each, of lengths 60, 63, ... 357 seconds.
	// Artists 7 and 8 are the lookups', and 9 one with 30 songs of 120
	// seconds.
	q := store.NearbyQuery([][]string{{"artist seven"}, {"artist eight"}, {"artist nine"}}, []int{200, 150, 121})
	stmts := []string{
		"UPDATE songs SET artist_hash = id % 200, duration_seconds = 60 + 3 * (id DIV 200)",
		"UPDATE songs SET duration_seconds = 120 WHERE artist_hash = 9 AND id < 6000",
	}
	for k, artist := range []int{7, 8, 9} {
		stmts = append(stmts, fmt.Sprintf("UPDATE songs SET artist_hash = %d WHERE artist_hash = %d", q.Args[4*k+1], artist))
	}
	for _, s := range append(stmts, "ANALYZE TABLE songs") {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	rows, err := db.SQL().Query(q.SQL, q.Args...)
	if err != nil {
		t.Fatal(err)
	}
	cols, _ := rows.Columns()
	found := map[string]int{}
	for rows.Next() {
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(sql.RawBytes)
		}
		if err := rows.Scan(vals...); err != nil {
			t.Fatal(err)
		}
		found[string(*vals[len(vals)-1].(*sql.RawBytes))]++
	}
	rows.Close()
	// Marks -2, -3, -4 name lookups 0, 1, 2: artist 7 has songs of 198
	// and 201 seconds, artist 8 of 147, 150 and 153, artist 9 more than
	// the bound of 120.
	if want := map[string]int{"-2": 2, "-3": 3, "-4": dedup.NearbyLimit}; !maps.Equal(found, want) {
		t.Fatalf("songs found by lookup mark %v, want %v", found, want)
	}
	checkNearbyPlan(t, db.SQL(), q)
}

// TestNearbyPlanOfAYoungCatalogue: the same plan while the catalogue grows
// faster than InnoDB recounts its statistics, as in a backfill into a new
// database, where the index's counts are those of a nearly empty table:
// the optimizer, left to choose there, read every canonical song by
// songs_merged_into for each statement, and the whole table again for the
// songs it kept.
func TestNearbyPlanOfAYoungCatalogue(t *testing.T) {
	db, _ := openMigrated(t)
	var artists [][]string
	var seconds []int
	for i := range 100 {
		artists = append(artists, []string{fmt.Sprint("artist ", i)})
		seconds = append(seconds, 120+i%60)
	}
	q := store.NearbyQuery(artists, seconds)
	digits := "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	stmts := []string{
		"ALTER TABLE songs STATS_AUTO_RECALC = 0",
		`INSERT INTO songs (title, track, search_key, track_hash, artist_hash, duration_seconds, reconciled, created_at, updated_at)
		 VALUES ('a', 'a', 'a', 1, 1, 120, 1, NOW(6), NOW(6)), ('b', 'b', 'b', 2, 2, 121, 1, NOW(6), NOW(6))`,
		"ANALYZE TABLE songs",
		// 3,000 songs more, one or two an artist, one in twenty merged.
		`INSERT INTO songs (title, track, search_key, track_hash, artist_hash, duration_seconds, merged_into, reconciled, created_at, updated_at)
		 SELECT CONCAT('t', n), CONCAT('t', n), CONCAT('k', n), n, n DIV 2, 60 + n % 300, IF(n % 20 = 0, 1, NULL), 1, NOW(6), NOW(6)
		 FROM (SELECT 3 + a.d + 10*b.d + 100*c.d + 1000*e.d AS n FROM ` + digits + ` a, ` + digits + ` b, ` + digits + ` c, ` + digits + ` e
		 WHERE e.d < 3) x`,
	}
	for k := range artists {
		stmts = append(stmts, fmt.Sprintf("UPDATE songs SET artist_hash = %d WHERE id = %d", q.Args[4*k+1], 10*k+3))
	}
	for _, s := range stmts {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	checkNearbyPlan(t, db.SQL(), q)
}

// checkNearbyPlan fails t unless the nearby lookup q chooses its songs
// from songs_artist_duration alone and reads only those by primary key.
func checkNearbyPlan(t *testing.T, db *sql.DB, q store.ReadQuery) {
	t.Helper()
	for _, row := range explain(t, db, q.SQL, q.Args...) {
		if row["table"] != "s" {
			continue // the lookups' values, or a derived table built from the reads below
		}
		switch row["key"] {
		case "songs_artist_duration":
			if !strings.Contains(row["Extra"], "Using index") || strings.Contains(row["Extra"], "Using index condition") {
				t.Errorf("chooses songs from the table (%s), want from songs_artist_duration alone:\n%s", row["Extra"], q.SQL)
			}
		case "PRIMARY":
		default:
			t.Errorf("reads songs by %s (type %s, %s rows, %s), want songs_artist_duration, then the primary key:\n%s",
				row["key"], row["type"], row["rows"], row["Extra"], q.SQL)
		}
		if typ := row["type"]; typ == "ALL" || typ == "index" {
			t.Errorf("reads songs whole (type %s, key %s)", typ, row["key"])
		}
	}
}

// TestTypoMergesBySameArtistAndDuration: a record whose track words all
// carry a typo, and whose artist's words are too common to search, is
// found by its artist and length and merged with its song (the tracks are
// one slip of spelling apart: same_letters), one submission at a time and
// in a batch; without its length nothing finds the song.
func TestTypoMergesBySameArtistAndDuration(t *testing.T) {
	tests := []struct {
		name    string
		sub     dedup.Submission
		want    dedup.Outcome
		letters bool // the merge names same_letters
	}{
		{name: "split word", sub: dedup.Submission{Title: "StreetH ype", Artist: "Bruce Maginnis", DurationSeconds: 177},
			want: dedup.OutcomeMerged, letters: true},
		{name: "split word, artist in the title", sub: dedup.Submission{Title: "Bruce Maginnis - StreetH ype", DurationSeconds: 178},
			want: dedup.OutcomeMerged, letters: true},
		{name: "no length", sub: dedup.Submission{Title: "StreetH ype", Artist: "Bruce Maginnis"},
			want: dedup.OutcomeCreated},
	}
	for _, batch := range []bool{false, true} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/batch=%v", tt.name, batch), func(t *testing.T) {
				db, _ := openMigrated(t)
				for i := range 40 {
					createRecord(t, db, fmt.Sprintf("Filler Number %d", i), "Bruce Maginnis", 400+i)
				}
				submit := submitter(t, db, batch)
				first := submit(dedup.Submission{Title: "Street Hype", Artist: "Bruce Maginnis", DurationSeconds: 177})
				got := submit(tt.sub)
				if got.Decision != tt.want {
					t.Fatalf("%s (song %d, score %.2f), want %s", got.Decision, got.SongID, got.Score, tt.want)
				}
				if tt.want != dedup.OutcomeMerged {
					return
				}
				if got.SongID != first.SongID {
					t.Errorf("merged into song %d, want %d", got.SongID, first.SongID)
				}
				if got.Explanation == nil || slices.IndexFunc(got.Explanation.Rules, func(h score.RuleHit) bool { return h.Rule == score.RuleSameLetters }) < 0 != !tt.letters {
					t.Errorf("explanation %+v, want same_letters %v", got.Explanation, tt.letters)
				}
			})
		}
	}
}
