package title

import (
	"slices"
	"testing"
)

// TestCoverByPerformer checks cover_by_performer: the performer named
// after "cover by" is the artist, the act the title names beside the song
// the cover's qualifier (dev titles of the real and covers suites, and a
// bar tail); a cover that names an act without "by", a "by" that names no
// one ("me", a name with a place), a caller's artist and a performer who
// is the title's artist already leave the title as read.
func TestCoverByPerformer(t *testing.T) {
	for _, c := range []struct {
		in      Input
		artists []string
		track   string
		info    []string
	}{
		// Dev examples: the rule reads the performer.
		{Input{Title: "pink - f * * kin perfect ( cover by caitlin hart )"}, []string{"caitlin hart"}, "f kin perfect", []string{"pink"}},
		{Input{Title: "adele - skyfall ( cover by eli lieb ) available on itunes !"}, []string{"eli lieb"}, "skyfall", []string{"adele"}},
		{Input{Title: "adele - skyfall - official music video - cover by corey gray - on itunes"}, []string{"corey gray"}, "skyfall", []string{"adele"}},
		{Input{Title: "wichita line man glen campbell | acoustic cover by the moon loungers"}, []string{"the moon loungers"}, "wichita line man glen campbell", nil},
		{Input{Title: "Adele - Skyfall (cover by Kina Grannis & Imaginary Future)"}, []string{"kina grannis", "imaginary future"}, "skyfall", []string{"adele"}},
		{Input{Title: "Skyfall (Cover by Eli Lieb)"}, []string{"eli lieb"}, "skyfall", nil},
		// Counter-examples: the title stays as read.
		{Input{Title: "DUA LIPA - NEW RULES (Leroy Sanchez LIVE Cover)"}, []string{"dua lipa"}, "new rules", []string{"leroy sanchez"}},
		{Input{Title: "shirley bassey - yesterday ( the beatles cover )"}, []string{"shirley bassey"}, "yesterday", []string{"beatles"}},
		{Input{Title: "Adele - Skyfall (Cover by me)"}, []string{"adele"}, "skyfall", []string{"me"}},
		{Input{Title: "Adele - Skyfall (Live cover by Eli Lieb at the Roxy)"}, []string{"adele"}, "skyfall", []string{"eli lieb roxy"}},
		{Input{Title: "Adele - Skyfall (Cover by Adele)"}, []string{"adele"}, "skyfall", []string{"adele"}},
		{Input{Title: "Adele - Skyfall (Cover by Eli Lieb)", Artist: "Adele"}, []string{"adele"}, "skyfall", []string{"eli lieb"}},
		{Input{Title: "Skyfall (Cover by Eli Lieb)", Channel: "Adele - Topic"}, []string{"adele"}, "skyfall", []string{"eli lieb"}},
		{Input{Title: "Ben E. King - Stand by Me (Cover)"}, []string{"ben e king"}, "stand by me", nil},
		{Input{Title: "Bruce Springsteen - Cover Me"}, []string{"bruce springsteen"}, "cover me", nil},
		{Input{Title: "Adele - Skyfall | Cover by my little sister and me"}, []string{"adele"}, "skyfall", []string{"my little sister me"}},
		// Hard negatives: the "by" names a release's artist or a voice
		// model, not who sang the cover.
		{Input{Title: "Adele - Hello (album cover by Jane Doe)"}, []string{"adele"}, "hello", []string{"album jane doe"}},
		{Input{Title: "Adele - Hello - Album Cover by Jane Doe"}, []string{"adele"}, "hello", []string{"album jane doe"}},
		{Input{Title: "Hello | Album cover by Jane Doe"}, nil, "hello", []string{"album"}},
		{Input{Title: "Adele - Hello (single cover by Jane Doe)"}, []string{"adele"}, "hello", []string{"jane doe"}},
		{Input{Title: "Adele - Hello (AI cover by Lionel Richie)"}, []string{"adele"}, "hello", []string{"ai lionel richie"}},
	} {
		got := Normalize(c.in)
		if !slices.Equal(got.Artists, c.artists) || got.Track != c.track || !slices.Equal(got.VersionInfo, c.info) {
			t.Errorf("Normalize(%q): artists %q track %q info %q, want %q %q %q (patterns %q)",
				c.in.Title, got.Artists, got.Track, got.VersionInfo, c.artists, c.track, c.info, got.Patterns)
		}
	}
}
