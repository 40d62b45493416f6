package score

import (
	"strings"
	"testing"
)

func TestIDFWeight(t *testing.T) {
	const docs = 10000
	prev := 2.0
	for _, df := range []int{0, 1, 10, 100, 1000, 5000, docs} {
		w := IDFWeight(df, docs)
		if w > prev || w < MinWeight || w > 1 {
			t.Errorf("IDFWeight(%d) = %.3f: want non-increasing in [MinWeight, 1] (previous %.3f)", df, w, prev)
		}
		prev = w
	}
	if IDFWeight(0, docs) != 1 || IDFWeight(1, docs) < 0.95 || IDFWeight(docs, docs) != MinWeight {
		t.Errorf("ends: %.3f %.3f", IDFWeight(0, docs), IDFWeight(docs, docs))
	}
	// Weights of catalogues of different sizes stay comparable: a word in
	// one song in a hundred weighs about the same.
	if a, b := IDFWeight(70, 7000), IDFWeight(10000, 1000000); a-b > 0.02 || b-a > 0.02 {
		t.Errorf("1%% of 7k: %.3f, 1%% of 1M: %.3f", a, b)
	}
}

func TestDefaultWeights(t *testing.T) {
	w := DefaultWeights()
	for _, p := range [][2]string{{"the", "love"}, {"love", "rhapsody"}, {"you", "chandelier"}, {"me", "halo"}} {
		if w.Weight(p[0]) >= w.Weight(p[1]) {
			t.Errorf("%q weighs %.3f, not less than %q at %.3f", p[0], w.Weight(p[0]), p[1], w.Weight(p[1]))
		}
	}
	if got := w.Weight("zzqxunseenword"); got != 1 {
		t.Errorf("unseen token weighs %.3f, want 1", got)
	}
	if tw, ok := w.(*TableWeights); !ok || tw.Docs() < 5000 {
		t.Errorf("default table: %T with %v docs", w, w)
	}
}

func TestNewWeights(t *testing.T) {
	fallback := WeigherFunc(func(string) float64 { return 0.5 })
	df := map[string]int{"love": 900, "rare": 1}
	big := NewWeights(1000000, df, fallback)
	small := NewWeights(10, map[string]int{"love": 9, "rare": 1}, fallback)
	if got := big.Weight("absent"); got != 0.5 {
		t.Errorf("absent token: %.3f, want the fallback's 0.5", got)
	}
	if big.Weight("rare") <= big.Weight("love") {
		t.Errorf("rare %.3f should outweigh love %.3f", big.Weight("rare"), big.Weight("love"))
	}
	// A ten-song catalogue knows little: its weights stay near the
	// fallback's.
	if got := small.Weight("love"); got < 0.45 || got > 0.55 {
		t.Errorf("small catalogue: love %.3f, want near 0.5", got)
	}
	if NewWeights(0, nil, nil).Weight("the") != DefaultWeights().Weight("the") {
		t.Error("an empty catalogue should weigh as the default table")
	}
}

func TestParseDFTable(t *testing.T) {
	docs, df, err := ParseDFTable("# comment\ndocs 10\nlove\t3\n\nthe\t10\n")
	if err != nil || docs != 10 || df["love"] != 3 || df["the"] != 10 || len(df) != 2 {
		t.Fatalf("got %d %v %v", docs, df, err)
	}
	for _, bad := range []string{
		"", "love\t3\n", "docs x\n", "docs 0\n", "docs 10\nlove 3\n", "docs 10\nlove\t11\n", "docs 10\nlove\t0\n", "docs 10\n\t3\n",
	} {
		if _, _, err := ParseDFTable(bad); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
	// The embedded table parses and holds what the weights use.
	docs, df, err = ParseDFTable(defaultDF)
	if err != nil || docs < 5000 || len(df) < 1000 || df["the"] == 0 || strings.Contains(defaultDF, "\r") {
		t.Errorf("embedded table: %d docs, %d tokens, %v", docs, len(df), err)
	}
}
