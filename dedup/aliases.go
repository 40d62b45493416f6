package dedup

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup/title"
)

// Aliases learned from bilingual titles: every submission counts the names
// its title writes in two scripts (title.LearnAliases) in the same
// transaction as its write; every submission looks up the aliases of its
// artists and track, so that retrieval adds the other spelling's terms to
// its query and the similarity matches the other spelling as the same
// name. A curator can delete an alias, which is then never learned again.

// AliasKey is a name of one kind to look aliases up for.
type AliasKey struct {
	Kind title.AliasKind
	Name string
}

// LearnedAlias is one stored alias: a name in Latin letters and the same
// name in another script, with the evidence for it.
type LearnedAlias struct {
	ID    int64
	Kind  title.AliasKind
	Name  string // in Latin letters
	Other string // in another script
	// Titles is how many titles paired the two names, Official how many of
	// those came from an artist's "- Topic" or VEVO channel.
	Titles, Official int
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// Usable reports whether the evidence is strong enough for the alias to be
// used: two titles, or one from an artist's "- Topic" or VEVO channel. One
// title alone may be a mistake (a translation taken for a name, an
// uploader's typo); a second uploader writing the same pair rarely is, and
// a label's own channel names its artist. A deleted alias is never stored.
func (a LearnedAlias) Usable() bool {
	return a.Titles >= MinAliasTitles || a.Official >= 1
}

const (
	// MinAliasTitles is how many titles must pair two names (see Usable).
	MinAliasTitles = 2
	// maxAliasPartners is the most names of one kind one name may be an
	// alias of: a name paired with more is a common word or a phrase of
	// the uploads ("가사", lyrics), not a name, and none of its aliases
	// is used.
	maxAliasPartners = 3
)

// AliasFilter selects a page of aliases.
type AliasFilter struct {
	// Name, when set, keeps aliases either side of which starts with it
	// (normalized as a title's words are).
	Name string
	// After is the ID the previous page ended at (0 for the first page).
	After int64
	Limit int
}

// MaxAliasLimit bounds a page of aliases.
const MaxAliasLimit = 200

// AliasPage is one page of aliases, by ID; Next is the After of the next
// page, 0 when this is the last.
type AliasPage struct {
	Items []LearnedAlias
	Next  int64
}

// aliasKeys lists the names of t to look aliases up for: each artist and
// the track.
func aliasKeys(keys []AliasKey, t title.Title) []AliasKey {
	for _, a := range t.Artists {
		keys = append(keys, AliasKey{title.AliasArtist, a})
	}
	if t.Track != "" {
		keys = append(keys, AliasKey{title.AliasTrack, t.Track})
	}
	return keys
}

// aliasesOf returns the usable aliases of t's names among found: each name
// with at most maxAliasPartners partners of its kind. A name is matched in
// its AliasFold form, and keeps the spelling t writes it in.
func aliasesOf(t title.Title, found []LearnedAlias) []title.Alias {
	var out []title.Alias
	for _, k := range aliasKeys(nil, t) {
		var mine []title.Alias
		key := title.AliasFold(k.Name)
		for _, a := range found {
			if a.Kind != k.Kind || !a.Usable() {
				continue
			}
			switch key {
			case title.AliasFold(a.Name):
				mine = append(mine, title.Alias{Kind: a.Kind, Name: k.Name, Other: a.Other, Titles: a.Titles})
			case title.AliasFold(a.Other):
				mine = append(mine, title.Alias{Kind: a.Kind, Name: k.Name, Other: a.Name, Titles: a.Titles})
			}
		}
		if len(mine) <= maxAliasPartners {
			out = append(out, mine...)
		}
	}
	return out
}

// withAliases sets the Aliases of each title from one lookup.
func (s *Service) withAliases(ctx context.Context, ts []*title.Title) error {
	var keys []AliasKey
	for _, t := range ts {
		keys = aliasKeys(keys, *t)
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b AliasKey) int {
		if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	found, err := s.store.AliasesOf(ctx, slices.Compact(keys))
	if err != nil {
		return fmt.Errorf("reading the aliases: %w", err)
	}
	if len(found) == 0 {
		return nil
	}
	for _, t := range ts {
		t.Aliases = aliasesOf(*t, found)
	}
	return nil
}

// Aliases returns a page of the learned aliases.
func (s *Service) Aliases(ctx context.Context, f AliasFilter) (AliasPage, error) {
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Limit < 1 || f.Limit > MaxAliasLimit {
		return AliasPage{}, InvalidField("limit", LimitRule, MaxAliasLimit, strconv.Itoa(f.Limit))
	}
	if f.After < 0 {
		return AliasPage{}, InvalidField("after", "must be an alias ID, got %d", f.After)
	}
	f.Name = aliasFilterName(f.Name)
	return s.curation.ListAliases(ctx, f)
}

// ForgetAlias deletes an alias and remembers it, so that it is never
// learned again. It returns the alias as it was, or ErrNotFound.
func (s *Service) ForgetAlias(ctx context.Context, id int64, decidedBy string) (LearnedAlias, error) {
	return s.curation.ForgetAlias(ctx, id, decidedBy)
}

// aliasFilterName reads a name to filter aliases by as the normalizer reads
// a title's words ("Girls' Generation" is "girls generation"), or folded
// when the normalizer keeps no word of it (a version word alone), in the
// form aliases are stored in (title.AliasFold: 林俊傑 as 林俊杰).
func aliasFilterName(name string) string {
	t := title.Normalize(title.Input{Title: name})
	if words := slices.Concat(t.ArtistTokens, t.TrackTokens); len(words) > 0 {
		return title.AliasFold(strings.Join(words, " "))
	}
	return title.AliasFold(strings.Join(strings.Fields(title.Fold(name)), " "))
}
