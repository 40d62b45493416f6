package title

import (
	"slices"
	"testing"
)

// TestCreditListLayoutLimits checks what the credit-list layouts
// (credit_list_layout) leave as they were: an occasion of one word is no
// singer ("Holi's biggest hit song"), "new song" inside a title's phrase
// names no singer's new song, a track before "Official Video Song HD"
// stays the track, a film named as its songs ("... India Songs") is no
// film before its singers, nor is a label's list after a track marked as
// an upload ("Tareek | (Full Song) | Inder Batth | ..."), nor is a
// label's or an artist's "Artist - Track | Album" read as "Track - Singer
// | Film" (singer_film_tail).
func TestCreditListLayoutLimits(t *testing.T) {
	for _, c := range []struct {
		in      Input
		artists []string
		track   string
	}{
		{Input{Title: "हाेली का सबसे हिट Song | Khesari Lal Yadav | Bhatar Aiehe Holi Ke Baad | New Bhojpuri Holi Song 2018", Channel: "Venus Regional"}, []string{"khesari lal yadav"}, ""},
		{Input{Title: "My Brand New Song - The Weekenders"}, []string{"the weekenders"}, "my brand new song"},
		{Input{Title: "Ponnumkasavittu Official Video Song HD | Queen's Memories | Dijo Jose Antony | Jakes Bejoy", Channel: "satyamvideos"}, nil, "ponnumkasavittu"},
		{Input{Title: "Sainika Lyrical | Naa Peru Surya Naa illu India Songs | Allu Arjun, Anu Emmanuel, Vakkantham Vamsi", Channel: "Aditya Music"}, nil, "sainika"},
		{Input{Title: "Tareek | (Full Song) | Inder Batth | New Punjabi Songs 2018 | Latest Punjabi Songs 2018", Channel: "Jass Records"}, []string{"inder batth"}, "tareek"},
		{Input{Title: "Taylor Swift - Love Story | Fearless", Channel: "Big Machine Records"}, []string{"taylor swift"}, "love story"},
		{Input{Title: "Daft Punk - Get Lucky | Random Access Memories", Channel: "Columbia Records"}, []string{"daft punk"}, "get lucky"},
		{Input{Title: "अरिजीत सिंह - तुम ही हो | आशिकी 2", Channel: "अरिजीत सिंह"}, []string{"अरिजीत सिंह"}, "तुम ही हो"},
	} {
		got := Normalize(c.in)
		if !slices.Equal(got.Artists, c.artists) || c.track != "" && got.Track != c.track {
			t.Errorf("Normalize(%q): artists %q track %q, want %q %q", c.in.Title, got.Artists, got.Track, c.artists, c.track)
		}
		if slices.ContainsFunc(got.Patterns, func(p string) bool {
			return p == "song_description" || p == "film_song_head" || p == "film_credits" || p == "singer_film_tail"
		}) {
			t.Errorf("Normalize(%q): read as a credit-list layout: %q", c.in.Title, got.Patterns)
		}
	}
}
