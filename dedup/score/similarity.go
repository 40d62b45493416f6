package score

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/title"
)

// Subject is a title to compare: a submission, or one side of a pair.
type Subject struct {
	Title title.Title
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
	// MergeBlocked reports that a pair rule with effect blocks_merge fired
	// (see pairRules): the pair may not merge without a curator, whatever
	// the score. Explanation.Rules says which.
	MergeBlocked bool
	// Explanation is the evidence behind Score, as data.
	Explanation Explanation
}

// Scoring constants. They were set on the training and validation splits of
// the iTunes-Amazon benchmark and on testdata/pairs, never on a test split;
// see dedup/EVAL.md.
const (
	// featuredFactor scales the weight of featured-artist tokens: a feat.
	// credit is often dropped by one uploader and kept by another.
	featuredFactor = 0.5
	// artistFloor is the share of the track score kept when the artists
	// have nothing in common: score = track * (artistFloor +
	// (1-artistFloor)*artist). At 0.5 the same track by another artist
	// scores 0.5, below the review threshold.
	artistFloor = 0.5
	// containmentShare scales the containment of one track in the other
	// (the matched share of the smaller side), which the track score never
	// falls below. At 0.7 a track wholly inside another reaches the review
	// band but cannot merge, even at a merge threshold of 0.70.
	containmentShare = 0.7
	// channelAgree is the artist score below which an artist guessed from
	// the uploading channel counts as disagreeing. A disagreeing guess is
	// checked against the other title's words: when the title names the
	// other side's artist somewhere, the channel was a lyric or fan
	// channel and not the artist; otherwise the guess stands.
	channelAgree = 0.5
	// unmatchedFloor is the least weight an unmatched track word carries.
	// Common words weigh little as evidence that two titles agree, but a
	// word one title has and the other lacks is a different title ("Let It
	// Be" / "Let It Be Me", "Stay" / "Stay With Me"), however common. The
	// floor keeps such pairs low in the review band; RuleExtraWord, not
	// the score, keeps them from merging (see extraWord).
	unmatchedFloor = 0.6
	// confirmShare is the share of one side's artist mass the other side's
	// title must contain for the artist to count as confirmed when that
	// side names no artist of its own.
	confirmShare = 0.6
)

// Compare scores two subjects with token weights w (DefaultWeights when
// nil).
//
// Tokens are aligned greedily, best pair first (identical, then spelling
// variants such as "2"/"two"/"ii" or "&"/"and", then a word split in two,
// then typos of similarity 0.8 or more, never between numbers), each used
// once: artists and featured artists together, then tracks, then track
// words left over against the other side's unmatched artist (a credit
// leaked into the title). With w(t) the weight of a token and s its pair's
// similarity:
//
//	track  T = max(Σ matched w·s / Σ w  over both tracks,  0.7 · containment)
//	artist R = (weighted Dice + containment) / 2  over artist and featured
//	           words, featured weighing half and counted only against a
//	           side that credits features too
//	score    = T · (0.5 + 0.5·R)   when artists were compared or one
//	                                title names the other's artist
//	         = T                   when no artist can be compared
//
// An unmatched track word weighs at least 0.6 (articles and "and" aside),
// however common: a word one title lacks makes it another title, and such
// a word also blocks merge (RuleExtraWord). It is symmetric: Compare(a, b,
// w) and Compare(b, a, w) agree on Score and on every rule. Decide applies
// thresholds and rules to Comparisons; Compare alone never decides.
func Compare(a, b Subject, w Weigher) Comparison {
	if w == nil {
		w = DefaultWeights()
	}
	s := getScorer(unparsedVersionFloor)
	defer putScorer(s)
	s.a.prepare(&a.Title, a.DurationSeconds, w)
	s.b.prepare(&b.Title, b.DurationSeconds, w)
	return s.compare(true)
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
	track, artist    float64 // field scores in [0,1]
	state            artistState
	channelDisagrees bool    // an artist guessed from the channel disagrees, and counts
	channelIgnored   bool    // an artist guessed from a fan's channel disagrees, and was disregarded
	evidence         float64 // matched track mass
	evidenceWords    int     // matched track words, light words aside
	unmatchedNum     bool    // a number only one side has
	numbersDiffer    bool    // each side has a number the other lacks: Part 1 / Part 2
	sequel           bool    // one track is the other's with a part number after it, see sequelNumber
	remake           bool    // one track is the other's with a version number or year after it, see remakeNumber
	ownYear          bool    // one upload, by the artist's own channel, names its recording by a year after the track, see ownChannelYear
	reprise          bool    // one track is the other's with "reprise" added, see reprise
	extraWord        bool    // a title word only one side has, see extraWord
	turnedWord       bool    // an artist word only one side has, a track word read the other way round, see turnedWord
	oneWordInside    bool    // one track is a single word inside the other, see oneWordInside
	wordsBetween     bool    // one track is the other's with words of its own between its words, see wordsBetween
	aside            bool    // a bracket group of one track was left out as an aside, see asides
	channelGroup     bool    // a bracket group left out as an aside names the uploading channel, see bracketAside
	artistsDiffer    bool    // both name artists and neither's is the other's, see artistsDiffer
	extraVersion     bool    // a word only one track has is a version word, see extraVersionWord
	versionInArtist  bool    // one side's artist is the other's with a version word, see versionInArtist
	kindInArtist     bool    // one side's artist is the other's with a word naming another track, part or kind of upload, see kindInArtist
	kindBeside       bool    // that word stands in a name beside words of the other's artists, see kindInArtist
	wordsAppended    bool    // one track is the other's with words after it, see wordsAppended
	sameLetters      bool    // the tracks are one slip of spelling apart, see sameLetters
	artistSlip       bool    // the artists are one slip of spelling apart, see artistSlip
	amongCredits     bool    // a record's artists are whole names among the other's credits, see amongCredits
	bandWord         bool    // one side's artist is some words of a band's name written with commas, see bandWord
	featuredOnly     bool    // the artists agree only through one side's featured credit, see featuredOnly
	featuredDisagree bool    // both sides credit guests and share none, see featuredDisagree
	coverPerformer   bool    // a cover was read as its performer's recording, see coverPerformer
	durationsAgree   bool    // a near miss the durations confirm, see durationsConfirm
	inFull           bool    // a title with no artist names the other's artist and whole track, see namedInFull
	score            float64
	info             infoRelation // how the version qualifiers compare
}

// compare aligns s.a with s.b (already prepared) and scores them. With
// explain false it only fills Score and the rule flags, allocating nothing
// beyond the scorer's scratch space.
func (s *scorer) compare(explain bool) Comparison {
	s.a.unreadPipe()
	s.b.unreadPipe()
	c := s.compareOnce(explain)
	if c.Score < 1 {
		c = s.comparePipeSplit(c, explain)
	}
	return c
}

// compareOnce is compare with each side read as it is prepared.
func (s *scorer) compareOnce(explain bool) Comparison {
	if s.a.reread() || s.b.reread() {
		s.a.performer, s.b.performer, s.a.filmHead, s.b.filmHead = "", "", false, false
		s.a.build(false)
		s.b.build(false)
	}
	s.a.verBits, s.b.verBits = s.a.titleVer|s.a.artVer, s.b.titleVer|s.b.artVer
	s.a.coverRead, s.b.coverRead, s.a.coverKind, s.b.coverKind = false, false, 0, 0
	t := s.alignAndTally()
	if s.crossedBothWays() || s.crossedOntoBare() {
		// One title's artist is the other's track and the other way
		// round: "Numb - Linkin Park" against "Linkin Park - Numb"; or
		// one title's artist is the track of a title that names no
		// artist: "purple rain - holly cole" against "Purple Rain
		// (Lyrics)". Read each guessed split the other way and keep the
		// better reading.
		best, swapA, swapB := t.score, false, false
		for _, sw := range [][2]bool{{true, false}, {false, true}} {
			if sw[0] && !s.a.splitGuessed() || sw[1] && !s.b.splitGuessed() {
				continue
			}
			s.a.build(sw[0])
			s.b.build(sw[1])
			if u := s.alignAndTally(); u.score > best {
				best, swapA, swapB = u.score, sw[0], sw[1]
			}
		}
		s.a.build(swapA)
		s.b.build(swapB)
		t = s.alignAndTally()
		if swapA || swapB {
			// Both titles hold the same words in their two parts: a
			// version word one of them has as its artist is the other's
			// track ("Stripped - Depeche Mode" against "Depeche Mode -
			// Stripped"), no version of either (see artistVersionBits).
			s.a.verBits, s.b.verBits = s.a.titleVer, s.b.titleVer
		}
	}
	if (s.a.verBits|s.b.verBits)&coverBit != 0 || t.score < 1 {
		t = s.coverPerformer(t)
	}
	if t.score <= sameLettersScore {
		t = s.filmHead(t)
	}
	if t.score < sameLettersScore && s.sameLetters() {
		t.sameLetters, t.extraWord, t.unmatchedNum = true, false, false
		t.track, t.score = max(t.track, sameLettersScore), sameLettersScore
	}
	if t.score < sameLettersScore && s.artistSlip() {
		t.artistSlip = true
		t.artist, t.score = max(t.artist, sameLettersScore), sameLettersScore
	}
	cmpn := Comparison{Score: t.score}
	if len(s.a.coverInfo()) > 0 || len(s.b.coverInfo()) > 0 {
		t.info = s.versionInfo()
	}
	s.t = t
	rules := s.rules()
	if rules&blockingRules == 0 && s.durationsConfirm() {
		// Read the pair again at its new score: the rules that read the
		// raw titles only for what could merge speak now.
		s.t.durationsAgree, s.t.score = true, sameLettersScore
		cmpn.Score = s.t.score
		rules = s.rules()
	}
	s.lastRules = rules
	cmpn.SameVersion = rules&otherRecordingRules == 0
	cmpn.MergeBlocked = rules&blockingRules != 0
	if explain {
		cmpn.Explanation = s.explain(&s.t, rules)
	}
	return cmpn
}

// alignAndTally aligns s.a with s.b, both prepared, and adds up the result.
func (s *scorer) alignAndTally() tally {
	s.reset()
	a, b := &s.a, &s.b
	s.arabic = s.arabicRomanized()
	s.align(a.credits(), b.credits(), phaseArtist)
	s.artistsAgree = s.primaryArtistsMatched()
	s.readIn = !s.artistsAgree && s.artistReadInTitle()
	s.artistsRead = s.artistsAgree || (s.a.scripts || s.b.scripts) && s.primaryArtistsAligned() || s.a.filmHead || s.b.filmHead || s.readIn
	s.artistsCovered = s.artistsAgree || s.primaryArtistsCovered()
	s.align(a.track(), b.track(), phaseTrack)
	// Words left over in one track that are the other side's (unmatched)
	// artist: "Hello Adele" against "Adele - Hello". They explain
	// themselves and confirm the artist rather than count as extra words.
	s.align(a.track(), b.credits(), phaseCross)
	s.align(a.credits(), b.track(), phaseCross)
	if s.a.scripts || s.b.scripts || s.romanized() {
		s.glosses()
	} else {
		s.glossNames()
	}
	s.channelGroup = false
	aside := s.asides()
	t := s.tally()
	t.aside, t.channelGroup = aside, s.channelGroup
	return t
}

// primaryArtistsMatched reports whether both sides name primary artists
// and every word of them found its counterpart, exactly, as a variant or
// by its reading, in the artist phase: the titles name the same artists.
func (s *scorer) primaryArtistsMatched() bool {
	if !s.a.hasArtist() || !s.b.hasArtist() || s.a.channelArt || s.b.channelArt {
		return false
	}
	for _, p := range []struct {
		s   *side
		ph  []phase
		sim []float64
		rd  []bool
	}{{&s.a, s.phA, s.simA, s.rdA}, {&s.b, s.phB, s.simB, s.rdB}} {
		for i := range p.s.nArt {
			if p.ph[i] != phaseArtist || p.sim[i] < variantSim && !p.rd[i] {
				return false
			}
		}
	}
	return true
}

// primaryArtistsCovered reports whether both sides name primary artists
// and every word of one side's found its counterpart, exactly, as a
// variant or by its reading, in the artist phase: one title names the
// other's artists and others beside them ("Raataan Lambiyan - Shershaah
// | Jubin Nautiyal, Asees Kaur" against "Raatan Lambiya - Jubin
// Nautiyal"), the singers of a duet one of whom a fan's title leaves out.
func (s *scorer) primaryArtistsCovered() bool {
	if !s.a.hasArtist() || !s.b.hasArtist() || s.a.channelArt || s.b.channelArt {
		return false
	}
	all := func(ph []phase, sim []float64, rd []bool, n int) bool {
		for i := range n {
			if ph[i] != phaseArtist || sim[i] < variantSim && !rd[i] {
				return false
			}
		}
		return true
	}
	return all(s.phA, s.simA, s.rdA, s.a.nArt) || all(s.phB, s.simB, s.rdB, s.b.nArt)
}

// primaryArtistsAligned reports whether both sides name primary artists
// and every word of one side's found a counterpart in the artist phase, a
// typo or a reading with a typo included, with at least one of the
// other's: the artists agree enough for a track word to match by its
// reading (Δέσποινα Βανδή / Despina Vandi; "Ария (Aria)" / Aria). A
// channel's guess counts when the other side's title names the same
// artist ("【Ado】うっせぇわ" from the channel Ado, "Ado - Usseewa").
func (s *scorer) primaryArtistsAligned() bool {
	if !s.a.hasArtist() || !s.b.hasArtist() || s.a.channelArt && s.b.channelArt {
		return false
	}
	count := func(ph []phase, n int) int {
		m := 0
		for i := range n {
			if ph[i] == phaseArtist {
				m++
			}
		}
		return m
	}
	ma, mb := count(s.phA, s.a.nArt), count(s.phB, s.b.nArt)
	return ma > 0 && mb > 0 && (ma == s.a.nArt || mb == s.b.nArt)
}

// crossedBothWays reports that a's track met b's credits and a's credits
// met b's track in the cross phase.
func (s *scorer) crossedBothWays() bool {
	var ab, ba bool
	for _, p := range s.pairs {
		if p.phase == phaseCross {
			if s.a.toks[p.i].field == fieldTrack {
				ab = true
			} else {
				ba = true
			}
		}
	}
	return ab && ba
}

// crossedOntoBare reports that one side's artist met the track of the
// other side, which names no artist, in the cross phase, and its track met
// nothing of the other's track: the one side may read the other way round,
// and nothing on the other side can say so. A track that met the other's
// ("Sia - Chandelier" against "chandeleir sia") is read as it stands.
// Nor is a bare side whose title parts its words from others the
// normalizer dropped ("Charli XCX - Official Lyric Video", "Adele |
// Lyrics"): what is left may as well be an artist as a track
// (part_left_bare); nor one that brackets them ("Charli XCX (Official
// Lyric Video)"), unless a lyrics channel uploaded it: it titles a song
// by its track ("Break Even (Lyrics)" on Lyrics Nation), where a label's
// or a playlist's channel ("Music Hub", "Trap Nation") says nothing of
// what the words are.
func (s *scorer) crossedOntoBare() bool {
	if s.a.hasArtist() == s.b.hasArtist() {
		return false
	}
	bare := &s.a
	if s.a.hasArtist() {
		bare = &s.b
	}
	if partSeparated(bare.title.Raw) || groupLeftOut(bare.title) && !lyricsChannel(bare.title.Channel) {
		return false
	}
	crossed := false
	for _, p := range s.pairs {
		switch p.phase {
		case phaseTrack:
			return false
		case phaseCross:
			crossed = crossed || (s.a.toks[p.i].field != fieldTrack) == s.a.hasArtist()
		}
	}
	return crossed
}

// groupLeftOut reports whether a bracket group of t's raw title left
// none of its words in the track: the normalizer dropped it as noise or
// read it as a version ("(Official Lyric Video)", "[Lyrics]").
func groupLeftOut(t *title.Title) bool {
	for _, g := range bracketGroups(t.Raw) {
		if !slices.ContainsFunc(g, func(w string) bool { return slices.Contains(t.TrackTokens, w) }) {
			return true
		}
	}
	return false
}

// lyricsChannel reports whether channel names a lyrics channel, no
// artist's own ("Lyrics Vault", "Rap Lyrics"); false when there is none.
func lyricsChannel(channel string) bool {
	return strings.Contains(title.Fold(channel), "lyric") && !title.ReadChannel(channel).Own
}

// partSeparatorsRaw are the separators a title writes between its
// parts, spaced: "Artist - Track", "Track | Artist".
var partSeparatorsRaw = []string{" - ", " – ", " — ", " | ", " // ", " ~ "}

// partSeparated reports whether raw writes a separator between parts.
func partSeparated(raw string) bool {
	for _, sep := range partSeparatorsRaw {
		if strings.Contains(raw, sep) {
			return true
		}
	}
	return false
}

// tally adds up the alignment.
func (s *scorer) tally() tally {
	a, b := &s.a, &s.b
	var t tally

	// Track: weighted Dice over track words, leaked credits left out.
	mA, wA, numA := trackMass(a, s.phA, s.simA)
	mB, wB, numB := trackMass(b, s.phB, s.simB)
	t.unmatchedNum = numA || numB
	t.numbersDiffer = numA && numB
	t.sequel = t.unmatchedNum && !t.numbersDiffer && s.artistsAgree && (sequelNumber(a, s.phA, b, s.phB) || sequelNumber(b, s.phB, a, s.phA)) ||
		!t.unmatchedNum && (artistSequel(a, s.phA, b, s.phB) || artistSequel(b, s.phB, a, s.phA))
	t.remake = t.unmatchedNum && !t.numbersDiffer && !t.sequel && s.artistsCovered && !s.durationsAgree() &&
		a.title.ArtistSource != title.ArtistFromCaller && b.title.ArtistSource != title.ArtistFromCaller &&
		(remakeNumber(a, s.phA, b, s.phB) || remakeNumber(b, s.phB, a, s.phA))
	t.extraWord = extraWord(a, s.phA, 0) >= 0 || extraWord(b, s.phB, 0) >= 0
	if s.turnedEither() {
		t.turnedWord = turnedWord(a, s.phA, 0) >= 0 || turnedWord(b, s.phB, 0) >= 0
	}
	t.reprise = t.extraWord && (reprise(a, s.phA, b, s.phB) || reprise(b, s.phB, a, s.phA))
	t.oneWordInside = oneWordInside(a, s.phA, b, s.phB) || oneWordInside(b, s.phB, a, s.phA)
	if wA+wB > 0 {
		t.track = (mA + mB) / (wA + wB)
	}
	if wA > 0 && wB > 0 {
		// One track inside the other ("Stay" in "Stay With Me", or a
		// title that carries its album and genre): worth a curator's
		// look, never a merge on its own.
		t.track = max(t.track, containmentShare*max(mA/wA, mB/wB))
	}
	t.evidence = (mA + mB) / 2
	for _, p := range s.pairs {
		if p.phase == phaseTrack && !a.toks[p.i].light {
			t.evidenceWords++
		}
	}

	a.bandDrop, b.bandDrop = !b.looseBand(s.phB), !a.looseBand(s.phA)

	// Artist: weighted Dice and containment over artist and featured
	// words. An unmatched featured credit counts only against a side that
	// credits features too: many uploads drop "feat." altogether.
	raM, raW, aConf := artistMass(a, s.phA, s.simA, b.hasFeatured())
	rbM, rbW, bConf := artistMass(b, s.phB, s.simB, a.hasFeatured())
	switch {
	case a.hasArtist() && b.hasArtist():
		t.state = artistCompared
		dice := (raM + rbM) / (raW + rbW)
		cont := max(raM/raW, rbM/rbW)
		if raM == 0 || rbM == 0 {
			// One side's artists have nothing on the other side: the
			// other's, found, are then in its track, not beside its artist.
			// "Outro - Vamos a Darle Slow" against "Olloashel - Outro -
			// Vamos a Darle Slow" is two artists' songs of one title, and
			// containment would count it as agreement.
			cont = 0
		}
		t.artist = (dice + cont) / 2
		if (a.channelArt || b.channelArt) && t.artist < channelAgree {
			// An artist guessed from the channel disagrees. The title may
			// still name the other side's artist, in a part the split left
			// out: then the channel was not the artist. Otherwise nothing
			// contradicts the guess, and it counts as the artist.
			switch c := s.rawConfirm(); {
			case c >= confirmShare:
				t.state, t.artist = artistConfirmed, c
			case a.fanUpload() || b.fanUpload():
				// A lyrics upload on a channel that is not official is a
				// fan's: its name says nothing of the artist, and the
				// track alone decides the score, as with no artist.
				t.state, t.artist, t.channelIgnored = artistUnknown, 0, true
			default:
				t.channelDisagrees = true
			}
		}
	case a.hasArtist() && aConf >= confirmShare:
		t.state, t.artist = artistConfirmed, aConf
	case b.hasArtist() && bConf >= confirmShare:
		t.state, t.artist = artistConfirmed, bConf
	case a.filmHead || b.filmHead:
		// The film confirms the song as an artist would (see filmHead).
		t.state, t.artist = artistConfirmed, 1
	default:
		t.state = artistUnknown
		if c := s.rawConfirm(); c >= confirmShare {
			t.state, t.artist = artistConfirmed, c
		}
	}
	// A title with no artist names the other's artist and whole track
	// beside credits, an album or a year: the words of its own are no
	// other title (see namedInFull).
	if t.state == artistConfirmed && (t.extraWord || t.unmatchedNum) &&
		(namedInFull(a, s.phA, b, s.phB, s.simB) && onlyYears(a, s.phA) ||
			namedInFull(b, s.phB, a, s.phA, s.simA) && onlyYears(b, s.phB)) {
		t.inFull, t.extraWord, t.unmatchedNum, t.numbersDiffer = true, false, false, false
		t.track = max(t.track, sameLettersScore)
	}
	// A record's artist column names one performer of an upload that
	// credits several: the artists agree (see amongCredits).
	if t.state == artistCompared && t.artist < creditsAgree &&
		(amongCredits(b, s.phB, s.simB, a, s.phA) || amongCredits(a, s.phA, s.simA, b, s.phB)) {
		t.artist, t.amongCredits = creditsAgree, true
	}
	t.bandWord = t.state == artistCompared &&
		(bandWord(a, s.phA, b, s.phB) || bandWord(b, s.phB, a, s.phA))
	t.featuredOnly = t.state == artistCompared &&
		(featuredOnly(a, s.phA, b, s.phB) || featuredOnly(b, s.phB, a, s.phA))
	t.featuredDisagree = t.state == artistCompared && featuredDisagree(a, s.phA, b, s.phB)
	// A version word only one track has, by artists that agree: another
	// recording (see extraVersionWord).
	t.extraVersion = t.extraWord && t.state == artistCompared && t.artist >= versionArtistAgree &&
		(extraVersionWord(a, s.phA, b) || extraVersionWord(b, s.phB, a))
	t.artistsDiffer = t.state == artistCompared && s.artistsDiffer()
	t.versionInArtist = t.state == artistCompared &&
		(versionInArtist(a, s.phA, b, s.phB) || versionInArtist(b, s.phB, a, s.phA))
	t.kindInArtist, t.kindBeside = false, false
	if t.state == artistCompared {
		kindA, besideA := kindInArtist(a, s.phA, b, s.phB)
		kindB, besideB := kindInArtist(b, s.phB, a, s.phA)
		t.kindBeside = besideA || besideB
		t.kindInArtist = (kindA || kindB) && !t.kindBeside
	}
	// One track is the other's with words of its own after it, by artists
	// that agree, or one of whose names the other title names whole beside
	// an artist of its own ("Faka Belcorbel & The Day Loritazi - Jack"
	// against Faka Belcorbel's "Jack Daniels": see wordsAppended); not
	// when a side's artist is a record's own column, whose track is the
	// work's name alone while a free title beside it appends what its
	// uploader liked (a performer, a genre, "cover"), nor in a title
	// written in two scripts, nor when the durations say one recording.
	t.wordsAppended = t.extraWord && t.state == artistCompared &&
		(t.artist >= versionArtistAgree || s.a.wholeName(s.phA) || s.b.wholeName(s.phB)) &&
		!s.a.scripts && !s.b.scripts && !s.durationsAgree() &&
		s.a.title.ArtistSource != title.ArtistFromCaller && s.b.title.ArtistSource != title.ArtistFromCaller &&
		(wordsAppended(a, s.phA, b, s.phB) || wordsAppended(b, s.phB, a, s.phA))
	// A year right after one track, written by the artist's own channel
	// and nowhere in the other title, by artists that agree: the artist
	// names another recording by it (see ownChannelYear).
	t.ownYear = !t.extraWord && !t.unmatchedNum && t.state == artistCompared && s.artistsCovered &&
		!s.durationsAgree() && (ownChannelYear(a, b) || ownChannelYear(b, a))
	t.wordsBetween = t.extraWord && t.state == artistCompared &&
		(t.artist >= versionArtistAgree || s.a.wholeName(s.phA) || s.b.wholeName(s.phB)) &&
		!s.a.scripts && !s.b.scripts && !s.durationsAgree() &&
		s.a.title.ArtistSource != title.ArtistFromCaller && s.b.title.ArtistSource != title.ArtistFromCaller &&
		(wordsBetween(a, s.phA, b, s.phB) || wordsBetween(b, s.phB, a, s.phA))
	if t.state == artistUnknown {
		t.score = t.track
	} else {
		t.score = t.track * (artistFloor + (1-artistFloor)*t.artist)
	}
	t.score = clamp(t.score, 0, 1)
	return t
}

// creditsAgree is the artist score of a record whose artists are whole
// names among an upload's credits (see amongCredits): as much as an
// upload crediting the record's artist and one other gets by its words.
const creditsAgree = 0.8

// amongCredits reports whether q's artists are a record's column (the
// caller named them) and every word of them met, exactly or as a variant,
// an artist word of p, whose title credits two names or more, each met
// whole or not at all: "Timmy Trumpet, Prezioso, 71 Digits - Three Little
// Birds" against Prezioso's "Three Little Birds", "Curren$y, Freddie Gibbs
// & The Alchemist - New Thangs" against Curren$y's. A record's column often
// names the lead performer alone, and the words of the other names would
// otherwise weigh the more, the more names the upload credits: two names
// agree as well by their words, three or more fell below the merge line.
// A name of p has two words or more: names of one word each are as often
// one name written with commas ("Earth, Wind & Fire", "Crosby, Stills,
// Nash & Young"), a word of which is no performer credited whole. A title
// read turned round, "Track - Names", credits the names its raw title lists
// with commas, "&", "+", "/" or a connector such as "x" (see creditNames):
// "Puedes llegar - Gloria Estefan, Roberto Carlos, ..., Julio Iglesias,
// ..." against Julio Iglesias's "Puedes Llegar", "Hecha en Cali - Yabel X
// Marcianeke X Jere Klein" against Marcianeke's (credits_turned), a name
// after "by" read with the words before it (see performerNames). A name
// holding a word that says what the upload is ("Mashup", "Medley",
// "Reaction") lists no performers (see notPerformerWord).
func amongCredits(q *side, phQ []phase, simQ []float64, p *side, phP []phase) bool {
	if q.title.ArtistSource != title.ArtistFromCaller || q.reread() || q.nArt == 0 ||
		p.title.ArtistSource != title.ArtistFromTitle || p.performer != "" {
		return false
	}
	for i := range q.nArt {
		if !q.toks[i].light && (phQ[i] != phaseArtist || simQ[i] < variantSim) {
			return false
		}
	}
	var buf [8]tokRange
	var names []tokRange
	if p.swapped {
		names = performerNames(p, p.creditNames(buf[:0]))
	} else {
		i := 0
		for _, name := range p.title.Artists {
			hi := i + wordCount(name)
			if hi > p.nArt {
				return false
			}
			names = append(names, tokRange{i, hi})
			i = hi
		}
		if i != p.nArt {
			return false
		}
	}
	if len(names) < 2 {
		return false
	}
	met, long := false, false
	for _, n := range names {
		matched, words := 0, 0
		for i := n.lo; i < n.hi; i++ {
			tk := &p.toks[i]
			if tk.light || p.swapped && creditConnectors[tk.canon] {
				continue
			}
			if notPerformerWord(tk.canon) {
				return false
			}
			words++
			if phP[i] == phaseArtist {
				matched++
			}
		}
		long = long || words >= 2
		switch {
		case matched == words && words > 0:
			met = true
		case matched > 0:
			return false
		}
	}
	return met && long
}

// performerNames joins to the name before it each of names, the credit
// names of a title read turned round, that "by" or "prod" introduces: the
// words before such a connector say what the name after it did, and it
// is not always performing this upload ("As Made Famous By Adele",
// "Originally by Dolly Parton", "Written by ..."), so a name is credited
// whole only as one of a list (credits_turned).
func performerNames(p *side, names []tokRange) []tokRange {
	for k := 1; k < len(names); {
		if c := p.toks[names[k].lo].canon; c == "by" || c == "prod" {
			names[k-1].hi = names[k].hi
			names = slices.Delete(names, k, k+1)
			continue
		}
		k++
	}
	return names
}

// notPerformerWord reports whether w, a canonical form among an upload's
// credits, says what the upload is rather than who performs it: a word
// naming another track of a work ("Mashup", "Medley") or another kind of
// upload ("Tutorial", "Reaction"). A list of names holding one is no list
// of performers (amongCredits). Version words are names' words too
// ("The Lyndhurst Orchestra", "Electric Light Orchestra").
func notPerformerWord(w string) bool {
	return title.OtherTrackWord(w) || title.KindWord(w)
}

// minBandNames is the fewest one-word names written with commas that read
// as one band's name (see bandWord).
const minBandNames = 3

// bandWord reports whether p's artists, read from its title, are
// minBandNames or more names of one word each, written with commas and the
// last after "&" or "and" ("Earth, Wind & Fire", "Crosby, Stills, Nash &
// Young", "Blood, Sweat & Tears"), and every word of q's artists met one of them while some of
// them met nothing: q names a word of the band's name ("Fire", "Crosby"),
// not the band. Such names are as often one band as several performers,
// and a word of a name is no performer credited whole (see amongCredits),
// so the pair is for a curator.
func bandWord(p *side, phP []phase, q *side, phQ []phase) bool {
	names := p.title.Artists
	if p.title.ArtistSource != title.ArtistFromTitle || p.reread() || q.reread() ||
		len(names) < minBandNames || p.nArt != len(names) || q.nArt == 0 ||
		!strings.Contains(p.title.Raw, ",") || !lastJoined(p.title.Raw, names) {
		return false
	}
	for _, name := range names {
		if wordCount(name) != 1 {
			return false
		}
	}
	met := 0
	for i := range q.nArt {
		if q.toks[i].light {
			continue
		}
		if phQ[i] != phaseArtist {
			return false
		}
		met++
	}
	missed := 0
	for i := range p.nArt {
		if phP[i] != phaseArtist && !p.toks[i].light {
			missed++
		}
	}
	return met > 0 && missed > 0
}

// lastJoined reports whether raw, a title, writes the last of names after
// the one before it with "&" or "and", as a band's name is written ("Earth,
// Wind & Fire"); label uploads credit several performers with commas alone
// ("Alok, Sigala, Ellie Goulding", "Zedd, Maren Morris, Grey").
func lastJoined(raw string, names []string) bool {
	low := strings.ToLower(raw)
	n := len(names)
	i := strings.Index(low, names[n-2])
	if i < 0 {
		return false
	}
	i += len(names[n-2])
	j := strings.Index(low[i:], names[n-1])
	if j < 0 {
		return false
	}
	between := strings.Fields(low[i : i+j])
	return len(between) == 1 && (between[0] == "&" || between[0] == "and")
}

// artistsDiffer reports whether both sides name artists that count
// (namesArtist) and they are two artists' names, not one name written
// twice: no name of either side has every word matched on the other side;
// each side has a word of its names (an article or "and" aside) that the
// other's raw title and channel do not have, and no such word of one is
// a spelling of one of the other's (a slip or a letter or two more:
// "Blind" / "Blid", "C.V." / "C.VM."); and nothing else confirms the pair
// (confirmed: durations within seconds, one channel of the artists' own).
// "Ray Charles" / "Ray Price", "Lil Wayne" / "Lil Baby", "Al Hirt" / "Al
// Green": two performers who share a first name, whatever the track.
func (s *scorer) artistsDiffer() bool {
	return !s.confirmed() && s.twoNames()
}

// twoNames reports whether the artists are two names rather than one
// written twice, whatever confirms the pair (see artistsDiffer).
func (s *scorer) twoNames() bool {
	// Artists that share no word already score below the review line:
	// only a shared word makes a near miss, and the rule is checked only
	// then, which keeps the common comparison free of allocations.
	if !s.a.artistWordMatched(s.phA) && !s.b.artistWordMatched(s.phB) || !s.a.namesArtist() || !s.b.namesArtist() || s.a.wholeName(s.phA) || s.b.wholeName(s.phB) {
		return false
	}
	ua, ub := s.a.foreignArtistWords(s.phA, &s.b), s.b.foreignArtistWords(s.phB, &s.a)
	if len(ua) == 0 || len(ub) == 0 {
		return false
	}
	for _, x := range ua {
		for _, y := range ub {
			if strings.Contains(x, y) || strings.Contains(y, x) || osaDistance(x, y, 2) <= 2 {
				return false
			}
		}
	}
	return true
}

// artistWordMatched reports whether a word of p's artists or featured
// artists, articles and "and" aside, met the other side in some phase.
func (p *side) artistWordMatched(ph []phase) bool {
	for i := range p.nArt + p.nFt {
		if ph[i] != phaseNone && !p.toks[i].light {
			return true
		}
	}
	return false
}

// wholeName reports whether one of p's primary or featured artists' names
// has every word (articles and "and" aside) matched in some phase: the
// other side names that artist, whatever else either names ("Goodbye
// Picture ft. The Anthem Davenpe" on a label's channel against the song
// by its artist featuring The Anthem Davenpe).
func (p *side) wholeName(ph []phase) bool {
	return p.wholeNameIn(ph, p.artistNames(), 0, p.nArt) || !p.reread() && p.wholeNameIn(ph, p.title.Featured, p.nArt, p.nArt+p.nFt)
}

// wholeNameIn reports whether one of names, whose words are p's tokens
// from lo to hi, has every word but light ones matched.
func (p *side) wholeNameIn(ph []phase, names []string, lo, hi int) bool {
	i := lo
	for _, name := range names {
		whole, words := true, 0
		for range wordCount(name) {
			if i >= hi {
				return false
			}
			if !p.toks[i].light {
				words++
				whole = whole && ph[i] != phaseNone
			}
			i++
		}
		if whole && words > 0 {
			return true
		}
	}
	return false
}

// wordCount is the number of words of s, as strings.Fields would split
// it, without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// foreignArtistWords lists p's unmatched primary-artist words, articles
// and "and" aside, that are nowhere in q's raw title or channel.
func (p *side) foreignArtistWords(ph []phase, q *side) []string {
	var out []string
	var channel map[string]bool
	for i := range p.nArt {
		tk := &p.toks[i]
		if ph[i] != phaseNone || tk.light || tk.band && p.bandDrop {
			continue
		}
		if q.rawWords()[tk.text] || q.rawWords()[tk.canon] {
			continue
		}
		if channel == nil {
			channel = map[string]bool{}
			for _, w := range wordsOf(title.Fold(q.title.Channel)) {
				channel[w] = true
			}
		}
		if !channel[tk.text] && !channel[tk.canon] {
			out = append(out, tk.text)
		}
	}
	return out
}

// namesArtist reports whether p's title names an artist that counts: one
// from the caller, the title or a certain channel, or a channel's guess
// that is not a fan's (see fanUpload).
func (p *side) namesArtist() bool {
	return p.hasArtist() && !p.fanUpload()
}

// fanUpload reports whether p's artist is guessed from a channel that
// uploaded lyrics without calling them official ("Shape of You (Lyrics)"):
// a fan's or a lyric channel's, whatever its name.
func (p *side) fanUpload() bool {
	if !p.channelArt || !slices.Contains(p.title.Patterns, "lyrics") {
		return false
	}
	raw := p.rawWords()
	return !raw["official"] && !raw["oficial"] && !raw["officiel"]
}

// rawConfirm returns the best share of one side's title-named artist found
// among the words of the other side's raw title, when that side has no
// artist of its own or only its channel's. It catches what a split leaves
// out: "Complicated | Avril Lavigne" loses its "| ..." tail to the
// normalizer, but still names Avril Lavigne.
func (s *scorer) rawConfirm() float64 {
	if s.readIn {
		return 1
	}
	c := 0.0
	if !s.b.hasArtist() || s.b.channelArt {
		c = max(c, s.a.artistShareIn(s.b.rawWords(), s.b.matchedTrack(s.phB)))
	}
	if !s.a.hasArtist() || s.a.channelArt {
		c = max(c, s.b.artistShareIn(s.a.rawWords(), s.a.matchedTrack(s.phA)))
	}
	return c
}

// matchedTrack lists the words of p's track that the alignment (ph) paired
// with the other side's track.
func (p *side) matchedTrack(ph []phase) []string {
	var words []string
	for i := p.nArt + p.nFt; i < len(p.toks); i++ {
		if ph[i] == phaseTrack {
			words = append(words, p.toks[i].text)
		}
	}
	return words
}

// artistShareIn is the share of p's primary-artist mass whose words are in
// words but not among track, the words of the other side's track that
// already match p's track: a word of a title that happens to be an
// artist's name does not name that artist ("The Day" does not name The
// The, "Yes" not Yes). It is 0 when p's artist is itself a channel's guess.
func (p *side) artistShareIn(words map[string]bool, track []string) float64 {
	if p.channelArt || p.reread() || len(words) == 0 {
		return 0
	}
	var found, total float64
	for i := range p.nArt {
		tk := &p.toks[i]
		in := (words[tk.text] || words[tk.canon]) && !slices.Contains(track, tk.text)
		if tk.band && !in && p.bandDrop {
			continue
		}
		total += tk.eff
		if in {
			found += tk.eff
		}
	}
	if total == 0 {
		return 0
	}
	return found / total
}

// rawWords returns the words of the raw title, folded as Normalize folds
// them: each space-separated word with its punctuation removed ("ac/dc" ->
// "acdc", as the normalizer joins it) and each of its alphanumeric pieces.
// Computed once per prepared side, and only when needed.
func (p *side) rawWords() map[string]bool {
	if p.raw != nil {
		return p.raw
	}
	p.raw = map[string]bool{}
	for _, w := range strings.Fields(title.Fold(p.title.Raw)) {
		var compact strings.Builder
		start := -1
		for i, r := range w {
			alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
			if alnum {
				compact.WriteRune(r)
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				p.raw[w[start:i]] = true
				start = -1
			}
		}
		if start >= 0 {
			p.raw[w[start:]] = true
		}
		if compact.Len() > 0 {
			p.raw[compact.String()] = true
		}
	}
	return p.raw
}

// tailWords returns the words of p's raw title after its first "|" or "//"
// that are neither words of its track nor version words, or nil when there
// are none. A segment of the tail (between bars) that is all noise ("|
// Lyrics", "| Full Video"), that says what kind of song the upload is ("|
// Full Video Song", "| Latest Punjabi Songs 2018"), or that is the
// uploading channel signing a list ("| Sarthak Music" last, on Sarthak
// Music) says nothing of the song and is left out. A lyric channel's
// "Track | Artist" names its artist there, and the normalizer, which
// cannot tell an artist from an album or a genre in that place, keeps it
// only when it knows the artist; so two such uploads of one title by
// different artists look alike to everything else here, as do a film's
// song and another film's of one title, whose lists name their films and
// casts (film_after_kind).
func (p *side) tailWords() []string {
	var words []string
	for _, seg := range p.tailSegments() {
		words = append(words, seg...)
	}
	return words
}

// tailSegments returns the words tailWords keeps, segment by segment (the
// parts between bars), leaving out the segments that keep none; nil when
// none does.
func (p *side) tailSegments() [][]string {
	raw := title.Fold(p.title.Raw)
	cut := -1
	for _, sep := range []string{"|", "//"} {
		if i := strings.Index(raw, sep); i >= 0 && (cut < 0 || i < cut) {
			cut = i + len(sep)
		}
	}
	if cut < 0 || strings.TrimSpace(strings.Trim(raw[:cut], "|/")) == "" {
		return nil
	}
	channel := strings.Join(wordsOf(title.Fold(p.title.Channel)), "")
	var out [][]string
	segs := strings.FieldsFunc(raw[cut:], func(r rune) bool { return r == '|' || r == '/' })
	for i, seg := range segs {
		var words []string
		for _, w := range wordsOf(seg) {
			if _, ok := title.VersionWord(w); ok || slices.Contains(p.title.TrackTokens, w) {
				continue
			}
			words = append(words, w)
		}
		signs := i > 0 && i == len(segs)-1 && channel != "" && strings.Join(words, "") == channel
		if len(words) > 0 && !title.IsNoise(words) && !title.IsListing(words) && !signs {
			out = append(out, words)
		}
	}
	return out
}

// singerNotCredited reports whether p is a list of credits that names no
// artist (credit_list_layout: film_after_kind, a label's "Track Song |
// Film | Cast | Singer") and q names artists, from its title or its
// channel alike, none of whose words is a word of p's title: the list
// credits its singer, so another name is another singer's recording.
func (p *side) singerNotCredited(q *side) bool {
	if p.hasArtist() || !q.hasArtist() || !slices.Contains(p.title.Patterns, "credit_list_layout") {
		return false
	}
	raw := p.rawWords()
	for _, w := range q.title.ArtistTokens {
		if raw[w] {
			return false
		}
	}
	return true
}

// wordsOf splits s into its runs of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// tailsDisagree reports whether both raw titles name something after a
// "|" (see tailSegments) and the two name different things: two artists'
// songs of one title, most likely, when no artist could be compared
// otherwise. They do when the tails share no word, and when the first
// segment of each holds a word the other's whole tail lacks: words in
// common, or an album or a director both lists name, do not make the
// songs one ("Fleetwood Mac | Dreams | Rumours" / "Fleetwood Mac | The
// Chain | Rumours", "Diljit Dosanjh | Raat Di Gedi (Official Video) Neeru
// Bajwa | Jatinder Shah" / "Diljit Dosanjh | Do You Know | Jatinder Shah",
// "Matteo Brancaleoni | How Am I Supposed to Live Without You" / "... |
// How Can I Be Sure": heads that are the artist's name, read as the track
// when nothing turns them). A first segment the other lists in another
// place, or that says less than the other's ("| Queen" / "| Queen ft.
// X"), agrees ("Track | Film | Singer" / "Track | Singer | Film").
func (s *scorer) tailsDisagree() bool {
	ta := s.a.tailSegments()
	if ta == nil {
		return false
	}
	tb := s.b.tailSegments()
	if tb == nil {
		return false
	}
	allA, allB := slices.Concat(ta...), slices.Concat(tb...)
	return !shareWord(allA, allB) || ownWord(ta[0], allB) && ownWord(tb[0], allA)
}

// ownWord reports whether seg holds a word that other lacks and that
// names something: not an article or "and", not a word of noise
// ("official", "lyrics").
func ownWord(seg, other []string) bool {
	for _, w := range seg {
		c := canonToken(w)
		if isLight(c) || title.IsNoise([]string{w}) {
			continue
		}
		if !slices.ContainsFunc(other, func(o string) bool { return canonToken(o) == c }) {
			return true
		}
	}
	return false
}

// tailLacksArtist reports whether p names no artist but names something
// after a "|" (see tailSegments), and q names artists none of whose words
// is among p's words, tail or track.
func (p *side) tailLacksArtist(q *side) bool {
	if len(p.title.Artists) > 0 || len(q.title.ArtistTokens) == 0 {
		return false
	}
	tail := p.tailWords()
	if tail == nil {
		return false
	}
	own := slices.Concat(tail, p.title.TrackTokens)
	return !shareWord(q.title.ArtistTokens, own)
}

// shareWord reports whether two lists of words share one, as canonToken
// reads them.
func shareWord(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if canonToken(x) == canonToken(y) {
				return true
			}
		}
	}
	return false
}

// isLight reports the words whose absence from one title changes nothing:
// articles, and the conjunction the normalizer may or may not keep for "&".
func isLight(canon string) bool {
	switch canon {
	case "the", "a", "an", "and":
		return true
	}
	return false
}

// extraWord returns the index of the first word of p's track, from index
// from on, that the other side has no counterpart for and that makes p's
// title another title, or -1 when there is none. The weighted score cannot
// hold such pairs apart at any threshold, because one extra word is a share
// of the mass that shrinks as the title grows: "Thinking Out Loud" /
// "Thinking Out Loud Tonight" scores 0.85, "Sgt. Pepper's Lonely Hearts
// Club Band" / "... (Reprise)" 0.91. But a title that extends another by a
// word names another song far more often than it names the same one (a
// sequel, an answer song, a reprise, a dub), so such a word holds the pair
// for a curator whatever its weight; the score, and so the review band, is
// left as it was. Not counted, because they do not make another title:
//
//   - articles and "and" (isLight), which uploaders add and drop;
//   - numbers, which RuleNumberMismatch covers on its own, and the word
//     that introduces one ("Pt. II", "Vol. 2");
//   - words matched in any phase: typos, spelling variants, the halves of
//     a compound, the other side's credit written into this title
//     (phaseCross: "... with Willie Nelson" against a side that credits
//     him as an artist);
//   - a credit connector ("with", "feat", "x", "by"...) right before such
//     a credit.
//
// A word that merely equals an artist's name still counts: "Killer Queen"
// by Queen is not "Killer".
func extraWord(p *side, ph []phase, from int) int {
	tr := p.track()
	for i := max(tr.lo, from); i < tr.hi; i++ {
		tk := &p.toks[i]
		if ph[i] != phaseNone || tk.light || tk.num {
			continue
		}
		if numberMarkers[tk.canon] && i+1 < tr.hi && p.toks[i+1].num && ph[i+1] == phaseNone {
			continue
		}
		if creditLead(p, ph, i) {
			continue
		}
		return i
	}
	return -1
}

// turnedEither reports whether one side is read turned round and the
// other's split was guessed too, and not confirmed by its own channel
// (see splitOnOwnChannel): the pair then reads as well the other way,
// with the first turned back and the second turned round, and its artists
// as compared are its tracks in that reading.
func (s *scorer) turnedEither() bool {
	return s.a.swapped && s.b.splitGuessed() && !s.b.splitOnOwnChannel() ||
		s.b.swapped && s.a.splitGuessed() && !s.a.splitOnOwnChannel()
}

// minChannelName is the fewest letters of an artist's name that
// splitOnOwnChannel finds in its channel's.
const minChannelName = 4

// splitOnOwnChannel reports whether p, unswapped, names artists read from
// its title and one of them, of minChannelName letters or more, articles
// aside, is in the name of an artist's own channel it was uploaded on
// ("The Chainsmokers & Coldplay - Something Just Like This" on
// ChainsmokersVEVO, "Zedd & Kehlani - Good Thing" on ZEDDVEVO): the
// channel says which part names the artists, and the title does not read
// the other way round.
func (p *side) splitOnOwnChannel() bool {
	if p.swapped || p.title.Channel == "" {
		return false
	}
	ch := title.ReadChannel(p.title.Channel)
	if !ch.Own {
		return false
	}
	name := strings.ReplaceAll(ch.Name, " ", "")
	for _, a := range p.title.Artists {
		var joined strings.Builder
		for _, w := range strings.Fields(a) {
			if !isLight(canonToken(w)) {
				joined.WriteString(w)
			}
		}
		if j := joined.String(); utf8.RuneCountInString(j) >= minChannelName && strings.Contains(name, j) {
			return true
		}
	}
	return false
}

// turnedWord returns the index of the first word of p's artists, from index
// from on, that met nothing on the other side and is no article, or -1 when
// there is none, for a pair that reads either way round (turnedEither). In
// the other reading that word is a track word only one side has, which
// makes it another title as extraWord's do: "One Tree Hill - U2" read
// against "U2 - One" turned round compares "tree hill" as artist words,
// and "Hello Parody - Adele" against "Adele - Hello" its "parody". Not
// counted: the words of a name of p's artists that met nothing when
// another of its names, of two words or more, met the other side whole, a
// performer credited beside the shared one ("Billie Eilish & Khalid -
// lovely" against "lovely - Billie Eilish"; see creditNames for the names
// of a track read as artists). A shared name of one word is as likely a
// track's first word before its mark ("Alive & Kicking - Sia" against "Sia
// - Alive", "Adele - Hello, Goodbye" against "Hello - Adele"): the words
// beside it count.
func turnedWord(p *side, ph []phase, from int) int {
	var buf [8]tokRange
	names := p.creditNames(buf[:0])
	whole := false
	for _, n := range names {
		words, met := 0, 0
		for i := n.lo; i < n.hi; i++ {
			if !p.toks[i].light && !creditConnectors[p.toks[i].canon] {
				words++
				if ph[i] != phaseNone {
					met++
				}
			}
		}
		whole = whole || words > 1 && met == words
	}
	for _, n := range names {
		credit := whole && len(names) > 1
		for i := n.lo; i < n.hi && credit; i++ {
			credit = ph[i] == phaseNone || p.toks[i].light
		}
		for i := max(n.lo, from); i < n.hi && !credit; i++ {
			if ph[i] == phaseNone && !p.toks[i].light {
				return i
			}
		}
	}
	return -1
}

// creditNames appends to names the ranges of p's artist tokens that make
// one name each: the title's artists, or, for a side read turned round, its
// track split where its raw title credits another name (see creditBreak),
// "Billie Eilish & Khalid" or "जुबिन नौटियाल, असीस कौर" as two names.
func (p *side) creditNames(names []tokRange) []tokRange {
	if !p.swapped || p.performer != "" {
		i := 0
		for _, name := range p.artistNames() {
			hi := min(i+wordCount(name), p.nArt)
			names = append(names, tokRange{i, hi})
			i = hi
		}
		if i < p.nArt {
			names = append(names, tokRange{i, p.nArt})
		}
		return names
	}
	var raw string
	lo := 0
	for i := 1; i < p.nArt; i++ {
		if creditConnectors[p.toks[i].canon] {
			names = append(names, tokRange{lo, i})
			lo = i
			continue
		}
		if creditConnectors[p.toks[i-1].canon] {
			continue
		}
		if raw == "" {
			raw = title.Fold(p.title.Raw)
		}
		if creditBreak(raw, p.toks[i-1].text, p.toks[i].text) {
			names = append(names, tokRange{lo, i})
			lo = i
		}
	}
	if lo < p.nArt {
		names = append(names, tokRange{lo, p.nArt})
	}
	return names
}

// creditBreak reports whether raw, a folded title, has the word x, then a
// mark that lists names (a comma, "&", "+" or "/") and then the word y.
func creditBreak(raw, x, y string) bool {
	for k := 0; k < len(raw); {
		at := strings.Index(raw[k:], x)
		if at < 0 {
			return false
		}
		rest := strings.TrimLeft(raw[k+at+len(x):], " ")
		if rest != "" && strings.ContainsRune(",&+/", rune(rest[0])) && strings.HasPrefix(strings.TrimLeft(rest[1:], " "), y) {
			return true
		}
		k += at + len(x)
	}
	return false
}

// trackOnlyShorter reports whether one side names an artist and the other
// none (a track-only upload), nothing confirms the pair (durations within
// seconds), and the side with the artist has a track word that makes
// another title (extraWord) while the track-only side has none: the
// track-only title is the other's with words left out ("Let It Be" against
// "The Everly Brothers - Let It Be Me"). The words it left out are as
// likely another title's as a subtitle's, and no artist on its side can
// tell which, so a curator has nothing to confirm.
func (s *scorer) trackOnlyShorter() bool {
	if s.t.state != artistUnknown || s.confirmed() {
		return false
	}
	p, pph, q, qph := &s.a, s.phA, &s.b, s.phB
	if !p.namesArtist() {
		p, pph, q, qph = q, qph, p, pph
	}
	return p.namesArtist() && !q.namesArtist() && namingWord(p, pph) && extraWord(q, qph, 0) < 0
}

// namingWord reports whether p's track has an extra word (extraWord) that
// is no version filler: "Let It Be Me" against "Let It Be" names another
// title, "Billie Jean Audio" or "Billie Jean Official" against "Billie
// Jean" only describes the upload (track_only_shorter).
func namingWord(p *side, ph []phase) bool {
	for k := extraWord(p, ph, 0); k >= 0; k = extraWord(p, ph, k+1) {
		if !title.VersionFiller(p.toks[k].canon) {
			return true
		}
	}
	return false
}

// namesBeforeTrack reports whether neither side names an artist, not even
// by its channel, nothing else confirms the pair (durations within
// seconds), and each track has, before its first word that met the other
// track, words of its own that met nothing, no number and no spelling of
// one of the other's ("hurricane smith oh babe what would you say" /
// "liza minnelli oh babe, what would you say"): two titles that each put
// a performer's name before the shared words, as "Artist Track" uploads
// without a separator do.
func (s *scorer) namesBeforeTrack() bool {
	if s.a.hasArtist() || s.b.hasArtist() || s.confirmed() {
		return false
	}
	alo, ahi := s.a.leadingWords(s.phA)
	blo, bhi := s.b.leadingWords(s.phB)
	if alo == ahi || blo == bhi {
		return false
	}
	for i := alo; i < ahi; i++ {
		x := &s.a.toks[i]
		if s.phA[i] != phaseNone || x.light || x.num {
			continue
		}
		for j := blo; j < bhi; j++ {
			y := &s.b.toks[j]
			if s.phB[j] != phaseNone || y.light || y.num {
				continue
			}
			if strings.Contains(x.text, y.text) || strings.Contains(y.text, x.text) || osaDistance(x.text, y.text, 2) <= 2 {
				return false
			}
		}
	}
	return true
}

// leadingWords returns the range of p's track tokens before its first
// word that met the other track, when that range holds a word that met
// nothing and is neither light nor a number; an empty range otherwise.
func (p *side) leadingWords(ph []phase) (lo, hi int) {
	tr := p.track()
	own := false
	for i := tr.lo; i < tr.hi; i++ {
		if ph[i] == phaseTrack {
			if !own {
				return 0, 0
			}
			return tr.lo, i
		}
		tk := &p.toks[i]
		own = own || ph[i] == phaseNone && !tk.light && !tk.num
	}
	return 0, 0
}

// versionArtistAgree is the artist score from which RuleExtraVersionWord
// holds: the artists are the same, by the title or the channel.
const versionArtistAgree = 0.9

// extraVersionWord reports whether p's track has, among the words the
// other track lacks (extraWord), a version word ("live", "remix", "cover",
// "karaoke": title.VersionWord) of a version q's title does not have: a
// version the normalizer left in the track ("Stefania - LIVE - Grand
// Final", "Not Shy @ LIVE PREMIERE"), or another title that holds the
// word ("Live Forever" / "Forever"). Either way another recording.
func extraVersionWord(p *side, ph []phase, q *side) bool {
	for i := extraWord(p, ph, 0); i >= 0; i = extraWord(p, ph, i+1) {
		if v, ok := title.VersionWord(p.toks[i].text); ok && q.verBits&versionIndex[v] == 0 {
			return true
		}
		if p.toks[i].hangul && gluedVersion(p.toks[i].text) {
			return true
		}
	}
	return false
}

// versionInArtist reports whether every word of q's artists (light ones
// aside) met p's artists, and p's primary artists hold, among the words
// that met nothing, a version word of a version that no word of q's raw
// title names: p's artist is q's with a version written beside it, where
// the split left it ("Arijit Singh Live - Channa Mereya",
// "A Thousand Years - Christina Perri (Official Music Video) Acoustic
// Cover - Gardiner Sisters", "Adele - Skyfall - Official Acoustic Music
// Video - Madilyn Bailey"): another recording of q's song. A band credit
// ("and His Orchestra", "Grande Orchestra": see markBand, ensembleNouns)
// names performers, not a version; and "cover" beside a name ("Skyfall
// by Adele - Noah Guthrie cover") names the performer of a cover, whose
// own record of the song is that cover.
func versionInArtist(p *side, pph []phase, q *side, qph []phase) bool {
	if !artistsAllMet(q, qph) {
		return false
	}
	for i := range p.nArt {
		tk := &p.toks[i]
		if pph[i] != phaseNone || tk.band || ensembleNouns[tk.text] {
			continue
		}
		if v, ok := title.VersionWord(tk.text); ok && v != title.VersionCover && !q.namesVersion(v) {
			return true
		}
	}
	return false
}

// kindInArtist reports whether every word of q's artists (light ones
// aside) met p's artists, and p's artists hold, among the words that met
// nothing and that q's raw title does not have, a word that says the
// upload is another track, another part or another kind of upload than
// a plain take: a word naming another track of a work or a kind of
// upload (notPerformerWord: "Medley", "Mashup", "Reaction"), "version"
// after a word that qualifies it ("Jazz Version"), or "part" before a
// number ("Part 2"). The split left it with the names, most often in a
// title read turned round ("Hello - Adele, Jazz Version", "Someone Like
// You - Adele Medley").
//
// beside reports whether such a word stands in one name (see creditNames)
// with a word that met q's artists, or in a name that only names the
// upload (see kindName): q's name with the word written after it ("Adele
// Medley", "Adele, Jazz Version", "Adele, Part 2"), another track or kind
// of upload of q's artist, a new song at a glance (kind_word_beside_artist).
// A word in a name of its own, that met nothing of q's, may be a
// performer's name credited beside q's artist, and a curator tells
// (kind_word_in_artist).
func kindInArtist(p *side, pph []phase, q *side, qph []phase) (found, beside bool) {
	if !artistsAllMet(q, qph) {
		return false, false
	}
	for i := range p.nArt {
		tk := &p.toks[i]
		if pph[i] != phaseNone || tk.band {
			continue
		}
		kind := notPerformerWord(tk.canon) ||
			tk.text == "version" && i > 0 && pph[i-1] == phaseNone ||
			(tk.text == "part" || tk.text == "pt") && i+1 < p.nArt && p.toks[i+1].num
		if !kind || q.rawWords()[tk.text] {
			continue
		}
		found = true
		for _, name := range p.creditNames(nil) {
			if i < name.lo || i >= name.hi {
				continue
			}
			if kindName(p, name, i) {
				return true, true
			}
			for j := name.lo; j < name.hi; j++ {
				if pph[j] == phaseArtist {
					return true, true
				}
			}
		}
	}
	return found, false
}

// kindName reports whether the name r of p's artists, which holds the kind
// word at i, is that word alone with numbers ("Part 2", "Medley") or a
// word before "version" ("Jazz Version"): it names the upload, no
// performer.
func kindName(p *side, r tokRange, i int) bool {
	if r.hi-r.lo == 2 && p.toks[r.hi-1].text == "version" {
		return true
	}
	for j := r.lo; j < r.hi; j++ {
		if j != i && !p.toks[j].num {
			return false
		}
	}
	return true
}

// artistsAllMet reports whether q names artists and every word of them,
// light ones aside, met the other side's artists.
func artistsAllMet(q *side, qph []phase) bool {
	if q.nArt == 0 {
		return false
	}
	for i := range q.nArt {
		if !q.toks[i].light && qph[i] != phaseArtist {
			return false
		}
	}
	return true
}

// namesVersion reports whether p's title has version v or a word of its
// raw title, its track's included, is a word of v.
func (p *side) namesVersion(v title.Version) bool {
	if p.verBits&versionIndex[v] != 0 {
		return true
	}
	for w := range p.rawWords() {
		if u, ok := title.VersionWord(w); ok && u == v {
			return true
		}
	}
	return false
}

// oneWordInside reports whether p's track is at most one word besides
// light ones, every word of it matched to q's track, and q's track has,
// before that word, a word of its own that makes it another title
// (extraWord): "Intro" against "Concert Intro", "Black" against "Back to
// Black", "You" against "Thinking About You". Uploaders append words to a
// title (a year, a format, a translation, "cover"), and put before it
// only artists and track numbers, which the other side's artist and
// extraWord account for; a word before a one-word title makes it another
// title. A word after it ("Stay" / "Stay With Me", "Yesterday" /
// "Yesterday Vinyl") is left to RuleExtraWord: as often a junk suffix of
// the same song as another song.
func oneWordInside(p *side, pph []phase, q *side, qph []phase) bool {
	tr := p.track()
	word := ""
	for i := tr.lo; i < tr.hi; i++ {
		tk := &p.toks[i]
		if pph[i] != phaseTrack && !(tk.light && pph[i] == phaseNone) {
			return false
		}
		if !tk.light {
			if word != "" {
				return false
			}
			word = tk.canon
		}
	}
	if word == "" {
		return false
	}
	qr := q.track()
	at := -1
	for j := qr.lo; j < qr.hi; j++ {
		if qph[j] == phaseTrack && !q.toks[j].light {
			at = j
			break
		}
	}
	i := extraWord(q, qph, 0)
	return i >= 0 && i < at && q.toks[i].canon != word
}

// wordsAppended reports whether q's track is p's with words of its own
// after it, in the same part of q's raw title: every word of p's track
// (articles and "and" aside) met q's track, q's track has a word that
// makes it another title (extraWord), and every word of q's track that met
// nothing comes after the last one that did, in the part of the raw title
// that holds it, outside any bracket group it is not in ("Let It Be" /
// "Let It Be Me", "One" / "One Tree Hill", "Love Me" / "Love Me Tender").
// Words set apart by a dash, "~", "|" or brackets are left to asides and
// to RuleExtraWord: "yesterday - psychedelic beat rock - july" carries a
// genre, not another title.
func wordsAppended(p *side, pph []phase, q *side, qph []phase) bool {
	tr := p.track()
	matched := false
	for i := tr.lo; i < tr.hi; i++ {
		if p.toks[i].light {
			continue
		}
		if pph[i] != phaseTrack {
			return false
		}
		matched = true
	}
	if !matched {
		return false
	}
	qr := q.track()
	last, extra := -1, false
	for j := qr.lo; j < qr.hi; j++ {
		tk := &q.toks[j]
		switch {
		case qph[j] == phaseTrack:
			if extra {
				return false
			}
			last = j
		case qph[j] == phaseNone && !tk.light:
			if last < 0 {
				return false
			}
			extra = true
		}
	}
	if !extra || extraWord(q, qph, last+1) < 0 {
		return false
	}
	// A word of the shared track written again ("Money" / "Money Money
	// Money") makes no other title.
	own := false
	for j := last + 1; j < qr.hi && !own; j++ {
		if qph[j] == phaseNone && !q.toks[j].light {
			own = !slices.ContainsFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.canon == q.toks[j].canon })
		}
	}
	if !own {
		return false
	}
	// The words after the last matched one, in the raw title's part that
	// holds the track and in no bracket group apart from it.
	at := q.toks[last].text
	var before, after []string
	for j := qr.lo; j < last; j++ {
		if qph[j] == phaseTrack && !q.toks[j].light {
			before = append(before, q.toks[j].text)
		}
	}
	for j := last + 1; j < qr.hi; j++ {
		if qph[j] == phaseNone && !q.toks[j].light {
			after = append(after, q.toks[j].text)
		}
	}
	for _, g := range bracketGroups(q.title.Raw) {
		if !slices.Contains(g, at) && slices.ContainsFunc(after, func(w string) bool { return slices.Contains(g, w) }) {
			return false
		}
	}
	return slices.ContainsFunc(segmentGroups(q.title.Raw), func(g []string) bool {
		return holdsAppended(g, at, before, after)
	})
}

// wordsBetween reports whether q's track is p's with words of its own
// between p's words, in one part of q's raw title: every word of p's
// track (articles and "and" aside) met q's track, two words at least, and
// between the first and the last word of q's track that met p's stand two
// words or more that make it another title (extraWord) and that p's track
// does not have ("I Dance" / "I Hope You Dance", "All for You" / "All I
// Want for Christmas Is You", "Without You" / "Who Will Save You Without
// You"). Uploaders add words before and after a title, not inside it; one
// word inside is as often a word the other upload dropped ("Sweet Child
// O' Mine" / "Sweet Child Mine") and is left to RuleExtraWord.
func wordsBetween(p *side, pph []phase, q *side, qph []phase) bool {
	if catalogued(p) || catalogued(q) {
		return false
	}
	first, last, ok := metWhole(p, pph, q, qph, 2)
	if !ok {
		return false
	}
	own := 0
	for k := extraWord(q, qph, first+1); k >= 0 && k < last; k = extraWord(q, qph, k+1) {
		if ownWordBeside(p, q, k, first, last) {
			own++
		}
	}
	return own >= 2
}

// catalogued reports whether p's track holds a number or a number marker
// ("Nocturne Op. 9 No. 2", "Spring Concerto No 1", "Moonlight Sonata 1st
// Movement"): a work's catalogue title, whose uploads write its key, its
// tempo or its subtitle between the words of another's ("Nocturne in E
// flat major Op. 9 No. 2"), so that words between name no other title
// (words_between).
func catalogued(p *side) bool {
	tr := p.track()
	return slices.ContainsFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.num || numberMarkers[t.canon] })
}

// metWhole reports whether every word of p's track (articles and "and"
// aside), n at least, met q's track, with the first and the last word of
// q's track that met one.
func metWhole(p *side, pph []phase, q *side, qph []phase, n int) (first, last int, ok bool) {
	tr := p.track()
	for i := tr.lo; i < tr.hi; i++ {
		if p.toks[i].light {
			continue
		}
		if pph[i] != phaseTrack {
			return 0, 0, false
		}
		n--
	}
	if n > 0 {
		return 0, 0, false
	}
	first, last = runOf(q, qph, q.track(), phaseTrack)
	return first, last, first >= 0
}

// ownWordBeside reports whether q's word k, which met nothing, is no word
// of p's track and stands in one part of q's raw title with q's words
// first and last, and a bracket group holds all three or none of them: a
// group that holds the shared words alone is a title of its own ("Good
// Riddance (Time of Your Life)"), one that holds the word alone an aside.
func ownWordBeside(p, q *side, k, first, last int) bool {
	tr := p.track()
	w := q.toks[k].canon
	if slices.ContainsFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.canon == w }) {
		return false
	}
	in := func(g []string) bool {
		return slices.Contains(g, q.toks[first].text) && slices.Contains(g, q.toks[k].text) && slices.Contains(g, q.toks[last].text)
	}
	apart := func(g []string) bool {
		return !in(g) && (slices.Contains(g, q.toks[first].text) || slices.Contains(g, q.toks[k].text) || slices.Contains(g, q.toks[last].text))
	}
	if slices.ContainsFunc(bracketGroups(q.title.Raw), apart) {
		return false
	}
	return slices.ContainsFunc(segmentGroups(q.title.Raw), in)
}

// holdsAppended reports whether the words g of one part of a raw title
// hold a track that ends its shared words with at and then has the words
// after: at stands in g with every word of after behind it and every word
// of before ahead of it. The word at may also be a word of the artist's
// name ("Rush - Rush Hour"), so each place it stands in is tried, and a
// part that holds it only where the track's other words are not is the
// artist's, not the track's.
func holdsAppended(g []string, at string, before, after []string) bool {
	for i, w := range g {
		if w != at {
			continue
		}
		if !slices.ContainsFunc(before, func(w string) bool { return !slices.Contains(g[:i], w) }) &&
			!slices.ContainsFunc(after, func(w string) bool { return !slices.Contains(g[i+1:], w) }) {
			return true
		}
	}
	return false
}

// sequelNumber reports whether p's track is q's followed by a part number,
// and nothing else differs: every track word of q is matched, and p's
// unmatched track words are a number from 1 to maxSequel at the end,
// maybe introduced by a marker ("Pt.", "Vol.") or light words. "Dead
// Presidents II", "Cole Summer 2", "Revolution 1", "Crack in the Pearl,
// Pt. II" against the title without the number: by one artist, the next
// part of a work or another take of it, never one recording.
func sequelNumber(p *side, pph []phase, q *side, qph []phase) bool {
	return numberAfter(p, pph, q, qph, func(canon string) bool {
		n, err := strconv.Atoi(canon)
		return err == nil && n >= 1 && n <= maxSequel
	})
}

// artistSequel reports whether both titles were read "Artist - Track" and
// p's artist is q's followed by a part number while the tracks agree word
// for word: "Hello 2 - Adele" against "Hello - Adele", "Jodiyan 2 -
// Rupinder Handa" against "Jodiyan - Rupinder Handa". Such a title is more
// often "Track - Artist" than an act that drops the number from its name
// ("Maroon 5"), so the part number is the same evidence as in the track
// (see sequelNumber). Featured artists are left out on both sides: a
// credit alone tells neither way ("Hello 2 - Adele ft. Drake"). A numeral
// that ends a person's name as often ("Loudon Wainwright III") is left to
// generational_suffix, which holds the pair for review.
func artistSequel(p *side, pph []phase, q *side, qph []phase) bool {
	if p.title.ArtistSource != title.ArtistFromTitle || q.title.ArtistSource != title.ArtistFromTitle || p.nArt == 0 {
		return false
	}
	last := p.nArt - 1
	if pph[last] != phaseNone || !p.toks[last].num || generationalSuffix(p.toks[last].text) {
		return false
	}
	if n, err := strconv.Atoi(p.toks[last].canon); err != nil || n < 1 || n > maxSequel {
		return false
	}
	i := last - 1
	for i >= 0 && pph[i] == phaseNone && (p.toks[i].light || numberMarkers[p.toks[i].canon]) {
		i--
	}
	if i < 0 {
		return false
	}
	for ; i >= 0; i-- {
		if pph[i] == phaseNone {
			return false
		}
	}
	return allMatched(p, pph, p.track()) && allMatched(q, qph, tokRange{0, q.nArt}) && allMatched(q, qph, q.track())
}

// allMatched reports whether every word of p in r but light words is
// matched.
func allMatched(p *side, pph []phase, r tokRange) bool {
	for j := r.lo; j < r.hi; j++ {
		if pph[j] == phaseNone && !p.toks[j].light {
			return false
		}
	}
	return true
}

// remakeNumber reports whether p's track is q's followed by a number that
// names a new version of the track rather than a part of it, and nothing
// else differs (as in sequelNumber): a version number ("Insomnia 2.0",
// which the normalizer reads as one number, see dottedNumber), a year
// written with a k ("What Is Love 2k9") or its two last digits after an
// apostrophe ("Brother Louie '98", see clippedYear). A remake or a
// re-release, another recording and never the same one (remake_number).
// A year written whole is an upload's date as often ("Only You 1955").
func remakeNumber(p *side, pph []phase, q *side, qph []phase) bool {
	return numberAfter(p, pph, q, qph, func(canon string) bool {
		return kYear(canon) || dottedNumber(p.title.Raw, canon) || clippedYear(p.title.Raw, canon)
	})
}

// clippedYear reports whether raw writes the number canon, two digits, as
// a year's last two after an apostrophe: '98, ’05.
func clippedYear(raw, canon string) bool {
	if len(canon) != 2 || !allDigits(canon) {
		return false
	}
	return wordIn(raw, "'"+canon) || wordIn(raw, "\u2019"+canon)
}

// kYear reports whether canon is a year written with a k for the
// thousands: 2k9, 2k19.
func kYear(canon string) bool {
	head, tail, ok := strings.Cut(canon, "k")
	return ok && len(head) == 1 && len(tail) >= 1 && len(tail) <= 2 && allDigits(head) && allDigits(tail)
}

// dottedNumber reports whether raw writes the number canon, two or three
// digits, with a dot before its last digit, as a version number is
// written ("2.0", "3.5"), a word of its own.
func dottedNumber(raw, canon string) bool {
	if len(canon) < 2 || len(canon) > 3 || !allDigits(canon) {
		return false
	}
	return wordIn(raw, canon[:len(canon)-1]+"."+canon[len(canon)-1:])
}

// wordIn reports whether raw holds w with no digit or dot, a part of a
// number, right before or after it.
func wordIn(raw, w string) bool {
	for rest := raw; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		j := i + len(w)
		if (i == 0 || !numberByte(rest[i-1])) && (j == len(rest) || !numberByte(rest[j])) {
			return true
		}
		rest = rest[i+1:]
	}
}

// numberByte reports whether c is a digit or a dot, a part of a number.
func numberByte(c byte) bool { return c >= '0' && c <= '9' || c == '.' }

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// numberAfter reports whether p's track is q's followed by a number that
// ok accepts, maybe introduced by a marker ("Pt.", "Vol.") or light
// words, and nothing else differs: every track word of q is matched.
func numberAfter(p *side, pph []phase, q *side, qph []phase, ok func(canon string) bool) bool {
	tr := p.track()
	last := tr.hi - 1
	if last < tr.lo || pph[last] != phaseNone || !p.toks[last].num || !ok(p.toks[last].canon) {
		return false
	}
	i := last - 1
	for i >= tr.lo && pph[i] == phaseNone && (p.toks[i].light || numberMarkers[p.toks[i].canon]) {
		i--
	}
	matched := 0
	for ; i >= tr.lo; i-- {
		if pph[i] == phaseNone {
			return false
		}
		matched++
	}
	if matched == 0 {
		return false
	}
	qr := q.track()
	for j := qr.lo; j < qr.hi; j++ {
		if qph[j] == phaseNone && !q.toks[j].light {
			return false
		}
	}
	return true
}

// reprise reports whether every word of q's track (light words aside) is
// matched in p's track and p's track has besides them only words that name
// another track of a work (repriseWords) and light words: "Breathe
// (Reprise)" against "Breathe", "Sgt. Pepper's Lonely Hearts Club Band
// (Reprise)" against the title track, "All Of The Lights (Interlude)"
// against "All Of The Lights", "Outro: Tear" against "Tear". Unlike other
// words added to a title (RuleExtraWord: as often an upload's subtitle,
// album or place as another title), such a track is never the same
// recording.
func reprise(p *side, pph []phase, q *side, qph []phase) bool {
	qr := q.track()
	matched := false
	for j := qr.lo; j < qr.hi; j++ {
		switch {
		case qph[j] == phaseTrack:
			matched = true
		case !q.toks[j].light:
			return false
		}
	}
	tr := p.track()
	added := false
	for i := tr.lo; i < tr.hi; i++ {
		switch tk := &p.toks[i]; {
		case pph[i] == phaseTrack, pph[i] == phaseNone && tk.light:
		case pph[i] == phaseNone && repriseWords[tk.canon]:
			added = true
		default:
			return false
		}
	}
	return matched && added
}

// repriseWord returns the word of repriseWords that one track adds to the
// other's, as it is written, for the explanation.
func (s *scorer) repriseWord() string {
	for _, p := range []struct {
		s  *side
		ph []phase
	}{{&s.a, s.phA}, {&s.b, s.phB}} {
		tr := p.s.track()
		for i := tr.lo; i < tr.hi; i++ {
			if p.ph[i] == phaseNone && repriseWords[p.s.toks[i].canon] {
				return p.s.toks[i].text
			}
		}
	}
	return "reprise"
}

// repriseWords name, added to a title, another track of the same work, by
// their canonical forms: a reprise, the short piece an album sets before
// a song, after it or between two (interlude_track), or the part that
// continues it ("(Continued)", "(Cont.)", "(Cont'd)").
var repriseWords = map[string]bool{"reprise": true, "interlude": true, "outro": true, "continued": true, "cont": true, "contd": true}

// maxSequel is the highest part number sequelNumber reads as one: a larger
// number is more often a year, a track number or part of the title.
const maxSequel = 12

// numberMarkers are the words that introduce the number of a part, by
// their canonical forms.
var numberMarkers = map[string]bool{
	"part": true, "parts": true, "pts": true, "volume": true, "chapter": true,
	"number": true, "no": true, "episode": true, "op": true,
}

// creditConnectors are the words that introduce a credit inside a title
// ("... with Willie Nelson", "... x Jay-Z", "... by Queen"; "con", the
// Spanish and Italian "with": "Ave de paso (con Ana Mena)", "Bonnie &
// Clyde (con Scarlett Johansson)", "Scale (con Luchè)"), by their canonical
// forms.
var creditConnectors = map[string]bool{
	"with": true, "con": true, "feat": true, "featuring": true, "ft": true, "x": true,
	"vs": true, "versus": true, "by": true, "prod": true,
}

// creditLead reports whether p's unmatched track word i introduces the
// other side's artist written into this track (phaseCross): a connector
// right before it ("... with Willie Nelson", "... by Queen"), or a verb of
// performing before such a "by" ("Alligator Crawl played by Fess
// Williams"). It belongs to the credit, not to the title.
func creditLead(p *side, ph []phase, i int) bool {
	return creditStart(p, ph, i) >= 0
}

// creditStart returns the index of the credit that p's track word i
// introduces (see creditLead), or -1.
func creditStart(p *side, ph []phase, i int) int {
	tr := p.track()
	tk := &p.toks[i]
	next := i + 1
	switch {
	case creditConnectors[tk.canon]:
	case title.CreditVerb(tk.canon) && next < tr.hi && p.toks[next].canon == "by" && ph[next] == phaseNone:
		next++
	default:
		return -1
	}
	if next < tr.hi && ph[next] == phaseCross {
		return next
	}
	return -1
}

// minLongCredit is the fewest words, articles and "and" aside, of a credit
// whose connector weighs nothing in the track score (see leadsLongCredit).
const minLongCredit = 2

// leadsLongCredit reports whether p's unmatched track word i introduces
// (creditLead) a credit of at least minLongCredit words: a name so long is
// the other side's artist written into the title, and the words that
// introduce it are no title words either ("Alligator Crawl played by Fess
// Williams Royal Flush Orchestra"). A one-word credit may be a title's own
// word that happens to be a name ("Stay with Me" against "Stay" by Me), so
// its connector still counts against the pair.
func leadsLongCredit(p *side, ph []phase, i int) bool {
	k := creditStart(p, ph, i)
	if k < 0 {
		return false
	}
	words := 0
	for tr := p.track(); k < tr.hi && ph[k] == phaseCross; k++ {
		if !p.toks[k].light {
			words++
		}
	}
	return words >= minLongCredit
}

// unmatchedWeight is what an unmatched track word weighs against a pair.
func unmatchedWeight(tk *token) float64 {
	if tk.light {
		return tk.w
	}
	return max(tk.w, unmatchedFloor)
}

// trackMass returns the matched and total mass of p's track tokens, leaving
// out those that turned out to be the other side's artist, and whether a
// number went unmatched.
func trackMass(p *side, ph []phase, sim []float64) (matched, total float64, unmatchedNum bool) {
	for i := range p.toks {
		tk := &p.toks[i]
		switch {
		case tk.field == fieldTrack && ph[i] == phaseTrack:
			total += tk.w
			matched += tk.w * sim[i]
		case unmatchedTrackWord(p, ph, i):
			total += unmatchedWeight(tk)
			unmatchedNum = unmatchedNum || tk.num
		}
	}
	return matched, total, unmatchedNum
}

// unmatchedTrackWord reports whether p's token i is a track word that met
// nothing on the other side and counts against the pair: no leaked credit
// (phaseCross), no gloss and no connector of a long credit.
func unmatchedTrackWord(p *side, ph []phase, i int) bool {
	return p.toks[i].field == fieldTrack && ph[i] != phaseTrack && ph[i] != phaseCross && ph[i] != phaseGloss &&
		!leadsLongCredit(p, ph, i)
}

// unmatchedNumbers returns the numbers of p's track that met nothing on the
// other side and count against the pair (number_mismatch).
func unmatchedNumbers(p *side, ph []phase) []string {
	var nums []string
	for i := range p.toks {
		if p.toks[i].num && unmatchedTrackWord(p, ph, i) {
			nums = append(nums, strconv.Quote(p.toks[i].text))
		}
	}
	return nums
}

// artistMass returns the matched and total mass of p's artist and featured
// tokens, and the share of its primary-artist mass found in the other
// side's title (phaseCross), used when the other side names no artist.
//
// Articles and "and" (isLight) matched alone are no agreement: "The Same"
// and "The Utorro", "Simon and Garfunkel" and "Sonny and Cher" share
// nothing but the words names are made of, so nothing of p is matched
// when p has other words and none of them matched.
func artistMass(p *side, ph []phase, sim []float64, otherHasFeatured bool) (matched, total, inTitle float64) {
	var primW, primCross float64
	heavy, heavyMatched := false, false
	for i := range p.toks {
		tk := &p.toks[i]
		m := ph[i] != phaseNone
		if tk.field == fieldTrack || tk.band && !m && p.bandDrop {
			continue
		}
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
		if !tk.light {
			heavy = true
			heavyMatched = heavyMatched || m
		}
		if m {
			matched += tk.eff * sim[i]
		}
	}
	if heavy && !heavyMatched {
		matched = 0
	}
	if primW > 0 {
		inTitle = primCross / primW
	}
	if total == 0 {
		total = math.SmallestNonzeroFloat64
	}
	return matched, total, inTitle
}

// durationsConfirmFloor is the lowest score of a pair that durations within
// DurationAgreeSeconds lift over the merge line (see durationsConfirm).
const durationsConfirmFloor = 0.65

// durationsConfirm reports whether the pair is a near miss that its
// durations confirm: no rule holds it, it scores from durationsConfirmFloor
// to below sameLettersScore, both titles name artists that were compared
// (neither a channel's guess) and share a word, and both durations are
// known and within DurationAgreeSeconds. A catalogue's records of one
// recording carry slips in both columns at once ("Another Song" by "J.J.
// Cale" against "Anothe Song" by "J.J. Cle", 204 s and 203 s; "St. James
// Infuirmary, Part 2" by Artie Shaw against "... Infirmary, Part 2" by
// "Artie Saw", 204 s each; "Right on Track" by "B. Club" against Breakfast
// Club's, 256 s each), which sameLetters and artistSlip, one column at a
// time, do not read; the words make the merge plausible and the lengths
// prove it, as a curator would (near_miss_durations). Artists that are two
// names ("Ray Charles" / "Ray Price", see twoNames) are two performers
// whose songs of one title may well last as long: the durations confirm
// only a name written two ways. A track of fewer than six letters is one
// slip from other words ("Hallo" / "Hello", "Hold" / "Hole"), and one
// artist's two songs may last as long: it stays a review, as sameLetters
// leaves it.
func (s *scorer) durationsConfirm() bool {
	t := &s.t
	return t.score >= durationsConfirmFloor && t.score < sameLettersScore &&
		t.state == artistCompared && t.artist > 0 && !s.a.channelArt && !s.b.channelArt &&
		s.durationsAgree() && s.trackSlip() && !s.twoNames() && s.oneNameTwoWays()
}

// trackSlip reports whether the tracks of a near miss have six letters or
// more and are one slip of spelling apart, as same_letters reads them: one
// letter added, dropped, replaced or two swapped for every eight, spaces,
// digits and punctuation aside (durations_agree, precision). A word and
// its negation are two edits apart and two songs ("Possible" /
// "Impossible", "Breakable" / "Unbreakable", "Stoppable" / "Unstoppable"),
// which one artist's recordings of one length do not tell apart; nor are
// two English words one vowel or a w apart (englishSwap).
func (s *scorer) trackSlip() bool {
	la, lb := trackLetters(s.a.title.Track), trackLetters(s.b.title.Track)
	n := min(len(la), len(lb))
	limit := max(1, n/8)
	return n >= 6 && LettersDistance(la, lb, limit) <= limit && !s.englishSwap()
}

// oneNameTwoWays reports whether the artists of a near miss are one name
// written two ways, as durationsConfirm needs them (durations_agree,
// precision): each word one side names and the other does not is a slip
// of a word of the other ("J.J. Cale" / "J.J. Cle", "Artie Shaw" / "Artie
// Saw") or an initial of it ("B. Club" / "Breakfast Club", "Fredreick L." /
// "Frederick Loewe"); or one side's words are all in the other, whose
// credits name another performer besides ("Wojciech" against "Wojciech
// Waglewski & Maciej Maleńczuk"). Names that only share words are other
// performers whose recordings of one title may last as long: another of a
// family ("Nat King Cole" / "Natalie Cole", "Miley Cyrus" / "Billy Ray
// Cyrus", "Hank Williams" / "Hank Williams Jr."), an act named after
// another ("Queen" / "The Ultimate Queen Tribute Band", "Pink Floyd" /
// "Australian Pink Floyd").
func (s *scorer) oneNameTwoWays() bool {
	ua, ub := s.a.foreignArtistWords(s.phA, &s.b), s.b.foreignArtistWords(s.phB, &s.a)
	switch {
	case len(ua) == 0 && len(ub) == 0:
		return true
	case len(ua) == 0:
		return s.b.otherCredit(s.phB)
	case len(ub) == 0:
		return s.a.otherCredit(s.phA)
	}
	return slipsOrInitials(ua, ub) && slipsOrInitials(ub, ua)
}

// slipsOrInitials reports whether every word of xs begins a word of ys or
// is begun by one (an initial, a name cut short), or is a slip from one:
// one edit between words of three letters or more, two between words of
// six or more ("Miley" / "Billy" is two names).
func slipsOrInitials(xs, ys []string) bool {
	for _, x := range xs {
		ok := false
		for _, y := range ys {
			nx, ny := utf8.RuneCountInString(x), utf8.RuneCountInString(y)
			if strings.HasPrefix(y, x) || strings.HasPrefix(x, y) ||
				min(nx, ny) >= 3 && osaDistance(x, y, 1) <= 1 || min(nx, ny) >= 6 && osaDistance(x, y, 2) <= 2 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// otherCredit reports whether p's artists are two names or more, one of
// which has no word, light ones aside, matched in any phase: a performer
// the other side does not name besides one it does.
func (p *side) otherCredit(ph []phase) bool {
	names := p.artistNames()
	if len(names) < 2 {
		return false
	}
	i := 0
	for _, name := range names {
		none, words := true, 0
		for range wordCount(name) {
			if i >= p.nArt {
				return false
			}
			if !p.toks[i].light {
				words++
				none = none && ph[i] == phaseNone
			}
			i++
		}
		if none && words > 0 {
			return true
		}
	}
	return false
}

// sameLettersScore is the score of two tracks one slip of spelling apart
// whose artists and durations agree (see sameLetters): above the merge
// threshold, below an exact match.
const sameLettersScore = 0.9

// sameLetters reports whether the tracks are one slip of spelling apart
// and nothing else differs: both sides name artists and every word of
// them matched, something beside the words confirms them (confirmed:
// durations that agree, or one channel of the artists' own), the
// numbers of the tracks are the same, and their letters, spaces and
// punctuation aside, are equal or one letter added, dropped, replaced or
// two swapped apart for every eight letters (tracks of six letters or
// more), or the same words with one written twice in a row.
func (s *scorer) sameLetters() bool {
	if !s.artistsAgree || !s.confirmed() {
		return false
	}
	ta, tb := s.a.title.Track, s.b.title.Track
	if ta == tb || trackDigits(ta) != trackDigits(tb) {
		return false
	}
	if slices.Equal(undoubled(s.a.title.TrackTokens), undoubled(s.b.title.TrackTokens)) {
		return true
	}
	return s.trackSlip()
}

// artistSlip reports whether the artists are one slip of spelling apart
// and nothing else differs: the tracks are the same (six letters or
// more), something beside the words confirms them (confirmed), no artist is
// a channel's guess, no side names featured artists or versions the
// other lacks, and the artists' letters and digits, spaces and
// punctuation aside, are equal ("FallOutBoy" / "Fall Out Boy") or one
// letter added, dropped, replaced or two swapped apart for every eight
// ("Ginnk" / "Gink", "iVro" / "Viro", "Mak 10" / "Mack 10").
func (s *scorer) artistSlip() bool {
	a, b := s.a.title, s.b.title
	if s.artistsAgree || !s.confirmed() || s.a.channelArt || s.b.channelArt ||
		len(a.Artists) == 0 || len(b.Artists) == 0 || a.Track != b.Track || len(trackLetters(a.Track)) < 6 ||
		!slices.Equal(a.Versions, b.Versions) || !slices.Equal(a.VersionInfo, b.VersionInfo) || !slices.Equal(a.Featured, b.Featured) {
		return false
	}
	la, lb := artistLetters(a.Artists), artistLetters(b.Artists)
	n := min(len(la), len(lb))
	if n < 4 {
		return false
	}
	limit := max(1, n/8)
	return LettersDistance(la, lb, limit) <= limit
}

// artistLetters returns the letters and digits of a list of artists.
func artistLetters(artists []string) []rune {
	var out []rune
	for _, a := range artists {
		for _, r := range a {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// trackLetters returns the letters of a track, without spaces, digits or
// punctuation.
func trackLetters(t string) []rune {
	out := make([]rune, 0, len(t))
	for _, r := range t {
		if unicode.IsLetter(r) {
			out = append(out, r)
		}
	}
	return out
}

// trackDigits returns the digits of a track in order, each run of them
// ended by a space.
func trackDigits(t string) string {
	var b strings.Builder
	in := false
	for _, r := range t {
		d := unicode.IsDigit(r)
		if d {
			b.WriteRune(r)
		} else if in {
			b.WriteByte(' ')
		}
		in = d
	}
	return b.String()
}

// undoubled returns words without a word written twice in a row.
func undoubled(words []string) []string {
	out := make([]string, 0, len(words))
	for i, w := range words {
		if i == 0 || w != words[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// LettersDistance is the optimal string alignment distance of a and b, of
// any length (osaDistance is for tokens): insertions, deletions,
// substitutions and swaps of adjacent letters. Strings whose lengths differ
// by more than limit are not aligned: the answer is then limit+1.
func LettersDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || d < -limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
