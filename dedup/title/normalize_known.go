package title

import (
	"slices"
	"strings"
)

// Artists known from outside the title: the caller's and the channel's,
// and how a part of a title is compared with them.

// knownArtists reads the caller's artist, or else the channel.
func (p *parser) knownArtists(in Input) {
	if strings.TrimSpace(in.Artist) != "" {
		items := lex(Fold(in.Artist), nil)
		pairItems(items, nil)
		p.caller = p.knownFrom(items, false)
	}
	if strings.TrimSpace(in.Channel) != "" && len(p.caller.keys) == 0 {
		// The caller's artist is the artist: the channel then tells
		// nothing more, and must not turn the title around.
		items, artistLike, sure := readChannel(in.Channel)
		p.pairFrom = pairFromChannel
		p.channel = p.knownFrom(items, true)
		p.pairFrom = pairFromTitle
		p.channelArtist, p.channelSure = artistLike || sure, sure
		p.channelLabel = !p.channelArtist
	}
}

// ChannelArtist is what a channel's name says of the artist whose channel
// it may be.
type ChannelArtist struct {
	// Name is the channel's name, folded, without what a channel adds to
	// an artist's name: "AdeleVEVO", "Adele - Topic", "Adele Official" and
	// "Official Adele" are all "adele", "TaylorSwiftVEVO" is "taylor swift".
	Name string
	// Own reports whether the channel reads as an artist's own: a VEVO or
	// "- Topic" channel (Sure), or one without a label word in its name
	// ("Speed Records", "Lyrics Vault" are not).
	Own bool
	// Sure reports a VEVO or "- Topic" channel, an artist's own for
	// certain.
	Sure bool
}

// ReadChannel reads a channel's name as the name of its artist, as
// Normalize does when the caller gives no artist.
func ReadChannel(channel string) ChannelArtist {
	items, artistLike, sure := readChannel(channel)
	var b strings.Builder
	for _, it := range items {
		if it.space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(it.text)
	}
	name := b.String()
	return ChannelArtist{Name: name, Own: name != "" && (artistLike || sure), Sure: sure}
}

// readChannel lexes a channel's name and removes what a channel adds to an
// artist's name (cleanChannel).
func readChannel(channel string) (items []item, artistLike, sure bool) {
	items = lex(Fold(splitVEVO(channel)), nil)
	pairItems(items, nil)
	return cleanChannel(items)
}

// splitVEVO spells out the words of a VEVO channel name, which are glued
// in CamelCase: "TaylorSwiftVEVO" is "Taylor Swift VEVO", "DJSnakeVEVO" "DJ
// Snake VEVO". Only VEVO channels are split: elsewhere CamelCase is as
// likely part of the name ("McFly").
func splitVEVO(channel string) string {
	channel = strings.TrimSpace(channel)
	name, ok := strings.CutSuffix(channel, "VEVO")
	if !ok || name == "" || strings.ContainsRune(name, ' ') {
		return channel
	}
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if i > 0 && isUpper(c) && (isLower(name[i-1]) || isUpper(name[i-1]) && i+1 < len(name) && isLower(name[i+1])) {
			b.WriteByte(' ')
		}
		b.WriteByte(c)
	}
	b.WriteString(" VEVO")
	return b.String()
}

// knownFrom reads an artist name given outside the title. Featured artists
// in the caller's artist count as featured.
func (p *parser) knownFrom(items []item, channel bool) known {
	saved, savedFeat := p.items, len(p.featured)
	p.items = items
	sp := span{0, len(items)}
	savedPatterns := len(p.patterns)
	// Read as the artist part of a title is, so that "Artist - Track"
	// built from the result reads back the same: "Adele MV" is "adele".
	sp = p.stripTrailing(sp, false)
	sp = p.splitFeatured(sp, true)
	if channel {
		p.featured = p.featured[:savedFeat]
	}
	p.patterns = p.patterns[:savedPatterns]
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
func cleanChannel(items []item) (cleaned []item, artistLike, sure bool) {
	artistLike = true
	for _, it := range items {
		if it.kind == kWord && isLabelWord(it.text) {
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
				sure = sure || suf == "vevo"
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
	return items, artistLike, sure
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
//
// Without a caller's or a channel's artist, the lexicon (Input.Lexicon)
// answers: the part is a name the catalogue knows as an artist.
func (p *parser) matchesKnown(sp span) bool {
	return p.namesKnown(sp, true)
}

// matchesSource reports whether a part names the caller's artist or the
// channel's (as matchesKnown does), leaving the lexicon out.
func (p *parser) matchesSource(sp span) bool {
	return p.namesKnown(sp, false)
}

// namesKnown is matchesKnown, asking the lexicon only when withLexicon.
func (p *parser) namesKnown(sp span, withLexicon bool) bool {
	fromLexicon := withLexicon && len(p.caller.keys) == 0 && (p.lexicon != nil || p.collect != nil)
	if len(p.caller.keys) == 0 && len(p.channel.keys) == 0 && !fromLexicon {
		return false
	}
	sp = p.trimRight(p.trimLeft(sp))
	if k := p.featMarker(sp, false); k >= 0 {
		sp.hi = k
	}
	// The part is read exactly as an artist part would be, so that it
	// agrees with the keys of knownFrom.
	pairs := len(p.pairs)
	keys := artistKeys(p.artistList(sp))
	p.pairs = p.pairs[:pairs] // a trial reading, not the title's
	for _, key := range keys {
		if p.caller.matches(key) || p.channel.matches(key) && !p.namesLabel(sp) {
			return true
		}
	}
	return fromLexicon && p.lexiconKnows(keys)
}

// namesLabel reports whether a part of a title holds a label word ("Speed
// Records", "Zee Music Company"): a part that names the uploading label's
// channel credits the label, it does not name the artist. A channel that
// carries a suffix ("Ed Sheeran Music") still names the artist where the
// title writes the name without it.
func (p *parser) namesLabel(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; it.kind == kWord && !it.dead && labelWords[it.text] {
			return true
		}
	}
	return false
}

// lexiconKnows reports whether the lexicon knows one of keys (the whole
// list of artists, or one of them) as an artist. In collect mode it
// records the keys and knows nothing.
func (p *parser) lexiconKnows(keys []string) bool {
	if p.collect != nil {
		for _, k := range keys {
			if k != "" {
				*p.collect = append(*p.collect, k)
			}
		}
		return false
	}
	if p.lexicon == nil {
		return false
	}
	for _, k := range keys {
		if k != "" && p.lexicon.Sightings(k) >= minSightings {
			return true
		}
	}
	return false
}

// minSightings is how often a name must have been seen as a certain
// artist for the lexicon to count it. The sources are certain, so once is
// enough.
const minSightings = 1

// maxLexiconWords is the longest name lexiconEnd tries at the ends of a
// title without separators.
const maxLexiconWords = 5

// lexiconEnd finds, in a track part that names no artist, a name the
// lexicon knows at its start or its end, leaving words on the other side:
// "Stray Kids District 9" by Stray Kids, or in a parenthesis that ends it
// (see lexiconGroup). The parenthesis first, then the longest name, the
// start before the end. It returns the artist's span (empty when none)
// and what is left of the track.
func (p *parser) lexiconEnd(sp span) (artist, track span) {
	if p.lexicon == nil && p.collect == nil {
		return span{}, sp
	}
	if artist, track = p.lexiconGroup(sp); artist.hi > artist.lo {
		return artist, track
	}
	idx := p.wordIndexes(sp)
	for n := min(len(idx)-1, maxLexiconWords); n >= 1; n-- {
		if p.lexiconKnows([]string{p.keyOf(idx[:n])}) {
			p.pattern("lexicon_artist")
			return span{sp.lo, idx[n-1] + 1}, span{idx[n], sp.hi}
		}
		if p.lexiconKnows([]string{p.keyOf(idx[len(idx)-n:])}) {
			p.pattern("lexicon_artist")
			return span{idx[len(idx)-n], sp.hi}, span{sp.lo, idx[len(idx)-n]}
		}
	}
	return span{}, sp
}

// lexiconGroup reads "Track (Artist)": a track part that ends in a
// parenthesis naming, whole, an artist the lexicon knows, with words
// before it ("Yesterday (Claudio Villa)", "Onward Christian Soldiers (Patti
// Page)"; track_artist_group). It returns the artist's span inside the
// parentheses and the track before them, or an empty span and sp.
func (p *parser) lexiconGroup(sp span) (artist, track span) {
	end := sp.hi - 1
	for end >= sp.lo && p.items[end].dead {
		end--
	}
	if end <= sp.lo || p.items[end].kind != kClose || p.items[end].br != brParen {
		return span{}, sp
	}
	open := int(p.items[end].pair)
	if open <= sp.lo || open >= end {
		return span{}, sp
	}
	before, inside := span{sp.lo, open}, span{open + 1, end}
	idx := p.wordIndexes(inside)
	if len(idx) == 0 || len(idx) > maxLexiconWords || !p.hasWord(before) || p.hasSeparator(inside) {
		return span{}, sp
	}
	if !p.lexiconKnows([]string{p.keyOf(idx)}) {
		return span{}, sp
	}
	p.pattern("lexicon_artist")
	p.pattern("track_artist_group")
	return inside, before
}

// capsLead reads the artist of a K-pop style upload with no separator,
// "TWICE Merry & Happy M/V", "GOT7 One And Only You (Feat. Hyolyn) Special
// Video", "ITZY Not Shy @ LIVE PREMIERE": the title opens with one to three
// words in capitals (three characters at least, or with a digit) and goes
// on in words that are not, and it calls itself a music or performance
// video. The capitals must be the first words of the track part sp; it
// returns their span and the rest, or an empty span and sp.
func (p *parser) capsLead(raw string, sp span) (artist, track span) {
	if !slices.ContainsFunc(p.patterns, func(s string) bool {
		return s == "mv" || s == "performance_video" || s == "official_video" || s == "music_video"
	}) {
		return span{}, sp
	}
	var caps [3]string
	n := 0
	rest := raw
	for {
		rest = strings.TrimLeft(rest, " ")
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			return span{}, sp // the capitals must be followed by the track
		}
		word := rest[:end]
		if capsWord(word) {
			if n == len(caps) {
				return span{}, sp
			}
			caps[n] = strings.ToLower(word)
			n++
			rest = rest[end:]
			continue
		}
		// The track goes on in a word of Title or lower case.
		if n == 0 || !strings.ContainsFunc(word, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
			return span{}, sp
		}
		break
	}
	p.idx = p.wordIndexesTo(p.idx[:0], sp)
	idx := p.idx
	if len(idx) <= n {
		return span{}, sp
	}
	for i := range n {
		if p.items[idx[i]].text != caps[i] {
			return span{}, sp
		}
	}
	p.pattern("caps_artist")
	return span{sp.lo, idx[n-1] + 1}, span{idx[n], sp.hi}
}

// capsWord reports whether a raw word is written in capitals: ASCII
// capitals and digits, at least one capital, three characters or more
// unless it holds a digit ("TWICE", "GOT7", "EXO"; not "DJ", "MC", "I").
func capsWord(w string) bool {
	letter, digit := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
			digit = true
		default:
			return false
		}
	}
	return letter && (len(w) >= 3 || digit)
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

// LexiconEntry is a name to count in the lexicon: its compact key and its
// normalized form.
type LexiconEntry struct {
	Key  string
	Name string
}

// LexiconEntries lists the names a title teaches the lexicon: its artists,
// each and (for several) together, when they are certain because the
// caller or an artist's own channel named them. A title that names its
// artist in the title teaches it only when the channel is that artist's
// own (ReadChannel) and the channel's name is the artist's, or one of the
// artists': the channel says which side of the title is the artist. Other
// titles teach nothing: their split may be the wrong way round.
func LexiconEntries(t Title) []LexiconEntry {
	if len(t.Artists) == 0 {
		return nil
	}
	switch t.ArtistSource {
	case ArtistFromCaller, ArtistFromTopic:
		return ArtistEntries(t.Artists)
	case ArtistFromTitle:
		return ownChannelEntries(t)
	}
	return nil
}

// ownChannelEntries lists the artists of a title that names them, on a
// channel of their own ("Adele - Hello" on "Adele", or on "AdeleVEVO"):
// all of them when the channel names them all, else the one it names.
// Two readings teach nothing: a title read as "Track - Artist" because its
// last part is the channel's name (pattern "reversed"; a channel named
// after a song would teach the song), and an artist taken from a "| X"
// credit (pattern "pipe_artist"), where labels name themselves ("Zulfa
// (Full Song) | Anvir Singh | ... | Shemaroo Punjabi" on
// shemaroopunjabi).
func ownChannelEntries(t Title) []LexiconEntry {
	ch := ReadChannel(t.Channel)
	if !ch.Own || slices.ContainsFunc(t.Patterns, func(p string) bool { return p == "reversed" || p == "pipe_artist" }) {
		return nil
	}
	key := compactKey(lettersAndDigits(ch.Name))
	all := ArtistEntries(t.Artists)
	for _, e := range all {
		if e.Key != key {
			continue
		}
		if e.Name == ArtistString(t.Artists) {
			return all // the channel names the whole list
		}
		return []LexiconEntry{e}
	}
	return nil
}

// ArtistEntries lists the lexicon entries of a list of normalized artists,
// each and (for several) together.
func ArtistEntries(artists []string) []LexiconEntry {
	list := make([][]string, len(artists))
	for i, a := range artists {
		list[i] = strings.Fields(a)
	}
	keys := artistKeys(list)
	names := append(slices.Clone(artists), strings.Join(artists, " & "))
	var out []LexiconEntry
	for i, k := range keys {
		if k != "" && len(k) <= MaxLexiconKey {
			out = append(out, LexiconEntry{Key: k, Name: names[i]})
		}
	}
	return out
}

// lettersAndDigits keeps the letters and digits of a folded name.
func lettersAndDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if isWordRune(r) {
			return r
		}
		return -1
	}, s)
}

// MaxLexiconKey bounds the length of a lexicon key (in bytes), as stored.
const MaxLexiconKey = 190
