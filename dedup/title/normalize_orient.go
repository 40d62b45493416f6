package title

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The orientation of a title of two parts that no known artist orients:
// "Artist - Track", unless the parts' own words say "Track - Artist". Each
// part is weighed for how much it reads as a line of a song (phrase cues)
// and how much as the name of an act (name cues); the title turns when the
// first part outweighs the last by turnWeight. A cue of weight 2 turns a
// title alone, one of weight 1 needs another beside it. Turning a right
// "Artist - Track" costs more than leaving a "Track - Artist", so every cue
// is one that names of acts almost never show.

// turnWeight is the weight of cues a title needs to read as "Track -
// Artist".
const turnWeight = 2

// speechWeights are the words a line of a song speaks with and a name
// almost never holds (orientation_cues, phrase): the English pronouns and
// contractions of trackPronouns, and pronouns and verbs of other
// languages, German ("Ich bin von Kopf bis Fuß"), French ("Je t'aime moi
// non plus"), Spanish and Portuguese ("Quiero que sepas", "Você não me
// ensinou"), Hindi and Punjabi ("Zindagi Tere Naal", "Coca Cola Tu").
// Words some names hold count 1: "te" (Kiri Te Kanawa, Te Vaka), "mi", and
// "i", which starts Italian bands' names ("I Trappers", "I Nomadi").
var speechWeights = func() map[string]int {
	m := make(map[string]int, len(trackPronouns)+40)
	for w := range trackPronouns {
		m[w] = 2
	}
	for _, w := range []string{
		"ich", "mich", "dich", "wir", "nicht",
		"je", "moi", "toi", "nous", "vous", "suis",
		"tu", "soy", "eres", "estoy", "contigo", "conmigo", "quiero", "voce", "minha",
		"tere", "teri", "tera", "mera", "meri", "tujhe", "mujhe", "tumhe",
	} {
		m[w] = 2
	}
	for _, w := range []string{"te", "mi", "i"} {
		m[w] = 1
	}
	return m
}()

// partCues are the cues one part of a title shows.
type partCues struct {
	phrase int  // the heaviest speech word (speechWeights)
	name   int  // how much the part is shaped as an act's name (actWeight)
	words  int  // words outside the part's groups
	line   int  // how much the part is shaped as a line by its length (lineWeight)
	of     bool // an "of" or "in the" inside the part, as a band's name holds (innerOf)
}

// cuesOf weighs the part sp, up to its featured artists ("Tony Kakkar ft.
// Young Desi").
func (p *parser) cuesOf(sp span) partCues {
	var c partCues
	if k := p.featMarker(sp, false); k >= 0 {
		sp.hi = k
	}
	var buf [12]int
	idx := p.wordIndexesTo(buf[:0], sp)
	c.words = len(idx)
	for _, k := range idx {
		c.phrase = max(c.phrase, speechWeights[p.items[k].text])
	}
	if c.phrase > 1 && p.pronounAct(idx) {
		c.phrase = 1
	}
	c.name = p.actWeight(idx)
	c.line = p.lineWeight(sp, idx)
	if c.line > 0 && c.phrase == 1 && speechWeights[p.items[idx[0]].text] == 1 {
		// A sentence led by a word some names hold ("I Killed The Prom
		// Queen"): its length and its pronoun are one cue.
		c.line = 0
	}
	c.of = p.innerOf(idx)
	return c
}

// innerOf reports whether the words at idx hold "of", or "in" before
// "the", neither first nor last, as the long names of bands are built
// ("Presidents of the United States of America", "Orchestral Manoeuvres
// in the Dark", "Flight of the Conchords") and some lines too ("a sunday
// kind of love").
func (p *parser) innerOf(idx []int) bool {
	for i := 1; i+1 < len(idx); i++ {
		switch p.items[idx[i]].text {
		case "of":
			return true
		case "in":
			if p.items[idx[i+1]].text == "the" {
				return true
			}
		}
	}
	return false
}

// lineWords is the number of words from which a part is as long as a line
// of a song and longer than the names of acts almost always are.
const lineWords = 5

// lineWeight weighs how much the words at idx, the part sp, are shaped as
// a line by their length (orientation_cues, long_line): 1 for lineWords
// words or more with no joiner of a list of names ("&", ",", "and", "x")
// and no article leading them, as a band's name is led ("i took a pill in
// ibiza", "mansion over the hill top", "tell me a bedtime story"). Some
// acts' names are as long ("A Boogie Wit Da Hoodie", "La Arrolladora Banda
// El Limón"), so it turns a title only with another cue, and not with
// either of two that a band's long name shows as well (orientation_cues,
// band_line): a speech word of weight 1 leading the part, which bands of a sentence
// start with too ("I Killed The Prom Queen", "I Wrestled A Bear Once",
// "I Was A Cub Scout"), and a last part of "the" and a word in "s"
// (actWeight) beside a first holding "of" or "in the" (innerOf), both
// shapes of a band's name ("Orchestral Manoeuvres in the Dark - The
// Avengers").
func (p *parser) lineWeight(sp span, idx []int) int {
	if len(idx) < lineWords || nameArticles[p.items[idx[0]].text] || p.joinsNames(sp) {
		return 0
	}
	return 1
}

// actPronouns are the speech words of other languages that lead the names
// of acts as well as lines of songs: the stressed pronouns, which stand
// before a name ("Moi Caprice", "Nous Non Plus"), German "ich" and "wir"
// ("Ich Troje", "Ich + Ich") and "I am" ("Soy Luna"). The pronouns that
// only lead a clause or a noun they own are not among them: French "je"
// and "tu" before a verb ("Je Veux", "Tu Es"), Spanish "tu" before what
// it owns ("Tu Amor", "Tu Foto"), "eres" and "voce"; nor the English
// pronouns of trackPronouns and the Hindi ones, which lead two-word titles
// far more often than names ("My Way", "Your Song", "Tere Bina").
var actPronouns = wordSet("ich", "wir", "moi", "toi", "nous", "vous", "soy")

// clauseWords are the words that, right after a pronoun, make a clause of
// it (orientation_cues, pronoun_clause): the auxiliary and modal verbs and
// the pronouns of German, French and Spanish ("Ich Will", "Ich Bin", "Je
// Sais", "Soy Yo"). Some are names or English words elsewhere ("Will",
// "Bin"), so they weigh nothing alone.
var clauseWords = wordSet(
	"bin", "bist", "ist", "sind", "will", "kann", "muss", "hab", "habe", "war", "werde", "du", "sie", "es",
	"veux", "vais", "sais", "peux", "dois", "ai", "suis", "sommes", "etes",
	"yo", "el", "ella", "estoy", "tengo", "voy", "puedo",
)

// pronounAct reports whether the words at idx are shaped as an act's name
// led by a pronoun (orientation_cues, pronoun_act): two words, each
// capitalised as names are written, the first an actPronouns word and the
// second a word of its own that no line would speak with nor a clause
// continue with (clauseWords), or the first again after "+" or "&", as a
// duo doubles its name ("Ich Troje - Keine Grenzen", "Ich + Ich - Vom
// selben Stern", "Soy Luna - Valiente", "Moi Caprice - Daisy Chain"). Such
// a part speaks only as much as a word some names hold (weight 1): it is
// the track only with another cue beside.
func (p *parser) pronounAct(idx []int) bool {
	if len(idx) != 2 || p.raw == "" || !hasLowerAndUpper(p.raw) {
		return false
	}
	first, second := p.items[idx[0]].text, p.items[idx[1]].text
	if !actPronouns[first] || p.rawCase(first) != caseUpper || p.rawCase(second) != caseUpper {
		return false
	}
	if second == first {
		for k := idx[0] + 1; k < idx[1]; k++ {
			if kd := p.items[k].kind; kd == kPlus || kd == kAmp {
				return true
			}
		}
		return false
	}
	return idx[1] == idx[0]+1 && speechWeights[second] == 0 && !clauseWords[second]
}

// actWeight weighs how much the words at idx end as the name of an act
// (orientation_cues, name): 2 for a person's name with a generational
// suffix ("Sammy Davis Jr.", "Ray Parker Jr."); 1 for "the" and one or two
// words ending in "s", alone or after a name and "&", "and" or ","
// ("The Astronauts", "The Beach Boys", "Sweet Jeena & the Roomates"), as
// some tracks are too ("The Hills", "The Nights", "Bennie and the Jets").
func (p *parser) actWeight(idx []int) int {
	n := len(idx)
	if n < 2 {
		return 0
	}
	last := p.items[idx[n-1]].text
	if last == "jr" || last == "sr" {
		return 2
	}
	if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") {
		return 0
	}
	for the := max(n-3, 0); the <= n-2; the++ {
		if p.items[idx[the]].text != "the" {
			continue
		}
		if the == 0 {
			return 1
		}
		// A name before "the", and a list joiner between.
		if p.items[idx[the-1]].text == "and" && the >= 2 {
			return 1
		}
		for k := idx[the-1] + 1; k < idx[the]; k++ {
			if kd := p.items[k].kind; kd == kAmp || kd == kComma {
				return 1
			}
		}
	}
	return 0
}

// trackFirst reports whether a title of the two parts first and last
// reads as "Track - Artist" from the parts' cues (see speechWeights,
// actWeight, lineWeight, personCue, sentenceCase), and the pattern that
// says which cue turned it: reversed_phrase when the first part speaks or
// is shaped as a line, reversed_name when the last is shaped as a name.
// The last part must be one to four words, as a name is, and not quoted:
// Artist - "Track".
func (p *parser) trackFirst(first, last span) (string, bool) {
	if p.wholeQuoted(last) || p.hasSeparator(first) {
		// Artist - "Track"; "The Supremes: You Can't Hurry Love -
		// Original", a first part split in two of its own.
		return "", false
	}
	f, l := p.cuesOf(first), p.cuesOf(last)
	if l.words < 1 || l.words > 4 {
		return "", false
	}
	person := p.personCue(first, last)
	name := l.name - f.name + person + p.bandLast(first, last, f, l)
	line := f.line
	if f.of && l.name == 1 {
		// Two parts each shaped as a band's name (band_line).
		line = 0
	}
	weight := f.phrase - l.phrase + name + line - l.line
	if weight == turnWeight-1 && !(person > 0 && weight-person < turnWeight-1 && f.phrase == 0 && f.words <= pairedActWords) {
		// A first part of two words with no speech word, in sentence
		// case beside a person's name, is as often an act typed lazily
		// as a line (person_name_short_act): "Counting crows - Anna
		// Begins", "Dire straits - Romeo Juliet" as "Purple rain -
		// Holly Cole". The person's name and the case alone keep it.
		weight += p.caseCue(first, last)
	}
	if weight < turnWeight {
		return "", false
	}
	if f.phrase > l.phrase || name <= 0 {
		return "reversed_phrase", true
	}
	return "reversed_name", true
}

// bandLast weighs a last part that is a band's name as the old uploads
// titled "Track - Band" write it (orientation_cues, band_last): 1, beside
// the 1 of its own shape (actWeight), when the last part is "the" and one
// or two words ending in "s" ("surfin usa - the astronauts", "sail on
// sailor - the bluetones", "mansion over the hill top - the
// jordanaires"), the title is written in one case, and the first part is
// of two words or more with no shape of a name (nameShaped) and no last
// word in "s" of its own, as plural names end ("Arctic Monkeys", "Imagine
// Dragons"). A first part of one word is as often an act ("avicii - the
// nights", "BLACKPINK - THE GIRLS"), and a title of mixed case keeps what
// its case says; else 0.
func (p *parser) bandLast(first, last span, f, l partCues) int {
	if l.name != 1 || f.words < 2 || f.name != 0 || f.phrase != 0 || p.raw == "" || strings.ContainsFunc(p.raw, unicode.IsUpper) {
		return 0
	}
	var buf [12]int
	if idx := p.wordIndexesTo(buf[:0], last); len(idx) > 3 || p.items[idx[0]].text != "the" {
		return 0
	}
	if k := p.featMarker(first, false); k >= 0 {
		first.hi = k
	}
	idx := p.wordIndexesTo(buf[:0], first)
	if p.nameShaped(first, idx) || p.theAct(idx) {
		return 0
	}
	if w := p.items[idx[len(idx)-1]].text; len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return 0
	}
	return 1
}

// theAct reports whether the words at idx are "the" and one or two
// words, an act's name as "the weeknd" writes it: beside a band's name the
// band is then no cue to turn the title (band_last, comma_band: "the
// weeknd - the hills", "the weeknd , the hills").
func (p *parser) theAct(idx []int) bool {
	return len(idx) <= 3 && p.items[idx[0]].text == "the"
}

// commaBand splits a title of one case that no separator splits at its
// one comma standing between spaces, when one side is a band's name, "the"
// and one or two words ending in "s" (actWeight), and the other has no
// shape of a name (nameShaped): the band is the artist, on either side
// (orientation_cues, comma_band): "rank strangers , the stanley
// brothers", "the beau brummels , yesterday ( the beatles cover )". A
// comma elsewhere is the track's own ("paul young reach out , ill be
// there", "liza minnelli oh babe , what would you say"). It returns the
// artist and the track, or false.
func (p *parser) commaBand(sp span) (artist, track span, ok bool) {
	if p.raw == "" || strings.ContainsFunc(p.raw, unicode.IsUpper) {
		return span{}, span{}, false
	}
	comma := -1
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if k >= sp.hi || p.items[k].kind != kComma {
			continue
		}
		if comma >= 0 || !p.items[k].space || k+1 >= sp.hi || !p.items[k+1].space {
			return span{}, span{}, false
		}
		comma = k
	}
	if comma < 0 {
		return span{}, span{}, false
	}
	left, right := span{sp.lo, comma}, span{comma + 1, sp.hi}
	var lb, rb [12]int
	li, ri := p.wordIndexesTo(lb[:0], left), p.wordIndexesTo(rb[:0], right)
	if len(li) == 0 || len(ri) == 0 {
		return span{}, span{}, false
	}
	band := func(idx []int) bool {
		return p.theAct(idx) && p.actWeight(idx) == 1
	}
	plain := func(sp span, idx []int) bool {
		if p.theAct(idx) || p.nameShaped(sp, idx) {
			return false
		}
		for _, k := range idx {
			if w := p.items[k].text; speechWeights[w] > 0 || performerPronouns[w] {
				return false
			}
		}
		return true
	}
	switch {
	case band(li) && plain(right, ri):
		return left, right, true
	case band(ri) && plain(left, li):
		return right, left, true
	}
	return span{}, span{}, false
}

// personWeight is the weight of a last part shaped as a person's name
// beside a first part that is not (personCue). Names of acts are shaped
// so too where the list of given names lacks their first word ("Jaden
// Smith - George Jeff", "BTS - MIC Drop"), so it turns a title only with
// another cue: "The auld triangle - Ronnie Drew" (case), "Yesterday once
// more - Karen Carpenter", not "Jaden Smith - George Jeff". A title of one
// case weighs it personSingleCaseWeight.
const personWeight = 1

// personSingleCaseWeight is the weight of the person's name cue in a title
// written in one case only, all small or all capitals (orientation_cues,
// person_name_single_case): "purple rain - holly cole", "plaisir damour -
// mireille mathieu", "yesterday - wes montgomery", "burning bridges - glen
// campbell". Such a title has no case to read, so the cue that turns a
// title of mixed case beside the name (case) can never stand beside it;
// the uploads written so are mostly old records and covers, titled
// "Track - Performer" as often as "Performer - Track". The name turns the
// title alone there, still only beside a first part with no shape of a
// name (nameShaped) and never with a given name that is a common word.
const personSingleCaseWeight = 2

// pairedActWords is the most words of a first part with no speech word
// that the case cue does not turn beside a person's name alone
// (orientation_cues, person_name_short_act): the names of acts are of two
// words as often as the titles of songs are, and typed in sentence case
// as well ("Vampire weekend - Hannah Hunt", "Sleater kinney - Jenny
// Lewis").
const pairedActWords = 2

// personCue weighs the person's name a title of the parts first and last
// ends with (orientation_cues, person_name): personWeight, or
// personSingleCaseWeight in a title of one case, when the last
// part is one (personName) and the first has no shape of a name itself
// (nameShaped), as in "Burning bridges - Glen Campbell", "The auld
// triangle - Ronnie Drew"; else 0, as in "The Beatles - Eleanor Rigby",
// "Hall & Oates - Sara Smile", "Dire Straits - Romeo and Juliet".
func (p *parser) personCue(first, last span) int {
	var buf [12]int
	if k := p.featMarker(last, false); k >= 0 {
		last.hi = k
	}
	if !p.personName(last, p.wordIndexesTo(buf[:0], last)) {
		return 0
	}
	if k := p.featMarker(first, false); k >= 0 {
		first.hi = k
	}
	if p.nameShaped(first, p.wordIndexesTo(buf[:0], first)) {
		return 0
	}
	if p.raw == "" || !hasLowerAndUpper(p.raw) {
		return personSingleCaseWeight
	}
	return personWeight
}

// personName reports whether the words at idx, the part sp, are shaped as
// one person's name: a given name that is no common word (isGivenName)
// and one word more, not a word a line speaks with (speechWeights), an
// article nor a particle ("Angel of Mine"), with no joiner of a list of
// names ("Jack & Diane"), and in a title of mixed case neither word
// written small ("Panteón Rococó - La carencia"). Three words are as often
// a phrase as a name ("Candy Cane Lane", "Rock Billy Boogie").
func (p *parser) personName(sp span, idx []int) bool {
	if len(idx) != 2 || !isGivenName(p.items[idx[0]].text) {
		return false
	}
	mixed := p.raw != "" && hasLowerAndUpper(p.raw)
	for i, k := range idx {
		w := p.items[k].text
		if i > 0 && (speechWeights[w] > 0 || nameArticles[w] || infoStopwords[w]) {
			return false
		}
		if mixed && p.rawCase(w) == caseLower {
			return false
		}
	}
	return !p.joinsNames(sp)
}

// nameShaped reports whether the words at idx, the part sp, have a shape
// of an act's name or hold one: a given name among them, a common word or
// not ("Elvis Presley", "Rod Stewart", "yesterday 1982 nancy wilson"),
// "the" and a word in "s" (actWeight: "The Beatles"), or a joiner of a
// list of names ("Hall & Oates", "Simon and Garfunkel").
func (p *parser) nameShaped(sp span, idx []int) bool {
	if len(idx) == 0 || p.actWeight(idx) > 0 || p.joinsNames(sp) {
		return true
	}
	for _, k := range idx {
		if mayBeGivenName(p.items[k].text) {
			return true
		}
	}
	return false
}

// joinsNames reports whether the part sp, its groups aside, holds a joiner
// of a list of names: "&", "+", ",", "/" or a word of listJoiners.
func (p *parser) joinsNames(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		switch it := &p.items[k]; it.kind {
		case kComma, kAmp, kPlus, kSlash:
			return true
		case kWord:
			if !it.dead && listJoiners[it.text] {
				return true
			}
		}
	}
	return false
}

// givenNamesFile is the list of given names of English-speaking countries,
// folded, one a line after the "#" lines of its header, a name that is a
// word as well (a very common English word, or of two letters) followed by
// a tab and "word"; generated by cmd/givennamegen.
//
//go:embed givennames.txt
var givenNamesFile string

// nameTable is givenNamesFile read: the names sorted, each a slice of the
// embedded text, so the table costs its slice headers alone.
type nameTable struct {
	names []string // names that are no word as well
	words []string // names that are words as well ("rock", "grace", "ed")
}

var givenNames = sync.OnceValue(func() nameTable {
	var t nameTable
	for line := range strings.Lines(givenNamesFile) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if name, ok := strings.CutSuffix(line, "\tword"); ok {
			t.words = append(t.words, name)
		} else {
			t.names = append(t.names, line)
		}
	}
	slices.Sort(t.names)
	slices.Sort(t.words)
	t.names, t.words = slices.Clip(t.names), slices.Clip(t.words)
	return t
})

// isGivenName reports whether the folded word w is a given name and no
// word as well.
func isGivenName(w string) bool {
	_, ok := slices.BinarySearch(givenNames().names, w)
	return ok
}

// mayBeGivenName reports whether the folded word w is a given name, a word
// as well or not ("frank", "rod", "ed").
func mayBeGivenName(w string) bool {
	if isGivenName(w) {
		return true
	}
	_, ok := slices.BinarySearch(givenNames().words, w)
	return ok
}

// caseCue weighs how a title of mixed case writes its parts
// (orientation_cues, case): a part in sentence case, its first word
// capitalised and a later word of four letters or more not ("Te doy una
// canción", "Lo mejor que hay en mi vida"), is a line of a song when the
// other part capitalises every word, as names are written ("Silvio
// Rodríguez"). It returns 1 when the first part is so written beside the
// last, -1 when the last is beside the first, else 0.
func (p *parser) caseCue(first, last span) int {
	if p.raw == "" || !hasLowerAndUpper(p.raw) {
		return 0
	}
	switch {
	case p.sentenceCase(first) && p.titleCase(last):
		return 1
	case p.sentenceCase(last) && p.titleCase(first):
		return -1
	}
	return 0
}

// hasLowerAndUpper reports whether s holds both lower- and upper-case
// letters.
func hasLowerAndUpper(s string) bool {
	lower, upper := false, false
	for _, r := range s {
		lower = lower || unicode.IsLower(r)
		upper = upper || unicode.IsUpper(r)
		if lower && upper {
			return true
		}
	}
	return false
}

// Letter cases of a word as the raw title writes it.
const (
	caseNone  = iota // not found, or written both ways
	caseUpper        // first letter a capital
	caseLower        // first letter small
)

// rawCase returns how the raw title writes the word tok: the case of the
// first letter of the raw words that fold to it, caseNone when they
// disagree or none does.
func (p *parser) rawCase(tok string) int {
	found := caseNone
	for _, w := range strings.Fields(p.raw) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || lettersAndDigits(Fold(w)) != tok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		c := caseLower
		switch {
		case unicode.IsUpper(r):
			c = caseUpper
		case !unicode.IsLower(r):
			continue
		}
		if found != caseNone && found != c {
			return caseNone
		}
		found = c
	}
	return found
}

// titleCaseMinor are the words of four letters or more that Title Case
// leaves small, and the featuring markers.
var titleCaseMinor = wordSet("with", "from", "into", "over", "upon", "onto", "than", "para", "pour", "avec", "sans", "dans", "feat", "featuring")

// sentenceCase reports whether the part sp, its groups aside, starts with
// a capital and has a later word of four letters or more (not a small word
// of Title Case) written small.
func (p *parser) sentenceCase(sp span) bool {
	var buf [12]int
	idx := p.wordIndexesTo(buf[:0], sp)
	if len(idx) < 2 || p.rawCase(p.items[idx[0]].text) != caseUpper {
		return false
	}
	for _, k := range idx[1:] {
		if w := p.items[k].text; utf8.RuneCountInString(w) >= 4 && !titleCaseMinor[w] && p.rawCase(w) == caseLower {
			return true
		}
	}
	return false
}

// titleCase reports whether every word of the part sp, its groups aside,
// starts with a capital (or a digit).
func (p *parser) titleCase(sp span) bool {
	var buf [12]int
	idx := p.wordIndexesTo(buf[:0], sp)
	for _, k := range idx {
		w := p.items[k].text
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			continue
		}
		if p.rawCase(w) != caseUpper {
			return false
		}
	}
	return len(idx) > 0
}

// personLead reads the artist of a title written all in small letters,
// with no separator and no artist found otherwise, that opens with a
// person's name (orientation_cues, person_name_lead): "brian setzer rock
// and roll ruby", "quincy jones youve got it bad girl", "bobby vinton i
// wont cry anymore", "willie nelson yesterday". The name is a given name
// that is no common word (isGivenName) and, right after it, a word of
// three letters or more that is no word a line speaks with, no article,
// particle, list joiner, version word nor number. Two words at least must
// follow: after a name of two words, one word is as often the last of a
// name of three ("jim ed brown", "nat king cole", "jerry lee lewis") or
// of a duo's credit cut short ("willie nelson yesterday" is Willie Nelson's
// solo record, not Merle Haggard & Willie Nelson's, and the names alone
// cannot say it) as a track. What follows must not continue a list of names ("merle
// haggard & willie nelson yesterday", "joe lynn turner & leslie west the
// seeker") nor open with a given name of its own ("billie jean michael
// jackson", "merle haggard willie nelson yesterday": which name is the
// artist, or whether both are, the title does not say), and hold no
// version word nor number ("willie bobo yesterday beatles cover", "elvis
// presley 50 greatest hits 07 return to sender": a title that names more
// than the song is read whole). A second word that is a given name as well
// may be a middle name ("jim edward brown", "joe lynn turner", "billy ray
// cyrus"), so it leaves the title whole too. A title in
// capitals or of mixed case is left whole: its case may say more, and
// track-only uploads are written so far more often ("Bette Davis Eyes").
// It returns the name's span and the rest, or an empty span and sp.
func (p *parser) personLead(sp span) (artist, track span) {
	if p.raw == "" || strings.ContainsFunc(p.raw, unicode.IsUpper) {
		return span{}, sp
	}
	var buf [12]int
	idx := p.wordIndexesTo(buf[:0], sp)
	if len(idx) < 4 || idx[1] != idx[0]+1 || !isGivenName(p.items[idx[0]].text) || !p.leadSurname(p.items[idx[1]].text) {
		return span{}, sp
	}
	for _, k := range idx[1:3] {
		if p.joinerAfter(k, sp.hi) {
			return span{}, sp
		}
	}
	for _, k := range idx[2:] {
		w := p.items[k].text
		if _, ok := versionWords[w]; ok || strings.ContainsFunc(w, unicode.IsDigit) {
			return span{}, sp
		}
	}
	if next := p.items[idx[2]].text; listJoiners[next] || next == "by" || next == "with" || featMarkers[next] || isGivenName(next) {
		return span{}, sp
	}
	p.pattern("person_name_lead")
	return span{sp.lo, idx[1] + 1}, span{idx[2], sp.hi}
}

// leadSurname reports whether the folded word w can end a person's name
// that leads a title (personLead).
func (p *parser) leadSurname(w string) bool {
	if utf8.RuneCountInString(w) < 3 || mayBeGivenName(w) || speechWeights[w] > 0 || nameArticles[w] || infoStopwords[w] || listJoiners[w] || featMarkers[w] {
		return false
	}
	if _, ok := versionWords[w]; ok {
		return false
	}
	return strings.ContainsFunc(w, unicode.IsLetter)
}

// joinerAfter reports whether the item after k, before hi, joins a list of
// names: "&", "+", "," or "/".
func (p *parser) joinerAfter(k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	switch p.items[k+1].kind {
	case kAmp, kPlus, kComma, kSlash:
		return true
	}
	return false
}

// bracketPerson reads the artist of a title with no artist found
// otherwise that ends in a bracket group holding one person's name and
// nothing else (orientation_cues, bracket_person): "yesterday ( claudio
// villa )", "onward christian soldiers ( patti page )", "Nightcore - 7
// rings (Ariana Grande)". The name is shaped as personName has it: a given
// name that is no common word and one word more, no joiner of a list of
// names, and in a title of mixed case neither written small, so that a
// subtitle ("Left Right Out Of Your Heart (Hi Lee Hi Lo Hi Lup Up Up)")
// stays the track's. Words of the track must come before the group. It
// returns the name's span and the rest, or an empty span and sp.
func (p *parser) bracketPerson(sp span) (artist, track span) {
	sp = p.trimRight(sp)
	if sp.hi <= sp.lo {
		return span{}, sp
	}
	cl := &p.items[sp.hi-1]
	if cl.kind != kClose || cl.dead || cl.pair < int32(sp.lo) || isQuoteBracket(cl.br) {
		return span{}, sp
	}
	open := int(cl.pair)
	inner := span{open + 1, sp.hi - 1}
	if p.items[open].tag || !p.hasWord(span{sp.lo, open}) {
		return span{}, sp
	}
	var buf [4]int
	idx := p.wordIndexesTo(buf[:0], inner)
	if len(idx) != 2 || idx[0] != p.firstWord(inner) || !p.personName(inner, idx) {
		return span{}, sp
	}
	for k := inner.lo; k < inner.hi; k++ {
		if it := &p.items[k]; !it.dead && it.kind != kWord {
			return span{}, sp // "( rudy vallee , 1932 )": more than the name
		}
	}
	p.pattern("bracket_person")
	return inner, span{sp.lo, open}
}
