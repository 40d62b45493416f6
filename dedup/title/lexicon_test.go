package title

import (
	"slices"
	"testing"
)

// TestLexicon: a name the catalogue knows as an artist orients a title
// whose caller and channel say nothing, in every layout, and makes its
// artist certain; LexiconKeys lists what to look up.
func TestLexicon(t *testing.T) {
	lex := LexiconMap{"billieeilish": 3, "straykids": 2, "mikeposner": 1, "queennaija": 1, "supremes": 1, "brorsfour": 1, "perfect": 1, "claudiovilla": 1, "pattipage": 1, "101strings": 1} // "brorsfour": "the brothers four" as compactKey writes it
	tests := []struct {
		in      Input
		artists []string
		track   string
		certain bool
	}{
		{Input{Title: "bad guy - Billie Eilish (Lyrics)"}, []string{"billie eilish"}, "bad guy", true},
		{Input{Title: "Billie Eilish - bad guy (Official Video)"}, []string{"billie eilish"}, "bad guy", true},
		{Input{Title: "i took a pill in ibiza - mike posner"}, []string{"mike posner"}, "i took a pill in ibiza", true},
		{Input{Title: "Medicine | Queen Naija"}, []string{"queen naija"}, "medicine", true},
		{Input{Title: "Medicine by Queen Naija"}, []string{"queen naija"}, "medicine", true},
		{Input{Title: "Stray Kids District 9 M/V"}, []string{"stray kids"}, "district 9", true},
		{Input{Title: "yesterday the supremes"}, []string{"the supremes"}, "yesterday", true},
		{Input{Title: "yesterday / the brothers four"}, []string{"the brothers four"}, "yesterday", true},
		// "Track (Artist)": a parenthesis that names a known artist, whole,
		// after the track (track_artist_group).
		{Input{Title: "yesterday ( claudio villa )"}, []string{"claudio villa"}, "yesterday", true},
		{Input{Title: "onward christian soldiers ( patti page )"}, []string{"patti page"}, "onward christian soldiers", true},
		{Input{Title: "♥ youre nobody till somebody loves you ( 101 strings )"}, []string{"101 strings"}, "youre nobody till somebody loves you", true},
		{Input{Title: "Jump (For My Love)"}, nil, "jump for my love", false},
		{Input{Title: "Yesterday (Claudio Villa Live)"}, nil, "yesterday", false},
		// A head before "|" that the lexicon alone knows is no artist:
		// "Perfect" was once seen as one, and is far more often a track.
		{Input{Title: "Perfect | Some New Singer"}, []string{"some new singer"}, "perfect", false},
		// Unknown names keep the usual reading, and are not certain.
		{Input{Title: "Dura - Daddy Yankee"}, []string{"dura"}, "daddy yankee", false},
		// The channel's artist, when the title names it, orients the title
		// before the lexicon does.
		{Input{Title: "Mike Posner - Billie Eilish", Channel: "Mike Posner"}, []string{"mike posner"}, "billie eilish", true},
		// A name alone is no title: a word must be left for the track.
		{Input{Title: "Stray Kids"}, nil, "stray kids", false},
	}
	for _, tt := range tests {
		got := NormalizeWith(tt.in, lex)
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track || got.ArtistCertain != tt.certain {
			t.Errorf("NormalizeWith(%q, channel %q, artist %q) = %q / %q certain %v (%v), want %q / %q certain %v",
				tt.in.Title, tt.in.Channel, tt.in.Artist, got.Artists, got.Track, got.ArtistCertain, got.Patterns, tt.artists, tt.track, tt.certain)
		}
		if tt.in.Artist == "" && tt.artists != nil && tt.certain {
			keys := LexiconKeys(tt.in)
			if !slices.ContainsFunc(keys, func(k string) bool { return lex[k] > 0 }) {
				t.Errorf("LexiconKeys(%q) = %q: the known name is not asked", tt.in.Title, keys)
			}
		}
		// Without a lexicon nothing is certain from the title.
		if plain := Normalize(tt.in); plain.ArtistSource == ArtistFromTitle && plain.ArtistCertain {
			t.Errorf("Normalize(%q) is certain without a lexicon", tt.in.Title)
		}
	}
}

func TestLexiconEntries(t *testing.T) {
	tests := []struct {
		in   Input
		want []LexiconEntry
	}{
		{Input{Title: "Hello", Artist: "Adele"}, []LexiconEntry{{"adele", "adele"}}},
		{Input{Title: "Not Shy", Channel: "ITZY - Topic"}, []LexiconEntry{{"itzy", "itzy"}}},
		{Input{Title: "Go", Artist: "Calvin Harris & Dua Lipa"}, []LexiconEntry{{"calvinharris", "calvin harris"}, {"dualipa", "dua lipa"}, {"calvinharrisdualipa", "calvin harris & dua lipa"}}},
		{Input{Title: "Adele - Hello"}, nil},                // from the title: maybe the wrong way round
		{Input{Title: "Hello", Channel: "Adele Fans"}, nil}, // a channel's guess
		// The title names its artist, and the channel is that artist's own.
		{Input{Title: "Adele - Hello (Official Video)", Channel: "Adele"}, []LexiconEntry{{"adele", "adele"}}},
		{Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}, []LexiconEntry{{"adele", "adele"}}},
		{Input{Title: "Simon & Garfunkel - The Boxer", Channel: "Simon & Garfunkel"}, []LexiconEntry{{"simon", "simon"}, {"garfunkel", "garfunkel"}, {"simongarfunkel", "simon & garfunkel"}}},
		{Input{Title: "Ed Sheeran & Stormzy - Take Me Back to London", Channel: "Ed Sheeran"}, []LexiconEntry{{"edsheeran", "ed sheeran"}}},
		{Input{Title: "Adele - Hello", Channel: "Adele Fans"}, nil},          // another channel
		{Input{Title: "Adele - Hello", Channel: "XL Recordings"}, nil},       // a label's
		{Input{Title: "Hello - Adele", Channel: "Adele"}, nil},               // "Track - Artist": only the "Artist - Track" shape teaches
		{Input{Title: "Hello (Full Song) | Adele | XL", Channel: "XL"}, nil}, // a label crediting itself
	}
	for _, tt := range tests {
		if got := LexiconEntries(Normalize(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("LexiconEntries(%+v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
