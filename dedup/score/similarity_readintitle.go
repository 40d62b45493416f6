package score

import (
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// maxReadRun is the most raw words in a row that one artist word in
// another script may be read as: a name written as one word in its script
// and in two or three in Latin letters.
const maxReadRun = 3

// readInTitle reports whether p names primary artists in another script and
// q, which names none (or only its channel's), writes every word of them in
// its raw title by the word's reading, outside its track
// (artist_read_in_title): the label's "Track | Film | Cast | Singer |
// Composer", which the normalizer leaves without an artist, names the
// singer of "चन्ना मेरेया - अरिजीत सिंह | ऐ दिल है मुश्किल" as "Arijit
// Singh". The artist is then confirmed in q's title as a written one would
// be (rawConfirm), and the tracks may match by their readings. A word may
// be spelled with a typo of a long reading (minTypoRead) when another is
// read exactly; and q reads p's film too (tailReadIn).
func (p *side) readInTitle(q *side) bool {
	if !p.hasArtist() || p.channelArt || p.performer != "" || p.filmHead || !p.reads || q.hasArtist() && !q.channelArt {
		return false
	}
	p.prepareReadings()
	runs := q.rawReadRuns()
	exact := false
	for i := range p.nArt {
		tk := &p.toks[i]
		if !tk.reading {
			if !slices.Contains(runs.words, tk.text) {
				return false
			}
			continue
		}
		switch runs.spell(tk) {
		case readExact:
			exact = true
		case readTypo:
			if len(tk.read) < minTypoRead {
				return false
			}
		default:
			return false
		}
	}
	return exact && p.tailReadIn(q) && p.listedAlone(q)
}

// listedAlone reports whether every name of q's "|" segments that spell a
// word of p's artists holds one (artist_read_in_title): a list that names
// the singer beside another ("Kabhi Kabhi Mere Dil Mein | Kabhi Kabhie |
// Lata Mangeshkar, Mukesh") is the duet, not the solo of "कभी कभी मेरे
// दिल में - मुकेश". Names are the parts of a segment between commas and
// "&" or "and".
func (p *side) listedAlone(q *side) bool {
	for _, seg := range strings.Split(title.Fold(q.title.Raw), "|") {
		names := strings.FieldsFunc(strings.ReplaceAll(seg, " and ", ","), func(r rune) bool { return r == ',' || r == '&' })
		named, other := false, false
		for _, name := range names {
			if p.spellsArtistWord(name, q) {
				named = true
			} else if n := wordsOf(name); len(n) > 0 && !title.IsNoise(n) {
				other = true
			}
		}
		if named && other {
			return false
		}
	}
	return true
}

// spellsArtistWord reports whether a name, part of q's raw title, spells a
// word of p's artists outside q's track, as readInTitle reads them.
func (p *side) spellsArtistWord(name string, q *side) bool {
	var runs readRuns
	for _, w := range strings.FieldsFunc(name, notWordRune) {
		if !isASCII(w) || slices.Contains(q.title.TrackTokens, w) {
			w = ""
		}
		runs.words = append(runs.words, w)
	}
	for i := range p.nArt {
		tk := &p.toks[i]
		if tk.reading && runs.spell(tk) != readNone || !tk.reading && slices.Contains(runs.words, tk.text) {
			return true
		}
	}
	return false
}

// tailReadIn reports whether p names something after a "|" (its film, most
// often) and q's raw title reads a word of it and every number of it
// (artist_read_in_title): the label's list names the film of "तुम ही हो -
// अरिजीत सिंह | आशिकी 2" as "Aashiqui 2", but a list of the singer's song
// of one title in another film ("Tum Hi Ho | Tum Hi Ho Movie 2024 |
// Arijit Singh"), a recreation or a studio session ("Kabira | Coke Studio
// | Tochi Raina") names none of it, and a list of the sequel's song
// names another number ("| Aashiqui 3"). A title with no "|" gives the
// list nothing to agree with but the artist, whom a cover's or a film's
// list names as the original's ("Kukushka | Batalion | Polina Gagarina |
// Kino" against "Кино - Кукушка").
func (p *side) tailReadIn(q *side) bool {
	raw := title.Fold(p.title.Raw)
	cut := strings.Index(raw, "|")
	if cut < 0 {
		return false
	}
	h := reading.Detect(raw)
	var runs readRuns
	for _, w := range strings.FieldsFunc(title.Fold(q.title.Raw), notWordRune) {
		if !isASCII(w) {
			w = ""
		}
		runs.words = append(runs.words, w)
	}
	credited := func(w string) bool {
		return slices.ContainsFunc(p.toks[:p.nArt+p.nFt], func(tk token) bool { return tk.text == w })
	}
	read := false
	for _, w := range strings.FieldsFunc(raw[cut:], notWordRune) {
		if credited(w) {
			// The artists, read already: "| Кино" names no film.
			continue
		}
		if allDigits(w) {
			if !slices.Contains(runs.words, w) {
				// "| आशिकी 2" against "| Aashiqui 3": a sequel's song.
				return false
			}
			continue
		}
		r, ok := reading.Of(w, h)
		if !ok {
			if !isLight(canonToken(w)) && !title.IsNoise([]string{w}) {
				read = read || slices.Contains(runs.words, w)
			}
			continue
		}
		tk := token{text: w, src: strings.ReplaceAll(r, " ", ""), reading: true}
		tk.read = reading.Loose(tk.src)
		tk.prepareFans()
		read = read || runs.spell(&tk) != readNone || runs.consonants(tk.read)
	}
	return read
}

// minTailSkeleton is the fewest consonants by which tailReadIn reads a
// word of a tail in another script in a raw word (reading.Skeleton):
// आशिकी ashiki, Aashiqui.
const minTailSkeleton = 3

// consonants reports whether a raw word has the consonants of read, a
// loose reading, at least minTailSkeleton of them.
func (r readRuns) consonants(read string) bool {
	sk := reading.Skeleton(read)
	if len(sk) < minTailSkeleton {
		return false
	}
	return slices.ContainsFunc(r.words, func(w string) bool { return w != "" && reading.Skeleton(reading.Loose(w)) == sk })
}

// readRuns are the raw words of a title outside its track ("" for a word
// of its track or in another script), for readInTitle.
type readRuns struct{ words []string }

// rawReadRuns lists q's raw words for readInTitle.
func (q *side) rawReadRuns() readRuns {
	var r readRuns
	for _, w := range wordsOf(title.Fold(q.title.Raw)) {
		if !isASCII(w) || slices.Contains(q.title.TrackTokens, w) {
			w = ""
		}
		r.words = append(r.words, w)
	}
	return r
}

// How a run of raw words spells a token with a reading (readRuns.spell).
const (
	readNone  = iota
	readTypo  // by a typo of the reading, see minTypoRead
	readExact // by the reading itself, or a spelling fans write for it
)

// minTypoRead is the fewest letters of a reading that a run of raw words
// may spell with a typo (भारद्वाज bharadvaj, Bhardwaj), beside another word
// of the artists read exactly.
const minTypoRead = 6

// spell returns how a run of up to maxReadRun raw words spells tk, a token
// with a reading, as the alignment reads a word by its reading
// (readingMatch): readExact, readTypo or readNone.
func (r readRuns) spell(tk *token) int {
	best := readNone
	for lo := range r.words {
		joined := ""
		for hi := lo; hi < min(lo+maxReadRun, len(r.words)) && r.words[hi] != ""; hi++ {
			joined += r.words[hi]
			other := token{text: joined, src: joined, read: reading.Loose(joined), field: tk.field}
			switch sim, exact := readingMatch(tk, joined, other.read, hi == lo, false, &other, false); {
			case exact:
				return readExact
			case sim > 0:
				best = readTypo
			}
		}
	}
	return best
}

// artistReadInTitle reports whether one side's artists are read in the
// other's title (readInTitle).
func (s *scorer) artistReadInTitle() bool {
	return s.a.readInTitle(&s.b) || s.b.readInTitle(&s.a)
}
