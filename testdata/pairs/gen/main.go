// Command gen writes the labeled pairs files of testdata/pairs:
//
//	go run ./testdata/pairs/gen -out testdata/pairs -itunes DIR
//
// DIR holds train.txt, valid.txt and test.txt of the iTunes-Amazon
// Structured benchmark in Ditto's serialisation (see testdata/pairs).
//
// youtube.jsonl renders real songs (songs.go) the ways YouTube uploads name
// them: official channels, "- Topic" auto-uploads, lyric channels, fan
// uploads with typos, featured credits spelled four ways or dropped. Each
// same pair is one recording under two such titles; each different pair is
// two recordings that are easy to confuse: another version of the same song
// (live, remix, acoustic, cover, slowed...), or a curated hard pair
// (hard.go). The random choices are seeded, so the file is reproducible.
//
// itunes-{train,valid,test}.jsonl convert the iTunes-Amazon Structured
// benchmark (Ditto format): title = Song_Name, artist = Artist_Name,
// duration from Time.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

type sideJSON struct {
	Title    string `json:"title"`
	Channel  string `json:"channel,omitempty"`
	Artist   string `json:"artist,omitempty"`
	Duration int    `json:"duration_seconds,omitempty"`
}

type pairJSON struct {
	A    sideJSON `json:"a"`
	B    sideJSON `json:"b"`
	Same bool     `json:"same"`
	Kind string   `json:"kind,omitempty"`
}

func main() {
	out := flag.String("out", "testdata/pairs", "output folder")
	itunes := flag.String("itunes", "", "folder of the iTunes-Amazon Structured benchmark (train/valid/test.txt); empty to skip")
	flag.Parse()
	g := &gen{r: rand.New(rand.NewPCG(20240601, 5))}
	pairs := append(g.youtube(), extensions()...)
	if err := writePairs(filepath.Join(*out, "youtube.jsonl"), pairs); err != nil {
		log.Fatal(err)
	}
	if *itunes != "" {
		for _, split := range []string{"train", "valid", "test"} {
			ps, err := convertDitto(filepath.Join(*itunes, split+".txt"))
			if err != nil {
				log.Fatal(err)
			}
			if err := writePairs(filepath.Join(*out, "itunes-"+split+".jsonl"), ps); err != nil {
				log.Fatal(err)
			}
		}
	}
}

func writePairs(path string, pairs []pairJSON) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range pairs {
		if err := enc.Encode(p); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// lyricChannels upload other people's songs, so the channel says nothing
// about the artist.
var lyricChannels = []string{"7clouds", "Dan Music", "Vibe Music", "Taj Tracks", "SyrebralVibes", "Lyrics Vault", "Pop Lyrics Hub", "Magic Lyrics"}

// fanChannels are personal uploads.
var fanChannels = []string{"musicfan1987", "Hits Archive", "TheMusicBox", "Old School Jams", "Best of 2000s", "maria g."}

func firstArtist(a string) string {
	a, _, _ = strings.Cut(a, ", ")
	return a
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// artists renders a list of credited artists the way uploaders join them.
func (g *gen) artists(a string) string {
	parts := strings.Split(a, ", ")
	if len(parts) == 1 {
		return a
	}
	sep := g.pick([]string{" & ", " x ", ", ", " X ", " and "})
	return strings.Join(parts, sep)
}

// feat renders a featured credit, sometimes dropping it.
func (g *gen) feat(f string) string {
	if f == "" {
		return ""
	}
	f = strings.ReplaceAll(f, ", ", g.pick([]string{" & ", ", "}))
	format := g.pick([]string{" (feat. %s)", " ft. %s", " (ft. %s)", " feat. %s", " [feat. %s]", " (Feat. %s)", ""})
	if format == "" {
		return ""
	}
	return format + "\x00" + f
}

func fill(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Sprintf(s[:i], s[i+1:])
	}
	return s
}

// typo swaps two adjacent inner letters of the longest word of at least 7
// letters, the commonest slip of a fast typist; s unchanged when none.
func (g *gen) typo(s string) string {
	words := strings.Fields(s)
	best := -1
	for i, w := range words {
		if len([]rune(w)) >= 7 && isWord(w) && (best < 0 || len(w) > len(words[best])) {
			best = i
		}
	}
	if best < 0 {
		return s
	}
	r := []rune(words[best])
	k := 2 + g.r.IntN(len(r)-4)
	r[k], r[k+1] = r[k+1], r[k]
	words[best] = string(r)
	return strings.Join(words, " ")
}

func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// style renders a song as one upload. Each returns title, channel, and
// whether the upload is a music video (longer than the audio).
type style struct {
	name   string
	render func(g *gen, s song) (title, channel string, video bool)
}

var styles = []style{
	{"official_video", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+" - "+s.track+g.feat(s.feat)) + " (Official Video)", noSpace(firstArtist(s.artist)) + "VEVO", true
	}},
	{"official_music_video", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+" - "+s.track+g.feat(s.feat)) + " (Official Music Video)", firstArtist(s.artist), true
	}},
	{"topic", func(g *gen, s song) (string, string, bool) {
		return s.track, firstArtist(s.artist) + " - Topic", false
	}},
	{"lyrics", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+" - "+s.track+g.feat(s.feat)) + g.pick([]string{" (Lyrics)", " [Lyrics]", " | Lyrics", " (Lyric Video)"}), g.pick(lyricChannels), false
	}},
	{"pipe", func(g *gen, s song) (string, string, bool) {
		return s.track + " | " + g.artists(s.artist), g.pick(lyricChannels), false
	}},
	{"upper_audio", func(g *gen, s song) (string, string, bool) {
		return strings.ToUpper(fill(g.artists(s.artist)+" - "+s.track+g.feat(s.feat))) + " (OFFICIAL AUDIO)", firstArtist(s.artist), false
	}},
	{"dash_hd", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+g.pick([]string{" — ", " – ", " -- "})+s.track+g.feat(s.feat)) + g.pick([]string{" [HD]", " HQ", " (HD)", " [4K]"}), g.pick(fanChannels), false
	}},
	{"quoted", func(g *gen, s song) (string, string, bool) {
		return g.artists(s.artist) + " " + g.pick([]string{"\"%s\"", "'%s'", "“%s”"}) + "\x00" + s.track, firstArtist(s.artist), true
	}},
	{"colon", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+": "+s.track+g.feat(s.feat)) + " (Audio)", g.pick(fanChannels), false
	}},
	{"visualizer", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+" - "+s.track+g.feat(s.feat)) + g.pick([]string{" (Official Visualizer)", " (Visualiser)", " (Official Lyric Video)"}), firstArtist(s.artist), false
	}},
	{"remastered", func(g *gen, s song) (string, string, bool) {
		return g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Remastered 2011)", " (2019 Remaster)", " [Remastered]", " (Remastered)"}), g.pick(fanChannels), false
	}},
	{"explicit", func(g *gen, s song) (string, string, bool) {
		return fill(g.artists(s.artist)+" - "+s.track+g.feat(s.feat)) + g.pick([]string{" (Explicit)", " [Clean]", " (Clean Version)", " [Explicit]"}), g.pick(lyricChannels), false
	}},
	{"mv", func(g *gen, s song) (string, string, bool) {
		return g.artists(s.artist) + " '" + s.track + "' " + g.pick([]string{"M/V", "Official MV", "MV"}), firstArtist(s.artist), true
	}},
	{"typo", func(g *gen, s song) (string, string, bool) {
		t := g.typo(fill(g.artists(s.artist) + " - " + s.track + g.feat(s.feat)))
		if g.chance(0.5) {
			t = strings.ToLower(t)
		}
		return t, g.pick(fanChannels), false
	}},
	{"bare_punct", func(g *gen, s song) (string, string, bool) {
		strip := strings.NewReplacer("'", "", "’", "", ",", "", ".", "", "?", "", "!", "", "&", "and")
		return strip.Replace(strings.ToLower(g.artists(s.artist) + " - " + s.track)), g.pick(fanChannels), false
	}},
}

func styleByName(name string) style {
	for _, s := range styles {
		if s.name == name {
			return s
		}
	}
	panic("no style " + name)
}

// upload renders s in a named style, with a duration when known.
func (g *gen) upload(s song, st style) sideJSON {
	title, ch, video := st.render(g, s)
	title = fill(title)
	side := sideJSON{Title: title, Channel: ch}
	if g.chance(0.5) {
		d := s.dur + g.r.IntN(3) - 1
		if video {
			d += g.r.IntN(16)
		}
		side.Duration = d
	}
	return side
}

// plainStyles are the styles that name the artist in the title or by an
// artist channel, for the sides of hard pairs.
var plainStyles = []string{"official_video", "official_music_video", "topic", "lyrics", "pipe", "upper_audio", "dash_hd", "colon", "visualizer", "explicit"}

func (g *gen) youtube() []pairJSON {
	var out []pairJSON
	// Same pairs: two uploads of one recording in different styles.
	for _, s := range songs {
		for range 2 {
			i := g.r.IntN(len(styles))
			j := g.r.IntN(len(styles) - 1)
			if j >= i {
				j++
			}
			a, b := styles[i], styles[j]
			if g.chance(0.5) {
				a, b = b, a
			}
			kind := "dup_" + b.name
			if a.name == "typo" {
				kind = "dup_typo"
			}
			out = append(out, pairJSON{A: g.upload(s, a), B: g.upload(s, b), Same: true, Kind: kind})
		}
	}
	// A fan upload naming only the track: fine for distinctive titles.
	for _, s := range songs {
		if len(strings.Fields(s.track)) < 3 || !g.chance(0.4) {
			continue
		}
		a := sideJSON{Title: s.track + g.pick([]string{" (Lyrics)", "", " (Audio)", " lyrics"}), Channel: g.pick(lyricChannels)}
		out = append(out, pairJSON{A: a, B: g.upload(s, styleByName(g.pick(plainStyles))), Same: true, Kind: "dup_track_only"})
	}
	// Different pairs: another version of the same song.
	for _, s := range songs {
		v := versions[g.r.IntN(len(versions))]
		a := g.upload(s, styleByName(g.pick(plainStyles)))
		b, kind := v(g, s)
		if g.chance(0.5) {
			a, b = b, a
		}
		out = append(out, pairJSON{A: a, B: b, Same: false, Kind: kind})
	}
	// Different pairs: two versions of one kind by different people.
	for _, s := range songs {
		if !g.chance(0.25) {
			continue
		}
		k := g.r.IntN(3)
		r1, r2 := twoOf(g, [][]string{remixers, venues, coverArtists}[k])
		var a, b sideJSON
		kind := []string{"remix_vs_remix", "live_vs_live", "cover_vs_cover"}[k]
		switch k {
		case 0:
			a = sideJSON{Title: g.artists(s.artist) + " - " + s.track + " (" + r1 + " Remix)", Channel: g.pick(remixChannels)}
			b = sideJSON{Title: g.artists(s.artist) + " - " + s.track + " (" + r2 + " Remix)", Channel: g.pick(remixChannels)}
		case 1:
			a = sideJSON{Title: g.artists(s.artist) + " - " + s.track + " (Live at " + r1 + ")", Channel: firstArtist(s.artist)}
			b = sideJSON{Title: g.artists(s.artist) + " - " + s.track + " (Live at " + r2 + ")", Channel: firstArtist(s.artist)}
		default:
			a = sideJSON{Title: s.track + " - " + firstArtist(s.artist) + " (Cover by " + r1 + ")", Channel: r1}
			b = sideJSON{Title: r2 + " - " + s.track + " (" + firstArtist(s.artist) + " Cover)", Channel: r2}
		}
		out = append(out, pairJSON{A: a, B: b, Same: false, Kind: kind})
	}
	// Different pairs: curated.
	for _, h := range append(hardPairs, featuredRemix...) {
		a := g.upload(h.a, styleByName(g.pick(plainStyles)))
		b := g.upload(h.b, styleByName(g.pick(plainStyles)))
		out = append(out, pairJSON{A: a, B: b, Same: false, Kind: h.kind})
	}
	// Same title, and one side names no artist at all: only a common
	// title, so there is too little to merge on.
	for _, h := range hardPairs {
		if h.kind != "same_title_diff_artist" || len(strings.Fields(h.a.track)) > 1 || !g.chance(0.5) {
			continue
		}
		a := sideJSON{Title: h.a.track + g.pick([]string{" (Lyrics)", " lyrics", " (Audio)"}), Channel: g.pick(lyricChannels)}
		b := g.upload(h.b, styleByName(g.pick(plainStyles)))
		out = append(out, pairJSON{A: a, B: b, Same: false, Kind: "same_title_no_artist"})
	}
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func twoOf(g *gen, xs []string) (string, string) {
	i := g.r.IntN(len(xs))
	j := g.r.IntN(len(xs) - 1)
	if j >= i {
		j++
	}
	return xs[i], xs[j]
}

var (
	remixers      = []string{"Tiësto", "Kygo", "Alan Walker", "R3HAB", "Steve Aoki", "Don Diablo", "Oliver Heldens", "Felix Jaehn", "Sam Feldt", "Purple Disco Machine", "Joel Corry", "Robin Schulz", "Lost Frequencies", "Skrillex"}
	remixChannels = []string{"Trap Nation", "Proximity", "MrSuicideSheep", "Chill Nation", "Spinnin' Records", "Ultra Music"}
	venues        = []string{"Wembley Stadium", "Glastonbury 2016", "Madison Square Garden", "the Royal Albert Hall", "the BBC", "Rock in Rio", "Coachella 2022", "the O2 Arena"}
	coverArtists  = []string{"Boyce Avenue", "Pentatonix", "Postmodern Jukebox", "Alex Goot", "Tyler Ward", "Jasmine Thompson", "Sam Tsui", "Madilyn Bailey"}
)

// versions render another recording of a song and name its kind.
var versions = []func(g *gen, s song) (sideJSON, string){
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Live at " + g.pick(venues) + ")", " (Live)", " [Live]", " - Live", " (Live From " + g.pick(venues) + ")"})
		return g.versioned(t, firstArtist(s.artist), s.dur+10+g.r.IntN(40)), "live"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Acoustic)", " (Acoustic Version)", " [Acoustic Session]", " - Acoustic"})
		return g.versioned(t, firstArtist(s.artist), s.dur-10+g.r.IntN(30)), "acoustic"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (" + g.pick(remixers) + " Remix)", " (Remix)", " [" + g.pick(remixers) + " Remix]"})
		return g.versioned(t, g.pick(remixChannels), s.dur-30+g.r.IntN(60)), "remix"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.pick([]string{s.track + " - " + firstArtist(s.artist) + " (slowed + reverb)", g.artists(s.artist) + " - " + s.track + " (Slowed)", s.track + " (slowed down) - " + firstArtist(s.artist)})
		return g.versioned(t, g.pick([]string{"slowed vibes", "sad slowed", "Slowed Reverb Music"}), s.dur*5/4), "slowed"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (sped up)", " (Sped Up Version)", " [sped up + reverb]", " - sped up"})
		return g.versioned(t, g.pick([]string{"sped up songs", "speed up music", "spedup"}), s.dur*4/5), "sped_up"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.pick([]string{"Nightcore - " + s.track, "Nightcore - " + s.track + " (" + firstArtist(s.artist) + ")", "Nightcore → " + s.track + " (Lyrics)"})
		return g.versioned(t, g.pick([]string{"NightcoreReality", "Syrex", "Nightcore Mix"}), s.dur*4/5), "nightcore"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Instrumental)", " [Instrumental]", " - Instrumental Version"})
		return g.versioned(t, g.pick(fanChannels), s.dur+g.r.IntN(5)-2), "instrumental"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.pick([]string{g.artists(s.artist) + " - " + s.track + " (Karaoke Version)", s.track + " - " + firstArtist(s.artist) + " | Karaoke Version", "Karaoke - " + s.track + " - " + firstArtist(s.artist)})
		return g.versioned(t, g.pick([]string{"Sing King", "KaraFun", "Karaoke Hits"}), s.dur+g.r.IntN(7)-3), "karaoke"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (8D Audio)", " | 8D Audio", " [8D AUDIO]"})
		return g.versioned(t, "8D Tunes", s.dur+g.r.IntN(5)-2), "8d"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.pick([]string{g.artists(s.artist) + " - " + s.track + " (Piano Version)", s.track + " - " + firstArtist(s.artist) + " | Piano Cover"})
		return g.versioned(t, g.pick([]string{"Rousseau", "Peter Buka", "Piano Tutorials"}), s.dur-20+g.r.IntN(40)), "piano"
	},
	func(g *gen, s song) (sideJSON, string) {
		c := g.pick(coverArtists)
		t := g.pick([]string{s.track + " - " + firstArtist(s.artist) + " (Cover by " + c + ")", c + " - " + s.track + " (" + firstArtist(s.artist) + " Cover)", s.track + " (" + firstArtist(s.artist) + ") - " + c + " Cover"})
		return g.versioned(t, c, s.dur-20+g.r.IntN(40)), "cover"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Extended Mix)", " (Extended Version)", " [Extended]"})
		return g.versioned(t, g.pick(remixChannels), s.dur*7/5), "extended"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (A Cappella)", " (Acapella)", " [Acapella Vocals Only]"})
		return g.versioned(t, g.pick(fanChannels), s.dur+g.r.IntN(5)-2), "a_cappella"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Orchestral Version)", " [Orchestral]"})
		return g.versioned(t, g.pick(fanChannels), s.dur+g.r.IntN(30)), "orchestral"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Demo)", " [Demo Version]", " (Early Demo)"})
		return g.versioned(t, g.pick(fanChannels), s.dur-30+g.r.IntN(40)), "demo"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (MTV Unplugged)", " (Unplugged)"})
		return g.versioned(t, firstArtist(s.artist), s.dur+g.r.IntN(30)), "unplugged"
	},
	func(g *gen, s song) (sideJSON, string) {
		t := g.artists(s.artist) + " - " + s.track + g.pick([]string{" (Radio Edit)", " [Radio Edit]", " (Edit)"})
		return g.versioned(t, g.pick(remixChannels), s.dur*4/5), "edit"
	},
}

func (g *gen) versioned(title, channel string, dur int) sideJSON {
	s := sideJSON{Title: title, Channel: channel}
	if g.chance(0.5) {
		s.Duration = dur
	}
	return s
}
