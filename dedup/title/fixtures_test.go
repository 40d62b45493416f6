package title

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The public fixtures of two title-cleaning projects (web-scrobbler and its
// metadata-filter), run through Normalize. Their conventions are not ours:
// they keep "feat. X" and version tags in the track, drop "(Live)" as
// noise, and metadata-filter never splits artists. Every fixture is
// compared with our reading of its expectation; the cases where our readings
// deliberately differ are listed in fixtureExceptions with the reason.

// fixturesDir holds a copy of the fixtures (MIT, see its README).
const fixturesDir = "../../testdata/titles/fixtures"

type fixture struct {
	Source         string  `json:"source"`
	Idx            int     `json:"idx"`
	Title          *string `json:"title"`
	ExpectedArtist *string `json:"expected_artist"`
	ExpectedTrack  *string `json:"expected_track"`
	Description    string  `json:"description"`
}

// fixtureExceptions are the fixtures where songdedup's readings differ from the
// source project's, keyed by source and index.
var fixtureExceptions = map[string]string{
	"web-scrobbler#9":    "'01-' is no track number (as the source says), but its dash is a separator like any other, so '01' reads as the artist",
	"web-scrobbler#12":   "'A. ' is not taken as a vinyl track number, since it is how 'A. R. Rahman' starts",
	"web-scrobbler#19":   "'Studio' after a group that says nothing of it stays in the track",
	"web-scrobbler#58":   "'【Official Video】' is noise and leaves the track",
	"web-scrobbler#60":   "'(feat. X)' goes to Featured, out of the track",
	"metadata-filter#31": "'Track Title - Video': a one-word dash part is kept as the track ('India.Arie - Video')",
	"metadata-filter#35": "'Track Title - Audio': a one-word dash part is kept as the track",
	"metadata-filter#51": "a trailing unbracketed 'clip' stays: only 'video clip' and '- Clip' are noise",
	"metadata-filter#87": "'ft. Joshua Idehen' goes to Featured, out of the track",
}

func readFixtures(tb testing.TB) []fixture {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(fixturesDir, "*.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) != 2 {
		tb.Fatalf("%d fixture files in %s, want 2", len(paths), fixturesDir)
	}
	var all []fixture
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var fx fixture
			if err := json.Unmarshal(sc.Bytes(), &fx); err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			all = append(all, fx)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
	}
	return all
}

// plainTokens is how an expected string of a fixture reads in our token
// form.
func plainTokens(s string) string {
	var words []string
	for _, it := range lex(Fold(s), nil) {
		if it.kind == kWord || it.kind == kHashtag {
			words = append(words, it.text)
		}
	}
	return strings.Join(words, " ")
}

func TestFixtures(t *testing.T) {
	fixtures := readFixtures(t)
	agree, excepted := 0, 0
	seen := map[string]bool{}
	for _, fx := range fixtures {
		key := fmt.Sprintf("%s#%d", fx.Source, fx.Idx)
		if fx.Title == nil {
			continue
		}
		got := Normalize(Input{Title: *fx.Title})
		// Sensible under our readings, whatever the source expects.
		if !utf8.ValidString(got.Track) || strings.Join(got.TrackTokens, " ") != got.Track {
			t.Errorf("%s: %q: track %q is not its tokens joined", key, *fx.Title, got.Track)
		}
		if got.Track == "" && plainTokens(*fx.Title) != "" && fx.ExpectedTrack != nil && *fx.ExpectedTrack != "" {
			t.Errorf("%s: %q: empty track", key, *fx.Title)
		}
		wantArtist, wantTrack := "", ""
		if fx.ExpectedArtist != nil {
			wantArtist = plainTokens(*fx.ExpectedArtist)
		}
		if fx.ExpectedTrack != nil {
			wantTrack = plainTokens(*fx.ExpectedTrack)
		}
		gotArtist := strings.Join(got.ArtistTokens, " ")
		same := gotArtist == wantArtist && got.Track == wantTrack
		reason, isException := fixtureExceptions[key]
		seen[key] = true
		switch {
		case same && isException:
			t.Errorf("%s: %q now agrees with the source; remove its exception (%s)", key, *fx.Title, reason)
		case same:
			agree++
		case isException:
			excepted++
			t.Logf("%s: exception: %q -> artist %q track %q featured %q versions %q; source wants %q / %q: %s",
				key, *fx.Title, gotArtist, got.Track, got.Featured, got.Versions, wantArtist, wantTrack, reason)
		default:
			t.Errorf("%s: %q (%s) -> artist %q track %q (patterns %q); source wants artist %q track %q",
				key, *fx.Title, fx.Description, gotArtist, got.Track, got.Patterns, wantArtist, wantTrack)
		}
	}
	for key := range fixtureExceptions {
		if !seen[key] {
			t.Errorf("exception %s names no fixture", key)
		}
	}
	t.Logf("%d fixtures: %d agree with the source, %d documented exceptions", len(fixtures), agree, excepted)
}
