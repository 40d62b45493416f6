package title

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestCatalogueTitles builds "Artist - Song" titles from 6,907 real iTunes
// songs (testdata/itunes, the DeepMatcher iTunes-Amazon sample) and checks,
// for each, the invariants and idempotency of Normalize, and that the
// artists read from the title are the artists read from the same name
// given by the caller (when the name has no separator of its own: "Diddy -
// Dirty Money" cannot be told from an artist and a track).
// It says nothing about the exact track, which the catalogue writes with
// its own conventions ("( feat . X )", "[ Explicit ]").
//
// A title read as "Track - Artist" from its words alone (reversed_phrase: a
// part that speaks, "Feed Me", beside one that does not; reversed_name: a
// last part shaped as an act's name) is a guess, and
// every such guess here is wrong, since every title is "Artist - Song": the
// test lists them and holds them under one in a thousand titles.
func TestCatalogueTitles(t *testing.T) {
	f, err := os.Open("../../testdata/itunes/tableA.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	checked, guessed := 0, 0
	for _, row := range rows[1:] {
		artist, song := row[col["Artist_Name"]], row[col["Song_Name"]]
		in := Input{Title: artist + " - " + song}
		if msg := checkNormalize(in); msg != "" {
			t.Error(msg)
			continue
		}
		fromTitle := Normalize(in)
		fromCaller := Normalize(Input{Title: song, Artist: artist})
		switch {
		case strings.ContainsAny(artist, "-_~:|") || slices.Equal(fromTitle.Artists, fromCaller.Artists):
		case slices.Contains(fromTitle.Patterns, "reversed_phrase") || slices.Contains(fromTitle.Patterns, "reversed_name"):
			guessed++
			t.Logf("%q: read as Track - Artist from its words", in.Title)
		default:
			t.Errorf("%q: artists from the title %q, from the caller %q", in.Title, fromTitle.Artists, fromCaller.Artists)
		}
		if fromTitle.Track == "" {
			t.Errorf("%q: empty track", in.Title)
		}
		checked++
	}
	if guessed*1000 > checked {
		t.Errorf("%d of %d titles read as Track - Artist from their words; at most one in a thousand may be", guessed, checked)
	}
	if checked < 6000 {
		t.Errorf("checked only %d titles", checked)
	}
}
