// Command gen converts an excerpt of the Kaggle data set "Spotify and
// Youtube" into the pairs of testdata/pairs/spotifyyt and the title suite of
// testdata/titles/spotifyyt:
//
//	go run ./testdata/pairs/spotifyyt/gen
//
// Each row of the excerpt (source/excerpt.csv, see the README beside it) is
// one Spotify track, its artist as Spotify writes it (the artist whose ten
// most streamed tracks the row is one of), its album, and the YouTube video
// that a search for the track found, with the video's title and channel. The video is not
// always the track: a search can find a live take, a remix, a cover or
// another song. Every label below is therefore taken only where the title
// itself says what it is, by rules fixed before any matcher ran on the data.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
	"golang.org/x/text/unicode/norm"
)

// source names the data set in every line written.
const source = "kaggle-spotify-youtube"

// row is one line of the excerpt.
type row struct {
	offset, artist, track, album, title, channel string
}

// song is what the converter reads of a row's Spotify track.
type song struct {
	row
	core  string   // the track without Spotify's version suffix, credits and version brackets
	tags  []string // what was cut off as a version or remaster note
	key   string   // artist|core, folded: the song key of the split
	plain bool     // every tag is a remaster or a soundtrack note, and the album is no live or unplugged one
	// damaged: the copy lost characters of the title or the track (see damaged)
	damaged bool
}

type (
	sideJSON = splitfile.Side
	pairJSON = splitfile.Pair
)

type titleJSON struct {
	Title   string   `json:"title"`
	Channel string   `json:"channel"`
	Artists []string `json:"artists"`
	Track   string   `json:"track"`
	Src     string   `json:"source"`
}

// suiteTitle is a line of the title suite and the key of its song.
type suiteTitle struct {
	titleJSON
	key string
}

func main() {
	in := flag.String("src", "testdata/pairs/spotifyyt/source/excerpt.csv", "the excerpt")
	pairsOut := flag.String("pairs", "testdata/pairs/spotifyyt", "output folder of the pairs")
	titlesOut := flag.String("titles", "testdata/titles/spotifyyt", "output folder of the title suite")
	flag.Parse()

	rows, err := readRows(*in)
	if err != nil {
		log.Fatal(err)
	}
	songs := make([]song, len(rows))
	for i, r := range rows {
		songs[i] = readSong(r)
	}
	pairs := makePairs(songs)
	titles := makeTitles(songs)
	pd, pt, err := splitfile.WriteSplits(*pairsOut, pairs, func(p pairJSON) string { return p.Song },
		func(p pairJSON) pairJSON { return p })
	if err != nil {
		log.Fatal(err)
	}
	td, tt, err := splitfile.WriteSplits(*titlesOut, titles, func(t suiteTitle) string { return t.key },
		func(t suiteTitle) titleJSON { return t.titleJSON })
	if err != nil {
		log.Fatal(err)
	}
	kinds := map[string]int{}
	for _, p := range pairs {
		kinds[splitfile.Of(p.Song)+" "+p.Kind]++
	}
	log.Printf("dev: %d pairs, %d titles; test: %d pairs, %d titles; by split and kind %v", pd, td, pt, tt, kinds)
}

func readRows(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open excerpt: %w", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var rows []row
	for _, rec := range recs[1:] {
		rows = append(rows, row{offset: rec[0], artist: rec[1], track: rec[2], album: rec[3], title: rec[4], channel: rec[5]})
	}
	return rows, nil
}

// fold lower-cases s, strips accents and writes its quotes and dashes one way.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case strings.ContainsRune("’‘`´", r):
			b.WriteRune('\'')
		case strings.ContainsRune("“”", r):
			b.WriteRune('"')
		case strings.ContainsRune("–—", r):
			b.WriteRune('-')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// tokens splits s, folded, into words and the marks that end a track in a
// title: brackets, "|" and a dash standing alone. Apostrophes, dots and
// hyphens inside a word join it ("can't" is "cant", "e-40" is "e40"); other
// punctuation separates.
func tokens(s string) []string {
	rs := []rune(fold(s))
	var out []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			out = append(out, w.String())
			w.Reset()
		}
	}
	inWord := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]))
	}
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(r)
		case strings.ContainsRune("'.-", r) && inWord(i-1) && inWord(i+1):
		case strings.ContainsRune("()[]|-", r):
			flush()
			out = append(out, string(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

// words are the tokens of s that are words.
func words(s string) []string {
	return slices.DeleteFunc(tokens(s), func(t string) bool { return !isWord(t) })
}

func isWord(t string) bool {
	r := []rune(t)
	return unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])
}

// squeeze is s folded with everything but letters and digits removed: the
// way VEVO and other channels write a name ("laquintaestacionVEVO").
func squeeze(s string) string {
	return strings.Join(words(s), "")
}

// versionWords name a recording other than the studio one, an edit of it,
// or a performance on a stage or a television show.
var versionWords = set("live", "vivo", "directo", "remix", "mix", "mixx", "rmx", "acoustic", "acustica", "acustico",
	"unplugged", "instrumental", "karaoke", "slowed", "slow", "sped", "speed", "nightcore", "reverb", "8d",
	"demo", "extended", "stripped", "orchestral", "cover", "concert", "session", "sessions", "performance",
	"performs", "version", "versions", "edit", "remake", "mashup", "medley", "challenge", "muffled", "spontaneous",
	"take", "show", "tv", "tve")

// otherRecording are the version words that make an upload another recording
// than a studio track whatever else it says: a live take, a remix, an
// acoustic or stripped take, a slowed or sped-up edit.
var otherRecording = set("live", "vivo", "directo", "remix", "acoustic", "acustica", "acustico", "unplugged",
	"instrumental", "karaoke", "slowed", "sped", "nightcore", "reverb", "concert")

// creditWords open a bracket that credits other artists.
var creditWords = set("feat", "ft", "featuring", "with", "con", "duet")

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// readSong cuts a Spotify track name into its core and its notes: a suffix
// after " - " ("- Remastered 2012", "- Live", "- Radio Edit", `- From
// "Gladiator" Soundtrack`) is a note, and so are trailing brackets that name
// a version or a remaster; trailing brackets that credit artists ("(feat.
// X)", "(with X)", "(con X)", "(Duet with X)") are dropped.
func readSong(r row) song {
	s := song{row: r, damaged: damaged(r.title) || damaged(r.track)}
	t := strings.TrimSpace(r.track)
	if i := strings.Index(t, " - "); i > 0 {
		s.tags = append(s.tags, t[i+3:])
		t = strings.TrimSpace(t[:i])
	}
	for {
		last := len(t) - 1
		if last < 0 || (t[last] != ')' && t[last] != ']') {
			break
		}
		open := strings.LastIndexAny(t, "([")
		if open <= 0 {
			break
		}
		inner := t[open+1 : last]
		ws := words(inner)
		if len(ws) > 0 && creditWords[ws[0]] {
			t = strings.TrimSpace(t[:open])
			continue
		}
		if hasAny(ws, versionWords) || hasRemaster(ws) {
			s.tags = append(s.tags, inner)
			t = strings.TrimSpace(t[:open])
			continue
		}
		break
	}
	s.core = t
	s.key = fold(r.artist) + "|" + fold(t)
	s.plain = !liveAlbum(r.album)
	for _, tag := range s.tags {
		ws := words(tag)
		if !hasRemaster(ws) && (len(ws) == 0 || ws[0] != "from") {
			s.plain = false
		}
	}
	return s
}

// damaged reports whether the copy read lost characters of s: it writes
// "?" for every character it could not keep (Hangul, emoji, a combining
// accent: "Red Velvet ???? 'Psycho' MV", "E?videmment"), and a spreadsheet
// error value stands for some track names ("#NAME?"). A question mark that
// ends a word and stands alone ("What Am I To You?") is no damage.
func damaged(s string) bool {
	if strings.Contains(s, "??") || strings.Contains(s, "#NAME?") {
		return true
	}
	rs := []rune(s)
	for i, r := range rs {
		if r == '?' && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			return true
		}
	}
	return false
}

// liveAlbum reports whether an album name says its tracks were recorded on
// a stage or unplugged ("La Ley MTV Unplugged", "Victory (Live)", "XX Años
// (En Vivo)", "Acustico"), which Spotify's track names do not always repeat:
// "live" counts inside brackets, first or last, or before at/from/in/on, so
// that "Long Live Love" is no live album.
func liveAlbum(album string) bool {
	ts := tokens(album)
	ws := words(album)
	if hasAny(ws, set("unplugged", "vivo", "directo", "concert", "acoustic", "acustico")) {
		return true
	}
	if len(ws) > 0 && (ws[0] == "live" || ws[len(ws)-1] == "live") {
		return true
	}
	depth := 0
	for i, t := range ts {
		switch t {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		case "live":
			if depth > 0 || i+1 < len(ts) && set("at", "from", "in", "on")[ts[i+1]] {
				return true
			}
		}
	}
	return false
}

func hasAny(ws []string, in map[string]bool) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return in[w] })
}

func hasRemaster(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, "remaster") })
}

// index is where sub starts in ws, or -1.
func index(ws, sub []string) int {
	if len(sub) == 0 {
		return -1
	}
	for i := 0; i+len(sub) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// versionMarked reports whether an upload's title names a version: a word of
// in among its words, also with a number run into it ("Version1"), "cover"
// aside when it is the cover art ("[Cover Audio]").
func versionMarked(title string, in map[string]bool) bool {
	ws := words(title)
	for i, w := range ws {
		if !in[w] && !in[strings.TrimRightFunc(w, unicode.IsDigit)] {
			continue
		}
		if w == "cover" && i+1 < len(ws) && (ws[i+1] == "audio" || ws[i+1] == "art") {
			continue
		}
		return true
	}
	return false
}

// namesArtist reports whether an upload names s's artist: in its title, or
// in its channel as the channel writes names (squeezed, with "VEVO" or "-
// Topic" around it).
func namesArtist(s song) bool {
	if index(words(s.title), words(s.artist)) >= 0 {
		return true
	}
	a := squeeze(s.artist)
	return a != "" && strings.Contains(squeeze(s.channel), a)
}

// namesTrack reports whether an upload's title holds core's words in a row;
// a core of one word must open the title once the artist's words are taken
// out ("Jacquees - You", not "Dej Loaf & Jacquees - You Belong To Somebody
// Else").
func namesTrack(title, artist, core string) bool {
	ws, cs := words(title), words(core)
	if len(cs) != 1 {
		return index(ws, cs) >= 0
	}
	if as := words(artist); index(ws, as) >= 0 {
		at := index(ws, as)
		ws = slices.Concat(ws[:at], ws[at+len(as):])
	}
	return index(ws, cs) == 0
}

// makePairs labels pairs of an upload and a Spotify track (the catalogue
// side: the track's name as Spotify writes it and its artist):
//
//   - catalogue_vs_upload, same: the row's own upload, when its title holds
//     the track and names the artist (title or channel), when neither the
//     title nor the track names a version (the track's remaster and
//     soundtrack notes aside), and when no other row of the artist has the
//     same core track (a track on two albums can be a re-recording).
//   - catalogue_same_artist_other_song, different: that upload against the
//     other tracks of the artist in the excerpt (at most two, the next ones
//     in the file), whose core neither holds the other's nor is named by the
//     upload, and whose song falls in the same split.
//   - upload_other_recording_vs_catalogue, different: an upload whose title
//     names the artist and holds a track of the artist that is plain, and
//     that names a recording other than a studio one (live, en vivo, remix,
//     acoustic, unplugged, instrumental, karaoke, slowed, sped up, reverb,
//     nightcore, concert), against that track.
func makePairs(songs []song) []pairJSON {
	var out []pairJSON
	seen := map[[4]string]bool{}
	add := func(p pairJSON) {
		k := [4]string{p.A.Title, p.A.Channel, p.B.Title, p.B.Artist}
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, p)
	}
	byArtist := map[string][]int{}
	cores := map[string]int{}
	for i, s := range songs {
		if s.damaged {
			continue
		}
		byArtist[fold(s.artist)] = append(byArtist[fold(s.artist)], i)
		cores[s.key]++
	}
	upload := func(s song) sideJSON { return sideJSON{Title: s.title, Channel: s.channel} }
	catalogue := func(s song) sideJSON { return sideJSON{Title: s.track, Artist: s.artist} }
	for i, s := range songs {
		if s.damaged || !s.plain || cores[s.key] != 1 || !namesArtist(s) || !namesTrack(s.title, s.artist, s.core) ||
			versionMarked(s.title, versionWords) || hasAny(words(s.core), versionWords) {
			continue
		}
		add(pairJSON{A: upload(s), B: catalogue(s), Same: true, Kind: "catalogue_vs_upload", Song: s.key, Src: source})
		others := byArtist[fold(s.artist)]
		at := slices.Index(others, i)
		n := 0
		for k := 1; k < len(others) && n < 2; k++ {
			o := songs[others[(at+k)%len(others)]]
			oc, sc := words(o.core), words(s.core)
			if o.key == s.key || index(oc, sc) >= 0 || index(sc, oc) >= 0 || namesTrack(s.title, s.artist, o.core) ||
				splitfile.Of(o.key) != splitfile.Of(s.key) {
				continue
			}
			add(pairJSON{A: upload(s), B: catalogue(o), Same: false, Kind: "catalogue_same_artist_other_song",
				Song: s.key, SongB: o.key, Src: source})
			n++
		}
	}
	for _, u := range songs {
		if u.damaged || !versionMarked(u.title, otherRecording) || !namesArtist(u) {
			continue
		}
		for _, j := range byArtist[fold(u.artist)] {
			v := songs[j]
			if !v.plain || hasAny(words(v.core), versionWords) || !namesTrack(u.title, u.artist, v.core) {
				continue
			}
			add(pairJSON{A: upload(u), B: catalogue(v), Same: false, Kind: "upload_other_recording_vs_catalogue",
				Song: v.key, Src: source})
		}
	}
	return out
}

// makeTitles keeps the uploads whose title says in so many words which
// artist and track it is, and labels them with the Spotify artist and the
// core of the track:
//
//   - "Artist - Track ...", "Artist | Track ...", "Artist: Track ..." and
//     "Artist-Track ...", where Artist is the Spotify artist (or it followed
//     by a feat. credit) and the title goes on after Track with nothing, a
//     bracket, a separator or a feat. credit;
//   - "Track ... - Artist" (the artist alone after the dash, trailing
//     brackets aside);
//   - "Track ..." on the artist's own "Artist - Topic" channel.
//
// Tracks whose core still holds a version word ("Alors on Danse Slowed")
// are left out: Spotify's name is then no reading of the title. Each
// title and channel appears once.
func makeTitles(songs []song) []suiteTitle {
	var out []suiteTitle
	seen := map[[2]string]bool{}
	for _, s := range songs {
		if s.damaged || s.core == "" || hasAny(words(s.core), versionWords) || !readable(s) {
			continue
		}
		k := [2]string{s.title, s.channel}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, suiteTitle{titleJSON{Title: s.title, Channel: s.channel, Artists: []string{strings.ToLower(s.artist)},
			Track: strings.ToLower(s.core), Src: source}, s.key})
	}
	return out
}

// readable reports whether s's title writes its artist and track in one of
// the layouts makeTitles keeps.
func readable(s song) bool {
	title := fold(s.title)
	artist, core := tokens(s.artist), tokens(s.core)
	if fold(s.channel) == fold(s.artist)+" - topic" && startsTrack(tokens(title), core) {
		return true
	}
	for _, sep := range []string{" - ", " | ", ": ", "-"} {
		i := strings.Index(title, sep)
		if i <= 0 {
			continue
		}
		left, right := tokens(title[:i]), tokens(title[i+len(sep):])
		if isArtist(left, artist) && startsTrack(right, core) {
			return true
		}
		if startsTrack(left, core) && slices.Equal(dropBrackets(right), artist) {
			return true
		}
	}
	return false
}

// isArtist: the tokens are the artist's, or the artist's and a feat. credit.
func isArtist(ts, artist []string) bool {
	if len(ts) < len(artist) || !slices.Equal(ts[:len(artist)], artist) {
		return false
	}
	return len(ts) == len(artist) || ts[len(artist)] == "ft" || ts[len(artist)] == "feat" || ts[len(artist)] == "featuring"
}

// startsTrack: the tokens begin with the track's and go on with nothing, a
// bracket, a separator or a feat. credit.
func startsTrack(ts, core []string) bool {
	if len(core) == 0 || len(ts) < len(core) || !slices.Equal(ts[:len(core)], core) {
		return false
	}
	if len(ts) == len(core) {
		return true
	}
	switch ts[len(core)] {
	case "(", "[", "|", "-", "ft", "feat", "featuring":
		return true
	}
	return false
}

// dropBrackets removes trailing bracketed groups.
func dropBrackets(ts []string) []string {
	for len(ts) > 0 && (ts[len(ts)-1] == ")" || ts[len(ts)-1] == "]") {
		open := slices.IndexFunc(ts, func(t string) bool { return t == "(" || t == "[" })
		if open < 0 {
			break
		}
		ts = ts[:open]
	}
	return ts
}
