package score

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// Explanation is the evidence behind a score or a decision, as data. It is
// returned by the HTTP API, stored with reviews and merges, and printed by
// `songdedup match`, so its JSON shape is part of what curators read: fields
// are added, never renamed. Side "a" is the submission (or the first title of
// a pair), side "b" the candidate song.
type Explanation struct {
	// Score is the final similarity in [0,1].
	Score float64 `json:"score"`
	// Decision is "merge", "review" or "distinct"; empty on a bare
	// Comparison.
	Decision DecisionKind `json:"decision,omitempty"`
	// Thresholds are those the decision was taken with.
	Thresholds *Thresholds `json:"thresholds,omitempty"`
	// Track compares the track titles.
	Track TrackComparison `json:"track"`
	// Artist compares the artists, featured artists included.
	Artist ArtistComparison `json:"artist"`
	// Versions are the version tags and qualifiers of each side.
	Versions VersionComparison `json:"versions"`
	// Duration compares lengths when both sides know theirs.
	Duration *DurationComparison `json:"duration,omitempty"`
	// Rules are the rules that fired, in the order they were checked.
	Rules []RuleHit `json:"rules"`
	// Candidates lists every candidate of a decision with its score, best
	// first; absent on a bare Comparison.
	Candidates []CandidateScore `json:"candidates,omitempty"`
}

// TokenMatch is one aligned pair of tokens. For a word written as one token
// on one side and two on the other ("everytime" / "every time"), the two are
// joined by a space.
type TokenMatch struct {
	A          string  `json:"a"`
	B          string  `json:"b"`
	Field      string  `json:"field"` // "track", "artist", "featured", or "track/artist" for a credit leaked into a title
	Kind       string  `json:"kind"`  // "exact", "variant", "compound" or "typo"
	WeightA    float64 `json:"weight_a"`
	WeightB    float64 `json:"weight_b"`
	Similarity float64 `json:"similarity"`
}

// UnmatchedToken is a token the other side has no counterpart for.
type UnmatchedToken struct {
	Token  string  `json:"token"`
	Field  string  `json:"field"`
	Weight float64 `json:"weight"`
	// Counted is false for a token left out of the score, like a featured
	// artist against a side that credits no features.
	Counted bool `json:"counted"`
}

// TrackComparison is the track part of an explanation.
type TrackComparison struct {
	A     string  `json:"a"`
	B     string  `json:"b"`
	Score float64 `json:"score"`
	// Evidence is the matched track mass the too-little-evidence rule
	// weighs.
	Evidence float64 `json:"evidence"`
	Alignment
}

// Alignment is how the tokens of one part of two titles were paired.
type Alignment struct {
	Matched    []TokenMatch     `json:"matched"`
	UnmatchedA []UnmatchedToken `json:"unmatched_a"`
	UnmatchedB []UnmatchedToken `json:"unmatched_b"`
}

func newAlignment() Alignment {
	return Alignment{Matched: []TokenMatch{}, UnmatchedA: []UnmatchedToken{}, UnmatchedB: []UnmatchedToken{}}
}

// ArtistComparison is the artist part of an explanation.
type ArtistComparison struct {
	A         []string           `json:"a"`
	B         []string           `json:"b"`
	FeaturedA []string           `json:"featured_a,omitempty"`
	FeaturedB []string           `json:"featured_b,omitempty"`
	SourceA   title.ArtistSource `json:"source_a"`
	SourceB   title.ArtistSource `json:"source_b"`
	// State is "compared" (both sides name artists), "confirmed_in_title"
	// (one side names none, but its title contains the other's) or
	// "unknown" (the score rests on the track alone).
	State string `json:"state"`
	// Score is the artist similarity in [0,1]; absent when State is
	// "unknown".
	Score *float64 `json:"score,omitempty"`
	// Floor is the share of the track score kept when the artists have
	// nothing in common: score = track * (floor + (1-floor)*artist).
	Floor float64 `json:"floor,omitempty"`
	Alignment
}

// VersionComparison is the version part of an explanation.
type VersionComparison struct {
	A     []title.Version `json:"a"`
	B     []title.Version `json:"b"`
	InfoA []string        `json:"info_a,omitempty"`
	InfoB []string        `json:"info_b,omitempty"`
	Same  bool            `json:"same"`
}

// DurationComparison is the duration part of an explanation.
type DurationComparison struct {
	A int `json:"a_seconds"`
	B int `json:"b_seconds"`
	// Slack is the largest difference still taken for one recording.
	Slack int  `json:"slack_seconds"`
	Same  bool `json:"same"`
}

// CandidateScore is one candidate of a decision, as listed in its
// explanation.
type CandidateScore struct {
	SongID      int64   `json:"song_id,string"`
	Score       float64 `json:"score"`
	SameVersion bool    `json:"same_version"`
	Blocked     bool    `json:"merge_blocked"`
}

// Rule names a decision rule. The names are stable: they are stored with
// reviews and merges.
type Rule string

// The rules. Those marked "blocks merge" keep a pair from merging
// automatically, whatever its score.
const (
	// RuleVersionMismatch: the version sets differ (live vs studio,
	// remix vs original). Blocks merge.
	RuleVersionMismatch Rule = "version_mismatch"
	// RuleVersionInfoMismatch: same versions, but a different remixer,
	// venue or cover artist: another recording. Blocks merge.
	RuleVersionInfoMismatch Rule = "version_info_mismatch"
	// RuleVersionInfoUnknown: same versions, qualified on one side only
	// ("Remix" against "Skrillex Remix"): maybe the same recording, for a
	// curator to tell. Blocks merge.
	RuleVersionInfoUnknown Rule = "version_info_unknown"
	// RuleNumberMismatch: a number in one track that the other lacks
	// (Part 1 / Part 2, a sequel). Blocks merge.
	RuleNumberMismatch Rule = "number_mismatch"
	// RuleExtraWord: a word in one track that the other lacks and that
	// is no article, number, credit or spelling of a word the other has
	// ("Let It Be" / "Let It Be Me", "Thinking Out Loud" / "Thinking Out
	// Loud Tonight"): likely another title, however common the word.
	// Blocks merge.
	RuleExtraWord Rule = "extra_track_word"
	// RuleDurationMismatch: both durations are known and too far apart.
	// Blocks merge.
	RuleDurationMismatch Rule = "duration_mismatch"
	// RuleTooLittleEvidence: no artist confirms the match and the matched
	// track words are too few and too common. Blocks merge.
	RuleTooLittleEvidence Rule = "too_little_evidence"
	// RuleArtistUnknown: no artist could be compared; the score rests on
	// the track. Informational.
	RuleArtistUnknown Rule = "artist_unknown"
	// RuleTailMismatch: no artist could be compared, and both raw titles
	// name something after a "|" that is neither their track nor noise,
	// with no word in common ("Somebody to Love | Queen" / "Somebody to
	// Love | Jefferson Airplane"): likely the same title by two artists.
	// Blocks merge.
	RuleTailMismatch Rule = "title_tail_mismatch"
	// RuleChannelArtist: an artist guessed from the uploading channel
	// disagrees with the other side's. A lyric channel's name ("7clouds")
	// looks like an artist's, so the disagreement is not held against the
	// pair (the track decides the score), but neither can an auto-generated
	// "- Topic" channel's be told from it, so it blocks merge.
	RuleChannelArtist Rule = "channel_artist"
	// RuleUnparsedVersion: a version word ("karaoke", "8d", "piano") is in
	// one raw title, outside its track, and not in the other, though the
	// parsed version sets agree: a version the split did not read ("Song
	// - Artist | Piano Cover"). A guard behind the normalizer. Blocks
	// merge.
	RuleUnparsedVersion Rule = "unparsed_version"
	// RuleSwapped: one title reads best with its artist and track the
	// other way round ("Numb - Linkin Park"). Informational.
	RuleSwapped Rule = "artist_track_swapped"
	// RuleAmbiguous: more than one song clears the merge threshold; merge
	// none and review them all. Decision-level.
	RuleAmbiguous Rule = "ambiguous"
	// RuleNoAutoMerge: a curator marked the candidate never to be merged
	// automatically. Decision-level, blocks merge.
	RuleNoAutoMerge Rule = "no_auto_merge"
	// RuleVersionOf: the best match is the same artist and track in
	// another version; the submission becomes its own song naming it.
	// Decision-level.
	RuleVersionOf Rule = "version_of"
)

// Effects of a rule hit.
const (
	EffectBlocksMerge = "blocks_merge"
	EffectInfo        = "info"
	EffectReview      = "review"
	EffectDistinct    = "distinct"
)

// RuleHit is a rule that fired, what it did and why.
type RuleHit struct {
	Rule   Rule   `json:"rule"`
	Effect string `json:"effect"`
	Detail string `json:"detail"`
}

// ruleSet is the set of rules a comparison fired, as bits, so that Decide
// can check rules on every candidate without building explanations.
type ruleSet uint16

const (
	rsVersion ruleSet = 1 << iota
	rsVersionInfo
	rsVersionInfoUnknown
	rsNumber
	rsDuration
	rsEvidence
	rsArtistUnknown
	rsChannel
	rsSwapped
	rsUnparsedVersion
	rsExtraWord
	rsTail
)

var ruleBits = []struct {
	bit    ruleSet
	rule   Rule
	blocks bool
}{
	{rsVersion, RuleVersionMismatch, true},
	{rsVersionInfo, RuleVersionInfoMismatch, true},
	{rsVersionInfoUnknown, RuleVersionInfoUnknown, true},
	{rsNumber, RuleNumberMismatch, true},
	{rsExtraWord, RuleExtraWord, true},
	{rsDuration, RuleDurationMismatch, true},
	{rsEvidence, RuleTooLittleEvidence, true},
	{rsArtistUnknown, RuleArtistUnknown, false},
	{rsTail, RuleTailMismatch, true},
	{rsChannel, RuleChannelArtist, true},
	{rsSwapped, RuleSwapped, false},
	{rsUnparsedVersion, RuleUnparsedVersion, true},
}

func (r ruleSet) has(rule Rule) bool {
	for _, b := range ruleBits {
		if b.rule == rule {
			return r&b.bit != 0
		}
	}
	return false
}

func (r ruleSet) blocks() bool {
	for _, b := range ruleBits {
		if b.blocks && r&b.bit != 0 {
			return true
		}
	}
	return false
}

// rules checks the candidate-level rules on a tallied comparison.
func (s *scorer) rules(t *tally) ruleSet {
	var r ruleSet
	ta, tb := s.a.title, s.b.title
	if versionBits(ta.Versions) != versionBits(tb.Versions) {
		r |= rsVersion
	} else if len(ta.VersionInfo) > 0 || len(tb.VersionInfo) > 0 {
		rel := infoUnknown // qualified on one side only
		if len(ta.VersionInfo) > 0 && len(tb.VersionInfo) > 0 {
			rel = versionInfoRelation(ta.VersionInfo, tb.VersionInfo)
		}
		switch rel {
		case infoUnknown:
			r |= rsVersionInfoUnknown
		case infoDifferent:
			r |= rsVersionInfo
		}
	}
	if r&rsVersion == 0 && t.score > s.versionCheckFloor && s.a.rawVersionBits() != s.b.rawVersionBits() {
		r |= rsUnparsedVersion
	}
	if t.unmatchedNum {
		r |= rsNumber
	}
	if t.extraWord {
		r |= rsExtraWord
	}
	if da, db := s.a.dur, s.b.dur; da > 0 && db > 0 && abs(da-db) > durationSlack(da, db) {
		r |= rsDuration
	}
	if t.state == artistUnknown {
		r |= rsArtistUnknown
		if t.evidence < MinEvidence || t.evidenceWords < minEvidenceWords {
			r |= rsEvidence
		}
		// Read the raw titles only for what could merge, as for
		// unparsed versions.
		if t.score > s.versionCheckFloor && s.tailsDisagree() {
			r |= rsTail
		}
	}
	if t.channelIgnored {
		r |= rsChannel
	}
	if s.a.swapped || s.b.swapped {
		r |= rsSwapped
	}
	return r
}

func durationSlack(a, b int) int {
	return max(durationSlackSeconds, int(math.Round(durationSlackShare*float64(max(a, b)))))
}

var versionIndex = func() map[title.Version]uint32 {
	m := make(map[title.Version]uint32, len(title.Versions))
	for i, v := range title.Versions {
		m[v] = 1 << i
	}
	return m
}()

// rawVersionBits is the version set of p's title and, added to it, the
// versions named by words of its raw title that are not words of its
// track ("Live Forever" keeps its "live"). Computed once per prepared side.
func (p *side) rawVersionBits() uint32 {
	if p.rawVerDone {
		return p.rawVer
	}
	bits := versionBits(p.title.Versions)
	raw := title.Fold(p.title.Raw)
	start := -1
	for i, r := range raw + " " {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := raw[start:i]
			if v, ok := title.VersionWord(w); ok && !slices.Contains(p.title.TrackTokens, w) {
				bits |= versionIndex[v]
			}
			start = -1
		}
	}
	p.rawVer, p.rawVerDone = bits, true
	return bits
}

// bitsList names the versions of a version bitmask.
func bitsList(bits uint32) string {
	var vs []title.Version
	for _, v := range title.Versions {
		if bits&versionIndex[v] != 0 {
			vs = append(vs, v)
		}
	}
	return versionList(vs)
}

// versionBits is the version set as a bitmask, so order and duplicates do
// not matter. A tag outside the vocabulary gets a bit of its own, so it
// still tells versions apart.
func versionBits(vs []title.Version) uint32 {
	var m uint32
	for _, v := range vs {
		if b, ok := versionIndex[v]; ok {
			m |= b
		} else {
			m |= 1 << 31
		}
	}
	return m
}

// versionInfoRelation compares the qualifiers, both known, of two equal
// version sets: infoSame when their words mostly agree (Dice of the
// canonical words at least 0.75), infoUnknown when the words of one are all
// in the other ("Wembley" and "Wembley Stadium": likely one take, for a
// curator to confirm), infoDifferent otherwise (two remixers).
func versionInfoRelation(a, b []string) infoRelation {
	wa, wb := infoWords(a), infoWords(b)
	if len(wa) == 0 && len(wb) == 0 {
		return infoSame
	}
	used := make([]bool, len(wb))
	common := 0
	for _, x := range wa {
		for j, y := range wb {
			if !used[j] && x == y {
				used[j] = true
				common++
				break
			}
		}
	}
	switch {
	case float64(2*common) >= 0.75*float64(len(wa)+len(wb)):
		return infoSame
	case common > 0 && common == min(len(wa), len(wb)):
		return infoUnknown
	default:
		return infoDifferent
	}
}

type infoRelation uint8

const (
	infoSame infoRelation = iota
	infoUnknown
	infoDifferent
)

func infoWords(info []string) []string {
	var out []string
	for _, s := range info {
		for _, w := range strings.Fields(s) {
			out = append(out, canonToken(w))
		}
	}
	return out
}

// explain builds the Explanation of a tallied comparison.
func (s *scorer) explain(t *tally, rs ruleSet) Explanation {
	a, b := &s.a, &s.b
	ta, tb := a.title, b.title
	e := Explanation{
		Score: round4(t.score),
		Track: TrackComparison{
			A: a.trackText(), B: b.trackText(),
			Score:     round4(t.track),
			Evidence:  round4(t.evidence),
			Alignment: newAlignment(),
		},
		Artist: ArtistComparison{
			A: a.artistList(), B: b.artistList(),
			FeaturedA: ta.Featured, FeaturedB: tb.Featured,
			SourceA: ta.ArtistSource, SourceB: tb.ArtistSource,
			State:     t.state.String(),
			Alignment: newAlignment(),
		},
		Versions: VersionComparison{
			A: nonNil(ta.Versions), B: nonNil(tb.Versions),
			InfoA: ta.VersionInfo, InfoB: tb.VersionInfo,
			Same: rs&(rsVersion|rsVersionInfo|rsVersionInfoUnknown) == 0,
		},
		Rules: []RuleHit{},
	}
	if t.state != artistUnknown {
		v := round4(t.artist)
		e.Artist.Score = &v
		e.Artist.Floor = artistFloor
	}
	for _, p := range s.pairs {
		m := TokenMatch{
			A: a.toks[p.i].text, B: b.toks[p.j].text,
			Kind:       p.kind.String(),
			WeightA:    round4(a.toks[p.i].eff),
			WeightB:    round4(b.toks[p.j].eff),
			Similarity: round4(p.sim),
		}
		if p.i2 >= 0 {
			m.A += " " + a.toks[p.i2].text
			m.WeightA = round4(a.toks[p.i].eff + a.toks[p.i2].eff)
		}
		if p.j2 >= 0 {
			m.B += " " + b.toks[p.j2].text
			m.WeightB = round4(b.toks[p.j].eff + b.toks[p.j2].eff)
		}
		fa, fb := a.toks[p.i].field, b.toks[p.j].field
		switch {
		case p.phase == phaseCross:
			m.Field = fa.String() + "/" + fb.String()
			e.Artist.Matched = append(e.Artist.Matched, m)
		case fa == fieldTrack:
			m.Field = "track"
			e.Track.Matched = append(e.Track.Matched, m)
		default:
			m.Field = fa.String()
			if fa != fb {
				m.Field += "/" + fb.String()
			}
			e.Artist.Matched = append(e.Artist.Matched, m)
		}
	}
	unmatched := func(p *side, ph []phase, otherFeat bool, track, artist *[]UnmatchedToken) {
		for i := range p.toks {
			tk := &p.toks[i]
			if ph[i] != phaseNone {
				continue
			}
			u := UnmatchedToken{Token: tk.text, Field: tk.field.String(), Weight: round4(tk.eff), Counted: true}
			if tk.field == fieldTrack {
				u.Weight = round4(unmatchedWeight(tk))
				*track = append(*track, u)
				continue
			}
			u.Counted = tk.field == fieldArtist || otherFeat
			*artist = append(*artist, u)
		}
	}
	unmatched(a, s.phA, b.hasFeatured(), &e.Track.UnmatchedA, &e.Artist.UnmatchedA)
	unmatched(b, s.phB, a.hasFeatured(), &e.Track.UnmatchedB, &e.Artist.UnmatchedB)
	if da, db := a.dur, b.dur; da > 0 && db > 0 {
		e.Duration = &DurationComparison{A: da, B: db, Slack: durationSlack(da, db), Same: rs&rsDuration == 0}
	}
	for _, rb := range ruleBits {
		if rs&rb.bit == 0 {
			continue
		}
		effect := EffectInfo
		if rb.blocks {
			effect = EffectBlocksMerge
		}
		e.Rules = append(e.Rules, RuleHit{Rule: rb.rule, Effect: effect, Detail: s.ruleDetail(rb.rule, t)})
	}
	return e
}

func (s *scorer) ruleDetail(r Rule, t *tally) string {
	ta, tb := s.a.title, s.b.title
	switch r {
	case RuleVersionMismatch:
		return fmt.Sprintf("versions %s vs %s", versionList(ta.Versions), versionList(tb.Versions))
	case RuleVersionInfoMismatch, RuleVersionInfoUnknown:
		return fmt.Sprintf("%s: %s vs %s", versionList(ta.Versions), infoList(ta.VersionInfo), infoList(tb.VersionInfo))
	case RuleNumberMismatch:
		return "a number in one track is missing from the other"
	case RuleExtraWord:
		var words []string
		for _, p := range []struct {
			s  *side
			ph []phase
		}{{&s.a, s.phA}, {&s.b, s.phB}} {
			for i := extraWord(p.s, p.ph, 0); i >= 0; i = extraWord(p.s, p.ph, i+1) {
				words = append(words, strconv.Quote(p.s.toks[i].text))
			}
		}
		return fmt.Sprintf("a word in one track is missing from the other (%s): maybe another title", strings.Join(words, ", "))
	case RuleDurationMismatch:
		da, db := s.a.dur, s.b.dur
		return fmt.Sprintf("durations %ds vs %ds differ by more than %ds", da, db, durationSlack(da, db))
	case RuleTooLittleEvidence:
		return fmt.Sprintf("no artist to confirm the track, and its %d matched word(s) weigh %.2f (needs %d words and %.2f)",
			t.evidenceWords, t.evidence, minEvidenceWords, MinEvidence)
	case RuleArtistUnknown:
		return "no artist on one side or both: the score rests on the track"
	case RuleTailMismatch:
		return fmt.Sprintf("no artist to compare, and the titles name different things after \"|\": %q vs %q",
			strings.Join(s.a.tailWords(), " "), strings.Join(s.b.tailWords(), " "))
	case RuleChannelArtist:
		return "an artist guessed from the uploading channel disagrees: the track decides the score, a curator the merge"
	case RuleUnparsedVersion:
		return fmt.Sprintf("version words in the raw titles differ: %s vs %s", bitsList(s.a.rawVersionBits()), bitsList(s.b.rawVersionBits()))
	case RuleSwapped:
		return "one title reads as track - artist: compared with its artist and track swapped"
	}
	return ""
}

// trackText is the track as compared: the title's artist when swapped.
func (p *side) trackText() string {
	if p.swapped {
		return strings.Join(p.title.Artists, " ")
	}
	return p.title.Track
}

// artistList is the artists as compared: the title's track when swapped.
func (p *side) artistList() []string {
	if p.swapped {
		return []string{p.title.Track}
	}
	return nonNil(p.title.Artists)
}

func versionList(vs []title.Version) string {
	if len(vs) == 0 {
		return "[original]"
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = string(v)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func infoList(info []string) string {
	if len(info) == 0 {
		return "(unknown)"
	}
	return strings.Join(info, ", ")
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// nonNil returns s, or an empty slice for nil, so JSON shows [] not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
