package score

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated tables of EVAL.md")

const (
	evalDoc    = "../EVAL.md"
	beginTable = "<!-- BEGIN GENERATED: go test ./dedup/score -run TestEvalDoc -update -->\n"
	endTable   = "<!-- END GENERATED -->\n"
)

// TestEvalDoc keeps the tables of EVAL.md those of the code as it is:
// scoring changes, the tables no longer match, and this fails until they
// are regenerated with -update.
func TestEvalDoc(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the pairs files")
	}
	doc, err := os.ReadFile(evalDoc)
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	i, j := strings.Index(text, beginTable), strings.Index(text, endTable)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the generated-section markers", evalDoc)
	}
	want := text[:i+len(beginTable)] + evalTables(t) + text[j:]
	if want == text {
		return
	}
	if *update {
		if err := os.WriteFile(evalDoc, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is stale: run go test ./dedup/score -run TestEvalDoc -update", evalDoc)
}

// evalTables renders the evaluation of every checked-in pairs file.
func evalTables(t *testing.T) string {
	train, valid, test := loadPairs(t, "itunes-train.jsonl"), loadPairs(t, "itunes-valid.jsonl"), loadPairs(t, "itunes-test.jsonl")
	youtube := loadPairs(t, "youtube.jsonl")
	sets := []struct {
		name  string
		pairs []LabeledPair
	}{
		{"YouTube titles, our generator (`youtube.jsonl`)", youtube},
		{"iTunes-Amazon train+valid (tuning)", slices.Concat(train, valid)},
		{"iTunes-Amazon test split (held out)", test},
		{"iTunes-Amazon, all 539 pairs", slices.Concat(train, valid, test)},
		{"real titles (`real/`), dev", loadPairs(t, "real/dev.jsonl")},
		{"real titles (`real/`), **test**", loadPairs(t, "real/test.jsonl")},
		{"trending uploads (`trending/`), dev", loadPairs(t, "trending/dev.jsonl")},
		{"trending uploads (`trending/`), **test**", loadPairs(t, "trending/test.jsonl")},
		{"other scripts (`scripts/`), dev", loadPairs(t, "scripts/dev.jsonl")},
		{"other scripts (`scripts/`), **test**", loadPairs(t, "scripts/test.jsonl")},
	}
	th := DefaultThresholds()
	sweep := SweepThresholds(0.70, 0.95, 0.05)
	reps := make([]EvalReport, len(sets))
	for k, s := range sets {
		reps[k] = Evaluate(s.pairs, nil, th, sweep)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n### Merge decision at the default thresholds (merge > %.2f, review >= %.2f)\n\n", th.Merge, th.Review)
	b.WriteString("| pairs file (`testdata/pairs/`) | pairs (same) | precision | recall | F1 | TP | FP | FN | TN | merge / review / distinct | review share | review yield |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for k, s := range sets {
		r := reps[k]
		fmt.Fprintf(&b, "| %s | %d (%d) | %.4f | %.4f | %.4f | %d | %d | %d | %d | %d / %d / %d | %.4f | %.4f |\n",
			s.name, r.Pairs, r.SamePairs, r.Precision, r.Recall, r.F1, r.TP, r.FP, r.FN, r.TN,
			r.Decisions[DecisionMerge], r.Decisions[DecisionReview], r.Decisions[DecisionDistinct], r.ReviewShare, r.ReviewYield)
	}
	b.WriteString(titleSuiteTable(t))
	b.WriteString("\n### Merge-threshold sweep (precision / recall / F1; review threshold 0.60)\n\n")
	b.WriteString("| merge > |")
	for _, s := range sets {
		fmt.Fprintf(&b, " %s |", s.name)
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(sets)) + "\n")
	for m := range sweep {
		fmt.Fprintf(&b, "| %.2f |", sweep[m])
		for k := range sets {
			p := reps[k].Sweep[m]
			fmt.Fprintf(&b, " %.3f / %.3f / %.3f |", p.Precision, p.Recall, p.F1)
		}
		b.WriteString("\n")
	}
	yt := reps[0]
	b.WriteString("\n### YouTube pairs by kind (default thresholds)\n\n")
	b.WriteString("| kind | pairs | same | false merges | missed (not merged) |\n|---|---|---|---|---|\n")
	for _, k := range Kinds(yt.PairsByKind) {
		same := 0
		for _, p := range youtube {
			if p.Kind == k && p.Same {
				same++
			}
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", k, yt.PairsByKind[k], same, yt.FalseMergesByKind[k], yt.MissedByKind[k])
	}
	b.WriteString("\n### The false merges, all of them\n\n")
	for set := range sets {
		if set == 1 || set == 2 {
			continue // listed with all 539 iTunes-Amazon pairs
		}
		for _, r := range reps[set].FalseMerges {
			p := sets[set].pairs[r.Index]
			fmt.Fprintf(&b, "- %s line %d (%s, score %.4f): %q vs %q\n", strings.SplitN(sets[set].name, " (", 2)[0], r.Line, r.Kind, r.Score, p.A.Title.Raw, p.B.Title.Raw)
		}
	}
	b.WriteString("\n")
	return b.String()
}
