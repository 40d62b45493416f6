package score

import (
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestBandCredit: a performer's band beside the name ("and His
// Orchestra", "Trio") is credit that one side may drop; it never makes two
// performers one, nor a band's words a version.
func TestBandCredit(t *testing.T) {
	tests := []struct {
		name string
		a, b title.Input
		want DecisionKind
		rule Rule
	}{
		{"and his orchestra dropped", title.Input{Title: "So Long", Artist: "Russ Morgan and His Orchestra"}, title.Input{Title: "russ morgan - so long"}, DecisionMerge, ""},
		{"and their orchestra dropped", title.Input{Title: "les and larry elgart and their orchestra - bidin my time"}, title.Input{Title: "Bidin' My Time", Artist: "Les & Larry Elgart"}, DecisionMerge, ""},
		{"and her orchestra dropped", title.Input{Title: "Undecided", Artist: "Ella Fitzgerald and Her Famous Orchestra"}, title.Input{Title: "ella fitzgerald - undecided"}, DecisionMerge, ""},
		{"trio dropped", title.Input{Title: "Serenata", Artist: "Peter Leitch Trio"}, title.Input{Title: "peter leitch - serenata"}, DecisionMerge, ""},
		{"another performer and his orchestra", title.Input{Title: "So Long", Artist: "Russ Morgan and His Orchestra"}, title.Input{Title: "russ columbo - so long"}, DecisionDistinct, RuleArtistsDiffer},
		{"two bands of one leader", title.Input{Title: "Tenderly", Artist: "Oscar Peterson Trio"}, title.Input{Title: "oscar peterson quartet - tenderly"}, DecisionDistinct, RuleArtistsDiffer},
		{"another leader's trio", title.Input{Title: "Serenata", Artist: "Peter Leitch Trio"}, title.Input{Title: "oscar peterson trio - serenata"}, DecisionReview, RuleNearMiss},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				d := decideInputs(tt.a, tt.b, swap)
				if d.Kind != tt.want || tt.rule != "" && !slices.Contains(rulesOf(d.Explanation), tt.rule) {
					t.Errorf("swap=%v: %s %.3f %v, want %s with %q", swap, d.Kind, d.Score, rulesOf(d.Explanation), tt.want, tt.rule)
				}
			}
		})
	}
}

func TestMarkBand(t *testing.T) {
	tests := []struct {
		artists []string
		want    []bool
	}{
		{[]string{"russ morgan", "his orchestra"}, []bool{false, false, true, true}},
		{[]string{"fats waller", "his rhythm"}, []bool{false, false, true, true}},
		{[]string{"peter leitch trio"}, []bool{false, false, true}},
		{[]string{"trio"}, []bool{false}},
		{[]string{"his name is alive"}, []bool{false, false, false, false}},
		{[]string{"claude bolling", "son orchestre"}, []bool{false, false, true, true}},
		{[]string{"sam cooke", "son volt"}, []bool{false, false, false, false}},
	}
	for _, tt := range tests {
		tl := title.Title{Artists: tt.artists, ArtistSource: title.ArtistFromCaller}
		for _, a := range tt.artists {
			tl.ArtistTokens = append(tl.ArtistTokens, strings.Fields(a)...)
		}
		var p side
		p.prepare(&tl, 0, DefaultWeights())
		var got []bool
		for i := range p.nArt {
			got = append(got, p.toks[i].band)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: band %v, want %v", tt.artists, got, tt.want)
		}
	}
}

// TestUnparsedVersionSwapped: a title read as track - artist compares its
// artist as its track, so version words after its artist are outside the
// track and name a version the other title lacks (another recording: see
// TestVersionInArtist), and a version word of its track ("Live Forever -
// Oasis") is a word of the title.
func TestUnparsedVersionSwapped(t *testing.T) {
	tests := []struct {
		a, b string
		want DecisionKind
	}{
		{"christina perri - a thousand years [ official music video ]", "a thousand years - christina perri ( official music video ) acoustic cover - gardiner sisters", DecisionDistinct},
		{"linkin park - numb", "numb - linkin park acoustic cover - mira lune", DecisionDistinct},
		{"linkin park - numb", "numb - linkin park ( official video )", DecisionMerge},
		{"oasis - live forever", "live forever - oasis", DecisionMerge},
		{"billy joel - piano man", "piano man - billy joel", DecisionMerge},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			d := decideInputs(title.Input{Title: tt.a}, title.Input{Title: tt.b}, swap)
			if d.Kind != tt.want {
				t.Errorf("%q vs %q, swap=%v: %s %.3f %v, want %s", tt.a, tt.b, swap, d.Kind, d.Score, rulesOf(d.Explanation), tt.want)
			}
		}
	}
}

// TestBandWord: one-word names written with commas and "&" are most often one
// band's name, and an artist that is only some of its words is not the
// band (band_word); the whole name, written either way, still merges.
func TestBandWord(t *testing.T) {
	checkRuleCases(t, RuleBandWord, []ruleCase{
		{"a record by the last word", title.Input{Title: "Earth, Wind & Fire - September"}, title.Input{Title: "September", Artist: "Fire"}, DecisionReview, true},
		{"a title by the last word", title.Input{Title: "Earth, Wind & Fire - September (Official Video)"}, title.Input{Title: "Fire - September"}, DecisionReview, true},
		{"a record by the first word", title.Input{Title: "Crosby, Stills, Nash & Young - Ohio"}, title.Input{Title: "Ohio", Artist: "Crosby"}, DecisionReview, true},
		{"a record by one member's surname", title.Input{Title: "Crosby, Stills, Nash & Young - Teach Your Children"}, title.Input{Title: "Teach Your Children", Artist: "Young"}, DecisionReview, true},
		{"two words of three", title.Input{Title: "Blood, Sweat & Tears - Spinning Wheel"}, title.Input{Title: "Spinning Wheel", Artist: "Blood & Tears"}, DecisionReview, true},
		{"the whole name in the record", title.Input{Title: "Earth, Wind & Fire - September"}, title.Input{Title: "September", Artist: "Earth, Wind & Fire"}, DecisionMerge, false},
		{"the whole name without commas", title.Input{Title: "Earth, Wind & Fire - September"}, title.Input{Title: "Earth Wind and Fire - September (Lyrics)"}, DecisionMerge, false},
		{"one-word names with commas alone", title.Input{Title: "Alok, Sigala, Grey - All By Myself (Official Video)"}, title.Input{Title: "All By Myself", Artist: "Sigala"}, DecisionMerge, false}, // a label's credit list
		{"the last name after and", title.Input{Title: "Peter, Paul and Mary - Blowin' in the Wind"}, title.Input{Title: "Blowin' in the Wind", Artist: "Mary"}, DecisionReview, true},
		{"two names of two words", title.Input{Title: "Timmy Trumpet, Prezioso, 71 Digits - Three Little Birds"}, title.Input{Title: "Three Little Birds", Artist: "Prezioso"}, DecisionMerge, false},
	})
}
