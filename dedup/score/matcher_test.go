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

// TestFormScore: an upload merged into a song stands for the song only
// when it is one with the song's own title by itself and the submission
// meets only its words that met the song's; otherwise a submission would
// chain into the song through what the upload adds (an artist credited
// beside the song's).
func TestFormScore(t *testing.T) {
	tests := []struct {
		sub, form, own string
		ok             bool
	}{
		// Another script, initials: every word of the form met the song's.
		{"Korol i Shut - Kukla Kolduna", "Король и Шут - Кукла колдуна", "KiSh - Kukla kolduna (lyrics)", true},
		{"Arijit Singh - Channa Mereya", "Arijit Singh - Channa Mereyaa (Lyrics)", "चन्ना मेरेया - अरिजीत सिंह", true},
		// A translation the form writes beside the track.
		{"JJ Lin - She Says [Eng Sub]", "林俊傑 JJ Lin - 她說 She Says (華納 Official 高畫質 HD 官方完整版 MV)", "JJ Lin - Ta Shuo", true},
		{"Adele - Hello", "Adele - Hello (Lyrics)", "Adele - Hello", true},
		// The submission meets an artist the song's title lacks.
		{"Kanye West - Hurricane", "30 Seconds To Mars feat. Kanye West - Hurricane (Lyrics)", "30 Seconds To Mars - Hurricane", false},
		{"Skrillex - Levels", "Avicii, Skrillex - Levels (Lyrics)", "Avicii - Levels", false},
		// ... but meeting the form through the song's artist is fine.
		{"30 Seconds To Mars - Hurricane (Official Video)", "30 Seconds To Mars feat. Kanye West - Hurricane (Lyrics)", "30 Seconds To Mars - Hurricane", true},
		// A typo of a typo: "Hello" is one from "Hallo", which merged with
		// "Halo" by one, and another song of the album.
		{"Beyoncé - Hello", "Beyoncé - Hallo", "Beyoncé - Halo", false},
		// The form is another recording, or only a near miss, of the song:
		// a curator may have merged it, the scorer would not.
		{"Adele - Hello (Live at the BBC)", "Adele - Hello (Live at the BBC)", "Adele - Hello", false},
		{"Adele - Hello Again", "Adele - Hello Again", "Adele - Hello", false},
	}
	w := DefaultWeights()
	th := DefaultThresholds()
	for _, tt := range tests {
		sub := Subject{Title: title.Normalize(title.Input{Title: tt.sub})}
		form := Subject{Title: title.Normalize(title.Input{Title: tt.form})}
		own := Subject{Title: title.Normalize(title.Input{Title: tt.own})}
		m := NewMatcher(sub, w)
		sc, ok := m.FormScore(&form, &own, th)
		if ok != tt.ok {
			t.Errorf("FormScore(%q, form %q of %q) = %.4f, %v; want ok %v", tt.sub, tt.form, tt.own, sc, ok, tt.ok)
		}
		if want := Compare(sub, form, w).Score; ok && sc != want {
			t.Errorf("FormScore(%q, form %q) = %.4f, Compare = %.4f", tt.sub, tt.form, sc, want)
		}
	}
}

// TestDecideNamesTheForm: a decision on a candidate compared in the form of
// an upload merged into it says so in its explanation, which a curator
// reads beside the song's own title.
func TestDecideNamesTheForm(t *testing.T) {
	norm := func(s string) title.Title { return title.Normalize(title.Input{Title: s}) }
	sub := Subject{Title: norm("Korol i Shut - Kukla Kolduna")}
	form, own := norm("Король и Шут - Кукла колдуна"), norm("KiSh - Kukla kolduna (lyrics)")
	for _, tt := range []struct {
		c    Candidate
		want string
	}{
		{Candidate{SongID: 1, Title: form, Own: &own}, "Король и Шут - Кукла колдуна"},
		{Candidate{SongID: 1, Title: form}, ""},
	} {
		d := Decide(sub, []Candidate{tt.c}, DefaultWeights(), DefaultThresholds())
		if d.Explanation.Form != tt.want {
			t.Errorf("own %v: explanation form %q, want %q", tt.c.Own != nil, d.Explanation.Form, tt.want)
		}
	}
}
