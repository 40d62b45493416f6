package score

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
		if q.verBits&coverBit != 0 || !q.hasArtist() || q.performer != "" || p.performer != "" || p.filmHead {
			continue
		}
		if u, ok := s.coverSignedLast(p, q, t); ok {
			return u
		}
		if p.verBits&coverBit == 0 || p.swapped {
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

// coverSignedLast reads a cover signed by its performer after the cover
// tag (RuleCoverPerformer): a title whose last dash part is a name and
// whose words before that dash end with the cover word and name the
// original act in a part of their own ("Skyfall - Adele (Cover) - Roomie
// + Jonas Frisk", "A Thousand Years - Christina Perri (Official Music
// Video) Acoustic Cover - Gardiner Sisters", see namesOriginal) names that
// performer, as an uploader signs a title; the act before the tag is the
// original's. Against q, in no version, whose artists are that performer,
// the cover tag is no version mismatch: q is the performer's own record
// of the song. The title is compared with the performer as its artist,
// each title read either way round, and the reading is kept only when the artists
// agree so and the score does not fall; a title whose artist the parser read as
// that name already is kept as read when the artists agree. An
// "acoustic" in the cover's own clause says what kind of cover it was,
// so q's record of it is that acoustic take; any other version word
// (live) there still counts.
func (s *scorer) coverSignedLast(p, q *side, t tally) (tally, bool) {
	if q.verBits != 0 {
		return t, false
	}
	name, kind, ok := signedAfterCover(p.title.Raw)
	if !ok {
		return t, false
	}
	if s.artistsAgree && !p.swapped && !q.swapped && slices.Equal(name, p.title.ArtistTokens) {
		p.verBits &^= coverBit | kind
		p.coverRead, p.coverKind, t.coverPerformer = true, kind, true
		return t, true
	}
	swA, swB := s.a.swapped, s.b.swapped
	p.performer = strings.Join(name, " ")
	best, found := t, false
	var bestP, bestQ bool
	for _, sw := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
		if sw[1] && !q.splitGuessed() {
			continue
		}
		p.build(sw[0])
		q.build(sw[1])
		if u := s.alignAndTally(); s.artistsAgree && u.score > 0 && u.score >= best.score && !(found && u.score == best.score) {
			best, bestP, bestQ, found = u, sw[0], sw[1], true
		}
	}
	if found {
		p.build(bestP)
		q.build(bestQ)
		best = s.alignAndTally()
		p.verBits &^= coverBit | kind
		p.coverRead, p.coverKind, best.coverPerformer = true, kind, true
		return best, true
	}
	p.performer = ""
	s.a.build(swA)
	s.b.build(swB)
	return s.alignAndTally(), false
}

// signedAfterCover reads raw, a title, as a cover signed by its
// performer: the name after its last dash (" - ", " – ", " — "), when the
// words before that dash end with the cover word, a closing bracket
// aside. It returns the name's words, the words that join names ("and",
// "feat") left out, and the acoustic bit when "acoustic" stands in the
// cover's clause (the words from the break before the cover word). A
// name of more than four words, or one holding a version word or "by",
// is no signature.
func signedAfterCover(raw string) (name []string, kind uint32, ok bool) {
	cut := -1
	for _, dash := range titleDashes {
		if i := strings.LastIndex(raw, dash); i > cut {
			cut = i
		}
	}
	if cut < 0 || !endsWithCover(raw[:cut]) {
		return nil, 0, false
	}
	head := rawSequence(raw[:cut])
	n := len(head.words)
	if n < 2 {
		return nil, 0, false
	}
	if v, ok := title.VersionWord(head.words[n-1]); !ok || v != title.VersionCover {
		return nil, 0, false
	}
	for i := n - 2; i >= 0; i-- {
		if head.words[i] == string(title.VersionAcoustic) {
			kind = versionIndex[title.VersionAcoustic]
		}
		if head.breakBefore[i] {
			break
		}
	}
	tail := rawSequence(raw[cut:])
	for _, w := range tail.words {
		if _, version := title.VersionWord(w); version || w == "by" {
			return nil, 0, false
		}
		if !title.NameJoiner(w) {
			name = append(name, w)
		}
	}
	if len(name) == 0 || len(name) > 4 || !namesOriginal(raw[:cut], name) {
		return nil, 0, false
	}
	return name, kind, true
}

// namesOriginal reports whether head, the words before a signature, names
// the original act apart from the track and the cover tag (category
// cover_original_named): a dash part between the first part and the last
// (the cover's clause), outside brackets, that holds no version word and
// a word that is no filler, number nor word of the signed name ("skyfall
// - adele ( cover ) - roomie", "a thousand years - christina perri (
// official music video ) acoustic cover - gardiner sisters"), and the
// signed name is not all words of head. "Someone Like You (Acoustic
// Cover) - Adele", "In The End (Cover) - Linkin Park" and "Let Her Go |
// Passenger | Acoustic Cover - Passenger" sign the original act as often
// as the performer, and a bracket or a bar part holds notes as often as
// an act ("Hello (From 25) (Cover) - Adele", "Hello | Lyrics Letra |
// Acoustic Cover - Adele"): the name after the dash may be whose song it
// is.
func namesOriginal(head string, name []string) bool {
	words := rawSequence(head).words
	if !slices.ContainsFunc(name, func(w string) bool { return !slices.Contains(words, w) }) {
		return false
	}
	parts := headParts(head)
	for i := 1; i < len(parts)-1; i++ {
		if parts[i].dash && actPart(parts[i].words, name) {
			return true
		}
	}
	return false
}

// titleDashes are the dashes that part a title: " - ", " – ", " — ".
var titleDashes = []string{" - ", " – ", " — "}

// headPart is a part of a title's head: its words, and whether it stands
// outside brackets after a dash (or at the start).
type headPart struct {
	words []string
	dash  bool
}

// headParts splits head at its dashes (" - ", " – ", " — "), bars and
// brackets.
func headParts(head string) []headPart {
	var parts []headPart
	start, dash, depth := 0, true, 0
	flush := func(end, next int, nextDash bool) {
		if w := rawSequence(head[start:end]).words; len(w) > 0 {
			parts = append(parts, headPart{w, dash})
		}
		start, dash = next, nextDash
	}
	for i := 0; i < len(head); {
		if k := slices.IndexFunc(titleDashes, func(d string) bool { return strings.HasPrefix(head[i:], d) }); depth == 0 && k >= 0 {
			flush(i, i+len(titleDashes[k]), true)
			i += len(titleDashes[k])
			continue
		}
		r, size := utf8.DecodeRuneInString(head[i:])
		switch {
		case r == '|':
			flush(i, i+size, false)
		case r == '(' || r == '[' || r == '【':
			flush(i, i+size, false)
			depth++
		case r == ')' || r == ']' || r == '】':
			flush(i, i+size, false)
			depth = max(depth-1, 0)
		}
		i += size
	}
	flush(len(head), len(head), false)
	return parts
}

// actPart reports whether a part of a title's head may name an act: no
// version word ("spanish version", "live") and some word that is no
// version filler ("official music video"), number or word of name.
func actPart(part, name []string) bool {
	act := false
	for _, w := range part {
		if _, version := title.VersionWord(w); version || title.VersionNoun(w) {
			return false
		}
		if !title.VersionFiller(w) && !slices.Contains(name, w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			act = true
		}
	}
	return act
}

// endsWithCover reports whether the last word of s is the cover word.
func endsWithCover(s string) bool {
	end := strings.LastIndexFunc(s, isWordRune)
	if end < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(s[end:])
	end += size
	start := strings.LastIndexFunc(s[:end], func(r rune) bool { return !isWordRune(r) }) + 1
	v, ok := title.VersionWord(title.Fold(s[start:end]))
	return ok && v == title.VersionCover
}

// isWordRune reports whether r is a letter or a digit, a rune of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

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
// Harley)" names Adele Harley after "cover by", not Adele. A cover word
// after a release or "AI" ("album cover by X", see title.CoverNotSung)
// names no performer.
func followsCoverBy(raw rawWords, name []string) bool {
	if len(name) == 0 {
		return false
	}
	for i := 0; i+2 < len(raw.words); i++ {
		if v, ok := title.VersionWord(raw.words[i]); !ok || v != title.VersionCover || raw.words[i+1] != "by" {
			continue
		}
		if i > 0 && title.CoverNotSung(raw.words[i-1]) {
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
		return coverBit | p.coverKind
	}
	return 0
}
