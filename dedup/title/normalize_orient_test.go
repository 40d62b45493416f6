package title

import (
	"slices"
	"strings"
	"testing"
)

// TestTrackFirstCues checks the weighing of orientation cues: a cue of
// weight 2 turns a two-part title alone, one of weight 1 only beside
// another, and a part that names the channel, a channel sure to be the
// artist's own or a last part that speaks too keeps "Artist - Track".
func TestTrackFirstCues(t *testing.T) {
	tests := []struct {
		title, channel string
		pattern        string // the orientation pattern read
		artists        []string
	}{
		// phrase cues of weight 2
		{"Ich will - Rammstein", "", "reversed_phrase", []string{"rammstein"}},
		{"Tera Ban Jaunga - Akhil Sachdeva", "", "reversed_phrase", []string{"akhil sachdeva"}},
		{"Don't Rain on My Parade - Barbra Streisand", "newkookoori", "reversed_phrase", []string{"barbra streisand"}},
		// weight 1 with the case cue, and alone
		{"Mi gente - J Balvin", "", "reversed_phrase", []string{"j balvin"}},
		{"mi gente - j balvin", "", "split", []string{"mi gente"}},
		{"Surfin' safari - The Beach Boys", "", "reversed_name", []string{"the beach boys"}},
		{"Surfin' Safari - The Beach Boys", "", "split", []string{"surfin safari"}},
		{"Lipe cvatu - Bijelo Dugme", "", "split", []string{"lipe cvatu"}},
		{"I Trappers - Ieri", "", "split", []string{"i trappers"}},
		// a first part as long as a line (long_line): weight 1
		{"i took a pill in ibiza - mike posner", "", "reversed_phrase", []string{"mike posner"}},
		{"mansion over the hill top - the jordanaires", "", "reversed_name", []string{"the jordanaires"}},
		{"Sobre las olas del mar - Los Panchos", "", "reversed_phrase", []string{"los panchos"}},
		{"y dyniadon ynfyd hirfelyn tesog - dyddiau fu", "", "split", []string{"y dyniadon ynfyd hirfelyn tesog"}},
		{"A Boogie Wit Da Hoodie - Drowning", "", "split", []string{"a boogie wit da hoodie"}},
		{"La Arrolladora Banda El Limón De René Camacho - Ojalá Que Te Enamores", "", "split", nil},
		{"Nick Cave and the Bad Seeds - The Ship Song", "", "split", nil},
		// long_line and a cue that says as much (band_line): kept
		{"I Killed The Prom Queen - Say Goodbye", "", "split", []string{"i killed the prom queen"}},
		{"I Killed The Prom Queen - The Deepest Sleep", "", "split", []string{"i killed the prom queen"}},
		{"i killed the prom queen - say goodbye", "", "split", []string{"i killed the prom queen"}},
		{"I Wrestled A Bear Once - Tiger Blood", "", "split", []string{"i wrestled a bear once"}},
		{"I Was A Cub Scout - Pink Squares", "", "split", []string{"i was a cub scout"}},
		{"Orchestral Manoeuvres in the Dark - The Avengers", "", "split", []string{"orchestral manoeuvres in the dark"}},
		{"Presidents of the United States of America - The Kids", "", "split", []string{"presidents of the united states of america"}},
		// ... and turned with a third cue, or a cue of its own
		{"I took a pill in Ibiza - Mike Posner", "", "reversed_phrase", []string{"mike posner"}},
		{"a sunday kind of love - etta james", "", "reversed_name", []string{"etta james"}},
		{"I killed the prom queen - Say Goodbye", "", "reversed_phrase", []string{"say goodbye"}},
		// name cues of weight 2
		{"ghostbusters - ray parker jr", "", "reversed_name", []string{"ray parker jr"}},
		// what keeps a title as it is
		{"The Weeknd - The Hills", "", "split", []string{"the weeknd"}},
		{"Kiss You This Christmas - Why Don't We", "", "split", []string{"kiss you this christmas"}},
		{"Bijelo dugme - Lipe Cvatu", "", "split", []string{"bijelo dugme"}},
		{"Kiri Te Kanawa - O mio babbino caro", "", "split", []string{"kiri te kanawa"}},
		{"Sweet Child O' Mine - Pentatonix Cover", "Pentatonix", "split", []string{"sweet child o mine"}},
		{"The Supremes: You Can't Hurry Love - Original", "", "split", nil},
		// an act's name led by a pronoun (pronoun_act): weight 1
		{"Ich Troje - Keine Grenzen", "", "split", []string{"ich troje"}},
		{"Ich + Ich - Vom selben Stern", "", "split", []string{"ich ich"}},
		{"Soy Luna - Valiente", "", "split", []string{"soy luna"}},
		{"Moi Caprice - Daisy Chain", "", "split", []string{"moi caprice"}},
		{"Je Suis - Bézu", "", "reversed_phrase", []string{"bezu"}},
		// a pronoun that leads only a clause or what it owns (je, tu), or
		// one a verb or another pronoun follows (pronoun_clause): a line
		{"Tu Amor - Luis Fonsi", "", "reversed_phrase", []string{"luis fonsi"}},
		{"Je Veux - Zaz", "", "reversed_phrase", []string{"zaz"}},
		{"Tu Foto - Ozuna", "", "reversed_phrase", []string{"ozuna"}},
		{"Soy Yo - Bomba Estéreo", "", "reversed_phrase", []string{"bomba estereo"}},
		{"Ich Will - Rammstein", "", "reversed_phrase", []string{"rammstein"}},
		{"Wir Sind - Helden", "", "reversed_phrase", []string{"helden"}},
		{"Ich will - Rammstein", "", "reversed_phrase", []string{"rammstein"}},
		{"My Way - Frank Sinatra", "", "reversed_phrase", []string{"frank sinatra"}},
		{"Tere Bina - A.R. Rahman", "", "reversed_phrase", []string{"ar rahman"}},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title, Channel: tt.channel})
		if !slices.Contains(got.Patterns, tt.pattern) {
			t.Errorf("%q on %q: patterns %q, want %q", tt.title, tt.channel, got.Patterns, tt.pattern)
		}
		if tt.artists != nil && !slices.Equal(got.Artists, tt.artists) {
			t.Errorf("%q on %q: artists %q, want %q", tt.title, tt.channel, got.Artists, tt.artists)
		}
	}
}

// TestPersonNameCue checks the person_name cue: a last part of a given name
// and one word more, beside a first part with no shape of a name, weighs
// 1 in a title of mixed case, so it turns one only beside another cue
// (case, long_line), and the case cue only beside a first part of three
// words or more; in a title of one case it weighs 2.
func TestPersonNameCue(t *testing.T) {
	tests := []struct {
		title   string
		pattern string
		artists []string
	}{
		// turned: the person's name and another cue
		{"The auld triangle - Ronnie Drew", "reversed_name", []string{"ronnie drew"}},
		{"Yesterday once more - Karen Carpenter", "reversed_name", []string{"karen carpenter"}},
		{"a sunday kind of love - etta james", "reversed_name", []string{"etta james"}},
		// turned: the person's name alone, in a title of one case
		// (person_name_single_case)
		{"purple rain - holly cole", "reversed_name", []string{"holly cole"}},
		{"plaisir damour - mireille mathieu", "reversed_name", []string{"mireille mathieu"}},
		{"BURNING BRIDGES - GLEN CAMPBELL", "reversed_name", []string{"glen campbell"}},
		// kept: the cue alone in a title of mixed case
		{"Jaden Smith - George Jeff", "split", []string{"jaden smith"}},
		// kept in one case: a first part shaped as a name, or a last part
		// that is no person's name
		{"the beatles - eleanor rigby", "split", []string{"the beatles"}},
		{"elvis presley - johnny b . goode", "split", []string{"elvis presley"}},
		{"sia - candy cane lane", "split", []string{"sia"}},
		{"hall & oates - sara smile", "split", []string{"hall", "oates"}},
		{"frank ocean - nancy wilson", "split", []string{"frank ocean"}},
		// kept: a first part of two words with no speech word, as an
		// act's name is typed in sentence case as often as a song's
		// (person_name_short_act)
		{"Purple rain - Holly Cole", "split", []string{"purple rain"}},
		{"Burning bridges - Glen Campbell", "split", []string{"burning bridges"}},
		{"Counting crows - Anna Begins", "split", []string{"counting crows"}},
		{"Vampire weekend - Hannah Hunt", "split", []string{"vampire weekend"}},
		{"Dire straits - Romeo Juliet", "split", []string{"dire straits"}},
		{"Sunset rubdown - Stephen Hawking", "split", []string{"sunset rubdown"}},
		{"Sleater kinney - Jenny Lewis", "split", []string{"sleater kinney"}},
		// kept: a first part shaped as a name, or holding one
		{"The beatles - Eleanor Rigby", "split", []string{"the beatles"}},
		{"Hall & oates - Sara Smile", "split", []string{"hall", "oates"}},
		{"Frank ocean - Nancy Wilson", "split", []string{"frank ocean"}}, // a name that is a word as well
		{"Elton john - Daniel", "split", []string{"elton john"}},
		// kept: a last part that is no person's name
		{"Elvis presley - Johnny B. Goode", "split", []string{"elvis presley"}},
		{"Dire straits - Romeo and Juliet", "split", []string{"dire straits"}},
		{"Sia - Candy Cane Lane", "split", []string{"sia"}},
		{"Panteón rococó - La carencia", "split", []string{"panteon rococo"}},
		{"Sweet dreams - Rock Steady", "split", []string{"sweet dreams"}},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Contains(got.Patterns, tt.pattern) {
			t.Errorf("%q: patterns %q, want %q", tt.title, got.Patterns, tt.pattern)
		}
		if !slices.Equal(got.Artists, tt.artists) {
			t.Errorf("%q: artists %q, want %q", tt.title, got.Artists, tt.artists)
		}
	}
}

// TestGivenNames checks the embedded list as read: its header left out,
// the names that are common words apart from the others.
func TestGivenNames(t *testing.T) {
	tests := []struct {
		word         string
		given, mayBe bool
	}{
		{"holly", true, true},
		{"ronnie", true, true},
		{"annemarie", true, true},
		{"rock", false, true},  // a very common English word
		{"frank", false, true}, // a very common English word
		{"ed", false, true},    // two letters
		{"triangle", false, false},
		{"#", false, false},
	}
	for _, tt := range tests {
		if got := isGivenName(tt.word); got != tt.given {
			t.Errorf("isGivenName(%q) = %v, want %v", tt.word, got, tt.given)
		}
		if got := mayBeGivenName(tt.word); got != tt.mayBe {
			t.Errorf("mayBeGivenName(%q) = %v, want %v", tt.word, got, tt.mayBe)
		}
	}
	names := givenNames()
	if len(names.names) < 8000 || len(names.words) < 100 {
		t.Errorf("%d names and %d words, want the whole list", len(names.names), len(names.words))
	}
	for _, list := range [][]string{names.names, names.words} {
		if !slices.IsSorted(list) || slices.ContainsFunc(list, func(n string) bool { return strings.ContainsAny(n, "#\t ") }) {
			t.Error("list unsorted or holding a header line")
		}
	}
}

// TestPersonNameLead checks person_name_lead: a title all in small letters
// with no separator that opens with a given name and a surname reads them
// as its artist; a list of names, a middle name, another given name after
// them, a number or version word in the rest, a rest of one word, or a
// title with capitals is read whole.
func TestPersonNameLead(t *testing.T) {
	tests := []struct {
		title   string
		artists []string
		track   string
	}{
		{"brian setzer rock and roll ruby", []string{"brian setzer"}, "rock and roll ruby"},
		{"quincy jones youve got it bad girl", []string{"quincy jones"}, "youve got it bad girl"},
		{"liza minnelli oh babe , what would you say", []string{"liza minnelli"}, "oh babe what would you say"},
		{"barbara streisand . . . . all i ask of you", []string{"barbara streisand"}, "all i ask of you"},
		// read whole
		{"merle haggard & willie nelson yesterday", nil, "merle haggard willie nelson yesterday"},
		{"joe lynn turner & leslie west the seeker", nil, "joe lynn turner leslie west the seeker"},
		{"jim edward brown oh babe what would you say", nil, "jim edward brown oh babe what would you say"},
		{"billie jean michael jackson", nil, "billie jean michael jackson"},
		{"willie bobo yesterday beatles cover", nil, "willie bobo yesterday beatles cover"},
		{"willie nelson yesterday", nil, "willie nelson yesterday"},
		{"hurricane smith oh babe what would you say", nil, "hurricane smith oh babe what would you say"},
		{"frankie and johnny were lovers", nil, "frankie and johnny were lovers"},
		{"Brian Setzer Rock And Roll Ruby", nil, "brian setzer rock and roll ruby"},
	}
	for _, tt := range tests {
		got := Normalize(Input{Title: tt.title})
		if !slices.Equal(got.Artists, tt.artists) || got.Track != tt.track {
			t.Errorf("%q: %q / %q, want %q / %q", tt.title, got.Artists, got.Track, tt.artists, tt.track)
		}
	}
}
