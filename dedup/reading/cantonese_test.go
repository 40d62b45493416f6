package reading

import (
	"slices"
	"testing"
)

func TestSyllablesSpell(t *testing.T) {
	tests := []struct {
		tok   string
		words []string
		want  bool
	}{
		{"千千闕歌", []string{"chin", "chin", "kuet", "go"}, true},
		{"夕陽之歌", []string{"jik", "yeung", "ji", "go"}, true},
		{"明年今日", []string{"ming", "nin", "gam", "yat"}, true},
		{"十年", []string{"shi", "nian"}, true},
		{"十年", []string{"sap", "nin"}, true},
		{"陳奕迅", []string{"chan", "yik", "shun"}, true},
		{"十年", []string{"shi"}, false},
		{"十年", []string{"shi", "nian", "hou"}, false},
		{"明年今日", []string{"ming", "nin", "gam", "yeung"}, false},
		// Jyutping's j is a y (jyutping_j).
		{"光輝歲月", []string{"gwong", "fai", "seoi", "jyut"}, true},
		{"雨", []string{"jyu"}, true},
		{"遠", []string{"jyun"}, true},
		{"九", []string{"jyu"}, false},
		{"浮誇", []string{"ten", "years"}, false},
	}
	for _, tt := range tests {
		if got := SyllablesSpell(tt.tok, tt.words); got != tt.want {
			t.Errorf("SyllablesSpell(%q, %q) = %v, want %v", tt.tok, tt.words, got, tt.want)
		}
	}
}

func TestSurname(t *testing.T) {
	tests := []struct {
		tok, w string
		want   bool
	}{
		{"陳奕迅", "chan", true},
		{"陳慧嫻", "chan", true},
		{"鄧麗君", "teng", true},
		{"田馥甄", "tien", true},
		{"孫燕姿", "sun", true},
		{"梅艷芳", "mui", true},
		{"張學友", "cheung", true},
		{"周杰倫", "chou", true},
		{"王菲", "wong", true},
		{"陈奕迅", "chan", true},   // simplified: the readings of 陳 (cantonese_simplified)
		{"邓丽君", "teng", true},   // 鄧
		{"张学友", "cheung", true}, // 張
		{"陳奕迅", "eason", false},
		{"鄧麗君", "chan", false},
		{"五月天", "mayday", false},
		{"陳", "chan", false},    // a name has a given name
		{"陳奕迅迅", "chan", false}, // four characters: no personal name
	}
	for _, tt := range tests {
		if got := Surname(tt.tok, tt.w); got != tt.want {
			t.Errorf("Surname(%q, %q) = %v, want %v", tt.tok, tt.w, got, tt.want)
		}
	}
}

func TestSyllableFold(t *testing.T) {
	same := [][]string{
		{"deng", "teng"},
		{"tian", "tien"},
		{"zhou", "chou"},
		{"zhang", "chang"},
		{"chin", "cin"},
		{"kuet", "kyut"},
		{"suen", "syun"},
		{"go", "ko", "goh", "gor"},
		{"yeung", "yeong", "yoeng"},
		{"haan", "han", "harn"},
		{"mooi", "mui"},
		{"xu", "hsu"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if SyllableFold(s) != SyllableFold(group[0]) {
				t.Errorf("SyllableFold(%q) = %q, SyllableFold(%q) = %q: want one form", s, SyllableFold(s), group[0], SyllableFold(group[0]))
			}
		}
	}
	differ := [][2]string{{"chan", "chun"}, {"sun", "sen"}, {"mui", "mei"}, {"lin", "lim"}, {"wong", "wang"}}
	for _, p := range differ {
		if SyllableFold(p[0]) == SyllableFold(p[1]) {
			t.Errorf("SyllableFold(%q) = SyllableFold(%q) = %q: want two forms", p[0], p[1], SyllableFold(p[0]))
		}
	}
}

func TestCantoneseKeys(t *testing.T) {
	tests := []struct {
		tok  string
		want []string
	}{
		{"千千闕歌", []string{"chin", "cin", "kuet", "kyut", "goh", "go"}},
		{"梅艷芳", []string{"mooi", "mui", "yim", "fong"}},
		{"夜に駆ける", nil}, // kana: a Japanese word
		{"kino", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := CantoneseKeys(tt.tok); !slices.Equal(got, tt.want) {
			t.Errorf("CantoneseKeys(%q) = %q, want %q", tt.tok, got, tt.want)
		}
	}
}
