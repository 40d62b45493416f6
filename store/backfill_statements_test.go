package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestBackfillStatements: what a backfill's batch writes or reads beside
// its own transaction takes one statement, whatever it holds: its bad rows'
// outcomes, its reconciled marks, the aliases of its names, the
// frequencies of its titles' terms.
func TestBackfillStatements(t *testing.T) {
	db := openCounted(t)
	ctx := context.Background()
	job, err := db.StartJob(ctx, "statements", "statements.csv", 10)
	if err != nil {
		t.Fatal(err)
	}
	var songs []int64
	tests := []struct {
		name  string
		setup func(t *testing.T) // not counted
		run   func() error
	}{
		{"three bad rows' outcomes", nil, func() error {
			var rows []dedup.RowOutcome
			for line := 2; line < 5; line++ {
				rows = append(rows, dedup.RowOutcome{JobID: job.ID, Line: line, Decision: dedup.OutcomeError, Error: "no title"})
			}
			return db.RecordOutcomes(ctx, rows)
		}},
		{"three songs' reconciled marks", func(t *testing.T) {
			for _, title := range []string{"Qarlotta Venn - Glass Harbour", "Toto - Africa", "Kino - Gruppa Krovi"} {
				songs = append(songs, createSong(t, db, title, ""))
			}
		}, func() error {
			for _, id := range songs {
				if err := db.MarkReconciled(ctx, id); err != nil {
					return err
				}
			}
			return db.FlushMarks(ctx)
		}},
		{"the aliases of a name, once the table held one", func(t *testing.T) {
			writeAliases(t, db, title.AliasPair{Kind: title.AliasArtist, Latin: "bts", Other: "방탄소년단"})
			if _, err := db.AliasesOf(ctx, []dedup.AliasKey{{Kind: title.AliasArtist, Name: "bts"}}); err != nil {
				t.Fatal(err)
			}
			// A batch that counts aliases drops what the cache knew of
			// their names.
			writeAliases(t, db, title.AliasPair{Kind: title.AliasTrack, Latin: "event horizon", Other: "사건의 지평선"})
		}, func() error {
			_, err := db.AliasesOf(ctx, []dedup.AliasKey{{Kind: title.AliasTrack, Name: "사건의 지평선"}})
			return err
		}},
		{"the fresh frequencies of 900 terms", nil, func() error {
			terms := make([]string, 900)
			for i := range terms {
				terms[i] = fmt.Sprintf("term%d", i)
			}
			_, err := db.TermFrequencies(ctx, terms, true)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup(t)
			}
			before := sessionCounter(t, db, "Questions")
			if err := tt.run(); err != nil {
				t.Fatal(err)
			}
			if n := sessionCounter(t, db, "Questions") - before - 1; n != 1 {
				t.Errorf("%d statements, want 1", n)
			}
		})
	}
}
