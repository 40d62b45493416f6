package title

import (
	"slices"
	"strings"
)

// The artist/track split and what comes out of each part: featured
// artists, artist lists, quoted tracks, the track's tokens.

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
	first, duet := true, false
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
		if it.kind != kWord && it.kind != kHashtag { // "#ft" in a group becomes a word later
			continue
		}
		switch {
		case featMarkers[it.text]:
		case it.text == "w" && k+1 < sp.hi && p.items[k+1].kind == kSlash && !p.items[k+1].space:
		case it.text == "with" && withInside && !first:
		case it.text == "with" && it.cut && !first:
			// "(Remix) with Ariana Grande": "with" right after a removed
			// group starts a list of artists, not a phrase of the title.
		case it.text == "with" && first && group:
			// "(With Lyrics)" is noise, not a featured artist called Lyrics.
			if _, isNoise := groupNoise(p.groupWords(k+1, sp.hi)); isNoise {
				return -1
			}
		case it.text == "with" && duet && group:
			// "(Duet with Sunmi)": the duet's other singer is featured.
		case it.text == "con" && first && group && p.conCredit(span{k + 1, sp.hi}):
			// "Ave de paso (con Ana Mena)", "Scale (con Luchè)": the
			// Spanish and Italian "with" (con_credit).
		default:
			duet = first && group && it.text == "duet"
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

// conCredit reports whether the words of sp, after a "con" that starts a
// group, credit a singer: a given name and a word more ("con Ana Mena"),
// or the caller's or the channel's artist ("Scale (con Luchè)" by Luchè).
// A phrase of the title is no credit: "(Con te partirò)", "(Con Calma)",
// "(Con Letra)".
func (p *parser) conCredit(sp span) bool {
	words := p.groupWords(sp.lo, sp.hi)
	if len(words) == 0 {
		return false
	}
	if _, isNoise := groupNoise(words); isNoise {
		return false
	}
	if len(words) >= 2 && isGivenName(words[0]) || p.matchesSource(sp) {
		p.pattern("con_credit")
		return true
	}
	return false
}

// addFeatured records the artists listed in sp as featured.
func (p *parser) addFeatured(sp span) {
	p.featured = append(p.featured, p.artistList(sp)...)
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
	cutDashes := func() {
		for k := sp.lo; k < sp.hi; k++ {
			k = p.skipGroup(k)
			if it := &p.items[k]; it.kind == kDash || it.kind == kTilde || it.kind == kUnderscore {
				cut(k)
			}
		}
		cut(sp.hi)
	}
	cutDashes()
	if len(parts) >= 2 {
		// "The Voice 2018 Blind Audition - Stephanie Skipper: Piece By
		// Piece": a first part that names the stage is no artist; the
		// rest is the title.
		if words := p.groupWords(parts[0].lo, parts[0].hi); len(words) >= 2 && p.liveContext(words) {
			p.pattern("stage_prefix")
			sp, parts, lo = span{parts[1].lo, sp.hi}, parts[:0], parts[1].lo
			cutDashes()
		}
	}
	colonQuoted := false
	if len(parts) >= 2 {
		if k := p.colonQuoted(parts[0]); k >= 0 {
			// 'Daft Punk: "Get Lucky" - Live on Letterman': the colon
			// splits the artist from the quoted track, and what follows
			// the dash says what the upload is (see below).
			colonQuoted = true
			parts = slices.Insert(parts, 1, span{k + 1, parts[0].hi})
			parts[0].hi = k
		}
	}
	if len(parts) > 0 && len(p.caller.keys) == 0 {
		// "Brobar Boli (Full Song) Nimrat Khaira - White Hill Music -
		// Latest Punjabi Song 2018": noise in brackets between two names
		// ends the track, and the name after it is the artist; the parts
		// after it credit labels and songs.
		if artist, track, ok := p.artistAfterNoise(parts[0]); ok {
			return artist, track, true
		}
	}
	if len(parts) < 2 {
		// "the proclaimers / 500 miles", "devil may care / claire
		// martin": a slash standing between spaces splits when no dash
		// does (one without spaces joins: "AC/DC", "w/").
		parts = parts[:0]
		lo = sp.lo
		for k := sp.lo; k < sp.hi; k++ {
			k = p.skipGroup(k)
			if it := &p.items[k]; it.kind == kSlash && it.space && k+1 < sp.hi && p.items[k+1].space {
				cut(k)
			}
		}
		cut(sp.hi)
		if len(parts) >= 2 {
			p.pattern("slash_split")
		}
	}
	if len(parts) < 2 {
		parts = parts[:0]
		lo = sp.lo
		// A colon splits only when nothing else does, and not after a
		// one- or two-letter word ("Re: Stacks").
		fw := p.firstWord(sp)
		for k := sp.lo; k < sp.hi; k++ {
			k = p.skipGroup(k)
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
	}
	if len(parts) < 2 {
		if artist, track, ok := p.commaBand(sp); ok {
			p.pattern("comma_band")
			return artist, track, true
		}
		return span{}, sp, false
	}
	parts = p.contestTail(parts)
	// Version and noise parts at the end: "Song - Live at Wembley", and the
	// artist repeated: "Linkin Park - Numb - Linkin Park".
	known := len(p.caller.keys) > 0 || len(p.channel.keys) > 0 ||
		(p.lexicon != nil || p.collect != nil) && slices.ContainsFunc(parts, p.matchesKnown)
	var versionArtist span // the artist named after a version phrase
	p.idx = p.wordIndexesTo(p.idx[:0], parts[0])
	firstWords := p.idx
	for len(parts) >= 2 {
		if len(parts) >= 3 && p.sameWords(firstWords, parts[len(parts)-1]) {
			p.pattern("repeated_artist")
			parts = parts[:len(parts)-1]
			continue
		}
		lastPart := parts[len(parts)-1]
		if len(parts) == 2 && known && (p.matchesKnown(parts[0]) || p.matchesKnown(parts[1])) {
			break
		}
		if p.wholeQuoted(lastPart) {
			break // Artist - "Live": a quoted part is a title
		}
		// "- Remastered ft. X": the part is judged without its featured
		// artists, who are kept if it goes.
		said, feat := lastPart, span{}
		if k := p.featMarker(lastPart, false); k >= 0 && p.hasWord(span{k + 1, lastPart.hi}) {
			said, feat = span{lastPart.lo, k}, span{k + 1, lastPart.hi}
		}
		words := p.groupWords(said.lo, said.hi)
		if nf, ok := nounFirst(words); ok {
			// "- Versión Salsa" is "- Salsa Version".
			p.pattern("version_noun_first")
			words = nf
		}
		// recordTail: the last of two parts of a record's title, the
		// artist in the record's column, which neither part names (see
		// the break above): the head is the track, and a tail that
		// qualifies it ("Hello - Napster Session", "Hello - Behind The
		// Scenes") is read as a third part is, so that the records of one
		// artist with one tail are not one track.
		recordTail := len(parts) == 2 && len(p.caller.keys) > 0
		consumed := false
		if isExcerpt(words) {
			p.excerpt()
			consumed = true
		} else if kind, ok := aboutWords(words); ok && (len(parts) >= 3 || recordTail) {
			// "Artist - Song - Behind The Scenes"; in two parts the
			// words are the track ("Dido - Interview").
			p.about(kind)
			consumed = true
		}
		if len(parts) >= 3 || pureVersion(words, known) {
			if vs, ok := p.groupVersions(words); ok {
				p.versions |= vs
				p.pattern("version")
				if len(parts) >= 3 {
					// "Artist - Track - Cover by X"; a title of two
					// parts, "Track - Cover by X", names no original
					// act for X to be told from.
					p.noteCoverBy(said)
				}
				consumed = true
			}
		}
		if !consumed && (len(parts) >= 3 || recordTail) && p.sessionGroup(words) {
			consumed = true // "Artist - Song - Napster Session"
		}
		if !consumed && recordTail && p.liveContextWhole(words) {
			consumed = true // "Song - Tiny Desk Concert" by the record's artist
		}
		if !consumed && recordTail && p.recordVersionTail(words) {
			// "Best Friend - Remix", "God of Revival - Live", "Insomnia -
			// King Topher Remix" with the artist in the record's column,
			// which neither part names: the record writes its version
			// after a dash, and the head is the track.
			p.pattern("record_version_tail")
			consumed = true
		}
		if q, ok := channelMix(words); !consumed && ok && (len(parts) >= 3 || recordTail) {
			// "Artist - Song - Mono / Remastered 2015": a mix of its
			// own, as in brackets.
			p.info = append(p.info, q)
			p.pattern("channel_mix")
			consumed = true
		}
		if q, ok := tailQualifier(words); !consumed && ok && (len(parts) >= 3 || recordTail) {
			// "Artist - Song - Alternate Take", "Artist - Song - Jazz
			// Version", "Song - Male Version" by the record's artist
			// (record_qualifier): a take or a recording of its own, as in
			// brackets.
			p.info = append(p.info, q)
			p.pattern("version_qualifier")
			consumed = true
		}
		if !consumed && len(parts) >= 3 && p.genreVersion(words, true) {
			consumed = true // "Artist - Song - Phonk", as in brackets
		}
		if name, ok := wordsNoise(words, false); !consumed && ok && (len(parts) >= 3 || len(words) >= 2 && name != "catalogue_number" && !titleNoise[name] || recordTail) {
			// A label's catalogue number is a part of its own after the
			// track ("Chet Atkins - Honey - RCA 18415"): as the last of two
			// parts, "Hello 160531" is the track and a date stamp.
			p.pattern(name)
			consumed = true
		}
		if !consumed && (len(parts) >= 3 || recordTail) && len(words) <= maxMixPart && !(known && p.matchesKnown(parts[len(parts)-1])) && p.markedRemix(words) {
			// "Artist - Song - Club Mix", as "(Club Mix)", and "Song -
			// Club Mix" by the record's artist (mix_part); but not the
			// caller's or the channel's artist ("Black Magic - Official
			// Video - Little Mix" on Little Mix's channel).
			p.pattern("mix_part")
			consumed = true
		}
		if !consumed && listingPart(words) {
			// "Lecture 2 (Full Song) - Money Aujla - New Punjabi Songs
			// 2018 - Latest Punjabi Song 2018"
			p.pattern("listing")
			consumed = true
		}
		if !consumed && len(parts) == 2 && !known {
			// "Levitating - Sped Up by Dua Lipa", "Track - Skrillex Remix
			// by Artist": a version phrase, then the artist after "by".
			if by := p.versionBy(said); by.hi > by.lo {
				versionArtist = by
				consumed = true
			}
		}
		if !consumed && recordTail && p.classifyWords(slices.Clone(words)) {
			// "Voglio vederti danzare - Radio Version", "Elysium - From
			// "Gladiator" Soundtrack", "It's Not Christmas 'Til You Come
			// Home - Recorded At Spotify Studios NYC" by the record's
			// artist: whatever a bracket group would hold as a version or
			// as noise, the record writes after a dash (record_suffix).
			p.pattern("record_suffix")
			consumed = true
		}
		if !consumed {
			break
		}
		if feat.hi > feat.lo {
			p.addFeatured(feat)
			p.pattern("featured")
		}
		parts = parts[:len(parts)-1]
	}
	parts = p.dropVideoParts(parts)
	if colonQuoted {
		if len(parts) >= 3 {
			// 'Frozen: "Let It Go" - Demi Lovato', 'Mozart: "Eine
			// kleine Nachtmusik" - Berliner Philharmoniker': a name
			// after the dash may be the performer, and the words
			// before the colon a film, a show or a work; the colon
			// splits no part.
			parts[0].hi = parts[1].hi
			parts = slices.Delete(parts, 1, 2)
		} else {
			p.pattern("colon_quoted")
		}
	}
	if len(parts) < 2 {
		if versionArtist.hi > versionArtist.lo {
			p.pattern("version_by_artist")
			return versionArtist, parts[0], true
		}
		return span{}, parts[0], false
	}
	if i := p.numberedPart(parts); i > 0 {
		// "the tomcats - 11 - yesterday - psychedelic beat rock - july",
		// "jenna mammina - meant to be - 12 - hope that i dont fall in
		// love with you": Artist - Album - track number - Track, and
		// what follows names the genre or the date.
		if artist, track, ok := p.numberedTrack(parts, i); ok {
			p.pattern("numbered_track")
			return artist, track, true
		}
	}
	if len(p.caller.keys) == 0 {
		if track, ok := p.songMarkedPart(parts); ok {
			// "Gunna Gunna Mamidi Full Video Song - Raja The Great Video
			// Songs - Ravi Teja, Mehreen Pirzada", "Family Party Song
			// Trailer - MCA Video Song Promos": the part that says it is
			// the song is the track; the others name the film and its
			// cast, not the singers.
			p.pattern("song_before_credits")
			p.creditListLayout()
			return span{}, track, true
		}
	}
	first, last := parts[0], parts[len(parts)-1]
	// The last part is compared as it would be read as a track: only its
	// quoted title when it has one (see quotedTrack). When that names the
	// known artist, it is the artist, read the same way.
	lastAsTrack, _ := p.quotedView(last)
	if known && p.matchesKnown(lastAsTrack) && !p.matchesKnown(first) {
		p.pattern("reversed")
		return lastAsTrack, span{first.lo, parts[len(parts)-2].hi}, true
	}
	if len(parts) == 2 && p.items[first.hi].afterTrackInfo && !p.matchesKnown(first) && !p.wholeQuoted(last) {
		// "Crossing A Line (Official Video) - Mike Shinoda", "Shake It Off
		// (Taylor's Version) - Taylor Swift": what a group says of the
		// recording follows the track, so the part it ends is the track.
		p.pattern("reversed_after_group")
		return last, first, true
	}
	if len(parts) == 2 && p.unoriented(first, last) {
		// "tell me a bedtime story - kelly brand", "Te doy una canción -
		// Silvio Rodríguez", "angel baby - sweet jeena & the roomates":
		// a part that speaks (you, me, ich, tu) is a line of a song, a
		// part shaped as an act's name is the artist (see trackFirst).
		if name, ok := p.trackFirst(first, last); ok {
			p.pattern(name)
			return last, first, true
		}
	}
	if p.channelSure && len(p.caller.keys) == 0 && !slices.ContainsFunc(parts, p.matchesKnown) && p.sharesChannelWord(first) {
		// "Tim McGraw, Faith Hill - The Rest of Our Life" on
		// TimandFaithVEVO: the first part names the channel's artist in
		// full, where the channel's name shortens it.
		p.pattern("channel_hint")
		return first, span{parts[1].lo, last.hi}, true
	}
	if p.channelSure && len(p.caller.keys) == 0 && !slices.ContainsFunc(parts, p.matchesKnown) {
		// An artist's own channel (VEVO, "- Topic") whose artist no part
		// names: the separator is the track's own ("Outro - Vamos a Darle
		// Slow", "Reprise : The Sound of Music"), and the channel names
		// the artist. Read as artist and track, every artist's upload of
		// such a title had the same artist and track.
		p.pattern("channel_track")
		return span{}, span{first.lo, last.hi}, false
	}
	if len(parts) == 2 && len(p.caller.keys) > 0 && !p.matchesKnown(first) && !p.matchesKnown(last) && p.speaks(first) {
		// "My Very Good Friend - the Milkman", "Now We Are Free - From
		// Gladiator Soundtrack" with the artist in the record's column,
		// which neither part names: a first part that speaks (you, my,
		// we) is a line of a song, no performer's name ("Boyce Avenue -
		// Hello" under Adele's name), and the dash is the record's own.
		p.pattern("record_whole_title")
		return span{}, span{first.lo, last.hi}, true
	}
	p.pattern("split")
	return first, span{parts[1].lo, last.hi}, true
}

// colonQuoted returns the colon of a part written 'Artist: "Track"': words,
// a colon, then one quoted title that ends the part; -1 when sp is no such
// part. A quoted name after other words ('Кабаре-дуэт "Академия"', a
// nickname) is an act's, and without the colon stays in the artist.
func (p *parser) colonQuoted(sp span) int {
	sp = p.trimRight(sp)
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if k >= sp.hi || p.items[k].kind != kColon {
			continue
		}
		left := p.trimRight(span{sp.lo, k})
		if !p.hasWord(left) || left.hi-left.lo == 1 && len(p.items[left.lo].text) <= 2 || k+1 >= sp.hi {
			return -1 // "Re: "Stacks"" is a title, as in split
		}
		q := &p.items[k+1]
		quote := q.kind == kDQuote || q.kind == kSQuote || q.kind == kOpen && isQuoteBracket(q.br)
		if !quote || int(q.pair) != sp.hi-1 || !p.hasWord(span{k + 2, sp.hi - 1}) {
			return -1
		}
		return k
	}
	return -1
}

// videoNoise are the noise rows that say what kind of video or file an
// upload is. "video_kind" is not among them: "Home Video" is a song too.
var videoNoise = wordSet("official_video", "music_video", "video_clip", "video",
	"official_audio", "audio", "lyrics", "full_song", "visualizer", "quality", "mv")

// dropVideoParts removes the parts between the first and the last that
// say what kind of video the upload is and nothing else: "The Doors -
// Music Video - L.A. Woman 1971" is the track "L.A. Woman". The first
// part and the last are read elsewhere, and a part of one word stays:
// "India.Arie - Video - Acoustic Soul" may name the song "Video".
func (p *parser) dropVideoParts(parts []span) []span {
	for i := len(parts) - 2; i >= 1; i-- {
		words := p.groupWords(parts[i].lo, parts[i].hi)
		if len(words) < 2 {
			continue
		}
		name, ok := wordsNoise(words, false)
		if !ok || !videoNoise[name] {
			continue
		}
		p.kill(parts[i].lo, parts[i].hi-1)
		p.pattern(name)
		parts = slices.Delete(parts, i, i+1)
	}
	return parts
}

// recordVersionTail reads words, the last part of a record's title that
// does not name the record's artist, as a version when they end in a
// version word: "Remix", "Live", "King Topher Remix" (the words before it
// qualify it, as in brackets). It records the version and its qualifier.
func (p *parser) recordVersionTail(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if _, ok := versionWords[words[len(words)-1]]; !ok {
		return false
	}
	vs, ok := p.groupVersions(words)
	if ok {
		p.versions |= vs
	}
	return ok
}

// numberedPart returns the index of a part between the first and the last
// that is a track number alone (one or two digits), followed by a part
// with a word that is not a number; 0 when there is none.
func (p *parser) numberedPart(parts []span) int {
	for i := 1; i+1 < len(parts); i++ {
		words := p.groupWords(parts[i].lo, parts[i].hi)
		if len(words) != 1 || len(words[0]) > 2 || !isNumber(words[0]) {
			continue
		}
		if slices.ContainsFunc(p.groupWords(parts[i+1].lo, parts[i+1].hi), func(w string) bool { return !isNumber(w) }) {
			return i
		}
	}
	return 0
}

// numberedTrack reads a title whose part i is a track number (see
// numberedPart): the first part is the artist and the part after the
// number the track. With a caller's artist, the part that names it is the
// artist wherever it stands (none when no part does: the first part is
// then an album or other text, and the caller's artist may be glued to
// the track), and the track is the first part after the number that does
// not name it and holds a word that is not a number; false when there is
// none ("Track - 01 - Artist" is no such title).
func (p *parser) numberedTrack(parts []span, i int) (artist, track span, ok bool) {
	if len(p.caller.keys) == 0 {
		return parts[0], parts[i+1], true
	}
	if k := slices.IndexFunc(parts, p.matchesKnown); k >= 0 {
		artist = parts[k]
	}
	for _, part := range parts[i+1:] {
		if !p.matchesKnown(part) && slices.ContainsFunc(p.groupWords(part.lo, part.hi), func(w string) bool { return !isNumber(w) }) {
			return artist, part, true
		}
	}
	return span{}, span{}, false
}

// songMarkedPart finds the one part of a title that ends by saying it is
// the song, after words of its own: "Track Full Video Song", "Track Full
// Song With Lyrics", "Track Song Trailer" (see songMarker). It takes the
// marker off the part and returns the rest; false when no part or more
// than one is so marked, or when a part names the known artist. A bracket
// group after the marker stays with the track, read as it would be
// before the marker: "Track Full Video Song (Reprise)" is "Track
// (Reprise)", another recording than "Track".
func (p *parser) songMarkedPart(parts []span) (span, bool) {
	found, at := -1, 0
	for i, part := range parts {
		if lo := p.songMarker(part); lo >= 0 {
			if found >= 0 {
				return span{}, false
			}
			found, at = i, lo
		}
	}
	if found < 0 || slices.ContainsFunc(parts, p.matchesKnown) {
		return span{}, false
	}
	sp := parts[found]
	track := span{sp.lo, at}
	for k := at; k < sp.hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.pair > int32(k) && int(it.pair) < sp.hi && p.hasWord(span{k + 1, int(it.pair)}) {
			if it.tag {
				p.dropTags(span{k, int(it.pair) + 1})
			} else {
				track.hi = int(it.pair) + 1
			}
			k = int(it.pair)
			continue
		}
		if it.kind == kWord && excerptWords[it.text] {
			p.excerpt()
		}
		it.dead = true
	}
	return track, true
}

// songMarker returns the index of the first word of the marker that ends
// sp, or -1: "song" after "full", "video" or "audio" ("Full Video Song",
// "Video Song"), or before an excerpt word ("Song Trailer", "Song Teaser",
// "Song Promo"), followed by nothing but excerpt words and noise ("With
// Lyrics", "HD"). Words of the track must come first, and not "official":
// "Film Official Video Song" names the film.
func (p *parser) songMarker(sp span) int {
	var buf [12]int
	idx := p.wordIndexesTo(buf[:0], sp)
	j := -1
	for i := len(idx) - 1; i >= 1; i-- {
		if p.items[idx[i]].text == "song" {
			j = i
			break
		}
	}
	if j < 1 {
		return -1
	}
	excerpt := false
	var after []string
	for _, k := range idx[j+1:] {
		w := p.items[k].text
		excerpt = excerpt || excerptWords[w]
		if !excerptWords[w] {
			after = append(after, w)
		}
	}
	if len(after) > 0 {
		if _, noise := coveredByNoise(after); !noise {
			return -1
		}
	}
	m := j
	for m > 0 && songMarkerLeads[p.items[idx[m-1]].text] {
		m--
	}
	if m == j && !excerpt || m == 0 || p.items[idx[m-1]].text == "official" {
		return -1
	}
	return idx[m]
}

// songMarkerLeads are the words that say, before "song", which kind of
// upload of the song it is: "Full Video Song", "Full HD Video Song".
var songMarkerLeads = wordSet("full", "video", "audio", "hd")

// unoriented reports whether nothing known orients a title of the two
// parts first and last: no caller's artist, no channel sure to be the
// artist's own (whose titles channel_track reads), no part the channel or
// the lexicon names, and no part that shares a word with the channel's
// name, its featured artists aside ("Kehlani - Honey" on kehlani parrish,
// "Sweet Child O' Mine - Pentatonix Cover" on Pentatonix).
func (p *parser) unoriented(first, last span) bool {
	if len(p.caller.keys) > 0 || p.channelSure || p.matchesKnown(first) || p.matchesKnown(last) {
		return false
	}
	if len(p.channel.artists) == 0 {
		return true
	}
	if k := p.featMarker(last, false); k >= 0 {
		last.hi = k
	}
	return !p.sharesChannelWord(first) && !p.sharesChannelWord(last)
}

// speaks reports whether sp, its bracket groups aside, holds a word a line
// of a song speaks with (trackPronouns: you, me, my, it's) and no name
// would.
func (p *parser) speaks(sp span) bool {
	says, _ := p.speaksIn(sp)
	return says
}

// speaksIn is speaks, with the number of words of sp outside its groups.
func (p *parser) speaksIn(sp span) (says bool, words int) {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; !it.dead && it.kind == kWord {
			words++
			says = says || trackPronouns[it.text]
		}
	}
	return says, words
}

// sharesChannelWord reports whether sp holds a word of three letters or
// more of the channel's artists' names, articles and joiners aside, or a
// word of minChannelInfix letters or more that the channel's name, its
// words run together, holds: channels run a name's words together and
// shorten or spell out some ("The All-American Rejects" on
// AllAmericanRjctsVEVO, "La 5A Estación" on laquintaestacionVEVO).
func (p *parser) sharesChannelWord(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		it := &p.items[k]
		if it.kind != kWord || it.dead || len(it.text) < 3 || nameArticles[it.text] || listJoiners[it.text] {
			continue
		}
		for _, a := range p.channel.artists {
			if slices.Contains(a, it.text) || len(it.text) >= minChannelInfix && strings.Contains(strings.Join(a, ""), it.text) {
				return true
			}
		}
	}
	return false
}

// minChannelInfix is the fewest letters of a word that sharesChannelWord
// finds inside a channel's name run together: shorter words are inside
// names by chance.
const minChannelInfix = 5

// artistAfterNoise splits a part with a group of noise or of an excerpt's
// words inside it, not at its end ("Jodiyan (Full Song) Rupinder Handa",
// "TOOMA (Teaser) Sargi Maan"): the track before the group, the artist
// after it, when what follows is a name (one to four words, no featuring
// marker first) and the part before is no known artist.
func (p *parser) artistAfterNoise(sp span) (artist, track span, ok bool) {
	fw := p.firstWord(sp)
	for k := fw + 1; k < sp.hi; k++ {
		it := &p.items[k]
		if !it.afterNoise {
			continue
		}
		if it.kind != kWord || featMarkers[it.text] {
			return span{}, sp, false
		}
		before, after := span{sp.lo, k}, span{k, sp.hi}
		if it.text == "by" && p.hasWord(span{k + 1, sp.hi}) {
			// "Ring (Official Video) by Raman Goyal": "by" names him.
			after.lo = k + 1
		}
		if n := len(p.groupWords(after.lo, after.hi)); n > 4 || p.matchesKnown(before) {
			return span{}, sp, false
		}
		p.pattern("artist_after_noise")
		return after, before, true
	}
	return span{}, sp, false
}

// versionBy reads a part made of a version phrase and "by" an artist
// ("Sped Up by Dua Lipa", "Piano Version by Adele", "Skrillex Remix by
// Artist"): it records the versions and returns the span of the artist, or
// an empty span when sp is no such part. A cover's "by X" names its
// performer instead, and pureVersion reads it first ("Cover by X").
func (p *parser) versionBy(sp span) span {
	by := -1
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && it.text == "by" {
			by = k
		}
	}
	if by < 0 || !p.hasWord(span{by + 1, sp.hi}) {
		return span{}
	}
	words := p.groupWords(sp.lo, by)
	vs, ok := p.versionPrefix(words)
	if !ok {
		// "Track - Club Mix by Artist": a remix named by a marker
		// (mix_part).
		if _, noise := groupNoise(words); noise || len(words) > maxMixPart || !p.markedRemix(words) {
			return span{}
		}
		p.pattern("mix_part")
		return span{by + 1, sp.hi}
	}
	p.versions |= vs
	p.pattern("version")
	return span{by + 1, sp.hi}
}

// wholeQuoted reports whether sp is one quoted title: "Live", 「Live」.
func (p *parser) wholeQuoted(sp span) bool {
	sp = p.trimRight(p.trimLeft(sp))
	if sp.hi-sp.lo < 2 {
		return false
	}
	it := &p.items[sp.lo]
	quote := it.kind == kDQuote || it.kind == kSQuote || it.kind == kOpen && isQuoteBracket(it.br)
	return quote && int(it.pair) == sp.hi-1
}

// trackOnly finds the artist of a title without separators: Artist "Track",
// Artist「Track」, "Track" by Artist, Track by Artist, or a "| X" tail seen
// before. (A "(by X)" group was read with the groups.)
func (p *parser) trackOnly(sp span) (artist, track span) {
	// Artist "Track", Artist 'Track', Artist「Track」, Artist【Track】.
	lead := sp.lo // where the title starts after its leading tags
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.pair <= int32(k) || it.kind == kOpen && !isQuoteBracket(it.br) && !it.tag {
			k = p.skipGroup(k)
			continue
		}
		if it.tag && k == lead {
			// A leading tag names a series or a label, not the artist:
			// "[STATION] Artist 'Track'", "[BE ORIGINAL] Artist 'Track'".
			k = int(it.pair)
			lead = k + 1
			continue
		}
		inner := span{k + 1, int(it.pair)}
		if !p.hasWord(inner) {
			k = int(it.pair)
			continue
		}
		before, after := span{sp.lo, k}, span{int(it.pair) + 1, sp.hi}
		credit := p.featCredit(after)
		switch {
		case p.hasWordOutsideTags(before) && (!p.hasWordOutsideTags(after) || p.onlyNoiseOutsideGroups(after) || credit):
			p.dropTags(before)
			p.dropTags(after)
			if p.excerptIn(after) {
				p.excerpt()
			}
			// The quoted part is compared as it will be read as a track
			// (see quotedTrack); if that is the known artist, the title is
			// Track「Artist」.
			if innerAsTrack, _ := p.quotedView(inner); p.matchesKnown(innerAsTrack) && !p.matchesKnown(before) {
				p.pattern("reversed")
				return innerAsTrack, before
			}
			p.pattern("quoted_track")
			if credit {
				// The track keeps its credit for splitFeatured: Artist
				// "Track" ft. X.
				return p.stripGluedMV(p.dropPerformerVerb(before)), span{k, sp.hi}
			}
			return p.stripGluedMV(p.dropPerformerVerb(before)), p.stripGluedMV(inner)
		case !p.hasWord(before) && !it.tag:
			p.pattern("quoted_track")
			if credit {
				return span{}, span{k, sp.hi}
			}
			if n := p.prefixItems(after, byPhrase); n > 0 && p.hasWord(span{n, after.hi}) && !p.matchesKnown(inner) {
				p.pattern("by_artist")
				return span{n, after.hi}, inner
			}
			if p.matchesKnown(after) {
				return after, inner
			}
			return span{}, inner
		}
		break
	}
	// Artist sings Track.
	if artist, track, ok := p.performerVerbSplit(sp); ok {
		return artist, track
	}
	// 인피니트(INFINITE) Track.
	if artist, track, ok := p.aliasLead(sp); ok {
		return artist, track
	}
	// Track by Artist.
	for k := sp.hi - 1; k > sp.lo; k-- {
		it := &p.items[k]
		if it.kind != kWord || it.text != "by" || !p.hasWord(span{sp.lo, k}) || !p.hasWord(span{k + 1, sp.hi}) {
			continue
		}
		after, before := span{k + 1, sp.hi}, span{sp.lo, k}
		credit, dated := after, false
		if !p.matchesKnown(after) {
			credit, dated = p.datedCredit(after)
		}
		if p.matchesKnown(credit) || len(p.caller.keys) == 0 && !p.matchesKnown(before) && p.plausibleBy(before, credit, dated) {
			p.pattern("by_artist")
			if dated {
				p.pattern("by_artist_year")
			}
			after = credit
			// "Alligator Crawl played by X": the verb goes with "by".
			if w := p.lastWord(before); w >= 0 && performedBy[p.items[w].text] && p.hasWord(span{sp.lo, w}) {
				before.hi = w
			}
			return after, before
		}
		break
	}
	if p.tail.hi > 0 {
		p.pattern("pipe_artist")
		return p.tail, sp
	}
	// Track | Artist, with no other split and no known artist to say
	// otherwise: the tail is the artist.
	if p.pipeTail.hi > 0 && len(p.caller.keys) == 0 {
		p.pattern("pipe_artist")
		return p.pipeTail, sp
	}
	return span{}, sp
}

// performerVerbSplit reads a title without separators that names its
// artist with a verb: "Roy Rogers sings Along the Navajo Trail", "Camila
// Cabello Performs Never Be the Same". A verb of performing on stage marks a
// live take. It needs words on both sides, and the verb not first.
func (p *parser) performerVerbSplit(sp span) (artist, track span, ok bool) {
	fw := p.firstWord(sp)
	for k := fw + 1; k < sp.hi; k++ {
		k = p.skipGroup(k)
		it := &p.items[k]
		if it.kind != kWord {
			continue
		}
		live, isVerb := performerVerbs[it.text]
		if !isVerb || !p.hasWord(span{k + 1, sp.hi}) {
			continue
		}
		if words := p.groupWords(sp.lo, k); len(words) > 4 || slices.ContainsFunc(words, func(w string) bool { return performerPronouns[w] }) {
			return span{}, sp, false
		}
		if live {
			p.versions |= versionBit(VersionLive)
		}
		p.pattern("performer_verb")
		return span{sp.lo, k}, span{k + 1, sp.hi}, true
	}
	return span{}, sp, false
}

// aliasLead reads a title without separators that opens with a name in
// another script and its Latin spelling in brackets: "인피니트(INFINITE)
// Tell Me Official MV", "박진영 (J.Y. Park) When We Disco (Duet with 선미)
// M/V". A name written twice so is the artist's (see artistList), and the
// rest is the track. The name has one to three words, none Latin; the
// spelling one to four, all Latin.
func (p *parser) aliasLead(sp span) (artist, track span, ok bool) {
	n := 0
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		switch {
		case it.dead:
		case it.kind == kWord:
			if n++; n > 3 || IsPlainASCII(it.text) {
				return span{}, sp, false
			}
		case it.kind == kOpen && it.pair > int32(k) && !isQuoteBracket(it.br) && !it.tag:
			end := int(it.pair)
			if inner := p.groupWords(k+1, end); n == 0 || len(inner) > 4 || !allLatin(inner) || !p.hasWord(span{end + 1, sp.hi}) {
				return span{}, sp, false
			}
			p.pattern("alias_lead")
			return span{sp.lo, end + 1}, span{end + 1, sp.hi}, true
		default:
			return span{}, sp, false
		}
	}
	return span{}, sp, false
}

// dropPerformerVerb takes a performer verb off the end of an artist part
// ("Camila Cabello Performs 'Never Be the Same'"), recording a live take for
// a verb of the stage.
func (p *parser) dropPerformerVerb(sp span) span {
	w := p.lastWord(sp)
	if w < 0 {
		return sp
	}
	live, isVerb := quotedPerformerVerbs[p.items[w].text]
	if !isVerb || !p.hasWord(span{sp.lo, w}) {
		return sp
	}
	if live {
		p.versions |= versionBit(VersionLive)
	}
	p.pattern("performer_verb")
	return span{sp.lo, w}
}

// lastWord returns the index of the last live word of sp, or -1.
func (p *parser) lastWord(sp span) int {
	for k := sp.hi - 1; k >= sp.lo; k-- {
		if it := &p.items[k]; !it.dead && it.kind == kWord {
			return k
		}
	}
	return -1
}

// onlyNoiseOutsideGroups reports whether the words of sp outside bracket
// groups are all noise (or say the upload is an excerpt): Artist 'Track'
// Official MV (Performance ver.), Artist 'Track' M/V Teaser.
func (p *parser) onlyNoiseOutsideGroups(sp span) bool {
	p.words = p.words[:0]
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && !it.dead && !excerptWords[it.text] {
			p.words = append(p.words, it.text)
		}
	}
	_, ok := coveredByNoise(p.words)
	return ok || len(p.words) == 0
}

// excerptIn reports whether an excerpt word stands in sp outside bracket
// groups.
func (p *parser) excerptIn(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && !it.dead && excerptWords[it.text] {
			return true
		}
	}
	return false
}

// datedCredit reads the words after "by" as a record's credit line that
// ends with the year it was made, and what follows the year as record
// details: "Please Love Me by B.B. King 1953", "I Won't Cry Anymore by
// Tony Bennett & Percy Faith Orch. on 1951 Columbia 78". It returns the
// artist's part, without the year and a preposition dating it ("on",
// "in"), and whether a year was found. A year right after "by", or after
// an article only ("by The 1975"), is the artist's name. Details that
// name a version ("1953 Live at the Apollo") leave the credit undated.
func (p *parser) datedCredit(after span) (span, bool) {
	for k := after.lo; k < after.hi; k++ {
		it := &p.items[k]
		if it.dead || it.kind != kWord || !isYear(it.text) {
			continue
		}
		credit := p.trimRight(span{after.lo, k})
		if w := p.lastWord(credit); w >= 0 && datingWords[p.items[w].text] {
			credit = p.trimRight(span{credit.lo, w})
		}
		words := p.groupWords(credit.lo, credit.hi)
		if len(words) == 0 || len(words) == 1 && nameArticles[words[0]] {
			continue
		}
		// What follows the year goes, so it must hold no version: "by
		// B.B. King 1953 Live at the Apollo" is another recording.
		for _, w := range p.groupWords(k+1, after.hi) {
			if _, ok := VersionWord(w); ok {
				return after, false
			}
		}
		return credit, true
	}
	return after, false
}

// plausibleBy guards "Track by Artist" when no known artist confirms it:
// the artist is at most four words (its featured artists aside) unless the
// year of a record's credit line follows it (dated), does not start with a
// word that shows "by" belongs to the title ("Stand by Me", "Drive By"),
// and does not repeat the word before "by" ("Day by Day").
func (p *parser) plausibleBy(before, after span, dated bool) bool {
	if k := p.featMarkerWith(after, false, false); k > after.lo {
		after.hi = k // "Ring by Raman Goyal feat. X & Y": the guests aside
	}
	words := p.groupWords(after.lo, after.hi)
	if len(words) == 0 || len(words) > 4 && !dated || byStopwords[words[0]] {
		return false
	}
	first := words[0]
	bw := p.groupWords(before.lo, before.hi)
	return bw[len(bw)-1] != first
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
	// "ft. Charli XCX, Alma, in the Live Lounge": the stage is no guest.
	if at := p.trailingStage(span{k + 1, end}); at >= 0 {
		end = at
	}
	p.addFeatured(span{k + 1, end})
	p.pattern("featured")
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
	curLatin := false // a word of the current artist is plain Latin
	cur := func() []string { return words[start:len(words):len(words)] }
	flush := func() {
		if len(words) > start {
			a := cur()
			if latin := latinRun(a); latin != nil && !letterBesideWords(latin, len(a)-len(latin), a) {
				// "TAEYEON 태연", "NCT U 엔시티 유": a name with its
				// spelling in another script beside it is the Latin name.
				if IsPlainASCII(a[0]) {
					p.recordPair(AliasArtist, latin, a[len(latin):])
				} else {
					p.recordPair(AliasArtist, latin, a[:len(a)-len(latin)])
				}
				a = latin
				p.pattern("script_alias")
			}
			list = append(list, a)
			start = len(words)
		}
		curLatin = false
	}
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.dead {
			continue
		}
		if it.kind == kOpen && it.pair > int32(k) && int(it.pair) < sp.hi && !isQuoteBracket(it.br) {
			if p.hasWord(span{sp.lo, k}) || p.hasWord(span{int(it.pair) + 1, sp.hi}) {
				p.pattern("artist_brackets")
				if inner := p.groupWords(k+1, int(it.pair)); len(words) > start && !curLatin && allLatin(inner) {
					// "청하 (CHUNGHA)": the Latin spelling in brackets is
					// the name.
					p.recordPair(AliasArtist, inner, words[start:])
					words = append(words[:start], inner...)
					curLatin = true
					p.pattern("script_alias")
				} else if len(words) > start && allLatin(words[start:]) && allOther(inner) {
					// "EXO (엑소)": the name's spelling in another script.
					p.recordPair(AliasArtist, words[start:], inner)
				}
				k = int(it.pair)
			}
			continue
		}
		switch {
		case it.kind == kComma && len(words) > start && p.generationAfter(k, sp):
			// "Sammy Davis, Jr.": a comma before a generational suffix
			// writes one name (generational_suffix).
		case listBreak(it.kind):
			flush()
		case it.kind == kWord:
			if listJoiners[it.text] && len(words) > start && !p.initial(k) && p.wordAfter(k, sp) {
				// "Lil Nas X x Billy Ray Cyrus": the second x joins.
				if !(it.text == "x" && p.nextWordIs(k, sp, "x") && !p.initial(p.nextListWord(k, sp))) {
					flush()
					continue
				}
			}
			words = append(words, it.text)
			curLatin = curLatin || IsPlainASCII(it.text)
		}
	}
	flush()
	if len(list) > 1 && !slices.ContainsFunc(list[1:], func(a []string) bool { return !slices.Equal(a, list[0]) }) {
		// "Years & Years": a name that repeats itself around a joiner is
		// one name, not one artist listed twice.
		return [][]string{slices.Concat(list...)}
	}
	return list
}

// initial reports whether item k is a letter written as an initial, a dot
// glued to it: "J. Y. Park", "A. R. Rahman". A joiner ("y", "x") so
// written is the initial of a name.
func (p *parser) initial(k int) bool {
	if len(p.items[k].text) != 1 || k+1 >= len(p.items) {
		return false
	}
	next := &p.items[k+1]
	return next.kind == kPunct && next.text == "." && !next.space
}

// featCredit reports whether sp is a featuring credit and what follows it
// in groups: ` ft. Joyner Lucas & T.I. (Music Video)` after a quoted track.
func (p *parser) featCredit(sp span) bool {
	m := p.firstWord(sp)
	return m < sp.hi && featMarkers[p.items[m].text] && p.hasWord(span{m + 1, sp.hi})
}

// quotedTrack keeps only the quoted title of a track part that starts with
// one and goes on with other words: Artist - 'Track' Special Stage.
func (p *parser) quotedTrack(sp span) span {
	if inner, ok := p.quotedView(sp); ok {
		p.pattern("quoted_track")
		// What follows the quoted title says what the upload is:
		// "TREASURE – 'BOY' 0809 SBS Inkigayo".
		if p.excerptIn(span{inner.hi + 1, sp.hi}) {
			p.excerpt()
		} else {
			p.liveContext(p.groupWords(inner.hi+1, sp.hi))
		}
		return inner
	}
	return sp
}

// quotedView returns what quotedTrack keeps of sp, and whether it keeps
// less than sp.
func (p *parser) quotedView(sp span) (span, bool) {
	sp = p.trimLeft(sp)
	if sp.hi == sp.lo {
		return sp, false
	}
	it := &p.items[sp.lo]
	if it.pair <= int32(sp.lo) || int(it.pair) >= sp.hi || it.kind == kOpen && !isQuoteBracket(it.br) {
		return sp, false
	}
	inner, rest := span{sp.lo + 1, int(it.pair)}, span{int(it.pair) + 1, sp.hi}
	if !p.hasWord(inner) || !p.hasWordOutsideGroups(rest) || p.countSeparators(rest, 1) > 0 {
		// Nothing quoted, nothing after it, or more parts of the title
		// after it: "Artist - "Track" - Part Two" keeps its parts.
		return sp, false
	}
	return inner, true
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
			if key := p.keyOf(idx[:n]); kn.matches(key) {
				p.pattern("known_artist_removed")
				p.namedOfChannel(kn, key)
				return span{idx[n-1] + 1, sp.hi}
			}
			if key := p.keyOf(idx[len(idx)-n:]); kn.matches(key) {
				p.pattern("known_artist_removed")
				p.namedOfChannel(kn, key)
				return span{sp.lo, idx[len(idx)-n]}
			}
		}
	}
	return sp
}

// namedOfChannel records which of a channel's several artists the title
// named ("Nahko • Dragonfly" on "Nahko and Medicine for the People"): that
// one is the artist, not the whole list.
func (p *parser) namedOfChannel(kn *known, key string) {
	if kn != &p.channel || len(kn.artists) < 2 {
		return
	}
	if i := slices.Index(kn.keys, key); i >= 0 && i < len(kn.artists) {
		p.channelNamed = i + 1
		p.pattern("channel_hint")
	}
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
			p.recordPair(AliasTrack, slices.Clone(p.groupWords(k+1, int(it.pair))), p.wordsOutside(sp, k, int(it.pair)))
			for j := sp.lo; j < sp.hi; j++ {
				if j < k || j > int(it.pair) {
					p.items[j].dead = true
				}
			}
			p.pattern("script_alias")
			return
		case inOther && !inLatin && outLatin && !outOther:
			p.recordPair(AliasTrack, p.wordsOutside(sp, k, int(it.pair)), slices.Clone(p.groupWords(k+1, int(it.pair))))
			p.kill(k, int(it.pair))
			p.pattern("script_alias")
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
		if IsPlainASCII(it.text) {
			latin = true
		} else {
			other = true
		}
	}
	return latin, other
}

// latinRun returns the Latin words of a name written in two scripts one
// after the other ("taeyeon 태연", "엔시티 유 nct u"), or nil when the name
// is in one script or its scripts are interleaved.
func latinRun(words []string) []string {
	if len(words) < 2 {
		return nil
	}
	first := IsPlainASCII(words[0])
	switchAt := -1
	for i := 1; i < len(words); i++ {
		if IsPlainASCII(words[i]) != IsPlainASCII(words[i-1]) {
			if switchAt >= 0 {
				return nil // interleaved
			}
			switchAt = i
		}
	}
	switch {
	case switchAt < 0:
		return nil
	case first:
		return words[:switchAt]
	default:
		return words[switchAt:]
	}
}

// wordsOutside returns the live words of sp outside items lo..hi.
func (p *parser) wordsOutside(sp span, lo, hi int) []string {
	var out []string
	for k := sp.lo; k < sp.hi; k++ {
		if k == lo {
			k = hi
			continue
		}
		if it := &p.items[k]; !it.dead && it.kind == kWord {
			out = append(out, it.text)
		}
	}
	return out
}

// allOther reports whether words are all in another script than Latin (and
// there is one).
func allOther(words []string) bool {
	return len(words) > 0 && !slices.ContainsFunc(words, IsPlainASCII)
}

// allLatin reports whether words are all plain Latin (and there is one).
func allLatin(words []string) bool {
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !IsPlainASCII(w) })
}

// generationAfter reports whether the next word after item k in sp is a
// generational suffix that ends its part of the list ("Sammy Davis, Jr.",
// "Ray Parker, Jr. - Topic").
func (p *parser) generationAfter(k int, sp span) bool {
	j := p.nextListWord(k, sp)
	if j < 0 || p.nextListWord(j, sp) >= 0 {
		return false
	}
	switch p.items[j].text {
	case "jr", "junior", "sr", "senior", "ii", "iii":
		return true
	}
	return false
}
