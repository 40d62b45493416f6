package store_test

import (
	"testing"

	"github.com/songdedup/songdedup/store"
)

// TestWholeReadsHistoryCost: the statement that reads whole documents
// together reads no more of the merge log than the statements of the
// songs' documents alone: of a canonical song with a long history, the
// newest store.MaxDocHistory entries its document lists, not its whole
// log, and of a song listed twice, its entries once.
func TestWholeReadsHistoryCost(t *testing.T) {
	db, _ := openMigrated(t)
	const entries = 5000
	digits := "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)"
	for _, s := range []string{
		`INSERT INTO songs (id, title, track, search_key, track_hash, artist_hash, merged_into, reconciled, created_at, updated_at) VALUES
		 (1, 'a', 'a', 'ka', 1, 1, NULL, 1, NOW(6), NOW(6)), (2, 'b', 'b', 'kb', 2, 2, 1, 1, NOW(6), NOW(6)), (3, 'c', 'c', 'kc', 3, 3, NULL, 1, NOW(6), NOW(6))`,
		`INSERT INTO merges (kind, song_id, into_song_id, into_canonical_id, decided_by, created_at)
		 SELECT 'song', IF(n % 2 = 0, 2, 3), IF(n % 2 = 0, 1, 2), 1, 'test', NOW(6) FROM (SELECT a.d + 10*b.d + 100*c.d + 1000*e.d AS n FROM ` +
			digits + ` a, ` + digits + ` b, ` + digits + ` c, ` + digits + ` e) x WHERE n < 5000`,
		`INSERT INTO logged_songs (song_id) VALUES (1), (2), (3)`,
		`ANALYZE TABLE songs, merges, logged_songs`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	merges := func(q store.ReadQuery) float64 {
		var n float64
		for _, tb := range analyze(t, db.SQL(), q.SQL, q.Args...) {
			if tb.Name == "m" || tb.Name == "merges" {
				n += tb.Rows
			}
		}
		return n
	}
	// Each song's document alone, and the three read together, a song
	// twice: song 1 canonical, 2 merged into it, 3 canonical, the entries
	// naming 2 and either 1 or 3.
	ids := []int64{1, 2, 3, 1}
	var alone float64
	for _, id := range ids[:3] {
		alone += merges(store.DocumentQuery(id))
	}
	got := merges(store.WholeDocumentsQuery(ids...))
	t.Logf("merge log entries read: %.0f together, %.0f alone", got, alone)
	if got > alone+float64(len(ids)) {
		t.Errorf("the statement of whole documents read together reads %.0f entries of the merge log (%d of them); the songs' documents alone read %.0f", got, entries, alone)
	}
}
