package score

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// The alignment of two titles' tokens: each side prepared once into
// weighted tokens, then paired best first. The scratch space of a
// comparison is pooled, so that a decision allocates only its explanation.

// field is the part of a title a token comes from.
type field uint8

const (
	fieldArtist field = iota
	fieldFeatured
	fieldTrack
)

func (f field) String() string {
	switch f {
	case fieldArtist:
		return "artist"
	case fieldFeatured:
		return "featured"
	default:
		return "track"
	}
}

type token struct {
	text  string
	canon string
	w     float64 // weight from the Weigher
	eff   float64 // weight in its field: featured tokens count less
	mask  uint32
	runes int
	field field
	num   bool
	light bool // see isLight
	band  bool // a band credit beside a performer's name, see markBand
	// src is what a reading comparison reads: the token's Latin reading
	// without spaces when it has one (see title.Title.Readings), else its
	// text (a reading spells, so "u" is u, not "you"); read is src
	// through reading.Loose. Both are filled
	// only when a side of the comparison has readings (prepareReadings).
	src, read string
	reading   bool // the token is in another script and has a reading
	abjad     bool // the token is in Arabic: compare by reading.Skeleton
	hangul    bool // the token is in Hangul: compare by reading.Popular too
	kanji     bool // the token has kanji: compare by reading.JapaneseSpells too
	han       bool // the token is Han characters only: compare by hanSyllables too
	// jp is the token read by reading.NewJapaneseName, on its first
	// comparison (jpDone).
	jp       *reading.JapaneseName
	jpDone   bool
	katakana bool // the token is in katakana: compare by reading.LoanSpells too
	jpRead   bool // the token reads as Japanese (kana, or kanji in a title with kana): compare by reading.Romaji too
	// slavic is the token prepared for reading.CyrillicSlavic when it is
	// in Cyrillic.
	slavic reading.SlavicWord
	// greek is the reading through reading.Greeklish when the token is in
	// Greek; alts are its other readings (reading.Alternates) through
	// reading.Loose, or reading.Popular for Hangul.
	greek string
	alts  []string
	// fans are, for a Devanagari token, its reading and alts through
	// reading.HindiVowels (nasalE: reading.NasalE of the token): the
	// spellings fans write beyond the reading, see hindiVowelsMeet.
	fans   []string
	nasalE bool
	// looseFold, greekFold, hindiFold and slavicFold locate the text
	// through reading.AppendRomanization, reading.AppendGreeklish,
	// reading.AppendHinglish and reading.AppendSlavic in the side's
	// foldBuf, for comparing two Latin romanizations (side.loose,
	// side.greeklish, side.hinglish, side.slavic).
	looseFold, greekFold, hindiFold, slavicFold foldSpan
}

// side is a subject prepared for scoring: tokens in field order (artist,
// featured, track) with their weights.
type side struct {
	title      *title.Title
	dur        int // seconds, 0 when unknown
	toks       []token
	w          Weigher
	nArt, nFt  int
	channelArt bool
	variants   bool            // some token's canonical form differs from its text
	swapped    bool            // artist and track read the other way round
	performer  string          // the cover's performer read as the artist, see coverPerformer
	coverRead  bool            // the cover was read as its performer's recording, its bit left out of verBits, see coverPerformer
	coverKind  uint32          // the versions of the cover's own clause left out with it ("acoustic"), see coverSignedLast
	filmHead   bool            // the title's artist read as its track and its track as the film, see filmHead
	bandDrop   bool            // the other side names no band credit of its own that went unmatched, see markBand
	raw        map[string]bool // words of the raw title, see rawWords
	verBits    uint32          // the title's versions in this comparison: titleVer, and artVer unless a title is read turned round
	titleVer   uint32          // versionBits of the title's versions
	artVer     uint32          // artistVersionBits of the title
	rawVer     uint32          // see rawVersionBits
	rawVerDone bool
	reads      bool            // some token has a Latin reading
	scripts    bool            // the raw title has words in another script
	readsDone  bool            // the tokens' src and read are filled
	rawReads   map[string]bool // see rawReadings
	foldBuf    []byte          // the tokens' folded spellings, see folded
	pipe       pipeReading     // the title read with its bar as a dash, see pipeSplit
}

func (p *side) prepare(t *title.Title, dur int, w Weigher) {
	p.title, p.dur, p.w, p.raw, p.rawReads, p.performer, p.filmHead = t, dur, w, nil, nil, "", false
	p.pipe.orig = nil
	p.scripts = len(t.Readings) > 0 || reading.Needed(t.Raw)
	p.titleVer, p.artVer = versionBits(t.Versions), artistVersionBits(t)
	p.verBits = p.titleVer | p.artVer
	p.build(false)
}

// build lays out the tokens; swapped reads the title's artist as its track
// and its track as its artist, for a title split the wrong way round
// ("Numb - Linkin Park").
func (p *side) build(swapped bool) {
	t := p.title
	if n := len(t.ArtistTokens) + len(t.FeaturedTokens) + len(t.TrackTokens); cap(p.toks) < n {
		p.toks = make([]token, 0, max(n, 16))
	}
	p.toks = p.toks[:0]
	p.variants, p.swapped, p.readsDone, p.rawVerDone, p.foldBuf = false, swapped, false, false, p.foldBuf[:0]
	p.reads = len(t.Readings) > 0
	art, trk, ft := t.ArtistTokens, t.TrackTokens, t.FeaturedTokens
	if swapped {
		art, trk = trk, art
	}
	if p.performer != "" {
		// The cover's performer is the artist; the title's artists and
		// features are the original's.
		art, ft = strings.Fields(p.performer), nil
	}
	if p.filmHead {
		// "Track - Film": the film is no word of the track.
		art, trk, ft = nil, t.ArtistTokens, nil
	}
	p.add(art, fieldArtist, p.w)
	p.nArt = len(p.toks)
	p.markBand(p.artistNames())
	p.add(ft, fieldFeatured, p.w)
	p.nFt = len(p.toks) - p.nArt
	p.add(trk, fieldTrack, p.w)
	p.channelArt = !swapped && p.performer == "" && t.ArtistSource == title.ArtistFromChannel
}

// artistNames are the names p compares as its artists: the title's, its
// track when swapped, or the cover's performer (see coverPerformer).
func (p *side) artistNames() []string {
	switch {
	case p.performer != "":
		return []string{p.performer}
	case p.swapped:
		return []string{p.title.Track}
	case p.filmHead:
		return nil
	}
	return p.title.Artists
}

// reread reports whether p compares other words than its title's artists
// as its artists: swapped, read with its cover's performer, or read as
// "Track - Film" (see filmHead).
func (p *side) reread() bool { return p.swapped || p.performer != "" || p.filmHead }

// splitGuessed reports whether the artist/track split came from reading the
// title, and so may be the wrong way round.
func (p *side) splitGuessed() bool { return p.title.ArtistSource == title.ArtistFromTitle }

func (p *side) add(toks []string, f field, w Weigher) {
	for _, text := range toks {
		if text == "" {
			continue
		}
		c := canonToken(text)
		wt := w.Weight(text)
		if c != text {
			// A variant weighs what its canonical spelling weighs, so
			// "u" and "you" bring the same mass to either side.
			wt = w.Weight(c)
		}
		wt = clamp(wt, MinWeight, 1)
		eff := wt
		if f == fieldFeatured {
			eff *= featuredFactor
		}
		if c != text {
			p.variants = true
		}
		p.toks = append(p.toks, token{text: text, canon: c, w: wt, eff: eff, mask: letterMask(c), runes: utf8.RuneCountInString(c), field: f, num: isNumeric(c), light: isLight(c)})
	}
}

func (p *side) hasArtist() bool   { return p.nArt > 0 }
func (p *side) hasFeatured() bool { return p.nFt > 0 }

// phase is the alignment step that matched a token.
type phase uint8

const (
	phaseNone   phase = iota
	phaseArtist       // artist/featured against artist/featured
	phaseTrack        // track against track
	phaseCross        // a track word against the other side's artist: a leaked credit
	phaseGloss        // a translation in brackets beside a title matched by reading: no match, not counted
)

// matchKind says why two tokens were paired.
type matchKind uint8

const (
	kindExact matchKind = iota
	kindVariant
	kindCompound
	kindTypo
	kindReading
	kindAlias
	kindRomanization
	kindInitials
	kindFamilyName
	kindSpacing
	kindShortLoan
	kindLetterNames
	kindNameReading
)

func (k matchKind) String() string {
	switch k {
	case kindExact:
		return "exact"
	case kindVariant:
		return "variant"
	case kindCompound:
		return "compound"
	case kindReading:
		return "reading"
	case kindAlias:
		return "alias"
	case kindRomanization:
		return "romanization"
	case kindInitials:
		return "initials"
	case kindFamilyName:
		return "family_name"
	case kindSpacing:
		return "hangul_spacing"
	case kindShortLoan:
		return "short_loan_name"
	case kindLetterNames:
		return "hangul_letter_names"
	case kindNameReading:
		return "japanese_name_reading"
	default:
		return "typo"
	}
}

// pairRec is one alignment: token i of a with token j of b; for a match of
// several tokens on one side also i2 or j2, the last of them (the second
// half of a split word, the words of a Han reading), else -1.
type pairRec struct {
	i, i2, j, j2 int
	sim          float64
	kind         matchKind
	phase        phase
	titles       int // for kindAlias, the titles the alias was learned from
}

type typoCand struct {
	i, j int
	sim  float64
	mass float64
}

// scorer holds the scratch space of one comparison; Decide reuses one across
// candidates so a decision allocates little.
type scorer struct {
	a, b       side
	phA, phB   []phase
	simA, simB []float64
	// rdA and rdB mark the tokens matched by their reading, exactly or by
	// skeleton: a match that lets artists agree.
	rdA, rdB  []bool
	rcands    []readCand
	pairs     []pairRec
	cands     []typoCand
	t         tally    // the tally of the comparison, which the rules read
	d         deciding // the decision Decide is taking
	lastRules ruleSet  // the rules the last compare fired
	// artistsAgree: both sides name the same primary artists (see
	// primaryArtistsMatched), so a slip in a track word is a typo.
	artistsAgree bool
	// artistsRead: both sides name primary artists and every word of them
	// found a counterpart, by reading or typo too (see
	// primaryArtistsAligned), so a track word may match by its reading.
	artistsRead bool
	// readIn: one side's artists, in another script, are read in the
	// raw title of the other, which names none (see readInTitle).
	readIn bool
	// artistsCovered: artistsAgree, or every word of one side's primary
	// artists found its counterpart (see primaryArtistsCovered).
	artistsCovered bool
	// arabic: the titles are Arabic romanized by two fans (see
	// arabicRomanized), so words meet by their consonants.
	arabic bool
	// channelGroup: a bracket group left out as an aside names the
	// uploading channel, not the artists' (see bracketAside).
	channelGroup bool
	// versionCheckFloor is the score above which the raw titles are
	// checked for version words the normalizer did not read
	// (RuleUnparsedVersion). Decide checks only what could merge; Compare
	// checks from unparsedVersionFloor, to explain near misses too.
	versionCheckFloor float64
}

// scorers recycles the scratch space of comparisons: a decision then
// allocates only its explanation.
var scorers = sync.Pool{New: func() any { return new(scorer) }}

func getScorer(versionCheckFloor float64) *scorer {
	s := scorers.Get().(*scorer)
	s.versionCheckFloor = versionCheckFloor
	return s
}

// putScorer drops the scorer's references to the caller's titles, which
// the pool must not keep alive, and returns it to the pool.
func putScorer(s *scorer) {
	for _, p := range []*side{&s.a, &s.b} {
		p.title, p.w, p.raw, p.rawReads = nil, nil, nil, nil
		clear(p.toks[:cap(p.toks)])
		p.toks = p.toks[:0]
	}
	s.d = deciding{eligible: s.d.eligible[:0]}
	scorers.Put(s)
}

// unparsedVersionFloor is Compare's versionCheckFloor: below it a pair is
// distinct anyway at any sensible threshold.
const unparsedVersionFloor = 0.5

func (s *scorer) reset() {
	if s.pairs == nil {
		s.pairs = make([]pairRec, 0, 16)
		s.cands = make([]typoCand, 0, 16)
	}
	s.phA = resize(s.phA, len(s.a.toks))
	s.phB = resize(s.phB, len(s.b.toks))
	s.simA = resize(s.simA, len(s.a.toks))
	s.simB = resize(s.simB, len(s.b.toks))
	s.rdA = resize(s.rdA, len(s.a.toks))
	s.rdB = resize(s.rdB, len(s.b.toks))
	s.pairs = s.pairs[:0]
}

func resize[T any](x []T, n int) []T {
	if cap(x) < n {
		return make([]T, n)
	}
	x = x[:n]
	clear(x)
	return x
}

func (s *scorer) link(i, i2, j, j2 int, sim float64, k matchKind, ph phase) {
	for x := i; x <= max(i, i2); x++ {
		s.phA[x], s.simA[x] = ph, sim
	}
	for x := j; x <= max(j, j2); x++ {
		s.phB[x], s.simB[x] = ph, sim
	}
	s.pairs = append(s.pairs, pairRec{i: i, i2: i2, j: j, j2: j2, sim: sim, kind: k, phase: ph})
}

// tokRange is a range [lo, hi) of token indices: one part of a title, since
// tokens are stored artist, featured, track.
type tokRange struct{ lo, hi int }

func (p *side) credits() tokRange { return tokRange{0, p.nArt + p.nFt} }
func (p *side) track() tokRange   { return tokRange{p.nArt + p.nFt, len(p.toks)} }

// align pairs the unmatched tokens of a in sa with the unmatched tokens of b
// in sb, best pairs first: identical tokens, then variants, then a word
// split in two on one side, then typos by decreasing similarity. Each token
// is used once.
func (s *scorer) align(sa, sb tokRange, ph phase) {
	A, B := s.a.toks, s.b.toks
	for i := sa.lo; i < sa.hi; i++ {
		for j := sb.lo; j < sb.hi && s.phA[i] == phaseNone; j++ {
			if s.phB[j] == phaseNone && A[i].text == B[j].text {
				s.link(i, -1, j, -1, 1, kindExact, ph)
			}
		}
	}
	for i := sa.lo; i < sa.hi && (s.a.variants || s.b.variants); i++ {
		for j := sb.lo; j < sb.hi && s.phA[i] == phaseNone; j++ {
			if s.phB[j] == phaseNone && A[i].canon == B[j].canon {
				s.link(i, -1, j, -1, variantSim, kindVariant, ph)
			}
		}
	}
	// "everytime" against "every time", "acdc" against "ac dc",
	// "nandemonaiya" against "nan demo nai ya" (in a track: a name of
	// three words or more written in one, "falloutboy", is a slip of
	// the artist's own, artist_slip).
	maxParts := 2
	if ph == phaseTrack {
		maxParts = maxCompound
	}
	for i := sa.lo; i < sa.hi; i++ {
		if s.phA[i] != phaseNone {
			continue
		}
		if j, end := compoundIn(A[i].canon, B, sb, s.phB, maxParts); j >= 0 {
			s.link(i, -1, j, end, 1, kindCompound, ph)
		}
	}
	for j := sb.lo; j < sb.hi; j++ {
		if s.phB[j] != phaseNone {
			continue
		}
		if i, end := compoundIn(B[j].canon, A, sa, s.phA, maxParts); i >= 0 {
			s.link(i, end, j, -1, 1, kindCompound, ph)
		}
	}
	if ph != phaseCross && (len(s.a.title.Aliases) > 0 || len(s.b.title.Aliases) > 0 || len(s.a.title.ScriptPairs) > 0 || len(s.b.title.ScriptPairs) > 0) {
		s.alignAliases(sa, sb, ph)
	}
	if (s.a.reads || s.b.reads) && (ph == phaseArtist || ph == phaseCross || s.artistsRead) {
		s.alignReadings(sa, sb, ph)
	}
	if ph == phaseArtist {
		s.alignInitials()
	}
	if ph != phaseTrack || s.artistsCovered {
		s.alignRomanizations(sa, sb, ph)
	}
	s.cands = s.cands[:0]
	for i := sa.lo; i < sa.hi; i++ {
		if s.phA[i] != phaseNone || A[i].num {
			continue
		}
		for j := sb.lo; j < sb.hi; j++ {
			if s.phB[j] != phaseNone || B[j].num {
				continue
			}
			sim := typoSim(&A[i], &B[j])
			if ph == phaseTrack && s.artistsAgree && sim < slipSim && slip(A[i].canon, B[j].canon) {
				sim = slipSim
			}
			if sim > 0 && s.otherCyrillicEnding(i, j) {
				sim = 0
			}
			if sim > 0 {
				s.cands = append(s.cands, typoCand{i: i, j: j, sim: sim, mass: A[i].eff + B[j].eff})
			}
		}
	}
	if len(s.cands) == 0 {
		return
	}
	// Ties are broken on the tokens themselves, not on their positions,
	// so that swapping the two subjects cannot change the outcome.
	slices.SortFunc(s.cands, func(x, y typoCand) int {
		if c := cmp.Compare(y.sim, x.sim); c != 0 {
			return c
		}
		if c := cmp.Compare(y.mass, x.mass); c != 0 {
			return c
		}
		return strings.Compare(pairKey(A[x.i].canon, B[x.j].canon), pairKey(A[y.i].canon, B[y.j].canon))
	})
	for _, c := range s.cands {
		if s.phA[c.i] == phaseNone && s.phB[c.j] == phaseNone {
			s.link(c.i, -1, c.j, -1, c.sim, kindTypo, ph)
		}
	}
}

func pairKey(x, y string) string {
	if x > y {
		x, y = y, x
	}
	return x + "\x00" + y
}

// maxCompound is the most words a compound may join, and minLongCompound
// the fewest letters a compound of more than two words needs: a word
// romanized from Japanese is written in as many parts as it has particles
// and fans hear ("Nandemonaiya" / "Nan demo nai ya", "Zenzenzense" / "Zen
// Zen Zense"), and a short word that spells three short ones is more
// often a coincidence (romanized_compound). The parts of such a join are
// Japanese syllables each: English words that spell one word in three
// ("Together" / "To Get Her") name another title.
const (
	maxCompound     = 6
	minLongCompound = 8
)

// compoundIn returns j and end such that tokens j..end of toks, two or
// more (up to maxParts), all in sp, of one field and unmatched, spell
// word when joined; -1, -1 if none do. The fewest tokens win.
func compoundIn(word string, toks []token, sp tokRange, ph []phase, maxParts int) (int, int) {
	for n := 2; n <= maxParts; n++ {
		if n > 2 && len(word) < minLongCompound {
			break
		}
		for j := sp.lo; j+n-1 < sp.hi; j++ {
			if joins(word, toks[j:j+n], ph[j:j+n]) && (n == 2 || romajiParts(toks[j:j+n])) {
				return j, j + n - 1
			}
		}
	}
	return -1, -1
}

// romajiParts reports whether every token of toks is written in Japanese
// syllables (romanized_compound).
func romajiParts(toks []token) bool {
	words := make([]string, len(toks))
	for k := range toks {
		words[k] = toks[k].canon
	}
	return reading.RomajiSyllables(words)
}

// joins reports whether toks, unmatched (ph) and of one field, spell word
// when joined.
func joins(word string, toks []token, ph []phase) bool {
	rest := word
	for k := range toks {
		x := toks[k].canon
		if ph[k] != phaseNone || toks[k].field != toks[0].field || x == "" || !strings.HasPrefix(rest, x) {
			return false
		}
		rest = rest[len(x):]
	}
	return rest == ""
}
