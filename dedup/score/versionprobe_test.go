package score

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// The version mutation probe (testdata/titles/probe/): every same pair of
// the dev splits of the title-pair sets that merges is written again with
// one side marked as another recording ("(Sped Up)", "- Tiesto Remix",
// "[Karaoke Version]"...) in each place uploads write such markers, which
// must then never merge; or marked with noise that names no other
// recording ("(Official Video)", "[HD]", "| Lyric Video"), which must not
// stop the merge. allowed.jsonl holds the merges (or lost merges) each
// marker and place may still make, as the whole probe counts them (`go
// test -run TestVersionProbe -probe -update` rewrites it): a cell that
// makes more fails.

var probeVerbose = flag.Bool("probe", false, "decide every base pair in every cell of the version probe and print its counts by marker and place")

// probeStride: without -probe, a cell decides one base pair in probeStride
// (a different one in each cell), to keep the test short; the counts can
// only be lower than the whole probe's. Under the race detector, which
// makes each decision several times slower, the probe mutates one base
// pair in raceStride: still every marker in every place, on a few dozen
// pairs each.
const (
	probeStride = 8
	raceStride  = 4
)

// probeSets are the pair sets whose dev titles the probe mutates.
var probeSets = []string{"real", "trending", "covers", "spotifyyt", "billboard"}

type probeMarker struct {
	Marker string `json:"marker"`
	Text   string `json:"text"`
	// Same: the marker names the same recording (noise), so a pair that
	// merged must still merge.
	Same bool `json:"same"`
}

type probePosition struct {
	Position string `json:"position"`
	// Template writes the marked title: {title} is the whole title,
	// {artist} and {track} the parts the normalizer read in it, {x} the
	// marker.
	Template string `json:"template"`
	Case     string `json:"case"`
	// Control is the template without the marker: a base pair counts in
	// this place only when its control still merges.
	Control string `json:"control"`
	// OtherOnly: the place is written for markers of another recording
	// alone ("Track - X Remix by Artist").
	OtherOnly bool `json:"other_only"`
}

type probeAllowance struct {
	Marker   string `json:"marker"`
	Position string `json:"position"`
	Count    int    `json:"count"`
}

type probeSide struct {
	Title    string  `json:"title"`
	Channel  string  `json:"channel"`
	Artist   string  `json:"artist"`
	Duration float64 `json:"duration_seconds"`
}

func (s probeSide) subject() Subject {
	return Subject{Title: title.Normalize(title.Input{Title: s.Title, Channel: s.Channel, Artist: s.Artist}), DurationSeconds: int(math.Round(s.Duration))}
}

// readJSONL reads a file of JSON objects, one a line, blank lines skipped.
func readJSONL[T any](tb testing.TB, path string) []T {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// probeBase is a dev same pair that merges, neither side naming a version.
type probeBase struct {
	a      Subject
	b      probeSide
	artist string // the artists the normalizer read in b, "" when none
	track  string
	// artists and featured are the artists and featured artists the
	// normalizer read in b, when it read its artist and track.
	artists, featured []string
	rawLine           string
}

func loadProbeBases(t *testing.T) []probeBase {
	t.Helper()
	var out []probeBase
	for _, set := range probeSets {
		path := filepath.Join("..", "..", "testdata", "pairs", set, "dev.jsonl")
		type pair struct {
			A, B probeSide
			Same bool
		}
		for i, p := range readJSONL[pair](t, path) {
			if !p.Same {
				continue
			}
			a, b := p.A.subject(), p.B.subject()
			if len(a.Title.Versions)+len(b.Title.Versions)+len(a.Title.VersionInfo)+len(b.Title.VersionInfo) > 0 {
				continue
			}
			if decideOne(a, b).Kind != DecisionMerge {
				continue
			}
			base := probeBase{a: a, b: p.B, rawLine: fmt.Sprintf("%s:%d", set, i+1)}
			if b.Title.ArtistSource != title.ArtistUnknown && b.Title.Track != "" {
				base.artist = strings.Join(b.Title.Artists, " & ")
				base.track = b.Title.Track
				base.artists, base.featured = b.Title.Artists, b.Title.Featured
			}
			out = append(out, base)
		}
	}
	return out
}

// mutate writes b's title marked by m in place p; ok is false when p
// needs the parts of a title the normalizer could not read.
func (base probeBase) mutate(m probeMarker, p probePosition) (probeSide, bool) {
	return base.write(p.Template, m.Text, p)
}

// write renders template with x as the marker, in p's letter case.
func (base probeBase) write(template, x string, p probePosition) (probeSide, bool) {
	return base.fill(template, map[string]string{"title": base.b.Title, "artist": base.artist, "track": base.track, "x": x}, p.Case)
}

// fill writes b's title again from template, each {name} in it replaced
// by vals[name], in letter case c ("upper", "lower" or as written); ok is
// false when the template names a value that is empty or unknown (x
// aside: a marker may be empty, for a control). A title written from
// parts other than the whole title ({title}, {plain}) and the marker
// ({x}) is uploaded on no channel.
func (base probeBase) fill(template string, vals map[string]string, c string) (probeSide, bool) {
	var pairs []string
	fromParts := false
	for rest := template; ; {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			break
		}
		name := rest[i+1 : i+j]
		rest = rest[i+j+1:]
		if name != "title" && name != "plain" && name != "x" {
			fromParts = true
		}
		if vals[name] == "" && name != "x" {
			return probeSide{}, false
		}
		pairs = append(pairs, "{"+name+"}", vals[name])
	}
	s := strings.NewReplacer(pairs...).Replace(template)
	switch c {
	case "upper":
		s = strings.ToUpper(s)
	case "lower":
		s = strings.ToLower(s)
	}
	out := probeSide{Title: s, Channel: base.b.Channel, Artist: base.b.Artist}
	if fromParts {
		// Written from the parts read: an uploader's own title, on a
		// channel that says nothing.
		out.Channel, out.Artist = "", ""
	}
	return out, true
}

// decidedWrong decides a against b both ways round: wrong when either
// merges and merge is not wanted, or either does not and it is.
func decidedWrong(a, b Subject, wantMerge bool) bool {
	for _, swap := range []bool{false, true} {
		x, y := a, b
		if swap {
			x, y = y, x
		}
		if (decideOne(x, y).Kind == DecisionMerge) != wantMerge {
			return true
		}
	}
	return false
}

type probeCell struct {
	marker, position string
	tried, wrong     int
	example          string
}

// decide decides base's pair with side written again both ways round
// and counts it in the cell, wrong when it merges and merge is not wanted
// or it does not and it is; the first wrong one is the cell's example.
func (c *probeCell) decide(base probeBase, side probeSide, wantMerge bool) {
	c.decideAgainst(base, base.a, side, wantMerge)
}

// decideAgainst is decide with against in place of the base pair's first
// side.
func (c *probeCell) decideAgainst(base probeBase, against Subject, side probeSide, wantMerge bool) {
	c.tried++
	if !decidedWrong(against, side.subject(), wantMerge) {
		return
	}
	c.wrong++
	if c.example == "" {
		c.example = fmt.Sprintf("%s %q vs %q", base.rawLine, against.Title.Raw, side.Title)
		if side.Channel != "" {
			c.example += fmt.Sprintf(" on %q", side.Channel)
		}
	}
}

// check fails t when the cell decided no pair, or more pairs wrong than
// its allowance.
func (c probeCell) check(t *testing.T, allowed map[[2]string]int) {
	t.Helper()
	if c.tried == 0 {
		t.Errorf("%s %s: no base pair could be mutated", c.marker, c.position)
	}
	if lim := allowed[[2]string{c.marker, c.position}]; c.wrong > lim {
		t.Errorf("%s %s: %d of %d wrong, %d allowed; e.g. %s", c.marker, c.position, c.wrong, c.tried, lim, c.example)
	}
}

// loadProbe reads a probe's allowances from the file of that name in
// testdata/titles/probe (dir) and the base pairs; it skips the test
// when it is short.
func loadProbe(t *testing.T, allowedFile string) (dir string, allowed map[[2]string]int, bases []probeBase) {
	t.Helper()
	if testing.Short() {
		t.Skip("decides every dev same pair in many forms")
	}
	dir = filepath.Join("..", "..", "testdata", "titles", "probe")
	allowed = map[[2]string]int{}
	for _, a := range readJSONL[probeAllowance](t, filepath.Join(dir, allowedFile)) {
		allowed[[2]string{a.Marker, a.Position}] = a.Count
	}
	bases = loadProbeBases(t)
	if len(bases) < 500 {
		t.Fatalf("%d base pairs; the dev sets gave more", len(bases))
	}
	return dir, allowed, bases
}

// runVersionProbe decides every base pair with each marker in each place,
// both ways round, and counts by cell the pairs decided wrongly: merged
// for another recording, not merged for noise.
func runVersionProbe(bases []probeBase, markers []probeMarker, positions []probePosition, stride int) []probeCell {
	controls := make([]map[string]bool, len(bases))
	for bi, base := range bases {
		controls[bi] = map[string]bool{}
		for _, p := range positions {
			ok := true
			if p.Control != "" {
				side, can := base.write(p.Control, "", p)
				ok = can && decideOne(base.a, side.subject()).Kind == DecisionMerge && decideOne(side.subject(), base.a).Kind == DecisionMerge
			}
			controls[bi][p.Position] = ok
		}
	}
	var cells []probeCell
	for mi, m := range markers {
		for pi, p := range positions {
			if m.Same && p.OtherOnly {
				continue
			}
			c := probeCell{marker: m.Marker, position: p.Position}
			for bi, base := range bases {
				side, ok := base.mutate(m, p)
				if !ok || (bi+mi+pi)%stride != 0 || !controls[bi][p.Position] {
					continue
				}
				c.decide(base, side, m.Same)
			}
			cells = append(cells, c)
		}
	}
	return cells
}

// TestVersionProbe: markers of another recording never let a dev same pair
// merge, and noise never stops one, wherever they are written, beyond the
// cells' allowances.
func TestVersionProbe(t *testing.T) {
	dir, allowed, bases := loadProbe(t, "allowed.jsonl")
	markers := readJSONL[probeMarker](t, filepath.Join(dir, "markers.jsonl"))
	positions := readJSONL[probePosition](t, filepath.Join(dir, "positions.jsonl"))
	stride := probeStride
	if *probeVerbose {
		stride = 1
	} else if raceDetector {
		bases = everyNth(bases, raceStride)
	}
	cells := runVersionProbe(bases, markers, positions, stride)
	same := map[string]bool{}
	for _, m := range markers {
		same[m.Marker] = m.Same
	}
	var otherWrong, otherTried, sameWrong, sameTried int
	for _, c := range cells {
		if same[c.marker] {
			sameWrong += c.wrong
			sameTried += c.tried
		} else {
			otherWrong += c.wrong
			otherTried += c.tried
		}
		c.check(t, allowed)
	}
	t.Logf("%d base pairs; another recording merged: %d of %d; noise lost a merge: %d of %d", len(bases), otherWrong, otherTried, sameWrong, sameTried)
	if *probeVerbose {
		printProbeTable(cells, markers, positions)
		if *update {
			writeProbeAllowances(t, filepath.Join(dir, "allowed.jsonl"), cells)
		}
	}
}

// writeProbeAllowances writes the wrong decisions of a whole probe as
// the allowances (-probe -update).
func writeProbeAllowances(t *testing.T, path string, cells []probeCell) {
	var b strings.Builder
	for _, c := range cells {
		if c.wrong > 0 {
			line, err := json.Marshal(probeAllowance{Marker: c.marker, Position: c.position, Count: c.wrong})
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// printProbeTable prints the wrong decisions as a marker x place table.
func printProbeTable(cells []probeCell, markers []probeMarker, positions []probePosition) {
	wrong := map[[2]string]probeCell{}
	for _, c := range cells {
		wrong[[2]string{c.marker, c.position}] = c
	}
	fmt.Printf("%-22s", "marker")
	for _, p := range positions {
		fmt.Printf(" %s", p.Position)
	}
	fmt.Println()
	for _, m := range markers {
		fmt.Printf("%-22s", m.Marker)
		for _, p := range positions {
			fmt.Printf(" %*d", len(p.Position), wrong[[2]string{m.Marker, p.Position}].wrong)
		}
		fmt.Println()
	}
	var ex []string
	for _, c := range cells {
		if c.wrong > 0 {
			ex = append(ex, fmt.Sprintf("%s/%s %d: %s", c.marker, c.position, c.wrong, c.example))
		}
	}
	sort.Strings(ex)
	for _, e := range ex {
		fmt.Println(e)
	}
}

// everyNth keeps one element in n, the first among them.
func everyNth[T any](s []T, n int) []T {
	var kept []T
	for i := 0; i < len(s); i += n {
		kept = append(kept, s[i])
	}
	return kept
}
