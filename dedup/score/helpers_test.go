package score

import (
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// ti builds a Title by hand, the way Normalize would: spec is
// "artist | track" with optional "| feat: x, y", "| v: live,remix",
// "| info: wembley" and "| src: channel" parts. An empty artist means
// unknown.
func ti(spec string) title.Title {
	parts := strings.Split(spec, "|")
	var t title.Title
	t.Raw = spec
	artist := strings.TrimSpace(parts[0])
	if artist != "" {
		for _, a := range strings.Split(artist, ",") {
			a = strings.TrimSpace(a)
			t.Artists = append(t.Artists, a)
			t.ArtistTokens = append(t.ArtistTokens, strings.Fields(a)...)
		}
		t.ArtistSource = title.ArtistFromTitle
	}
	if len(parts) > 1 {
		t.Track = strings.TrimSpace(parts[1])
		t.TrackTokens = strings.Fields(t.Track)
	}
	for _, p := range parts[2:] {
		k, v, _ := strings.Cut(strings.TrimSpace(p), ":")
		v = strings.TrimSpace(v)
		switch k {
		case "feat":
			for _, f := range strings.Split(v, ",") {
				f = strings.TrimSpace(f)
				t.Featured = append(t.Featured, f)
				t.FeaturedTokens = append(t.FeaturedTokens, strings.Fields(f)...)
			}
		case "v":
			for _, x := range strings.Split(v, ",") {
				t.Versions = append(t.Versions, title.Version(strings.TrimSpace(x)))
			}
		case "info":
			for _, x := range strings.Split(v, ",") {
				t.VersionInfo = append(t.VersionInfo, strings.TrimSpace(x))
			}
		case "src":
			t.ArtistSource = title.ArtistSource(v)
		default:
			panic("ti: unknown part " + k)
		}
	}
	return t
}

func subj(spec string) Subject { return Subject{Title: ti(spec)} }

// decideInputs normalizes a and b as submissions are and decides a with b
// its one candidate, or b with a when swap is set.
func decideInputs(a, b title.Input, swap bool) Decision {
	sa, sb := Subject{Title: title.Normalize(a)}, Subject{Title: title.Normalize(b)}
	if swap {
		sa, sb = sb, sa
	}
	return decideOne(sa, sb)
}
