package title

import (
	"slices"
	"testing"
)

// TestCreditListLayoutLimits checks what the credit-list layouts
// (credit_list_layout) leave as they were: an occasion of one word is no
// singer ("Holi's biggest hit song"), "new song" inside a title's phrase
// names no singer's new song, a track before "Official Video Song HD"
// stays the track, a film named as its songs ("... India Songs") is no
// film before its singers, nor is a label's list after a track marked as
// an upload ("Tareek | (Full Song) | Inder Batth | ..."), nor is a
// label's or an artist's "Artist - Track | Album" read as "Track - Singer
// | Film" (singer_film_tail): the artist first, a one-word track, an
// artist's own channel (short_indic_singer).
func TestCreditListLayoutLimits(t *testing.T) {
	for _, c := range []struct {
		in      Input
		artists []string
		track   string
	}{
		{Input{Title: "हाेली का सबसे हिट Song | Khesari Lal Yadav | Bhatar Aiehe Holi Ke Baad | New Bhojpuri Holi Song 2018", Channel: "Venus Regional"}, []string{"khesari lal yadav"}, ""},
		{Input{Title: "My Brand New Song - The Weekenders"}, []string{"the weekenders"}, "my brand new song"},
		{Input{Title: "Ponnumkasavittu Official Video Song HD | Queen's Memories | Dijo Jose Antony | Jakes Bejoy", Channel: "satyamvideos"}, nil, "ponnumkasavittu"},
		{Input{Title: "Sainika Lyrical | Naa Peru Surya Naa illu India Songs | Allu Arjun, Anu Emmanuel, Vakkantham Vamsi", Channel: "Aditya Music"}, nil, "sainika"},
		{Input{Title: "Tareek | (Full Song) | Inder Batth | New Punjabi Songs 2018 | Latest Punjabi Songs 2018", Channel: "Jass Records"}, []string{"inder batth"}, "tareek"},
		{Input{Title: "Taylor Swift - Love Story | Fearless", Channel: "Big Machine Records"}, []string{"taylor swift"}, "love story"},
		{Input{Title: "Daft Punk - Get Lucky | Random Access Memories", Channel: "Columbia Records"}, []string{"daft punk"}, "get lucky"},
		{Input{Title: "अरिजीत सिंह - तुम ही हो | आशिकी 2", Channel: "अरिजीत सिंह"}, []string{"अरिजीत सिंह"}, "तुम ही हो"},
		{Input{Title: "मुकेश - कभी कभी मेरे दिल में | कभी कभी", Channel: "पुराने गाने"}, []string{"मुकेश"}, "कभी कभी मेरे दिल में"},
		{Input{Title: "मुकेश - मेरा जूता है जापानी | श्री 420", Channel: "पुराने गाने"}, []string{"मुकेश"}, "मेरा जूता है जापानी"},
		{Input{Title: "कबीरा - मुकेश | कभी कभी", Channel: "पुराने गाने"}, []string{"कबीरा"}, "मुकेश"},
		{Input{Title: "मेरा जूता है जापानी - मुकेश | श्री 420", Channel: "मुकेश"}, []string{"मुकेश"}, "मेरा जूता है जापानी"},
	} {
		got := Normalize(c.in)
		if !slices.Equal(got.Artists, c.artists) || c.track != "" && got.Track != c.track {
			t.Errorf("Normalize(%q): artists %q track %q, want %q %q", c.in.Title, got.Artists, got.Track, c.artists, c.track)
		}
		if slices.ContainsFunc(got.Patterns, func(p string) bool {
			return p == "song_description" || p == "film_song_head" || p == "film_credits" || p == "singer_film_tail"
		}) {
			t.Errorf("Normalize(%q): read as a credit-list layout: %q", c.in.Title, got.Patterns)
		}
	}
}

// TestShortIndicSinger checks that one name in an Indic script after the
// dash, shorter than the track before it, on a label's channel, is read as
// the singer of "Track - Singer | Film" (short_indic_singer), and that the
// artist first, a name as long as the track, a Latin name and a channel
// that is no label's keep their readings.
func TestShortIndicSinger(t *testing.T) {
	checkLayoutReadings(t, "short_indic_singer", []layoutReading{
		{"one word after a track of four", Input{Title: "मेरा जूता है जापानी - मुकेश | श्री 420", Channel: "पुराने गाने"}, []string{"मुकेश"}, "मेरा जूता है जापानी", true},
		{"one word after a track of five", Input{Title: "कभी कभी मेरे दिल में - मुकेश | कभी कभी", Channel: "पुराने गाने"}, []string{"मुकेश"}, "कभी कभी मेरे दिल में", true},
		{"two words after a track of three", Input{Title: "लग जा गले - लता मंगेशकर | वो कौन थी", Channel: "पुराने गाने"}, []string{"लता मंगेशकर"}, "लग जा गले", true},
		{"the artist first", Input{Title: "मुकेश - कभी कभी मेरे दिल में | कभी कभी", Channel: "पुराने गाने"}, []string{"मुकेश"}, "कभी कभी मेरे दिल में", false},
		{"a name as long as the track", Input{Title: "कबीरा - मुकेश | कभी कभी", Channel: "पुराने गाने"}, []string{"कबीरा"}, "मुकेश", false},
		{"an artist's channel", Input{Title: "मेरा जूता है जापानी - मुकेश | श्री 420", Channel: "मुकेश"}, []string{"मुकेश"}, "मेरा जूता है जापानी", false},
		{"a Latin name", Input{Title: "Smells Like Teen Spirit - Nirvana | Nevermind", Channel: "Universal Music"}, nil, "", false},
	})
}

// TestSingerFirstFilm checks that one Indic name before the dash of
// "Singer - Track | Film" on a label's channel keeps its reading when the
// part after the dash is longer than it (singer_first_film), and that a
// singer after a track as long as or longer than the name is still read
// as "Track - Singer | Film".
func TestSingerFirstFilm(t *testing.T) {
	checkLayoutReadings(t, "singer_first_film", []layoutReading{
		{"a name of two words before a track of three", Input{Title: "किशोर कुमार - रूप तेरा मस्ताना | आराधना", Channel: "पुराने गाने"}, []string{"किशोर कुमार"}, "रूप तेरा मस्ताना", true},
		{"a name of two words before a track of four", Input{Title: "लता मंगेशकर - अजीब दास्तां है ये | दिल अपना और प्रीत पराई", Channel: "पुराने गाने"}, []string{"लता मंगेशकर"}, "अजीब दास्तां है ये", true},
		{"a name of two words before a track of three, a film of two", Input{Title: "अरिजीत सिंह - तुम ही हो | आशिकी 2", Channel: "हिंदी गाने"}, []string{"अरिजीत सिंह"}, "तुम ही हो", true},
		{"a singer after a track as long as the name", Input{Title: "चन्ना मेरेया - अरिजीत सिंह | ऐ दिल है मुश्किल", Channel: "हिंदी गाने"}, []string{"अरिजीत सिंह"}, "चन्ना मेरेया", false},
		{"a singer after a longer track", Input{Title: "लग जा गले - लता मंगेशकर | वो कौन थी", Channel: "पुराने गाने"}, []string{"लता मंगेशकर"}, "लग जा गले", false},
		{"a list of singers after a shorter track", Input{Title: "कबीरा - तोची रैना, रेखा भारद्वाज | ये जवानी है दीवानी", Channel: "हिंदी गाने"}, []string{"तोची रैना", "रेखा भारद्वाज"}, "कबीरा", false},
	})
}

// layoutReading is a title, the artists and track it is read as (no
// artists: not checked), and whether a layout's pattern is recorded.
type layoutReading struct {
	name    string
	in      Input
	artists []string
	track   string
	read    bool
}

// checkLayoutReadings checks each reading and that pattern is recorded
// exactly where it says.
func checkLayoutReadings(t *testing.T, pattern string, cases []layoutReading) {
	t.Helper()
	for _, c := range cases {
		got := Normalize(c.in)
		if c.artists != nil && (!slices.Equal(got.Artists, c.artists) || got.Track != c.track) {
			t.Errorf("%s: Normalize(%q): artists %q track %q, want %q %q", c.name, c.in.Title, got.Artists, got.Track, c.artists, c.track)
		}
		if read := slices.Contains(got.Patterns, pattern); read != c.read {
			t.Errorf("%s: Normalize(%q): %s %v, want %v (%q)", c.name, c.in.Title, pattern, read, c.read, got.Patterns)
		}
	}
}

// TestPipeHeadArtist checks that "Artist | Track" is read when the tail
// speaks as a line of a song beside a head shaped as a name
// (pipe_head_artist), and that "Track | Artist" stays where the words say
// nothing, where the head speaks, where the tail says what the upload is
// and where a caller names the artist.
func TestPipeHeadArtist(t *testing.T) {
	checkLayoutReadings(t, "pipe_head_artist", []layoutReading{
		{"a line after a one-word act", Input{Title: "Passenger | The Way That I Love You (Official Video)"}, []string{"passenger"}, "the way that i love you", true},
		{"a possessive in the tail", Input{Title: "Passenger | Losing My Religion (R.E.M. Cover)"}, []string{"passenger"}, "losing my religion", true},
		{"with me is no credit", Input{Title: "norah jones | come away with me"}, []string{"norah jones"}, "come away with me", true},
		{"with somebody is no credit", Input{Title: "Whitney Houston | I Wanna Dance With Somebody"}, []string{"whitney houston"}, "i wanna dance with somebody", true},
		{"a long line", Input{Title: "mike posner | i took a pill in ibiza"}, []string{"mike posner"}, "i took a pill in ibiza", true},
		{"the words say nothing", Input{Title: "Daft Punk | Get Lucky"}, []string{"get lucky"}, "daft punk", false},
		{"the head speaks", Input{Title: "I Love You | Adele"}, []string{"adele"}, "i love you", false},
		{"both speak", Input{Title: "Tones And I | Dance With Me"}, nil, "", false},
		{"noise after the bar", Input{Title: "Adele | Official Video"}, nil, "", false},
		{"a stage after the bar", Input{Title: "Adele | Live at Wembley"}, nil, "", false},
		{"a label's word", Input{Title: "Adele | Someone Like You Lyrics"}, nil, "", false},
		{"a caller's artist", Input{Title: "Someone Like You | Make You Feel My Love", Artist: "Adele"}, nil, "", false},
		{"the tail names the channel", Input{Title: "Love Me Do | You Me At Six", Channel: "You Me At Six"}, nil, "", false},
		{"a version after the track", Input{Title: "Mike Posner | I Took A Pill In Ibiza | Seeb Remix"}, []string{"mike posner"}, "i took a pill in ibiza", true},
		{"noise after the track", Input{Title: "Whitney Houston | I Wanna Dance With Somebody | Official Video"}, []string{"whitney houston"}, "i wanna dance with somebody", true},
		{"a stage after the track", Input{Title: "norah jones | come away with me | live at the bowery"}, []string{"norah jones"}, "come away with me", true},
		{"a lesson after the track", Input{Title: "Whitney Houston | I Wanna Dance With Somebody | Guitar Lesson"}, nil, "", false},
		{"chords after the track", Input{Title: "norah jones | come away with me | easy chords"}, nil, "", false},
		{"a reaction after the track", Input{Title: "mike posner | i took a pill in ibiza | vocal coach reacts"}, nil, "", false},
	})
}

// TestFilmAfterKind checks that a label's list of credits whose only sign
// is an unbracketed part saying the upload is a film's song ("- Video
// Single", "| Full Video |") names no artist when no segment lists songs
// (film_after_kind): the first name is the film. A bracketed kind, a
// listing, a video that says nothing of songs and a name before the kind
// keep the first name as the artist, and "A - B | Video Song | ..." keeps
// A as the artist: "Track - Film" cannot be told from "Artist - Track".
func TestFilmAfterKind(t *testing.T) {
	checkLayoutReadings(t, "film_after_kind", []layoutReading{
		{"a video single after a dash", Input{Title: "Visiri - Video Single | Enai Noki Paayum Thota | Dhanush | Darbuka Siva | Gautham Menon | Thamarai", Channel: "Ondraga Entertainment"}, []string{}, "visiri", true},
		{"a video song after a dash", Input{Title: "Anbin Kodi - Video Song | Aruvi | Arun Prabu | Bindhu Malini, Vedanth", Channel: "Dream Warrior Pictures"}, []string{}, "anbin kodi", true},
		{"a full song's audio after a dash", Input{Title: "Dil Diyan Gallan - Full Song Audio | Tiger Zinda Hai | Atif Aslam | Vishal and Shekhar", Channel: "YRF"}, []string{}, "dil diyan gallan", true},
		{"a full video between bars", Input{Title: "First Time Gote Jhia | Full Video |  LAILA O LAILA | Swaraj & Sunmeera | Sarthak Music", Channel: "Sarthak Music"}, []string{}, "first time gote jhia", true},
		{"a bracketed kind", Input{Title: "Tareyaan De Des ( Full Video ) | Prabh Gill | Maninder Kailey | Desi Routz | Sukh Sanghera", Channel: "Speed Records"}, []string{"prabh gill"}, "tareyaan de des", false},
		{"a listing", Input{Title: "Chote Chote Ghar | Full Video | Ranjit Bawa | Gur Sidhu | Latest Punjabi Songs 2020", Channel: "VIP Records"}, []string{"ranjit bawa"}, "chote chote ghar", false},
		{"an official video", Input{Title: "Hello - Official Video | Adele | XL Recordings", Channel: "XL Recordings"}, []string{"adele"}, "hello", false},
		{"a name before the kind", Input{Title: "Chote Chote Ghar | Ranjit Bawa | Full Video | Gur Sidhu | VIP Records", Channel: "VIP Records"}, []string{"ranjit bawa"}, "chote chote ghar", false},
		{"an artist's track before a video song", Input{Title: "Diljit Dosanjh - Do You Know | Full Video Song | Jatinder Shah", Channel: "Speed Records"}, []string{"diljit dosanjh"}, "do you know", false},
		{"an artist's track before a video song and a composer", Input{Title: "Arijit Singh - Channa Mereya | Video Song | Pritam", Channel: "T-Series"}, []string{"arijit singh"}, "channa mereya", true},
		{"singers after the film", Input{Title: "Chaiyya Chaiyya - Dil Se | Sukhwinder Singh, Sapna Awasthi | A.R. Rahman", Channel: "Sony Music India"}, []string{"sukhwinder singh", "sapna awasthi"}, "chaiyya chaiyya", false},
		{"singers after the film and a lyric video", Input{Title: "Kabira - Yeh Jawaani Hai Deewani | Lyrical Video | Tochi Raina, Rekha Bhardwaj | Pritam", Channel: "T-Series"}, []string{"tochi raina", "rekha bhardwaj"}, "kabira", false},
	})
}

// TestCreditListChannel checks that a list of credits after "Track Song"
// or naming roles leaves its uploading channel, a label's or a film
// producer's, out of the artists (credit_list_layout), and that a singer
// it names, an artist's own channel and a title with no list keep theirs.
func TestCreditListChannel(t *testing.T) {
	checkLayoutReadings(t, "credit_list_layout", []layoutReading{
		{"a film's song and its cast on the producer's channel", Input{Title: "Dil Diyan Gallan Song | Tiger Zinda Hai | Salman Khan | Katrina Kaif | Atif Aslam", Channel: "YRF"}, []string{}, "dil diyan gallan", true},
		{"two singers after the cast", Input{Title: "Zinda Hai Song | Tiger Zinda Hai | Salman Khan | Katrina Kaif | Sukhwinder Singh | Raftaar", Channel: "YRF"}, []string{}, "zinda hai", true},
		{"a composer named by role", Input{Title: "Tum Hi Ho Aashiqui 2 Full Video Song HD | Aditya Roy Kapur, Shraddha Kapoor | Music - Mithoon", Channel: "T-Series"}, []string{}, "tum hi ho aashiqui 2", true},
		{"a singer named by role", Input{Title: "Saraswati Puja Special Song – Vina Badini Saraswati || Singer - Namita Agrawal", Channel: "Namita Agrawal"}, []string{"namita agrawal"}, "vina badini saraswati", true},
		{"one tail on the artist's channel", Input{Title: "Your Song | Elton John", Channel: "Elton John"}, []string{"elton john"}, "your song", false},
		{"no list on the artist's channel", Input{Title: "Dil Diyan Gallan Song", Channel: "Atif Aslam"}, []string{"atif aslam"}, "dil diyan gallan song", false},
	})
}
