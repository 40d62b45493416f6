package dedup

import (
	"slices"
	"strings"
	"sync"
)

// Normalize cuts a raw YouTube title into artists, track, featured artists
// and version tags, each folded (see Fold) and cleaned of noise, and lists
// the rules that fired.
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
//     "// anything" tails, and noise phrases at the ends of the title.
//  4. Split on dash, tilde, " _ " or colon separators; take version and
//     noise parts off the end ("Song - Live at Wembley"). The first part is
//     the artist, unless the caller's artist or the channel names the last
//     one. A title with no separator may still name its artist: Artist
//     "Track", Artist「Track」, Track by Artist, or the channel.
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
// Normalize is safe for concurrent use and takes time linear in the length
// of the title.
func Normalize(in TitleInput) Title {
	p := parserPool.Get().(*parser)
	t := p.normalize(in)
	p.reset()
	parserPool.Put(p)
	return t
}

var parserPool = sync.Pool{New: func() any { return new(parser) }}

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

	rules    []string
	versions uint32 // bit i set: Versions[i] was found
	info     []string
	featured [][]string
	byArtist [][]string // "(by X)", "(In the Style of X)"
	tail     span       // a "| X" tail that named a known artist

	caller  known
	channel known
	// channelArtist is whether the channel is an artist's own (a VEVO or
	// Topic channel, or a name without label words).
	channelArtist bool
}

// reset empties the parser for the pool, keeping its buffers.
func (p *parser) reset() {
	*p = parser{items: p.items[:0], buf: p.buf[:0], stack: p.stack[:0], words: p.words[:0], rules: p.rules[:0], idx: p.idx[:0]}
}

// rule records that the rule name fired (once).
func (p *parser) rule(name string) {
	if !slices.Contains(p.rules, name) {
		p.rules = append(p.rules, name)
	}
}

// normalize is Normalize on a parser of its own.
func (p *parser) normalize(in TitleInput) Title {
	t := Title{Raw: in.Title}
	p.knownArtists(in)

	s := p.preStrip(Fold(in.Title))
	p.items = lex(s, p.items[:0])
	p.stack = pairItems(p.items, p.stack)
	p.groups()
	p.symbols()
	p.compact()

	whole := span{0, len(p.items)}
	whole = p.cutTails(whole)
	whole = p.stripLeading(whole)
	whole = p.stripTrailing(whole, true)

	artist, track, ok := p.split(whole)
	if !ok {
		artist, track = p.trackOnly(track)
	}
	artist = p.stripTrailing(artist, false)
	track = p.stripTrailing(track, false)

	var artists [][]string
	if artist.hi > artist.lo {
		artist = p.splitFeatured(artist, true)
		artists = p.artistList(artist)
	} else if !ok {
		artists = p.byArtist
	}
	track = p.splitFeatured(track, false)
	track = p.trailingVersions(track)
	track = p.stripTrailing(track, false)
	track = p.quotedTrack(track)
	if !ok {
		track = p.removeKnown(track)
	}
	t.TrackTokens = p.trackTokens(track)

	switch {
	case len(p.caller.artists) > 0:
		artists, t.ArtistSource = p.caller.artists, "caller"
		p.rule("caller_artist")
	case len(artists) > 0:
		t.ArtistSource = "title"
	case p.channelArtist && len(p.channel.artists) > 0:
		artists, t.ArtistSource = p.channel.artists, "channel"
		p.rule("channel_artist")
	}
	t.Artists, t.ArtistTokens = joinArtists(dedupArtists(artists, nil))
	t.Featured, t.FeaturedTokens = joinArtists(dedupArtists(p.featured, artists))
	t.Track = strings.Join(t.TrackTokens, " ")
	for i, v := range Versions {
		if p.versions&(1<<i) != 0 {
			t.Versions = append(t.Versions, v)
		}
	}
	slices.Sort(t.Versions)
	if len(p.info) > 0 {
		t.VersionInfo = slices.Compact(slices.Sorted(slices.Values(p.info)))
	}
	if len(p.rules) > 0 {
		t.Rules = slices.Clone(p.rules)
	}
	return t
}

// preStrip removes what is easiest seen in the folded string: a file
// extension at the end and a CD or vinyl track number at the start ("01. ",
// "C1. "; not "A. ", which is how "A. R. Rahman" starts).
func (p *parser) preStrip(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "**new**"); i >= 0 {
		s = s[:i] + s[i+len("**new**"):]
		p.rule("out_now")
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 && fileExtensions[s[i+1:]] {
		s = strings.TrimSpace(s[:i])
		p.rule("file_extension")
	}
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
		p.rule("track_number")
	}
	return s
}

// fileExtensions are the media file extensions that uploads keep in their
// titles ("Song.mp3").
var fileExtensions = wordSet("mp3", "mp4", "m4a", "wav", "flac", "ogg", "avi", "wmv", "mpg", "mpeg",
	"flv", "mkv", "webm", "mov", "aac", "wma", "3gp")

// groups classifies every top-level bracket group (quote brackets are
// transparent: a group inside 「」 is still looked at).
func (p *parser) groups() {
	for i := 0; i < len(p.items); i++ {
		it := &p.items[i]
		if it.kind != kOpen || it.pair < 0 || isQuoteBracket(it.br) {
			continue
		}
		j := int(it.pair)
		p.classifyGroup(i, j)
		i = j
	}
}

// kill marks items lo..hi (inclusive) removed.
func (p *parser) kill(lo, hi int) {
	for k := lo; k <= hi; k++ {
		p.items[k].dead = true
	}
}

// groupWords collects the words of items lo..hi-1 into p.words.
func (p *parser) groupWords(lo, hi int) []string {
	p.words = p.words[:0]
	for k := lo; k < hi; k++ {
		if it := &p.items[k]; it.kind == kWord || it.kind == kHashtag {
			p.words = append(p.words, it.text)
		}
	}
	return p.words
}

// classifyGroup decides what the bracket group open..close is.
func (p *parser) classifyGroup(open, close int) {
	if !p.hasWord(span{open + 1, close}) {
		p.kill(open, close)
		p.rule("empty_brackets")
		return
	}
	// Featured artists, possibly after other information:
	// "(feat. X)", "(Official Video ft. X)", "(with X)", "(w/ X)".
	k := p.featMarker(span{open + 1, close}, true)
	if k >= 0 {
		if p.hasWord(span{k + 1, close}) {
			p.addFeatured(span{k + 1, close})
			p.kill(open, close)
			p.rule("featured")
			if p.hasWord(span{open + 1, k}) {
				p.classifyWords(p.groupWords(open+1, k))
			}
			return
		}
	}
	for _, prefix := range byArtistPhrases {
		if n := p.prefixItems(span{open + 1, close}, prefix); n > 0 && p.hasWord(span{n, close}) {
			if p.byArtist == nil {
				// Read now: the group is gone once the items are compacted.
				p.byArtist = p.artistList(span{n, close})
			}
			p.kill(open, close)
			p.rule("by_artist")
			return
		}
	}
	if p.classifyWords(p.groupWords(open+1, close)) {
		p.kill(open, close)
		return
	}
	if br := p.items[open].br; br == brSquare || br == brLenticular {
		p.items[open].tag = true
	}
}

// classifyWords records the versions or noise rule that the words of a
// group say, and reports whether they said one (the group can go).
func (p *parser) classifyWords(words []string) bool {
	if vs, ok := p.groupVersions(words); ok {
		p.versions |= vs
		p.rule("version")
		return true
	}
	if name, ok := groupNoise(words); ok {
		p.rule(name)
		return true
	}
	if len(words) == 1 && isYear(words[0]) {
		p.rule("year")
		return true
	}
	if len(words) >= 2 && words[len(words)-1] == remixMarker {
		// "(Club Mix)"; but "(Radio Mix)" is the radio edit.
		if len(words) == 2 && words[0] == "radio" {
			p.versions |= versionBit(VersionEdit)
		} else {
			p.versions |= versionBit(VersionRemix)
			p.info = append(p.info, strings.Join(words[:len(words)-1], " "))
		}
		p.rule("version")
		return true
	}
	return false
}

// maxInfoWords bounds the version information of a group: a longer group
// with a version word in it is more likely a title fragment.
const maxInfoWords = 6

// groupVersions reads the version tags of a bracket group or a trailing
// dash part: every version word counts, the other words that are no
// fillers are the information ("(Live at Wembley 1986)" is live,
// "wembley 1986"; "(Skrillex Remix)" is remix, "skrillex").
func (p *parser) groupVersions(words []string) (uint32, bool) {
	var vs uint32
	remaster := false
	for _, w := range words {
		if v, ok := versionWords[w]; ok {
			vs |= versionBit(v)
		}
		remaster = remaster || w == "remastered" || w == "remaster"
	}
	if vs == 0 {
		return 0, false
	}
	var info []string
	for _, w := range words {
		if _, ok := versionWords[w]; ok || versionFillers[w] || infoStopwords[w] || noiseWords[w] || remaster && isYear(w) {
			continue
		}
		info = append(info, w)
	}
	if len(info) > maxInfoWords {
		return 0, false
	}
	if len(info) > 0 {
		p.info = append(p.info, strings.Join(info, " "))
	}
	return vs, true
}

// pureVersion reports whether words are a version phrase that can stand
// for a whole part of a two-part title: only version words and fillers
// ("Acoustic Version", "Slowed + Reverb"), or a version word followed by a
// venue marker ("Live at Wembley", "Cover by X"). A single word is not
// enough: "Drake - Karaoke" is the song "Karaoke". "Live in X" and "Live on
// X" count only when the artist is known from elsewhere, since "Harry
// Styles - Live On Tour" is a title.
func pureVersion(words []string, known bool) bool {
	if len(words) < 2 {
		return false
	}
	if _, ok := versionWords[words[0]]; ok {
		switch w := words[1]; {
		case liveVenueMarkers[w] || w == "by":
			return true
		case known && (w == "in" || w == "on"):
			return true
		}
	}
	found := false
	for _, w := range words {
		if _, ok := versionWords[w]; ok {
			found = true
		} else if !versionFillers[w] {
			return false
		}
	}
	return found
}

// versionBit is the bit of v in a version set.
func versionBit(v Version) uint32 {
	return 1 << slices.Index(Versions, v)
}

// groupNoise reports whether the words of a bracket group are noise: a
// noise phrase allowed anywhere in a group occurs in them, or they are made
// only of noise phrases and numbers.
func groupNoise(words []string) (string, bool) {
	return wordsNoise(words, true)
}

// wordsNoise is groupNoise; with anywhere false (a dash part of a title,
// not a group), only words made wholly of noise are noise.
func wordsNoise(words []string, anywhere bool) (string, bool) {
	if !anywhere {
		name, covered := coveredByNoise(words)
		return name, covered
	}
	for _, r := range noiseByFirst[words[0]] {
		if r.place&groupStart != 0 && len(r.words) <= len(words) && slices.Equal(r.words, words[:len(r.words)]) {
			return r.name, true
		}
	}
	name := ""
	covered := true
	for i := 0; i < len(words); {
		n, rowName, anywhere := longestNoiseAt(words, i, inGroup|wholeGroup|trailing|afterDash)
		if anywhere {
			return rowName, true
		}
		if n == 0 {
			if !isNumber(words[i]) {
				covered = false
			}
			i++
			continue
		}
		if name == "" {
			name = rowName
		}
		i += n
	}
	// A row allowed anywhere may start at a position the greedy walk
	// skipped over; look again from every position.
	for i := range words {
		if n, rowName, anywhere := longestNoiseAt(words, i, inGroup); n > 0 && anywhere {
			return rowName, true
		}
	}
	return name, covered && name != ""
}

// coveredByNoise reports whether words are made only of noise phrases
// (of any place) and numbers, and names the first phrase.
func coveredByNoise(words []string) (string, bool) {
	name := ""
	for i := 0; i < len(words); {
		n, rowName, _ := longestNoiseAt(words, i, inGroup|wholeGroup|trailing|afterDash)
		if n == 0 {
			if !isNumber(words[i]) {
				return "", false
			}
			i++
			continue
		}
		if name == "" {
			name = rowName
		}
		i += n
	}
	return name, name != ""
}

// longestNoiseAt finds the longest noise phrase with one of the places in
// mask that starts at words[i]. anywhere says whether that row (or any row
// matching there) is allowed anywhere in a group.
func longestNoiseAt(words []string, i int, mask place) (n int, name string, anywhere bool) {
	try := func(rows []*compiledNoise) {
		for _, r := range rows {
			if r.place&mask == 0 || len(r.words) > len(words)-i {
				continue
			}
			ok := true
			for k, w := range r.words {
				if !matchWord(words[i+k], w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if r.place&inGroup != 0 {
				n, name, anywhere = len(r.words), r.name, true
				return
			}
			if len(r.words) > n {
				n, name = len(r.words), r.name
			}
		}
	}
	try(noiseByFirst[words[i]])
	if !anywhere && isYear(words[i]) {
		try(noiseByFirst["YEAR"])
	}
	return n, name, anywhere
}

// isNumber reports whether w is made of digits only.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// featMarker returns the index of the first featuring marker in sp that
// has something before it or, in a group, starts it: feat., ft.,
// featuring, "w/", and "with" at the start of a group or (artist part) in
// the middle. It returns -1 when there is none.
func (p *parser) featMarker(sp span, group bool) int {
	return p.featMarkerWith(sp, group, false)
}

// featMarkerWith is featMarker; withInside also takes "with" in the middle
// of a part (the artist part: "Ed Sheeran with Stormzy").
func (p *parser) featMarkerWith(sp span, group, withInside bool) int {
	first := true
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.dead {
			continue
		}
		if it.kind == kOpen && it.pair > int32(k) && !group && !isQuoteBracket(it.br) {
			k = int(it.pair)
			first = false
			continue
		}
		if it.kind != kWord {
			continue
		}
		switch {
		case featMarkers[it.text]:
		case it.text == "w" && k+1 < sp.hi && p.items[k+1].kind == kSlash && !p.items[k+1].space:
		case it.text == "with" && withInside && !first:
		case it.text == "with" && first && group:
			// "(With Lyrics)" is noise, not a featured artist called Lyrics.
			if _, isNoise := groupNoise(p.groupWords(k+1, sp.hi)); isNoise {
				return -1
			}
		default:
			first = false
			continue
		}
		if first && !group {
			// A marker that starts the part is a word of it.
			first = false
			continue
		}
		return k
	}
	return -1
}

// prefixItems reports whether the words of sp start with phrase and
// returns the index of the item after it, or 0.
func (p *parser) prefixItems(sp span, phrase []string) int {
	k := sp.lo
	for _, w := range phrase {
		for k < sp.hi && p.items[k].kind != kWord {
			k++
		}
		if k == sp.hi || p.items[k].text != w {
			return 0
		}
		k++
	}
	return k
}

// hasWord reports whether sp holds a live word.
func (p *parser) hasWord(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; !it.dead && (it.kind == kWord || it.kind == kHashtag) {
			return true
		}
	}
	return false
}

// firstWord returns the index of the first live word of sp, or sp.hi. Loops
// that ask "is there a word before k?" use it to stay linear.
func (p *parser) firstWord(sp span) int {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; !it.dead && (it.kind == kWord || it.kind == kHashtag) {
			return k
		}
	}
	return sp.hi
}

// addFeatured records the artists listed in sp as featured.
func (p *parser) addFeatured(sp span) {
	p.featured = append(p.featured, p.artistList(sp)...)
}

// symbols drops emoji, and hashtags at the start and end of the title. A
// hashtag in the middle keeps its word, and so does a run of hashtags that
// is a whole part of the title ("The Chainsmokers - #SELFIE") or the whole
// title ("#SELFIE").
func (p *parser) symbols() {
	words := 0
	for k := range p.items {
		it := &p.items[k]
		switch {
		case it.dead:
		case it.kind == kEmoji:
			it.dead = true
			p.rule("emoji")
		case it.kind == kWord:
			words++
		}
	}
	// skippable items may sit among the hashtags of a run.
	skippable := func(it *item) bool {
		return it.dead || it.kind == kEmoji || it.kind == kPunct || it.kind == kComma
	}
	hashtag := func(it *item) bool { return it.kind == kHashtag && !isNumber(it.text) }
	// dropRun kills the hashtags from k on in direction step, unless the
	// item after the run separates parts of the title.
	dropRun := func(k, step int) {
		end := k
		for end >= 0 && end < len(p.items) && (skippable(&p.items[end]) || hashtag(&p.items[end])) {
			end += step
		}
		if words == 0 || end >= 0 && end < len(p.items) && isSeparator(&p.items[end]) {
			return
		}
		for j := k; j != end; j += step {
			if hashtag(&p.items[j]) {
				p.items[j].dead = true
				p.rule("hashtag")
			}
		}
	}
	dropRun(0, 1)
	dropRun(len(p.items)-1, -1)
	for k := range p.items {
		if p.items[k].kind == kHashtag {
			p.items[k].kind = kWord
		}
	}
}

// compact drops dead items and pairs brackets and quotes again.
func (p *parser) compact() {
	p.buf = p.buf[:0]
	cut := false
	for _, it := range p.items {
		if it.dead {
			cut = true
			continue
		}
		it.cut = cut
		cut = false
		p.buf = append(p.buf, it)
	}
	p.items, p.buf = p.buf, p.items
	// Pairing again keeps the tag marks: they sit on the items themselves.
	p.stack = pairItems(p.items, p.stack)
}

// skipGroup returns the index to go on from after item k: the end of the
// bracket group or quote that k opens, or k itself.
func (p *parser) skipGroup(k int) int {
	it := &p.items[k]
	if (it.kind == kOpen || it.kind == kDQuote || it.kind == kSQuote) && it.pair > int32(k) {
		return int(it.pair)
	}
	return k
}

// cutTails cuts the title at the first top-level "|" or "//" that has words
// before it, and at credits ("shot by X"). A "| X" tail that names the
// caller's or the channel's artist is kept aside as the artist.
func (p *parser) cutTails(sp span) span {
	fw := p.firstWord(sp)
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		it := &p.items[k]
		switch it.kind {
		case kPipe, kSlash2:
			if fw >= k {
				continue
			}
			tail := span{k + 1, sp.hi}
			if p.matchesKnown(tail) {
				p.tail = tail
			}
			if it.kind == kPipe {
				p.rule("pipe_tail")
			} else {
				p.rule("slash_tail")
			}
			return span{sp.lo, k}
		case kWord:
			if fw >= k {
				continue
			}
			for _, r := range noiseByFirst[it.text] {
				if r.place&cutRest != 0 && p.matchForward(span{k, sp.hi}, r.words) > 0 {
					p.rule(r.name)
					return span{sp.lo, k}
				}
			}
		}
	}
	return sp
}

// phraseGap reports whether an item may sit between two words of a phrase:
// light punctuation ("slowed + reverb", "m/v", "hq-audio"), not separators,
// brackets or quotes.
func phraseGap(it *item) bool {
	switch it.kind {
	case kPlus, kAmp, kPunct, kSlash, kComma, kEmoji:
		return true
	}
	return it.dead
}

// matchForward matches phrase against the words at the start of sp and
// returns the index after the match, or 0.
func (p *parser) matchForward(sp span, phrase []string) int {
	k := sp.lo
	for i, w := range phrase {
		if i > 0 {
			for k < sp.hi && phraseGap(&p.items[k]) {
				k++
			}
		}
		if k >= sp.hi || p.items[k].kind != kWord || !matchWord(p.items[k].text, w) {
			return 0
		}
		k++
	}
	return k
}

// matchBackward matches phrase against the words that end sp (its last
// item must be a word) and returns the index of the phrase's first item, or
// -1.
func (p *parser) matchBackward(sp span, phrase []string) int {
	k := sp.hi - 1
	for i := len(phrase) - 1; i >= 0; i-- {
		if i < len(phrase)-1 {
			for k >= sp.lo && phraseGap(&p.items[k]) {
				k--
			}
		}
		if k < sp.lo || p.items[k].kind != kWord || !matchWord(p.items[k].text, phrase[i]) {
			return -1
		}
		k--
	}
	return k + 1
}

// isSeparator reports whether an item separates the parts of a title.
func isSeparator(it *item) bool {
	switch it.kind {
	case kDash, kTilde, kColon, kUnderscore, kPipe:
		return true
	}
	return false
}

// trimRight drops items at the end of sp that carry nothing: separators,
// punctuation, unpaired quotes.
func (p *parser) trimRight(sp span) span {
	for sp.hi > sp.lo {
		it := &p.items[sp.hi-1]
		if it.kind == kWord || it.pair >= 0 && !it.dead {
			break
		}
		sp.hi--
	}
	return sp
}

// trimLeft is trimRight at the start of sp.
func (p *parser) trimLeft(sp span) span {
	for sp.lo < sp.hi {
		it := &p.items[sp.lo]
		if it.kind == kWord || it.pair >= 0 && !it.dead {
			break
		}
		sp.lo++
	}
	return sp
}

// stripTrailing removes noise phrases (and, on the whole title, dash parts
// of noise) from the end of sp, one after the other: "Hello (Live) Official
// Video HD". It never removes the last words of sp.
func (p *parser) stripTrailing(sp span, whole bool) span {
	fw := p.firstWord(sp)
	for {
		sp = p.trimRight(sp)
		if sp.hi == sp.lo || p.items[sp.hi-1].kind != kWord {
			return sp
		}
		last := p.items[sp.hi-1].text
		start := p.trailingNoise(sp, fw, noiseByLast[last], whole)
		if start < 0 && isYear(last) {
			start = p.trailingNoise(sp, fw, noiseByLast["YEAR"], whole)
		}
		if start < 0 {
			return sp
		}
		sp.hi = start
	}
}

// trailingNoise tries rows against the end of sp and returns where the
// longest matching one starts, or -1.
// fw is the first word of sp: a match must leave words before it.
func (p *parser) trailingNoise(sp span, fw int, rows []*compiledNoise, whole bool) int {
	best, name := -1, ""
	for _, r := range rows {
		if r.place&(trailing|afterDash) == 0 {
			continue
		}
		start := p.matchBackward(sp, r.words)
		if start < 0 || fw >= start || best >= 0 && start >= best {
			continue // no match, nothing left before it, or not the longest
		}
		if r.place&trailing == 0 {
			// After a dash only: "Song - Audio"; a one-word phrase needs a
			// part before the artist and track ("India.Arie - Video").
			before := p.trimRight(span{sp.lo, start})
			if before.hi == start || !isSeparator(&p.items[start-1]) || p.items[start-1].kind == kPipe {
				continue
			}
			if len(r.words) == 1 && (!whole || p.countSeparators(before, 2) < 2) {
				continue
			}
		}
		best, name = start, r.name
	}
	if best >= 0 {
		p.rule(name)
	}
	return best
}

// countSeparators counts the top-level separators in sp, up to limit.
func (p *parser) countSeparators(sp span, limit int) int {
	n := 0
	for k := sp.lo; k < sp.hi && n < limit; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kDash || it.kind == kTilde || it.kind == kUnderscore || it.kind == kColon {
			n++
		}
	}
	return n
}

// stripLeading removes noise ("PREMIERE:", "Official Video -") and version
// prefixes ("Nightcore - ") that start the title and are followed by a
// separator.
func (p *parser) stripLeading(sp span) span {
	for {
		sp = p.trimLeft(sp)
		if sp.hi == sp.lo || p.items[sp.lo].kind != kWord {
			return sp
		}
		first := p.items[sp.lo].text
		end := 0
		for _, r := range noiseByFirst[first] {
			if r.place&leading != 0 {
				if e := p.matchForward(sp, r.words); e > 0 && p.separatorAt(e, sp) {
					end = e
					p.rule(r.name)
					break
				}
			}
		}
		if end == 0 {
			for _, r := range leadingVersion[first] {
				if e := p.matchForward(sp, r.words); e > 0 && p.separatorAt(e, sp) {
					end = e
					for _, v := range r.versions {
						p.versions |= versionBit(v)
					}
					p.rule("version")
					break
				}
			}
		}
		if end == 0 {
			return sp
		}
		sp.lo = end
	}
}

// separatorAt reports whether item k is a separator followed by words.
func (p *parser) separatorAt(k int, sp span) bool {
	return k < sp.hi && isSeparator(&p.items[k]) && p.hasWord(span{k + 1, sp.hi})
}

// split cuts the title into an artist part and a track part at its
// separators, after taking version and noise parts off the end. It reports
// false when the title has a single part.
func (p *parser) split(sp span) (artist, track span, ok bool) {
	var segs [8]span
	parts := segs[:0]
	lo := sp.lo
	cut := func(k int) {
		if p.hasWord(span{lo, k}) {
			parts = append(parts, span{lo, k})
		}
		lo = k + 1
	}
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroupAll(k)
		if it := &p.items[k]; it.kind == kDash || it.kind == kTilde || it.kind == kUnderscore {
			cut(k)
		}
	}
	cut(sp.hi)
	if len(parts) < 2 {
		parts = parts[:0]
		lo = sp.lo
		// A colon splits only when nothing else does, and not after a
		// one- or two-letter word ("Re: Stacks").
		fw := p.firstWord(sp)
		for k := sp.lo; k < sp.hi; k++ {
			k = p.skipGroupAll(k)
			if it := &p.items[k]; it.kind == kColon && fw < k {
				left := p.trimRight(span{lo, k})
				if left.hi-left.lo == 1 && len(p.items[left.lo].text) <= 2 {
					break
				}
				cut(k)
				break
			}
		}
		cut(sp.hi)
		if len(parts) < 2 {
			return span{}, sp, false
		}
	}
	// Version and noise parts at the end: "Song - Live at Wembley", and the
	// artist repeated: "Linkin Park - Numb - Linkin Park".
	known := len(p.caller.keys) > 0 || len(p.channel.keys) > 0
	p.idx = p.wordIndexesTo(p.idx[:0], parts[0])
	firstWords := p.idx
	for len(parts) >= 2 {
		if len(parts) >= 3 && p.sameWords(firstWords, parts[len(parts)-1]) {
			p.rule("repeated_artist")
			parts = parts[:len(parts)-1]
			continue
		}
		lastPart := parts[len(parts)-1]
		if len(parts) == 2 && known && (p.matchesKnown(parts[0]) || p.matchesKnown(parts[1])) {
			break
		}
		words := p.groupWords(lastPart.lo, lastPart.hi)
		if len(parts) >= 3 || pureVersion(words, known) {
			if vs, ok := p.groupVersions(words); ok {
				p.versions |= vs
				p.rule("version")
				parts = parts[:len(parts)-1]
				continue
			}
		}
		if name, ok := wordsNoise(words, false); ok && (len(parts) >= 3 || len(words) >= 2) {
			p.rule(name)
			parts = parts[:len(parts)-1]
			continue
		}
		break
	}
	if len(parts) < 2 {
		return span{}, parts[0], false
	}
	first, last := parts[0], parts[len(parts)-1]
	if known && p.matchesKnown(last) && !p.matchesKnown(first) {
		p.rule("reversed")
		return last, span{first.lo, parts[len(parts)-2].hi}, true
	}
	p.rule("split")
	return first, span{parts[1].lo, last.hi}, true
}

// sameWords reports whether the part b has the top-level words at the
// indexes wa, and no others.
func (p *parser) sameWords(wa []int, b span) bool {
	i := 0
	for k := b.lo; k < b.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && !it.dead {
			if i == len(wa) || p.items[wa[i]].text != it.text {
				return false
			}
			i++
		}
	}
	return i == len(wa)
}

// skipGroupAll is skipGroup that also skips quote brackets.
func (p *parser) skipGroupAll(k int) int {
	it := &p.items[k]
	if (it.kind == kOpen || it.kind == kDQuote || it.kind == kSQuote) && it.pair > int32(k) {
		return int(it.pair)
	}
	return k
}

// trackOnly finds the artist of a title without separators: Artist "Track",
// Artist「Track」, "Track" by Artist, Track by Artist, or a "| X" tail seen
// before. (A "(by X)" group was read with the groups.)
func (p *parser) trackOnly(sp span) (artist, track span) {
	// Artist "Track", Artist 'Track', Artist「Track」, Artist【Track】.
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.pair <= int32(k) || it.kind == kOpen && !isQuoteBracket(it.br) && !it.tag {
			k = p.skipGroup(k)
			continue
		}
		inner := span{k + 1, int(it.pair)}
		if !p.hasWord(inner) {
			k = int(it.pair)
			continue
		}
		before, after := span{sp.lo, k}, span{int(it.pair) + 1, sp.hi}
		switch {
		case p.hasWord(before) && !p.hasWordOutsideTags(after):
			p.rule("quoted_track")
			p.dropTags(after)
			return p.stripGluedMV(before), p.stripGluedMV(inner)
		case !p.hasWord(before) && !it.tag:
			p.rule("quoted_track")
			if n := p.prefixItems(after, byPhrase); n > 0 && p.hasWord(span{n, after.hi}) {
				p.rule("by_artist")
				return span{n, after.hi}, inner
			}
			if p.matchesKnown(after) {
				return after, inner
			}
			return span{}, inner
		}
		break
	}
	// Track by Artist.
	for k := sp.hi - 1; k > sp.lo; k-- {
		it := &p.items[k]
		if it.kind != kWord || it.text != "by" || !p.hasWord(span{sp.lo, k}) || !p.hasWord(span{k + 1, sp.hi}) {
			continue
		}
		after := span{k + 1, sp.hi}
		if p.matchesKnown(after) || len(p.caller.keys) == 0 && p.plausibleBy(span{sp.lo, k}, after) {
			p.rule("by_artist")
			return after, span{sp.lo, k}
		}
		break
	}
	if p.tail.hi > 0 {
		p.rule("pipe_artist")
		return p.tail, sp
	}
	return span{}, sp
}

// plausibleBy guards "Track by Artist" when no known artist confirms it:
// the artist is at most four words, does not start with a word that shows
// "by" belongs to the title ("Stand by Me", "Drive By"), and does not
// repeat the word before "by" ("Day by Day").
func (p *parser) plausibleBy(before, after span) bool {
	words := p.groupWords(after.lo, after.hi)
	if len(words) == 0 || len(words) > 4 || byStopwords[words[0]] {
		return false
	}
	first := words[0]
	bw := p.groupWords(before.lo, before.hi)
	return bw[len(bw)-1] != first
}

// hasWordOutsideTags reports whether sp holds words outside tag groups.
func (p *parser) hasWordOutsideTags(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.tag && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if it.kind == kWord {
			return true
		}
	}
	return false
}

// dropTags removes the tag groups in sp.
func (p *parser) dropTags(sp span) {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; it.kind == kOpen && it.tag && it.pair > int32(k) {
			p.kill(k, int(it.pair))
			p.rule("tag_brackets")
			k = int(it.pair)
		}
	}
}

// stripGluedMV removes "mv" or "pv" glued to the last word of sp when a
// bracket follows without a space: "ArtistMV「Track」", "Artist「TrackMV」".
func (p *parser) stripGluedMV(sp span) span {
	sp = p.trimRight(sp)
	if sp.hi == sp.lo {
		return sp
	}
	it := &p.items[sp.hi-1]
	if it.kind == kWord && len(it.text) > 2 && (strings.HasSuffix(it.text, "mv") || strings.HasSuffix(it.text, "pv")) &&
		sp.hi < len(p.items) && (p.items[sp.hi].kind == kOpen || p.items[sp.hi].kind == kClose) && !p.items[sp.hi].space {
		it.text = it.text[:len(it.text)-2]
		p.rule("mv")
	}
	return sp
}

// splitFeatured takes featured artists off the end of a part ("Artist ft.
// X", "Track feat. X & Y") and returns what is left.
func (p *parser) splitFeatured(sp span, artistPart bool) span {
	k := p.featMarkerWith(sp, false, artistPart)
	if k < 0 || !p.hasWord(span{k + 1, sp.hi}) {
		return sp
	}
	// The list ends where a removed group was: "ft. X [Official Video]
	// Furious 7 Soundtrack".
	end := k + 1
	for end < sp.hi && !(p.items[end].cut && end > k+1) {
		end++
	}
	p.addFeatured(span{k + 1, end})
	p.rule("featured")
	return span{sp.lo, k}
}

// artistList splits sp into its artists, each a list of words. Bracket
// groups inside an artist part are aliases or disambiguations ("BTS
// (방탄소년단)", "Nirvana (UK)") and are dropped.
func (p *parser) artistList(sp span) [][]string {
	// One backing array for all the words; each artist is a slice of it.
	n := 0
	for k := sp.lo; k < sp.hi; k++ {
		if p.items[k].kind == kWord {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	words := make([]string, 0, n)
	var list [][]string
	start := 0
	cur := func() []string { return words[start:len(words):len(words)] }
	flush := func() {
		if len(words) > start {
			list = append(list, cur())
			start = len(words)
		}
	}
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.dead {
			continue
		}
		if it.kind == kOpen && it.pair > int32(k) && !isQuoteBracket(it.br) {
			if p.hasWord(span{sp.lo, k}) || p.hasWord(span{int(it.pair) + 1, sp.hi}) {
				p.rule("artist_brackets")
				k = int(it.pair)
			}
			continue
		}
		switch it.kind {
		case kComma, kAmp, kPlus, kSlash, kDash, kTilde, kColon, kUnderscore, kPipe:
			flush()
		case kWord:
			if listJoiners[it.text] && len(words) > start && p.wordAfter(k, sp) {
				// "Lil Nas X x Billy Ray Cyrus": the second x joins.
				if !(it.text == "x" && p.nextWordIs(k, sp, "x")) {
					flush()
					continue
				}
			}
			words = append(words, it.text)
		}
	}
	flush()
	return list
}

// wordAfter reports whether a word follows item k in sp, before the next
// list punctuation.
func (p *parser) wordAfter(k int, sp span) bool {
	for j := k + 1; j < sp.hi; j++ {
		switch p.items[j].kind {
		case kWord:
			return true
		case kComma, kAmp, kPlus:
			return false
		}
	}
	return false
}

// nextWordIs reports whether the next word after item k is w.
func (p *parser) nextWordIs(k int, sp span, w string) bool {
	for j := k + 1; j < sp.hi; j++ {
		if p.items[j].kind == kWord {
			return p.items[j].text == w
		}
	}
	return false
}

// trailingVersions takes unbracketed version phrases off the end of the
// track part ("Hello slowed + reverb", "Song Live at Wembley").
func (p *parser) trailingVersions(sp span) span {
	fw := p.firstWord(sp)
	for {
		sp = p.trimRight(sp)
		if sp.hi == sp.lo || p.items[sp.hi-1].kind != kWord {
			break
		}
		matched := false
		for _, r := range trailingByLast[p.items[sp.hi-1].text] {
			if start := p.matchBackward(sp, r.words); start >= 0 && fw < start {
				for _, v := range r.versions {
					p.versions |= versionBit(v)
				}
				p.rule("version")
				sp.hi = start
				matched = true
				break
			}
		}
		if !matched {
			break
		}
	}
	// "Song Live at Wembley": "live" followed by a venue marker, not at the
	// start.
	for k := sp.lo + 1; k+1 < sp.hi; k++ {
		k = p.skipGroupAll(k)
		if k+1 >= sp.hi {
			break
		}
		it := &p.items[k]
		if it.kind == kWord && it.text == "live" && fw < k {
			next := k + 1
			if p.items[next].kind == kPunct && p.items[next].text == "@" || p.items[next].kind == kWord && liveVenueMarkers[p.items[next].text] {
				// Only the first "live at" is considered, to stay linear.
				if p.hasWord(span{next + 1, sp.hi}) {
					if vs, ok := p.groupVersions(p.groupWords(k, sp.hi)); ok {
						p.versions |= vs
						p.rule("version")
						return span{sp.lo, k}
					}
				}
				break
			}
		}
	}
	return sp
}

// quotedTrack keeps only the quoted title of a track part that starts with
// one and goes on with other words: Artist - 'Track' Special Stage.
func (p *parser) quotedTrack(sp span) span {
	sp = p.trimLeft(sp)
	if sp.hi == sp.lo {
		return sp
	}
	it := &p.items[sp.lo]
	if it.pair <= int32(sp.lo) || int(it.pair) >= sp.hi || it.kind == kOpen && !isQuoteBracket(it.br) {
		return sp
	}
	inner := span{sp.lo + 1, int(it.pair)}
	if !p.hasWord(inner) || !p.hasWordOutsideGroups(span{int(it.pair) + 1, sp.hi}) {
		return sp
	}
	p.rule("quoted_track")
	return inner
}

// hasWordOutsideGroups reports whether sp holds words outside bracket groups.
func (p *parser) hasWordOutsideGroups(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if it.kind == kWord && !it.dead {
			return true
		}
	}
	return false
}

// removeKnown removes the caller's or the channel's artist from the start
// or the end of a title that has no separator ("Adele Hello"), when words
// remain.
func (p *parser) removeKnown(sp span) span {
	for _, kn := range []*known{&p.caller, &p.channel} {
		if len(kn.keys) == 0 {
			continue
		}
		idx := p.wordIndexes(sp)
		if len(idx) < 2 {
			return sp
		}
		for n := 1; n < len(idx) && n <= 6; n++ {
			if kn.matches(p.keyOf(idx[:n])) {
				p.rule("known_artist_removed")
				return span{idx[n-1] + 1, sp.hi}
			}
			if kn.matches(p.keyOf(idx[len(idx)-n:])) {
				p.rule("known_artist_removed")
				return span{sp.lo, idx[len(idx)-n]}
			}
		}
	}
	return sp
}

// wordIndexes lists the top-level word items of sp.
func (p *parser) wordIndexes(sp span) []int {
	return p.wordIndexesTo(nil, sp)
}

// wordIndexesTo appends the top-level word items of sp to idx.
func (p *parser) wordIndexesTo(idx []int, sp span) []int {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && !it.dead {
			idx = append(idx, k)
		}
	}
	return idx
}

// keyOf is the compact key of the words at idx.
func (p *parser) keyOf(idx []int) string {
	var b strings.Builder
	for _, k := range idx {
		b.WriteString(p.items[k].text)
	}
	return compactKey(b.String())
}

// trackTokens lists the tokens of the track part. Tag groups go unless
// they hold the only words; kept parentheses stay, except a translation or
// romanization in another script, where the Latin form is kept
// ("Blueming(블루밍)", "뚜두뚜두 (DDU-DU DDU-DU)").
func (p *parser) trackTokens(sp span) []string {
	if p.hasWordOutsideTags(sp) {
		p.dropTags(sp)
	}
	p.scriptAlias(sp)
	var toks []string
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; it.kind == kWord && !it.dead {
			toks = append(toks, it.text)
		}
	}
	return toks
}

// scriptAlias drops one side of a title written in two scripts, one of them
// in parentheses: the non-Latin one.
func (p *parser) scriptAlias(sp span) {
	outLatin, outOther := p.scripts(sp, true)
	if !outLatin && !outOther {
		return
	}
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.kind != kOpen || it.pair <= int32(k) || isQuoteBracket(it.br) || it.dead {
			continue
		}
		inner := span{k + 1, int(it.pair)}
		inLatin, inOther := p.scripts(inner, false)
		switch {
		case inLatin && !inOther && outOther && !outLatin:
			for j := sp.lo; j < sp.hi; j++ {
				if j < k || j > int(it.pair) {
					p.items[j].dead = true
				}
			}
			p.rule("script_alias")
			return
		case inOther && !inLatin && outLatin && !outOther:
			p.kill(k, int(it.pair))
			p.rule("script_alias")
			return
		}
		k = int(it.pair)
	}
}

// scripts reports whether the live words of sp are Latin (ASCII letters or
// digits only) and whether some are not. With outside set, words in bracket
// groups are skipped.
func (p *parser) scripts(sp span, outside bool) (latin, other bool) {
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if outside && it.kind == kOpen && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if it.kind != kWord || it.dead {
			continue
		}
		if isPlainASCII(it.text) {
			latin = true
		} else {
			other = true
		}
	}
	return latin, other
}

// knownArtists reads the caller's artist, or else the channel.
func (p *parser) knownArtists(in TitleInput) {
	if strings.TrimSpace(in.Artist) != "" {
		items := lex(Fold(in.Artist), nil)
		pairItems(items, nil)
		p.caller = p.knownFrom(items, false)
	}
	if strings.TrimSpace(in.Channel) != "" && len(p.caller.keys) == 0 {
		// The caller's artist is the artist: the channel then tells
		// nothing more, and must not turn the title around.
		items := lex(Fold(in.Channel), nil)
		pairItems(items, nil)
		items, artistLike := cleanChannel(items)
		p.channel = p.knownFrom(items, true)
		p.channelArtist = artistLike
	}
}

// knownFrom reads an artist name given outside the title. Featured artists
// in the caller's artist count as featured.
func (p *parser) knownFrom(items []item, channel bool) known {
	saved, savedFeat := p.items, len(p.featured)
	p.items = items
	sp := span{0, len(items)}
	savedRules := len(p.rules)
	// Read as the artist part of a title is, so that "Artist - Track"
	// built from the result reads back the same: "Adele MV" is "adele".
	sp = p.stripTrailing(sp, false)
	sp = p.splitFeatured(sp, true)
	if channel {
		p.featured = p.featured[:savedFeat]
	}
	p.rules = p.rules[:savedRules]
	list := p.artistList(sp)
	p.items = saved
	var kn known
	kn.artists = list
	kn.keys = artistKeys(list)
	return kn
}

// cleanChannel removes what a channel adds to an artist's name ("VEVO",
// " - Topic", "Official") and reports whether the channel looks like an
// artist's own.
func cleanChannel(items []item) ([]item, bool) {
	artistLike, sure := true, false
	for _, it := range items {
		if it.kind == kWord && labelWords[it.text] {
			artistLike = false
		}
	}
	// "Adele - Topic": YouTube's auto-generated artist channels.
	if n := len(items); n >= 2 && items[n-1].kind == kWord && items[n-1].text == "topic" && items[n-2].kind == kDash {
		items, sure = items[:n-2], true
	}
	for len(items) > 0 {
		last := &items[len(items)-1]
		if last.kind != kWord {
			items = items[:len(items)-1]
			continue
		}
		trimmed := false
		for _, suf := range channelSuffixes {
			if last.text == suf && len(items) > 1 {
				items, trimmed = items[:len(items)-1], true
				break
			}
			if strings.HasSuffix(last.text, suf) && len(last.text) > len(suf)+1 {
				last.text, trimmed = strings.TrimSuffix(last.text, suf), true
				sure = sure || suf == "vevo"
				break
			}
		}
		if !trimmed {
			break
		}
	}
	if len(items) > 1 && items[0].kind == kWord && items[0].text == "official" {
		items = items[1:]
	} else if len(items) > 0 && strings.HasPrefix(items[0].text, "official") && len(items[0].text) > len("official")+1 {
		items[0].text = strings.TrimPrefix(items[0].text, "official")
	}
	return items, artistLike || sure
}

// compactKey is the form in which artist names are compared with channel
// names: letters and digits only, with "the" and "and" removed, so
// "Simon & Garfunkel", "SimonAndGarfunkelVEVO" (once cleaned) and "simon
// garfunkel" agree, as do "The Weeknd" and "TheWeekndVEVO".
func compactKey(s string) string {
	s = strings.ReplaceAll(s, "the", "")
	return strings.ReplaceAll(s, "and", "")
}

// matches reports whether key names this known artist.
func (kn *known) matches(key string) bool {
	return key != "" && slices.Contains(kn.keys, key)
}

// matchesKnown reports whether the part sp names the caller's or the
// channel's artist, as a whole or as one of its listed artists.
func (p *parser) matchesKnown(sp span) bool {
	if len(p.caller.keys) == 0 && len(p.channel.keys) == 0 {
		return false
	}
	sp = p.trimRight(p.trimLeft(sp))
	if k := p.featMarker(sp, false); k >= 0 {
		sp.hi = k
	}
	// The part is read exactly as an artist part would be, so that it
	// agrees with the keys of knownFrom.
	for _, key := range artistKeys(p.artistList(sp)) {
		if p.caller.matches(key) || p.channel.matches(key) {
			return true
		}
	}
	return false
}

// artistKeys returns the compact keys of each artist of a list and, for a
// list of several, of all of them together.
func artistKeys(list [][]string) []string {
	var keys []string
	var whole strings.Builder
	for _, a := range list {
		joined := strings.Join(a, "")
		whole.WriteString(joined)
		keys = append(keys, compactKey(joined))
	}
	if len(list) > 1 {
		keys = append(keys, compactKey(whole.String()))
	}
	return keys
}

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
// string of the outside contract: "simon & garfunkel".
func ArtistString(artists []string) string {
	return strings.Join(artists, " & ")
}
