package score

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The layout and credit probe (testdata/titles/probe/layouts.jsonl): the
// base pairs of the version probe are written again with one side laid
// out or credited another way ("Track - Artist", "Artist | Track",
// "Artist「Track」", "B x A - Track", "Artist ft. X - Track", the track
// alone on "Artist - Topic"), which must still merge; or with its artist,
// a word of its track, a sequel number or its main artist changed, which
// must never merge. layout_allowed.jsonl holds the wrong decisions each
// mutation may still make (`go test -run TestLayoutProbe -probe -update`
// rewrites it).

type layoutMutation struct {
	Mutation string `json:"mutation"`
	// Template writes the mutated title, Control the title the base pair
	// must still merge with to count (none: every base pair counts), and
	// Channel, when set, the channel the mutated title is uploaded on.
	// Their values: {title} the whole title, {plain} it without its
	// diacritics, {artist} and {track} the parts read, {a1} and {a2} the
	// two artists of a title that names two, {feat} the featured artists,
	// {guest} them when the other side names none of them its artist,
	// {vevo} the one artist written as a VEVO channel's name, {other} an
	// artist of another dev pair, {swapped} the track with one word taken
	// from another dev pair's track.
	Template string `json:"template"`
	Control  string `json:"control"`
	Channel  string `json:"channel"`
	Case     string `json:"case"`
	// Against, when set, writes the title the mutated one is decided
	// against, in place of the base pair's first side: both titles of
	// the pair are then written in one layout (on Channel, when set),
	// so that a layout's reading is tried against itself.
	Against string `json:"against"`
	// Same: the mutation names the same recording, which must merge.
	Same bool `json:"same"`
}

// layoutValues are the values the templates write of each base pair.
func layoutValues(bases []probeBase) []map[string]string {
	var artists, words []string
	seenArtist, seenWord := map[string]bool{}, map[string]bool{}
	for _, b := range bases {
		if len(b.artists) == 1 && !seenArtist[b.artist] {
			seenArtist[b.artist] = true
			artists = append(artists, b.artist)
		}
		for _, w := range strings.Fields(b.track) {
			if contentWord(w) && !seenWord[w] {
				seenWord[w] = true
				words = append(words, w)
			}
		}
	}
	out := make([]map[string]string, len(bases))
	for i, b := range bases {
		v := map[string]string{"title": b.b.Title, "artist": b.artist, "track": b.track, "feat": strings.Join(b.featured, " & ")}
		if p := withoutDiacritics(b.b.Title); p != b.b.Title {
			v["plain"] = p
		}
		if len(b.artists) == 2 {
			v["a1"], v["a2"] = b.artists[0], b.artists[1]
		}
		if len(b.artists) == 1 {
			var name strings.Builder
			for _, w := range strings.Fields(b.artist) {
				r := []rune(w)
				r[0] = unicode.ToUpper(r[0])
				name.WriteString(strings.Map(func(r rune) rune {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						return r
					}
					return -1
				}, string(r)))
			}
			v["vevo"] = name.String()
		}
		if b.artist != "" {
			own := strings.Fields(strings.Join(append(append([]string{b.artist}, b.featured...), b.a.Title.Artists...), " "))
			v["other"] = pickFrom(artists, i*31, func(o string) bool { return !sharesWord(strings.Fields(o), own) })
			if !sharesWord(strings.Fields(v["feat"]), strings.Fields(strings.Join(b.a.Title.Artists, " "))) {
				v["guest"] = v["feat"]
			}
			v["swapped"] = swapWord(b.track, words, i*17, b.a.Title.TrackTokens)
		}
		out[i] = v
	}
	return out
}

// contentWord: a word of four letters or more, which a track's reading
// cannot shrug off as a filler.
func contentWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 4
}

// swapWord replaces the track's longest content word by a word of the
// pool that neither side's track has and that begins otherwise; "" when
// the track has no content word.
func swapWord(track string, pool []string, from int, other []string) string {
	ws := strings.Fields(track)
	at := -1
	for i, w := range ws {
		if contentWord(w) && (at < 0 || len([]rune(w)) > len([]rune(ws[at]))) {
			at = i
		}
	}
	if at < 0 {
		return ""
	}
	prefix := func(w string) string {
		r := []rune(w)
		return string(r[:3])
	}
	r := pickFrom(pool, from, func(p string) bool {
		return !sharesWord([]string{p}, ws) && !sharesWord([]string{p}, other) && prefix(p) != prefix(ws[at])
	})
	if r == "" {
		return ""
	}
	ws[at] = r
	return strings.Join(ws, " ")
}

// pickFrom returns the first element of pool from index from on (round
// the end) that ok accepts, "" when none does.
func pickFrom(pool []string, from int, ok func(string) bool) string {
	for k := range pool {
		if p := pool[(from+k)%len(pool)]; ok(p) {
			return p
		}
	}
	return ""
}

func sharesWord(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// withoutDiacritics takes the combining marks off every letter (é -> e).
func withoutDiacritics(s string) string {
	d := norm.NFD.String(s)
	d = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, d)
	return norm.NFC.String(d)
}

// layoutKind is the place a layout cell is counted in.
func layoutKind(same bool) string {
	if same {
		return "must_merge"
	}
	return "must_not_merge"
}

// runLayoutProbe decides every base pair with each mutation, both ways
// round, and counts by mutation the pairs decided wrongly. It decides
// them all under the race detector too (6 s), so that a race run holds
// a change to the whole probe's allowances.
func runLayoutProbe(bases []probeBase, mutations []layoutMutation) []probeCell {
	vals := layoutValues(bases)
	var cells []probeCell
	for _, m := range mutations {
		c := probeCell{marker: m.Mutation, position: layoutKind(m.Same)}
		for bi, base := range bases {
			side, ok := base.fill(m.Template, vals[bi], m.Case)
			if !ok {
				continue
			}
			against := base.a
			if m.Against != "" {
				other, ok := base.fill(m.Against, vals[bi], m.Case)
				if !ok {
					continue
				}
				if m.Channel != "" {
					ch, _ := base.fill(m.Channel, vals[bi], "")
					other.Channel = ch.Title
				}
				against = other.subject()
			}
			if m.Channel != "" {
				ch, ok := base.fill(m.Channel, vals[bi], "")
				if !ok {
					continue
				}
				side.Channel = ch.Title
			}
			if m.Control != "" {
				ctl, ok := base.fill(m.Control, vals[bi], "")
				if !ok || decidedWrong(base.a, ctl.subject(), true) {
					continue
				}
			}
			c.decideAgainst(base, against, side, m.Same)
		}
		cells = append(cells, c)
	}
	return cells
}

// TestLayoutProbe: a dev same pair written in another layout or credit
// form still merges, and with another artist, another word, a sequel
// number or another main artist never does, beyond the mutations'
// allowances.
func TestLayoutProbe(t *testing.T) {
	dir, allowed, bases := loadProbe(t, "layout_allowed.jsonl")
	mutations := readJSONL[layoutMutation](t, filepath.Join(dir, "layouts.jsonl"))
	cells := runLayoutProbe(bases, mutations)
	wrong, tried := map[string]int{}, map[string]int{}
	for _, c := range cells {
		wrong[c.position] += c.wrong
		tried[c.position] += c.tried
		c.check(t, allowed)
		if *probeVerbose {
			t.Logf("%-24s %-15s %4d of %4d wrong  %s", c.marker, c.position, c.wrong, c.tried, c.example)
		}
	}
	t.Logf("%d base pairs; the same recording did not merge: %d of %d; another merged: %d of %d", len(bases), wrong[layoutKind(true)], tried[layoutKind(true)], wrong[layoutKind(false)], tried[layoutKind(false)])
	if *probeVerbose && *update {
		writeProbeAllowances(t, filepath.Join(dir, "layout_allowed.jsonl"), cells)
	}
}
