package reading

import (
	"slices"
	"testing"
)

func TestInitials(t *testing.T) {
	tests := []struct {
		words []string
		want  []string
	}{
		{[]string{"король", "и", "шут"}, []string{"kis", "kish"}},
		{[]string{"korol", "i", "shut"}, []string{"kis", "kish"}},
		{[]string{"소녀시대"}, []string{"snsd"}},
		{[]string{"electric", "light", "orchestra"}, []string{"elo"}},
		{[]string{"adele"}, nil},
		{[]string{"아이유"}, []string{"aiy"}}, // a silent initial: the vowel
		{[]string{"10cm", "band"}, nil},
	}
	for _, tt := range tests {
		if got := Initials(tt.words); !slices.Equal(got, tt.want) {
			t.Errorf("Initials(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}
