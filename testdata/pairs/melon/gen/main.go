// Command gen converts an excerpt of the Melon chart entries of the
// billboard-melon-era data set, each with the YouTube upload a search chose
// for it, into the pairs of testdata/pairs/melon:
//
//	go run ./testdata/pairs/melon/gen
//
// Each row of the excerpt (source/excerpt.csv, see the README beside it) is a
// Korean chart entry (song and artist as Melon writes them, mostly in Hangul)
// and the upload found for it: its title, its channel (a video) or its artist
// (a YouTube Music track), its id and its length. The search's choice is not
// always the recording, so every label below is read from the strings, by
// rules fixed before any matcher ran on the data, and a row they cannot
// read is left out.
package main

import (
	"flag"
	"log"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
)

// source names the data set in every line written.
const source = "billboard-melon-era"

// Columns of the excerpt, as its header names them.
var columns = []string{"country", "country_code", "iso2", "source", "Date", "Song", "Artist", "songID",
	"youtube_songID", "youtube_videoID", "youtube_video_type", "youtube_search_match_score", "youtube_title",
	"youtube_duration"}

const (
	colSong     = 5
	colArtist   = 6
	colSongID   = 8
	colVideoID  = 9
	colType     = 10
	colTitle    = 12
	colDuration = 13
)

// maxSeconds is the longest upload that can hold one song: a longer one is
// an album or a compilation (`펄시스터즈 스테레오 일대작 - 슬퍼도 떠나주마 /
// 비 (1976)`, 1,961 seconds).
const maxSeconds = 600

// entry is what the converter reads of a row of the excerpt.
type entry struct {
	song, artist string // the chart entry as Melon writes it
	core         string // the song without its bracketed notes, squeezed
	names        []string
	plain        bool   // no bracket of the chart entry names a version (`(Remix)`, `(House Version)`)
	key          string // folded artist|folded core: the song key of the split

	title, by string // the upload's title and its channel or artist
	video     bool   // the upload is a video (by is its channel), else a YouTube Music track (by is its artist)
	id        string
}

// pairJSON is a pair line with the YouTube id of its upload.
type pairJSON struct {
	splitfile.Pair
	VideoA string `json:"video_a"`
}

func main() {
	in := flag.String("src", "testdata/pairs/melon/source/excerpt.csv", "the excerpt")
	out := flag.String("out", "testdata/pairs/melon", "output folder of the pairs")
	flag.Parse()

	es, err := readEntries(*in)
	if err != nil {
		log.Fatal(err)
	}
	pairs := makePairs(es)
	pd, pt, err := splitfile.WriteSplits(*out, pairs, func(p pairJSON) string { return p.Song },
		func(p pairJSON) pairJSON { return p })
	if err != nil {
		log.Fatal(err)
	}
	perSplit, kinds := splitfile.Tally(pairs, func(p pairJSON) splitfile.Pair { return p.Pair })
	log.Printf("%d entries read; dev: %d pairs, test: %d pairs; songs %v; by split and kind %v",
		len(es), pd, pt, perSplit, kinds)
}

// readEntries reads the rows of the excerpt, leaving out those whose upload
// is longer than a song or whose fields do not parse.
func readEntries(path string) ([]entry, error) {
	recs, err := splitfile.ReadCSV(path, columns)
	if err != nil {
		return nil, err
	}
	var es []entry
	for _, rec := range recs {
		if e, ok := readEntry(rec); ok {
			es = append(es, e)
		}
	}
	return es, nil
}

// readEntry reads one row; ok is false when the row cannot be used.
func readEntry(rec []string) (entry, bool) {
	title, by, ok := strings.Cut(rec[colSongID], "₩")
	if !ok || title != rec[colTitle] || strings.Contains(rec[colSong], "₩") {
		return entry{}, false // the upload's fields disagree, or the song holds the separator
	}
	if d := rec[colDuration]; d != "" {
		secs, err := strconv.ParseFloat(d, 64)
		if err != nil || secs > maxSeconds {
			return entry{}, false
		}
	}
	core := squeeze(bracket.ReplaceAllString(rec[colSong], " "))
	if utf8.RuneCountInString(core) == 0 || strings.TrimSpace(by) == "" {
		return entry{}, false
	}
	return entry{
		song: rec[colSong], artist: rec[colArtist], core: core, names: artistNames(rec[colArtist]),
		plain: !versionMarked(strings.Join(bracket.FindAllString(rec[colSong], -1), " "), ""),
		key:   splitfile.Fold(rec[colArtist]) + "|" + splitfile.Fold(bracket.ReplaceAllString(rec[colSong], " ")),
		title: title, by: strings.TrimSpace(by), video: rec[colType] == "youtube video", id: rec[colVideoID],
	}, true
}

var (
	bracket = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]`)
	credit  = regexp.MustCompile(`(?i)^(feat|ft|with|duet)\b`)
)

// squeeze folds s and drops its spaces: Korean titles space their words as
// their writers please (`보고 싶다`, `보고싶다`).
func squeeze(s string) string {
	return strings.ReplaceAll(splitfile.Fold(s), " ", "")
}

// artistNames gives the squeezed names a Melon artist field holds: each
// credit of a list (`정태춘, 박은옥`), and of a credit written `Name (Other
// Name)` both names (`싸이 (Psy)`, `나몰라패밀리 (Namolla Family)`).
func artistNames(artist string) []string {
	var names []string
	for _, c := range strings.Split(artist, ",") {
		for _, m := range bracket.FindAllString(c, -1) {
			if n := squeeze(m); n != "" && !credit.MatchString(strings.Trim(m, "()[] ")) {
				names = append(names, n)
			}
		}
		if n := squeeze(bracket.ReplaceAllString(c, " ")); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// hangulOnly says whether every letter of s is Hangul.
func hangulOnly(s string) bool {
	seen := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Hangul, r) {
				return false
			}
			seen = true
		}
	}
	return seen
}

var (
	// versionWords name another recording than the chart entry's: a
	// broadcast (the chart shows and concerts of Korean television), a
	// live take, a remix, another version, a cover, an instrumental or
	// karaoke track. Latin words count as whole words; of the Hangul ones,
	// those that other words hold (`라이브` in `드라이브`, drive) count only
	// where no Hangul letter comes before them, the others anywhere, as
	// Korean writes them into compounds (`강변북로가요제`, `꼬마버젼`).
	versionWords = regexp.MustCompile(`(?i)\b(live|remix|rmx|mix|ver|version|cover|inst|instrumental|karaoke|acoustic|unplugged|concert|music core|music camp|show|stage|performance|remake|piano)\b|(^|\P{Hangul})(라이브|커버|무대|반주|편곡|피아노)|리믹스|버전|버젼|노래방|어쿠스틱|콘서트|가요톱|토요대행진|음악중심|인기가요|뮤직뱅크|가요대전|가요제|음악회|가요무대|복면가왕|리메이크`)
	// unsureWords, in a title or a channel, may or may not name another
	// recording: `기타` is a guitar (a guitar cover, a guitar teacher's
	// channel) or "other", an `Original Song` may be the entry or its
	// source.
	unsureWords = regexp.MustCompile(`(?i)\b(original)\b|기타`)
)

// versionMarked says whether s names a version (see versionWords), apart
// from words the song's own name holds (`Mr. A-Jo` names no MR track).
func versionMarked(s, song string) bool {
	own := map[string]bool{}
	for _, m := range versionWords.FindAllString(song, -1) {
		own[word(m)] = true
	}
	for _, m := range versionWords.FindAllString(s, -1) {
		if !own[word(m)] {
			return true
		}
	}
	return false
}

// word is a match of versionWords without the character matched before a
// Hangul word, lower-cased.
func word(m string) string {
	return strings.TrimLeftFunc(strings.ToLower(m), func(r rune) bool { return !unicode.Is(unicode.Hangul, r) && !unicode.IsLetter(r) })
}

// namesArtist says whether the upload's title or its channel or artist
// names the chart entry's artist: a name of two letters or more within the
// title or the channel, or any name equal to the channel.
func namesArtist(e entry) bool {
	t, by := squeeze(e.title), squeeze(e.by)
	for _, n := range e.names {
		if n == by {
			return true
		}
		if utf8.RuneCountInString(n) >= 2 && (strings.Contains(t, n) || strings.Contains(by, n)) {
			return true
		}
	}
	return false
}

// namesSong says whether the upload's title holds the entry's song: the
// squeezed core within the squeezed title; a core of one or two letters
// (`님`, `핑계`) must open what is left of the title once the artist's names
// are taken out (`김건모 - 핑계`, `김정호 - 님.wmv`).
func namesSong(e entry) bool {
	t := squeeze(e.title)
	if utf8.RuneCountInString(e.core) >= 3 {
		return strings.Contains(t, e.core)
	}
	for _, n := range e.names {
		if utf8.RuneCountInString(n) >= 2 {
			t = strings.ReplaceAll(t, n, "")
		}
	}
	return strings.HasPrefix(t, e.core)
}

// What the converter makes of a row's upload.
const (
	uploadUnknown = iota // the rules cannot say
	uploadSame           // the entry's recording
	uploadVersion        // another recording of the entry's song by its artist
	uploadOther          // the entry's song title under another performer
)

// classify says what a row's upload holds against its chart entry.
func classify(e entry) int {
	if !e.plain || unsureWords.MatchString(e.title) || unsureWords.MatchString(e.by) {
		return uploadUnknown
	}
	if namesSong(e) && namesArtist(e) {
		if versionMarked(e.title, e.song) || versionMarked(e.by, e.song) {
			return uploadVersion
		}
		return uploadSame
	}
	// A YouTube Music track whose title is the song's and whose artist, in
	// Hangul as the entry's, shares no letter with any of the entry's
	// names: another performer's recording (a cover, or another song of
	// that title).
	if !e.video && squeeze(e.title) == e.core && hangulOnly(e.by) && hangulOnly(e.artist) &&
		!versionMarked(e.title, e.song) && !sharesLetter(squeeze(e.by), e.names) {
		return uploadOther
	}
	return uploadUnknown
}

// sharesLetter says whether any letter of s is in one of names.
func sharesLetter(s string, names []string) bool {
	for _, n := range names {
		if strings.ContainsAny(n, s) {
			return true
		}
	}
	return false
}

// upload is side a of a pair: the upload's title and its channel (a video)
// or its artist (a YouTube Music track).
func upload(e entry) splitfile.Side {
	if e.video {
		return splitfile.Side{Title: e.title, Channel: e.by}
	}
	return splitfile.Side{Title: e.title, Artist: e.by}
}

// catalogue is side b of a pair: the chart entry as Melon names it.
func catalogue(e entry) splitfile.Side {
	return splitfile.Side{Title: e.song, Artist: e.artist}
}

// makePairs labels an upload against a chart entry:
//
//   - catalogue_vs_upload, same: the row's upload against its entry, when
//     the entry names no version, the upload's title holds the song, the
//     title or the channel names the artist and neither names a version,
//     unless the two sides are written alike letter for letter;
//   - upload_other_recording_vs_catalogue, different: the row's upload
//     against its entry, when the title holds the song and names the
//     artist, but the title or the channel names a broadcast, a live take,
//     a remix or another version;
//   - catalogue_vs_other_performer, different: a YouTube Music track whose
//     title is the entry's song and whose artist, written in Hangul as the
//     entry's, shares no letter with it;
//   - catalogue_same_artist_other_song, different: an upload of the first
//     kind against the first two plain entries of the same Melon artist in
//     the excerpt whose cores neither holds the other, that the upload's
//     title does not hold and that fall in the same split.
func makePairs(es []entry) []pairJSON {
	var pairs []pairJSON
	seen := map[[4]string]bool{}
	add := func(up, cat entry, same bool, kind string) {
		a, b := upload(up), catalogue(cat)
		k := [4]string{a.Title, a.Channel + a.Artist, b.Title, b.Artist}
		if seen[k] {
			return
		}
		seen[k] = true
		p := pairJSON{Pair: splitfile.Pair{A: a, B: b, Same: same, Kind: kind, Song: up.key, Src: source}, VideoA: up.id}
		if cat.key != up.key {
			p.SongB = cat.key
		}
		pairs = append(pairs, p)
	}
	var sames []entry
	for _, e := range es {
		switch classify(e) {
		case uploadSame:
			if e.title == e.song && e.by == e.artist {
				continue // written alike: the pair tests nothing
			}
			add(e, e, true, "catalogue_vs_upload")
			sames = append(sames, e)
		case uploadVersion:
			add(e, e, false, "upload_other_recording_vs_catalogue")
		case uploadOther:
			add(e, e, false, "catalogue_vs_other_performer")
		}
	}
	byArtist := map[string][]entry{}
	for _, e := range es {
		if e.plain {
			a := squeeze(e.artist)
			byArtist[a] = append(byArtist[a], e)
		}
	}
	for _, up := range sames {
		made := 0
		for _, cat := range byArtist[squeeze(up.artist)] {
			if made == 2 {
				break
			}
			if cat.key == up.key || strings.Contains(cat.core, up.core) || strings.Contains(up.core, cat.core) ||
				splitfile.Of(cat.key) != splitfile.Of(up.key) || strings.Contains(squeeze(up.title), cat.core) {
				continue
			}
			add(up, cat, false, "catalogue_same_artist_other_song")
			made++
		}
	}
	return pairs
}
