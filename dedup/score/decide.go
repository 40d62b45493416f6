package score

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/songdedup/songdedup/dedup/title"
)

// DecisionKind is what becomes of a submission.
type DecisionKind string

// The decisions of the contract. In the HTTP answer and the backfill report
// DecisionDistinct shows as "created".
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

// DefaultThresholds returns the thresholds of the contract: merge above
// 0.85, review from 0.60.
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
	// one. Zero otherwise, and never set on a merge.
	VersionOf int64
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

// Decide compares sub with each candidate and decides, by the rules of the
// contract:
//
//   - a candidate whose version set or version qualifiers differ is never
//     merged; when it is otherwise a match (score above the merge
//     threshold) it is named in VersionOf;
//   - a candidate blocked by another rule (a number or a title word only
//     one side has, durations too far apart, NoAutoMerge) may be reviewed,
//     never merged; a number or word only one side has, like durations
//     too far apart, says the candidate is another song, so it is no rival
//     to one that matches exactly and does not make the match ambiguous;
//   - if more than one song clears the merge threshold, none is merged and
//     all go to review;
//   - if the one song that clears it lacks evidence (too few, too common
//     words and no artist to confirm them), it goes to review;
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
	res = dedupeSongs(res, cands)

	d := Decision{Kind: DecisionDistinct}
	var decisionRules []RuleHit
	pick := -1 // index into res of the candidate the decision names

	// Eligible: same version, above merge, and not kept apart by a rule
	// that says this pair is another recording (a number or a title word
	// one side lacks, durations too far apart, a version word the split
	// missed) or by a curator. Rules about the submission alone, like too
	// little evidence, hold for every candidate and do not make one
	// ineligible.
	var eligible []int
	for k, r := range res {
		if r.same && r.score > th.Merge && r.rules&(rsNumber|rsExtraWord|rsDuration|rsUnparsedVersion) == 0 && !cands[r.idx].NoAutoMerge {
			eligible = append(eligible, k)
		}
	}
	switch {
	case len(eligible) > 1:
		d.Kind = DecisionReview
		pick = eligible[0]
		for _, k := range eligible {
			d.ReviewWith = append(d.ReviewWith, cands[res[k].idx].SongID)
		}
		decisionRules = append(decisionRules, RuleHit{Rule: RuleAmbiguous, Effect: EffectReview,
			Detail: fmt.Sprintf("%d songs score above the merge threshold %.2f", len(eligible), th.Merge)})
	case len(eligible) == 1:
		pick = eligible[0]
		if res[pick].blocked {
			d.Kind = DecisionReview
		} else {
			d.Kind = DecisionMerge
		}
	default:
		for k, r := range res {
			if r.same && r.score >= th.Review {
				pick = k
				d.Kind = DecisionReview
				break
			}
		}
	}
	if d.Kind == DecisionReview && len(d.ReviewWith) == 0 {
		c := cands[res[pick].idx]
		d.ReviewWith = []int64{c.SongID}
		if c.NoAutoMerge && res[pick].score > th.Merge {
			decisionRules = append(decisionRules, RuleHit{Rule: RuleNoAutoMerge, Effect: EffectReview,
				Detail: "a curator marked this song never to be merged automatically"})
		}
	}
	if d.Kind != DecisionMerge {
		for k, r := range res {
			if !r.same && r.score > th.Merge && r.rules&(rsNumber|rsExtraWord|rsEvidence) == 0 {
				d.VersionOf = cands[r.idx].SongID
				if pick < 0 {
					pick = k
				}
				decisionRules = append(decisionRules, RuleHit{Rule: RuleVersionOf, Effect: EffectDistinct,
					Detail: fmt.Sprintf("same artist and track as song %d in another version: not merged", d.VersionOf)})
				break
			}
		}
	}
	if pick < 0 && len(res) > 0 {
		pick = 0
	}
	if pick >= 0 {
		c := &cands[res[pick].idx]
		d.SongID, d.Score = c.SongID, res[pick].score
		s.b.prepare(&c.Title, c.DurationSeconds, w)
		d.Explanation = s.compare(true).Explanation
	} else {
		d.Explanation = emptyExplanation(&sub.Title)
	}
	d.Explanation.Decision = d.Kind
	d.Explanation.Thresholds = &th
	d.Explanation.Rules = append(d.Explanation.Rules, decisionRules...)
	if len(res) > 0 {
		d.Explanation.Candidates = make([]CandidateScore, len(res))
		for k, r := range res {
			d.Explanation.Candidates[k] = CandidateScore{SongID: cands[r.idx].SongID, Score: round4(r.score), SameVersion: r.same, Blocked: r.blocked}
		}
	}
	return d
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
