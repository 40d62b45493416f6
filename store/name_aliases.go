package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// Name aliases (tables name_aliases and forgotten_aliases): names learned
// in two scripts from bilingual titles, counted by SubmitBatch in the
// transaction of the submission that wrote them, read through a
// short-lived cache by every process. A deleted alias goes to
// forgotten_aliases: it is not counted again, and a row a concurrent
// submission counted anyway is never read (every read leaves forgotten
// pairs out), so no lock is needed between deleting and learning.

// aliasSaturated is the count from which a pair is no longer counted, as
// lexiconSaturated is for names.
const aliasSaturated = 20

// forgottenClause leaves out the pairs of alias rows a that a curator
// deleted.
const forgottenClause = `NOT EXISTS (SELECT 1 FROM forgotten_aliases f
	WHERE f.name = a.name AND f.other = a.other AND f.kind = a.kind)`

const aliasColumns = `a.id, a.kind, a.name, a.other, a.titles, a.official, a.created_at, a.updated_at`

// aliasCache holds the aliases of names, by name.
type aliasCache struct {
	mu      sync.Mutex
	entries map[dedup.AliasKey]aliasEntry
	ttl     time.Duration
	zeroTTL time.Duration
	// emptyUntil, while in the future, says that the table had no alias
	// when last read: a catalogue that never saw a bilingual title then
	// costs a submission no lookup. tableUntil says when to read again.
	emptyUntil, tableUntil time.Time
	// held says that the table held an alias when read: it is not asked
	// again, since the lookups of names answer for an emptied table too.
	held bool
}

// empty reports whether the table is known to be empty at now, and
// whether that is known at all.
func (c *aliasCache) empty(now time.Time) (empty, known bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return now.Before(c.emptyUntil), c.held || now.Before(c.tableUntil)
}

// setEmpty records whether the table had any alias at now.
func (c *aliasCache) setEmpty(empty bool, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.held = !empty
	c.tableUntil = now.Add(c.zeroTTL)
	c.emptyUntil = time.Time{}
	if empty {
		c.emptyUntil = c.tableUntil
	}
}

type aliasEntry struct {
	found   []dedup.LearnedAlias
	expires time.Time
}

// maxCachedAliasNames bounds the cache; it is emptied when full.
const maxCachedAliasNames = 100_000

func (c *aliasCache) get(keys []dedup.AliasKey, now time.Time) (found []dedup.LearnedAlias, missing []dedup.AliasKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		if e, ok := c.entries[k]; ok && now.Before(e.expires) {
			found = append(found, e.found...)
		} else {
			missing = append(missing, k)
		}
	}
	return found, missing
}

func (c *aliasCache) put(keys []dedup.AliasKey, rows []dedup.LearnedAlias, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries)+len(keys) > maxCachedAliasNames {
		c.entries = make(map[dedup.AliasKey]aliasEntry, 1024)
	}
	for _, k := range keys {
		var mine []dedup.LearnedAlias
		for _, a := range rows {
			if aliasNames(a, k) {
				mine = append(mine, a)
			}
		}
		ttl := c.ttl
		if len(mine) == 0 {
			ttl = c.zeroTTL
		}
		c.entries[k] = aliasEntry{found: mine, expires: now.Add(ttl)}
	}
}

// titlesOf returns the cached count of a pair, 0 when not cached.
func (c *aliasCache) titlesOf(p title.AliasPair) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, a := range c.entries[dedup.AliasKey{Kind: p.Kind, Name: p.Latin}].found {
		if a.Name == p.Latin && a.Other == p.Other {
			return a.Titles
		}
	}
	return 0
}

// forget drops the cached aliases of keys: they are read again when asked
// for.
func (c *aliasCache) forget(keys []dedup.AliasKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		delete(c.entries, k)
	}
	c.emptyUntil, c.tableUntil = time.Time{}, time.Time{}
}

// AliasesOf implements dedup.SubmitStore. A name is looked up in its
// title.AliasFold form, the form pairs are counted in (林俊杰 for 林俊傑),
// and as written (for rows counted before names were folded); the cache
// holds folded names.
func (s *DB) AliasesOf(ctx context.Context, written []dedup.AliasKey) ([]dedup.LearnedAlias, error) {
	keys := make([]dedup.AliasKey, 0, len(written))
	for _, k := range written {
		if f := (dedup.AliasKey{Kind: k.Kind, Name: title.AliasFold(k.Name)}); !slices.Contains(keys, f) {
			keys = append(keys, f)
		}
	}
	now := time.Now()
	if empty, known := s.aliases.empty(now); empty {
		return nil, nil
	} else if !known {
		var has bool
		if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM name_aliases)`).Scan(&has); err != nil {
			return nil, fmt.Errorf("reading aliases: %w", translate(err))
		}
		s.aliases.setEmpty(!has, now)
		if !has {
			return nil, nil
		}
	}
	found, missing := s.aliases.get(keys, now)
	if len(missing) == 0 {
		return found, nil
	}
	names := make([]string, 0, len(missing))
	for _, k := range missing {
		names = append(names, k.Name)
	}
	for _, k := range written {
		if slices.Contains(missing, dedup.AliasKey{Kind: k.Kind, Name: title.AliasFold(k.Name)}) {
			names = append(names, k.Name)
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	var rows []dedup.LearnedAlias
	err := inChunks(names, maxInList, func(in string, args []any) error {
		q := `SELECT ` + aliasColumns + ` FROM name_aliases a WHERE a.name IN (` + in + `) AND ` + forgottenClause + `
			UNION SELECT ` + aliasColumns + ` FROM name_aliases a WHERE a.other IN (` + in + `) AND ` + forgottenClause
		got, err := s.scanAliases(ctx, s.db, q, append(slices.Clone(args), args...)...)
		rows = append(rows, got...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("reading aliases: %w", err)
	}
	s.aliases.put(missing, rows, now)
	for _, a := range rows {
		if slices.ContainsFunc(missing, func(k dedup.AliasKey) bool { return aliasNames(a, k) }) &&
			!slices.ContainsFunc(found, func(b dedup.LearnedAlias) bool { return b.ID == a.ID }) {
			found = append(found, a)
		}
	}
	return found, nil
}

func (s *DB) scanAliases(ctx context.Context, db querier, q string, args ...any) ([]dedup.LearnedAlias, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, translate(err)
	}
	defer rows.Close()
	var out []dedup.LearnedAlias
	for rows.Next() {
		var a dedup.LearnedAlias
		var kind string
		if err := rows.Scan(&a.ID, &kind, &a.Name, &a.Other, &a.Titles, &a.Official, &a.CreatedAt, &a.UpdatedAt); err != nil {
			return nil, translate(err)
		}
		a.Kind = title.AliasKind(kind)
		out = append(out, a)
	}
	return out, translate(rows.Err())
}

// countAliases counts the pairs a batch's titles wrote in two scripts, each
// once per submission, in key order (so that concurrent batches lock rows
// in one order), leaving out pairs a curator deleted and pairs already
// saturated as far as the cache knows.
func (s *DB) countAliases(ctx context.Context, tx *sql.Tx, pairs []title.AliasPair, now time.Time) error {
	if len(pairs) == 0 {
		return nil
	}
	type count struct{ titles, official int }
	type key struct {
		name, other string
		kind        title.AliasKind
	}
	counts := map[key]*count{}
	for _, p := range pairs {
		k := key{p.Latin, p.Other, p.Kind}
		if counts[k] == nil {
			counts[k] = &count{}
		}
		counts[k].titles++
		if p.Official {
			counts[k].official++
		}
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		if s.aliases.titlesOf(title.AliasPair{Kind: k.kind, Latin: k.name, Other: k.other}) < aliasSaturated {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(a.other, b.other), strings.Compare(string(a.kind), string(b.kind)))
	})
	var rows []string
	args := []any{now, now}
	for _, k := range keys {
		rows = append(rows, "SELECT ? AS kind, ? AS name, ? AS other, ? AS titles, ? AS official")
		args = append(args, string(k.kind), k.name, k.other, counts[k].titles, counts[k].official)
	}
	// A pair that crosses the line of dedup.LearnedAlias.Usable here waits
	// for its join (join_pending): the first assignment reads the counts
	// before this transaction's, the later ones write the new counts.
	q := `INSERT INTO name_aliases (kind, name, other, titles, official, join_pending, created_at, updated_at)
		SELECT v.kind, v.name, v.other, v.titles, v.official, ` + usableSQL("v.titles", "v.official") + `, ?, ?
		FROM (` + strings.Join(rows, " UNION ALL ") + `) v
		WHERE NOT EXISTS (SELECT 1 FROM forgotten_aliases f WHERE f.name = v.name COLLATE utf8mb4_bin
			AND f.other = v.other COLLATE utf8mb4_bin AND f.kind = v.kind)
		ON DUPLICATE KEY UPDATE name_aliases.join_pending = IF(NOT ` + usableSQL("name_aliases.titles", "name_aliases.official") + `
				AND ` + usableSQL("name_aliases.titles + VALUES(titles)", "name_aliases.official + VALUES(official)") + `,
				1, name_aliases.join_pending),
			name_aliases.titles = name_aliases.titles + VALUES(titles),
			name_aliases.official = name_aliases.official + VALUES(official), name_aliases.updated_at = VALUES(updated_at)`
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("counting aliases: %w", translate(err))
	}
	e := s.effectsOf(tx)
	for _, k := range keys {
		e.aliases = append(e.aliases, dedup.AliasKey{Kind: k.kind, Name: title.AliasFold(k.name)}, dedup.AliasKey{Kind: k.kind, Name: title.AliasFold(k.other)})
	}
	return nil
}

// usableSQL is dedup.LearnedAlias.Usable as an SQL condition on the
// counts titles and official.
func usableSQL(titles, official string) string {
	return fmt.Sprintf("(%s >= %d OR %s >= 1)", titles, dedup.MinAliasTitles, official)
}

// ListAliases implements dedup.CurationStore.
func (s *DB) ListAliases(ctx context.Context, f dedup.AliasFilter) (dedup.AliasPage, error) {
	q := `SELECT ` + aliasColumns + ` FROM name_aliases a WHERE a.id > ? AND ` + forgottenClause
	args := []any{f.After}
	if f.Name != "" {
		prefix := likePrefix(f.Name)
		q += ` AND (a.name LIKE ? OR a.other LIKE ?)`
		args = append(args, prefix, prefix)
	}
	q += ` ORDER BY a.id LIMIT ?`
	args = append(args, f.Limit+1)
	items, err := s.scanAliases(ctx, s.db, q, args...)
	if err != nil {
		return dedup.AliasPage{}, fmt.Errorf("listing aliases: %w", err)
	}
	page := dedup.AliasPage{Items: items}
	if len(items) > f.Limit {
		page.Items = items[:f.Limit]
		page.Next = page.Items[f.Limit-1].ID
	}
	return page, nil
}

// likePrefix is the LIKE pattern of the strings that start with s.
func likePrefix(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s) + "%"
}

// ForgetAlias implements dedup.CurationStore.
func (s *DB) ForgetAlias(ctx context.Context, id int64, decidedBy string) (dedup.LearnedAlias, error) {
	var gone dedup.LearnedAlias
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		found, err := s.scanAliases(ctx, tx, `SELECT `+aliasColumns+` FROM name_aliases a WHERE a.id = ? AND `+forgottenClause+` FOR UPDATE`, id)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			return fmt.Errorf("alias %d: %w", id, dedup.ErrNotFound)
		}
		gone = found[0]
		// The pair as stored, and in the form it is counted in now (a row
		// counted before names were folded may hold 林俊傑 for 林俊杰).
		by, at := truncate(decidedBy, 128), s.now().UTC()
		if _, err := tx.ExecContext(ctx, `INSERT IGNORE INTO forgotten_aliases (kind, name, other, deleted_by, deleted_at) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)`,
			string(gone.Kind), gone.Name, gone.Other, by, at,
			string(gone.Kind), title.AliasFold(gone.Name), title.AliasFold(gone.Other), by, at); err != nil {
			return translate(err)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM name_aliases WHERE id = ?`, id)
		return translate(err)
	})
	if err != nil {
		return dedup.LearnedAlias{}, err
	}
	s.aliases.forget([]dedup.AliasKey{{Kind: gone.Kind, Name: title.AliasFold(gone.Name)}, {Kind: gone.Kind, Name: title.AliasFold(gone.Other)}})
	return gone, nil
}

// aliasNames reports whether alias a names k (a folded name) on either side.
func aliasNames(a dedup.LearnedAlias, k dedup.AliasKey) bool {
	return a.Kind == k.Kind && (title.AliasFold(a.Name) == k.Name || title.AliasFold(a.Other) == k.Name)
}
