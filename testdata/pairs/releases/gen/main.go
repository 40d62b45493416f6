// Command gen converts excerpts of two files of one author, the YouTube
// uploads of electronic-music channels a release tracker saw and a
// catalogue of that year's releases, into the pairs of
// testdata/pairs/releases:
//
//	go run ./testdata/pairs/releases/gen
//
// source/excerpt.csv holds uploads (video id, duration, channel, title);
// source/selection.csv holds catalogue entries (artists, title). Nothing
// in either says which recording an upload holds, so every label below is
// read from the strings, by rules fixed before any matcher ran on the data,
// and a title the rules cannot read is left out (see the README beside
// source/).
package main

import (
	"flag"
	"fmt"
	"log"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
)

// source names the data set in every line written.
const source = "youtube-release-tracker"

// sameSeconds is how far apart the lengths of two uploads of one song and
// one version may be for them to count as one recording.
const sameSeconds = 10

// title is what the rules read of an upload's title or a catalogue entry.
type title struct {
	names   []string // folded performers: the artist part and its credits
	core    string   // folded track without notes and credits
	version string   // folded version notes, sorted and joined by "; ", "" when plain
}

type upload struct {
	id, raw, channel string
	seconds          int
	title
}

type entry struct {
	artists, raw string
	title
}

// side is one side of a pair line; an upload carries its channel and
// length, a catalogue entry its artists.
type side struct {
	Title    string `json:"title"`
	Channel  string `json:"channel,omitempty"`
	Artist   string `json:"artist,omitempty"`
	Duration int    `json:"duration_seconds,omitempty"`
}

type pairJSON struct {
	A      side   `json:"a"`
	B      side   `json:"b"`
	Same   bool   `json:"same"`
	Kind   string `json:"kind"`
	Song   string `json:"song"`
	SongB  string `json:"song_b,omitempty"`
	Src    string `json:"source"`
	VideoA string `json:"video_a"`
	VideoB string `json:"video_b,omitempty"`
}

func main() {
	ups := flag.String("uploads", "testdata/pairs/releases/source/excerpt.csv", "the uploads excerpt")
	cat := flag.String("catalogue", "testdata/pairs/releases/source/selection.csv", "the catalogue excerpt")
	out := flag.String("out", "testdata/pairs/releases", "output folder of the pairs")
	flag.Parse()

	us, err := readUploads(*ups)
	if err != nil {
		log.Fatal(err)
	}
	es, err := readEntries(*cat)
	if err != nil {
		log.Fatal(err)
	}
	pairs := makePairs(us, es)
	pd, pt, songs, kinds, err := splitfile.WritePairs(*out, pairs, func(p pairJSON) splitfile.Pair {
		return splitfile.Pair{Same: p.Same, Kind: p.Kind, Song: p.Song}
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("%d uploads and %d entries read; dev: %d pairs, test: %d pairs; songs %v; by split and kind %v",
		len(us), len(es), pd, pt, songs, kinds)
}

// readUploads reads the uploads whose titles the rules can read, each
// video once.
func readUploads(path string) ([]upload, error) {
	recs, err := splitfile.ReadCSV(path, []string{"video_id", "is_shorts", "duration", "channel_name", "video_title"})
	if err != nil {
		return nil, err
	}
	var us []upload
	seen := map[string]bool{}
	for _, rec := range recs {
		secs, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, fmt.Errorf("%s: duration %q: %w", path, rec[2], err)
		}
		if seen[rec[0]] || rec[1] != "False" {
			continue
		}
		seen[rec[0]] = true
		head, _, _ := strings.Cut(rec[4], " | ")
		artist, track, ok := cutDash(head)
		if !ok {
			continue
		}
		if t, ok := readTitle(track, splitNames(artist), false); ok {
			us = append(us, upload{id: rec[0], raw: rec[4], channel: rec[3], seconds: secs, title: t})
		}
	}
	return us, nil
}

// readEntries reads the catalogue entries whose titles the rules can read.
func readEntries(path string) ([]entry, error) {
	recs, err := splitfile.ReadCSV(path, []string{"artist_list", "s_title"})
	if err != nil {
		return nil, err
	}
	var es []entry
	for _, rec := range recs {
		var names []string
		for _, n := range strings.Split(rec[0], "; ") {
			if f := splitfile.Fold(n); f != "" {
				names = append(names, f)
			}
		}
		if t, ok := readTitle(rec[1], names, true); ok {
			es = append(es, entry{artists: strings.ReplaceAll(rec[0], "; ", ", "), raw: rec[1], title: t})
		}
	}
	return es, nil
}

// dash separates an artist from a track: a hyphen or an en dash between
// spaces.
var dash = regexp.MustCompile(` [-–] `)

// cutDash splits "Artist - Track" at its one dash; a title with none, or
// with another dash in the track, is not read.
func cutDash(s string) (artist, track string, ok bool) {
	loc := dash.FindStringIndex(s)
	if loc == nil {
		return "", "", false
	}
	artist, track = strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[1]:])
	if artist == "" || track == "" || dash.MatchString(track) {
		return "", "", false
	}
	return artist, track, true
}

var (
	nameSep = regexp.MustCompile(`(?i),\s*| & | x | vs\.? | \+ | feat\.? | ft\.? | featuring | with `)
	bracket = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]`)
	credit  = regexp.MustCompile(`(?i)\s(feat\.?|ft\.?|featuring|with)\s`)
	// versionWord marks another recording than the release: a remix, an
	// edit, an extended or live take, a preview.
	versionWord = regexp.MustCompile(`(?i)\b(remix|rmx|mix|edit|bootleg|flip|vip|version|rework|mashup|acoustic|live|extended|dub|preview|demo|cover|instrumental)\b`)
	// plainNote names the upload, not another recording.
	plainNote = regexp.MustCompile(`(?i)^(official )?(audio|video|music video|visuali[sz]er|lyric video|lyrics?|cc|hd)$`)
	// creditNote is a bracketed credit.
	creditNote = regexp.MustCompile(`(?i)^(feat\.?|ft\.?|featuring|with)\s`)
)

func splitNames(s string) []string {
	var names []string
	for _, n := range nameSep.Split(s, -1) {
		if f := splitfile.Fold(n); f != "" {
			names = append(names, f)
		}
	}
	return names
}

// readTitle reads a track: its bracketed notes (a version note, a plain or
// credit note, a square-bracketed description of the upload, or else words
// of the title), a credit after "feat."/"ft."/"with", and, in a catalogue
// title, a version after " - ". A version word anywhere else leaves the
// title out: where the track ends is not sure.
func readTitle(track string, names []string, catalogue bool) (title, bool) {
	var versions []string
	if catalogue {
		if head, tail, ok := strings.Cut(track, " - "); ok {
			if !versionWord.MatchString(tail) {
				return title{}, false
			}
			track, versions = head, append(versions, splitfile.Fold(tail))
		}
	}
	rest := bracket.ReplaceAllStringFunc(track, func(g string) string {
		inner := strings.TrimSpace(g[1 : len(g)-1])
		switch {
		case versionWord.MatchString(inner):
			versions = append(versions, splitfile.Fold(inner))
		case creditNote.MatchString(inner):
			names = append(names, splitNames(creditNote.ReplaceAllString(inner, ""))...)
		case plainNote.MatchString(inner), g[0] == '[':
		default:
			return " " + inner + " "
		}
		return " "
	})
	if loc := credit.FindStringIndex(rest); loc != nil {
		names = append(names, splitNames(rest[loc[1]:])...)
		if versionWord.MatchString(rest[loc[1]:]) {
			return title{}, false
		}
		rest = rest[:loc[0]]
	}
	if versionWord.MatchString(rest) || strings.ContainsAny(rest, "()[]") {
		return title{}, false
	}
	core := splitfile.Fold(rest)
	if core == "" || len(names) == 0 {
		return title{}, false
	}
	sort.Strings(versions)
	return title{names: names, core: core, version: strings.Join(versions, "; ")}, true
}

// sharesName reports whether two titles credit one performer.
func sharesName(a, b title) bool {
	return splitfile.SharesName(a.names, b.names)
}

// otherSong reports whether two titles of one performer name other songs:
// neither core holds the other.
func otherSong(a, b title) bool {
	return !strings.Contains(a.core, b.core) && !strings.Contains(b.core, a.core)
}

func uploadSide(u upload) side {
	return side{Title: u.raw, Channel: u.channel, Duration: u.seconds}
}

func entrySide(e entry) side { return side{Title: e.raw, Artist: e.artists} }

// makePairs labels uploads against catalogue entries and against each
// other. The split key of a title is its folded core, so that every upload
// and entry of one title, whoever performs it, falls in one split; a pair
// of two titles is made only when both fall in one split.
func makePairs(us []upload, es []entry) []pairJSON {
	var pairs []pairJSON
	add := func(a, b side, ta, tb title, same bool, kind, va, vb string) {
		p := pairJSON{A: a, B: b, Same: same, Kind: kind, Song: ta.core, Src: source, VideoA: va, VideoB: vb}
		if tb.core != ta.core {
			if splitfile.Of(tb.core) != splitfile.Of(ta.core) {
				return
			}
			p.SongB = tb.core
		}
		pairs = append(pairs, p)
	}
	for _, u := range us {
		others := 0
		for _, e := range es {
			switch {
			case u.core == e.core && sharesName(u.title, e.title) && u.version == e.version:
				add(uploadSide(u), entrySide(e), u.title, e.title, true, "catalogue_vs_upload", u.id, "")
			case u.core == e.core && sharesName(u.title, e.title):
				add(uploadSide(u), entrySide(e), u.title, e.title, false, "catalogue_vs_other_version", u.id, "")
			case u.core == e.core:
				add(uploadSide(u), entrySide(e), u.title, e.title, false, "catalogue_same_title_other_artist", u.id, "")
			case others < 2 && sharesName(u.title, e.title) && otherSong(u.title, e.title) &&
				splitfile.Of(u.core) == splitfile.Of(e.core):
				others++
				add(uploadSide(u), entrySide(e), u.title, e.title, false, "catalogue_same_artist_other_song", u.id, "")
			}
		}
	}
	for i, u := range us {
		others := 0
		for _, v := range us[i+1:] {
			if u.raw == v.raw {
				continue // two identical titles test nothing
			}
			d := u.seconds - v.seconds
			switch {
			case u.core == v.core && sharesName(u.title, v.title) && u.version == v.version:
				if -sameSeconds <= d && d <= sameSeconds {
					add(uploadSide(u), uploadSide(v), u.title, v.title, true, "same_recording", u.id, v.id)
				}
			case u.core == v.core && sharesName(u.title, v.title):
				add(uploadSide(u), uploadSide(v), u.title, v.title, false, "other_version", u.id, v.id)
			case u.core == v.core:
				add(uploadSide(u), uploadSide(v), u.title, v.title, false, "same_title_other_artist", u.id, v.id)
			case others < 2 && sharesName(u.title, v.title) && otherSong(u.title, v.title) &&
				splitfile.Of(u.core) == splitfile.Of(v.core):
				others++
				add(uploadSide(u), uploadSide(v), u.title, v.title, false, "same_artist_other_song", u.id, v.id)
			}
		}
	}
	return pairs
}
