package score

import (
	"cmp"
	"math"
	"strconv"
	"strings"

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
	// Form is, when side "b" is not the candidate song's own title but
	// the title of an upload merged into the song that matched better
	// (see Candidate.Own), that title as written: the song was compared
	// in that form.
	Form string `json:"form,omitempty"`
	// Rules are the rules that fired, in the order they were checked.
	Rules []RuleHit `json:"rules"`
	// DecidedBy names the rule a decision rests on: for a review the rule
	// that holds it (Decision.ReviewReason), for a distinct the first rule
	// whose effect is distinct, for a merge the first rule that says how
	// its score was reached; absent on a bare Comparison and when the
	// score alone decided.
	DecidedBy Rule `json:"decided_by,omitempty"`
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
	Kind       string  `json:"kind"`  // "exact", "variant", "compound", "typo", "reading", "alias", "romanization", "initials", "family_name", "hangul_spacing" or "japanese_name_reading"
	WeightA    float64 `json:"weight_a"`
	WeightB    float64 `json:"weight_b"`
	Similarity float64 `json:"similarity"`
	// Reading is, for kind "reading", the Latin reading of the words in
	// another script that matched ("kino"; "zhang xue you" against a
	// reading on the other side too).
	Reading string `json:"reading,omitempty"`
	// Alias is, for kind "alias", where the catalogue learned that the two
	// are one name: "alias learned from 14 titles".
	Alias string `json:"alias,omitempty"`
}

// UnmatchedToken is a token the other side has no counterpart for.
type UnmatchedToken struct {
	Token  string  `json:"token"`
	Field  string  `json:"field"`
	Weight float64 `json:"weight"`
	// Counted is false for a token left out of the score, like a featured
	// artist against a side that credits no features, or a translation in
	// brackets beside a title matched by its reading.
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
	// CertainA and CertainB say that a side's artist is certain: the
	// caller's, an artist's own channel's, or one the artist lexicon knows.
	CertainA bool `json:"certain_a,omitempty"`
	CertainB bool `json:"certain_b,omitempty"`
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
			SourceA: ta.ArtistSource, SourceB: tb.ArtistSource, CertainA: ta.ArtistCertain, CertainB: tb.ArtistCertain,
			State:     t.state.String(),
			Alignment: newAlignment(),
		},
		Versions: VersionComparison{
			A: nonNil(ta.Versions), B: nonNil(tb.Versions),
			InfoA: ta.VersionInfo, InfoB: tb.VersionInfo,
			Same: rs&versionRules == 0,
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
			Similarity: round4(p.sim),
		}
		m.WeightA, m.WeightB = a.toks[p.i].eff, b.toks[p.j].eff
		for x := p.i + 1; x <= p.i2; x++ {
			m.A += " " + a.toks[x].text
			m.WeightA += a.toks[x].eff
		}
		for x := p.j + 1; x <= p.j2; x++ {
			m.B += " " + b.toks[x].text
			m.WeightB += b.toks[x].eff
		}
		m.WeightA, m.WeightB = round4(m.WeightA), round4(m.WeightB)
		if p.kind == kindReading {
			m.Reading = readingsOf(a, p.i, p.i2, b, p.j, p.j2)
		}
		if p.kind == kindAlias {
			m.Alias = aliasNote(p.titles)
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
			if ph[i] != phaseNone && ph[i] != phaseGloss {
				continue
			}
			u := UnmatchedToken{Token: tk.text, Field: tk.field.String(), Weight: round4(tk.eff), Counted: ph[i] != phaseGloss}
			if tk.field == fieldTrack {
				if u.Counted {
					u.Weight = round4(unmatchedWeight(tk))
				}
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
		slack := durationSlack(da, db)
		e.Duration = &DurationComparison{A: da, B: db, Slack: slack, Same: abs(da-db) <= slack}
	}
	e.Rules = s.hits(rs)
	return e
}

// readingsOf is the readings of the tokens a[i..i2] and b[j..j2] (i2, j2
// -1 for one token) that have one, joined: the readings a reading match
// rests on.
func readingsOf(a *side, i, i2 int, b *side, j, j2 int) string {
	var out []string
	add := func(p *side, lo, hi int) {
		var words []string
		for x := lo; x <= max(lo, hi); x++ {
			if r := p.title.Reading(p.toks[x].text); r != "" {
				words = append(words, r)
			}
		}
		if len(words) > 0 {
			out = append(out, strings.Join(words, " "))
		}
	}
	add(a, i, i2)
	add(b, j, j2)
	return strings.Join(out, " / ")
}

// trackText is the track as compared: the title's artist when swapped or
// read as "Track - Film".
func (p *side) trackText() string {
	if p.swapped || p.filmHead {
		return strings.Join(p.title.Artists, " ")
	}
	return p.title.Track
}

// artistList is the artists as compared: the title's track when swapped,
// the cover's performer when read with it.
func (p *side) artistList() []string {
	return nonNil(p.artistNames())
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// nonNil returns s, or an empty slice for nil, so JSON shows [] not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// unmatchedWords says, part by part, which words of two titles met nothing
// in the other, the words left out of the score aside, side a's first:
// `the artists "ron" against "ronnie"`, `the artists "folk alliance 2011"
// against none`. It is empty when every word met.
func unmatchedWords(e *Explanation) string {
	var parts []string
	for _, p := range []struct {
		name string
		al   *Alignment
	}{{"the artists", &e.Artist.Alignment}, {"the tracks", &e.Track.Alignment}} {
		a, b := countedWords(p.al.UnmatchedA), countedWords(p.al.UnmatchedB)
		if a == "" && b == "" {
			continue
		}
		parts = append(parts, p.name+" "+cmp.Or(a, "none")+" against "+cmp.Or(b, "none"))
	}
	return strings.Join(parts, "; ")
}

// countedWords quotes the words of us that count in the score, or is empty.
func countedWords(us []UnmatchedToken) string {
	var ws []string
	for _, u := range us {
		if u.Counted {
			ws = append(ws, u.Token)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return strconv.Quote(strings.Join(ws, " "))
}
