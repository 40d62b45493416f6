package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// runCmd runs the binary in-process with stdin and an empty environment
// unless env says otherwise.
func runCmd(t *testing.T, stdin string, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err = run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestMatch(t *testing.T) {
	in := strings.Join([]string{
		`{"a": {"title": "Adele - Hello (Official Music Video)", "channel": "AdeleVEVO"}, "b": {"title": "ADELE — Hello [Lyrics]", "channel": "7clouds"}}`,
		`{"a": {"title": "Adele - Hello (Official Music Video)"}, "b": {"title": "Lionel Richie - Hello"}, "unknown": 1}`,
		`{"a": {"title": "Adele - Hello (Live at the Royal Albert Hall)"}, "b": {"title": "Adele - Hello", "duration_seconds": 295}}`,
		``,
		`{"a": {"title": "Without Me"}, "b": {"title": "Eminem - Without Me"}}`,
	}, "\n")
	stdout, stderr, err := runCmd(t, in, nil, "match")
	if err != nil {
		t.Fatalf("match: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	want := []string{"merge", "distinct", "distinct", "review"}
	if len(lines) != len(want) {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, l := range lines {
		var r struct {
			Score       *float64 `json:"score"`
			Decision    string   `json:"decision"`
			Explanation struct {
				Score float64 `json:"score"`
				Track struct {
					Matched []any `json:"matched"`
				} `json:"track"`
				Rules      []struct{ Rule string } `json:"rules"`
				Thresholds struct{ Merge, Review float64 }
			} `json:"explanation"`
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, l)
		}
		if r.Score == nil || *r.Score < 0 || *r.Score > 1 {
			t.Errorf("line %d: score %v", i+1, r.Score)
		}
		if r.Decision != want[i] {
			t.Errorf("line %d: decision %s, want %s: %s", i+1, r.Decision, want[i], l)
		}
		if r.Explanation.Thresholds.Merge != 0.85 || r.Explanation.Thresholds.Review != 0.6 {
			t.Errorf("line %d: thresholds %+v", i+1, r.Explanation.Thresholds)
		}
	}
}

func TestMatchBadLines(t *testing.T) {
	in := strings.Join([]string{
		`{"a": {"title": "Adele - Hello"}, "b": {"title": "Adele - Hello"}}`,
		`{"a": {"channel": "x"}, "b": {"title": "Adele - Hello"}}`,
		`{"a": {"title": "Adele - Hello"}}`,
		`not json`,
		`{"a": {"title": "Adele - Hello"}, "b": {"title": "  "}}`,
		`{"a": {"title": "Adele - Hello", "duration_seconds": -3}, "b": {"title": "Adele - Hello"}}`,
		`{"a": {"title": "Queen - Bohemian Rhapsody"}, "b": {"title": "Bohemian Rhapsody"}}`,
	}, "\n")
	stdout, stderr, err := runCmd(t, in, nil, "match")
	if err == nil {
		t.Fatal("want an error for the failed lines")
	}
	if code := exitCode(err, &bytes.Buffer{}); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if n := strings.Count(stdout, "\n"); n != 2 {
		t.Errorf("%d output lines, want 2 (lines 1 and 7):\n%s", n, stdout)
	}
	for _, want := range []string{"line 2: missing field a.title", "line 3: missing field b", "line 4: invalid JSON", "line 5: missing field b.title", "line 6: field a.duration_seconds"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestMatchThresholdFlags(t *testing.T) {
	in := `{"a": {"title": "Lil Wayne - Lollipop"}, "b": {"title": "Lil Wyte - Lollipop"}}`
	out, _, err := runCmd(t, in, nil, "match", "--merge-threshold", "0.5", "--review-threshold", "0.4")
	if err != nil || !strings.Contains(out, `"decision":"merge"`) {
		t.Errorf("low merge threshold: %v %s", err, out)
	}
	out, _, err = runCmd(t, in, map[string]string{"SONGDEDUP_REVIEW_THRESHOLD": "0.99", "SONGDEDUP_MERGE_THRESHOLD": "0.99"}, "match")
	if err != nil || !strings.Contains(out, `"decision":"distinct"`) {
		t.Errorf("thresholds from the environment: %v %s", err, out)
	}
	_, _, err = runCmd(t, in, nil, "match", "--merge-threshold", "0.5", "--review-threshold", "0.7")
	var ue *usageError
	if !errors.As(err, &ue) {
		t.Errorf("review above merge: %v, want a usage error", err)
	}
}
