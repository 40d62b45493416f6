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

// TestFanFolds: the folds of fan spellings beside a reading.
func TestFanFolds(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"muchchhal", "muchhal"}, {"achchha", "accha"}, {"achchha", "acha"}, {"bachcha", "baccha"},
	} {
		if Loose(tt.a) != Loose(tt.b) || Hinglish(tt.a) != Hinglish(tt.b) {
			t.Errorf("Loose, Hinglish of %q and %q differ: %q %q, %q %q", tt.a, tt.b, Loose(tt.a), Loose(tt.b), Hinglish(tt.a), Hinglish(tt.b))
		}
	}
	if Loose("kacha") == Loose("kanchha") {
		t.Error("Loose(kacha) = Loose(kanchha), want apart")
	}
	for _, tt := range []struct {
		word string
		alt  string
		has  bool
	}{
		{"हम", "hum", true}, {"दम", "dum", true}, {"पल", "pul", false}, {"सब", "sub", false}, {"सनम", "sunam", false},
	} {
		if got := slices.Contains(Alternates(tt.word), tt.alt); got != tt.has {
			t.Errorf("Alternates(%q) = %q: %q among them %v, want %v", tt.word, Alternates(tt.word), tt.alt, got, tt.has)
		}
	}
	for _, tt := range []struct{ latin, arabic string }{
		{"rachid", "rashid"}, {"djamel", "jamal"}, {"tebkich", "tbkysh"},
	} {
		if Skeleton(tt.latin) != Skeleton(tt.arabic) {
			t.Errorf("Skeleton(%q) = %q, want Skeleton(%q) = %q", tt.latin, Skeleton(tt.latin), tt.arabic, Skeleton(tt.arabic))
		}
	}
	for _, tt := range []struct{ word, read, want string }{
		{"الشاب", "alshab", "shb"}, {"الحب", "alhb", ""}, {"شاب", "shab", ""},
	} {
		if got := ArticleSkeleton(tt.word, tt.read); got != tt.want {
			t.Errorf("ArticleSkeleton(%q, %q) = %q, want %q", tt.word, tt.read, got, tt.want)
		}
	}
}

// TestJapaneseParticle: は, へ and their kin between words of kanji read by
// their sound, and by their kana as an alternate.
func TestJapaneseParticle(t *testing.T) {
	for _, tt := range []struct{ word, want, alt string }{
		{"季節は次々", "kisetsu wa tsugitsugi", "kisetsuhatsugitsugi"},
		{"明日はきっと", "ashita wa kitto", "ashitahakitto"},
		{"君の名は", "kimi no na wa", "kiminonaha"},
		{"未来へ", "mirai e", "miraihe"},
		{"はなび", "hanabi", ""},
	} {
		if got, _ := Of(tt.word, HintJapanese); got != tt.want {
			t.Errorf("Of(%q) = %q, want %q", tt.word, got, tt.want)
		}
		if tt.alt != "" && !slices.Contains(Alternates(tt.word), tt.alt) {
			t.Errorf("Alternates(%q) = %q, want %q among them", tt.word, Alternates(tt.word), tt.alt)
		}
	}
}

// TestEndsAgree: an Arabic word and a Latin spelling end alike.
func TestEndsAgree(t *testing.T) {
	for _, tt := range []struct {
		word, latin string
		want        bool
	}{
		{"الشاب", "cheb", true}, {"الشاب", "chaba", false}, {"القلب", "qalbi", false},
		{"الشابة", "chaba", true}, {"الشابة", "cheb", false}, {"جميلة", "djamila", true},
		{"جميلة", "djamal", false}, {"البيضاء", "baida", true}, {"قلبي", "qalb", true},
	} {
		if got := EndsAgree(tt.word, tt.latin); got != tt.want {
			t.Errorf("EndsAgree(%q, %q) = %v, want %v", tt.word, tt.latin, got, tt.want)
		}
	}
}
