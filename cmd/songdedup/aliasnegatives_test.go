package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/store/storetest"
)

// TestBackfillAliasHardNegatives: two bilingual titles teach each of three
// Chinese names (陳奕迅 Eason Chan, 林俊傑 JJ Lin, 周杰倫 Jay Chou), so the
// uploads of those songs in one script, Latin or Han, traditional or
// simplified, end in one song each. The learned alias makes the artists
// one, nothing more: the hard negatives of testdata/aliasnegatives.jsonl
// stay apart, other songs of the artists in either script, live takes,
// remixes and covers of the same titles, other singers of the same family
// name singing the same title (Cantopop and Mandopop covers are common),
// and a fan channel's bilingual upload. One upload that writes a name in
// one form of its script and its channel in the other (孙燕姿 / 孫燕姿)
// is one title of evidence, not two.
func TestBackfillAliasHardNegatives(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped with -short")
	}
	input := filepath.Join("testdata", "aliasnegatives.jsonl")
	songs := readSongs(t, input)
	whole := []string{"eason|shi-nian", "jj-lin|jiang-nan", "jay-chou|qing-tian"}
	for _, workers := range []string{"1", "2"} {
		d := storetest.New(t)
		code, out := runBackfillBinary(t, d.DSN, "--input", input, "--workers", workers, "--batch-size", "1")
		if code != 0 {
			t.Fatalf("%s workers: exit %d\n%s", workers, code, out)
		}
		songsOf := map[string]int{}
		for _, g := range partition(t, d.DSN) {
			var clusters []string
			for _, v := range strings.Split(g, ",") {
				clusters = append(clusters, songs[v])
			}
			slices.Sort(clusters)
			clusters = slices.Compact(clusters)
			if len(clusters) > 1 {
				t.Errorf("%s workers: one song holds the uploads of %q (%s)", workers, clusters, g)
			}
			for _, c := range clusters {
				songsOf[c]++
			}
		}
		for _, c := range whole {
			if songsOf[c] != 1 {
				t.Errorf("%s workers: %s ended in %d songs, want 1", workers, c, songsOf[c])
			}
		}
		if n := aliasTitles(t, d.DSN, "stefanie sun"); n != 1 {
			t.Errorf("%s workers: the alias of stefanie sun counts %d titles, want 1", workers, n)
		}
	}
}

// aliasTitles returns the titles counted for the aliases of the Latin name.
func aliasTitles(t *testing.T, dsn, name string) int {
	t.Helper()
	return queryInt(t, dsn, `SELECT COALESCE(SUM(titles), 0) FROM name_aliases WHERE name = ?`, name)
}
