package reading

import (
	"strings"
	"testing"
)

func TestAreInitials(t *testing.T) {
	tests := []struct {
		words []string
		yes   []string
		no    []string
	}{
		{[]string{"король", "и", "шут"}, []string{"kis", "kish"}, []string{"ki", "kishs", "ksh", "kii"}},
		{[]string{"korol", "i", "shut"}, []string{"kis", "kish"}, []string{"kos", "kh"}},
		{[]string{"소녀시대"}, []string{"snsd"}, []string{"snd", "snsdd"}},
		{[]string{"electric", "light", "orchestra"}, []string{"elo"}, []string{"el", "elor"}},
		{[]string{"adele"}, nil, []string{"a", "ad"}},
		{[]string{"아이유"}, []string{"aiy"}, []string{"iu"}}, // a silent initial: the vowel
		{[]string{"10cm", "band"}, nil, []string{"cb", "1b"}},
		// A word read from another script whose first syllable is a
		// bare vowel may give the head of its second too.
		{[]string{"екатарина", "велика"}, []string{"ekv", "ev"}, []string{"eav", "ekvl", "etv"}},
		{[]string{"агата", "кристи"}, []string{"agk", "ak"}, []string{"akr", "gk"}},
		{[]string{"ekatarina", "velika"}, []string{"ev"}, []string{"ekv"}},   // a Latin word of its own
		{[]string{"король", "и", "шут"}, []string{"kis"}, []string{"krish"}}, // a consonant first
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !AreInitials(tt.words, w) {
				t.Errorf("AreInitials(%q, %q) = false, want true", tt.words, w)
			}
		}
		for _, w := range tt.no {
			if AreInitials(tt.words, w) {
				t.Errorf("AreInitials(%q, %q) = true, want false", tt.words, w)
			}
		}
	}
}

// TestAreInitialsOfLongNames: a name of many words or syllables whose
// heads may each be one letter or two (차 cha: c or ch) is matched in
// time and memory linear in its length: listing the combinations took 2^n
// strings (30 s and 2.9 GB at 24 syllables).
func TestAreInitialsOfLongNames(t *testing.T) {
	name := []string{strings.Repeat("차", 40)}
	allocs := testing.AllocsPerRun(3, func() {
		if AreInitials(name, "abc") {
			t.Error("abc is no initials of 40 syllables")
		}
		if !AreInitials(name, strings.Repeat("ch", 20)+strings.Repeat("c", 20)) {
			t.Error("ch 20 times and c 20 times are initials of 40 syllables cha")
		}
	})
	if allocs > 1000 {
		t.Errorf("AreInitials of 40 syllables: %.0f allocations, want them linear in the name", allocs)
	}
}

// TestAreInitialsByWordHeads: initials one letter or sound a word, never
// a vowel-initial word's second syllable.
func TestAreInitialsByWordHeads(t *testing.T) {
	tests := []struct {
		words   []string
		w       string
		want    bool
		wantAll bool
	}{
		{[]string{"екатарина", "велика"}, "ekv", false, true},
		{[]string{"екатарина", "велика"}, "ev", true, true},
		{[]string{"ирина", "аллегрова"}, "ira", false, true},
		{[]string{"король", "и", "шут"}, "kish", true, true},
	}
	for _, tt := range tests {
		if got := AreInitialsByWordHeads(tt.words, tt.w); got != tt.want {
			t.Errorf("AreInitialsByWordHeads(%q, %q) = %v, want %v", tt.words, tt.w, got, tt.want)
		}
		if got := AreInitials(tt.words, tt.w); got != tt.wantAll {
			t.Errorf("AreInitials(%q, %q) = %v, want %v", tt.words, tt.w, got, tt.wantAll)
		}
	}
}

// TestAreLatinInitials: initials of a name in Latin letters that need a
// head of two letters, as a name abbreviated in its own script gives
// (scripts dev pairs: KiSh for Korol i Shut, EKV for Ekatarina Velika),
// never one letter a word (TLC, JLS: any name of those letters).
func TestAreLatinInitials(t *testing.T) {
	tests := []struct {
		words []string
		w     string
		want  bool
	}{
		{[]string{"korol", "i", "shut"}, "kish", true},
		{[]string{"ekatarina", "velika"}, "ekv", true},
		{[]string{"the", "lonely", "crowd"}, "tlc", false},
		{[]string{"jack", "lewis", "smith"}, "jls", false},
		{[]string{"korol", "i", "shut"}, "kis", false},
		{[]string{"ekatarina", "velika"}, "ev", false},
		{[]string{"ekatarina", "velika"}, "ekb", false},
	}
	for _, tt := range tests {
		if got := AreLatinInitials(tt.words, tt.w); got != tt.want {
			t.Errorf("AreLatinInitials(%q, %q) = %v, want %v", tt.words, tt.w, got, tt.want)
		}
	}
}
