// Command gen converts an excerpt of the Billboard Hot 100 entries of the
// billboard-melon-era data set, each with the YouTube upload a search chose
// for it, into the pairs of testdata/pairs/billboard:
//
//	go run ./testdata/pairs/billboard/gen
//
// Each row of the excerpt (source/excerpt.csv, see the README beside it) is a
// chart entry (song and artist as Billboard writes them) and the upload found
// for it: its title and its channel, both lower-cased by the data set, and
// its URL. The search's choice is not always the recording, so every label
// below is read from the strings, by rules fixed before any matcher ran on
// the data, and a row they cannot read is left out.
package main

import (
	"flag"
	"log"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
)

// source names the data set in every line written.
const source = "billboard-melon-era-hot100"

// Columns of the excerpt, as its header names them.
var columns = []string{"Date", "Song", "Artist", "query_idx", "official", "topic", "channel_artist_same", "keywords",
	"video_title", "video_channel", "video_url"}

const (
	colSong    = 1
	colArtist  = 2
	colTitle   = 8
	colChannel = 9
	colURL     = 10
)

// entry is what the converter reads of a row of the excerpt.
type entry struct {
	song, artist   string // the chart entry as Billboard writes it
	core           string // the song without its bracketed notes, folded
	names          []string
	title, channel string // the upload, as the data set writes it
	id             string
	kind           int // what the upload holds against the entry (see classify)
}

// pairJSON is a pair line with the YouTube id of its upload.
type pairJSON struct {
	splitfile.Pair
	VideoA string `json:"video_a"`
	VideoB string `json:"video_b,omitempty"`
}

func main() {
	in := flag.String("src", "testdata/pairs/billboard/source/excerpt.csv", "the excerpt")
	out := flag.String("out", "testdata/pairs/billboard", "output folder of the pairs")
	flag.Parse()

	recs, err := splitfile.ReadCSV(*in, columns)
	if err != nil {
		log.Fatal(err)
	}
	var es []entry
	for _, rec := range recs {
		if e, ok := readEntry(rec); ok {
			es = append(es, e)
		}
	}
	read := map[int]int{}
	for _, e := range es {
		read[e.kind]++
	}
	pairs := makePairs(es)
	pd, pt, perSplit, kinds, err := splitfile.WritePairs(*out, pairs, func(p pairJSON) splitfile.Pair { return p.Pair })
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("%d rows, %d read (%d the recording, %d another recording, %d about it, %d unread); "+
		"dev: %d pairs, test: %d pairs; titles %v; by split and kind %v", len(recs), len(es), read[uploadSame],
		read[uploadVersion], read[uploadAbout], read[uploadUnknown], pd, pt, perSplit, kinds)
}

var (
	bracket = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]`)
	// nameSep cuts a Billboard artist field into its names.
	nameSep = regexp.MustCompile(`(?i)\s+(featuring|feat\.?|ft\.?|with|and|x|presents|vs\.?)\s+|\s*[&,/+:]\s*`)
	year    = regexp.MustCompile(`\b(19|20)\d\d\b`)
	// entryNotes, in a bracket of a chart entry, name a version of the
	// song besides versionWords: `(Taylor's Version)`, `(Radio Edit)`.
	entryNotes = regexp.MustCompile(`\b(version|ver|edit)\b`)
)

// readEntry reads one row; ok is false when the row cannot be used: a chart
// entry of two songs (`Bad Boy/Having A Party`), or one whose brackets name
// a version or a year (`(Taylor's Version)`, `(2007)`: another recording
// than the song's first).
func readEntry(rec []string) (entry, bool) {
	song, artist := rec[colSong], rec[colArtist]
	if strings.Contains(song, "/") {
		return entry{}, false
	}
	for _, b := range bracket.FindAllString(song, -1) {
		if versionWords.MatchString(fold(b)) || entryNotes.MatchString(fold(b)) || year.MatchString(b) {
			return entry{}, false
		}
	}
	core := fold(bracket.ReplaceAllString(song, " "))
	_, id, ok := strings.Cut(rec[colURL], "v=")
	if core == "" || !ok || id == "" || strings.TrimSpace(rec[colTitle]) == "" {
		return entry{}, false
	}
	e := entry{song: song, artist: artist, core: core, names: artistNames(artist),
		title: rec[colTitle], channel: strings.TrimSpace(rec[colChannel]), id: id}
	e.kind = classify(e)
	return e, true
}

// fold lower-cases s, strips Latin accents (`pérez` is `perez`) and writes
// every run of other characters than letters and digits as one space.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return splitfile.Fold(out)
}

// artistNames gives the folded names a Billboard artist field holds: the
// whole field and each of its credits (`Jennifer Lopez Featuring Big Pun &
// Fat Joe`), without a leading "the" (`The Crickets`, `crickets`) and
// without the band of a leader (`Perez Prado And His Orchestra` names no
// `his orchestra`, which other leaders' bands share).
func artistNames(artist string) []string {
	seen := map[string]bool{}
	var names []string
	for _, n := range append([]string{artist}, nameSep.Split(artist, -1)...) {
		n = strings.TrimPrefix(fold(n), "the ")
		if n != "" && !seen[n] && !strings.HasPrefix(n, "his ") && !strings.HasPrefix(n, "her ") {
			seen[n] = true
			names = append(names, n)
		}
	}
	return names
}

// hasWords says whether the words of sub stand in s as whole words.
func hasWords(s, sub string) bool {
	return sub != "" && strings.Contains(" "+s+" ", " "+sub+" ")
}

// dropWords takes every whole-word occurrence of sub out of s.
func dropWords(s, sub string) string {
	if sub == "" {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(" "+s+" ", " "+sub+" ", "  ")), " ")
}

// channelName is the channel without what marks its kind: ` - topic`, and
// a `vevo` glued to the name (`joevevo`).
func channelName(ch string) string {
	c := fold(strings.TrimSuffix(ch, " - topic"))
	return strings.TrimSuffix(strings.ReplaceAll(c, " ", ""), "vevo")
}

// namesArtist says whether the upload names one of the entry's names: as
// words of its title or its channel, or as the start of a channel written
// as one word (`eminemmusic`, `lfovideos`).
func namesArtist(e entry) bool {
	t, ch, glued := fold(e.title), fold(strings.TrimSuffix(e.channel, " - topic")), channelName(e.channel)
	for _, n := range e.names {
		if hasWords(t, n) || hasWords(ch, n) {
			return true
		}
		if sq := strings.ReplaceAll(n, " ", ""); len(sq) >= 3 && strings.HasPrefix(glued, sq) {
			return true
		}
	}
	return false
}

var (
	// plainWords describe the upload, not the recording: what kind of
	// file or video it is, a credit word, a remaster.
	plainWords = map[string]bool{"official": true, "audio": true, "video": true, "music": true, "lyric": true,
		"lyrics": true, "visualizer": true, "visualiser": true, "hd": true, "hq": true, "explicit": true,
		"clean": true, "remastered": true, "remaster": true, "ft": true, "feat": true, "featuring": true,
		"with": true, "and": true, "by": true}
	// versionWords name another recording than the chart single: a live
	// take or a broadcast session, a remix, a longer or stripped-down
	// version, a re-recording, a cover, a karaoke or instrumental track.
	versionWords = regexp.MustCompile(`\b(live|concert|session|sessions|remix|rmx|mix|extended|acoustic|stripped|unplugged|re recorded|rerecorded|remake|cover|karaoke|instrumental|demo|medley|reprise|vevo lift|a cappella|acapella|orchestral|slowed|sped up|nightcore|freestyle)\b`)
	// aboutWords name a video about the song, not the song.
	aboutWords = regexp.MustCompile(`\b(behind the scenes|behind the song|making of|interview|teaser|trailer)\b`)
)

// What an upload holds against its chart entry.
const (
	uploadUnknown = iota // the rules cannot say
	uploadSame           // the entry's recording
	uploadVersion        // another recording of the entry's song by its artist
	uploadAbout          // a video about the entry's song
)

// classify reads an upload against its chart entry. The title must hold
// the song's words and the upload must name the entry's artist; what the
// title holds besides the song and the artist's names then decides: nothing
// but words that describe the upload (`(official audio)`, `ft.`, a
// remaster) is the recording, a version word another recording, a word of
// a video about the song that video; anything else (an alternative title, a
// year, a television show, a radio edit, another credit) is left out.
func classify(e entry) int {
	t := fold(e.title)
	if !hasWords(t, e.core) || !namesArtist(e) {
		return uploadUnknown
	}
	rest := dropWords(t, e.core)
	for _, n := range e.names {
		rest = dropWords(rest, n)
	}
	switch {
	case aboutWords.MatchString(rest):
		return uploadAbout
	case versionWords.MatchString(rest):
		return uploadVersion
	}
	remaster := false
	for _, w := range strings.Fields(rest) {
		remaster = remaster || strings.HasPrefix(w, "remaster")
	}
	for _, w := range strings.Fields(rest) {
		if !plainWords[w] && !(remaster && year.MatchString(w)) {
			return uploadUnknown
		}
	}
	return uploadSame
}

// upload is side a of a pair: the upload's title and channel.
func upload(e entry) splitfile.Side {
	return splitfile.Side{Title: e.title, Channel: e.channel}
}

// catalogue is side b of a pair: the chart entry as Billboard names it.
func catalogue(e entry) splitfile.Side {
	return splitfile.Side{Title: e.song, Artist: e.artist}
}

// sharesLongWord says whether two cores share a word of four letters or
// more.
func sharesLongWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if len([]rune(w)) >= 4 && hasWords(b, w) {
			return true
		}
	}
	return false
}

// sharesName says whether two entries share a name.
func sharesName(a, b entry) bool {
	return splitfile.SharesName(a.names, b.names)
}

// makePairs labels uploads against chart entries and one another. The song
// key of a pair, which puts it in dev or test, is the folded core of side
// a's entry, so that every entry of one title, whoever performs it, falls in
// one split.
//
//   - catalogue_vs_upload, same: an upload against its entry, when the
//     rules read it as the entry's recording (see classify);
//   - upload_other_recording_vs_catalogue, different: an upload read as
//     another recording of its entry's song, against the entry;
//   - upload_about_song_vs_catalogue, different: a video about the song
//     against the entry;
//   - catalogue_same_title_other_artist, different: an upload read as its
//     entry's recording against every other entry of the same core that
//     shares no name with its own (another performer's recording of the
//     title, charted on its own);
//   - same_title_other_artist, different: two uploads read as their
//     entries' recordings, of entries of the same core that share no name;
//   - catalogue_other_song_shared_word, different: an upload read as its
//     entry's recording against the first other entry (in the excerpt's
//     order) that shares no name with its entry, whose core shares a word
//     of four letters or more with its own but neither core holds the other
//     nor does its title, and that falls in the same split;
//   - catalogue_same_artist_other_song, different: an upload read as its
//     entry's recording against the first two other entries (in the
//     excerpt's order) that share a name with its entry, whose cores
//     neither holds the other, that its title does not hold and that fall
//     in the same split.
func makePairs(es []entry) []pairJSON {
	var pairs []pairJSON
	seen := map[[4]string]bool{}
	add := func(a splitfile.Side, up entry, b splitfile.Side, other entry, same bool, kind, videoB string) {
		k := [4]string{a.Title, a.Channel, b.Title, b.Artist + b.Channel}
		r := [4]string{b.Title, b.Channel, a.Title, a.Artist + a.Channel}
		if seen[k] || seen[r] || (a.Title == b.Title && a.Channel == b.Channel) {
			return
		}
		seen[k] = true
		p := pairJSON{Pair: splitfile.Pair{A: a, B: b, Same: same, Kind: kind, Song: up.core, Src: source},
			VideoA: up.id, VideoB: videoB}
		if other.core != up.core {
			p.SongB = other.core
		}
		pairs = append(pairs, p)
	}
	var sames []entry
	for _, e := range es {
		switch e.kind {
		case uploadSame:
			add(upload(e), e, catalogue(e), e, true, "catalogue_vs_upload", "")
			sames = append(sames, e)
		case uploadVersion:
			add(upload(e), e, catalogue(e), e, false, "upload_other_recording_vs_catalogue", "")
		case uploadAbout:
			add(upload(e), e, catalogue(e), e, false, "upload_about_song_vs_catalogue", "")
		}
	}
	for i, up := range sames {
		for _, other := range es {
			if other.core == up.core && !sharesName(up, other) {
				add(upload(up), up, catalogue(other), other, false, "catalogue_same_title_other_artist", "")
			}
		}
		for _, other := range sames[i+1:] {
			if other.core == up.core && !sharesName(up, other) && other.id != up.id {
				add(upload(up), up, upload(other), other, false, "same_title_other_artist", other.id)
			}
		}
		for _, other := range es {
			if other.core == up.core || sharesName(up, other) || !sharesLongWord(up.core, other.core) ||
				strings.Contains(other.core, up.core) || strings.Contains(up.core, other.core) ||
				hasWords(fold(up.title), other.core) || splitfile.Of(other.core) != splitfile.Of(up.core) {
				continue
			}
			add(upload(up), up, catalogue(other), other, false, "catalogue_other_song_shared_word", "")
			break
		}
		made := 0
		for _, other := range es {
			if made == 2 {
				break
			}
			if other.core == up.core || !sharesName(up, other) || strings.Contains(other.core, up.core) ||
				strings.Contains(up.core, other.core) || hasWords(fold(up.title), other.core) ||
				splitfile.Of(other.core) != splitfile.Of(up.core) {
				continue
			}
			add(upload(up), up, catalogue(other), other, false, "catalogue_same_artist_other_song", "")
			made++
		}
	}
	return pairs
}
