package dedup

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Subject is a title to compare: a submission, or one side of a pair.
type Subject struct {
	Title Title
	// DurationSeconds is the length of the recording, 0 when unknown.
	DurationSeconds int
}

// Comparison is how alike two subjects are.
type Comparison struct {
	// Score is the similarity in [0,1], symmetric in its two subjects.
	Score float64
	// SameVersion reports that the version sets and their qualifiers
	// (remixer, venue, cover artist) agree.
	SameVersion bool
	// MergeBlocked reports that a rule forbids merging the pair without a
	// curator, whatever the score: a version or qualifier mismatch, a
	// number only one side has, durations too far apart, or too little
	// evidence. Explanation.Rules says which.
	MergeBlocked bool
	// Explanation is the evidence behind Score, as data.
	Explanation Explanation
}

// Scoring constants. They were set on the training and validation splits of
// the iTunes-Amazon benchmark and on testdata/pairs, never on a test split;
// see EVAL.md.
const (
	// featuredFactor scales the weight of featured-artist tokens: a feat.
	// credit is often dropped by one uploader and kept by another.
	featuredFactor = 0.5
	// artistFloor is the share of the track score kept when the artists
	// have nothing in common: score = track * (artistFloor +
	// (1-artistFloor)*artist). At 0.5 the same track by another artist
	// scores 0.5, below the review threshold.
	artistFloor = 0.5
	// channelArtistFloor replaces artistFloor when an artist was only
	// guessed from the uploading channel: a channel is weak evidence, so
	// its disagreement sends the pair to review rather than apart.
	channelArtistFloor = 0.75
	// confirmShare is the share of one side's artist mass the other side's
	// title must contain for the artist to count as confirmed when that
	// side names no artist of its own.
	confirmShare = 0.6
	// MinEvidence is the matched track mass below which a track with no
	// artist to confirm it may not merge on its own: about two
	// uncommon words. "Hello" alone (one word) stays under it; "Bohemian
	// Rhapsody" is well over.
	MinEvidence = 1.0
	// Durations further apart than both durationSlackSeconds and
	// durationSlackShare of the longer one are different recordings (an
	// extended mix, a live take) or at least worth a look: music videos
	// add intros and outros, so the slack is generous.
	durationSlackSeconds = 20
	durationSlackShare   = 0.10
)

// Compare scores two subjects with token weights w (DefaultWeights when
// nil). It is symmetric: Compare(a, b, w) and Compare(b, a, w) agree on
// Score and on every rule. Decide applies thresholds and rules to
// Comparisons; Compare alone never decides.
func Compare(a, b Subject, w Weigher) Comparison {
	if w == nil {
		w = DefaultWeights()
	}
	var s scorer
	s.a.prepare(&a, w)
	s.b.prepare(&b, w)
	return s.compare(true)
}

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
}

// side is a subject prepared for scoring: tokens in field order (artist,
// featured, track) with their weights.
type side struct {
	sub        *Subject
	toks       []token
	nArt, nFt  int
	channelArt bool
	variants   bool // some token's canonical form differs from its text
}

func (p *side) prepare(sub *Subject, w Weigher) {
	p.sub = sub
	t := &sub.Title
	if n := len(t.ArtistTokens) + len(t.FeaturedTokens) + len(t.TrackTokens); cap(p.toks) < n {
		p.toks = make([]token, 0, max(n, 16))
	}
	p.toks = p.toks[:0]
	p.variants = false
	p.add(t.ArtistTokens, fieldArtist, w)
	p.add(t.FeaturedTokens, fieldFeatured, w)
	p.add(t.TrackTokens, fieldTrack, w)
	p.nArt, p.nFt = len(t.ArtistTokens), len(t.FeaturedTokens)
	p.channelArt = t.ArtistSource == "channel"
}

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
		p.toks = append(p.toks, token{text: text, canon: c, w: wt, eff: eff, mask: letterMask(c), runes: utf8.RuneCountInString(c), field: f, num: isNumeric(c)})
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
)

// matchKind says why two tokens were paired.
type matchKind uint8

const (
	kindExact matchKind = iota
	kindVariant
	kindCompound
	kindTypo
)

func (k matchKind) String() string {
	switch k {
	case kindExact:
		return "exact"
	case kindVariant:
		return "variant"
	case kindCompound:
		return "compound"
	default:
		return "typo"
	}
}

// pairRec is one alignment: token i of a with token j of b; for a compound
// match also i2 or j2 (the second half of a split word), else -1.
type pairRec struct {
	i, i2, j, j2 int
	sim          float64
	kind         matchKind
	phase        phase
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
	pairs      []pairRec
	cands      []typoCand
	lastRules  ruleSet // the rules the last compare fired
}

func (s *scorer) reset() {
	if s.pairs == nil {
		s.pairs = make([]pairRec, 0, 16)
		s.cands = make([]typoCand, 0, 16)
	}
	s.phA = resize(s.phA, len(s.a.toks))
	s.phB = resize(s.phB, len(s.b.toks))
	s.simA = resize(s.simA, len(s.a.toks))
	s.simB = resize(s.simB, len(s.b.toks))
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
	s.phA[i], s.simA[i] = ph, sim
	if i2 >= 0 {
		s.phA[i2], s.simA[i2] = ph, sim
	}
	s.phB[j], s.simB[j] = ph, sim
	if j2 >= 0 {
		s.phB[j2], s.simB[j2] = ph, sim
	}
	s.pairs = append(s.pairs, pairRec{i: i, i2: i2, j: j, j2: j2, sim: sim, kind: k, phase: ph})
}

// span is a range [lo, hi) of token indices: one part of a title, since
// tokens are stored artist, featured, track.
type span struct{ lo, hi int }

func (p *side) credits() span { return span{0, p.nArt + p.nFt} }
func (p *side) track() span   { return span{p.nArt + p.nFt, len(p.toks)} }

// align pairs the unmatched tokens of a in sa with the unmatched tokens of b
// in sb, best pairs first: identical tokens, then variants, then a word
// split in two on one side, then typos by decreasing similarity. Each token
// is used once.
func (s *scorer) align(sa, sb span, ph phase) {
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
	// "everytime" against "every time", "acdc" against "ac dc".
	for i := sa.lo; i < sa.hi; i++ {
		if s.phA[i] != phaseNone {
			continue
		}
		if j := compoundIn(A[i].canon, B, sb, s.phB); j >= 0 {
			s.link(i, -1, j, j+1, 1, kindCompound, ph)
		}
	}
	for j := sb.lo; j < sb.hi; j++ {
		if s.phB[j] != phaseNone {
			continue
		}
		if i := compoundIn(B[j].canon, A, sa, s.phA); i >= 0 {
			s.link(i, i+1, j, -1, 1, kindCompound, ph)
		}
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
			if sim := typoSim(&A[i], &B[j]); sim > 0 {
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

// compoundIn returns j such that tokens j and j+1 of toks, both in sp, of
// one field and unmatched, spell word when joined; -1 if none do.
func compoundIn(word string, toks []token, sp span, ph []phase) int {
	for j := sp.lo; j+1 < sp.hi; j++ {
		if ph[j] != phaseNone || ph[j+1] != phaseNone || toks[j].field != toks[j+1].field {
			continue
		}
		x, y := toks[j].canon, toks[j+1].canon
		if len(word) == len(x)+len(y) && strings.HasPrefix(word, x) && word[len(x):] == y {
			return j
		}
	}
	return -1
}

// artistState says how the artists of two subjects were compared.
type artistState uint8

const (
	artistCompared  artistState = iota // both sides name artists
	artistConfirmed                    // one side names none, but its title contains the other's
	artistUnknown                      // nothing to compare
)

func (a artistState) String() string {
	switch a {
	case artistCompared:
		return "compared"
	case artistConfirmed:
		return "confirmed_in_title"
	default:
		return "unknown"
	}
}

// tally is what the alignment adds up to.
type tally struct {
	track, artist float64 // field scores in [0,1]
	state         artistState
	floor         float64 // artistFloor or channelArtistFloor
	evidence      float64 // matched track mass
	unmatchedNum  bool    // a number only one side has
	score         float64
}

// compare aligns s.a with s.b (already prepared) and scores them. With
// explain false it only fills Score and the rule flags, allocating nothing
// beyond the scorer's scratch space.
func (s *scorer) compare(explain bool) Comparison {
	s.reset()
	a, b := &s.a, &s.b

	s.align(a.credits(), b.credits(), phaseArtist)
	s.align(a.track(), b.track(), phaseTrack)

	// Words left over in one track that are the other side's (unmatched)
	// artist: "Hello Adele" against "Adele - Hello". They explain
	// themselves and confirm the artist rather than count as extra words.
	s.align(a.track(), b.credits(), phaseCross)
	s.align(a.credits(), b.track(), phaseCross)

	t := s.tally()
	cmpn := Comparison{Score: t.score}
	rules := s.rules(&t)
	s.lastRules = rules
	cmpn.SameVersion = !rules.has(RuleVersionMismatch) && !rules.has(RuleVersionInfoMismatch)
	cmpn.MergeBlocked = rules.blocks()
	if explain {
		cmpn.Explanation = s.explain(&t, rules)
	}
	return cmpn
}

func (s *scorer) tally() tally {
	a, b := &s.a, &s.b
	var t tally

	// Track: weighted Dice over track words, leaked credits left out.
	mA, wA, numA := trackMass(a, s.phA, s.simA)
	mB, wB, numB := trackMass(b, s.phB, s.simB)
	t.unmatchedNum = numA || numB
	if wA+wB > 0 {
		t.track = (mA + mB) / (wA + wB)
	}
	t.evidence = (mA + mB) / 2

	// Artist: weighted Dice and containment over artist and featured
	// words. An unmatched featured credit counts only against a side that
	// credits features too: many uploads drop "feat." altogether.
	raM, raW, aConf := artistMass(a, s.phA, s.simA, b.hasFeatured())
	rbM, rbW, bConf := artistMass(b, s.phB, s.simB, a.hasFeatured())
	t.floor = artistFloor
	switch {
	case a.hasArtist() && b.hasArtist():
		t.state = artistCompared
		dice := (raM + rbM) / (raW + rbW)
		cont := max(raM/raW, rbM/rbW)
		t.artist = (dice + cont) / 2
		if a.channelArt || b.channelArt {
			t.floor = channelArtistFloor
		}
	case a.hasArtist() && aConf >= confirmShare:
		t.state, t.artist = artistConfirmed, aConf
	case b.hasArtist() && bConf >= confirmShare:
		t.state, t.artist = artistConfirmed, bConf
	default:
		t.state = artistUnknown
	}
	if t.state == artistUnknown {
		t.score = t.track
	} else {
		t.score = t.track * (t.floor + (1-t.floor)*t.artist)
	}
	t.score = clamp(t.score, 0, 1)
	return t
}

// trackMass returns the matched and total mass of p's track tokens, leaving
// out those that turned out to be the other side's artist, and whether a
// number went unmatched.
func trackMass(p *side, ph []phase, sim []float64) (matched, total float64, unmatchedNum bool) {
	for i, tk := range p.toks {
		if tk.field != fieldTrack || ph[i] == phaseCross {
			continue
		}
		total += tk.w
		if ph[i] == phaseTrack {
			matched += tk.w * sim[i]
		} else if tk.num {
			unmatchedNum = true
		}
	}
	return matched, total, unmatchedNum
}

// artistMass returns the matched and total mass of p's artist and featured
// tokens, and the share of its primary-artist mass found in the other
// side's title (phaseCross), used when the other side names no artist.
func artistMass(p *side, ph []phase, sim []float64, otherHasFeatured bool) (matched, total, inTitle float64) {
	var primW, primCross float64
	for i, tk := range p.toks {
		if tk.field == fieldTrack {
			continue
		}
		m := ph[i] != phaseNone
		if tk.field == fieldArtist {
			primW += tk.eff
			if ph[i] == phaseCross {
				primCross += tk.eff * sim[i]
			}
		}
		if tk.field == fieldFeatured && !m && !otherHasFeatured {
			continue
		}
		total += tk.eff
		if m {
			matched += tk.eff * sim[i]
		}
	}
	if primW > 0 {
		inTitle = primCross / primW
	}
	if total == 0 {
		total = math.SmallestNonzeroFloat64
	}
	return matched, total, inTitle
}
