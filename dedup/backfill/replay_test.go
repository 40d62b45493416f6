package backfill_test

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
	"github.com/songdedup/songdedup/store"
)

// killedAfterCommit is a store whose process dies right after the commit
// of its batch number last: the marks of that batch's reconciliation never
// reach the database.
type killedAfterCommit struct {
	*store.DB
	last    int
	mu      sync.Mutex
	batches int
}

func (k *killedAfterCommit) dead() bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.batches >= k.last
}

func (k *killedAfterCommit) SubmitBatch(ctx context.Context, ws []dedup.SubmissionWrite) ([]dedup.SubmissionWritten, error) {
	k.mu.Lock()
	k.batches++
	k.mu.Unlock()
	return k.DB.SubmitBatch(ctx, ws)
}

func (k *killedAfterCommit) MarkReconciled(ctx context.Context, id int64) error {
	if k.dead() {
		return nil
	}
	return k.DB.MarkReconciled(ctx, id)
}

func (k *killedAfterCommit) FlushMarks(ctx context.Context) error {
	if k.dead() {
		return nil
	}
	return k.DB.FlushMarks(ctx)
}

// TestResumeReplaysBatchReconciliation: the songs of a batch whose process
// died between its commit and its reconciled marks are reconciled by the
// resumed job as that batch would have reconciled them: the job ends with
// the songs of an uninterrupted run. In each case the last batch's rows
// teach the artist lexicon names that its other rows were decided without,
// so that a reconciliation reading those titles anew, not as their
// decision did, could see them otherwise.
func TestResumeReplaysBatchReconciliation(t *testing.T) {
	tests := []struct {
		name  string
		songs []string // title|channel|artist; a batch is two rows
	}{
		{"the name taught after the title", []string{
			"Stray Kids - District 9||", "Kestrel Vane - Saltwater Hymn||",
			"Stray Kids District 9||", "Maniac|Stray Kids|Stray Kids",
		}},
		{"the name taught before the title", []string{
			"Mamamoo - Starry Night||", "Lumen Parade - Glass Cathedral||",
			"HIP|MAMAMOO|MAMAMOO", "MAMAMOO Starry Night Dance Practice||",
		}},
		{"a name in two scripts from the artist's channel", []string{
			"Jay Chou - Qinghuaci|Cpop Pinyin Lyrics|", "Bastian Krell - Northern Static||",
			"周杰倫 Jay Chou【青花瓷 Blue and White Porcelain】-Official Music Video|周杰倫 Jay Chou|",
			"周杰倫 Jay Chou【告白氣球 Love Confession】-Official Music Video|周杰倫 Jay Chou|",
		}},
		{"two songs of the last batch", []string{
			"Dreamcatcher - Scream||", "Juniper Hollis - Amber Signal||",
			"Dreamcatcher Scream Live||", "Dreamcatcher Scream||",
			"Deja Vu|Dreamcatcher|Dreamcatcher", "Marisol Quenby - Paper Lanterns||",
		}},
	}
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []backfill.Row
			for i, s := range tt.songs {
				f := strings.Split(s, "|")
				rows = append(rows, backfill.Row{Line: i + 1, Sub: dedup.Submission{VideoRef: fmt.Sprintf("rpl%02d%06d", k, i),
					VideoRefField: "video_id", Title: f[0], Channel: f[1], Artist: f[2]}})
			}
			in := backfill.Input{Fingerprint: fmt.Sprintf("%064d", k+7), Name: "replay.jsonl", Lines: len(rows)}
			last := (len(rows) + 1) / 2
			ctx := context.Background()
			run := func(st backfill.Store, finish bool) {
				t.Helper()
				r, err := backfill.Start(ctx, st, in, backfill.Config{Workers: 1, BatchSize: 2, Logger: quiet})
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				err = r.Process(ctx, func(yield func(backfill.Row) bool) error {
					for _, row := range rows {
						if !yield(row) {
							break
						}
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if finish {
					if err := r.Finish(ctx); err != nil {
						t.Fatal(err)
					}
				}
			}
			groups := func(db *store.DB) map[string]string {
				t.Helper()
				var outcomes []dedup.RowOutcome
				for _, row := range rows {
					outcomes = append(outcomes, dedup.RowOutcome{Line: row.Line, VideoID: row.Sub.VideoRef, Decision: dedup.OutcomeCreated})
				}
				return partition(t, db, outcomes)
			}

			whole := openStore(t)
			run(whole, true)
			want := groups(whole)

			killed := openStore(t)
			run(&killedAfterCommit{DB: killed, last: last}, false)
			var left int
			if err := killed.SQL().QueryRow("SELECT COUNT(*) FROM songs WHERE reconciled = 0 AND merged_into IS NULL").Scan(&left); err != nil {
				t.Fatal(err)
			}
			if left == 0 {
				t.Fatal("the last batch left no song to reconcile: the case tests nothing")
			}
			run(killed, true)
			if got := groups(killed); !maps.Equal(got, want) {
				t.Errorf("resumed after the last batch's commit: %v\nuninterrupted: %v", got, want)
			}
		})
	}
}
