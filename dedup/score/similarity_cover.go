package score

import (
	"slices"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// coverBit is the bit of the cover version.
var coverBit = versionIndex[title.VersionCover]

// coverPerformer reads a cover by its performer (RuleCoverPerformer): a
// title tagged cover whose raw title names the cover's performer right
// after "cover by" or "covered by" is that performer's recording of the
// song. Against a candidate in no cover version whose artists are that
// performer, the cover tag is no version mismatch: the candidate is the
// performer's own record of the song ("yesterday - reggae cover by adele
// harley featuring john holt" against "Yesterday" by Adele Harley feat.
// John Holt). The performer is either the title's artist, read from the
// "by" part, or a version qualifier beside the original artist ("adele -
// skyfall ( cover by eli lieb )"): then the title is compared with the
// performer as its artist, and the reading is kept only when the artists
// agree so and the score rises. A cover whose clause names the original
// artist without "by" ("(The Beatles Cover)") is no such cover: "Artist -
// Song (Name Cover)" names the performer as often as the original
// artist, and against the original artist's record the cover must stay
// another recording.
//
// It returns the tally of the reading kept; the side read so leaves the
// cover bit out of its verBits (coverRead).
func (s *scorer) coverPerformer(t tally) tally {
	for _, x := range []struct{ p, q *side }{{&s.a, &s.b}, {&s.b, &s.a}} {
		p, q := x.p, x.q
		if p.verBits&coverBit == 0 || q.verBits&coverBit != 0 || !q.hasArtist() || p.reread() || q.performer != "" {
			continue
		}
		raw := rawSequence(p.title.Raw)
		switch {
		case s.artistsAgree && !p.swapped && !q.swapped && followsCoverBy(raw, p.title.ArtistTokens):
			p.verBits &^= coverBit
			p.coverRead, t.coverPerformer = true, true
			return t
		case !s.artistsAgree:
			for _, info := range p.title.VersionInfo {
				if !followsCoverBy(raw, strings.Fields(info)) {
					continue
				}
				swA, swB := s.a.swapped, s.b.swapped
				p.performer = info
				s.a.build(false)
				s.b.build(false)
				if u := s.alignAndTally(); s.artistsAgree && u.score > t.score {
					p.verBits &^= coverBit
					p.coverRead, u.coverPerformer = true, true
					return u
				}
				p.performer = ""
				s.a.build(swA)
				s.b.build(swB)
				t = s.alignAndTally()
			}
		}
	}
	return t
}

// coverInfo is p's version qualifiers as the comparison counts them: none
// when the cover was read by its performer and no other version is left,
// since they said what kind of cover it was ("reggae") or who played it.
func (p *side) coverInfo() []string {
	if p.coverRead && p.verBits == 0 {
		return nil
	}
	return p.title.VersionInfo
}

// followsCoverBy reports whether raw, a title's words, has name right
// after a cover word and "by" ("cover by", "covered by"), an article
// before the name aside, as the whole name there: the name ends the
// title, or a break (a bracket, a dash, "&") or a word that joins names
// ("featuring", "and") follows it. "Adele - Skyfall (cover by Adele
// Harley)" names Adele Harley after "cover by", not Adele.
func followsCoverBy(raw rawWords, name []string) bool {
	if len(name) == 0 {
		return false
	}
	for i := 0; i+2 < len(raw.words); i++ {
		if v, ok := title.VersionWord(raw.words[i]); !ok || v != title.VersionCover || raw.words[i+1] != "by" {
			continue
		}
		at := i + 2
		if raw.words[at] == "the" && name[0] != "the" {
			at++
		}
		end := at + len(name)
		if end > len(raw.words) || !slices.Equal(raw.words[at:end], name) {
			continue
		}
		if end == len(raw.words) || raw.breakBefore[end] || title.NameJoiner(raw.words[end]) {
			return true
		}
	}
	return false
}

// rawWords is the words of a raw title in order, folded as the normalizer
// folds them, each with whether a break stands before it: a character
// between it and the word before that is neither a space nor an
// apostrophe (a bracket, a dash, a comma, "&").
type rawWords struct {
	words       []string
	breakBefore []bool
}

// rawSequence is the rawWords of a raw title.
func rawSequence(raw string) rawWords {
	var out rawWords
	start, broken := -1, false
	folded := title.Fold(raw)
	for i, r := range folded {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out.words = append(out.words, folded[start:i])
			out.breakBefore = append(out.breakBefore, broken)
			start, broken = -1, false
		}
		if !word && !unicode.IsSpace(r) && r != '\'' && r != '’' {
			broken = true
		}
	}
	if start >= 0 {
		out.words = append(out.words, folded[start:])
		out.breakBefore = append(out.breakBefore, broken)
	}
	return out
}

// coverSide is the side whose cover was read by its performer.
func (s *scorer) coverSide() *side {
	if s.a.coverRead {
		return &s.a
	}
	return &s.b
}

// coverMask is the cover bit when p's cover was read as its performer's
// recording, else 0.
func (p *side) coverMask() uint32 {
	if p.coverRead {
		return coverBit
	}
	return 0
}
