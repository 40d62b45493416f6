package title

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// titleCase is one line of testdata/titles/cases.jsonl: a real-world title
// with what Normalize must make of it. VersionInfo and ArtistSource are
// checked when present.
type titleCase struct {
	Category     string        `json:"category"`
	Title        string        `json:"title"`
	Channel      string        `json:"channel"`
	Artist       string        `json:"artist"`
	Artists      []string      `json:"artists"`
	Track        string        `json:"track"`
	Featured     []string      `json:"featured"`
	Versions     []Version     `json:"versions"`
	VersionInfo  *[]string     `json:"version_info"`
	ArtistSource *ArtistSource `json:"artist_source"`
}

const casesFile = "../../testdata/titles/cases.jsonl"

func readCases(tb testing.TB, path string) []titleCase {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var cases []titleCase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var c titleCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatalf("%s:%d: %v", path, line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return cases
}

// TestNormalizeCases runs the real-world title cases.
func TestNormalizeCases(t *testing.T) {
	cases := readCases(t, casesFile)
	if len(cases) < 300 {
		t.Errorf("%s has %d cases, want at least 300", casesFile, len(cases))
	}
	for _, c := range cases {
		got := Normalize(Input{Title: c.Title, Channel: c.Channel, Artist: c.Artist})
		var bad []string
		if !slices.Equal(got.Artists, c.Artists) {
			bad = append(bad, "artists")
		}
		if got.Track != c.Track {
			bad = append(bad, "track")
		}
		if !slices.Equal(got.Featured, c.Featured) {
			bad = append(bad, "featured")
		}
		if !slices.Equal(got.Versions, c.Versions) {
			bad = append(bad, "versions")
		}
		if c.VersionInfo != nil && !slices.Equal(got.VersionInfo, *c.VersionInfo) {
			bad = append(bad, "version_info")
		}
		if c.ArtistSource != nil && got.ArtistSource != *c.ArtistSource {
			bad = append(bad, "artist_source")
		}
		if len(bad) > 0 {
			t.Errorf("%s: Normalize(%q, channel %q, artist %q): wrong %v\n got artists %q track %q featured %q versions %q info %q source %q patterns %q\nwant artists %q track %q featured %q versions %q",
				c.Category, c.Title, c.Channel, c.Artist, bad,
				got.Artists, got.Track, got.Featured, got.Versions, got.VersionInfo, got.ArtistSource, got.Patterns,
				c.Artists, c.Track, c.Featured, c.Versions)
		}
	}
}

var _ = filepath.Join

// TestChannelCreditDropsSongWord: the channel's signature that ends a list
// of credits (channel_credit) counts among the credits, so the word "song"
// before the list says what the upload is (dropSongWord), as it does in
// the list unsigned.
func TestChannelCreditDropsSongWord(t *testing.T) {
	tests := []struct {
		in    Input
		track string
	}{
		{Input{Title: "Zulfa Song | Anvir Singh | Prince Ghuman | Shemaroo Punjabi", Channel: "shemaroopunjabi"}, "zulfa"},
		{Input{Title: "Kaala Chashma Song | Baar Baar Dekho | Sidharth | SVF", Channel: "SVF"}, "kaala chashma"},
		{Input{Title: "Kaala Chashma Song | Baar Baar Dekho | Sidharth | Katrina | SVF", Channel: "SVF"}, "kaala chashma"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got.Track != tt.track || !slices.Contains(got.Patterns, "channel_credit") {
			t.Errorf("Normalize(%q, channel %q): track %q, patterns %q; want track %q by channel_credit", tt.in.Title, tt.in.Channel, got.Track, got.Patterns, tt.track)
		}
	}
}

// TestTrackNumbers: a CD or vinyl track number that opens a title goes,
// written "01. " or "B2. "; a number that opens a name stays, padded with
// a zero ("03 Greedo") or not.
func TestTrackNumbers(t *testing.T) {
	checkReadings(t, []titleReading{
		{"01. Artist - Track", []string{"artist"}, "track"},
		{"03 Greedo - Substance", []string{"03 greedo"}, "substance"},
		{"07 Hello", nil, "07 hello"},
		{"21 Savage - Bank Account", []string{"21 savage"}, "bank account"},
		{"13 Block - Tieks", []string{"13 block"}, "tieks"},
		{"10 . 000 maniacs - like the weather", []string{"10 000 maniacs"}, "like the weather"},
		{"00 Hello", nil, "00 hello"},
	})
}

// titleReading is a title and the artists and track it must read as.
type titleReading struct {
	title   string
	artists []string
	track   string
}

// checkReadings normalizes each title and checks its artists and track.
func checkReadings(t *testing.T, tests []titleReading) {
	t.Helper()
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track {
			t.Errorf("Normalize(%q) = %q / %q (patterns %q), want %q / %q", tt.title, got.Artists, got.Track, got.Patterns, tt.artists, tt.track)
		}
	}
}

// TestNumberedTrack: "Artist - Album - 12 - Track" (numbered_track) takes
// the part after the track number as the track. With a caller's artist,
// the parts are read with it in mind: the part that names it is the
// artist wherever it stands, and the track the first part after the
// number that does not name it; a first part that does not name it is an
// album or other text, whose featured artists are nobody's. When only the
// caller's artist follows the number, the rule does not apply.
func TestNumberedTrack(t *testing.T) {
	tests := []struct {
		in       Input
		artists  []string
		track    string
		featured []string
		numbered bool
	}{
		{Input{Title: "jenna mammina - meant to be - 12 - hope that i dont fall in love with you"}, []string{"jenna mammina"}, "hope that i dont fall in love with you", nil, true},
		{Input{Title: "the tomcats - 11 - yesterday - psychedelic beat rock - july"}, []string{"the tomcats"}, "yesterday", nil, true},
		{Input{Title: "jenna mammina - meant to be - 12 - hope that i dont fall in love with you", Artist: "Jenna Mammina"}, []string{"jenna mammina"}, "hope that i dont fall in love with you", nil, true},
		{Input{Title: "meant to be - jenna mammina - 12 - hope that i dont fall in love with you", Artist: "Jenna Mammina"}, []string{"jenna mammina"}, "hope that i dont fall in love with you", nil, true},
		{Input{Title: "meant to be - 12 - jenna mammina - hope that i dont fall in love with you", Artist: "Jenna Mammina"}, []string{"jenna mammina"}, "hope that i dont fall in love with you", nil, true},
		{Input{Title: "meant to be - 12 - hope that i dont fall in love with you - jenna mammina", Artist: "Jenna Mammina"}, []string{"jenna mammina"}, "hope that i dont fall in love with you", nil, true},
		{Input{Title: "greatest hits - 03 - adele hello", Artist: "Adele"}, []string{"adele"}, "hello", nil, true},
		{Input{Title: "now 45 ft. bob - 03 - hello", Artist: "Adele"}, []string{"adele"}, "hello", nil, true},
		{Input{Title: "adele ft. bob - 25 - 03 - hello", Artist: "Adele"}, []string{"adele"}, "hello", []string{"bob"}, true},
		{Input{Title: "yesterday - 01 - francois glorieux", Artist: "Francois Glorieux"}, []string{"francois glorieux"}, "yesterday 01", nil, false},
	}
	for _, tt := range tests {
		got := Normalize(tt.in)
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track || !slices.Equal(got.Featured, tt.featured) || slices.Contains(got.Patterns, "numbered_track") != tt.numbered {
			t.Errorf("Normalize(%q, artist %q) = %q / %q featured %q (patterns %q), want %q / %q featured %q, numbered_track %v",
				tt.in.Title, tt.in.Artist, got.Artists, got.Track, got.Featured, got.Patterns, tt.artists, tt.track, tt.featured, tt.numbered)
		}
	}
}

// TestSongMarkerGroups: a bracket group after the marker that says a part
// is the song ("Track Full Video Song (Reprise) - Film - Cast",
// song_before_credits) is read as it is before the marker: its words stay
// in the track, and its versions and qualifiers reach the title, so
// another recording of the song is not read as the song.
func TestSongMarkerGroups(t *testing.T) {
	tests := []struct {
		title    string
		track    string
		versions []Version
		info     []string
	}{
		{"Gunna Gunna Mamidi Full Video Song (Reprise) - Raja The Great Video Songs - Ravi Teja", "gunna gunna mamidi reprise", nil, nil},
		{"Gunna Gunna Mamidi (Reprise) Full Video Song - Raja The Great Video Songs - Ravi Teja", "gunna gunna mamidi reprise", nil, nil},
		{"Gunna Gunna Mamidi Full Video Song (Part 2) - Raja The Great - Ravi Teja", "gunna gunna mamidi part 2", nil, nil},
		{"Dhaari Choodu Full Song With Lyrics (Reprise) - Krishnarjuna Yuddham Songs - Nani", "dhaari choodu reprise", nil, nil},
		{"Dhaari Choodu Full Song With Lyrics [Reprise] - Krishnarjuna Yuddham Songs - Nani", "dhaari choodu reprise", nil, nil}, // a tag naming another track stays, as before the marker
		{"Dhaari Choodu Full Song (Reprise) With Lyrics - Krishnarjuna Yuddham Songs - Nani", "dhaari choodu reprise", nil, nil},
		{"Family Party Song Trailer (Reprise) - MCA Video Song Promos - Nani, Sai Pallavi", "family party reprise", nil, []string{"excerpt"}},
		{"Gunna Gunna Mamidi Full Video Song (Female Version) - Raja The Great - Ravi Teja", "gunna gunna mamidi", nil, []string{"female version"}},
		{"Gunna Gunna Mamidi Full Video Song (Unplugged) - Raja The Great - Ravi Teja", "gunna gunna mamidi", []Version{VersionUnplugged}, nil},
		{"Gunna Gunna Mamidi Full Video Song (Official Video) (HD) - Raja The Great - Ravi Teja", "gunna gunna mamidi", nil, nil},
		{"Gunna Gunna Mamidi Full Video Song - Raja The Great Video Songs - Ravi Teja", "gunna gunna mamidi", nil, nil},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if got.Track != tt.track || !slices.Equal(got.Versions, tt.versions) || !slices.Equal(got.VersionInfo, tt.info) || !slices.Contains(got.Patterns, "song_before_credits") {
			t.Errorf("Normalize(%q) = track %q versions %q info %q (patterns %q), want track %q versions %q info %q by song_before_credits",
				tt.title, got.Track, got.Versions, got.VersionInfo, got.Patterns, tt.track, tt.versions, tt.info)
		}
	}
}

// TestPipeHead: a head before "|" that names the known artist (the
// channel's) is the artist, and the segment after it the track, unless a
// segment of the tail names that artist; without one, "X | Y" stays
// "Track | Artist", and a group after a segment ("(Official Video)")
// says nothing of which side is the track.
func TestPipeHead(t *testing.T) {
	tests := []struct {
		in      Input
		artists []string
		track   string
	}{
		{Input{Title: "Hello | Adele (Official Video)"}, []string{"adele"}, "hello"},
		{Input{Title: "Daang (Full Video) | Mankirt Aulakh | Sukh Sanghera | Latest Punjabi Song 2017 | Speed Records", Channel: "Speed Records"}, []string{"mankirt aulakh"}, "daang"},
		{Input{Title: "Tareek | (Full Song) | Inder Batth | New Punjabi Songs 2018 | Latest Punjabi Songs 2018"}, []string{"inder batth"}, "tareek"},
		{Input{Title: "Passenger | Simple Song (Official Video)", Channel: "Passenger"}, []string{"passenger"}, "simple song"},
		{Input{Title: "Hello | Adele (Official Video) | Lyrics", Channel: "AdeleVEVO"}, []string{"adele"}, "hello"},
		{Input{Title: "Shape of You | Ed Sheeran (Official Video) | Divide", Channel: "Ed Sheeran"}, []string{"ed sheeran"}, "shape of you"},
		{Input{Title: "Adele | Hello | Live at Wembley", Channel: "AdeleVEVO"}, []string{"adele"}, "hello"},
		{Input{Title: "Piter-G | Mi bro", Channel: "PiterGmusic"}, []string{"piterg"}, "mi bro"},
		{Input{Title: "Hello | Adele", Channel: "Adele"}, []string{"adele"}, "hello"},
		{Input{Title: "Hello | Adele"}, []string{"adele"}, "hello"},
		{Input{Title: "Adele | Hello"}, []string{"hello"}, "adele"},
	}
	for _, tt := range tests {
		got := Normalize(tt.in)
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track {
			t.Errorf("Normalize(%q, channel %q) = %q / %q (patterns %q), want %q / %q", tt.in.Title, tt.in.Channel, got.Artists, got.Track, got.Patterns, tt.artists, tt.track)
		}
	}
}

// TestLabelNotVersion: a version word before "Records" names a record
// label, in a group or a dash part, and no version; "Recordings" still
// says what the upload holds.
func TestLabelNotVersion(t *testing.T) {
	tests := []struct {
		title    string
		versions []Version
	}{
		{"Kambi - 20 Saal (Speed Records)", nil},
		{"Kambi - 20 Saal - Speed Records", nil},
		{"Ranjit Bawa - Chote Chote Ghar [VIP Records]", nil},
		{"Kambi - 20 Saal (Live Recordings)", []Version{VersionLive}},
		{"Kambi - 20 Saal (Sped Up)", []Version{VersionSpedUp}},
	}
	for _, tt := range tests {
		if got := Normalize(Input{Title: tt.title}); !slices.Equal(got.Versions, tt.versions) {
			t.Errorf("Normalize(%q) = versions %q (info %q), want %q", tt.title, got.Versions, got.VersionInfo, tt.versions)
		}
	}
}

// TestDatedStageTail: a last comma part that is a stage and a date stamp
// and nothing else is the broadcast of a live take; a stage without a
// date, a date alone or a stage among other words is no such part.
func TestDatedStageTail(t *testing.T) {
	tests := []struct {
		title, track string
		info         []string
	}{
		{"Crown J - Fly Boy, Music Core 20081004", "fly boy", []string{"music core 081004"}},
		{"Crown J - Fly Boy, THE SHOW 200811", "fly boy", []string{"the show 200811"}},
		{"Crown J - Fly Boy, Music Core", "fly boy music core", nil},
		{"Crown J - Fly Boy, 20081004", "fly boy 20081004", nil},
		{"Crown J - Fly Boy, Music Core Special 20081004", "fly boy music core special 20081004", nil},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if got.Track != tt.track || !slices.Equal(got.VersionInfo, tt.info) || (len(tt.info) > 0) != slices.Contains(got.Versions, VersionLive) {
			t.Errorf("Normalize(%q) = track %q versions %q info %q, want %q, live %v, %q", tt.title, got.Track, got.Versions, got.VersionInfo, tt.track, len(tt.info) > 0, tt.info)
		}
	}
}

// TestUnglueDash: a dash inside a word separates artist and track only
// where nothing else could (glued_dash).
func TestUnglueDash(t *testing.T) {
	for _, c := range []struct {
		title string
		split bool
	}{
		{"50 Cent-Best Friend(Remix)", true},
		{"Luchè-Ti amo", true},
		{"Andres Cepeda-Día Tras Día", true},
		{"Rose-Marie", false},                                   // two words: one name
		{"Jay-Z Holy Grail", false},                             // one letter after the dash
		{"a-ha 'Take On Me'", false},                            // lower case after it
		{"E-40 Choices", false},                                 // a digit after it
		{"Lin-Manuel Miranda & Ben Platt Found Tonight", false}, // a list of names
		{"Tenkka-tenkka-poo", false},                            // two dashes
		{"Marshmello & Anne-Marie - FRIENDS", false},            // a separator of its own
		{"Red Velvet 'Peek-A-Boo' MV", false},                   // a quoted track
		{"Taylor Swift: Anti-Hero", false},                      // a colon
		{"Aimer ─ Zankyou-Sanka", false},                        // a line that folds to a dash
		{"Adele ‘Hello-Goodbye’ Live", false},                   // a quote that folds to one
		{"Andres Cepeda-Don’t Go Now", true},                    // an apostrophe inside a word
		{"Taylor Swift Anti-Hero", false},                       // a hyphenated word ends the title
		{"Lauryn Hill Ex-Factor (Official Video)", false},       // idem, before a bracket
		{"Laura Branigan Self-Control [HQ]", false},             // idem
		{"Eminem Re-Up", false},                                 // idem
		{"Bye-Bye Baby", false},                                 // one word said twice
		{"Bling-Bling Cash Money Remix", false},                 // idem
		{"Cha-Cha Slide (Official Video)", false},               // idem
		{"Chop-Chop Uncle Kracker", false},                      // idem
	} {
		got := Normalize(Input{Title: c.title})
		if slices.Contains(got.Patterns, "glued_dash") != c.split {
			t.Errorf("Normalize(%q): glued_dash %v, want %v (artists %q track %q)", c.title, !c.split, c.split, got.Artists, got.Track)
		}
	}
}

// TestLetterBars: a lone lower-case "l" in a title that writes capitals is
// a bar (letter_bar); the dev titles of testdata/titles/trending and
// real read their track without what follows it. The only one of a title,
// between plain Latin words, is the pronoun I and no bar.
func TestLetterBars(t *testing.T) {
	for _, c := range []struct {
		title, channel string
		bar            bool
		track          string // the track, when the case checks it
	}{
		{"Velaikkaran - Uyire Video l Sivakarthikeyan, Nayanthara l Anirudh", "Sony Music India", true, "uyire video"},
		{"Wanna One (워너원) - '약속해요 (I.P.U.)' M/V l Special Theme Track", "", true, "ipu"},
		{"[주간아 미방]  온종일 모든 장면이 있지로 가득해! ITZY의 ‘Not Shy’♬ l EP.473", "ALL THE K-POP", true, "not shy"},
		{"[엉망진창제작소] (여자)아이들 서열 1위는 오늘부터 🥁덤디단이야🥁 l 덤디덤디 l(G)I-DLE l DUMDi DUMDi l 4Kㅣ딩고뮤직ㅣDingo Music ㅣ LIVE", "딩고 뮤직 / dingo music", true, ""},
		{"samuel l jackson - say what again", "", false, ""}, // lower case only: a lowered initial
		{"Samuel L Jackson - Say What Again", "", false, ""}, // a capital L is an initial
		{"Edith Piaf - L'Hymne à l'amour", "", false, ""},    // an elided article
		{"Adele - Hello l", "", false, ""},                   // nothing after it
		// The only lone l, between plain Latin words: the pronoun I.
		{"Bruno Mars - When l Was Your Man", "", false, "when l was your man"},
		{"Arctic Monkeys - Do l Wanna Know?", "", false, ""},
		{"Britney Spears - Oops!... l Did It Again", "", false, ""},
		{"Alicia Keys - If l Ain't Got You", "", false, ""},
		{"Whitney Houston - l Will Always Love You", "", false, ""}, // after a dash
		{"Tones And l - Dance Monkey", "", false, "dance monkey"},   // before a dash
		// The only lone l beside a word in another script or with a symbol.
		{"IU - 팔레트 l Palette", "", true, ""},
		{"IU - Palette l ♬ Lyrics", "", true, ""},
	} {
		got := Normalize(Input{Title: c.title, Channel: c.channel})
		if slices.Contains(got.Patterns, "letter_bar") != c.bar {
			t.Errorf("Normalize(%q): letter_bar %v, want %v", c.title, !c.bar, c.bar)
		}
		if c.track != "" && got.Track != c.track {
			t.Errorf("Normalize(%q) = track %q, want %q", c.title, got.Track, c.track)
		}
		if c.bar && strings.Contains(" "+got.Track+" ", " l ") {
			t.Errorf("Normalize(%q) = track %q, holds the bar", c.title, got.Track)
		}
	}
}

// TestSpelledTake: a take numbered with a word is the take numbered with
// its digits, a recording apart from the plain title and from other takes.
func TestSpelledTake(t *testing.T) {
	tests := []struct {
		title string
		info  []string
	}{
		{"Bon Iver - Holocene (Take Two)", []string{"take 2"}},
		{"Bon Iver - Holocene (Take 2)", []string{"take 2"}},
		{"The Beatles - Strawberry Fields Forever (Take Seven)", []string{"take 7"}},
		{"John Coltrane - Giant Steps (Alternate Take Three)", []string{"alternate take 3"}},
		{"Bon Iver - Holocene | Take Two", []string{"take 2"}},
		{"Take That - Patience (Official Video)", nil},
		{"Dave Brubeck - Take Five", nil},
	}
	for _, tt := range tests {
		if got := Normalize(Input{Title: tt.title}); !slices.Equal(got.VersionInfo, tt.info) {
			t.Errorf("Normalize(%q) = info %q, want %q", tt.title, got.VersionInfo, tt.info)
		}
	}
}

// TestPipePart: a "| Part N" segment names another piece, as "(Part N)"
// does, and stays in the track; a segment that is no part number is cut.
func TestPipePart(t *testing.T) {
	tests := []struct{ title, track string }{
		{"Daft Punk - Touch | Part 2", "touch part 2"},
		{"Daft Punk - Touch | Part Two | Official Audio", "touch part two"},
		{"Kanye West - Father Stretch My Hands | Pt. 1", "father stretch my hands pt 1"},
		{"Gusttavo Lima - Balada | Parte 2", "balada parte 2"},
		{"Daft Punk - Touch | Episode 2", "touch"},
		{"Daft Punk - Touch | Part of the Album", "touch"},
	}
	for _, tt := range tests {
		if got := Normalize(Input{Title: tt.title}); got.Track != tt.track {
			t.Errorf("Normalize(%q) = track %q, want %q", tt.title, got.Track, tt.track)
		}
	}
}

// TestTailQualifier: a segment of a "| X" tail, or of a bullet read as
// one, that names a recording or a video about the song is kept as a
// group's would be; a segment that would be a noise group says nothing.
func TestTailQualifier(t *testing.T) {
	tests := []struct {
		title string
		info  []string
	}{
		{"Taylor Swift - Love Story | Taylor's Version", []string{"taylors version"}},
		{"Taylor Swift - Love Story • Taylor's Version", []string{"taylors version"}},
		{"Adele - Hello | Take 2", []string{"take 2"}},
		{"Miles Davis - So What | Alternate Take", []string{"alternate take"}},
		{"Adele - Hello | Reaction", []string{"about reaction"}},
		{"Adele - Hello | Behind The Scenes", []string{"about behind the scenes"}},
		{"Adele - Hello | Album Version", nil},
		{"Adele - Hello | Official Version", nil},
	}
	for _, tt := range tests {
		if got := Normalize(Input{Title: tt.title}); !slices.Equal(got.VersionInfo, tt.info) {
			t.Errorf("Normalize(%q) = info %q, want %q", tt.title, got.VersionInfo, tt.info)
		}
	}
}

// TestOtherVideoKind: a lesson, chords or tabs, a reaction, a line
// distribution or a ringtone (category other_video_kind) is another kind
// of video than the recording, in a group, after a dash, after a bar, and
// as a bar's head before a song line (kind_head); as the track itself,
// or beside a noise tail, it is the song's title.
func TestOtherVideoKind(t *testing.T) {
	tests := []struct {
		title   string
		artists []string
		track   string
		info    []string
	}{
		{"Oasis - Wonderwall | Guitar Lesson", []string{"oasis"}, "wonderwall", []string{"about lesson"}},
		{"Wonderwall | Oasis | Easy Chords", nil, "wonderwall", []string{"about chords"}},
		{"Adele - Hello | Vocal Coach Reacts", []string{"adele"}, "hello", []string{"about reacts"}},
		{"Reaction | I Want It That Way", nil, "i want it that way", []string{"about reaction"}},
		{"Guitar Lesson | I Want It That Way", nil, "i want it that way", []string{"about lesson"}},
		{"Oasis - Wonderwall (Guitar Lesson)", []string{"oasis"}, "wonderwall", []string{"about lesson"}},
		{"Oasis - Wonderwall - Easy Chords", []string{"oasis"}, "wonderwall", []string{"about chords"}},
		{"Oasis - Wonderwall [Drum Tabs]", []string{"oasis"}, "wonderwall", []string{"about tabs"}},
		{"Legião Urbana - Tempo Perdido | Cifra", []string{"legiao urbana"}, "tempo perdido", []string{"about cifra"}},
		{"Legião Urbana - Tempo Perdido (Acordes)", []string{"legiao urbana"}, "tempo perdido", []string{"about acordes"}},
		{"BTS - Dynamite | Line Distribution", []string{"bts"}, "dynamite", []string{"about line distribution"}},
		{"Nokia - Tune (Ringtone)", []string{"nokia"}, "tune", []string{"about ringtone"}},
		{"Adele - Hello - Reacting", []string{"adele"}, "hello", []string{"about reacting"}},
		{"Adele - Hello | Beginner Guitar Lesson", []string{"adele"}, "hello", []string{"about lesson"}},
		{"Adele - Hello | Piano Lesson 2", []string{"adele"}, "hello", []string{"about lesson 2"}},
		{"Deadmau5 - Some Chords (HD)", []string{"deadmau5"}, "some chords", nil},
		{"Bo Burnham - Lesson", []string{"bo burnham"}, "lesson", nil},
		{"Lesson | Bo Burnham", []string{"bo burnham"}, "lesson", nil},
		{"Chords | Beach House", []string{"beach house"}, "chords", nil},
		{"The Killers - Reaction", []string{"the killers"}, "reaction", nil},
		{"Adele - Vocal Coach", []string{"adele"}, "vocal coach", nil},
		{"Commodores - Easy | Lyrics", []string{"commodores"}, "easy", nil},
		{"Prince - Guitar | Official Audio", []string{"prince"}, "guitar", nil},
		{"Artist - Beginners", []string{"artist"}, "beginners", nil},
		{"Line Distribution - Nobody", []string{"line distribution"}, "nobody", nil},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track || !slices.Equal(got.VersionInfo, tt.info) {
			t.Errorf("Normalize(%q) = %q / %q info %q (patterns %q), want %q / %q info %q", tt.title, got.Artists, got.Track, got.VersionInfo, got.Patterns, tt.artists, tt.track, tt.info)
		}
	}
}

// TestTitleNoiseAfterDash: "New Song" and "New Single" after a dash are
// release chatter only after an artist and a track; as the part beside
// the artist they are the song's title ("Howard Jones - New Song"), never
// cut so that the artist is read as the track.
func TestTitleNoiseAfterDash(t *testing.T) {
	checkReadings(t, []titleReading{
		{"Howard Jones - New Song", []string{"howard jones"}, "new song"},
		{"Howard Jones - New Song - Official Video", []string{"howard jones"}, "new song"},
		{"Howard Jones - New Song (Official Video)", []string{"howard jones"}, "new song"},
		{"Howard Jones - New Song [HD]", []string{"howard jones"}, "new song"},
		{"HOWARD JONES - NEW SONG - OFFICIAL MUSIC VIDEO", []string{"howard jones"}, "new song"},
		{"howard jones - new song - lyrics", []string{"howard jones"}, "new song"},
		{"Howard Jones – New Song – Official Audio", []string{"howard jones"}, "new song"},
		{"Adele - New Single - Official Video", []string{"adele"}, "new single"},
		{"Adele - New Single", []string{"adele"}, "new single"},
		{"Adele - Hello - New Song", []string{"adele"}, "hello"},
		{"Adele - Hello - New Song 2020", []string{"adele"}, "hello"},
		{"Adele - Hello - New Single - Official Video", []string{"adele"}, "hello"},
		{"Adele - Hello (New Song)", []string{"adele"}, "hello"},
		{"Adele - Hello [New Single]", []string{"adele"}, "hello"},
		{"NEW SONG - Adele - Hello", []string{"adele"}, "hello"},
		{"Adele - Hello - Out Now", []string{"adele"}, "hello"},
		{"Adele - Hello (Out Now)", []string{"adele"}, "hello"},
		{"Adele - Hello Out Now", []string{"adele"}, "hello"},
		{"Adele - New Song Hello", []string{"adele"}, "new song hello"},
		{"Adele - Hello - Official Video", []string{"adele"}, "hello"},
	})
}

// TestColonQuotedTrack: 'Artist: "Track"' before a dash names the artist
// and the quoted track, and the part after the dash says what the upload
// is (a live take, a remix, noise), as in 'Artist - "Track" - X'; a quoted
// name after other words or without a colon stays in the artist, and a
// colon after a short word is a title's ("Re: Stacks").
func TestColonQuotedTrack(t *testing.T) {
	tests := []struct {
		title    string
		artists  []string
		track    string
		versions []Version
	}{
		{`Daft Punk: "Get Lucky" - Live on Letterman`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Adele: "Hello" - Live at the BBC`, []string{"adele"}, "hello", []Version{VersionLive}},
		{`Florence Welch: "Dog Days Are Over" - Live at the Royal Albert Hall`, []string{"florence welch"}, "dog days are over", []Version{VersionLive}},
		{`Daft Punk: "Get Lucky" - Official Video`, []string{"daft punk"}, "get lucky", nil},
		{`Daft Punk: "Get Lucky" - Official Audio - HD`, []string{"daft punk"}, "get lucky", nil},
		{`Daft Punk: "Get Lucky" - Remix`, []string{"daft punk"}, "get lucky", []Version{VersionRemix}},
		{`Daft Punk: "Get Lucky" - Acoustic Version`, []string{"daft punk"}, "get lucky", []Version{VersionAcoustic}},
		{`daft punk: "get lucky" - live on letterman`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`DAFT PUNK: "GET LUCKY" - LIVE ON LETTERMAN`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Daft Punk: 'Get Lucky' - Live on Letterman`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Daft Punk: “Get Lucky” – Live on Letterman`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Daft Punk: 「Get Lucky」 - Live on Letterman`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Daft Punk: "Get Lucky" (Live on Letterman)`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Daft Punk: "Get Lucky"`, []string{"daft punk"}, "get lucky", nil},
		{`Daft Punk: Get Lucky`, []string{"daft punk"}, "get lucky", nil},
		{`Daft Punk - "Get Lucky" - Live on Letterman`, []string{"daft punk"}, "get lucky", []Version{VersionLive}},
		{`Taylor Swift: "Shake It Off" - Taylor Swift`, []string{"taylor swift"}, "shake it off", nil},
		{`Adele: "Hello" - Cover by Boyce Avenue`, []string{"boyce avenue"}, "hello", []Version{VersionCover}},
		{`Кабаре-дуэт "Академия" - Тома`, []string{"кабаредуэт академия"}, "тома", nil},
		{`Earl "Fatha" Hines - Rosetta`, []string{"earl fatha hines"}, "rosetta", nil},
		{`Re: "Stacks" - Bon Iver`, []string{"re", "stacks"}, "bon iver", nil},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track || !slices.Equal(got.Versions, tt.versions) {
			t.Errorf("Normalize(%q) = %q / %q %q (patterns %q), want %q / %q %q", tt.title, got.Artists, got.Track, got.Versions, got.Patterns, tt.artists, tt.track, tt.versions)
		}
	}
	// The quoted title does not end the part before the dash, or a name
	// follows the dash (the performer, the words before the colon a
	// film, a show or a work): no such part.
	for _, title := range []string{
		`Daft Punk: "Get Lucky" ft. Pharrell Williams - Official Video`,
		`Act II: "Chocolate" Spanish Dance - Tchaikovsky`,
		`Parsifal: Atto Primo "Il Mio Sangue Sia Vin" - Parsifal`,
		`Frozen: "Let It Go" - Demi Lovato`,
		`Frozen: "Let It Go" - Demi Lovato - Official Video`,
		`Pentatonix: "Hello" - Adele`,
		`Mozart: "Eine kleine Nachtmusik" - Berliner Philharmoniker`,
		`Hamilton: "My Shot" - Lin-Manuel Miranda`,
		`Eurovision 2019: "Arcade" - Duncan Laurence`,
	} {
		if got := Normalize(Input{Title: title}); slices.Contains(got.Patterns, "colon_quoted") {
			t.Errorf("Normalize(%q) = %q / %q, read as colon_quoted", title, got.Artists, got.Track)
		}
	}
}
