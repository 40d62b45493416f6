package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/songdedup/songdedup/dedup/score"
)

type evalLine struct {
	A    *pairSide `json:"a"`
	B    *pairSide `json:"b"`
	Same *bool     `json:"same"`
	Kind string    `json:"kind"`
}

const evalUsage = `usage: songdedup eval --pairs FILE [flags]

Measures the merge decision on labeled pairs. Each line of FILE is
  {"a": {"title": ..., "channel": ..., "artist": ..., "duration_seconds": ...}, "b": {...},
   "same": true|false, "kind": "..."}
(kind optional). Side b plays the one candidate of side a, as in 'match'.
Prints precision, recall and F1 of merge, the false merges by kind, and a
sweep over merge thresholds. A bad line gets an error on stderr naming its
number; the report covers the other lines, and the exit status is 1.
`

// evalConfig is every setting of 'songdedup eval'.
type evalConfig struct {
	pairs          string
	th             *score.Thresholds
	json, list     bool
	from, to, step float64
}

// evalCommand is 'songdedup eval'.
func evalCommand(fs *flag.FlagSet) action {
	var c evalConfig
	fs.StringVar(&c.pairs, "pairs", "", "labeled pairs file, JSON lines (- for stdin)")
	c.th = thresholdFlags(fs)
	fs.BoolVar(&c.json, "json", false, "print the report as one JSON object")
	fs.Float64Var(&c.from, "sweep-from", 0.70, "first merge threshold of the sweep")
	fs.Float64Var(&c.to, "sweep-to", 0.95, "last merge threshold of the sweep")
	fs.Float64Var(&c.step, "sweep-step", 0.05, "step of the sweep")
	fs.BoolVar(&c.list, "list", false, "list every false merge, missed duplicate and review with its titles")
	return func(ctx context.Context, _ []string, env environment) error { return runEval(ctx, c, env) }
}

// runEval measures the merge decision on the labeled pairs c names.
func runEval(ctx context.Context, c evalConfig, env environment) error {
	if c.pairs == "" {
		return usagef("eval: --pairs FILE is required")
	}
	if err := checkThresholds(*c.th); err != nil {
		return err
	}
	if c.step <= 0 || c.from > c.to || c.from < 0 || c.to > 1 {
		return usagef("eval: the sweep needs 0 <= --sweep-from <= --sweep-to <= 1 and --sweep-step > 0")
	}

	var in io.Reader = env.stdin
	if c.pairs != "-" {
		f, err := os.Open(c.pairs)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		defer f.Close()
		in = f
	}
	var pairs []score.LabeledPair
	var raw []evalLine // for --list
	failed, err := eachJSONLine(ctx, in, env.stderr, func(line int, l evalLine) error {
		a, b, err := subjects(l.A, l.B)
		if err != nil {
			return err
		}
		if l.Same == nil {
			return errors.New("missing field same")
		}
		pairs = append(pairs, score.LabeledPair{A: a, B: b, Same: *l.Same, Kind: l.Kind, Line: line})
		raw = append(raw, l)
		return nil
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if len(pairs) == 0 {
		return fmt.Errorf("eval: no labeled pairs in %s", c.pairs)
	}
	rep := score.Evaluate(pairs, score.DefaultWeights(), *c.th, score.SweepThresholds(c.from, c.to, c.step))
	if c.json {
		enc := json.NewEncoder(env.stdout)
		enc.SetEscapeHTML(false)
		err = enc.Encode(rep)
	} else {
		err = printReport(env.stdout, rep, raw, c.list)
	}
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("eval: %d input line(s) failed", failed)
	}
	return nil
}

// printReport writes the human report.
func printReport(w io.Writer, rep score.EvalReport, raw []evalLine, list bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	p("pairs\t%d (%d same, %d different)\n", rep.Pairs, rep.SamePairs, rep.Pairs-rep.SamePairs)
	p("thresholds\tmerge > %.2f, review >= %.2f\n", rep.Thresholds.Merge, rep.Thresholds.Review)
	p("merge\tprecision %.4f  recall %.4f  F1 %.4f  (TP %d, FP %d, FN %d, TN %d)\n",
		rep.Precision, rep.Recall, rep.F1, rep.TP, rep.FP, rep.FN, rep.TN)
	p("decisions\tmerge %d, review %d, distinct %d\n",
		rep.Decisions[score.DecisionMerge], rep.Decisions[score.DecisionReview], rep.Decisions[score.DecisionDistinct])
	p("reviews\tshare %.4f of pairs, yield %.4f (reviews that are the same recording)\n", rep.ReviewShare, rep.ReviewYield)
	if err := tw.Flush(); err != nil {
		return err
	}
	counts := func(title string, m map[string]int) {
		p("\n%s\n", title)
		if len(m) == 0 {
			p("  none\n")
			return
		}
		p("  kind\tcount\tof pairs\n")
		for _, k := range score.Kinds(m) {
			name := k
			if name == "" {
				name = "(no kind)"
			}
			p("  %s\t%d\t%d\n", name, m[k], rep.PairsByKind[k])
		}
	}
	counts("false merges by kind", rep.FalseMergesByKind)
	counts("missed duplicates by kind (not merged)", rep.MissedByKind)
	p("\nmerge threshold sweep (review threshold %.2f, or the merge threshold when lower)\n", rep.Thresholds.Review)
	p("  merge >\tprecision\trecall\tF1\tmerges\tfalse merges\n")
	for _, s := range rep.Sweep {
		p("  %.2f\t%.4f\t%.4f\t%.4f\t%d\t%d\n", s.Merge, s.Precision, s.Recall, s.F1, s.TP+s.FP, s.FP)
	}
	if list {
		show := func(title string, rs []score.PairResult) {
			p("\n%s\n", title)
			for _, r := range rs {
				l := raw[r.Index]
				same := "different"
				if r.Same {
					same = "same"
				}
				by := ""
				if r.DecidedBy != "" {
					by = " by " + string(r.DecidedBy)
				}
				p("  line %d\t%s\t%s\t%s%s %.4f %s\n    a: %s\n    b: %s\n", r.Line, r.Kind, same, r.Decision, by, r.Score, rulesText(r.Rules), sideText(l.A), sideText(l.B))
			}
		}
		show("false merges", rep.FalseMerges)
		show("missed duplicates", rep.Missed)
		show("reviews", rep.Reviews)
	}
	return tw.Flush()
}

func rulesText(rs []score.Rule) string {
	if len(rs) == 0 {
		return ""
	}
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = string(r)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func sideText(s *pairSide) string {
	t := fmt.Sprintf("%q", *s.Title)
	if s.Artist != "" {
		t += fmt.Sprintf(" artist=%q", s.Artist)
	}
	if s.Channel != "" {
		t += fmt.Sprintf(" channel=%q", s.Channel)
	}
	if s.DurationSeconds != nil {
		t += fmt.Sprintf(" %gs", *s.DurationSeconds)
	}
	return t
}
