package title

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// versionPhrase is how render writes a version tag back into a title.
var versionPhrase = map[Version]string{
	VersionSpedUp:    "sped up",
	VersionACappella: "a cappella",
}

// render writes a normalized title back as a title:
// `artist1 & artist2 - "track" (feat. f1 & f2) (version) ...`. The track is
// quoted, as titles often do, so that a track that is itself a noise word
// ("MV" by the caller's artist) reads back as the track.
func render(t Title) string {
	var b strings.Builder
	if len(t.Artists) > 0 {
		b.WriteString(ArtistString(t.Artists))
		b.WriteString(" - ")
	}
	b.WriteString(`"` + t.Track + `"`)
	if len(t.Featured) > 0 {
		b.WriteString(" (feat. ")
		b.WriteString(strings.Join(t.Featured, " & "))
		b.WriteString(")")
	}
	for _, v := range t.Versions {
		phrase, ok := versionPhrase[v]
		if !ok {
			phrase = string(v)
		}
		b.WriteString(" (" + phrase + ")")
	}
	return b.String()
}

// checkTitle checks the invariants of one result and returns a message
// for the first one broken, or "".
func checkTitle(in Input, t Title) string {
	all := slices.Concat(t.Artists, t.Featured, t.VersionInfo, t.ArtistTokens, t.TrackTokens, t.FeaturedTokens, []string{t.Track})
	for _, s := range all {
		if !utf8.ValidString(s) {
			return "invalid UTF-8 in output"
		}
	}
	if t.Track != strings.Join(t.TrackTokens, " ") {
		return "Track is not TrackTokens joined"
	}
	for _, toks := range [][]string{t.ArtistTokens, t.TrackTokens, t.FeaturedTokens} {
		for _, tok := range toks {
			if tok == "" || strings.ContainsAny(tok, " \t\n") || tok != Fold(tok) {
				return "token " + tok + " is empty, spaced or not folded"
			}
		}
	}
	if strings.Join(t.Artists, " ") != strings.Join(t.ArtistTokens, " ") {
		return "ArtistTokens are not the words of Artists"
	}
	if strings.Join(t.Featured, " ") != strings.Join(t.FeaturedTokens, " ") {
		return "FeaturedTokens are not the words of Featured"
	}
	if !slices.IsSorted(t.Versions) || len(slices.Compact(slices.Clone(t.Versions))) != len(t.Versions) {
		return "Versions are not a sorted set"
	}
	for _, v := range t.Versions {
		if !slices.Contains(Versions, v) {
			return "version " + string(v) + " is not in the vocabulary"
		}
	}
	switch t.ArtistSource {
	case ArtistFromCaller, ArtistFromTitle, ArtistFromTopic, ArtistFromChannel:
		if len(t.Artists) == 0 {
			return "ArtistSource set without artists"
		}
	case ArtistUnknown:
		if len(t.Artists) > 0 {
			return "artists without ArtistSource"
		}
	default:
		return "unknown ArtistSource " + string(t.ArtistSource)
	}
	if t.Raw != in.Title {
		return "Raw is not the input title"
	}
	return ""
}

// checkNormalize normalizes in and checks the invariants (checkTitle) and
// idempotency: normalizing the rendered result (see render) with the same
// channel and caller's artist gives the same artists, track, featured
// artists and versions; without the channel when a list of credits kept
// it from being the artist. Titles whose track is empty have nothing to render
// and are only checked for invariants. It returns a message for the first
// broken property, or "".
func checkNormalize(in Input) string {
	got := Normalize(in)
	if msg := checkTitle(in, got); msg != "" {
		return fmt.Sprintf("Normalize(%+v): %s: %+v", in, msg, got)
	}
	if got.Track == "" {
		return ""
	}
	channel := in.Channel
	if len(got.Artists) == 0 && slices.Contains(got.Patterns, "credit_list_layout") {
		// A list of credits said the channel is no artist of the title
		// (credit_list_layout); the rendering has no list left to say so.
		channel = ""
	}
	again := Normalize(Input{Title: render(got), Channel: channel, Artist: in.Artist})
	if slices.Equal(got.Artists, again.Artists) && got.Track == again.Track &&
		slices.Equal(got.Featured, again.Featured) && slices.Equal(got.Versions, again.Versions) {
		return ""
	}
	return fmt.Sprintf("Normalize(%+v) not idempotent: rendered %q\nfirst  %q %q %q %q\nsecond %q %q %q %q",
		in, render(got), got.Artists, got.Track, got.Featured, got.Versions,
		again.Artists, again.Track, again.Featured, again.Versions)
}

func TestNormalizeInvariantsOnCases(t *testing.T) {
	for _, c := range readCases(t, casesFile) {
		if msg := checkNormalize(Input{Title: c.Title, Channel: c.Channel, Artist: c.Artist}); msg != "" {
			t.Error(msg)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"Adele - Hello (Official Video)", "Hello | Adele", "[MV] BTS(방탄소년단) _ Dynamite",
		"Lil Nas X x Billy Ray Cyrus - Old Town Road (feat. X) [Remix]", "Nightcore - Song",
		"Song (slowed + reverb)", "Artist「Track」【MV】", "\"Hello\" by Adele", "#SELFIE",
		"Hello (Live at Wembley 1986) [Remastered 2011] ft. A, B & C", "P!nk - AC/DC's $ong",
	} {
		f.Add(s, "", "")
		f.Add(s, "AdeleVEVO", "")
		f.Add(s, "", "Adele")
	}
	f.Fuzz(func(t *testing.T, title, channel, artist string) {
		if msg := checkNormalize(Input{Title: title, Channel: channel, Artist: artist}); msg != "" {
			t.Fatal(msg)
		}
	})
}

// TestNormalizeLinear feeds 100 KB titles made of repeated pieces that
// stress each pass (brackets, separators, noise, hashtags, quotes, feat.
// markers) and checks that each returns quickly and that twenty times the
// input costs far less than four hundred times the time.
func TestNormalizeLinear(t *testing.T) {
	pieces := []string{
		"a ", "hd ", "(", ")", "((a)", "[x] ", "a - ", "#tag ", "'a' ", "\"a ", "feat ", "by ",
		"live at ", "official video ", "| ", "a & b x ", "【", "「a」", "é ", "방탄 ", "x x ",
		"remastered 2011 ", "slowed + reverb ", "(feat. a) ", "- live ", "w/ ", "$", "a.b.", "🔥",
	}
	// measure returns the best of some runs, so that a garbage collection
	// or a buffer growing for the first time does not count, in CPU time of
	// the thread, so that other processes on a busy machine do not count.
	measure := func(piece string, size, runs int) time.Duration {
		in := Input{Title: strings.Repeat(piece, size/len(piece)+1), Channel: "Adele"}
		best := time.Duration(1 << 62)
		for range runs {
			stop := cpuClock()
			got := Normalize(in)
			best = min(best, stop())
			if msg := checkTitle(in, got); msg != "" {
				t.Errorf("piece %q: %s", piece, msg)
			}
		}
		return best
	}
	for _, piece := range pieces {
		// A quadratic pass costs 400 times more on twenty times the input,
		// a linear one about 20 times (somewhat more under the race
		// detector, whose bookkeeping grows with memory): the bound of 150
		// sits between them. A piece fails only if it looks non-linear
		// five times in a row.
		var small, large time.Duration
		linear := false
		for try := 0; try < 5 && !linear; try++ {
			small = measure(piece, 5_000, 5)
			large = measure(piece, 100_000, 3)
			linear = large <= 150*small+20*time.Millisecond
		}
		if !linear {
			t.Errorf("piece %q: 5 KB took %v, 100 KB took %v: not linear", piece, small, large)
		}
		if large > 10*time.Second {
			t.Errorf("piece %q: a 100 KB title took %v", piece, large)
		}
	}
}
