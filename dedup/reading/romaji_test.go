package reading

import "testing"

func TestRomajiSyllables(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"nan", "demo", "nai", "ya"}, true},
		{[]string{"zen", "zen", "zense"}, true},
		{[]string{"kimi", "no", "shiranai", "monogatari"}, true},
		{[]string{"tsukiyo", "ryokou", "kitto", "matcha"}, true},
		{[]string{"to", "get", "her"}, false},
		{[]string{"i", "am", "who", "i", "am"}, false},
		{[]string{"man", "goes", "for", "ever"}, false},
		{[]string{"some", "body", "to", "love"}, false},
		{nil, false},
	} {
		if got := RomajiSyllables(c.words); got != c.want {
			t.Errorf("RomajiSyllables(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}
