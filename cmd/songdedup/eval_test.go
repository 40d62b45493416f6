package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pairs.jsonl")
	lines := []string{
		`{"a": {"title": "Adele - Hello (Official Video)"}, "b": {"title": "Adele - Hello [Lyrics]"}, "same": true, "kind": "dup"}`,
		`{"a": {"title": "Adele - Hello"}, "b": {"title": "Lionel Richie - Hello"}, "same": false, "kind": "same_title_diff_artist"}`,
		`{"a": {"title": "Adele - Hello"}, "b": {"title": "Adele - Hello (Live)"}, "same": false, "kind": "live"}`,
		`{"a": {"title": "Sam Smith - Stay With Me"}, "b": {"title": "Sam Smith - Stay With Me (Lyrics)"}, "same": true}`,
		`{"a": {"title": "Lil Wayne - Lollipop"}, "b": {"title": "Lil Wyte - Lollipop"}, "same": false, "kind": "artist_sharing_a_word"}`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCmd(t, "", nil, "eval", "--pairs", path)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, stderr)
	}
	for _, want := range []string{"pairs       5 (2 same, 3 different)", "precision 1.0000  recall 1.0000  F1 1.0000", "merge threshold sweep", "  0.70", "  0.95", "false merges by kind"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}

	// At a merge threshold of 0.5 Lil Wyte's "Lollipop" merges into Lil
	// Wayne's: the false merge must be counted under its kind.
	out, _, err = runCmd(t, "", nil, "eval", "--pairs", path, "--merge-threshold", "0.5", "--review-threshold", "0.5", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Precision         float64        `json:"precision"`
		FP                int            `json:"fp"`
		FalseMergesByKind map[string]int `json:"false_merges_by_kind"`
		Sweep             []struct {
			Merge float64 `json:"merge_threshold"`
		} `json:"sweep"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if rep.FP != 1 || rep.FalseMergesByKind["artist_sharing_a_word"] != 1 || rep.Precision >= 1 {
		t.Errorf("at 0.5: %+v", rep)
	}
	if len(rep.Sweep) != 6 || rep.Sweep[0].Merge != 0.7 || rep.Sweep[5].Merge != 0.95 {
		t.Errorf("sweep %+v, want 0.70..0.95 by 0.05", rep.Sweep)
	}
}

func TestEvalErrors(t *testing.T) {
	if _, _, err := runCmd(t, "", nil, "eval"); !isUsage(err) {
		t.Errorf("no --pairs: %v, want a usage error", err)
	}
	if _, _, err := runCmd(t, "", nil, "eval", "--pairs", filepath.Join(t.TempDir(), "absent.jsonl")); err == nil || isUsage(err) {
		t.Errorf("absent file: %v, want a plain error", err)
	}
	in := `{"a": {"title": "Adele - Hello"}, "b": {"title": "Adele - Hello"}, "same": true}
{"a": {"title": "Adele - Hello"}, "b": {"title": "Adele - Hello"}}
{"a": {"title": "Adele - Hello"}, "same": true}`
	out, stderr, err := runCmd(t, in, nil, "eval", "--pairs", "-")
	if err == nil || !strings.Contains(stderr, "line 2: missing field same") || !strings.Contains(stderr, "line 3: missing field b") {
		t.Errorf("bad lines: err %v, stderr %s", err, stderr)
	}
	if !strings.Contains(out, "pairs       1 (1 same") {
		t.Errorf("the good line should still be reported:\n%s", out)
	}
}

func isUsage(err error) bool {
	var ue *usageError
	return errors.As(err, &ue)
}
