package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// profileFigures measures what the hard profile is meant to add, on a
// catalogue of n songs and one rendered upload of each.
type profileFigures struct {
	sharedTitles   float64 // distinct songs sharing their title with another
	oneWordTracks  float64 // songs whose track is one word
	foreignTrackUp float64 // uploads naming the track alone, on a channel not the artist's
	commonArtists  float64 // songs by an artist named by a common word
	tinyArtists    float64 // artists with one or two songs, among those with any
}

func measureProfile(t *testing.T, profile string, n int) profileFigures {
	t.Helper()
	g, rng := newGenerator(7, n, profile)
	recs := g.recordings(rng, n)
	common := map[string]bool{}
	for _, w := range commonWords(g.voc, 400) {
		common[strings.ToLower(w)] = true
		common["the "+strings.ToLower(w)] = true
	}
	var f profileFigures
	songsOf := map[string]int{}
	for _, r := range recs {
		songsOf[r.Artists[0]]++
		if len(strings.Fields(r.Track)) == 1 {
			f.oneWordTracks++
		}
		if common[strings.ToLower(r.Artists[0])] {
			f.commonArtists++
		}
		title, channel := g.render(rng, r)
		if !strings.Contains(strings.ToLower(title), strings.ToLower(r.Artists[0])) && slices.Contains(uploaderChannels, channel) {
			f.foreignTrackUp++
		}
	}
	f.oneWordTracks /= float64(n)
	f.commonArtists /= float64(n)
	f.foreignTrackUp /= float64(n)
	tiny := 0
	for _, c := range songsOf {
		if c <= 2 {
			tiny++
		}
	}
	f.tinyArtists = float64(tiny) / float64(len(songsOf))
	f.sharedTitles = sharedTitles(recs)
	return f
}

// TestHardProfile: the hard profile has more of each thing that makes real
// catalogues hard than the classic one, on the same seed and size.
func TestHardProfile(t *testing.T) {
	const n = 20_000
	classic := measureProfile(t, profileClassic, n)
	hard := measureProfile(t, profileHard, n)
	t.Logf("classic %+v", classic)
	t.Logf("hard    %+v", hard)
	for _, c := range []struct {
		name          string
		classic, hard float64
	}{
		{"distinct songs sharing a title", classic.sharedTitles, hard.sharedTitles},
		{"one-word tracks", classic.oneWordTracks, hard.oneWordTracks},
		{"track-only uploads on channels not the artist's", classic.foreignTrackUp, hard.foreignTrackUp},
		{"songs by artists named by a common word", classic.commonArtists, hard.commonArtists},
		{"artists with one or two songs", classic.tinyArtists, hard.tinyArtists},
	} {
		if c.hard <= c.classic {
			t.Errorf("%s: hard %.4f, classic %.4f; want more in hard", c.name, c.hard, c.classic)
		}
	}
}

// TestSharedTitles: a title counts as shared when two distinct songs (by
// different artists, neither a version take) have it.
func TestSharedTitles(t *testing.T) {
	rec := func(artist, track, version string) recording {
		return recording{Artists: []string{artist}, Track: track, Version: version}
	}
	for _, c := range []struct {
		name string
		recs []recording
		want float64
	}{
		{"none", []recording{rec("A", "Home", ""), rec("B", "Away", "")}, 0},
		{"two artists", []recording{rec("A", "Home", ""), rec("B", "home", ""), rec("C", "Away", "")}, 2.0 / 3},
		{"one artist twice", []recording{rec("A", "Home", ""), rec("a", "Home", "")}, 0},
		{"a version take", []recording{rec("A", "Home", ""), rec("B", "Home", "Live")}, 0},
		{"empty", nil, 0},
	} {
		if got := sharedTitles(c.recs); got != c.want {
			t.Errorf("%s: sharedTitles = %.4f, want %.4f", c.name, got, c.want)
		}
	}
}

// TestCommonWordsAreTitles: every one-word title of the hard profile is
// read by the service as that track, alone or decorated.
func TestCommonWordsAreTitles(t *testing.T) {
	g, _ := newGenerator(7, 1000, profileHard)
	if len(g.common) < 300 {
		t.Fatalf("%d common words, want 300 or more", len(g.common))
	}
	for _, w := range g.common {
		for _, probe := range []string{w, w + " (Lyrics)"} {
			if got := title.Normalize(title.Input{Title: probe}).Track; !strings.EqualFold(got, w) {
				t.Errorf("%q: track %q, want %q", probe, got, w)
			}
		}
	}
}

// TestHardTruthIsKnowable: what the hard profile generates, a person could
// label from the upload alone. A one-word track is a common word that ends
// real titles, never a function word; a track that songs of two artists
// have is never uploaded alone on a channel that is not the artist's,
// where nothing would say whose song it is; no artist is credited on two
// songs whose tracks read alike, and no two artists' names read alike.
func TestHardTruthIsKnowable(t *testing.T) {
	const n = 20_000
	g, rng := newGenerator(7, n, profileHard)
	recs := g.recordings(rng, n)
	names := map[string]string{}
	for _, a := range g.artists {
		if b, ok := names[sameTitle(a)]; ok {
			t.Errorf("artists %q and %q read alike", a, b)
		}
		names[sameTitle(a)] = a
	}
	credited := map[string]recording{}
	for _, r := range recs {
		if r.Version != "" {
			continue
		}
		mine := map[string]bool{}
		for _, a := range append(r.Artists[:len(r.Artists):len(r.Artists)], r.Featured...) {
			k := sameTitle(a) + "|" + sameTitle(r.Track)
			if mine[k] {
				continue // "A & A": one credit
			}
			mine[k] = true
			if o, ok := credited[k]; ok {
				t.Errorf("%s credited on two songs that read alike: %s and %s", a, o, r)
			}
			credited[k] = r
		}
	}
	common := map[string]bool{}
	for _, w := range g.common {
		common[w] = true
	}
	artistsOf := map[string]map[string]bool{}
	for _, r := range recs {
		track := strings.ToLower(r.Track)
		if artistsOf[track] == nil {
			artistsOf[track] = map[string]bool{}
		}
		if r.Version == "" {
			artistsOf[track][strings.ToLower(strings.Join(r.Artists, "&"))] = true
		}
	}
	oneWord, sharedAlone, foreign := 0, 0, 0
	for _, r := range recs {
		if len(wordsOf(r.Track)) == 1 && !slices.Contains(g.voc.titles, r.Track) {
			oneWord++
			if !common[r.Track] {
				t.Errorf("one-word track %q is no common word", r.Track)
			}
		}
		title, channel := g.render(rng, r)
		alone := !strings.Contains(strings.ToLower(title), strings.ToLower(r.Artists[0])) && slices.Contains(uploaderChannels, channel)
		if !alone {
			continue
		}
		foreign++
		if len(artistsOf[strings.ToLower(r.Track)]) > 1 {
			sharedAlone++
			t.Errorf("%q uploaded alone on %s, a track of %d artists", title, channel, len(artistsOf[strings.ToLower(r.Track)]))
		}
	}
	if oneWord < n/10 || foreign < n/50 {
		t.Errorf("%d drawn one-word tracks and %d track-only uploads on channels not the artist's in %d songs; want at least %d and %d",
			oneWord, foreign, n, n/10, n/50)
	}
}
