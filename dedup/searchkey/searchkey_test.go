package searchkey

import (
	"slices"
	"testing"
)

func TestSkeletonKeepsUsualTypos(t *testing.T) {
	tests := []struct{ a, b string }{
		{"shades", "shdaes"}, {"montormon", "mntormon"}, {"ladies", "ladise"}, {"satellite", "saatellite"},
		{"centipede", "cnetipede"}, {"tonight", "toniight"}, {"beautiful", "beautifull"},
	}
	for _, tt := range tests {
		if skeleton(tt.a) == "" || skeleton(tt.a) != skeleton(tt.b) {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q: want equal and not empty", tt.a, skeleton(tt.a), tt.b, skeleton(tt.b))
		}
	}
	for _, w := range []string{"love", "you", "aeiou", "über"} {
		if sk := skeleton(w); sk != "" {
			t.Errorf("skeleton(%q) = %q, want none (short or not plain)", w, sk)
		}
	}
	if skeleton("hello") == skeleton("yellow") {
		t.Errorf("hello and yellow share a skeleton")
	}
}

func TestPlanQuery(t *testing.T) {
	tests := []struct {
		name   string
		terms  []string
		df     map[string]int
		budget int
		max    int
		want   []string
	}{
		{"rarest first within the budget", []string{"love", "you", "love_you", "sk_lv"}, map[string]int{"love": 900, "you": 5000, "love_you": 40, "sk_lv": 70}, 120, 8, []string{"love_you", "sk_lv"}},
		{"always the rarest, even over budget", []string{"love", "you"}, map[string]int{"love": 900, "you": 5000}, 120, 8, []string{"love"}},
		{"terms no song has cost nothing, two at most", []string{"a1", "a2", "a3", "a4", "a5", "w"}, map[string]int{"w": 10}, 120, 8, []string{"a1", "a2", "w"}},
		{"at most max known terms", []string{"a", "b", "c", "d"}, map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}, 120, 2, []string{"a", "b"}},
		{"nothing to plan", nil, nil, 120, 8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlanQuery(tt.terms, tt.df, tt.budget, tt.max); !slices.Equal(got, tt.want) {
				t.Errorf("PlanQuery = %v, want %v", got, tt.want)
			}
		})
	}
}
