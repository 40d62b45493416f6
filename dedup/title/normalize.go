package title

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/reading"
)

// Normalize cuts a raw YouTube title into artists, track, featured artists
// and version tags, each folded (see Fold) and cleaned of noise, and lists
// the patterns that matched.
//
// How it reads a title, in order:
//
//  1. Fold the title; drop a file extension and a leading CD or vinyl track
//     number ("01. ", "B2. ").
//  2. Classify every bracket group: featured artists ("(feat. X)"), the
//     artist of a track-only title ("(by X)"), version tags ("(Live at X)",
//     "[Nightcore]", "(X Remix)"), noise ("(Official Video)") and tags
//     ("[NCS Release]") are taken out; other parentheses stay, since they
//     are often part of a title ("(I Can't Get No) Satisfaction").
//  3. Drop emoji, leading and trailing hashtags, "| anything" and
//     "// anything" tails, and noise phrases at the ends of the title. A
//     tail that lists credits after a track marked as an upload ("Track
//     (Full Video) | Artist | Label | Latest Punjabi Song 2018") keeps its
//     first name as the artist; a head before "|" that lists songs
//     ("Jawaan Telugu Movie Songs | Track ...") goes.
//  4. Split on dash, tilde, " _ " or colon separators; take version and
//     noise parts off the end ("Song - Live at Wembley"). The first part is
//     the artist, unless the caller's artist or the channel names the last
//     one, or the first part speaks (you, me, it's) and a short last part
//     does not ("Tell Me a Bedtime Story - Kelly Brand"). A title with no
//     separator may still name its artist: Artist "Track", Artist「Track」,
//     Track by Artist, the channel, or the capitals that open a music
//     video's title ("TWICE Merry & Happy M/V").
//  5. In the artist part, split off featured artists and split the list of
//     artists on "&", "and", "x", ",", "+", "vs". In the track part, split
//     off featured artists and trailing version phrases ("slowed + reverb").
//
// Version words count only in brackets, in trailing dash parts and in a
// few trailing phrases, so "Live Forever", "Piano Man" and "Cover Me" stay
// titles. Noise is removed only as whole groups or at the ends of the title,
// never from inside it ("Video Killed the Radio Star").
//
// When in.Artist is set it is the artist (ArtistSource "caller") and is
// removed from the title. Otherwise the title names the artist ("title"), or
// an artist's channel does for a track-only title ("channel": "AdeleVEVO",
// "Adele - Topic", or a channel name that is not a label's).
//
// Tokens are the words of the folded title with their inner joiners
// removed: apostrophes (Don't = dont), hyphens (Anti-Hero = antihero),
// dots (M.I.A. = mia), short slashes (AC/DC = acdc); "!" and "$" inside a
// word read as i and s (P!nk = pink, Ke$ha = kesha). Punctuation, "&" and
// "+" are no tokens; numbers are. Track is TrackTokens joined by spaces,
// and each of Artists and Featured is its tokens joined the same way.
//
// Artist lists are split on every joiner, band names included: "Simon &
// Garfunkel" is {simon, garfunkel}, "Earth, Wind & Fire" {earth, wind,
// fire}, "Florence + the Machine" {florence, the machine}. The split is the
// same wherever a name appears (title, caller, channel), so sets compare
// equal without a list of band names to keep up to date. An "x" joins only
// between two names ("Lil Nas X" and "Lil Nas X x Billy Ray Cyrus" stay
// right).
//
// Normalize is idempotent in this sense: writing a result back as a title,
// `artist1 & artist2 - "track" (feat. f1 & f2) (version) ...`, and
// normalizing it with the same channel and caller's artist gives the same
// Artists, Track, Featured and Versions (results with an empty track aside).
// FuzzNormalize checks it, with the other properties: no panics, valid
// UTF-8, and Track equal to its tokens.
//
// Every token written in another script gets its Latin reading beside it
// (Title.Readings; see package reading).
//
// Normalize is safe for concurrent use and takes time linear in the length
// of the title.
func Normalize(in Input) Title {
	return NormalizeWith(in, nil)
}

// NormalizeWith is Normalize with a lexicon of the names the catalogue has
// seen as certain artists (nil for none): it orients titles whose channel
// and caller say nothing ("Track - Artist (Lyrics)", "Artist Track",
// "Track (Artist)"), and marks an artist it knows as certain
// (Title.ArtistCertain). The names to look up are those LexiconKeys lists.
func NormalizeWith(in Input, lex Lexicon) Title {
	p := parserPool.Get().(*parser)
	p.lexicon = lex
	t := p.normalize(in)
	t.Channel = in.Channel
	p.reset()
	parserPool.Put(p)
	return t
}

var parserPool = sync.Pool{New: func() any { return new(parser) }}

// LexiconKeys lists the compact keys of the names in a title that could be
// its artist, as a parse of in would ask a Lexicon about them: look these
// up, and pass the answers to NormalizeWith. It lists nothing when the
// caller names the artist.
func LexiconKeys(in Input) []string {
	if strings.TrimSpace(in.Artist) != "" {
		return nil
	}
	var keys []string
	p := parserPool.Get().(*parser)
	p.collect = &keys
	p.normalize(in)
	p.reset()
	parserPool.Put(p)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// span is a half-open range of item indices.
type span struct{ lo, hi int }

// known is an artist the title can be checked against: the caller's or the
// channel's, as compact keys (see compactKey) of the whole name and of each
// artist in it.
type known struct {
	keys    []string
	artists [][]string
}

// parser holds the state of one Normalize call; its buffers are reused
// through parserPool.
type parser struct {
	items []item
	buf   []item
	stack []int32
	words []string
	idx   []int

	patterns []string
	versions uint32 // bit i set: Versions[i] was found
	info     []string
	featured [][]string
	byArtist [][]string // "(by X)", "(In the Style of X)"
	singers  [][]string // "(Sung by X)", "(Singer: X)", see sungBy
	coverBy  [][]string // "(Cover by X)", see noteCoverBy
	tail     span       // a "| X" tail that named a known artist
	pipeTail span       // a "| X" tail that may name the artist (Track | Artist)

	caller  known
	channel known
	// inTrack is set while the track part is stripped: some noise is
	// noise only there (see partEnd).
	inTrack bool
	// groupWasNoise reports that the last group classifyWords read was
	// noise.
	groupWasNoise bool
	// dated is the day of the occasion cutRecordingDate cut (Title.Dated).
	dated string
	// lexicon says which names are known artists; collect, when not nil,
	// gathers the keys the parse asks it about instead (see LexiconKeys).
	lexicon Lexicon
	collect *[]string
	// pairs are the names met written in two scripts, pairFrom the part
	// of the input being read (see scriptPairs).
	pairs    []rawPair
	pairFrom pairSource
	// channelArtist is whether the channel is an artist's own (a VEVO or
	// Topic channel, or a name without label words).
	channelArtist bool
	// channelSure is whether the channel is certainly the artist's own:
	// YouTube's auto-generated "Artist - Topic" or a VEVO channel.
	channelSure bool
	// channelLabel is whether the channel is a label's: its name holds a
	// label word ("Sony Music India", "Zee Music Company").
	channelLabel bool
	// channelNamed, when not 0, is 1 + the index of the one of the
	// channel's several artists that the title names.
	channelNamed int
	// raw is the title as the input writes it, for the letter cases that
	// folding drops (see caseCue).
	raw string
	// filmLayout is whether the title is laid out as a film's or a
	// label's list of credits whose uploader is no artist of it (see
	// creditListLayout): the channel is not guessed as the artist.
	filmLayout bool
	// otherTrack is a word of otherTrackWords that a part of its own
	// writes ("[Reprise]", "| Medley"), see otherTrackPart.
	otherTrack string
}

// reset empties the parser for the pool, keeping its buffers.
func (p *parser) reset() {
	*p = parser{items: p.items[:0], buf: p.buf[:0], stack: p.stack[:0], words: p.words[:0], patterns: p.patterns[:0], idx: p.idx[:0], pairs: p.pairs[:0]}
}

// pattern records that the pattern name matched (once).
func (p *parser) pattern(name string) {
	if !slices.Contains(p.patterns, name) {
		p.patterns = append(p.patterns, name)
	}
}

// normalize is Normalize on a parser of its own.
func (p *parser) normalize(in Input) Title {
	t := Title{Raw: in.Title}
	p.raw = in.Title
	p.knownArtists(in)

	s := p.preStrip(Fold(p.unglueDash(p.letterBars(in.Title))))
	p.items = lex(s, p.items[:0])
	dashGroups(p.items)
	bullets(p.items)
	p.stack = pairItems(p.items, p.stack)
	p.otherTrack = otherTrackPart(p.items)
	p.bracketedTitle()
	p.groups()
	p.symbols()
	p.compact()

	whole := span{0, len(p.items)}
	whole = p.songDescription(whole)
	whole = p.cutTails(whole)
	whole = p.roleParts(whole)
	whole = p.stripLeading(whole)
	whole = p.stripTrailing(whole, true)
	p.cutTributes(whole)

	artist, track, ok := p.split(whole)
	if !ok {
		artist, track = p.trackOnly(track)
	}
	artist = p.stripTrailing(artist, false)
	track = p.stripTrack(track)
	if p.versionOnly(artist) {
		artist = span{}
	}

	var artists [][]string
	if artist.hi > artist.lo {
		artist = p.splitFeatured(artist, true)
		artists = p.artistList(artist)
	} else if !ok {
		artists = p.byArtist
	}
	track = p.splitFeatured(track, false)
	track = p.trailingVersions(track)
	track = p.stripTrack(track)
	track = p.quotedTrack(track)
	if len(artists) == 0 {
		// Only a title that names no artist of its own can have the
		// known one glued to its track: "Adele Hello".
		track = p.removeKnown(track)
		if len(p.caller.keys) == 0 && !(p.channelArtist && len(p.channel.artists) > 0) {
			// Nor a caller nor the channel: the lexicon may know a name
			// at either end ("Stray Kids District 9").
			var lexArtist span
			if lexArtist, track = p.lexiconEnd(track); lexArtist.hi > lexArtist.lo {
				artists = p.artistList(lexArtist)
			} else if capsArtist, rest := p.capsLead(in.Title, track); capsArtist.hi > capsArtist.lo {
				artists, track = p.artistList(capsArtist), rest
			} else if personArtist, rest := p.personLead(track); !ok && personArtist.hi > personArtist.lo {
				artists, track = p.artistList(personArtist), rest
			} else if bracketArtist, rest := p.bracketPerson(track); bracketArtist.hi > bracketArtist.lo {
				artists, track = p.artistList(bracketArtist), rest
			}
		}
	}
	t.TrackTokens = p.trackTokens(track)
	artists = p.coverPerformer(artists)

	switch {
	case len(p.caller.artists) > 0:
		artists, t.ArtistSource = p.caller.artists, ArtistFromCaller
		p.pattern("caller_artist")
	case len(artists) > 0:
		t.ArtistSource = ArtistFromTitle
	case p.channelArtist && len(p.channel.artists) > 0 && (p.channelSure || !p.filmLayout):
		artists, t.ArtistSource = p.channel.artists, ArtistFromChannel
		if p.channelNamed > 0 {
			artists = p.channel.artists[p.channelNamed-1 : p.channelNamed]
		}
		if p.channelSure {
			t.ArtistSource = ArtistFromTopic
		}
		p.pattern("channel_artist")
	}
	switch t.ArtistSource {
	case ArtistFromCaller, ArtistFromTopic:
		t.ArtistCertain = true
	case ArtistFromTitle:
		// The keys are worth computing only for a lexicon to answer.
		t.ArtistCertain = (p.lexicon != nil || p.collect != nil) && p.lexiconKnows(artistKeys(artists))
	}
	t.Artists, t.ArtistTokens = joinArtists(dedupArtists(artists, nil))
	if w := p.otherTrack; w != "" && len(t.TrackTokens) > 0 && !slices.Contains(t.TrackTokens, w) && !slices.Contains(t.ArtistTokens, w) {
		// The part was cut with a tail or an artist's group, dropped as
		// a tag or read as the last featured artist: it names the track
		// all the same.
		t.TrackTokens = append(t.TrackTokens, w)
		p.featured = slices.DeleteFunc(p.featured, func(f []string) bool { return len(f) == 1 && f[0] == w })
		p.pattern("other_track_part")
	}
	t.Featured, t.FeaturedTokens = joinArtists(dedupArtists(p.featured, artists))
	t.Track = strings.Join(t.TrackTokens, " ")
	p.sungBy(artists)
	if p.versions == 0 && !p.channelSure && in.Channel != "" {
		if vs := channelVersions(in.Channel, t.ArtistTokens); vs != 0 {
			p.versions = vs
			p.pattern("channel_version")
		}
	}
	for i, v := range Versions {
		if p.versions&(1<<i) != 0 {
			t.Versions = append(t.Versions, v)
		}
	}
	slices.Sort(t.Versions)
	if len(p.info) > 0 {
		t.VersionInfo = slices.Compact(slices.Sorted(slices.Values(p.info)))
	}
	t.Dated = p.dated
	if len(p.patterns) > 0 {
		t.Patterns = slices.Clone(p.patterns)
	}
	t.Readings = readings(&t)
	if len(p.pairs) > 0 {
		t.ScriptPairs = p.scriptPairs(&t)
	}
	return t
}

// readings reads the tokens of t written in other scripts, or returns nil
// when all are Latin (most titles, which pay for a scan of their tokens).
func readings(t *Title) map[string]string {
	var out map[string]string
	var hint reading.Hint
	hinted := false
	for _, toks := range [][]string{t.ArtistTokens, t.TrackTokens, t.FeaturedTokens} {
		for _, tok := range toks {
			if IsPlainASCII(tok) || out[tok] != "" {
				continue
			}
			if !hinted {
				hint, hinted = reading.Detect(Fold(t.Raw)), true
			}
			if r, ok := reading.Of(tok, hint); ok && r != tok {
				if out == nil {
					out = make(map[string]string, 4)
				}
				out[tok] = r
			}
		}
	}
	return out
}

// preStrip removes what is easiest seen in the folded string: a file
// extension at the end and a CD or vinyl track number at the start ("01. ",
// "C1. "; not "A. ", which is how "A. R. Rahman" starts, nor "21 ", which
// is how "21 Savage" does, nor "03 ", which is how "03 Greedo" does).
func (p *parser) preStrip(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "**new**"); i >= 0 {
		s = s[:i] + s[i+len("**new**"):]
		p.pattern("out_now")
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 && fileExtensions[strings.TrimLeft(s[i+1:], " ")] {
		s = strings.TrimSpace(s[:i])
		p.pattern("file_extension")
	}
	s = p.cutRecordingDate(p.dropWebAddresses(s))
	n := 0
	for n < len(s) && n < 2 && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	d := 0
	for n+d < len(s) && d < 3 && isDigit(s[n+d]) {
		d++
	}
	if (n == 0 && d >= 1 && d <= 2 || n > 0 && d == 1) && strings.HasPrefix(s[n+d:], ". ") && len(s) > n+d+2 {
		s = s[n+d+2:]
		p.pattern("track_number")
	}
	return s
}

// cutRecordingDate removes the occasion an upload was recorded at when
// the title gives it a calendar date: a dash part that holds the date with
// its place ("Django Reinhardt - Fine and Dandy - Paris, 30.01.1953",
// "Shirley Horn - Foolin' Myself - 8/15/1992 - Newport Jazz Festival"), or
// the date, a bracket of place just before it and everything after it
// ("Patience (MSG, NYC) 10.11.17 (P!NK)") (recording_date). A date is
// three numbers joined by one of "." "/" "-" (spaced or not), day and
// month first in either order, then a year of two or four digits. The
// rule keeps the title as it is when nothing of the track would be left
// before the date ("Guns N' Roses - 4/20/16 Mexico City") or when what it
// would remove names a version.
func (p *parser) cutRecordingDate(s string) string {
	ds, day := findDate(s)
	if ds < 0 || strings.Count(s[:ds], "(") > strings.Count(s[:ds], ")") || strings.Count(s[:ds], "[") > strings.Count(s[:ds], "]") {
		// A date inside a bracket group is the group's to read.
		return s
	}
	cut := ds
	head := strings.TrimRight(s[:ds], " ,")
	if strings.HasSuffix(head, ")") {
		if open := strings.LastIndexByte(head, '('); open > 0 {
			cut, head = open, strings.TrimRight(head[:open], " ,")
		}
	}
	// The separators before the date, at the top level.
	var seps []int
	depth := 0
	for i := 0; i < len(head); i++ {
		switch head[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '-', '~', '|':
			if depth == 0 && i > 0 && head[i-1] == ' ' && (i+1 == len(head) || head[i+1] == ' ') {
				seps = append(seps, i)
			}
		}
	}
	switch {
	case len(seps) >= 2:
		// The date's own part goes with the place it names, the title
		// keeping its artist and track parts.
		cut = seps[len(seps)-1]
	case len(seps) == 1 && strings.TrimSpace(head[seps[0]+1:]) == "":
		return s
	case strings.TrimSpace(head) == "":
		return s
	}
	for _, w := range strings.FieldsFunc(s[cut:], func(r rune) bool { return !isWordRune(r) }) {
		if _, ok := versionWords[w]; ok {
			return s
		}
	}
	p.pattern("recording_date")
	p.dated = day
	return strings.TrimSpace(s[:cut])
}

// findDate returns where the first calendar date in s starts (see
// cutRecordingDate), or -1, and the day it names as Title.Dated writes it.
func findDate(s string) (int, string) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || lastIsLetter(s[:i])) {
			continue
		}
		var nums [3]int
		var lens [3]int
		var sep byte
		j, ok := i, true
		for n := 0; n < 3 && ok; n++ {
			if n > 0 {
				k := j
				for k < len(s) && s[k] == ' ' {
					k++
				}
				if k >= len(s) || !(s[k] == '.' || s[k] == '/' || s[k] == '-') || n == 2 && s[k] != sep {
					ok = false
					break
				}
				sep = s[k]
				k++
				for k < len(s) && s[k] == ' ' {
					k++
				}
				j = k
			}
			st := j
			for j < len(s) && isDigit(s[j]) {
				nums[n] = nums[n]*10 + int(s[j]-'0')
				j++
			}
			lens[n] = j - st
			if lens[n] == 0 || lens[n] > 4 {
				ok = false
			}
		}
		if !ok || j < len(s) && (isDigit(s[j]) || isLetterAt(s, j)) {
			continue
		}
		d1, d2, y := nums[0], nums[1], nums[2]
		if lens[0] > 2 || lens[1] > 2 || !(lens[2] == 2 || lens[2] == 4) ||
			d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31 || d1 > 12 && d2 > 12 ||
			lens[2] == 4 && (y < 1900 || y > 2099) {
			continue
		}
		return i, datedKey(d1, d2, y)
	}
	return -1, ""
}

// datedKey writes a date for Title.Dated: the year's last two digits,
// then the day and the month, the smaller first (a title may write either
// first), each of two digits: "30.01.1953" and "1/30/53" are "53 01 30".
func datedKey(d1, d2, y int) string {
	lo, hi := min(d1, d2), max(d1, d2)
	b := []byte{'0' + byte(y%100/10), '0' + byte(y%10), ' ', '0' + byte(lo/10), '0' + byte(lo%10), ' ', '0' + byte(hi/10), '0' + byte(hi%10)}
	return string(b)
}

// lastIsLetter reports whether s ends in a letter.
func lastIsLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// dropWebAddresses removes the bracket groups that hold only a web
// address, the uploader's site: "(kondzilla.com)", "( vintagemusic . es
// )" (web_address). A group that says more ("(MTV.com Live)") is left to
// the group passes.
func (p *parser) dropWebAddresses(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '(' && s[i] != '[' {
			continue
		}
		end := strings.IndexAny(s[i+1:], "()[]")
		if end < 0 {
			break
		}
		end += i + 1
		if s[end] != ')' && s[end] != ']' || !webAddress(s[i+1:end]) {
			continue
		}
		s = strings.TrimSpace(s[:i]) + " " + strings.TrimSpace(s[end+1:])
		s = strings.TrimSpace(s)
		p.pattern("web_address")
		i--
	}
	return s
}

// webAddress reports whether s is a host name alone: labels of letters,
// digits and hyphens joined by dots (spaced or not), the first of three
// characters at least (so "Pt. In" is none), the last a top-level domain
// of webDomains.
func webAddress(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for k, l := range labels {
		l = strings.TrimSpace(l)
		if l == "" || strings.TrimFunc(l, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' }) != "" {
			return false
		}
		if k == 0 && len(l) < 3 {
			return false
		}
		labels[k] = l
	}
	return webDomains[labels[len(labels)-1]]
}

// webDomains are the top-level domains an uploader's site is written with.
var webDomains = wordSet("com", "net", "org", "info", "es", "de", "fr", "it", "br", "mx", "ar", "co", "uk", "ru", "pl", "nl", "tv", "fm")

// fileExtensions are the media file extensions that uploads keep in their
// titles ("Song.mp3", or spaced out as "Song . wmv").
var fileExtensions = wordSet("mp3", "mp4", "m4a", "wav", "flac", "ogg", "avi", "wmv", "mpg", "mpeg",
	"flv", "mkv", "webm", "mov", "aac", "wma", "3gp")

// dedupArtists drops empty and repeated artists, and those in exclude.
func dedupArtists(list, exclude [][]string) [][]string {
	if len(list) == 1 && len(exclude) == 0 {
		return list
	}
	var out [][]string
	for _, a := range list {
		if len(a) == 0 || slices.ContainsFunc(out, func(b []string) bool { return slices.Equal(a, b) }) ||
			slices.ContainsFunc(exclude, func(b []string) bool { return slices.Equal(a, b) }) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// joinArtists returns each artist as one string and all their tokens.
func joinArtists(list [][]string) (names, tokens []string) {
	if len(list) == 0 {
		return nil, nil
	}
	n := 0
	for _, a := range list {
		n += len(a)
	}
	names, tokens = make([]string, 0, len(list)), make([]string, 0, n)
	for _, a := range list {
		names = append(names, strings.Join(a, " "))
		tokens = append(tokens, a...)
	}
	return names, tokens
}

// ArtistString joins a list of normalized artists into the one artist
// string that outputs and answers show: "simon & garfunkel".
func ArtistString(artists []string) string {
	return strings.Join(artists, " & ")
}

// letterBars turns into a "|" each lower-case "l" that stands alone between
// a space and a space or an opening bracket, in a title that writes capitals
// elsewhere (letter_bar): uploads draw their bar with the letter, as Korean
// ones do with ㅣ ("Uyire Video l Sivakarthikeyan, Nayanthara l Anirudh",
// "'약속해요 (I.P.U.)' M/V l Special Theme Track", "덤디덤디 l(G)I-DLE l
// DUMDi DUMDi l 4K"). A title in lower case only may have lowered an
// initial ("samuel l jackson"), and a capital "L" is one. A lone l between
// two plain Latin words, the only one of the title, is as often the
// pronoun I typed with the letter ("When l Was Your Man", "Do l Wanna
// Know?") and is kept.
func (p *parser) letterBars(s string) string {
	var at []int
	for i := 1; i+1 < len(s); i++ {
		if s[i] == 'l' && isSpaceByte(s[i-1]) && (isSpaceByte(s[i+1]) || s[i+1] == '(' || s[i+1] == '[') {
			at = append(at, i)
		}
	}
	if len(at) == 0 || !hasUpper(s) {
		return s
	}
	if len(at) == 1 && plainLatinWord(wordBefore(s, at[0]-1)) && plainLatinWord(wordAfter(s, at[0]+1)) {
		return s
	}
	b := make([]byte, 0, len(s))
	last := 0
	for _, i := range at {
		b = append(append(b, s[last:i]...), '|')
		last = i + 1
	}
	p.pattern("letter_bar")
	return string(append(b, s[last:]...))
}

// wordBefore is the word of s that ends before the space at i.
func wordBefore(s string, i int) string {
	return s[strings.LastIndexAny(s[:i], " \t")+1 : i]
}

// wordAfter is the word of s that starts at i, after its spaces.
func wordAfter(s string, i int) string {
	s = strings.TrimLeft(s[i:], " \t")
	if j := strings.IndexAny(s, " \t"); j >= 0 {
		return s[:j]
	}
	return s
}

// plainLatinWord reports whether w is a word of Latin letters, with
// nothing but a sentence's punctuation around them ("Was", "Oops!...",
// "Know?", "I'm"), or a dash: no digit, symbol, slash, bracket or other
// script.
func plainLatinWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) && !strings.ContainsRune(".,!?;:'\"\u2019-\u2013\u2014", r) {
			return false
		}
	}
	return true
}

// hasUpper reports whether s holds a capital letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isSpaceByte reports whether c is an ASCII space or tab.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

// unglueDash spaces out the one dash of a title that writes "Artist-Track"
// with no space around it ("50 Cent-Best Friend", "Luchè-Ti amo"), so that
// the split reads it as a separator. The dash must be the title's only one
// and its only separator, and stand between a lower-case letter and a
// capital, each a word of two letters or more: "Jay-Z", "a-ha", "E-40"
// and "Mr. A-Jo" keep theirs, as does a reduplicated word ("Bye-Bye").
// A title of two words is one name ("Rose-Marie"), and a title that lists
// names ("&", ",") may start with a double name ("Lin-Manuel Miranda & Ben
// Platt ...").
func (p *parser) unglueDash(s string) string {
	i := strings.IndexByte(s, '-')
	if i <= 0 || i+1 == len(s) {
		return s
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	if !unicode.IsLower(before) || !unicode.IsUpper(after) || strings.IndexByte(s[i+1:], '-') >= 0 || strings.ContainsAny(s, gluedDashStops) {
		return s
	}
	left, right := strings.Fields(s[:i]), strings.Fields(s[i+1:])
	if len(left)+len(right) < 3 || utf8.RuneCountInString(left[len(left)-1]) < 2 || utf8.RuneCountInString(right[0]) < 2 {
		return s
	}
	// The same word on both sides is one reduplicated word ("Bye-Bye
	// Baby", "Bling-Bling", "Cha-Cha Slide"), never an artist and a track.
	if strings.EqualFold(left[len(left)-1], right[0]) {
		return s
	}
	// A hyphenated word that ends the title, before any bracket, is a word
	// of the track ("Taylor Swift Anti-Hero (Official Video)", "Lauryn Hill
	// Ex-Factor"): a track glued to its artist has two words at least.
	if len(strings.Fields(s[i+1:][:strings.IndexAny(s[i+1:]+"(", "([")])) < 2 {
		return s
	}
	for k, r := range s {
		folded := string(r)
		if r >= utf8.RuneSelf {
			folded = runeMap[r]
		}
		switch {
		case folded == "'" && (k == 0 || s[k-1] == ' '):
			return s // a quoted track: Artist 'Track', Artist ‘Track’
		case r >= utf8.RuneSelf && strings.ContainsAny(folded, gluedDashStops+"-"):
			return s // a separator or a quote that folds to one
		}
	}
	p.pattern("glued_dash")
	return s[:i] + " - " + s[i+1:]
}

// gluedDashStops are the characters that, anywhere in a title, keep
// unglueDash from reading a dash inside a word as a separator: other
// separators, quotes, and the joiners of a list of names; with the
// characters that fold to one of them or to a dash.
const gluedDashStops = "~|:/_&,\"\u00ab\u00bb\u300c\u300e\u300a\u2022\u00b7\uff0d\uff1a\uff5c\uff5e"
