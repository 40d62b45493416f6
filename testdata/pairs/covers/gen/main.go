// Command gen converts YTUnCoverLLM's SHS100K2 files into the cover pairs of
// testdata/pairs/covers and the title suite of testdata/titles/covers:
//
//	go run ./testdata/pairs/covers/gen
//
// The inputs (see testdata/pairs/covers/README.md) are a token-tagged file
// of YouTube titles (validation.IOB: one "token<TAB>tag" line per token,
// tags B-/I-Artist, B-/I-WoA and O, a blank line after each title) and the
// SecondHandSongs rows of the same videos (shs100k2.jsonl: set_id = the
// work, ver_id, yt_id, title and performer of the version). The IOB file
// holds no video id; its titles follow the rows' order with some rows left
// out, so each title is matched to the next row, within a short window,
// whose performer is tagged as an artist in the title and whose work title
// shares a word with it. Titles no row matches are dropped.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/testdata/pairs/internal/splitfile"
	"golang.org/x/text/unicode/norm"
)

// source names the data set in every line written.
const source = "ytuncover-shs100k2-validation"

// window is how many rows past the last matched one a title may match.
const window = 15

// version is one SecondHandSongs row: a recording of a work.
type version struct {
	Set       int    `json:"set_id"`
	Ver       int    `json:"ver_id"`
	YT        string `json:"yt_id"`
	Title     string `json:"title"`
	Performer string `json:"performer"`
}

// upload is one tagged YouTube title and the row it was matched to.
type upload struct {
	tokens, tags []string
	title        string
	row          int // index into the rows; -1 when unmatched
}

type sideJSON struct {
	Title  string `json:"title"`
	Artist string `json:"artist,omitempty"`
}

type pairJSON struct {
	A     sideJSON `json:"a"`
	B     sideJSON `json:"b"`
	Same  bool     `json:"same"`
	Kind  string   `json:"kind"`
	Work  string   `json:"work"`
	WorkB string   `json:"work_b,omitempty"`
	Src   string   `json:"source"`
}

type titleJSON struct {
	Title   string   `json:"title"`
	Artists []string `json:"artists"`
	Track   string   `json:"track"`
	Src     string   `json:"source"`
}

func main() {
	dir := flag.String("src", "testdata/pairs/covers/source", "folder holding validation.IOB and shs100k2.jsonl")
	start := flag.Int("start", 5982, "set_id of the first work of validation.IOB; rows are read from its first occurrence in shs100k2.jsonl")
	pairsOut := flag.String("pairs", "testdata/pairs/covers", "output folder of the pairs")
	titlesOut := flag.String("titles", "testdata/titles/covers", "output folder of the title suite")
	verbose := flag.Bool("v", false, "print each title with the row it matched")
	flag.Parse()

	ups, err := readIOB(filepath.Join(*dir, "validation.IOB"))
	if err != nil {
		log.Fatal(err)
	}
	rows, err := readRows(filepath.Join(*dir, "shs100k2.jsonl"), *start)
	if err != nil {
		log.Fatal(err)
	}
	matched := align(ups, rows)
	if *verbose {
		for _, u := range ups {
			if u.row < 0 {
				fmt.Printf("-\t%s\n", u.title)
				continue
			}
			r := rows[u.row]
			fmt.Printf("%d/%d\t%s\t| %s | %s\n", r.Set, r.Ver, u.title, r.Performer, r.Title)
		}
	}
	log.Printf("%d titles, %d matched to %d rows", len(ups), matched, len(rows))

	pairs := makePairs(ups, rows)
	titles := makeTitles(ups, rows)
	pd, pt, err := splitfile.WriteSplits(*pairsOut, pairs, func(p pairJSON) string { return p.Work },
		func(p pairJSON) pairJSON { return p })
	if err != nil {
		log.Fatal(err)
	}
	td, tt, err := splitfile.WriteSplits(*titlesOut, titles, func(t suiteTitle) string { return t.work },
		func(t suiteTitle) titleJSON { return t.titleJSON })
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("dev: %d pairs, %d titles; test: %d pairs, %d titles", pd, td, pt, tt)
}

func workID(v version) string { return strconv.Itoa(v.Set) }

func readIOB(path string) ([]upload, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []upload
	var cur upload
	flush := func() {
		if len(cur.tokens) > 0 {
			cur.title = strings.Join(cur.tokens, " ")
			cur.row = -1
			out = append(out, cur)
		}
		cur = upload{}
	}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" {
			flush()
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no tab", path, n+1)
		}
		cur.tokens = append(cur.tokens, tok)
		cur.tags = append(cur.tags, tag)
	}
	flush()
	return out, nil
}

func readRows(path string, start int) ([]version, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var out []version
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v version
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(out) == 0 && v.Set != start {
			continue
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// align matches each title to a row and reports how many matched.
func align(ups []upload, rows []version) int {
	next, n := 0, 0
	for i := range ups {
		for k := next; k < len(rows) && k < next+window; k++ {
			if matches(ups[i], rows[k]) {
				ups[i].row = k
				next = k + 1
				n++
				break
			}
		}
	}
	return n
}

// matches: a word of the row's performer is tagged Artist in the title,
// and a word of the row's work title is in the title.
func matches(u upload, v version) bool {
	var artist []string
	for i, t := range u.tags {
		if strings.HasSuffix(t, "-Artist") {
			artist = append(artist, words(u.tokens[i])...)
		}
	}
	all := words(u.title)
	return overlaps(content(words(v.Performer), performerStop), artist) &&
		overlaps(content(words(v.Title), titleStop), all)
}

var performerStop = set("the", "and", "his", "her", "their", "orchestra", "orch", "with", "feat", "featuring",
	"ft", "band", "trio", "quartet", "quintet", "e", "y", "et", "og", "med", "of", "by", "a", "conducted", "1", "2", "3")

var titleStop = set("the", "a", "an", "and", "of", "to", "in", "on", "at", "for", "my", "is", "i", "you", "me", "it")

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// content drops stop words, unless nothing else is left.
func content(ws []string, stop map[string]bool) []string {
	var out []string
	for _, w := range ws {
		if !stop[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}

func overlaps(a, b []string) bool {
	return slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) })
}

// folds are the letters YTUnCoverLLM spells in Latin that do not decompose.
var folds = strings.NewReplacer("ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "đ", "d", "ł", "l")

// words lower-cases s, drops accents and apostrophes, and splits it into
// its letter and digit runs, as YTUnCoverLLM's titles are spelled.
func words(s string) []string {
	s = folds.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Fields(b.String())
}

// performerKey compares performers: words, SecondHandSongs' "[n]"
// disambiguation aside.
func performerKey(p string) string {
	if i := strings.LastIndex(p, " ["); i > 0 && strings.HasSuffix(p, "]") {
		p = p[:i]
	}
	return strings.Join(words(p), " ")
}

// recordingMarks are words outside the work title that say the upload is a
// kind of recording (a live take, a remix...) the catalogue entry does not
// name; such uploads get no catalogue_vs_upload pair.
var recordingMarks = set("live", "remix", "mix", "instrumental", "karaoke", "acoustic", "medley", "demo",
	"version", "concert", "session", "sessions", "unplugged", "rehearsal", "edit")

func marked(u upload) bool {
	for i, t := range u.tokens {
		if !strings.HasSuffix(u.tags[i], "-WoA") && recordingMarks[t] {
			return true
		}
	}
	return false
}

// combined reports a row whose work title names more than one work (a
// medley, "A / B"): its performer's other works may be on the same record.
func combined(v version) bool {
	t := strings.ToLower(v.Title)
	return strings.Contains(t, "/") || strings.Contains(t, "medley") || strings.Contains(t, "collage")
}

func catalogue(v version) sideJSON { return sideJSON{Title: v.Title, Artist: v.Performer} }

func makePairs(ups []upload, rows []version) []pairJSON {
	var out []pairJSON
	seen := map[string]bool{}
	add := func(p pairJSON) {
		k := p.A.Title + "\x00" + p.B.Title + "\x00" + p.B.Artist
		if seen[k] {
			return
		}
		seen[k] = true
		p.Src = source
		out = append(out, p)
	}
	var up []int // matched uploads, in file order
	for i, u := range ups {
		if u.row >= 0 {
			up = append(up, i)
		}
	}
	for n, i := range up {
		u, v := ups[i], rows[ups[i].row]
		work := workID(v)
		if !marked(u) {
			add(pairJSON{A: sideJSON{Title: u.title}, B: catalogue(v), Same: true, Kind: "catalogue_vs_upload", Work: work})
		}
		// The next row of the work, after v and round, by another performer.
		var rest []version
		for k, w := range rows {
			if w.Set == v.Set && k != u.row {
				rest = append(rest, w)
			}
		}
		slices.SortStableFunc(rest, func(a, b version) int { return cyclic(a.Ver, v.Ver) - cyclic(b.Ver, v.Ver) })
		for _, w := range rest {
			if performerKey(w.Performer) != performerKey(v.Performer) && w.YT != v.YT {
				add(pairJSON{A: sideJSON{Title: u.title}, B: catalogue(w), Kind: "catalogue_same_work_other_performer", Work: work})
				break
			}
		}
		// The next upload of the work by another performer.
		for _, j := range up[n+1:] {
			w := rows[ups[j].row]
			if w.Set != v.Set {
				break
			}
			if performerKey(w.Performer) != performerKey(v.Performer) && w.YT != v.YT && ups[j].title != u.title {
				add(pairJSON{A: sideJSON{Title: u.title}, B: sideJSON{Title: ups[j].title}, Kind: "same_work_other_performer", Work: work})
				break
			}
		}
		// Every later upload by the same performer of another work in the same split.
		for _, j := range up[n+1:] {
			w := rows[ups[j].row]
			if w.Set == v.Set || performerKey(w.Performer) != performerKey(v.Performer) ||
				combined(v) || combined(w) || w.YT == v.YT || splitfile.Of(workID(w)) != splitfile.Of(work) {
				continue
			}
			add(pairJSON{A: sideJSON{Title: u.title}, B: sideJSON{Title: ups[j].title}, Kind: "same_artist_other_song", Work: work, WorkB: workID(w)})
			add(pairJSON{A: sideJSON{Title: u.title}, B: catalogue(w), Kind: "catalogue_same_artist_other_song", Work: work, WorkB: workID(w)})
		}
	}
	return out
}

// cyclic orders version numbers after v first, then round to those before.
func cyclic(ver, v int) int {
	if ver > v {
		return ver - v
	}
	return ver - v + 1<<20
}

type suiteTitle struct {
	titleJSON
	work string
}

// makeTitles keeps the titles whose tags agree with SecondHandSongs: the
// Artist-tagged words are the performer's words and the one WoA span is the
// work title's words; and no untagged word touches a span.
func makeTitles(ups []upload, rows []version) []suiteTitle {
	var out []suiteTitle
	seen := map[string]bool{}
	for _, u := range ups {
		if u.row < 0 || seen[u.title] {
			continue
		}
		v := rows[u.row]
		artists, tracks := spans(u)
		if len(tracks) != 1 || len(artists) == 0 || untaggedNeighbour(u) {
			continue
		}
		var aw []string
		for _, a := range artists {
			aw = append(aw, words(a)...)
		}
		if strings.Join(aw, " ") != performerKey(v.Performer) || strings.Join(words(tracks[0]), " ") != strings.Join(words(v.Title), " ") {
			continue
		}
		seen[u.title] = true
		out = append(out, suiteTitle{titleJSON{Title: u.title, Artists: artists, Track: tracks[0], Src: source}, workID(v)})
	}
	return out
}

// untaggedNeighbour reports an untagged word, not a connector, touching a
// tagged span ("isabel suckling" tagged "isabel", "i aint living..."
// tagged from "aint"): the span may be cut short, and the label would not
// be what the title says.
func untaggedNeighbour(u upload) bool {
	tagged := func(i int) bool { return i >= 0 && i < len(u.tags) && u.tags[i] != "O" }
	word := func(i int) bool { return i >= 0 && i < len(u.tags) && u.tags[i] == "O" && len(words(u.tokens[i])) > 0 }
	for i := range u.tags {
		switch {
		case u.tags[i] != "O":
		case u.tokens[i] == "&" || u.tokens[i] == "/":
			// "X & Y" with one side untagged: a credit or a title cut in two.
			if tagged(i-1) && word(i+1) || word(i-1) && tagged(i+1) {
				return true
			}
		case word(i) && !connectors[u.tokens[i]] && (tagged(i-1) || tagged(i+1)):
			return true
		}
	}
	return false
}

// connectors are the words that join a performer and a work in a title
// ("X by Y", "X sings Y", "X ft Y"): they may touch a span.
var connectors = set("by", "sings", "ft", "feat", "featuring", "with", "and", "plays", "performing", "performed", "covered", "cover", "of")

// spans returns the Artist and WoA spans of a tagged title, as written.
func spans(u upload) (artists, tracks []string) {
	var cur []string
	kind := ""
	end := func() {
		switch kind {
		case "Artist":
			artists = append(artists, strings.Join(cur, " "))
		case "WoA":
			tracks = append(tracks, strings.Join(cur, " "))
		}
		cur, kind = nil, ""
	}
	for i, t := range u.tags {
		pos, k, _ := strings.Cut(t, "-")
		if pos == "B" || pos == "O" || k != kind {
			end()
		}
		if pos != "O" {
			cur, kind = append(cur, u.tokens[i]), k
		}
	}
	end()
	return artists, tracks
}
