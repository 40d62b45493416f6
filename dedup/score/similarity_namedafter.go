package score

import (
	"fmt"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// An artist's name with a word that says the act is another performer
// named after the first is that other performer, not the first written
// another way. Such a word is one only the one side's artists have, and it
// is nowhere in the other title or its channel.

// generationalSuffix reports whether w ends a name that is another person
// of one family (generational_suffix): "Hank Williams Jr.", "Frank Sinatra Jr.", "Loudon
// Wainwright III", "Ken Griffey Sr.". A first word ("Jr. Walker", "Junior
// H") is a name of its own and does not count.
func generationalSuffix(w string) bool {
	switch w {
	case "jr", "junior", "sr", "senior", "ii", "iii", "iv":
		return true
	}
	return false
}

// tributeWord reports whether w names an act after another that covers
// its songs (tribute_act): "Queen Tribute Band", "Whitney Houston Tribute", "The
// Queen Experience", "Metallica Cover Band", "Beatles Revival".
func tributeWord(w string) bool {
	switch w {
	case "tribute", "tributo", "experience", "revival", "cover", "covers":
		return true
	}
	return false
}

// namedAfter reports whether one side's artists have a word that words
// accepts and the other side nowhere has (see foreignArtistWords);
// suffixOnly counts a word only after the first word of its name.
func (s *scorer) namedAfter(words func(string) bool, suffixOnly bool) bool {
	return s.t.state == artistCompared &&
		(s.a.namedAfterWord(s.phA, &s.b, words, suffixOnly) != "" || s.b.namedAfterWord(s.phB, &s.a, words, suffixOnly) != "")
}

// namedAfterWord is the first word words accepts among p's unmatched primary
// artist words that q's raw title and channel do not have, or "".
func (p *side) namedAfterWord(ph []phase, q *side, words func(string) bool, suffixOnly bool) string {
	found := false
	for i := range p.nArt {
		if ph[i] == phaseNone && (words(p.toks[i].canon) || words(p.toks[i].text)) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	i := 0
	for _, name := range p.artistNames() {
		for k := range wordCount(name) {
			if i >= p.nArt {
				return ""
			}
			tk := &p.toks[i]
			i++
			if ph[i-1] != phaseNone || !words(tk.canon) && !words(tk.text) || suffixOnly && k == 0 {
				continue
			}
			for _, w := range p.foreignArtistWords(ph, q) {
				if w == tk.text {
					return w
				}
			}
		}
	}
	return ""
}

// namedAfterDetail explains a hit of namedAfter.
func (s *scorer) namedAfterDetail(words func(string) bool, suffixOnly bool, what string) string {
	p, q, w := &s.a, &s.b, s.a.namedAfterWord(s.phA, &s.b, words, suffixOnly)
	if w == "" {
		p, q, w = q, p, s.b.namedAfterWord(s.phB, &s.a, words, suffixOnly)
	}
	return fmt.Sprintf("%q is %q with %q, which the other title nowhere has: %s",
		strings.Join(p.artistNames(), ", "), strings.Join(q.artistNames(), ", "), w, what)
}

// friendsWords, a name of their own after an artist's, make an ensemble
// around the artist (and_friends): "Willie Nelson & Friends", "Adele and
// Friends", "Los Tigres del Norte y Amigos".
var friendsWords = map[string]bool{"friends": true, "amigos": true, "amigas": true, "amis": true, "amici": true, "freunde": true}

// andFriends reports whether p's artists are q's, every word of q's met,
// with a name after the first that is only a word of friendsWords, which
// met nothing and which q's raw title does not have ("Adele & Friends"
// against "Adele"): an ensemble's recording, maybe another take, for a
// curator to tell (and_friends). A record's artist column names the main
// act alone, so a side whose artists the caller gave does not count.
func andFriends(p *side, pph []phase, q *side, qph []phase) bool {
	if p.title.ArtistSource == title.ArtistFromCaller || q.title.ArtistSource == title.ArtistFromCaller || !artistsAllMet(q, qph) {
		return false
	}
	i := 0
	for n, name := range p.artistNames() {
		k := wordCount(name)
		if i+k > p.nArt {
			return false
		}
		if w := p.toks[i].text; n > 0 && k == 1 && friendsWords[w] && pph[i] == phaseNone && !q.rawWords()[w] {
			return true
		}
		i += k
	}
	return false
}
