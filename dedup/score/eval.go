package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path"
	"sort"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// LabeledPair is two subjects and the truth about them: Same when they are
// one recording, so that merging them is right.
type LabeledPair struct {
	A, B Subject
	Same bool
	// Kind says what makes the pair hard ("live", "same_title_diff_artist",
	// "typo"...); may be empty.
	Kind string
	// Line is where the pair came from, for reports; may be 0.
	Line int
}

// HeldOut reports whether a labeled file is a held-out split: the file,
// or a directory on its slash-separated path, is named test
// ("real/test.jsonl", "itunes-test.jsonl"). What the repository writes of
// such a file's pairs (generated documents, test failures) names them by
// line, never by their titles, so that whoever tunes the code does not
// read them.
func HeldOut(name string) bool {
	for _, part := range strings.Split(name, "/") {
		part = strings.TrimSuffix(part, path.Ext(part))
		for _, w := range strings.FieldsFunc(part, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
			if w == "test" {
				return true
			}
		}
	}
	return false
}

// ReadPairs reads labeled pairs, one JSON object a line (blank lines
// skipped), the format of `songdedup eval`:
//
//	{"a": {"title": ..., "channel": ..., "artist": ..., "duration_seconds": ...},
//	 "b": {...}, "same": true|false, "kind": "..."}
//
// Each side is normalized as a submission is; Line is the pair's line.
func ReadPairs(r io.Reader) ([]LabeledPair, error) {
	type side struct {
		Title    string  `json:"title"`
		Channel  string  `json:"channel"`
		Artist   string  `json:"artist"`
		Duration float64 `json:"duration_seconds"`
	}
	subject := func(s side) Subject {
		in := title.Input{Title: s.Title, Channel: s.Channel, Artist: s.Artist}
		return Subject{Title: title.Normalize(in), DurationSeconds: int(math.Round(s.Duration))}
	}
	var pairs []LabeledPair
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var p struct {
			A, B side
			Same bool
			Kind string
		}
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		pairs = append(pairs, LabeledPair{A: subject(p.A), B: subject(p.B), Same: p.Same, Kind: p.Kind, Line: line})
	}
	return pairs, sc.Err()
}

// Confusion counts the merge decisions on labeled pairs: a merge of a same
// pair is a true positive, a merge of a different pair a false merge.
type Confusion struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	TN int `json:"tn"`
}

func (c *Confusion) add(merged, same bool) {
	switch {
	case merged && same:
		c.TP++
	case merged:
		c.FP++
	case same:
		c.FN++
	default:
		c.TN++
	}
}

// Precision is TP/(TP+FP); 1 when nothing was merged, since no merge was
// wrong (recall then shows the cost).
func (c Confusion) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN); 1 when there is no same pair.
func (c Confusion) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall, 0 when both are 0 or
// nothing was merged.
func (c Confusion) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	p, r := c.Precision(), c.Recall()
	return 2 * p * r / (p + r)
}

// Metrics are precision, recall and F1 of the merge decision.
type Metrics struct {
	Confusion
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func metricsOf(c Confusion) Metrics {
	return Metrics{Confusion: c, Precision: round4(c.Precision()), Recall: round4(c.Recall()), F1: round4(c.F1())}
}

// SweepPoint is the merge decision's quality at one merge threshold.
type SweepPoint struct {
	Merge float64 `json:"merge_threshold"`
	Metrics
}

// PairResult is the outcome of one labeled pair, kept for the pairs a
// report lists (false merges, missed duplicates and reviews).
type PairResult struct {
	Index    int          `json:"index"`
	Line     int          `json:"line,omitempty"`
	Kind     string       `json:"kind,omitempty"`
	Same     bool         `json:"same"`
	Decision DecisionKind `json:"decision"`
	Score    float64      `json:"score"`
	Rules    []Rule       `json:"rules,omitempty"`
	// DecidedBy is the rule the decision rests on (see
	// Explanation.DecidedBy).
	DecidedBy Rule `json:"decided_by,omitempty"`
}

// EvalReport is the quality of the merge decision on labeled pairs.
type EvalReport struct {
	Thresholds Thresholds `json:"thresholds"`
	Pairs      int        `json:"pairs"`
	SamePairs  int        `json:"same_pairs"`
	Metrics
	// Decisions counts each decision kind.
	Decisions map[DecisionKind]int `json:"decisions"`
	// ReviewShare is the share of pairs decided review: the load on
	// curators. ReviewYield is the share of those that are the same
	// recording: how often a curator's minute finds a duplicate (1 when
	// nothing went to review).
	ReviewShare float64 `json:"review_share"`
	ReviewYield float64 `json:"review_yield"`
	// FalseMergesByKind counts false merges by pair kind ("" when the pair
	// has none); MissedByKind counts same pairs not merged.
	FalseMergesByKind map[string]int `json:"false_merges_by_kind"`
	MissedByKind      map[string]int `json:"missed_by_kind"`
	// PairsByKind counts the pairs of each kind.
	PairsByKind map[string]int `json:"pairs_by_kind"`
	// Sweep is the merge decision at each merge threshold of the sweep,
	// the review threshold held (or lowered to the merge threshold).
	Sweep []SweepPoint `json:"sweep"`
	// FalseMerges and Missed list the pairs behind the errors.
	FalseMerges []PairResult `json:"false_merges"`
	Missed      []PairResult `json:"missed"`
	// Reviews lists the pairs decided review, same or not: what the queue
	// would hold.
	Reviews []PairResult `json:"reviews"`
}

// Evaluate decides every pair, side B playing the one candidate of side A,
// and measures the merge decision at th and at each merge threshold of
// sweep.
func Evaluate(pairs []LabeledPair, w Weigher, th Thresholds, sweep []float64) EvalReport {
	if w == nil {
		w = DefaultWeights()
	}
	rep := EvalReport{
		Thresholds:        th,
		Pairs:             len(pairs),
		Decisions:         map[DecisionKind]int{},
		FalseMergesByKind: map[string]int{},
		MissedByKind:      map[string]int{},
		PairsByKind:       map[string]int{},
		FalseMerges:       []PairResult{},
		Missed:            []PairResult{},
		Reviews:           []PairResult{},
	}
	var conf Confusion
	reviewedSame := 0
	sweepConf := make([]Confusion, len(sweep))
	for i, p := range pairs {
		if p.Same {
			rep.SamePairs++
		}
		rep.PairsByKind[p.Kind]++
		d := decidePair(p, w, th)
		merged := d.Kind == DecisionMerge
		conf.add(merged, p.Same)
		rep.Decisions[d.Kind]++
		if d.Kind == DecisionReview && p.Same {
			reviewedSame++
		}
		r := PairResult{Index: i, Line: p.Line, Kind: p.Kind, Same: p.Same, Decision: d.Kind, Score: round4(d.Score), DecidedBy: d.Explanation.DecidedBy}
		for _, h := range d.Explanation.Rules {
			r.Rules = append(r.Rules, h.Rule)
		}
		if d.Kind == DecisionReview {
			rep.Reviews = append(rep.Reviews, r)
		}
		if merged != p.Same {
			if merged {
				rep.FalseMergesByKind[p.Kind]++
				rep.FalseMerges = append(rep.FalseMerges, r)
			} else {
				rep.MissedByKind[p.Kind]++
				rep.Missed = append(rep.Missed, r)
			}
		}
		for k, m := range sweep {
			t := Thresholds{Merge: m, Review: math.Min(th.Review, m)}
			sweepConf[k].add(decidePair(p, w, t).Kind == DecisionMerge, p.Same)
		}
	}
	rep.Metrics = metricsOf(conf)
	rep.ReviewShare, rep.ReviewYield = 0, 1
	if n := rep.Decisions[DecisionReview]; n > 0 {
		rep.ReviewShare = round4(float64(n) / float64(len(pairs)))
		rep.ReviewYield = round4(float64(reviewedSame) / float64(n))
	}
	for k, m := range sweep {
		rep.Sweep = append(rep.Sweep, SweepPoint{Merge: m, Metrics: metricsOf(sweepConf[k])})
	}
	return rep
}

func decidePair(p LabeledPair, w Weigher, th Thresholds) Decision {
	return Decide(p.A, []Candidate{{SongID: 1, Title: p.B.Title, DurationSeconds: p.B.DurationSeconds}}, w, th)
}

// SweepThresholds returns from, from+step, ... up to to (inclusive, within
// rounding), each rounded to 4 decimals.
func SweepThresholds(from, to, step float64) []float64 {
	if step <= 0 || to < from {
		return nil
	}
	var out []float64
	for k := 0; ; k++ {
		v := round4(from + float64(k)*step)
		if v > to+1e-9 {
			break
		}
		out = append(out, v)
	}
	return out
}

// Kinds returns the keys of a count map in order, "" last.
func Kinds(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if (keys[i] == "") != (keys[j] == "") {
			return keys[j] == ""
		}
		return keys[i] < keys[j]
	})
	return keys
}
