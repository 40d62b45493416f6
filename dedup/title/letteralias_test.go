package title

import (
	"slices"
	"testing"
)

// TestLetterBesideWords: a single Latin letter after words in another
// script is the title's letter, not the artist's Latin name
// (letter_beside_words); after one short name it is the name's spelling.
func TestLetterBesideWords(t *testing.T) {
	tests := []struct {
		raw   string
		alias bool // the artist read is the letter alone
	}{
		{"어떤사람 A - 윤상", false},
		{"사랑의 노래 B - 김광석", false},
		{"그 사람 C - 이승철", false},
		{"뷔 V - Winter Bear", true},
		{"비 B - 태양을 피하는 방법", true},
		{"태연 TAEYEON - Weekend", false},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.raw})
		letter := len(got.Artists) == 1 && len([]rune(got.Artists[0])) == 1
		if letter != tt.alias {
			t.Errorf("Normalize(%q).Artists = %q; want the letter alone: %v", tt.raw, got.Artists, tt.alias)
		}
	}
	if got := Normalize(Input{Title: "태연 TAEYEON - Weekend"}); !slices.Equal(got.Artists, []string{"taeyeon"}) {
		t.Errorf("a name with its Latin spelling: Artists = %q, want [taeyeon]", got.Artists)
	}
}
