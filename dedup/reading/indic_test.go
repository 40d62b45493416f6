package reading

import (
	"slices"
	"testing"
)

// TestIndic: the other Indic scripts read through Devanagari, with their
// languages' inherent vowels. The words are those of bilingual titles of
// testdata/titles/bilingual/dev.jsonl and common words of each script.
func TestIndic(t *testing.T) {
	tests := []struct {
		word, want string
		alt        string // an alternate the word must have, or ""
	}{
		{"চিনতে", "chinte", ""},
		{"পারলি", "parli", ""},
		{"মন", "man", "mon"},
		{"আমার", "amar", ""},
		{"ৎ", "t", ""},
		{"ਗਾਣਾ", "gana", ""},
		{"ਭੰਗੜੇ", "bhangde", ""},
		{"ਪੱਗ", "pagg", ""},
		{"ગરબો", "garbo", "garabo"},
		{"மரண", "marana", ""},
		{"மட்ட", "matta", ""},
		{"காதல்", "kadhal", ""},
		{"வாத்தி", "vatti", ""},
		{"தமிழ்", "thamizh", ""},
		{"ప్రేమ", "prema", ""},
		{"నువ్వు", "nuvvu", ""},
		{"ಪ್ರೀತಿ", "priti", ""},
		{"സ്നേഹം", "sneham", ""},
		{"ൻ", "n", ""},
	}
	for _, tt := range tests {
		got, ok := Of(tt.word, 0)
		if !ok || got != tt.want {
			t.Errorf("Of(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
		}
		if tt.alt != "" && !slices.Contains(Alternates(tt.word), tt.alt) {
			t.Errorf("Alternates(%q) = %q, want %q among them", tt.word, Alternates(tt.word), tt.alt)
		}
		if !Indic(tt.word) || !Needed(tt.word) {
			t.Errorf("Indic(%q), Needed = false, want true", tt.word)
		}
	}
	if Indic("abc") || Indic("Кино") {
		t.Error("Indic of a Latin or Cyrillic word, want false")
	}
	if d, _ := AsDevanagari("ਭੰਗੜੇ"); d != "भंगड़े" {
		t.Errorf("AsDevanagari(ਭੰਗੜੇ) = %q, want भंगड़े", d)
	}
}
