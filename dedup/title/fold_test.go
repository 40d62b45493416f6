package title

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Adele - Hello", "adele - hello"},
		{"Beyoncé", "beyonce"},
		{"Sigur Rós", "sigur ros"},
		{"Mötley Crüe", "motley crue"},
		{"Motörhead", "motorhead"},
		{"Røyksopp", "royksopp"},
		{"Ælla Œuvre", "aella oeuvre"},
		{"Straße", "strasse"},
		{"İstanbul", "istanbul"},
		{"ＡＤＥＬＥ　－　ＨＥＬＬＯ", "adele - hello"}, // full-width letters, space and hyphen
		{"Ｈｅｌｌｏ！", "hello!"},
		{"Adele – Hello", "adele - hello"}, // en dash
		{"Adele — Hello", "adele - hello"}, // em dash
		{"Adele ― Hello", "adele - hello"}, // horizontal bar
		{"Adele − Hello", "adele - hello"}, // minus sign
		{"Don’t Stop", "don't stop"},       // right single quote
		{"Don`t Stop", "don't stop"},       // backtick
		{"“Hello”", "\"hello\""},           // curly double quotes
		{"«Hello»", "\"hello\""},           // guillemets
		{"【MV】Song", "【mv】song"},           // lenticular brackets stay
		{"〖MV〗Song", "【mv】song"},           // white lenticular brackets unify
		{"（Live）", "(live)"},               // full-width parentheses
		{"［MV］", "[mv]"},                   // full-width square brackets
		{"Song\u200b Title", "song title"}, // zero-width space dropped
		{"Song\u00adTitle", "songtitle"},   // soft hyphen dropped
		{"Song\tTitle\n", "song title "},   // controls become spaces
		{"Sza × Kendrick", "sza  x  kendrick"},
		{"Song LIVE│Show", "song live|show"},   // box-drawing bar
		{"Aimer ─ Song", "aimer - song"},       // box-drawing horizontal
		{"Eve ━ Song", "eve - song"},           // box-drawing heavy horizontal
		{"LiSA ═ Song", "lisa - song"},         // box-drawing double horizontal
		{"Song ver.ㅣ딩고뮤직", "song ver. | 딩고뮤직"}, // a standalone Hangul ㅣ is a bar
		{"이름에게 ㅣ 아이유", "이름에게  |  아이유"},         // between words too
		{"이름 이야기", "이름 이야기"},                   // the vowel inside syllables stays
		{"ﬁre", "fire"},                        // ligature
		{"①", "1"},                             // circled digit
		{"방탄소년단", "방탄소년단"},                     // Hangul stays composed
		{"夜に駆ける", "夜に駆ける"},                     // kana with dakuten stays
		{"ガンダム", "ガンダム"},                       // katakana dakuten stays
		{"Привет Мой", "привет мой"},           // Cyrillic folds case only
		{"Йй", "йй"},                           // й keeps its breve
		{"مرحبا", "مرحبا"},                     // Arabic survives
		{"हिन्दी", "हिन्दी"},                   // Devanagari keeps its vowel signs
		{"अरिजीत सिंह", "अरिजीत सिंह"},         // and an anusvara after one
		{"Ελλάδα", "ελλάδα"},                   // Greek keeps its tonos
		{"👍🏽 Song ❤️", "👍 song ❤"},             // skin tone modifier and variation selector dropped
		{"a\xffb", "a\ufffdb"},                 // invalid UTF-8 replaced
		{"q\u0303", "q"},                       // stray accent on a Latin letter
		{"- \u0301x", "- x"},                   // stray accent on a space
		{"\u02b9\u0300x", "'x"},                // accent on a modifier prime, which becomes a quote
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRuneMap checks every row of the variant table: each variant folds to
// its replacement, whatever case or width it was written in.
func TestRuneMap(t *testing.T) {
	for r, want := range runeMap {
		if got := Fold(string(r)); got != want {
			t.Errorf("Fold(%q U+%04X) = %q, want %q", r, r, got, want)
		}
	}
}

// TestFoldEveryRune checks that Fold is idempotent and returns valid UTF-8
// for every assigned code point, alone, and for every mark after a Latin
// and a Hangul letter (where marks are dropped or kept).
func TestFoldEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every code point")
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !unicode.IsGraphic(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) {
			continue // unassigned, private use or a surrogate
		}
		forms := []string{string(r)}
		if unicode.IsMark(r) {
			forms = append(forms, "e"+string(r), "가"+string(r))
		}
		for _, s := range forms {
			f := Fold(s)
			if !utf8.ValidString(f) {
				t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, f)
			}
			if ff := Fold(f); ff != f {
				t.Errorf("Fold not idempotent on %q (U+%04X): %q then %q", s, r, f, ff)
			}
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Beyoncé", "ＡＤＥＬＥ", "방탄소년단", "\u0345\u0301", "ǅ", "ΐ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent on %q: %q then %q", s, got, again)
		}
		if f, ok := foldTable(s); ok && f != foldUnicode(s) {
			t.Fatalf("foldTable(%q) = %q, foldUnicode = %q", s, f, foldUnicode(s))
		}
	})
}

// TestFoldTable checks the table path against the x/text path: every rune
// it covers alone, and random strings of covered runes and ASCII, where
// neighbours could interact.
func TestFoldTable(t *testing.T) {
	var covered []rune
	for r := rune(0x80); r <= 0xD7A3; r++ {
		s := string(r)
		f, ok := foldTable(s)
		if !ok {
			continue
		}
		covered = append(covered, r)
		if want := foldUnicode(s); f != want {
			t.Errorf("foldTable(%q U+%04X) = %q, foldUnicode = %q", s, r, f, want)
		}
	}
	if len(covered) < 40000 {
		t.Errorf("the table covers only %d runes", len(covered))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	ascii := []rune("aZ -'`(\"e\t")
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			if rng.IntN(3) == 0 {
				b.WriteRune(ascii[rng.IntN(len(ascii))])
			} else {
				b.WriteRune(covered[rng.IntN(len(covered))])
			}
		}
		s := b.String()
		f, ok := foldTable(s)
		if want := foldUnicode(s); !ok || f != want {
			t.Fatalf("foldTable(%q) = %q, %v; foldUnicode = %q", s, f, ok, want)
		}
	}
}
