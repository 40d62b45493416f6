package score

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/songdedup/songdedup/dedup/title"
)

// DecisionKind is what becomes of a submission.
type DecisionKind string

// The decisions. In the HTTP answer and the backfill report
// DecisionDistinct shows as "created" (see dedup.Outcome).
const (
	DecisionMerge    DecisionKind = "merge"
	DecisionReview   DecisionKind = "review"
	DecisionDistinct DecisionKind = "distinct"
)

// Thresholds are the score thresholds of a decision: merge when the score
// is above Merge, review when it is at least Review.
type Thresholds struct {
	Merge  float64 `json:"merge"`
	Review float64 `json:"review"`
}

// DefaultThresholds returns the default thresholds: merge above 0.85,
// review from 0.60.
func DefaultThresholds() Thresholds { return Thresholds{Merge: 0.85, Review: 0.60} }

// Validate reports thresholds outside 0 <= Review <= Merge <= 1.
func (t Thresholds) Validate() error {
	if t.Review < 0 || t.Merge > 1 || t.Review > t.Merge {
		return fmt.Errorf("thresholds must satisfy 0 <= review (%g) <= merge (%g) <= 1", t.Review, t.Merge)
	}
	return nil
}

// Candidate is a canonical song retrieved for a submission.
type Candidate struct {
	SongID          int64
	Title           title.Title
	DurationSeconds int
	// NoAutoMerge is set when a curator said this song must never be
	// merged into automatically.
	NoAutoMerge bool
	// Forms are other titles of the same song (uploads merged into it).
	// Decide reads Title alone: the caller sets it to the form that
	// matches best first, and Own to the song's own title when that is
	// another.
	Forms []title.Title
	Own   *title.Title
}

// Decision is what Decide concluded for a submission.
type Decision struct {
	Kind DecisionKind
	// Score is the score of the candidate named by SongID (0 with no
	// candidates).
	Score float64
	// SongID is the song to merge into for a merge, and otherwise the best
	// match (0 with no candidates).
	SongID int64
	// ReviewWith lists the songs to put in review with the submission: the
	// near miss, or every song of an ambiguous match. Empty unless Kind is
	// review.
	ReviewWith []int64
	// VersionOf is set when the best match is the same artist and track in
	// another version set: the submission becomes its own song naming that
	// one. Zero otherwise, and never set on a merge or a review.
	VersionOf int64
	// ReviewCandidates lists, on a review, every song a curator may approve,
	// best first: ReviewWith, then the other candidates of the review band
	// that no rule says are another song. Empty unless Kind is review.
	ReviewCandidates []int64
	// ReviewReason is the rule that holds a review for a curator: a
	// decision rule (ambiguous, no_auto_merge), else the first rule that
	// blocks the merge, else RuleNearMiss. Its hit is in the explanation.
	ReviewReason Rule
	// Explanation is the evidence, for the candidate named by SongID, with
	// the decision-level rules and every candidate's score.
	Explanation Explanation
}

// candResult is one candidate scored without an explanation.
type candResult struct {
	idx     int
	score   float64
	rules   ruleSet
	same    bool
	blocked bool
}

// Decide compares sub with each candidate and decides:
//
//   - a candidate that a pair rule finds to be another recording of the
//     song (another version set or qualifier) is never merged; when it
//     otherwise clears the merge threshold, the submission becomes its own
//     song naming it (RuleVersionOf);
//   - a candidate that a pair rule blocks may be reviewed, never merged;
//     one that a pair rule finds to be likely another song is no rival to
//     one that matches, and does not make the match ambiguous;
//   - if more than one song clears the merge threshold, none is merged and
//     all go to review (RuleAmbiguous), unless all but one are blocked by
//     a pair rule: that one is merged (dropBlockedRivals); a song a
//     curator marked never to be merged into automatically goes to review
//     too (RuleNoAutoMerge);
//   - otherwise the best song is merged above the merge threshold,
//     reviewed from the review threshold, and the submission is distinct
//     below it.
//
// w weighs tokens (DefaultWeights when nil). Candidates with the same SongID
// count once, with their best score.
func Decide(sub Subject, cands []Candidate, w Weigher, th Thresholds) Decision {
	if w == nil {
		w = DefaultWeights()
	}
	// Only a merge can be blocked by a version word the normalizer missed,
	// so the raw titles are read only for scores that could merge.
	s := getScorer(th.Merge)
	defer putScorer(s)
	s.a.prepare(&sub.Title, sub.DurationSeconds, w)
	res := make([]candResult, 0, len(cands))
	for i := range cands {
		s.b.prepare(&cands[i].Title, cands[i].DurationSeconds, w)
		c := s.compare(false)
		res = append(res, candResult{idx: i, score: c.Score, rules: s.lastRules, same: c.SameVersion, blocked: c.MergeBlocked})
	}
	// Best first; ties by song ID so the outcome does not depend on the
	// order retrieval returned the candidates in.
	slices.SortStableFunc(res, func(x, y candResult) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		return cmp.Compare(cands[x.idx].SongID, cands[y.idx].SongID)
	})
	// The decision lives in the pooled scorer: its rules take it by
	// pointer through function values, which would move it to the heap.
	d := &s.d
	*d = deciding{res: dedupeSongs(res, cands), cands: cands, th: th, kind: DecisionDistinct, pick: -1, eligible: d.eligible[:0],
		noArtist: len(sub.Title.Artists) == 0}
	d.decide()

	out := Decision{Kind: d.kind, ReviewWith: d.reviewWith, VersionOf: d.versionOf}
	if d.pick < 0 && len(d.res) > 0 {
		d.pick = 0
	}
	if d.pick >= 0 {
		c := d.cand(d.pick)
		out.SongID, out.Score = c.SongID, d.res[d.pick].score
		s.b.prepare(&c.Title, c.DurationSeconds, w)
		out.Explanation = s.compare(true).Explanation
		if c.Own != nil {
			out.Explanation.Form = c.Title.Raw
		}
	} else {
		out.Explanation = emptyExplanation(&sub.Title)
	}
	out.Explanation.Decision = d.kind
	out.Explanation.Thresholds = &th
	out.Explanation.Rules = append(out.Explanation.Rules, d.hits...)
	if d.kind == DecisionReview {
		out.ReviewReason = d.reviewReason(&out.Explanation)
		out.ReviewCandidates = append(out.ReviewCandidates, d.reviewWith...)
		for k, r := range d.res {
			id := d.cand(k).SongID
			if r.same && r.score >= th.Review && r.rules&(distinctRules|anotherSongRules) == 0 && !slices.Contains(out.ReviewCandidates, id) {
				out.ReviewCandidates = append(out.ReviewCandidates, id)
			}
		}
	}
	out.Explanation.DecidedBy = decidedBy(&out)
	if len(d.res) > 0 {
		out.Explanation.Candidates = make([]CandidateScore, len(d.res))
		for k, r := range d.res {
			out.Explanation.Candidates[k] = CandidateScore{SongID: cands[r.idx].SongID, Score: round4(r.score), SameVersion: r.same, Blocked: r.blocked}
		}
	}
	return out
}

// decidedBy names the rule decision o rests on (see
// Explanation.DecidedBy), or "" when its score alone decided. A distinct
// with no rule whose effect is distinct rests on the first rule that makes
// the candidate another recording.
func decidedBy(o *Decision) Rule {
	want := EffectInfo
	switch o.Kind {
	case DecisionReview:
		return o.ReviewReason
	case DecisionDistinct:
		want = EffectDistinct
	}
	for _, h := range o.Explanation.Rules {
		if h.Effect == want {
			return h.Rule
		}
	}
	if o.Kind != DecisionDistinct {
		return ""
	}
	// A candidate that is another recording of the song is no review,
	// whatever its score: the rule that says so decided.
	for _, h := range o.Explanation.Rules {
		if slices.ContainsFunc(pairRules[:], func(r pairRule) bool { return r.name == h.Rule && r.otherRecording }) {
			return h.Rule
		}
	}
	return ""
}

// deciding is a decision being taken on scored candidates.
type deciding struct {
	res   []candResult // best first, one per song
	cands []Candidate
	th    Thresholds

	eligible   []int // indexes into res of the candidates that may merge
	noArtist   bool  // the submission names no artist
	kind       DecisionKind
	pick       int // index into res of the candidate the decision names, or -1
	reviewWith []int64
	versionOf  int64
	hits       []RuleHit // the decision rules that fired
	pickScore  float64   // the score of the candidate a review names
	// pickUnmatched says what of that candidate's title and the
	// submission's met nothing (see unmatchedWords).
	pickUnmatched string
}

// cand is the candidate of res[k].
func (d *deciding) cand(k int) *Candidate { return &d.cands[d.res[k].idx] }

// dropBlockedRivals keeps, of several eligible songs, the one that a pair
// rule does not hold from merging, when there is exactly one: a song that
// may only be reviewed with the submission is no rival to the one it
// merges with (ambiguous_blocked). "陈奕迅 - 十年" merges into "陳奕迅 -
// 十年" though "Eason Chan - Shi Nian", which agrees with it by a family
// name alone (family_name_only), scores above the line too; that song keeps
// the review it was created with. Two songs that may merge, or none, are
// left as they are (ambiguous, or a review of the best).
func (d *deciding) dropBlockedRivals() {
	if len(d.eligible) < 2 {
		return
	}
	open := -1
	for _, k := range d.eligible {
		if !d.res[k].blocked {
			if open >= 0 {
				return
			}
			open = k
		}
	}
	if open >= 0 {
		d.eligible = append(d.eligible[:0], open)
	}
}

// decide applies the thresholds and the decision rules.
func (d *deciding) decide() {
	// Eligible: same version, above merge, and not kept apart by a rule
	// that says this pair is another song, or by a curator. Rules about the
	// submission alone, like too little evidence, hold for every candidate
	// and do not make one ineligible.
	for k, r := range d.res {
		if r.same && r.score > d.th.Merge && r.rules&(anotherSongRules|distinctRules) == 0 && !d.cand(k).NoAutoMerge {
			d.eligible = append(d.eligible, k)
		}
	}
	// A title that names no artist cannot tell one artist's song from
	// another's, blocked or not: which_artist reads every eligible song.
	whichArtist := d.apply(&ruleWhichArtist)
	if !whichArtist {
		d.dropBlockedRivals()
	}
	switch {
	case whichArtist:
		d.kind, d.pick = DecisionDistinct, -1
	case d.apply(&ruleAmbiguous):
		d.kind, d.pick = DecisionReview, d.eligible[0]
		for _, k := range d.eligible {
			d.reviewWith = append(d.reviewWith, d.cand(k).SongID)
		}
	case len(d.eligible) == 1:
		d.pick, d.kind = d.eligible[0], DecisionMerge
		if d.res[d.pick].blocked {
			d.kind = DecisionReview
		}
	default:
		for k, r := range d.res {
			if r.same && r.score >= d.th.Review && r.rules&distinctRules == 0 {
				d.pick, d.kind = k, DecisionReview
				break
			}
		}
	}
	if d.kind == DecisionReview && len(d.reviewWith) == 0 {
		d.reviewWith = []int64{d.cand(d.pick).SongID}
		d.apply(&ruleNoAutoMerge)
	}
	// A review asks whether the submission is its candidate's recording:
	// naming another song as its version at once would answer otherwise.
	if d.kind == DecisionDistinct && d.apply(&ruleVersionOf) {
		k := d.otherVersion()
		d.versionOf = d.cand(k).SongID
		if d.pick < 0 {
			d.pick = k
		}
	}
}

// reviewReason names the rule that holds a review, adding the near-miss
// hit to e when no rule does.
func (d *deciding) reviewReason(e *Explanation) Rule {
	for _, h := range d.hits {
		if h.Effect == EffectReview {
			return h.Rule
		}
	}
	for _, h := range e.Rules {
		if h.Effect == EffectBlocksMerge {
			return h.Rule
		}
	}
	d.pickScore, d.pickUnmatched = d.res[d.pick].score, unmatchedWords(e)
	if d.apply(&ruleNearMiss) {
		e.Rules = append(e.Rules, d.hits[len(d.hits)-1])
	}
	return RuleNearMiss
}

// rivalArtists counts the different artists among the candidates a
// review would show (those above the merge threshold that may merge, or
// else those in the review band): more than one, for a title that names
// no artist, leaves a curator nothing to decide on.
func (d *deciding) rivalArtists() int {
	var seen [][]string
	for k, r := range d.res {
		inBand := slices.Contains(d.eligible, k) ||
			len(d.eligible) == 0 && r.same && r.score >= d.th.Review && r.rules&distinctRules == 0
		if !inBand {
			continue
		}
		a := d.cand(k).Title.Artists
		if len(a) > 0 && !slices.ContainsFunc(seen, func(b []string) bool { return slices.Equal(a, b) }) {
			seen = append(seen, a)
		}
	}
	return len(seen)
}

// otherVersion returns the best candidate that clears the merge threshold
// in another version set while its track may be the submission's, or -1.
func (d *deciding) otherVersion() int {
	for k, r := range d.res {
		if !r.same && r.score > d.th.Merge && r.rules&tracksDifferRules == 0 {
			return k
		}
	}
	return -1
}

// dedupeSongs keeps the first (best) result of each song.
func dedupeSongs(res []candResult, cands []Candidate) []candResult {
	out := res[:0]
	for _, r := range res {
		id := cands[r.idx].SongID
		if !slices.ContainsFunc(out, func(o candResult) bool { return cands[o.idx].SongID == id }) {
			out = append(out, r)
		}
	}
	return out
}

// emptyExplanation explains a decision with no candidate at all.
func emptyExplanation(t *title.Title) Explanation {
	return Explanation{
		Track: TrackComparison{A: t.Track, Alignment: newAlignment()},
		Artist: ArtistComparison{A: nonNil(t.Artists), B: []string{}, SourceA: t.ArtistSource,
			State: artistUnknown.String(), Alignment: newAlignment()},
		Versions: VersionComparison{A: nonNil(t.Versions), B: []title.Version{}, Same: true},
		Rules:    []RuleHit{},
	}
}
