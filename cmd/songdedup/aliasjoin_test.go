package main

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/store/storetest"
)

// TestBackfillJoinsSongsOfANewAlias: a backfill writing a row at a time
// sees an artist's uploads in its own script (林俊傑, and the simplified
// 林俊杰) and in Latin letters (JJ Lin) become songs of their own before
// two bilingual titles, one in each form of the script, teach that the
// names are one. The two forms count as one alias; when it becomes usable,
// the songs already written under either name are reconsidered against
// each other, and a later upload in the simplified form finds the alias:
// each track's songs end as one song, while another song of the artist and
// a live take stay apart. Nothing is left waiting for a join.
func TestBackfillJoinsSongsOfANewAlias(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	input := filepath.Join("testdata", "aliasjoin.jsonl")
	want := truthPartition(t, input)
	for _, workers := range []string{"1", "2"} {
		d := storetest.New(t)
		code, out := runBackfillBinary(t, d.DSN, "--input", input, "--workers", workers, "--batch-size", "1")
		if code != 0 {
			t.Fatalf("%s workers: exit %d\n%s", workers, code, out)
		}
		if got := partition(t, d.DSN); !slices.Equal(got, want) {
			t.Errorf("%s workers: songs %q, want %q", workers, got, want)
		}
		db, err := sql.Open("mysql", d.DSN)
		if err != nil {
			t.Fatal(err)
		}
		var usable, waiting int
		err = db.QueryRow(`SELECT COUNT(*), COALESCE(SUM(join_pending), 0) FROM name_aliases WHERE titles >= 2 OR official >= 1`).Scan(&usable, &waiting)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if usable != 1 || waiting != 0 {
			t.Errorf("%s workers: %d usable aliases, %d waiting for their join; want 1 and 0", workers, usable, waiting)
		}
	}
}

// truthPartition reads the songs a labeled input's rows belong to (the
// field "song") as partition shows them.
func truthPartition(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	groups := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row struct {
			VideoID string `json:"video_id"`
			Song    string `json:"song"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		groups[row.Song] = append(groups[row.Song], row.VideoID)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sortedGroups(groups)
}
