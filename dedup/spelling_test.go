package dedup

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestOtherName: only an upload that names the track or the artists with
// no word of the song's, in any script or reading, extends the song's key.
func TestOtherName(t *testing.T) {
	tests := []struct {
		upload, song string
		want         bool
	}{
		{"Kim Kwang Seok - Seoreun Jeueume", "Kim Kwangseok - Around Thirty (서른 즈음에)", true},
		{"Eason Chan - Shi Nian", "Eason Chan - Ten Years", true},
		{"周杰伦 - 告白气球", "Jay Chou - Love Confession", true},
		{"Zemfira - Iskala", "Земфира - Искала", false},
		{"陳奕迅 - 十年", "Eason Chan - Shi Nian", true},
		{"Король и Шут - Кукла колдуна", "KiSh - Kukla kolduna", true},
		{"Korol i Shut - Kukla Kolduna", "Король и Шут - Кукла колдуна", false},
		{"林俊傑 - 江南", "林俊杰 - 江南", false},
		{"Selena Gomez, Marshmello - Wolves (Vertical Video)", "Selena Gomez, Marshmello - Wolves", false},
		{"Adele - Helo", "Adele - Hello", true},
	}
	for _, tt := range tests {
		a, b := title.Normalize(title.Input{Title: tt.upload}), title.Normalize(title.Input{Title: tt.song})
		if got := otherName(a, b); got != tt.want {
			t.Errorf("otherName(%q, %q) = %v, want %v (tracks %q, %q)", tt.upload, tt.song, got, tt.want, a.TrackTokens, b.TrackTokens)
		}
	}
}
