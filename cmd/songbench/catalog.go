package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/title"
)

// The synthetic catalogue: deterministic by seed, built from the words,
// title lengths and artist names of ~3,000 real iTunes songs
// (data/itunes_songs.tsv), with a Zipf long tail of made-up words and
// artists so that a million songs have the vocabulary shape of a real
// catalogue (a few very common words, a long tail of rare ones), YouTube
// decorations at realistic rates, version takes (live, remix, ...) as hard
// negatives, and planted duplicate clusters whose truth is known.

//go:embed data/itunes_songs.tsv
var itunesSongs []byte

// recording is one real-world recording: what every video of it shows.
type recording struct {
	Cluster  int // truth: videos with the same Cluster are the same recording
	Artists  []string
	Track    string
	Featured []string
	Version  string // "", "Live", "Remix", "Acoustic", ... (display form)
	Qual     string // remixer or venue
}

// vocabulary is the generator's word model.
type vocabulary struct {
	words   []string  // real words first, then the made-up tail
	cum     []float64 // cumulative sampling weights
	lengths []int     // real title lengths in words, to sample from
	titles  []string  // real clean titles (without brackets)
	// titleArtists are the artists of titles, index by index.
	titleArtists []string
	artists      []string // real artist names
	// count and last are how often each real word (lower case) occurs
	// in the real titles, and how often as a title's last word.
	count, last map[string]int
}

func loadVocabulary(rng *rand.Rand, tailWords int) *vocabulary {
	v := &vocabulary{count: map[string]int{}, last: map[string]int{}}
	counts := map[string]int{}
	seenArtist := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(itunesSongs))
	for sc.Scan() {
		title, artist, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		clean := title
		if i := strings.IndexAny(clean, "(["); i > 0 {
			clean = clean[:i]
		}
		clean = strings.Join(strings.Fields(strings.ReplaceAll(clean, " '", "'")), " ")
		words := wordsOf(clean)
		if len(words) == 0 || len(words) > 10 {
			continue
		}
		v.titles = append(v.titles, clean)
		v.titleArtists = append(v.titleArtists, artist)
		v.lengths = append(v.lengths, len(words))
		for _, w := range words {
			counts[w]++
			v.count[strings.ToLower(w)]++
		}
		v.last[strings.ToLower(words[len(words)-1])]++
		for _, a := range strings.FieldsFunc(artist, func(r rune) bool { return r == '&' || r == ',' }) {
			a = strings.TrimSpace(a)
			if a != "" && len(a) <= 40 && !seenArtist[a] && isCleanName(a) {
				seenArtist[a] = true
				v.artists = append(v.artists, a)
			}
		}
	}
	sort.Strings(v.artists)
	type wc struct {
		w string
		c int
	}
	var real []wc
	for w, c := range counts {
		real = append(real, wc{w, c})
	}
	sort.Slice(real, func(i, j int) bool {
		if real[i].c != real[j].c {
			return real[i].c > real[j].c
		}
		return real[i].w < real[j].w
	})
	// Real words keep their observed frequencies. The tail continues the
	// Zipf curve past the last real rank, so that it carries about a quarter
	// of all word occurrences, like the rare names and coinages of a real
	// catalogue.
	total := 0.0
	for _, r := range real {
		v.words = append(v.words, strings.ToLower(r.w))
		total += float64(r.c)
		v.cum = append(v.cum, total)
	}
	tailMass := total / 3
	norm := 0.0
	for k := 1; k <= tailWords; k++ {
		norm += 1 / math.Pow(float64(k+len(real)), 1.0)
	}
	seen := map[string]bool{}
	for _, w := range v.words {
		seen[w] = true
	}
	for k := 1; k <= tailWords; k++ {
		w := pseudoWord(rng)
		for seen[w] {
			w = pseudoWord(rng)
		}
		seen[w] = true
		v.words = append(v.words, w)
		total += tailMass / norm / math.Pow(float64(k+len(real)), 1.0)
		v.cum = append(v.cum, total)
	}
	return v
}

func isCleanName(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return len(s) > 1
}

// wordsOf splits a title into its words, keeping apostrophes inside words.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'')
	})
}

var syllables = []string{"ka", "lo", "mi", "ra", "ven", "tor", "el", "sa", "dri", "an", "bel", "cor", "u", "zi", "mon", "ta", "ri", "ne", "ol", "ash", "ley", "qui", "fa", "ro", "sin", "da", "ver", "lu", "pe", "nox"}

func pseudoWord(rng *rand.Rand) string {
	n := 2 + rng.IntN(3)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[rng.IntN(len(syllables))])
	}
	return b.String()
}

func (v *vocabulary) word(rng *rand.Rand) string {
	x := rng.Float64() * v.cum[len(v.cum)-1]
	i := sort.SearchFloat64s(v.cum, x)
	if i >= len(v.words) {
		i = len(v.words) - 1
	}
	return v.words[i]
}

// track returns a track title: a real title a third of the time (real
// catalogues have many songs called "Hello" or "Home"), otherwise words
// drawn by frequency with a real title's length.
func (v *vocabulary) track(rng *rand.Rand) string {
	if rng.IntN(3) == 0 {
		return v.titles[rng.IntN(len(v.titles))]
	}
	return v.trackOf(rng, v.lengths[rng.IntN(len(v.lengths))])
}

// trackOf returns a track of n words drawn by frequency.
func (v *vocabulary) trackOf(rng *rand.Rand, n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = v.word(rng)
	}
	return titleCase(strings.Join(words, " "))
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// commonWords returns the n commonest real words of three letters or more
// in title case ("Love", "Home", "Night"): the one-word titles and names
// many artists share. A word the service reads as noise rather than a
// title ("Video", "Audio") is left out: no upload is titled by it alone.
// So is a word that ends fewer than a quarter of the real titles it is in
// ("The", "With", "For", "This"): a function word, which real titles lean
// on but no song is called by alone, and which a person could not tell
// apart from any title that has it.
func commonWords(v *vocabulary, n int) []string {
	var out []string
	for _, w := range v.words[:min(len(v.words), 4*n)] {
		if len(out) == n || len([]rune(w)) < 3 || strings.ContainsRune(w, '\'') || 4*v.last[w] < v.count[w] {
			continue
		}
		w = titleCase(w)
		for _, probe := range []string{w, w + " [Audio]", w + " (Lyrics)"} {
			if t := title.Normalize(title.Input{Title: probe, Channel: "Music Hits"}); !strings.EqualFold(t.Track, w) {
				w = ""
				break
			}
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// artistPool makes n distinct artist names: the real ones, then made-up
// ones ("Kalovenra", "The Midnight Torsa") from the same word model. With
// common words, one made-up name in five is a common word ("Home", "The
// Night"), as band names often are.
//
// With common words (the hard profile), two names that read alike but for
// an article ("Same" and "The Same") are one name: nothing in a title
// would tell their songs apart.
func artistPool(rng *rand.Rand, v *vocabulary, n int, common []string) []string {
	seen := map[string]bool{}
	keyOf := strings.ToLower
	if len(common) > 0 {
		keyOf = sameTitle
	}
	var pool []string
	for _, a := range v.artists {
		if len(pool) >= n {
			break
		}
		if len(common) > 0 && seen[keyOf(a)] {
			continue
		}
		seen[keyOf(a)] = true
		pool = append(pool, a)
	}
	for len(pool) < n {
		var name string
		if len(common) > 0 && rng.IntN(5) == 0 {
			name = common[rng.IntN(len(common))]
			if rng.IntN(2) == 0 {
				name = "The " + name
			}
			if !seen[keyOf(name)] {
				seen[keyOf(name)] = true
				pool = append(pool, name)
			}
			continue
		}
		switch rng.IntN(4) {
		case 0:
			name = titleCase(pseudoWord(rng))
		case 1:
			name = "The " + titleCase(v.word(rng)+" "+pseudoWord(rng))
		case 2:
			name = titleCase(pseudoWord(rng) + " " + pseudoWord(rng))
		default:
			name = titleCase(v.word(rng) + " " + pseudoWord(rng))
		}
		if !seen[keyOf(name)] {
			seen[keyOf(name)] = true
			pool = append(pool, name)
		}
	}
	// Shuffle so that popularity (Zipf rank) is not alphabetical.
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	return pool
}

// versionTags are the version takes the generator plants, with how they
// appear in titles.
var versionTags = []struct {
	name   string
	render func(qual string) string
	qual   func(rng *rand.Rand, g *generator) string
}{
	{"Live", func(q string) string { return "(Live at " + q + ")" }, func(rng *rand.Rand, g *generator) string { return venues[rng.IntN(len(venues))] }},
	{"Remix", func(q string) string { return "(" + q + " Remix)" }, func(rng *rand.Rand, g *generator) string { return g.artist(rng) }},
	{"Acoustic", func(string) string { return "(Acoustic Version)" }, nil},
	{"Instrumental", func(string) string { return "(Instrumental)" }, nil},
	{"Slowed", func(string) string { return "(Slowed + Reverb)" }, nil},
	{"Nightcore", func(string) string { return "[Nightcore]" }, nil},
	{"Cover", func(q string) string { return "(Cover by " + q + ")" }, func(rng *rand.Rand, g *generator) string { return g.artist(rng) }},
}

var venues = []string{"Wembley Stadium", "Madison Square Garden", "Glastonbury", "the BBC", "Red Rocks", "Coachella", "the Royal Albert Hall", "Reading Festival"}

// generator draws recordings and their videos.
type generator struct {
	voc     *vocabulary
	artists []string
	zipfCum []float64
	hard    bool
	common  []string // one-word titles of the hard profile: the commonest real words
	// shared are the tracks (lower case) that songs of two artists have,
	// among the recordings drawn so far.
	shared map[string]bool
	// credited are the artists (sameTitle) and their tracks (sameTitle)
	// of the hard profile's songs, see creditedTrack.
	credited map[string]bool
}

// Profiles of the generator (BENCH_PROFILE).
const (
	// profileHard is what makes real catalogues hard: many artists sharing
	// one-word and common-word titles, track-only uploads on channels that
	// are not the artist's, artists named by a common word, and a long
	// tail of artists with a song or two.
	profileHard = "hard"
	// profileClassic is the generator of the runs recorded before the hard
	// profile existed: one artist per eight songs, a third of the tracks a
	// real title, track-only uploads only on the artist's own channels.
	profileClassic = "classic"
)

// newGenerator makes the generator of a catalogue of about songs songs,
// and the random numbers it goes on drawing from.
func newGenerator(seed uint64, songs int, profile string) (*generator, *rand.Rand) {
	g, src := newGeneratorSource(seed, songs, profile)
	return g, rand.New(src)
}

// newGeneratorSource is newGenerator with the random source itself, whose
// state can be saved and restored (see catalogue).
func newGeneratorSource(seed uint64, songs int, profile string) (*generator, *rand.PCG) {
	src := rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)
	rng := rand.New(src)
	voc := loadVocabulary(rng, 200_000)
	g := &generator{voc: voc, hard: profile == profileHard, shared: map[string]bool{}}
	if g.hard {
		g.common = commonWords(voc, 400)
		g.artists = artistPool(rng, voc, max(songs/3, 1000), g.common)
	} else {
		g.artists = artistPool(rng, voc, max(songs/8, 1000), nil)
	}
	total := 0.0
	for k := 1; k <= len(g.artists); k++ {
		total += 1 / math.Pow(float64(k), 0.9)
		g.zipfCum = append(g.zipfCum, total)
	}
	return g, src
}

// artist draws an artist by Zipf popularity.
func (g *generator) artist(rng *rand.Rand) string {
	x := rng.Float64() * g.zipfCum[len(g.zipfCum)-1]
	i := sort.SearchFloat64s(g.zipfCum, x)
	if i >= len(g.artists) {
		i = len(g.artists) - 1
	}
	return g.artists[i]
}

// recordings draws n recordings. About 8% are a version take (live,
// remix, ...) of an earlier recording: same artist and track, a different
// recording; 12% have a featured artist; 4% are a duo.
//
// No two recordings share artist, track and version: truth would otherwise
// call two identical songs different.
func (g *generator) recordings(rng *rand.Rand, n int) []recording {
	out := make([]recording, 0, n)
	seen := make(map[string]bool, n)
	key := func(r recording) string {
		return strings.ToLower(strings.Join(r.Artists, "&") + "|" + r.Track + "|" + r.Version + "|" + r.Qual)
	}
	for i := 0; i < n; i++ {
		r := recording{Cluster: i}
		if i > 10 && rng.IntN(100) < 8 {
			base := out[rng.IntN(len(out))]
			r.Artists, r.Track, r.Featured = base.Artists, base.Track, base.Featured
			tag := versionTags[rng.IntN(len(versionTags))]
			r.Version = tag.name
			if tag.qual != nil {
				r.Qual = tag.qual(rng, g)
			}
			if !seen[key(r)] {
				seen[key(r)] = true
				out = append(out, r)
				continue
			}
			r.Version, r.Qual = "", ""
		}
		r.Artists = []string{g.artist(rng)}
		if rng.IntN(100) < 4 {
			r.Artists = append(r.Artists, g.artist(rng))
		}
		r.Track = g.track(rng)
		for seen[key(r)] {
			r.Track = g.track(rng)
		}
		if rng.IntN(100) < 12 {
			r.Featured = []string{g.artist(rng)}
		}
		if g.hard {
			for seen[key(r)] || g.creditedTrack(r, false) {
				r.Track = g.track(rng)
			}
			g.creditedTrack(r, true)
		}
		seen[key(r)] = true
		out = append(out, r)
	}
	artistsOf := map[string]string{}
	for _, r := range out {
		if r.Version != "" {
			continue
		}
		track, artists := strings.ToLower(r.Track), strings.ToLower(strings.Join(r.Artists, "&"))
		if a, ok := artistsOf[track]; ok && a != artists {
			g.shared[track] = true
		}
		artistsOf[track] = artists
	}
	return out
}

// creditedTrack reports whether an artist r credits (as an artist or a
// featured one) has a song of r's track already, or with mark records that
// each has r's. Tracks compare as a person reads them (sameTitle), and
// artists with a leading "The" aside. Without it the hard profile would
// plant "A & B - Home" and B's own "Home", or "Home" and "The Home" by
// one artist, as two songs: no one could tell them apart from the titles.
func (g *generator) creditedTrack(r recording, mark bool) bool {
	if g.credited == nil {
		g.credited = map[string]bool{}
	}
	track := sameTitle(r.Track)
	for _, a := range append(r.Artists[:len(r.Artists):len(r.Artists)], r.Featured...) {
		k := sameTitle(a) + "|" + track
		if mark {
			g.credited[k] = true
		} else if g.credited[k] {
			return true
		}
	}
	return false
}

// sameTitle is s as a person reads a title or a name: its words in lower
// case without articles or punctuation ("The Ride" and "Ride", "Weekends
// !!!" and "Weekends" read alike).
func sameTitle(s string) string {
	var out []string
	for _, w := range wordsOf(strings.ToLower(s)) {
		if w != "the" && w != "a" && w != "an" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// track draws a track title. The hard profile makes one track in five a
// single common word and more of them real titles, so that many artists
// share a title ("Home", "Hello", "Stay"); a drawn track of one word is a
// common word too, never a function word ("Of", "The").
func (g *generator) track(rng *rand.Rand) string {
	if g.hard {
		switch x := rng.IntN(20); {
		case x < 4:
			return g.common[rng.IntN(len(g.common))]
		case x < 7:
			return g.voc.titles[rng.IntN(len(g.voc.titles))]
		}
		if rng.IntN(3) == 0 {
			return g.voc.titles[rng.IntN(len(g.voc.titles))]
		}
		if n := g.voc.lengths[rng.IntN(len(g.voc.lengths))]; n > 1 {
			return g.voc.trackOf(rng, n)
		}
		return g.common[rng.IntN(len(g.common))]
	}
	return g.voc.track(rng)
}

// sharedTitles is the share of distinct songs (artist and track, case
// aside, of recordings that are not a version take of another) whose track
// another distinct song also has.
func sharedTitles(recs []recording) float64 {
	songs := map[string]map[string]bool{} // track -> its songs' artists
	for _, r := range recs {
		if r.Version != "" {
			continue
		}
		track := strings.ToLower(r.Track)
		if songs[track] == nil {
			songs[track] = map[string]bool{}
		}
		songs[track][strings.ToLower(strings.Join(r.Artists, "&"))] = true
	}
	total, shared := 0, 0
	for _, artists := range songs {
		total += len(artists)
		if len(artists) > 1 {
			shared += len(artists)
		}
	}
	if total == 0 {
		return 0
	}
	return float64(shared) / float64(total)
}

// realSharedTitles is sharedTitles of the real songs the vocabulary was
// built from (data/itunes_songs.tsv), and their number: what a real
// catalogue of that size has.
func realSharedTitles(v *vocabulary) (float64, int) {
	recs := make([]recording, len(v.titles))
	for i, t := range v.titles {
		recs[i] = recording{Track: t, Artists: []string{v.titleArtists[i]}}
	}
	return sharedTitles(recs), len(recs)
}

// titleSharing reports how often two distinct songs of recs share a
// title, and beside it the same at the size of the real songs the
// vocabulary comes from, for both the generated and the real songs.
func (b *bench) titleSharing(name string, recs []recording) {
	all := sharedTitles(recs)
	b.res.set(name+"_titles_shared", all, fmt.Sprintf("%.4f of %d distinct songs share their title with another (profile %s)", all, len(recs), b.cfg.Profile))
	real, n := realSharedTitles(b.gen.voc)
	if len(recs) < n {
		return
	}
	gen := sharedTitles(recs[:n])
	b.res.set(name+"_titles_shared_small", gen, fmt.Sprintf("%.4f in its first %d songs; %.4f in %d real songs (iTunes)", gen, n, real, n))
	if _, ok := b.res.figures["real_titles_shared_small"]; !ok {
		b.res.set("real_titles_shared_small", real, fmt.Sprintf("%.4f", real))
	}
}

// decorations are how uploaders write titles, with their weights.
var decorations = []struct {
	weight int
	render func(a, t string) (title string, channelKind int)
}{
	{20, func(a, t string) (string, int) { return a + " - " + t, chanUploader }},
	{14, func(a, t string) (string, int) { return a + " - " + t + " (Official Video)", chanArtist }},
	{8, func(a, t string) (string, int) { return a + " - " + t + " (Official Music Video)", chanVEVO }},
	{8, func(a, t string) (string, int) { return a + " - " + t + " [Official Audio]", chanArtist }},
	{8, func(a, t string) (string, int) { return a + " - " + t + " (Lyrics)", chanUploader }},
	{5, func(a, t string) (string, int) { return a + " - " + t + " (Lyric Video)", chanArtist }},
	{6, func(a, t string) (string, int) { return t + " | " + a, chanUploader }},
	{4, func(a, t string) (string, int) { return a + " \"" + t + "\"", chanUploader }},
	{4, func(a, t string) (string, int) { return t + " - " + a, chanArtist }},
	{8, func(a, t string) (string, int) { return t + " (Official Video)", chanVEVO }},
	{6, func(a, t string) (string, int) { return t, chanTopic }},
	{3, func(a, t string) (string, int) { return a + " — " + t + " [HD]", chanUploader }},
	{3, func(a, t string) (string, int) { return strings.ToUpper(a) + " - " + strings.ToUpper(t), chanUploader }},
	{3, func(a, t string) (string, int) { return a + " - " + t + " (Remastered 2011)", chanArtist }},
}

const (
	chanUploader = iota
	chanArtist
	chanVEVO
	chanTopic
)

// hardDecorations are the hard profile's more: track-only uploads on
// channels that are not the artist's (a lyrics channel, a fan's).
var hardDecorations = []struct {
	weight int
	render func(a, t string) (title string, channelKind int)
}{
	{6, func(a, t string) (string, int) { return t, chanUploader }},
	{4, func(a, t string) (string, int) { return t + " (Lyrics)", chanUploader }},
	{2, func(a, t string) (string, int) { return t + " [Audio]", chanUploader }},
}

var uploaderChannels = []string{"Music Hits", "Lyrics Vault", "TopTracks", "SoundWave", "Chill Nation", "Vibes Only", "MrSuicideSheep", "Trap Nation"}

// render draws one video of r. A small share carries a typo in the track.
// The track alone on a channel not the artist's is left out for a track
// that songs of two artists have: nothing in such an upload says whose
// song it is, so its truth would be no one's to know.
func (g *generator) render(rng *rand.Rand, r recording) (title, channel string) {
	decs := decorations
	if g.hard && !g.shared[strings.ToLower(r.Track)] {
		decs = append(decs[:len(decs):len(decs)], hardDecorations...)
	}
	total := 0
	for _, d := range decs {
		total += d.weight
	}
	x := rng.IntN(total)
	var d = decs[0]
	for _, dd := range decs {
		if x < dd.weight {
			d = dd
			break
		}
		x -= dd.weight
	}
	artist := strings.Join(r.Artists, " & ")
	track := r.Track
	if rng.IntN(100) < 4 {
		track = typo(rng, track)
	}
	if len(r.Featured) > 0 {
		switch rng.IntN(3) {
		case 0:
			track += " (feat. " + r.Featured[0] + ")"
		case 1:
			track += " ft. " + r.Featured[0]
		default:
			artist += " feat. " + r.Featured[0]
		}
	}
	if r.Version != "" {
		for _, tag := range versionTags {
			if tag.name == r.Version {
				track += " " + tag.render(r.Qual)
			}
		}
	}
	title, kind := d.render(artist, track)
	switch kind {
	case chanArtist:
		channel = r.Artists[0]
	case chanVEVO:
		channel = strings.ReplaceAll(r.Artists[0], " ", "") + "VEVO"
	case chanTopic:
		channel = r.Artists[0] + " - Topic"
	default:
		channel = uploaderChannels[rng.IntN(len(uploaderChannels))]
	}
	return title, channel
}

// typo drops, doubles or swaps one letter of a word of four letters or more.
func typo(rng *rand.Rand, s string) string {
	words := strings.Fields(s)
	var long []int
	for i, w := range words {
		if len(w) >= 5 && isCleanName(w) {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return s
	}
	i := long[rng.IntN(len(long))]
	w := []byte(words[i])
	p := 1 + rng.IntN(len(w)-2)
	switch rng.IntN(3) {
	case 0:
		w = append(w[:p], w[p+1:]...)
	case 1:
		w = append(w[:p+1], w[p:]...)
	default:
		w[p], w[p+1] = w[p+1], w[p]
	}
	words[i] = string(w)
	return strings.Join(words, " ")
}

// videoID makes a deterministic, valid 11-character video ID from n: the
// prefix, then n scrambled by a bijection on 60 bits, in base64url.
func videoID(prefix byte, n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	b := make([]byte, 11)
	b[0] = prefix
	x := (uint64(n) * 0x9E3779B97F4A7C15) & (1<<60 - 1)
	for i := 1; i < 11; i++ {
		b[i] = alphabet[x&63]
		x >>= 6
	}
	return string(b)
}

func (r recording) String() string {
	return fmt.Sprintf("%v - %s %v %s %s", r.Artists, r.Track, r.Featured, r.Version, r.Qual)
}
