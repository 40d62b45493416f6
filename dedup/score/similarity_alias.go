package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// Aliases in the alignment: a name one side writes in one script and the
// other side in another, which the catalogue learned are one name from
// bilingual titles (title.Alias: 방탄소년단 / BTS, 사건의 지평선 / Event
// Horizon), match as the same name. An artist alias matches a whole artist
// of each side; a track alias the whole track of each side, and only when
// the artists agree, as a reading does (scorer.artistsRead): a translated
// title alone is not the artist's song.

// alignAliases pairs the unmatched names of sa and sb that one side's
// aliases name.
func (s *scorer) alignAliases(sa, sb tokRange, ph phase) {
	kind := title.AliasArtist
	if ph == phaseTrack {
		if !s.artistsRead {
			return
		}
		kind = title.AliasTrack
	}
	for _, al := range s.a.title.Aliases {
		if al.Kind != kind {
			continue
		}
		i, i2, ok := s.a.nameRun(al.Name, kind, sa, s.phA)
		j, j2, ok2 := s.b.nameRun(al.Other, kind, sb, s.phB)
		if ok && ok2 {
			s.linkAlias(i, i2, j, j2, al.Titles, ph)
		}
	}
	for _, al := range s.b.title.Aliases {
		if al.Kind != kind {
			continue
		}
		j, j2, ok := s.b.nameRun(al.Name, kind, sb, s.phB)
		i, i2, ok2 := s.a.nameRun(al.Other, kind, sa, s.phA)
		if ok && ok2 {
			s.linkAlias(i, i2, j, j2, al.Titles, ph)
		}
	}
}

// linkAlias links tokens i..i2 of a with j..j2 of b as one name.
func (s *scorer) linkAlias(i, i2, j, j2, titles int, ph phase) {
	if i2 == i {
		i2 = -1
	}
	if j2 == j {
		j2 = -1
	}
	s.link(i, i2, j, j2, 1, kindAlias, ph)
	s.pairs[len(s.pairs)-1].titles = titles
	for x := i; x <= max(i, i2); x++ {
		s.rdA[x] = true
	}
	for x := j; x <= max(j, j2); x++ {
		s.rdB[x] = true
	}
}

// nameRun finds name among p's unmatched tokens in sp: an artist (or
// featured artist) of the title, or its whole track. It returns the first
// and last token of the run.
func (p *side) nameRun(name string, kind title.AliasKind, sp tokRange, ph []phase) (int, int, bool) {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > sp.hi-sp.lo {
		return 0, 0, false
	}
	t := p.title
	if kind == title.AliasTrack {
		if p.swapped || t.Track != name || len(words) != sp.hi-sp.lo {
			return 0, 0, false
		}
	} else if p.swapped || !slices.Contains(t.Artists, name) && !slices.Contains(t.Featured, name) {
		return 0, 0, false
	}
	for lo := sp.lo; lo+len(words) <= sp.hi; lo++ {
		ok := true
		for k, w := range words {
			x := lo + k
			if ph[x] != phaseNone || p.toks[x].text != w || p.toks[x].field != p.toks[lo].field {
				ok = false
				break
			}
		}
		if ok {
			return lo, lo + len(words) - 1, true
		}
	}
	return 0, 0, false
}

// aliasNote is the explanation of an alias match.
func aliasNote(titles int) string {
	if titles == 1 {
		return "alias learned from 1 title"
	}
	return fmt.Sprintf("alias learned from %d titles", titles)
}
