package dedup

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestBestForms: a candidate is compared with the form of its song that
// scores best with the submission, and keeps its own title when none
// scores higher or none stands for the song (a form that meets the
// submission through an artist the song's title lacks); the song's own
// title stays in Own for what only the source decides (an upgrade, a
// spelling).
func TestBestForms(t *testing.T) {
	norm := func(s string) title.Title { return title.Normalize(title.Input{Title: s}) }
	tests := []struct {
		sub, own string
		forms    []string
		want     string // the title compared with; "" for own
	}{
		{"Korol i Shut - Kukla Kolduna", "KiSh - Kukla kolduna (lyrics)", []string{"Король и Шут - Кукла колдуна"}, "Король и Шут - Кукла колдуна"},
		{"Arijit Singh - Channa Mereya", "चन्ना मेरेया - अरिजीत सिंह", []string{"Arijit Singh - Channa Mereyaa (Lyrics)"}, "Arijit Singh - Channa Mereyaa (Lyrics)"},
		{"Zemfira - Iskala", "Zemfira - Iskala", []string{"Земфира - Искала"}, ""},
		{"Adele - Hello", "Adele - Hello", nil, ""},
		{"Kanye West - Hurricane", "30 Seconds To Mars - Hurricane", []string{"30 Seconds To Mars feat. Kanye West - Hurricane (Lyrics)"}, ""},
		{"Skrillex - Levels", "Avicii - Levels", []string{"Avicii, Skrillex - Levels (Lyrics)"}, ""},
	}
	w := score.DefaultWeights()
	for _, tt := range tests {
		c := score.Candidate{SongID: 1, Title: norm(tt.own)}
		for _, f := range tt.forms {
			c.Forms = append(c.Forms, norm(f))
		}
		cands := []score.Candidate{c}
		bestForms(score.Subject{Title: norm(tt.sub)}, cands, w, score.DefaultThresholds())
		got := cands[0]
		if len(got.Forms) != 0 {
			t.Errorf("%q: forms left on the candidate", tt.sub)
		}
		switch {
		case tt.want == "" && (got.Own != nil || got.Title.Track != c.Title.Track):
			t.Errorf("%q: compared with %q, want its own title %q", tt.sub, got.Title.Track, c.Title.Track)
		case tt.want != "" && (got.Own == nil || got.Own.Track != c.Title.Track || got.Title.Track != norm(tt.want).Track):
			t.Errorf("%q: compared with %q (own %v), want %q", tt.sub, got.Title.Track, got.Own, tt.want)
		}
	}
}
