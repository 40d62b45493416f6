package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"strings"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// pairSide is one side of a match or eval input line.
type pairSide struct {
	Title           *string  `json:"title"`
	Channel         string   `json:"channel"`
	Artist          string   `json:"artist"`
	DurationSeconds *float64 `json:"duration_seconds"`
}

// subject normalizes the side named name ("a" or "b"); an error names the
// offending field.
func (p *pairSide) subject(name string) (score.Subject, error) {
	if p == nil {
		return score.Subject{}, fmt.Errorf("missing field %s", name)
	}
	if p.Title == nil || strings.TrimSpace(*p.Title) == "" {
		return score.Subject{}, fmt.Errorf("missing field %s.title", name)
	}
	dur := 0
	if p.DurationSeconds != nil {
		d := *p.DurationSeconds
		if d < 0 || math.IsNaN(d) || d > 1e7 {
			return score.Subject{}, fmt.Errorf("field %s.duration_seconds: %v is not a duration in seconds", name, d)
		}
		dur = int(math.Round(d))
	}
	t := title.Normalize(title.Input{Title: *p.Title, Channel: p.Channel, Artist: p.Artist})
	return score.Subject{Title: t, DurationSeconds: dur}, nil
}

// subjects normalizes both sides of a pair.
func subjects(a, b *pairSide) (score.Subject, score.Subject, error) {
	sa, err := a.subject("a")
	if err != nil {
		return sa, score.Subject{}, err
	}
	sb, err := b.subject("b")
	return sa, sb, err
}

// decidePair decides side a against side b as its only candidate, as eval
// does: what `match` prints is what `eval` counts.
func decidePair(a, b score.Subject, w score.Weigher, th score.Thresholds) score.Decision {
	d := score.Decide(a, []score.Candidate{{Title: b.Title, DurationSeconds: b.DurationSeconds}}, w, th)
	d.Explanation.Candidates = nil // one anonymous candidate: nothing to list
	return d
}

// thresholdFlags registers --merge-threshold and --review-threshold.
func thresholdFlags(fs *flag.FlagSet) *score.Thresholds {
	th := score.DefaultThresholds()
	fs.Float64Var(&th.Merge, "merge-threshold", th.Merge, "merge when the score is above this")
	fs.Float64Var(&th.Review, "review-threshold", th.Review, "review when the score is at least this")
	return &th
}

func checkThresholds(th score.Thresholds) error {
	if err := th.Validate(); err != nil {
		return usagef("%v", err)
	}
	return nil
}

type matchLine struct {
	A *pairSide `json:"a"`
	B *pairSide `json:"b"`
}

type matchResult struct {
	Score       float64            `json:"score"`
	Decision    score.DecisionKind `json:"decision"`
	Explanation score.Explanation  `json:"explanation"`
}

const matchUsage = `usage: songdedup match [flags] < pairs.jsonl

Scores pairs of titles. Each input line is
  {"a": {"title": ..., "channel": ..., "artist": ..., "duration_seconds": ...}, "b": {...}}
(all but title optional) and gets one output line
  {"score": 0..1, "decision": "merge"|"review"|"distinct", "explanation": {...}}
with the built-in default vocabulary as token weights. A bad line gets an
error on stderr naming its number; the others are still scored, and the
exit status is 1.
`

// matchCommand is 'songdedup match'.
func matchCommand(fs *flag.FlagSet) action {
	th := thresholdFlags(fs)
	return func(ctx context.Context, _ []string, env environment) error { return runMatch(ctx, *th, env) }
}

// runMatch scores the pairs of stdin.
func runMatch(ctx context.Context, th score.Thresholds, env environment) error {
	if err := checkThresholds(th); err != nil {
		return err
	}
	w := score.DefaultWeights()
	enc := json.NewEncoder(env.stdout)
	enc.SetEscapeHTML(false)
	var writeErr error
	failed, err := eachJSONLine(ctx, env.stdin, env.stderr, func(line int, in matchLine) error {
		a, b, err := subjects(in.A, in.B)
		if err != nil {
			return err
		}
		d := decidePair(a, b, w, th)
		if err := enc.Encode(matchResult{Score: roundScore(d.Score), Decision: d.Kind, Explanation: d.Explanation}); err != nil {
			writeErr = err
		}
		return nil
	})
	if err := errors.Join(err, writeErr); err != nil {
		return fmt.Errorf("match: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("match: %d input line(s) failed", failed)
	}
	return nil
}

func roundScore(x float64) float64 { return math.Round(x*1e4) / 1e4 }
