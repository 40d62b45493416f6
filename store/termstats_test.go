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
