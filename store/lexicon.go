package store

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/songdedup/songdedup/dedup/title"
)

// The artist lexicon (table artist_lexicon): names seen as certain artists,
// counted by SubmitBatch in the transaction of the submission that saw
// them, read through a short-lived cache by every process.

// How long the lexicon cache holds a name: a name counted by another
// process is seen within lexiconTTL, a name nobody has counted is asked
// again after lexiconZeroTTL.
const (
	lexiconTTL     = time.Minute
	lexiconZeroTTL = 20 * time.Second
)

// lexiconSaturated is the count from which a name is no longer counted:
// it is certain by then, and the row of a popular artist would otherwise be
// written by every batch that names it, and queue them.
const lexiconSaturated = 20

// ArtistSightings implements dedup.SubmitStore: how often each name key
// was seen as a certain artist (absent when never).
func (s *DB) ArtistSightings(ctx context.Context, keys []string) (map[string]int, error) {
	if len(keys) == 0 {
		return map[string]int{}, nil
	}
	now := time.Now()
	known, missing := s.lexicon.get(keys, now)
	if len(missing) == 0 {
		return known, nil
	}
	fetched := make(map[string]int, len(missing))
	err := inChunks(missing, maxInList, func(in string, args []any) error {
		return queryPairs(ctx, s.db, fetched, "SELECT name_key, sightings FROM artist_lexicon WHERE name_key IN ("+in+")", args...)
	})
	if err != nil {
		return nil, err
	}
	s.lexicon.put(fetched, missing, now)
	for k, n := range fetched {
		known[k] = n
	}
	for k, n := range known {
		if n == 0 {
			delete(known, k)
		}
	}
	return known, nil
}

// countLexicon adds the names a batch saw as certain artists, each once per
// submission, in key order (so that concurrent batches lock rows in one
// order), skipping names already saturated as far as the cache knows.
func (s *DB) countLexicon(ctx context.Context, tx *sql.Tx, entries []title.LexiconEntry, now time.Time) error {
	if len(entries) == 0 {
		return nil
	}
	counts := map[string]int{}
	names := map[string]string{}
	for _, e := range entries {
		counts[e.Key]++
		names[e.Key] = e.Name
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	cached := s.lexicon.peek(keys, 0)
	ins := newRowsInsert("INSERT INTO artist_lexicon (name_key, name, sightings, updated_at) VALUES ",
		4, " ON DUPLICATE KEY UPDATE sightings = sightings + VALUES(sightings), updated_at = VALUES(updated_at)", len(keys))
	for i, k := range keys {
		if cached[i] >= lexiconSaturated {
			continue
		}
		ins.add(k, truncate(names[k], 500), counts[k], now)
	}
	if err := ins.exec(ctx, tx); err != nil {
		return err
	}
	e := s.effectsOf(tx)
	for i, k := range keys {
		if cached[i] < lexiconSaturated {
			e.names[k] += counts[k]
		}
	}
	return nil
}
