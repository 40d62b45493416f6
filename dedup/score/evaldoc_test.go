package score

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
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

// pairsFile is the pairs of one labeled file, named as under
// testdata/pairs.
type pairsFile struct {
	name  string
	pairs []LabeledPair
}

// evalSet is one or more labeled files evaluated as one.
type evalSet struct {
	name  string
	files []pairsFile
}

func (s evalSet) pairs() []LabeledPair {
	var out []LabeledPair
	for _, f := range s.files {
		out = append(out, f.pairs...)
	}
	return out
}

// fileOf is the file that pair index i of the set comes from.
func (s evalSet) fileOf(i int) string {
	for _, f := range s.files {
		if i < len(f.pairs) {
			return f.name
		}
		i -= len(f.pairs)
	}
	return ""
}

// pairLine writes one pair of a report as a list item: by file and line,
// kind and score, with its titles; a pair of a held-out file by file, line
// and kind only.
func pairLine(b *strings.Builder, file string, r PairResult, p LabeledPair) {
	if HeldOut(file) {
		fmt.Fprintf(b, "- `%s:%d` (%s)\n", file, r.Line, r.Kind)
		return
	}
	fmt.Fprintf(b, "- `%s:%d` (%s, score %.4f): %q vs %q\n", file, r.Line, r.Kind, r.Score, p.A.Title.Raw, p.B.Title.Raw)
}

// evalTables renders the evaluation of every checked-in pairs file.
func evalTables(t *testing.T) string {
	file := func(name string) pairsFile { return pairsFile{name, loadPairs(t, name)} }
	train, valid, test := file("itunes-train.jsonl"), file("itunes-valid.jsonl"), file("itunes-test.jsonl")
	youtube := file("youtube.jsonl")
	sets := []evalSet{
		{"YouTube titles, our generator (`youtube.jsonl`)", []pairsFile{youtube}},
		{"iTunes-Amazon train+valid (tuning)", []pairsFile{train, valid}},
		{"iTunes-Amazon test split (held out)", []pairsFile{test}},
		{"iTunes-Amazon, all 539 pairs", []pairsFile{train, valid, test}},
		{"real titles (`real/`), dev", []pairsFile{file("real/dev.jsonl")}},
		{"real titles (`real/`), **test**", []pairsFile{file("real/test.jsonl")}},
		{"trending uploads (`trending/`), dev", []pairsFile{file("trending/dev.jsonl")}},
		{"trending uploads (`trending/`), **test**", []pairsFile{file("trending/test.jsonl")}},
		{"other scripts (`scripts/`), dev", []pairsFile{file("scripts/dev.jsonl")}},
		{"other scripts (`scripts/`), **test**", []pairsFile{file("scripts/test.jsonl")}},
		{"covers of one work (`covers/`), dev", []pairsFile{file("covers/dev.jsonl")}},
		{"covers of one work (`covers/`), **test**", []pairsFile{file("covers/test.jsonl")}},
		{"Spotify tracks and their YouTube uploads (`spotifyyt/`), dev", []pairsFile{file("spotifyyt/dev.jsonl")}},
		{"Spotify tracks and their YouTube uploads (`spotifyyt/`), **test**", []pairsFile{file("spotifyyt/test.jsonl")}},
		{"VEVO uploads of one artist (`vevo/`), dev", []pairsFile{file("vevo/dev.jsonl")}},
		{"VEVO uploads of one artist (`vevo/`), **test**", []pairsFile{file("vevo/test.jsonl")}},
		{"Korean chart entries and their YouTube uploads (`melon/`), dev", []pairsFile{file("melon/dev.jsonl")}},
		{"Korean chart entries and their YouTube uploads (`melon/`), **test**", []pairsFile{file("melon/test.jsonl")}},
		{"electronic releases on YouTube and a catalogue of them (`releases/`), dev", []pairsFile{file("releases/dev.jsonl")}},
		{"electronic releases on YouTube and a catalogue of them (`releases/`), **test**", []pairsFile{file("releases/test.jsonl")}},
		{"US chart entries and their YouTube uploads (`billboard/`), dev", []pairsFile{file("billboard/dev.jsonl")}},
		{"US chart entries and their YouTube uploads (`billboard/`), **test**", []pairsFile{file("billboard/test.jsonl")}},
		{"hard negatives of real songs (`hardneg/`), dev", []pairsFile{file("hardneg/dev.jsonl")}},
		{"hard negatives of real songs (`hardneg/`), **test**", []pairsFile{file("hardneg/test.jsonl")}},
	}
	th := DefaultThresholds()
	sweep := SweepThresholds(0.70, 0.95, 0.05)
	reps := make([]EvalReport, len(sets))
	for k, s := range sets {
		reps[k] = Evaluate(s.pairs(), nil, th, sweep)
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
		for _, p := range youtube.pairs {
			if p.Kind == k && p.Same {
				same++
			}
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", k, yt.PairsByKind[k], same, yt.FalseMergesByKind[k], yt.MissedByKind[k])
	}
	b.WriteString("\n### The false merges, all of them\n\n")
	b.WriteString("By file (under `testdata/pairs/`) and line; a held-out split's by line and kind only, never its titles.\n\n")
	for set := range sets {
		if set == 1 || set == 2 {
			continue // listed with all 539 iTunes-Amazon pairs
		}
		pairs := sets[set].pairs()
		for _, r := range reps[set].FalseMerges {
			pairLine(&b, sets[set].fileOf(r.Index), r, pairs[r.Index])
		}
	}
	b.WriteString("\n")
	return b.String()
}

// TestPairLine: a pair of a held-out file is listed by file, line and kind,
// without its titles or score; any other pair with them.
func TestPairLine(t *testing.T) {
	p := LabeledPair{A: Subject{Title: title.Normalize(title.Input{Title: "Adele - Hello"})},
		B: Subject{Title: title.Normalize(title.Input{Title: "Adele - Hello (Live)"})}, Kind: "live", Line: 7}
	r := PairResult{Line: 7, Kind: "live", Score: 0.9}
	for _, tt := range []struct{ file, want string }{
		{"real/test.jsonl", "- `real/test.jsonl:7` (live)\n"},
		{"itunes-test.jsonl", "- `itunes-test.jsonl:7` (live)\n"},
		{"real/dev.jsonl", "- `real/dev.jsonl:7` (live, score 0.9000): \"Adele - Hello\" vs \"Adele - Hello (Live)\"\n"},
	} {
		var b strings.Builder
		pairLine(&b, tt.file, r, p)
		if b.String() != tt.want {
			t.Errorf("pairLine(%s) = %q, want %q", tt.file, b.String(), tt.want)
		}
	}
}
