package score

import "github.com/songdedup/songdedup/dedup/title"

// takeVersions are the versions whose qualifier names a take of its own:
// a cover's performer, a live show or venue.
var takeVersions = versionIndex[title.VersionCover] | versionIndex[title.VersionLive]

// otherTake reports whether the pair's versions agree, a cover or a live
// take, but one title alone qualifies them (a cover's performer, a show, a
// venue), no word of that
// qualifier is in the other title, and the other title has words of its
// own that met nothing on the first side in its place: "Skyfall - Adele
// (Cover) - Roomie + Jonas Frisk" against "Adele - Skyfall (Cover by Eli
// Lieb)", "(G)I-DLE, DUMDi DUMDi [THE SHOW 200811]" against a Dingo live
// take. Each title names a take of its own, so the two are two covers or
// two performances: another recording, and nothing for a curator
// (other_take). A title with no words of its own ("Hello (Remix)" against
// "Hello (Skrillex Remix)") may just leave its qualifier unsaid, and stays
// with the curator, and so does a remix, whose remixer a label or a
// channel's name may stand beside unsaid.
func (s *scorer) otherTake() bool {
	if s.t.info != infoUnknown || s.a.verBits&takeVersions == 0 {
		return false
	}
	ia, ib := s.a.coverInfo(), s.b.coverInfo()
	switch {
	case len(ia) > 0 && len(ib) == 0:
		return takeOfItsOwn(&s.b, s.phB, ia)
	case len(ib) > 0 && len(ia) == 0:
		return takeOfItsOwn(&s.a, s.phA, ib)
	}
	return false
}

// takeOfItsOwn reports whether p's title names no word of the other's
// qualifiers info, and has a word that met nothing on the other side and
// is no article, number or version word (an aside left out of the
// comparison counts): a name or a place of p's own where the other names
// its take.
func takeOfItsOwn(p *side, ph []phase, info []string) bool {
	words := infoWords(info)
	if len(words) == 0 {
		return false
	}
	raw := p.rawWords()
	for _, w := range words {
		if raw[w] {
			return false
		}
	}
	for i := range p.toks {
		tk := &p.toks[i]
		if ph[i] != phaseNone && ph[i] != phaseGloss || tk.light || tk.num {
			continue
		}
		if _, ok := title.VersionWord(tk.text); ok {
			continue
		}
		return true
	}
	return false
}
