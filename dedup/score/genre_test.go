package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestGenreVersionProbes checks genre_version (dedup/title): a group or
// a last part that names only a genre or a production style is another
// recording of the song, never merged with the plain upload, while a
// genre word of the track itself, a group with more than a genre's
// words and a label's square genre tag change nothing.
func TestGenreVersionProbes(t *testing.T) {
	const plain = "Billie Eilish - bad guy (Official Video)"
	checkProbes(t, []probeCase{
		{"Billie Eilish - bad guy (Techno)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (Phonk)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (Hardstyle)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (Jersey Club)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (Amapiano)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (Chopped and Screwed)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (Drum & Bass)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (En Directo)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy (TV Size)", plain, DecisionDistinct},
		{"Billie Eilish - bad guy - Phonk", plain, DecisionDistinct},
		{"Billie Eilish - bad guy - Jersey Club", plain, DecisionDistinct},
		{"Billie Eilish - bad guy - Chopped and Screwed", plain, DecisionDistinct},
		{"Rosalía - Malamente (Cumbia)", "Rosalía - Malamente (Official Video)", DecisionDistinct},
		{"Anitta - Envolver (Funk)", "Anitta - Envolver", DecisionDistinct},
		{"Kaleo - Way Down We Go (En Directo)", "Kaleo - Way Down We Go", DecisionDistinct},
		{"LiSA - Gurenge (TV Size)", "LiSA - Gurenge (Official Audio)", DecisionDistinct},
		{"Billie Eilish - bad guy (Hip-Hop)", "Billie Eilish - bad guy (Techno)", DecisionDistinct},

		// The same genre version written twice is one recording.
		{"Billie Eilish - bad guy (Phonk)", "Billie Eilish - bad guy (Phonk Version)", DecisionMerge},
		{"LiSA - Gurenge (TV Size)", "LiSA - Gurenge (TV ver.)", DecisionMerge},

		// A genre word of the track, an album or a subtitle, a label's tag.
		{"Konami - Techno Syndrome", "Konami - Techno Syndrome (Official Audio)", DecisionMerge},
		{"The Animals - House of the Rising Sun", "The Animals - House Of The Rising Sun (Official Video)", DecisionMerge},
		{"The Blues Brothers - Soul Man", "The Blues Brothers - Soul Man (Official Audio)", DecisionMerge},
		{"The Trammps - Disco Inferno", "The Trammps - Disco Inferno (Lyrics)", DecisionMerge},
		{"James Gang - Funk #49", "James Gang - Funk 49 (Official Audio)", DecisionMerge},
		{"The B-52's - Rock Lobster", "The B-52's - Rock Lobster (Official Music Video)", DecisionMerge},
		{"Gorillaz - Punk (Official Audio)", "Gorillaz - Punk", DecisionMerge},
		{"Daft Punk - Da Funk (Homework)", "Daft Punk - Da Funk", DecisionMerge},
		{"Skrillex - Bangarang [Dubstep]", "Skrillex - Bangarang (Official Audio)", DecisionMerge},
		{"Dua Lipa - Levitating (Future Nostalgia)", "Dua Lipa - Levitating", DecisionMerge},
		{"The Temptations - My Girl (Motown)", "The Temptations - My Girl", DecisionMerge},

		// A broad genre after a dash is a channel's tag or a part of the
		// album's or the track's (genre_tail_broad).
		{"NSYNC - Celebrity - Pop", "NSYNC - Celebrity", DecisionMerge},
		{"dead prez - Lets Get Free - Hip Hop", "dead prez - Lets Get Free (Official Audio)", DecisionMerge},
		{"Sam Cooke - Ain't That Good News - Soul", "Sam Cooke - Ain't That Good News", DecisionMerge},
		{"Billie Eilish - bad guy - Heavy Metal", plain, DecisionMerge},
	})
}

// TestGenreActProbes checks genre_act: a group that names the act, the
// channel's or the other title's artist, is no genre version, though a
// genre's name.
func TestGenreActProbes(t *testing.T) {
	checkInputs(t, []inputCase{
		{title.Input{Title: "Busy Earnin (Jungle)", Channel: "Jungle"}, title.Input{Title: "Jungle - Busy Earnin"}, DecisionMerge},
		{title.Input{Title: "Jungle - Busy Earnin (Jungle)"}, title.Input{Title: "Jungle - Busy Earnin"}, DecisionMerge},
		{title.Input{Title: "Getting Away With It (Electronic)"}, title.Input{Title: "Electronic - Getting Away With It"}, DecisionMerge},
		{title.Input{Title: "Holiday (Disco)"}, title.Input{Title: "Disco - Holiday"}, DecisionMerge},
		// A genre that is no artist of either side stays a version.
		{title.Input{Title: "Busy Earnin (Techno)", Channel: "Jungle"}, title.Input{Title: "Jungle - Busy Earnin"}, DecisionDistinct},
		{title.Input{Title: "Getting Away With It (Techno)"}, title.Input{Title: "Electronic - Getting Away With It"}, DecisionDistinct},
	})
}
