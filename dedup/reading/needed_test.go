package reading

import (
	"strings"
	"testing"
)

// TestNeeded: a letter of a script this package reads is found wherever it
// stands, within the first eight bytes, across an eight-byte boundary or in
// the tail; plain ASCII and other scripts need no reading.
func TestNeeded(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"empty", "", false},
		{"ascii", "ed sheeran shape of you", false},
		{"latin accents", "beyoncé déjà vu", false},
		{"cyrillic first", "кино", true},
		{"cyrillic at byte 7", "abcdefgж", true},
		{"cyrillic at byte 8", "abcdefghж", true},
		{"hangul in the tail", strings.Repeat("a", 17) + "방탄", true},
		{"kana after ascii", "yoasobi 夜に駆ける", true},
		{"greek after 16 bytes", strings.Repeat("x", 16) + "ω", true},
		{"emoji only", strings.Repeat("ab", 5) + "🔥", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Needed(tt.s); got != tt.want {
				t.Errorf("Needed(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestIsASCII checks the eight-byte scan against a byte-by-byte one, with
// one non-ASCII byte at each position of strings of each length up to 24.
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 24; n++ {
		s := strings.Repeat("a", n)
		if !isASCII(s) {
			t.Errorf("isASCII(%q) = false", s)
		}
		for i := 0; i < n; i++ {
			b := []byte(s)
			b[i] = 0xc3
			if isASCII(string(b)) {
				t.Errorf("isASCII with byte %d of %d non-ASCII = true", i, n)
			}
		}
	}
}
