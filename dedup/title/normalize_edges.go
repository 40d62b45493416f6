package title

import (
	"slices"
	"strings"
)

// The ends of a title: tails cut at "|" and "//", noise phrases and
// unbracketed version phrases at the start and the end.

// maxStageTailItems bounds the items of a "/ stage" tail (see cutTails):
// the longest stage phrase has three words, with room for punctuation
// between them.
const maxStageTailItems = 8

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
			if it.kind == kSlash2 && p.slashSeparator(span{sp.lo, k}, span{k + 1, p.partEnd(k+1, sp.hi, kPipe, kSlash2)}) {
				// "Khruangbin // Maria También": with no separator before
				// it, "//" parts artist and track as " ~ " does.
				it.kind = kTilde
				p.pattern("double_slash_split")
				continue
			}
			if end := p.pipeEnd(k+1, sp.hi); it.kind == kPipe && partNumber(p.groupWords(k+1, end)) {
				// "Touch | Part 2": a part number names another piece, as
				// "(Part 2)" does, and stays with the track.
				p.pattern("pipe_part")
				k = end - 1
				continue
			}
			tail := span{k + 1, sp.hi}
			if it.kind == kPipe && p.hasWord(tail) && !p.hasSeparator(span{sp.lo, k}) && songsListing(p.groupWords(sp.lo, k)) {
				// "Jawaan Telugu Movie Songs | Bugganchuna Full Video Song |
				// ...", "Latest Punjabi Songs 2017 | Oh Girl (Full Song)
				// Navi Mann | ...": a head that lists the songs of a film
				// or a season names neither track nor artist; the title
				// starts after it.
				p.kill(sp.lo, k)
				p.pattern("listing_head")
				return p.cutTails(tail)
			}
			if kind, ok := p.kindHead(span{sp.lo, k}, tail); it.kind == kPipe && ok {
				p.kill(sp.lo, k)
				p.about(kind)
				p.pattern("kind_head")
				return p.cutTails(tail)
			}
			if it.kind == kPipe {
				if track, ok := p.filmSongHead(span{sp.lo, k}, tail); ok {
					p.tailVersions(span{min(track.hi+1, sp.hi), sp.hi})
					p.pattern("pipe_tail")
					return track
				}
				if track, ok := p.roleCredits(sp); ok {
					p.pattern("pipe_tail")
					p.creditListLayout()
					return track
				}
				// "Passenger | Simple Song (Official Video)" on Passenger's
				// channel: the head is the artist.
				if track, rest, name := p.headArtist(span{sp.lo, k}, tail); track.hi > track.lo {
					p.tailVersions(rest)
					p.tail = span{sp.lo, k}
					p.pattern(name)
					p.pattern("pipe_tail")
					return track
				}
			}
			p.tailVersions(tail)
			credits := p.pipes(tail) // a channel signing the list (see channelCredit) ends a credit too
			if it.kind == kPipe {
				tail = p.channelCredit(tail)
			}
			if feat := p.featuredSegment(span{sp.lo, k}, tail); it.kind == kPipe && feat.hi > feat.lo {
				p.pipeTail = feat
				p.pattern("featured_segment")
			} else if named := p.knownSegment(tail); named.hi > named.lo {
				p.tail = named
			} else if it.kind == kPipe && p.plausiblePipeArtist(tail) {
				p.pipeTail = tail
			} else if credit := p.creditArtist(span{sp.lo, k}, k, tail); it.kind == kPipe && credit.hi > credit.lo {
				p.pipeTail = credit
				p.pattern("credit_list")
			}
			if it.kind == kPipe {
				if dash, credit := p.filmCredit(span{sp.lo, k}, tail); credit.hi > credit.lo && p.tail.hi == 0 {
					// "Channa Mereya - Ae Dil Hai Mushkil | Arijit Singh |
					// Pritam": the film after the dash is dropped.
					p.pipeTail = credit
					p.pattern("film_credits")
					p.pattern("pipe_tail")
					return span{sp.lo, dash}
				}
				if credit := p.pipeFilmCredit(span{sp.lo, k}, tail, k); credit.hi > credit.lo && p.tail.hi == 0 && p.pipeTail.hi == 0 {
					// "Apna Time Aayega | Gully Boy | Ranveer Singh &
					// DIVINE": the film between the bars is dropped.
					p.pipeTail = credit
					p.pattern("film_credits")
					p.pattern("pipe_tail")
					return span{sp.lo, k}
				}
				if p.tail.hi == 0 && (p.pipeTail.hi == 0 || p.pipeTail == tail) {
					if dash, singers := p.singerFilmTail(span{sp.lo, k}, tail); singers.hi > singers.lo {
						// "लग जा गले - लता मंगेशकर | वो कौन थी": the
						// film after the bar is dropped.
						p.pipeTail = singers
						p.pattern("singer_film_tail")
						p.pattern("pipe_tail")
						return span{sp.lo, dash}
					}
				}
				p.pattern("pipe_tail")
				if head := (span{sp.lo, k}); credits >= 2 && !p.hasSeparator(head) {
					p.dropSongWord(head)
				}
			} else {
				p.pattern("slash_tail")
			}
			return span{sp.lo, k}
		case kSlash:
			// "夜に駆ける / THE FIRST TAKE": a tail that is the stage
			// and nothing else says where the take was filmed. Only a
			// short tail is read, to stay linear.
			if fw < k && sp.hi-k <= maxStageTailItems && p.liveContextWhole(p.groupWords(k+1, sp.hi)) {
				p.pattern("stage_tail")
				return span{sp.lo, k}
			}
		case kComma:
			// "Crown J - Fly Boy, 크라운 제이 - 플라이 보이, Music Core
			// 20081004": a last part that is a dated stage and nothing
			// else is the broadcast the take was filmed at.
			if fw < k && sp.hi-k <= maxStageTailItems && p.datedStage(p.groupWords(k+1, sp.hi)) {
				p.pattern("stage_tail")
				return span{sp.lo, k}
			}
		case kWord:
			if fw >= k {
				continue
			}
			for _, r := range noiseByFirst[it.text] {
				if r.place&cutRest != 0 && p.matchForward(span{k, sp.hi}, r.words) > 0 {
					p.pattern(r.name)
					return span{sp.lo, k}
				}
			}
		}
	}
	return sp
}

// kindHead reads "Reaction | Track", "Guitar Lesson | Track": a head
// before the first bar that is an about phrase and nothing else (see
// aboutWords), before a segment that reads as a line of a song (see
// spokenTail), says what kind of video the upload is, as "[Reaction]
// Track" does, and the title starts after it. It returns the kind. Without
// that cue the head is the track: "Lesson | Bo Burnham", "Chords | Beach
// House".
func (p *parser) kindHead(head, tail span) (string, bool) {
	if p.hasSeparator(head) || !p.hasWord(tail) {
		return "", false
	}
	kind, ok := aboutWords(p.groupWords(head.lo, head.hi))
	if !ok {
		return "", false
	}
	seg := span{tail.lo, p.pipeEnd(tail.lo, tail.hi)}
	if !p.hasWord(seg) || p.hasSeparator(seg) || !p.describesNothing(seg) {
		return "", false
	}
	if _, cue := p.trackFirst(seg, head); !cue {
		return "", false
	}
	return kind, true
}

// headArtist reads a head before "|" as the artist (see knownHead) and
// returns the track, the rest of the tail after it and the pattern that
// read it, or an empty track.
func (p *parser) headArtist(head, tail span) (track, rest span, name string) {
	if track, rest = p.knownHead(head, tail); track.hi > track.lo {
		return track, rest, "known_head"
	}
	track, rest, name = p.spokenTail(head, tail)
	return track, rest, name
}

// spokenTail reads "Artist | Track" when no artist is known and the first
// segment of the tail reads as a line of a song beside a head shaped as a
// name, by the cues that turn "Track - Artist" (see trackFirst): "mike
// posner | i took a pill in ibiza", "norah jones | come away with me",
// "Passenger | The Way That I Love You (Official Video)" (pipe_head_artist).
// "Track | Artist" stays the reading the words do not turn: the
// lyric channels write it so, and a tail that says what the upload is
// ("| Official Video", "| Live at Wembley", "| Lyrics") or whose words
// are a version's, a label's or a listing's is never a track. It
// returns the track, the rest of the tail after it and the pattern of
// the cue, or an empty track.
func (p *parser) spokenTail(head, tail span) (track, rest span, name string) {
	if len(p.caller.keys) > 0 || p.channelSure || p.hasSeparator(head) {
		return span{}, span{}, ""
	}
	end := p.pipeEnd(tail.lo, tail.hi)
	seg := span{tail.lo, end}
	if !p.hasWord(seg) || p.hasSeparator(seg) {
		return span{}, span{}, ""
	}
	rest = span{min(end+1, tail.hi), tail.hi}
	cue, ok := p.trackFirst(seg, head)
	if !ok || !p.plausiblePipeArtist(head) || !p.describesNothing(seg) || !p.describesUpload(rest) || p.knownSegment(tail).hi > 0 || p.matchesKnown(head) {
		return span{}, span{}, ""
	}
	p.pattern(cue)
	return seg, rest, "pipe_head_artist"
}

// describesUpload reports whether each "| X" segment of sp says what the
// upload is (see describesNothing), or sp is empty: "| Official Video",
// "| Seeb Remix", "| Live at Coachella". The segments after the track are
// dropped but for their versions, so one that names another kind of
// video ("| Guitar Lesson", "| Easy Chords", "| Vocal Coach Reacts",
// "| Dance Practice") would leave the song's words alone to merge with
// the song itself.
func (p *parser) describesUpload(sp span) bool {
	for lo := sp.lo; lo < sp.hi; {
		end := p.pipeEnd(lo, sp.hi)
		if p.describesNothing(span{lo, end}) {
			return false
		}
		lo = end + 1
	}
	return true
}

// slashSeparator reports whether a "//" between head and seg parts an
// artist and a track ("Khruangbin // Maria También", "Nunca Te Pude
// Alcanzar // Gera MX"), rather than cutting a tail off a title: the head
// has no separator of its own and its words, as those of seg, could be a
// track's (not "Yellow // Acoustic", "Hello // Lyrics", "Track // Live at
// Wembley"; an "Artist - Track // Label" keeps its tail cut).
func (p *parser) slashSeparator(head, seg span) bool {
	return !p.hasSeparator(head) && p.describesNothing(head) && p.describesNothing(seg)
}

// describesNothing reports whether the words of a "| X" segment, its
// bracket groups aside, could be a track's: not all noise ("Official
// Video", "Lyrics"), no word of a version, a label or a listing, and no
// stage ("Live at Wembley").
func (p *parser) describesNothing(sp span) bool {
	words := slices.Clone(p.wordsOutsideTags(sp.lo, sp.hi))
	if len(words) == 0 {
		return false
	}
	if _, noise := coveredByNoise(words); noise || p.liveContext(words) {
		return false
	}
	for _, w := range words {
		if _, ok := versionWords[w]; ok || labelWords[w] || w == "songs" || isYear(w) {
			return false
		}
	}
	return true
}

// knownHead reads "Artist | Track" when the head before the first bar
// names the caller's or the channel's artist, and no segment of the tail
// names a known one: the first segment of the tail is the track. It
// returns that segment and the rest of the tail after it, or an empty
// track. A head the lexicon alone knows is not enough: a name once seen
// as an artist ("Perfect") is often a track, and "Track | Artist" is the
// commoner order.
func (p *parser) knownHead(head, tail span) (track, rest span) {
	if p.hasSeparator(head) || !p.matchesSource(head) || p.knownSegment(tail).hi > 0 {
		return span{}, span{}
	}
	end := p.pipeEnd(tail.lo, tail.hi)
	if t := (span{tail.lo, end}); p.hasWord(t) {
		return t, span{min(end+1, tail.hi), tail.hi}
	}
	return span{}, span{}
}

// channelCredit reads the last segment of a "| A | B | C" tail of three
// segments or more that names the channel as the uploader's signature:
// "Chinte Parli Na | Total Dadagiri | Yash | Mimi | ... | SVF" on SVF,
// "Zulfa (Full Song) | Anvir Singh | ... | Shemaroo Punjabi" on
// shemaroopunjabi. The signature names the uploader, as a label's does,
// not the artist: it returns the tail without it. With a caller's artist
// it returns sp as it is.
func (p *parser) channelCredit(sp span) span {
	if len(p.caller.keys) > 0 || len(p.channel.keys) == 0 || p.pipes(sp) < 2 {
		return sp
	}
	last := sp.lo
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if p.items[k].kind == kPipe {
			last = k
		}
	}
	seg := span{last + 1, sp.hi}
	if !p.hasWord(seg) || !p.matchesKnown(seg) {
		return sp
	}
	p.pattern("channel_credit")
	p.creditListLayout()
	return span{sp.lo, last}
}

// creditArtist reads a "| A | B | C" tail as a list of credits whose first
// name is the artist: "Daang (Full Video) | Mankirt Aulakh | Sukh Sanghera
// | Latest Punjabi Song 2017 | Speed Records". It does so only when the
// title says it is such an upload: the part before the first bar (the
// track) ends in a group or a dash part of noise ("(Full Song)", "-
// Official Music Video"), or a segment of the tail is noise or a listing
// ("| Full Video |", "| New Punjabi Song 2018 |"). Segments of noise and
// listings are passed over; the first other segment must read as a name
// (see creditName), else there is no artist. Without such a sign a list
// of credits names films and actors first, and says nothing. pipe is the
// index of the bar that ends head.
func (p *parser) creditArtist(head span, pipe int, tail span) span {
	if p.pipes(tail) == 0 || len(p.caller.keys) > 0 || p.featMarker(head, false) >= 0 {
		// "Amrit Maan Ft Dj Flow | Peg Di Washna (Full Video) | ...": a
		// head that credits a featured artist is the artist's, not the
		// track's.
		return span{}
	}
	sign := p.items[pipe].afterNoise
	// bare is whether the only sign is an unbracketed part that says the
	// upload is a film's song (see filmKind), before any name, and listed
	// whether a segment lists songs: without a listing, such a list names
	// the film first (film_after_kind).
	bare, listed := false, false
	if !sign {
		// "Gussa - Official Music Video | ...": a noise part ends the head.
		lo := head.lo
		for k := head.lo; k < head.hi; k++ {
			k = p.skipGroup(k)
			if p.items[k].kind == kDash {
				lo = k + 1
			}
		}
		if words := p.groupWords(lo, head.hi); lo > head.lo && len(words) > 0 {
			_, sign = coveredByNoise(words)
			bare = sign && filmKind(words)
		}
	}
	var artist span
	for lo := tail.lo; lo <= tail.hi; {
		k := p.pipeEnd(lo, tail.hi)
		seg := span{lo, k}
		lo = k + 1
		words := p.groupWords(seg.lo, seg.hi)
		if len(words) == 0 {
			// "| (Official Video) |": a group of noise was all there was.
			if k < tail.hi && p.items[k].afterNoise {
				sign, bare = true, false
			}
			continue
		}
		if _, noise := coveredByNoise(words); noise {
			bare = bare || !sign && artist.hi == artist.lo && filmKind(words)
			sign = true
			continue
		}
		if isListing(words) {
			listed = true
			sign = sign || words[0] == "latest" || words[0] == "new"
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return !isNumber(w) }) {
			continue // "| 2018 |": a date says nothing of who
		}
		if artist.hi == artist.lo {
			if !p.creditName(seg) {
				return span{}
			}
			artist = seg
		}
	}
	if !sign {
		return span{}
	}
	if bare && !listed {
		// "Visiri - Video Single | Enai Noki Paayum Thota | Dhanush |
		// ...": a film song's list names its film first (film_after_kind).
		p.pattern("film_after_kind")
		p.creditListLayout()
		return span{}
	}
	return artist
}

// filmKindWords say that an upload is a film's song, in the words of
// "Video Song", "Video Single", "Full Video" and "Full Song Audio", not
// only that it is a video ("Official Video", "Lyric Video").
var filmKindWords = wordSet("song", "single", "full")

// filmKind reports whether words hold a word of filmKindWords.
func filmKind(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return filmKindWords[w] })
}

// filmCredit reads the credits of an Indian film song, "Track - Film |
// Singer, Singer | Composer": the part after the head's one dash names the
// film, and the first segment of the tail that reads as names (noise,
// listings and dates passed over) credits the singers. It returns the dash
// that ends the track and that segment, or an empty span. The credits
// must say they are people, not the artist's album or alias ("Artist -
// Track | Album"): the segment is a list of two names or more ("| Jubin
// Nautiyal, Asees Kaur"), or the channel is a label's and two segments of
// names or more follow the film ("| Arijit Singh | Pritam"). Neither the
// track nor the film may say what the upload is ("Film Official Song -
// Track | Cast | ..."), and a head that credits a guest is the artist's.
func (p *parser) filmCredit(head, tail span) (dash int, artist span) {
	if len(p.caller.keys) > 0 || p.featMarker(head, false) >= 0 {
		return 0, span{}
	}
	dash = -1
	for k := head.lo; k <= head.hi; k++ {
		if p.items[k].kind == kOpen && dash < 0 && !p.items[k].tag && p.hasWord(span{head.lo, k}) {
			// "Kabira (Encore) - Film | Singer, Singer": a group of the
			// track before the dash is the track's (credit_list_layout).
			k = p.skipGroup(k)
			continue
		}
		if p.items[k].kind == kOpen || p.items[k].afterNoise {
			// "Artist - Track [Full Song] | Cast | ...": a group ends
			// the track before the credits (see creditArtist).
			return 0, span{}
		}
		if k < head.hi && isSeparator(&p.items[k]) {
			if p.items[k].kind != kDash || dash >= 0 {
				return 0, span{}
			}
			dash = k
		}
	}
	if dash < 0 || !p.hasWord(span{head.lo, dash}) || !p.creditName(span{dash + 1, head.hi}) {
		return 0, span{}
	}
	for _, w := range p.groupWords(head.lo, dash) {
		if w == "song" || w == "songs" || w == "video" || w == "official" {
			return 0, span{}
		}
	}
	names, list := 0, false
	for lo := tail.lo; lo <= tail.hi; {
		k := p.pipeEnd(lo, tail.hi)
		seg := span{lo, k}
		lo = k + 1
		words := p.groupWords(seg.lo, seg.hi)
		if len(words) == 0 || isListing(words) || !slices.ContainsFunc(words, func(w string) bool { return !isNumber(w) }) {
			continue
		}
		if _, noise := coveredByNoise(words); noise {
			continue
		}
		n := p.nameList(seg)
		if n == 0 {
			if artist.hi == artist.lo {
				return 0, span{}
			}
			break
		}
		if artist.hi == artist.lo {
			artist, list = seg, n >= 2
		}
		names++
	}
	if artist.hi == artist.lo || !list && !(p.channelLabel && names >= 2) {
		return 0, span{}
	}
	return dash, artist
}

// nameList returns how many names a segment lists, joined by commas or
// "&" ("Sukhwinder Singh, Sapna Awasthi"), each reading as a name (see
// creditName) without a number; 0 when one of them does not.
func (p *parser) nameList(sp span) int {
	n, lo := 0, sp.lo
	for k := sp.lo; k <= sp.hi; k++ {
		if k < sp.hi {
			if kd := p.items[k].kind; kd != kComma && kd != kAmp {
				continue
			}
		}
		if !p.creditName(span{lo, k}) || slices.ContainsFunc(p.groupWords(lo, k), isNumber) {
			return 0 // "| October 4, 2017": a date names no one
		}
		n++
		lo = k + 1
	}
	return n
}

// creditName reports whether a segment of a list of credits reads as the
// name of an artist, featured artists aside: one to four words, none of
// them a version (an act's orchestra aside), label or listing word,
// nothing bracketed, no "by".
func (p *parser) creditName(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		if p.items[k].kind == kOpen {
			return false
		}
	}
	if k := p.featMarkerWith(sp, false, false); k >= 0 {
		sp.hi = k
	}
	words := p.groupWords(sp.lo, sp.hi)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		if _, ok := versionWords[w]; ok && !actOrchestra(words, i) || labelWords[w] || featMarkers[w] || w == "by" || w == "song" || w == "songs" || w == "video" {
			return false
		}
	}
	return true
}

// isListing reports whether words say what kind of song an upload is,
// not who made it: "Latest Punjabi Songs 2018", "New Song 2020", "Punjabi
// Sad Song", "Agnyaathavaasi Songs". They end in "song" or "songs" (a year
// aside) and are two to four words.
func isListing(words []string) bool {
	n, last := listingShape(words)
	return n >= 2 && (last == "song" || last == "songs")
}

// songsListing reports whether words list songs rather than name one:
// "Latest Punjabi Songs 2017", "Bhaagamathie Telugu Movie Songs", "MCA
// Video Songs". Plural, and new or of a film or video, for "Silly Love
// Songs" and "Sad Songs" are titles.
func songsListing(words []string) bool {
	n, last := listingShape(words)
	return n >= 2 && last == "songs" && (words[0] == "latest" || words[0] == "new" ||
		slices.ContainsFunc(words[:n-1], func(w string) bool { return w == "movie" || w == "film" || w == "video" }))
}

// listingPart reports whether the words of a trailing part list songs:
// songsListing, or new songs in the singular of three words or more ("New
// Punjabi Song 2018").
func listingPart(words []string) bool {
	n, last := listingShape(words)
	return songsListing(words) || n >= 3 && last == "song" && (words[0] == "latest" || words[0] == "new")
}

// listingShape returns how many of words there are, a year at the end
// aside, and the last of them; n is 0 when there are more than four.
func listingShape(words []string) (n int, last string) {
	n = len(words)
	if n > 0 && isYear(words[n-1]) {
		n--
	}
	if n == 0 || n > 4 {
		return 0, ""
	}
	return n, words[n-1]
}

// pipes counts the top-level "|" of sp.
func (p *parser) pipes(sp span) int {
	n := 0
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if p.items[k].kind == kPipe {
			n++
		}
	}
	return n
}

// hasSeparator reports whether sp holds a top-level separator.
func (p *parser) hasSeparator(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if isSeparator(&p.items[k]) {
			return true
		}
	}
	return false
}

// dropSongWord drops the word "song" or "video" that ends the part before
// a list of credits ("Track Song | Film | Cast | Singer", "Track Song
// Teaser | Film | ...", "Track Video | Composer | Cast"): it says what the
// upload is, as "Video Song" does. Before a single "| X" tail it stays:
// "Your Song | Elton John" is a title.
func (p *parser) dropSongWord(sp span) {
	var last [3]int // the last three live words, last[2] the last
	n := 0
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; !it.dead && it.kind == kWord {
			last[0], last[1], last[2] = last[1], last[2], k
			n++
		}
	}
	switch {
	case n >= 2 && p.items[last[2]].text == "song":
		p.kill(last[2], last[2])
	case n >= 3 && p.items[last[2]].text == "video":
		// Two words of the song at least: "Home Video" and "Sex Video"
		// are titles.
		p.kill(last[2], last[2])
		p.pattern("video_kind")
		p.creditListLayout()
		return
	case n >= 3 && p.items[last[1]].text == "song" && excerptWords[p.items[last[2]].text]:
		p.kill(last[1], last[2])
		p.excerpt()
	default:
		return
	}
	p.pattern("song_before_credits")
	p.creditListLayout()
}

// tailVersions records the versions a "| X" or "// X" tail names: a tail
// says what the upload is as often as who made it ("Hello | slowed +
// reverb", "Song // Acoustic", "Song | Live at Wembley 2019", "Song |
// Skrillex Remix"). Each segment of the tail (between further pipes,
// slashes and dashes) is read on its own; a segment counts only when it is
// a version phrase through and through (see versionPrefix), so an
// album, a film or a list of credits in a tail says nothing.
func (p *parser) tailVersions(sp span) {
	lo := sp.lo
	for k := sp.lo; k <= sp.hi; k++ {
		if k < sp.hi {
			k = p.skipGroup(k)
			if kd := p.items[k].kind; kd != kPipe && kd != kSlash2 && kd != kDash && kd != kTilde {
				continue
			}
		}
		words := p.groupWords(lo, k)
		act := len(words) > 0 && actOrchestra(words, len(words)-1)
		if nf, ok := nounFirst(words); ok && !act {
			// "| Versión Salsa" is "| Salsa Version".
			p.pattern("version_noun_first")
			words = nf
		}
		if act {
			p.pattern("act_orchestra") // "| Percy Faith & His Orchestra" names the act
		} else if vs, ok := p.versionPrefix(words); ok {
			p.versions |= vs
			p.pattern("tail_version")
		} else if by := p.versionBy(span{lo, k}); by.hi > by.lo {
			// "| Acoustic Cover by X", "| Sped Up by X": a version phrase
			// and who made it; a cover's "by" names its performer.
			p.noteCoverBy(span{lo, k})
			p.pattern("tail_version")
		} else if slices.ContainsFunc(words, func(w string) bool { return excerptWords[w] }) {
			p.excerpt() // "| Song Teaser", "| Official Trailer"
		} else if kind, ok := aboutWords(words); ok {
			p.about(kind) // "| Reaction", "| Behind The Scenes", as in a group
		} else if q, ok := tailQualifier(words); ok {
			p.info = append(p.info, q) // "| Taylor's Version", "| Take 2", as in a group
			p.pattern("version_qualifier")
		} else if !p.liveContext(words) && p.mixSegment(span{sp.lo, lo}, span{lo, k}, words) {
			// Not "| M COUNTDOWN 180118", a live context; "| Club Mix".
			p.markedRemix(words)
			p.pattern("mix_part")
		}
		lo = k + 1
	}
}

// mixSegment reports whether seg, a segment of a "| X" or "// X" tail
// whose words are words, is a remix named by a marker (mix_part: "| Club
// Mix", "// Dub Mix", "Track | Artist | Club Mix"): words that are no
// noise ("| Original Mix"), not the caller's or the channel's artist and
// not all words of the title before the tail ("Little Mix - Wings | Little
// Mix"), in a segment after another (before is the part before the tail's
// first segment), after a title that names its artist with a dash, or
// with the artist known from elsewhere ("Wings | Little Mix" names the
// artist).
func (p *parser) mixSegment(before, seg span, words []string) bool {
	if len(words) < 2 || len(words) > maxMixPart || !remixMarkers[words[len(words)-1]] {
		return false
	}
	if _, noise := groupNoise(words); noise {
		return false
	}
	known := len(p.caller.keys) > 0 || p.channelSure
	if known && p.matchesSource(seg) {
		return false
	}
	dash, later := false, false
	seen := 0
	for k := 0; k < before.hi; k++ {
		it := &p.items[k]
		switch {
		case it.dead:
		case k >= before.lo && (it.kind == kPipe || it.kind == kSlash2):
			later = true
		case k < before.lo && (it.kind == kDash || it.kind == kTilde):
			dash = true
		case k < before.lo && it.kind == kWord && slices.Contains(words, it.text):
			seen++
		}
	}
	return (dash || later || known) && seen < len(words)
}

// otherTrackPart returns the word of otherTrackWords that a part of the
// title is made of alone, a bracket group ("(Reprise)", "[Medley]") or a
// "| X" or "// X" segment ("| Reprise", "// Interlude") or a last "- X"
// part, or "" when none is (other_track_part). Such a part names another track of the work
// wherever it stands: after the artist of "Track (Reprise) - Artist", in
// a tail, before the title ("[Intro] Artist - Track"), after the featured
// artists ("Track ft. X - Reprise").
func otherTrackPart(items []item) string {
	for k := 0; k+1 < len(items); k++ {
		it, next := &items[k], &items[k+1]
		if next.kind != kWord || !otherTrackWords[next.text] {
			continue
		}
		switch it.kind {
		case kOpen:
			if int(it.pair) == k+2 {
				return next.text
			}
		case kPipe, kSlash2:
			if k+2 == len(items) || items[k+2].kind == kPipe || items[k+2].kind == kSlash2 {
				return next.text
			}
		case kDash:
			// The last part, or the last before one bracket group
			// ("- Reprise [Official Audio]").
			if k+2 == len(items) || items[k+2].kind == kOpen && int(items[k+2].pair) == len(items)-1 {
				return next.text
			}
		}
	}
	return ""
}

// partWords name the part of a work that the number after them counts.
var partWords = wordSet("part", "pt", "parte")

// partNumber reports whether words are a part word and a number, spelled
// or in digits: "Part 2", "Pt. 2", "Parte 2", "Part Two".
func partNumber(words []string) bool {
	return len(words) == 2 && partWords[words[0]] && numeral(words[1]) != ""
}

// tailQualifier reads a segment of a "| X" tail as a group's qualifier
// (see qualifier), unless the group would be noise: "| Album Version" says
// nothing, "| Taylor's Version" names a recording.
func tailQualifier(words []string) (string, bool) {
	if _, noise := groupNoise(words); noise {
		return "", false
	}
	return qualifier(words)
}

// versionPrefix reports the versions of words that are one version phrase
// and nothing else, and records their information: a version phrase that
// could stand for a whole part ("Slowed + Reverb", "Live at Wembley"), a
// single version word ("Acoustic"), or version words at the end of at most
// three words of information ("Skrillex Remix", "Piano Cover").
func (p *parser) versionPrefix(words []string) (uint32, bool) {
	switch {
	case len(words) == 0:
		return 0, false
	case len(words) == 1:
		if _, ok := versionAt(words, 0); !ok {
			return 0, false
		}
	case pureVersion(words, true):
	default:
		if _, ok := versionAt(words, len(words)-1); !ok || len(words) > 4 {
			return 0, false
		}
	}
	return p.groupVersions(slices.Clone(words))
}

// partEnd returns the index of the first top-level item of kind a or b at
// or after lo, or hi: where the part that starts at lo ends. Brackets and
// quotes that pair are skipped whole.
func (p *parser) partEnd(lo, hi int, a, b kind) int {
	for k := lo; k < hi; k++ {
		k = p.skipGroup(k)
		if kd := p.items[k].kind; kd == a || kd == b {
			return k
		}
	}
	return hi
}

// pipeEnd returns the index of the first top-level "|" at or after lo, or
// hi: where the segment of a "| A | B | C" tail that starts at lo ends.
func (p *parser) pipeEnd(lo, hi int) int {
	return p.partEnd(lo, hi, kPipe, kPipe)
}

// featuredSegment returns the segment of a "| A | B | C" tail that
// credits a singer with a guest, or an empty span: "Double Barrel (Jatt Di
// Dunali) | Hommi Pabla ft. Sidhu Moose Wala | Deep Jandu | Humble Music",
// "MASTER CHEF | BRISHAV FT DEEP KALSI | KALAMKAAR". A featuring marker
// goes with the performers, so of the credits that segment is the
// artist's. The segment must read as a name before its marker (see
// creditName: "Track Song Ft Actor" is the track's, with its cast), and
// the head before the tail must credit no guest of its own ("Artist Ft
// Guest | Track | ...").
func (p *parser) featuredSegment(head, tail span) span {
	if len(p.caller.keys) > 0 || p.featMarker(head, false) >= 0 {
		return span{}
	}
	for lo := tail.lo; lo <= tail.hi; {
		k := p.pipeEnd(lo, tail.hi)
		seg := span{lo, k}
		lo = k + 1
		if m := p.featMarker(seg, false); m >= 0 && p.hasWord(span{m + 1, seg.hi}) && p.creditName(seg) {
			return seg
		}
	}
	return span{}
}

// knownSegment returns the first segment of a "| A | B | C" tail (between
// its bars) that names the known artist, or an empty span. A list of
// credits names singers, films, actors and labels; only the segment that
// is the artist is the artist.
func (p *parser) knownSegment(sp span) span {
	lo := sp.lo
	for k := sp.lo; k <= sp.hi; k++ {
		if k < sp.hi {
			k = p.skipGroup(k)
			if kd := p.items[k].kind; kd != kPipe && kd != kSlash2 {
				continue
			}
		}
		if seg := (span{lo, k}); p.hasWord(seg) && p.matchesKnown(seg) {
			return seg
		}
		lo = k + 1
	}
	return span{}
}

// plausiblePipeArtist reports whether a "| X" tail reads as an artist name,
// for "Track | Artist" uploads (lyric channels write titles that way): one
// to five words, not all noise ("| Official Video"), no version or label
// word ("| Piano Cover", "| Lyrics Vault"), nothing bracketed.
func (p *parser) plausiblePipeArtist(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; it.kind == kOpen || it.kind == kPipe || it.kind == kSlash2 {
			return false
		}
	}
	words := slices.Clone(p.groupWords(sp.lo, sp.hi))
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	if _, noise := coveredByNoise(words); noise {
		return false
	}
	for i, w := range words {
		if _, ok := versionWords[w]; ok && !actOrchestra(words, i) || labelWords[w] || featMarkers[w] || w == "by" {
			return false
		}
	}
	return true
}

// stripTrailing removes noise phrases (and, on the whole title, dash parts
// of noise) from the end of sp, one after the other: "Hello (Live) Official
// Video HD". It never removes the last words of sp.
func (p *parser) stripTrailing(sp span, whole bool) span {
	fw := p.firstWord(sp)
	for {
		sp = p.trimRight(sp)
		m := p.skipTrailingTags(sp)
		if m.hi == m.lo || p.items[m.hi-1].kind != kWord {
			return sp
		}
		last := p.items[m.hi-1].text
		start := p.trailingNoise(m, fw, noiseByLast[last], whole)
		if start < 0 && isYear(last) {
			start = p.trailingNoise(m, fw, noiseByLast["YEAR"], whole)
		}
		if start < 0 && p.inTrack && isDecade(last) {
			start = p.decadePart(m, fw)
		}
		if start < 0 && storeNames[last] {
			start = p.trailingNoise(m, fw, noiseByLast["STORE"], whole)
		}
		if start < 0 && (last == "songs" || isYear(last)) {
			start = p.trailingListing(m, fw)
		}
		if start < 0 {
			return sp
		}
		sp.hi = start
	}
}

// maxListingWords is the most words of a trailing listing (trailingListing).
const maxListingWords = 5

// trailingListing returns where a phrase that lists songs and ends sp
// starts, or -1 (listing_tail): "latest" or "new" and up to three words
// more, the last "songs" (a year after it aside), none cut off by a
// separator or a group ("BACK
// OFF - NAIVY (Full Song) Latest Punjabi Songs 2017", "Zindagi Tere Naal -
// Khan Saab & Pav Dharia ( Official Teaser ) Latest Punjabi Songs 2018").
// The plural of a new or latest lot says what the upload is filed under;
// a title's own "New Songs" or "Silly Love Songs" leads with no such word
// or stands alone. fw is the first word of sp: words must come before it.
func (p *parser) trailingListing(sp span, fw int) int {
	n := 0
	year := false
	for k := sp.hi - 1; k > fw; k-- {
		it := &p.items[k]
		if it.dead {
			continue
		}
		if it.kind != kWord {
			return -1
		}
		if n == 0 && !year && isYear(it.text) {
			year = true // "Latest Punjabi Songs 2018"
			continue
		}
		if n++; n == 1 && it.text != "songs" || n > maxListingWords {
			return -1
		}
		if n >= 3 && (it.text == "latest" || it.text == "new") {
			p.pattern("listing_tail")
			return k
		}
	}
	return -1
}

// decadePart returns where a decade that ends sp as a dash part of its
// own starts, or -1: "Perry Como - Onward Christian Soldiers - 1950s" dates
// the upload as a year does, while "Back to the 80s" ends its track with it.
// fw is the first word of sp: words must come before the dash.
func (p *parser) decadePart(sp span, fw int) int {
	k := sp.hi - 2
	for k > sp.lo && phraseGap(&p.items[k]) {
		k--
	}
	if k <= fw || p.items[k].kind != kDash {
		return -1
	}
	p.pattern("decade")
	return sp.hi - 1
}

// stripTrack is stripTrailing on the track part.
func (p *parser) stripTrack(sp span) span {
	p.inTrack = true
	sp = p.stripTrailing(sp, false)
	p.inTrack = false
	return sp
}

// skipTrailingTags returns sp without the tag groups at its end ("Song
// Remaster [NCS]"): they go with the track's other tags, so a phrase
// before them is still at the end.
func (p *parser) skipTrailingTags(sp span) span {
	for sp.hi > sp.lo {
		it := &p.items[sp.hi-1]
		if it.kind != kClose || it.pair < int32(sp.lo) || !p.items[it.pair].tag {
			break
		}
		sp = p.trimRight(span{sp.lo, int(it.pair)})
	}
	return sp
}

// trailingNoise tries rows against the end of sp and returns where the
// longest matching one starts, or -1.
// fw is the first word of sp: a match must leave words before it.
func (p *parser) trailingNoise(sp span, fw int, rows []*compiledNoise, whole bool) int {
	best, name := -1, ""
	for _, r := range rows {
		if r.place&(trailing|afterDash|partEnd) == 0 {
			continue
		}
		start := p.matchBackward(sp, r.words)
		if start < 0 || fw >= start || best >= 0 && start >= best {
			continue // no match, nothing left before it, or not the longest
		}
		if r.place&partEnd != 0 && r.place&trailing == 0 && !whole && !p.inTrack {
			continue // at the end of the track only: "Zemfira 2000" is a name
		}
		if r.place&trailing == 0 && (whole || r.place&partEnd == 0) {
			// After a dash only: "Song - Audio"; a one-word phrase needs a
			// part before the artist and track ("India.Arie - Video").
			before := p.trimRight(span{sp.lo, start})
			if before.hi == start || !isSeparator(&p.items[start-1]) || p.items[start-1].kind == kPipe {
				continue
			}
			if (len(r.words) == 1 || titleNoise[r.name]) && (!whole || p.countSeparators(before, 2) < 2) {
				continue
			}
		}
		best, name = start, r.name
	}
	if best >= 0 {
		p.pattern(name)
	}
	return best
}

// stripLeading removes noise ("PREMIERE:", "Official Video -") and version
// prefixes ("Nightcore - ") that start the title and are followed by a
// separator.
func (p *parser) stripLeading(sp span) span {
	for {
		sp = p.trimLeft(sp)
		if sp.hi == sp.lo {
			return sp
		}
		// The phrase may be quoted on its own: "NIGHTCORE" - Song.
		at, closeQuote := sp, -1
		if it := &p.items[sp.lo]; (it.kind == kDQuote || it.kind == kSQuote) && it.pair > int32(sp.lo) {
			at.lo, closeQuote = sp.lo+1, int(it.pair)
		}
		if at.lo >= at.hi || p.items[at.lo].kind != kWord {
			return sp
		}
		// matched says where a leading phrase ending at e leaves the
		// title, or 0 when it does not stand alone before a separator.
		matched := func(e int) int {
			if closeQuote >= 0 {
				for e > 0 && e < closeQuote && phraseGap(&p.items[e]) {
					e++
				}
				if e != closeQuote {
					return 0
				}
				e++
			}
			if e > 0 && p.separatorAt(e, sp) {
				return e
			}
			return 0
		}
		first := p.items[at.lo].text
		end := 0
		for _, r := range noiseByFirst[first] {
			if r.place&leading != 0 {
				if end = matched(p.matchForward(at, r.words)); end > 0 {
					p.pattern(r.name)
					break
				}
			}
		}
		if end == 0 {
			for _, r := range leadingVersion[first] {
				if end = matched(p.matchForward(at, r.words)); end > 0 {
					for _, v := range r.versions {
						p.versions |= versionBit(v)
					}
					p.pattern("version")
					break
				}
			}
		}
		if end == 0 && p.channelInitials(first) {
			// "EIC: The Pahlaj Song" on East India Comedy: the channel's
			// initials head its own upload, as a series' name would.
			if end = matched(at.lo + 1); end > 0 {
				p.pattern("channel_initials")
			}
		}
		if end == 0 {
			return sp
		}
		sp.lo = end
	}
}

// channelInitials reports whether w is the initials of the channel's name,
// of three words or more ("eic" for East India Comedy, "aib" for All India
// Bakchod).
func (p *parser) channelInitials(w string) bool {
	if len(w) < 3 || len(p.channel.artists) != 1 {
		return false
	}
	name := p.channel.artists[0]
	if len(name) != len(w) {
		return false
	}
	for i, word := range name {
		if word == "" || word[0] != w[i] {
			return false
		}
	}
	return true
}

// versionOnly reports whether an artist part says only a leading version
// phrase ("Nightcore「Song」", "NIGHTCORE: Song"), and records the version
// if so: no artist is called Nightcore.
func (p *parser) versionOnly(sp span) bool {
	words := p.groupWords(sp.lo, sp.hi)
	if len(words) == 0 {
		return false
	}
	for _, r := range leadingVersion[words[0]] {
		if slices.Equal(r.words, words) {
			for _, v := range r.versions {
				p.versions |= versionBit(v)
			}
			p.pattern("version")
			return true
		}
	}
	return false
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
		p.pattern("mv")
	}
	return sp
}

// trailingVersions takes unbracketed version phrases off the end of the
// track part ("Hello slowed + reverb", "Song Live at Wembley"), and an
// excerpt word ("Song M/V Teaser").
func (p *parser) trailingVersions(sp span) span {
	fw := p.firstWord(sp)
	if m := p.trimRight(sp); m.hi > m.lo {
		if last := &p.items[m.hi-1]; last.kind == kWord && fw < m.hi-1 && excerptShapes.may(last.text) && excerptWords[last.text] {
			p.excerpt()
			sp = span{sp.lo, m.hi - 1}
			// "When We Disco Dance Tutorial": the word before says what
			// the excerpt shows.
			if w := p.lastWord(sp); w > fw && excerptLeads[p.items[w].text] {
				sp.hi = w
			}
			sp = p.stripTrack(sp)
		}
	}
	for {
		sp = p.trimRight(sp)
		m := p.skipTrailingTags(sp)
		if m.hi == m.lo || p.items[m.hi-1].kind != kWord || !trailingLastShapes.may(p.items[m.hi-1].text) {
			break
		}
		matched := false
		for _, r := range trailingByLast[p.items[m.hi-1].text] {
			if start := p.matchBackward(m, r.words); start >= 0 && fw < start {
				for _, v := range r.versions {
					p.versions |= versionBit(v)
				}
				p.pattern("version")
				sp.hi = start
				matched = true
				break
			}
		}
		if !matched {
			break
		}
	}
	if k := p.trailingStage(sp); k >= 0 {
		return span{sp.lo, k}
	}
	// "Song Live at Wembley": "live" followed by a venue marker, not at the
	// start. Kept parentheses are read through, as the words of the track
	// they are; tag groups are skipped, as the track will drop them.
	for k := sp.lo + 1; k+1 < sp.hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.tag && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if it.kind != kWord || it.text != "live" || fw >= k {
			continue
		}
		next := k + 1
		for next+1 < sp.hi {
			n := &p.items[next]
			if n.kind == kOpen && n.tag && n.pair > int32(next) {
				next = int(n.pair) + 1
				continue
			}
			if phraseGap(n) && n.text != "@" || n.kind == kOpen || n.kind == kClose || n.kind == kDQuote || n.kind == kSQuote {
				next++ // light punctuation or brackets between: Live (at X)
				continue
			}
			break
		}
		if next < sp.hi && (p.items[next].kind == kPunct && p.items[next].text == "@" || p.items[next].kind == kWord && liveVenueMarkers[p.items[next].text]) {
			// Only the first "live at" is considered, to stay linear.
			if p.hasWord(span{next + 1, sp.hi}) {
				if vs, ok := p.groupVersions(p.wordsOutsideTags(k, sp.hi)); ok {
					p.versions |= vs
					p.pattern("version")
					return span{sp.lo, k}
				}
			}
			break
		}
	}
	return sp
}

// trailingStage finds a stage at the end of sp, after "in", "at", "on" or
// "@" ("Fast Car in the Radio 1 Live Lounge"), records the live take and
// returns the index of its marker, or -1.
func (p *parser) trailingStage(sp span) int {
	fw := p.firstWord(sp)
	m := p.trimRight(sp)
	if m.hi <= m.lo || p.items[m.hi-1].kind != kWord || !liveLastShapes.may(p.items[m.hi-1].text) {
		return -1
	}
	for _, ph := range liveContextsByLast[p.items[m.hi-1].text] {
		start := p.matchBackward(m, ph)
		if start < 0 || fw >= start {
			continue
		}
		for k, n := start-1, 0; k > fw && n < 5; k-- {
			it := &p.items[k]
			if it.kind == kWord {
				n++
			}
			if it.kind == kWord && stageMarkers[it.text] || it.kind == kPunct && it.text == "@" {
				p.versions |= versionBit(VersionLive)
				p.info = append(p.info, strings.Join(ph, " "))
				p.pattern("live_context")
				return k
			}
		}
	}
	return -1
}

// cutTributes removes what a title says its upload honours: "Gaali Vaaluga
// - A Tribute To #PSPK", "Yesterday - Ivan Lins - Tributo aos Beatles",
// "Beegie Adair tribute to Beatles - Yesterday". The artist honoured is
// neither the performer nor a word of the track: the phrase (see
// tributePhrases) and the rest of its dash part go, and a part it starts
// goes whole with the dash before it, with or without the name after it
// (a hashtag already gone: "#PSPK"). A title that starts with the phrase
// keeps it.
func (p *parser) cutTributes(sp span) {
	fw := p.firstWord(sp)
	part := sp.lo // where the current dash part starts
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		it := &p.items[k]
		if it.kind == kDash || it.kind == kTilde {
			part = k + 1
			continue
		}
		if it.kind != kWord || it.dead || k <= fw || !tributeStarts[it.text] {
			continue
		}
		for _, phrase := range tributePhrases {
			end := p.matchForward(span{k, sp.hi}, phrase)
			if end == 0 {
				continue
			}
			lo := k
			if w := p.firstWord(span{part, k}); w >= 0 && w < k && p.items[w].text == "a" && !p.hasWord(span{w + 1, k}) {
				lo = w // "A Tribute To"
			}
			if !p.hasWord(span{part, lo}) && part > sp.lo {
				lo = part - 1 // the part and its dash
			}
			hi := p.dashEnd(end, sp.hi)
			p.kill(lo, hi-1)
			p.pattern("tribute")
			k = hi - 1
			break
		}
	}
}

// dashEnd returns the index of the first top-level dash or tilde at or
// after lo, or hi.
func (p *parser) dashEnd(lo, hi int) int {
	return p.partEnd(lo, hi, kDash, kTilde)
}
