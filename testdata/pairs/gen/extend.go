package main

import "math/rand/v2"

// extensionPairs are curated hard negatives of titles that extend, or
// differ by a word or a number from, another real title: the mistakes a
// weighted word overlap makes when one word is all that tells two songs
// apart. Kinds:
//
//	title_extension         one title is the other plus a word or more ("Let It Be" / "Let It Be Me")
//	reprise                 a reprise, released under the song's title plus "(Reprise)"
//	sequel                  parts and numbered pieces: the titles differ by a number
//	same_artist_diff_track  one artist, two titles that differ by a word
//
// Both sides are real releases. "Halo (Reprise)" is not: Beyoncé released
// none.
var extensionPairs = []hardPair{
	{"title_extension", song{"The Beatles", "Let It Be", "", 243}, song{"The Everly Brothers", "Let It Be Me", "", 158}},
	{"title_extension", song{"Adele", "Hello", "", 295}, song{"The Beatles", "Hello, Goodbye", "", 208}},
	{"title_extension", song{"Coldplay", "Yellow", "", 269}, song{"The Beatles", "Yellow Submarine", "", 158}},
	{"title_extension", song{"Eminem", "Lose Yourself", "", 326}, song{"Daft Punk", "Lose Yourself to Dance", "Pharrell Williams", 353}},
	{"title_extension", song{"Pink Floyd", "Time", "", 413}, song{"Cyndi Lauper", "Time After Time", "", 241}},
	{"title_extension", song{"U2", "One", "", 276}, song{"Daft Punk", "One More Time", "", 320}},
	{"title_extension", song{"Michael Jackson", "Bad", "", 247}, song{"Billie Eilish", "bad guy", "", 194}},
	{"title_extension", song{"Pink Floyd", "Money", "", 382}, song{"ABBA", "Money, Money, Money", "", 185}},
	{"title_extension", song{"Kanye West", "Stronger", "", 311}, song{"Daft Punk", "Harder, Better, Faster, Stronger", "", 224}},
	{"title_extension", song{"Justin Bieber", "Baby", "Ludacris", 214}, song{"Britney Spears", "...Baby One More Time", "", 211}},
	{"title_extension", song{"Elvis Presley", "Love Me", "", 163}, song{"Elvis Presley", "Love Me Tender", "", 161}},
	{"title_extension", song{"U2", "One", "", 276}, song{"U2", "One Tree Hill", "", 323}},
	{"title_extension", song{"Linkin Park", "Numb", "", 185}, song{"JAY-Z, Linkin Park", "Numb/Encore", "", 205}},
	{"title_extension", song{"Taylor Swift", "Blank Space", "", 231}, song{"Taylor Swift", "Blank Space (Taylor's Version)", "", 231}},
	{"title_extension", song{"The Beatles", "Love Me Do", "", 142}, song{"Elvis Presley", "Love Me", "", 163}},
	{"same_title_diff_artist", song{"Queen", "Somebody to Love", "", 296}, song{"Jefferson Airplane", "Somebody to Love", "", 174}},

	{"reprise", song{"Pink Floyd", "Breathe", "", 163}, song{"Pink Floyd", "Breathe (Reprise)", "", 86}},
	{"reprise", song{"The Beatles", "Sgt. Pepper's Lonely Hearts Club Band", "", 122}, song{"The Beatles", "Sgt. Pepper's Lonely Hearts Club Band (Reprise)", "", 79}},
	{"reprise", song{"Kristen Bell, Idina Menzel", "For the First Time in Forever", "", 226}, song{"Kristen Bell, Idina Menzel", "For the First Time in Forever (Reprise)", "", 151}},
	{"reprise", song{"Original Broadway Cast of Hamilton", "The Story of Tonight", "", 91}, song{"Original Broadway Cast of Hamilton", "The Story of Tonight (Reprise)", "", 115}},

	{"sequel", song{"Mike Oldfield", "Tubular Bells (Part One)", "", 1558}, song{"Mike Oldfield", "Tubular Bells (Part Two)", "", 1408}},
	{"sequel", song{"Pérez Prado", "Mambo No. 5", "", 164}, song{"Pérez Prado", "Mambo No. 8", "", 134}},
	{"sequel", song{"Erik Satie", "Gymnopédie No. 1", "", 205}, song{"Erik Satie", "Gymnopédie No. 3", "", 145}},
	{"sequel", song{"Frédéric Chopin", "Nocturne Op. 9 No. 1", "", 330}, song{"Frédéric Chopin", "Nocturne Op. 9 No. 2", "", 270}},
	{"sequel", song{"JAY-Z", "Dead Presidents", "", 270}, song{"JAY-Z", "Dead Presidents II", "", 266}},
	{"sequel", song{"The Beatles", "Revolution", "", 205}, song{"The Beatles", "Revolution 1", "", 255}},
	{"sequel", song{"The Beatles", "Revolution 1", "", 255}, song{"The Beatles", "Revolution 9", "", 502}},
	{"sequel", song{"Pink Floyd", "Shine On You Crazy Diamond (Pts. 1-5)", "", 811}, song{"Pink Floyd", "Shine On You Crazy Diamond (Pts. 6-9)", "", 748}},

	{"same_artist_diff_track", song{"Red Hot Chili Peppers", "Californication", "", 329}, song{"Red Hot Chili Peppers", "Dani California", "", 282}},
	{"same_artist_diff_track", song{"Madonna", "Like a Prayer", "", 341}, song{"Madonna", "Like a Virgin", "", 218}},
	{"same_artist_diff_track", song{"Kanye West", "Good Life", "T-Pain", 207}, song{"Kanye West", "Good Morning", "", 195}},
	{"same_artist_diff_track", song{"The Beatles", "Hey Jude", "", 431}, song{"The Beatles", "Hey Bulldog", "", 191}},
}

// trackOnlyExtensions are hard negatives where the shorter or the longer
// title comes from a fan upload that names no artist: only the words of
// the track can tell the two songs apart. The first song is uploaded
// track-only, the second with its artist.
var trackOnlyExtensions = []hardPair{
	{"title_extension_no_artist", song{"The Everly Brothers", "Let It Be Me", "", 158}, song{"The Beatles", "Let It Be", "", 243}},
	{"title_extension_no_artist", song{"The Beatles", "Let It Be", "", 243}, song{"The Everly Brothers", "Let It Be Me", "", 158}},
	{"title_extension_no_artist", song{"The Beatles", "Hello, Goodbye", "", 208}, song{"Adele", "Hello", "", 295}},
	{"title_extension_no_artist", song{"The Beatles", "Yellow Submarine", "", 158}, song{"Coldplay", "Yellow", "", 269}},
	{"title_extension_no_artist", song{"Daft Punk", "Lose Yourself to Dance", "", 353}, song{"Eminem", "Lose Yourself", "", 326}},
	{"title_extension_no_artist", song{"Cyndi Lauper", "Time After Time", "", 241}, song{"Pink Floyd", "Time", "", 413}},
	{"title_extension_no_artist", song{"Daft Punk", "One More Time", "", 320}, song{"U2", "One", "", 276}},
	{"title_extension_no_artist", song{"Elvis Presley", "Love Me Tender", "", 161}, song{"Elvis Presley", "Love Me", "", 163}},
	{"title_extension_no_artist", song{"Britney Spears", "...Baby One More Time", "", 211}, song{"Justin Bieber", "Baby", "Ludacris", 214}},
	{"title_extension_no_artist", song{"Sam Smith", "Stay With Me", "", 172}, song{"Rihanna", "Stay", "Mikky Ekko", 240}},
	{"title_extension_no_artist", song{"Pink Floyd", "Breathe (Reprise)", "", 86}, song{"Pink Floyd", "Breathe", "", 163}},
	{"title_extension_no_artist", song{"Kristen Bell, Idina Menzel", "For the First Time in Forever (Reprise)", "", 151}, song{"Kristen Bell, Idina Menzel", "For the First Time in Forever", "", 226}},
}

// spellingDups are one recording whose title uploaders spell two ways
// (a dropped g, a word written as one or two, a subtitle kept or a
// credit written into the title): duplicates that must still merge
// however strict the scorer is about words only one title has.
var spellingDups = []struct {
	s    song
	a, b string // the two spellings of s.track
}{
	{song{"Journey", "", "", 250}, "Don't Stop Believin'", "Dont Stop Believing"},
	{song{"Britney Spears", "", "", 233}, "Everytime", "Every Time"},
	{song{"Elvis Presley", "", "", 182}, "Can't Help Falling in Love", "Cant Help Falling In Love"},
	{song{"Bee Gees", "", "", 285}, "Stayin' Alive", "Staying Alive"},
	{song{"Kenny Chesney", "", "", 256}, "That Lucky Old Sun", "That Lucky Old Sun (with Willie Nelson)"},
	{song{"Post Malone", "", "", 158}, "Sunflower", "Sunflower (feat. Swae Lee)"},
	{song{"AC/DC", "", "", 292}, "Thunderstruck", "Thunder struck"},
	{song{"Daft Punk", "", "", 224}, "Harder, Better, Faster, Stronger", "Harder Better Faster Stronger"},
	{song{"Pink Floyd", "", "", 413}, "Time", "TIME"},
	{song{"ABBA", "", "", 185}, "Money, Money, Money", "Money Money Money"},
}

// extensions renders the pairs above: each curated negative, a duplicate
// pair of a song from it in two upload styles (so the added block is half
// duplicates, as the file is), and each spelling duplicate. They are drawn
// from a random stream of their own and appended after the shuffled pairs
// of youtube(), so that adding them left every earlier line of
// youtube.jsonl as it was.
func extensions() []pairJSON {
	g := &gen{r: rand.New(rand.NewPCG(20240601, 6))}
	var out []pairJSON
	for _, h := range extensionPairs {
		a := g.upload(h.a, styleByName(g.pick(plainStyles)))
		b := g.upload(h.b, styleByName(g.pick(plainStyles)))
		out = append(out, pairJSON{A: a, B: b, Same: false, Kind: h.kind}, g.dupPair(h.b))
	}
	for _, h := range trackOnlyExtensions {
		a := sideJSON{Title: h.a.track + g.pick([]string{" (Lyrics)", " lyrics", " (Audio)", ""}), Channel: g.pick(lyricChannels)}
		b := g.upload(h.b, styleByName(g.pick(plainStyles)))
		out = append(out, pairJSON{A: a, B: b, Same: false, Kind: h.kind}, g.dupPair(h.a))
	}
	for _, d := range spellingDups {
		sa, sb := d.s, d.s
		sa.track, sb.track = d.a, d.b
		a := g.upload(sa, styleByName(g.pick(plainStyles)))
		b := g.upload(sb, styleByName(g.pick(plainStyles)))
		out = append(out, pairJSON{A: a, B: b, Same: true, Kind: "dup_spelling"})
	}
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// dupPair renders s in two different styles, as youtube() renders its
// duplicates, with the kind named after the second style.
func (g *gen) dupPair(s song) pairJSON {
	i := g.r.IntN(len(styles))
	j := g.r.IntN(len(styles) - 1)
	if j >= i {
		j++
	}
	a, b := styles[i], styles[j]
	kind := "dup_" + b.name
	if a.name == "typo" {
		kind = "dup_typo"
	}
	return pairJSON{A: g.upload(s, a), B: g.upload(s, b), Same: true, Kind: kind}
}
