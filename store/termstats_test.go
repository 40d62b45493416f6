package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// termRows returns the rows term_stats holds for a word and their sum.
func termRows(t *testing.T, db *store.DB, word string) (rows, sum int) {
	t.Helper()
	err := db.SQL().QueryRow("SELECT COUNT(*), COALESCE(SUM(df), 0) FROM term_stats WHERE term = ?",
		searchkey.Term(word)).Scan(&rows, &sum)
	if err != nil {
		t.Fatal(err)
	}
	return rows, sum
}

// TestTermStatsRowsByFrequency: a rare term keeps one row, so reading it
// reads one row; a common one spreads over shards once common, so that
// concurrent writers do not queue on one row. Either way its rows sum to
// its frequency, through merges too.
func TestTermStatsRowsByFrequency(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	const songs = 300
	var ids []int64
	for i := range songs {
		raw := fmt.Sprintf("Zorbl%c%c - Common Quill%c%c", 'a'+i/26, 'a'+i%26, 'a'+i/26, 'a'+i%26)
		if i < 3 {
			raw += " Flamingo"
		}
		// A batch reads the frequencies of its terms before writing, as
		// here; the write picks the rows by them.
		if _, err := db.TermFrequencies(ctx, searchkey.Terms(title.Normalize(title.Input{Title: raw})), true); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, createSong(t, db, raw, ""))
	}
	if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: ids[2], Into: ids[1], DecidedBy: "test"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word         string
		sum          int
		minRows, max int
	}{
		{"flamingo", 2, 1, 1},
		{"quillaa", 1, 1, 1},
		{"common", songs - 1, 8, 16}, // 44 writes past the threshold, over 16 shards
	}
	for _, tt := range tests {
		rows, sum := termRows(t, db, tt.word)
		if sum != tt.sum || rows < tt.minRows || rows > tt.max {
			t.Errorf("%q: %d rows summing to %d, want %d-%d rows summing to %d", tt.word, rows, sum, tt.minRows, tt.max, tt.sum)
		}
		df, err := db.TermFrequencies(ctx, []string{searchkey.Term(tt.word)}, true)
		if err != nil {
			t.Fatal(err)
		}
		if got := df[searchkey.Term(tt.word)]; got != tt.sum {
			t.Errorf("%q: frequency %d, want %d", tt.word, got, tt.sum)
		}
	}
}

// TestTermFrequenciesSumShards: a read of term statistics sums each term's
// shards, counts a term asked for twice once, answers 0 for a term no song
// has, and reads a list longer than one statement takes whole.
func TestTermFrequenciesSumShards(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	long := make([]string, store.MaxTermsRead+10)
	for i := range long {
		long[i] = fmt.Sprintf("longterm%d", i)
	}
	stmts := []string{
		"INSERT INTO term_stats (term, shard, df) VALUES ('sharded', 0, 2), ('sharded', 3, 5), ('sharded', 15, -1), ('single', 0, 4)",
		fmt.Sprintf("INSERT INTO term_stats (term, shard, df) VALUES ('%s', 0, 1), ('%s', 2, 6)", long[len(long)-1], long[0]),
	}
	for _, q := range stmts {
		if _, err := db.SQL().ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	tests := []struct {
		name  string
		terms []string
		want  map[string]int
	}{
		{"shards summed", []string{"sharded", "single"}, map[string]int{"sharded": 6, "single": 4}},
		{"a term asked twice", []string{"sharded", "single", "sharded"}, map[string]int{"sharded": 6, "single": 4}},
		{"a term no song has", []string{"nowhere", "single"}, map[string]int{"nowhere": 0, "single": 4}},
		{"more terms than one statement reads", append([]string{"sharded"}, long...),
			map[string]int{"sharded": 6, long[0]: 6, long[1]: 0, long[len(long)-1]: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			df, err := db.TermFrequencies(ctx, tt.terms, true)
			if err != nil {
				t.Fatal(err)
			}
			for term, want := range tt.want {
				if got := df[term]; got != want {
					t.Errorf("%q: %d, want %d", term, got, want)
				}
			}
		})
	}
}

// TestTermsReadPlan: a read of term statistics looks each term up by the
// primary key, on a table of many terms, and on one that grew faster than
// InnoDB recounts its statistics, as in a backfill into a new database
// (whose counts say the table is nearly empty).
func TestTermsReadPlan(t *testing.T) {
	digits := "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	fill := `INSERT INTO term_stats (term, shard, df)
		SELECT CONCAT('term', n), n % 3, 1 + n % 7 FROM (SELECT a.d + 10*b.d + 100*c.d + 1000*e.d AS n FROM ` +
		digits + ` a, ` + digits + ` b, ` + digits + ` c, ` + digits + ` e) x`
	tests := []struct {
		name  string
		stmts []string
	}{
		{"many terms", []string{fill, "ANALYZE TABLE term_stats"}},
		{"a young table", []string{"ALTER TABLE term_stats STATS_AUTO_RECALC = 0",
			"INSERT INTO term_stats (term, shard, df) VALUES ('a', 0, 1)", "ANALYZE TABLE term_stats", fill}},
	}
	terms := []string{"term1", "term22", "term333", "term4444", "missing", ""}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openMigrated(t)
			for _, q := range tt.stmts {
				if _, err := db.SQL().Exec(q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			q := store.TermsQuery(terms)
			for _, row := range explain(t, db.SQL(), q.SQL, q.Args...) {
				if row["table"] != "s" {
					continue // the terms' values
				}
				if row["key"] != "PRIMARY" || (row["type"] != "ref" && row["type"] != "eq_ref") {
					t.Errorf("reads term_stats by %q (type %s, %s rows, %s), want the primary key:\n%s",
						row["key"], row["type"], row["rows"], row["Extra"], q.SQL)
				}
			}
		})
	}
}
