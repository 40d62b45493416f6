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

// TestRomaji: a Japanese word's reading and a fan's spelling of it fold to
// one form (japanese_romaji); the dev titles are きゃりーぱみゅぱみゅ's.
func TestRomaji(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"kyaripamyupamyu", "kyarypamyupamyu", true}, // きゃりーぱみゅぱみゅ / Kyary Pamyu Pamyu
		{"kyari", "kyary", true},
		{"kousui", "kosui", true},  // 香水, Loose's ou
		{"yuuri", "yuri", true},    // 優里, Loose's doubles
		{"pamyu", "pamiyu", false}, // a y before a vowel is a glide
		{"yoru", "ioru", false},    // and so at the start
		{"kyari", "kyaru", false},  // vowels stay apart
		{"tsukematsukeru", "tsukematsukeru", true},
		{"mondai", "monday", false}, // a y after a vowel is English's: 問題 is no Monday
		{"todai", "today", false},
		{"hai", "hay", false},
		{"shi", "shy", true}, // a y after a consonant folds; the scorer wants a long word for it (minRomajiFold)
	} {
		if got := Romaji(c.a) == Romaji(c.b); got != c.same {
			t.Errorf("Romaji(%q) = %q, Romaji(%q) = %q: same %v, want %v", c.a, Romaji(c.a), c.b, Romaji(c.b), got, c.same)
		}
	}
}

func TestKana(t *testing.T) {
	for _, c := range []struct {
		tok  string
		want bool
	}{
		{"きゃりー", true}, {"ヨルシカ", true}, {"夜に駆ける", true}, {"恋", false}, {"ー", false}, {"kyary", false},
	} {
		if got := Kana(c.tok); got != c.want {
			t.Errorf("Kana(%q) = %v, want %v", c.tok, got, c.want)
		}
	}
}
