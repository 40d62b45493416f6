package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

func TestMatcherAgreesWithCompare(t *testing.T) {
	subjects := []title.Input{
		{Title: "Adele - Hello (Official Video)"},
		{Title: "Hello | Adele"},
		{Title: "ADELE — Hello [Lyrics]"},
		{Title: "Lionel Richie - Hello"},
		{Title: "Hello (Live at the BBC)", Channel: "AdeleVEVO"},
		{Title: "Adele - Hello (Acoustic)"},
		{Title: "Hello", Channel: "Adele - Topic"},
		{Title: "Adele - Helo"},
	}
	w := DefaultWeights()
	for _, a := range subjects {
		sa := Subject{Title: title.Normalize(a)}
		m := NewMatcher(sa, w)
		for _, b := range subjects {
			sb := Subject{Title: title.Normalize(b)}
			if got, want := m.Score(&sb), Compare(sa, sb, w).Score; got != want {
				t.Errorf("Matcher(%q).Score(%q) = %v, Compare = %v", a.Title, b.Title, got, want)
			}
		}
	}
}
