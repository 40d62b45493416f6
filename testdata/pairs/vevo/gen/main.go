// Command gen converts an excerpt of the titles of VEVO's YouTube uploads
// into the pairs of testdata/pairs/vevo:
//
//	go run ./testdata/pairs/vevo/gen
//
// Each line of the excerpt (source/excerpt.txt, see the README beside it) is
// one upload of a VEVO channel: a running number, the video id and the
// title. Nothing says which song or recording an upload holds, so every
// label below is read from the titles alone, by rules fixed before any
// matcher ran on the data, and a title whose notes the rules do not know is
// left out.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"strings"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
)

// source names the data set in every line written.
const source = "vevo-networked-popularity"

// What a title's notes say its upload holds.
const (
	plainNote   = iota // the recording itself: audio, video, lyric video, explicit or clean
	versionNote        // another recording of the song: live, session, acoustic, remix, edit, ...
	aboutNote          // a video about the song, not the song: behind the scenes, interview, teaser, ...
	unknownNote        // a note the rules do not know (`Video Version`, `Part 2`, `247HH Exclusive`)
)

// upload is what the converter reads of a line of the excerpt.
type upload struct {
	id, title string
	artist    string // folded artist, the part before the first " - "
	core      string // folded track: without notes in brackets, credits and a trailing " - " note
	key       string // artist|core: the song key of the split
	note      int    // the strongest of its notes: about, then version, then plain
	credited  bool   // the title credits a featured artist
}

// pairJSON is a pair line with the YouTube ids of its two uploads.
type pairJSON struct {
	splitfile.Pair
	VideoA string `json:"video_a"`
	VideoB string `json:"video_b"`
}

func main() {
	in := flag.String("src", "testdata/pairs/vevo/source/excerpt.txt", "the excerpt")
	out := flag.String("out", "testdata/pairs/vevo", "output folder of the pairs")
	flag.Parse()

	ups, err := readUploads(*in)
	if err != nil {
		log.Fatal(err)
	}
	pairs := makePairs(ups)
	pd, pt, err := splitfile.WriteSplits(*out, pairs, func(p pairJSON) string { return p.Song },
		func(p pairJSON) pairJSON { return p })
	if err != nil {
		log.Fatal(err)
	}
	perSplit, kinds := splitfile.Tally(pairs, func(p pairJSON) splitfile.Pair { return p.Pair })
	log.Printf("%d uploads read; dev: %d pairs, test: %d pairs; songs %v; by split and kind %v",
		len(ups), pd, pt, perSplit, kinds)
}

// readUploads reads the lines "number,video id,title" of the excerpt and
// keeps the uploads whose title is "Artist - Track ..." with notes the rules
// know.
func readUploads(path string) ([]upload, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open excerpt: %w", err)
	}
	defer f.Close()
	var ups []upload
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.SplitN(sc.Text(), ",", 3)
		if len(fields) != 3 || len(fields[1]) != 11 {
			return nil, fmt.Errorf("%s:%d: not a line number,video id,title", path, n)
		}
		if u, ok := readTitle(fields[1], fields[2]); ok {
			ups = append(ups, u)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return ups, nil
}

var (
	// credit is a featured-artist credit, VEVO's " ft. X" after the track
	// and its notes, or a bracketed one.
	credit        = regexp.MustCompile(`(?i)\s+(ft\.?|feat\.?|featuring)\s+[^()\[\]]*`)
	bracketCredit = regexp.MustCompile(`(?i)[(\[]\s*(ft\.?|feat\.?|featuring)\s[^()\[\]]*[)\]]`)
	bracket       = regexp.MustCompile(`\(([^()]*)\)|\[([^\[\]]*)\]`)
	nonWord       = regexp.MustCompile(`[^a-z0-9]+`)
)

// readTitle cuts a title "Artist - Track (note) [note] - note ft. X" into
// its artist, its track's core and its notes.
func readTitle(id, title string) (upload, bool) {
	artist, rest, ok := strings.Cut(title, " - ")
	if !ok {
		return upload{}, false
	}
	credited := credit.MatchString(artist) || credit.MatchString(rest) || bracketCredit.MatchString(rest)
	artist = credit.ReplaceAllString(artist, "")
	rest = bracketCredit.ReplaceAllString(rest, "")
	rest = credit.ReplaceAllString(rest, "")
	var notes []string
	// Innermost brackets first: `(Radio Edit (Audio))` gives `Audio`,
	// then `Radio Edit`.
	for bracket.MatchString(rest) {
		for _, m := range bracket.FindAllStringSubmatch(rest, -1) {
			notes = append(notes, m[1]+m[2])
		}
		rest = bracket.ReplaceAllString(rest, " ")
	}
	if strings.ContainsAny(rest, "()[]{}") {
		return upload{}, false // an unclosed bracket: where the note ends is unknown
	}
	if i := strings.LastIndex(rest, " - "); i >= 0 {
		notes = append(notes, rest[i+3:])
		rest = rest[:i]
	}
	u := upload{id: id, title: title, artist: fold(artist), core: fold(rest), note: plainNote, credited: credited}
	if u.artist == "" || u.core == "" {
		return upload{}, false
	}
	for _, n := range notes {
		c := classify(n)
		if c == unknownNote {
			return upload{}, false
		}
		// about outranks version, which outranks plain.
		if c == aboutNote || (c == versionNote && u.note == plainNote) {
			u.note = c
		}
	}
	u.key = u.artist + "|" + u.core
	return u, true
}

// fold lower-cases s and turns every run of other characters than letters
// and digits into one space.
func fold(s string) string {
	return strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(s), " "))
}

// plainNotes are the notes, folded, of uploads that hold the recording
// itself: the audio, its music video, its lyric video, its explicit or
// clean cut.
var plainNotes = map[string]bool{}

func init() {
	for _, n := range []string{
		"audio", "official audio", "audio only", "official audio only", "audio explicit", "explicit audio",
		"video", "official video", "music video", "official music video", "official hd video",
		"lyric", "lyrics", "lyric video", "lyrics video", "official lyric video", "official lyrics video",
		"pseudo video", "official pseudo video", "visualizer", "official visualizer", "official visualiser",
		"explicit", "clean", "explicit version", "clean version", "official", "hd", "hq",
	} {
		plainNotes[n] = true
	}
}

var (
	// aboutWords name a video about the song: it is not the song.
	aboutWords = regexp.MustCompile(`\b(behind the scenes|making of|interview|teaser|trailer|track by track|documentary|epk|vlog|webisode|commentary|unboxing|tour stories|tour exposed|about the song|album launch|episode|heart of the song|q a)\b`)
	// unsureWords make a note unknown whatever else it says: an
	// `Original Mix` may be the single or a longer cut.
	unsureWords = regexp.MustCompile(`\b(original|with intro)\b`)
	// versionWords name another recording of the song.
	versionWords = regexp.MustCompile(`\b(live|sessions?|vevo lift|vevo presents|honda stage|letterman|snl|tonight show|late show|late night|kimmel|acoustic|stripped|unplugged|remix|rmx|mix|edit|instrumental|extended|cover|performance|1 mic 1 take|demo|rehearsal|karaoke|reprise|a ?cappella|orchestral|concert|piano version|acoustic version|country version|spanish version|french version)\b`)
)

// classify says what a note (the text of a bracket, or a trailing " - "
// part) says of its upload.
func classify(note string) int {
	n := fold(note)
	switch {
	case plainNotes[n]:
		return plainNote
	case unsureWords.MatchString(n):
		return unknownNote
	case aboutWords.MatchString(n):
		return aboutNote
	case versionWords.MatchString(n):
		return versionNote
	}
	// Among the rest: `UK Version` and `Video Version` (the same audio
	// under another video, or not), `Remastered`, `Part 2`.
	return unknownNote
}

// makePairs labels pairs of uploads of one artist:
//
//   - same_recording, same: two plain uploads of one song whose titles
//     differ (an audio upload and the music video, the lyric video, the
//     explicit and the clean cut), unless only one of them credits a
//     featured artist (`Maroon 5 - Wait` against `Maroon 5 - Wait (Audio)
//     ft. A Boogie Wit da Hoodie`, a remix);
//   - other_recording, different: the first plain upload of a song against
//     each upload of it whose notes name another recording;
//   - not_the_song, different: the first plain upload of a song against each
//     upload about it (behind the scenes, interview, teaser);
//   - same_artist_other_song, different: the first plain upload of a song
//     that has one of the pairs above against that of the next two songs of
//     the artist whose cores neither holds the other and that fall in the
//     same split.
func makePairs(ups []upload) []pairJSON {
	var keys []string // songs in the order first seen
	bySong := map[string][]upload{}
	for _, u := range ups {
		if _, ok := bySong[u.key]; !ok {
			keys = append(keys, u.key)
		}
		bySong[u.key] = append(bySong[u.key], u)
	}
	var pairs []pairJSON
	seen := map[[2]string]bool{} // title pairs made: two uploads can share a title
	add := func(a, b upload, same bool, kind string) {
		if seen[[2]string{a.title, b.title}] {
			return
		}
		seen[[2]string{a.title, b.title}] = true
		p := pairJSON{Pair: splitfile.Pair{A: splitfile.Side{Title: a.title}, B: splitfile.Side{Title: b.title},
			Same: same, Kind: kind, Song: a.key, Src: source}, VideoA: a.id, VideoB: b.id}
		if b.key != a.key {
			p.SongB = b.key
		}
		pairs = append(pairs, p)
	}
	firstPlain := map[string]upload{}
	var artists []string
	songsOf := map[string][]string{}
	for _, k := range keys {
		var plain []upload
		for _, u := range bySong[k] {
			if u.note == plainNote {
				plain = append(plain, u)
			}
		}
		if len(plain) == 0 {
			continue
		}
		first := plain[0]
		firstPlain[k] = first
		if _, ok := songsOf[first.artist]; !ok {
			artists = append(artists, first.artist)
		}
		songsOf[first.artist] = append(songsOf[first.artist], k)
		for i := range plain {
			for j := i + 1; j < len(plain); j++ {
				if plain[i].title != plain[j].title && plain[i].credited == plain[j].credited {
					add(plain[i], plain[j], true, "same_recording")
				}
			}
		}
		for _, u := range bySong[k] {
			switch u.note {
			case versionNote:
				add(first, u, false, "other_recording")
			case aboutNote:
				add(first, u, false, "not_the_song")
			}
		}
	}
	paired := map[string]bool{} // songs with a pair of two of their uploads
	for _, p := range pairs {
		paired[p.Song] = true
	}
	for _, ar := range artists {
		songs := songsOf[ar]
		for i, k := range songs {
			if !paired[k] {
				continue
			}
			made := 0
			for _, k2 := range songs[i+1:] {
				if made == 2 {
					break
				}
				a, b := firstPlain[k], firstPlain[k2]
				if holds(a.core, b.core) || holds(b.core, a.core) || splitfile.Of(k) != splitfile.Of(k2) {
					continue
				}
				add(a, b, false, "same_artist_other_song")
				made++
			}
		}
	}
	return pairs
}

// holds says whether the folded words of sub are words of s in a row.
func holds(s, sub string) bool {
	return strings.Contains(" "+s+" ", " "+sub+" ")
}
