package title

import (
	"slices"
	"strings"
	"unicode"
)

// Bracket groups and symbols: what each group of a title says (featured
// artists, versions, noise, tags), and the emoji and hashtags around it.

// bracketedTitle reads a title whose artist and track stand in a leading
// square bracket group, the rest saying where it was filmed: "[CHUNG HA -
// Roller Coaster] Comeback Stage | M COUNTDOWN 180118 EP.554" (the layout
// of music shows' channels). The group becomes the title, and what
// follows it is read for the stage and otherwise dropped.
func (p *parser) bracketedTitle() {
	first := -1
	for k := range p.items {
		if it := &p.items[k]; !it.dead && it.kind != kEmoji {
			first = k
			break
		}
	}
	if first < 0 {
		return
	}
	it := &p.items[first]
	if it.kind != kOpen || it.br != brSquare || it.pair <= int32(first) || int(it.pair) == len(p.items)-1 {
		return
	}
	end := int(it.pair)
	dash := -1
	for k := first + 1; k < end; k++ {
		if p.items[k].kind == kDash {
			dash = k
			break
		}
	}
	if dash < 0 || !p.hasWord(span{first + 1, dash}) || !p.hasWord(span{dash + 1, end}) {
		return
	}
	if !p.liveContext(p.groupWords(end+1, len(p.items))) {
		return
	}
	p.items[first].dead, p.items[end].dead = true, true
	p.kill(end+1, len(p.items)-1)
	p.pattern("bracketed_title")
}

// groups classifies every top-level bracket group (quote brackets are
// transparent: a group inside 「」 is still looked at).
func (p *parser) groups() {
	for i := 0; i < len(p.items); i++ {
		it := &p.items[i]
		if it.pair > int32(i) && (it.kind != kOpen || isQuoteBracket(it.br)) {
			// Quotes around nothing ('""', "「」") go; quotes around words
			// are looked at by the split.
			if !p.hasWord(span{i + 1, int(it.pair)}) {
				p.kill(i, int(it.pair))
				p.pattern("empty_brackets")
			}
			continue
		}
		if it.kind != kOpen || it.pair < 0 {
			continue
		}
		j := int(it.pair)
		p.classifyGroup(i, j)
		i = j
	}
}

// classifyGroup decides what the bracket group open..close is.
func (p *parser) classifyGroup(open, close int) {
	if !p.hasWord(span{open + 1, close}) {
		p.kill(open, close)
		p.pattern("empty_brackets")
		return
	}
	// Featured artists, possibly after other information:
	// "(feat. X)", "(Official Video ft. X)", "(with X)", "(w/ X)".
	k := p.featMarker(span{open + 1, close}, true)
	if k >= 0 {
		if p.hasWord(span{k + 1, close}) {
			p.addFeatured(span{k + 1, close})
			p.kill(open, close)
			p.pattern("featured")
			if p.hasWord(span{open + 1, k}) {
				p.classifyWords(p.groupWords(open+1, k))
			}
			return
		}
		if !p.hasWord(span{open + 1, k}) {
			// "(feat.)" alone says nothing.
			p.kill(open, close)
			p.pattern("empty_brackets")
			return
		}
		// A marker that ends the group introduces nobody: drop it, so
		// that it cannot take the words after the group as featured.
		p.items[k].dead = true
	}
	for _, prefix := range byArtistPhrases {
		if n := p.prefixItems(span{open + 1, close}, prefix); n > 0 && p.hasWord(span{n, close}) {
			if p.byArtist == nil {
				// Read now: the group is gone once the items are compacted.
				p.byArtist = p.artistList(span{n, close})
			}
			p.kill(open, close)
			p.pattern("by_artist")
			return
		}
	}
	if role, names := p.creditRoleMarked(span{open + 1, close}, true); role != roleNone {
		// "(Singer: A)", "(Music: B)": a group of credits names who made
		// the song, never the song; its singers are the artists when the
		// title names none, as with "(by A)" (role_credits).
		if (role == roleSinger || role == roleVocals) && p.byArtist == nil {
			p.byArtist = p.artistList(names)
		}
		if role == roleSinger {
			p.singers = append(p.singers, p.artistList(names)...)
		}
		p.kill(open, close)
		p.pattern("role_credits")
		return
	}
	if p.classifyWords(p.groupWords(open+1, close)) {
		p.noteCoverBy(span{open + 1, close})
		p.kill(open, close)
		p.items[close].trackInfo = true
		p.items[close].noiseGroup = p.groupWasNoise
		return
	}
	if br := p.items[open].br; br != brSquare && br != brLenticular && genreOnly(p.groupWords(open+1, close)) && p.groupNamesAct(open, close) {
		p.kill(open, close)
		p.items[close].trackInfo = true
		p.pattern("genre_act")
		return
	}
	if br := p.items[open].br; br != brSquare && br != brLenticular && p.genreVersion(p.groupWords(open+1, close), false) {
		p.kill(open, close)
		p.items[close].trackInfo = true
		return
	}
	if br := p.items[open].br; (br == brSquare || br == brLenticular) && !slices.ContainsFunc(p.groupWords(open+1, close), keptInTag) {
		p.items[open].tag = true
	}
}

// keptInTag reports whether w keeps a square group that says nothing the
// normalizer knows in the track, as a round one is: a word that names
// another track of a work or another kind of upload ("[Intro]", "[Medley]",
// "[Session]", "[Dub]") says more than a label's or a genre's tag ("[Monstercat
// Release]", "[Dubstep]").
func keptInTag(w string) bool { return otherTrackWords[w] || kindWords[w] || remixMarkers[w] }

// classifyWords records the versions or noise pattern that the words of a
// group say, and reports whether they said one (the group can go).
func (p *parser) classifyWords(words []string) bool {
	p.groupWasNoise = false
	if nf, ok := nounFirst(words); ok {
		// "(Versión Salsa)" is "(Salsa Version)".
		p.pattern("version_noun_first")
		words = nf
	}
	if radioVersion(words) {
		// "(Radio Version)" is the "(Radio Edit)", as "(Versión Radio)" is.
		p.pattern("radio_version")
		words = []string{"edit", qualifierSuffix}
	}
	if isExcerpt(words) {
		// "(Song Teaser)" says what the upload is, as "(Full Song)" does.
		p.excerpt()
		p.groupWasNoise = true
		return true
	}
	if kind, ok := aboutWords(words); ok {
		// "(Behind The Scenes)" says what the upload is: no song.
		p.about(kind)
		p.groupWasNoise = true
		return true
	}
	if vs, ok := p.groupVersions(words); ok {
		p.versions |= vs
		p.pattern("version")
		return true
	}
	if p.liveContext(words) {
		return true
	}
	if p.sessionGroup(words) {
		return true
	}
	if q, ok := channelMix(words); ok {
		p.info = append(p.info, q)
		p.pattern("channel_mix")
		return true
	}
	if name, ok := groupNoise(words); ok {
		p.pattern(name)
		p.groupWasNoise = true
		return true
	}
	if len(words) == 1 && isYear(words[0]) {
		p.pattern("year")
		return true
	}
	if len(words) == 1 && isDecade(words[0]) {
		p.pattern("decade")
		return true
	}
	if q, ok := qualifier(words); ok {
		p.info = append(p.info, q)
		p.pattern("version_qualifier")
		return true
	}
	return p.markedRemix(words)
}

// markedRemix reads words that end in a remix marker, after at least one
// word, as the remix they name, and reports whether they did: "(Club
// Mix)" is a remix, "club"; but "(Radio Mix)" is the radio edit.
func (p *parser) markedRemix(words []string) bool {
	if len(words) < 2 || !remixMarkers[words[len(words)-1]] {
		return false
	}
	if len(words) == 2 && words[0] == "radio" {
		p.versions |= versionBit(VersionEdit)
	} else {
		p.versions |= versionBit(VersionRemix)
		p.info = append(p.info, strings.Join(words[:len(words)-1], " "))
	}
	p.pattern("version")
	return true
}

// maxMixPart bounds the words of a remix named by a marker in a part of
// its own ("- Club Mix", "| Groove Armada Dub"): longer, the part is more
// likely a list of names or a mix of many songs.
const maxMixPart = 4

// qualifier reads a group that names a recording without a version word
// of the vocabulary: "(Taylor's Version)", "(English Version)", "(Chinese
// ver.)", "(Version 2)". It returns the qualifier in the form kept in
// Title.VersionInfo ("taylors version", "english version", "version 2"):
// two titles whose qualifiers differ, or one with a qualifier and one
// without, are different recordings (see IsQualifier). Words that only say
// what kind of upload it is ("(Album Version)", "(Radio Version)") are
// noise or fillers and qualify nothing.
func qualifier(words []string) (string, bool) {
	n := len(words)
	if n == 1 && outtakeWords[words[0]] {
		return outtakeInfo, true
	}
	if n == 1 && stageTakeWords[words[0]] {
		return words[0] + " " + takeWord, true // "(Rehearsal)" is "(Rehearsal Take)"
	}
	if n == 1 && voiceMoodWords[words[0]] {
		return words[0] + " " + qualifierSuffix, true // "(Female)" is the "female version"
	}
	if n == 1 {
		if named := hanVersionName(words[0]); named != "" {
			return named + " " + qualifierSuffix, true // "(女生版)" is the "female version"
		}
	}
	if n < 2 || n > 4 {
		return "", false
	}
	var named []string
	head := qualifierSuffix
	switch {
	case qualifierWords[words[n-1]]:
		named = words[:n-1]
	case qualifierWords[words[0]] && n == 2 && isNumber(words[1]):
		return "version " + words[1], true
	case words[n-1] == takeWord:
		named, head = words[:n-1], takeWord
	case words[n-2] == takeWord && numeral(words[n-1]) != "":
		named, head = words[:n-2], takeWord+" "+numeral(words[n-1]) // "(Take Two)" is "(Take 2)"
	case outtakeWords[words[n-1]]:
		// "(1969 Outtake)", "(Studio Outtake)": a filler says nothing of
		// which outtake it is.
		named, head = slices.DeleteFunc(slices.Clone(words[:n-1]), func(w string) bool { return versionFillers[w] }), outtakeInfo
	default:
		return "", false
	}
	if len(named) == 0 {
		return head, true // "(Take 2)"
	}
	// Fillers may stand beside the words that name the recording and are
	// left out of it: "(Music Box Version)" is the "box version", as
	// "(Official Music Box Version)" is.
	var kept []string
	for _, w := range named {
		if versionFillers[w] && !qualifierWords[w] {
			continue
		}
		if qualifierWords[w] || noiseWords[w] || infoStopwords[w] || notQualifiers[w] {
			return "", false
		}
		if _, ok := versionWords[w]; ok {
			return "", false
		}
		kept = append(kept, w)
	}
	if len(kept) == 0 {
		return "", false
	}
	return strings.Join(kept, " ") + " " + head, true
}

// channelMix reads a group that names a mono or a stereo mix of a
// recording: "(Mono)", "(Mono Version)", "(Mono Mix)", "(Stereo Mix)",
// "(Mono / Remastered 2015)", "(2009 Stereo Remaster)". Catalogues count
// each mix as a recording of its own, so the mix is kept as a qualifier
// ("mono version", "stereo version"): two mixes are two recordings, a
// mix and the plain title at most a review, while two uploads of one mix, remastered or not, are
// one recording. A remaster tag beside the mix says nothing more, as it
// says nothing alone. A group that names both mixes, or other words,
// names no one mix.
func channelMix(words []string) (string, bool) {
	mix := ""
	for _, w := range words {
		switch {
		case channelMixes[w]:
			if mix != "" {
				return "", false // "(Mono & Stereo)"
			}
			mix = w
		case !channelMixWords[w] && !isYear(w):
			return "", false
		}
	}
	if mix == "" {
		return "", false
	}
	return mix + " " + qualifierSuffix, true
}

// IsChannelMix reports whether a qualifier names a mono or a stereo mix
// (see channelMix): "mono version", "stereo version".
func IsChannelMix(info string) bool {
	mix, rest, ok := strings.Cut(info, " ")
	return ok && channelMixes[mix] && rest == qualifierSuffix
}

// channelMixes are the words that name a mix by its channels.
var channelMixes = wordSet("mono", "stereo")

// channelMixWords may stand beside a channel mix's word in its group
// without naming another recording: "(Original Mono Single Version)",
// "(Stereo Mix / Remastered)".
var channelMixWords = wordSet("version", "ver", "mix", "remaster", "remastered", "original", "single", "album", "lp")

// qualifierSuffix ends every qualifier kept in Title.VersionInfo but a
// take's.
const qualifierSuffix = "version"

// takeWord names a take of a recording session: "(Take 2)", "(Alternate
// Take)", "(Alternate Take 3)". Each take is a recording of its own, so
// two takes, or a take and the plain title, are different recordings; a
// take's qualifier is kept as written ("take 2", "alternate take").
const takeWord = "take"

// outtakeWords alone in a group say the upload is a take left off the
// record: a recording of its own, kept as outtakeInfo.
var outtakeWords = wordSet("outtake", "outtakes")

// hanVersionMark ends a Chinese word that names a version of a recording:
// 女生版 (a woman's version), 粵語版 (the Cantonese version), DJ版, 抖音版
// (Douyin's, sped up), as "X Version" does in English.
const hanVersionMark = "版"

// hanEditionWords say, before hanVersionMark, what kind of upload an
// edition is, not which recording: 官方完整版 (the official full version),
// 高清版 (HD), 正式版, 原版 (the original).
var hanEditionWords = []string{"官方", "完整", "高清", "高畫質", "高画质", "正式", "原", "单曲", "單曲", "mv", "hd"}

// hanVersionName returns what a word ending in hanVersionMark names, its
// edition words left out, or "" when it names no recording of its own.
func hanVersionName(w string) string {
	stem, ok := strings.CutSuffix(w, hanVersionMark)
	if !ok || stem == "" || !strings.ContainsFunc(stem, func(r rune) bool { return unicode.Is(unicode.Han, r) }) && !IsPlainASCII(stem) {
		return ""
	}
	for cut := true; cut && stem != ""; {
		cut = false
		for _, e := range hanEditionWords {
			if s, ok := strings.CutPrefix(stem, e); ok {
				stem, cut = s, true
			}
			if s, ok := strings.CutSuffix(stem, e); ok {
				stem, cut = s, true
			}
		}
	}
	return stem
}

// voiceMoodWords alone in a group name a rendition of a song sung by
// other voices or in another mood, as film soundtracks carry them:
// "Channa Mereya (Female)", "Kal Ho Naa Ho (Sad)", "Tum Hi Ho (Female)".
// The group is read as "(Female Version)" is, a qualifier of its own
// (category rendition_qualifier).
var voiceMoodWords = wordSet("female", "male", "sad", "happy", "duet")

// stageTakeWords alone in a group say the upload is a take played before
// the recording or the show: "(Rehearsal)", "(Soundcheck)", read as the
// takes "(Rehearsal Take)", "(Soundcheck Take)" are.
var stageTakeWords = wordSet("rehearsal", "soundcheck")

// outtakeInfo is the qualifier of an outtake.
const outtakeInfo = "outtake"

// ExcerptInfo is the qualifier of an upload that holds part of a
// recording, not all of it: a teaser, a trailer, a preview, a snippet.
const ExcerptInfo = "excerpt"

// isExcerpt reports whether the words of a group say the upload is an
// excerpt: "(Teaser)", "[M/V TEASER]", "(Official Trailer)", "( Song
// Teaser)", "(Preview)", "(Snippet)".
func isExcerpt(words []string) bool {
	if len(words) == 2 && words[0] == "short" && qualifierWords[words[1]] {
		return true // "-Short Ver.-", "(Short Version)"
	}
	if !slices.ContainsFunc(words, excerptShapes.may) {
		return false
	}
	found := false
	for _, w := range words {
		switch c := excerptClasses[w]; {
		case c == excerptWord:
			found = true
		case c == excerptFiller || isNumber(w):
		default:
			return false
		}
	}
	return found
}

// aboutPrefix starts the entry of Title.VersionInfo that says an upload
// is a video about the song (see aboutPhrases): "about interview".
const aboutPrefix = "about "

// aboutWords reports whether the words of a group say the upload is a
// video about the song, and which about phrase they hold first, with the
// numbers of the group after it: one or more about phrases, with nothing
// beside them but fillers, numbers, version and excerpt words ("Behind
// The Scenes", "The Interview", "Webisode 3", "Video Commentary"). The
// numbers tell the videos of a series apart ("Behind The Scenes Part 1"
// is "behind the scenes 1", another video than "Part 2").
func aboutWords(words []string) (string, bool) {
	if !slices.ContainsFunc(words, aboutShapes.may) {
		return "", false
	}
	kind := ""
	var numbers []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if ph := aboutPhraseAt(words, i); ph != nil {
			if kind == "" {
				kind = strings.Join(ph, " ")
			}
			i += len(ph) - 1
			continue
		}
		if isNumber(w) {
			// "Webisode 03" is "Webisode 3".
			if n := strings.TrimLeft(w, "0"); n != "" {
				w = n
			} else {
				w = "0"
			}
			numbers = append(numbers, w)
			continue
		}
		if excerptClasses[w] != excerptNeither || aboutFillers[w] || aboutLeads[w] {
			continue
		}
		if _, ok := versionWords[w]; !ok {
			return "", false
		}
	}
	if kind == "" {
		return "", false
	}
	return strings.Join(append([]string{kind}, numbers...), " "), true
}

// aboutPhraseAt returns the about phrase that starts at words[i], or nil.
func aboutPhraseAt(words []string, i int) []string {
	if !aboutShapes.may(words[i]) {
		return nil
	}
	for _, ph := range aboutByFirst[words[i]] {
		if len(ph) <= len(words)-i && slices.Equal(words[i:i+len(ph)], ph) {
			return ph
		}
	}
	return nil
}

// about records that the upload is a video about the song, of the kind an
// about phrase names.
func (p *parser) about(kind string) {
	info := aboutPrefix + kind
	if !slices.Contains(p.info, info) {
		p.info = append(p.info, info)
	}
	p.pattern("about")
}

// liveContext records a live take when words name the stage it was filmed
// on (see liveContexts), with that stage as its information, and reports
// whether they did.
func (p *parser) liveContext(words []string) bool {
	for i, w := range words {
		if !liveFirstShapes.may(w) {
			continue
		}
		for _, ph := range liveContextsByFirst[w] {
			if len(ph) <= len(words)-i && slices.Equal(words[i:i+len(ph)], ph) {
				p.versions |= versionBit(VersionLive)
				p.info = append(p.info, strings.Join(ph, " "))
				p.pattern("live_context")
				return true
			}
		}
	}
	return p.broadcast(words)
}

// broadcast records a live take when words name a television broadcast,
// with the show as its information, and reports whether they did: a word
// that holds a Korean show's name in a compound (see broadcastStems:
// "【KBS 가요톱10】", "[강변북로가요제]", "[뮤직뱅크컴백]"), or a show or a channel's initials
// dated by a date stamp that ends the words ("[THE SHOW 200811]", "SBS
// 20171225"), the date (as YYMMDD) then part of the information. A date
// stamp alone, or a show without one, names no broadcast: "(The Show)" is
// also a title. A show's name counts wherever it stands in a word: a
// broadcast read as the record would merge with it, while a word that only
// holds the name ("인기가요제목", popular song titles) keeps an upload apart
// at worst. Words that name a soundtrack name no broadcast: "[tvN 도깨비
// OST 170106]" is a drama's song, dated by its release.
func (p *parser) broadcast(words []string) bool {
	if namesSoundtrack(words) {
		return false
	}
	for _, w := range words {
		if IsPlainASCII(w) {
			continue
		}
		for _, stem := range broadcastStems {
			if strings.Contains(w, stem) {
				p.versions |= versionBit(VersionLive)
				p.info = append(p.info, stem)
				p.pattern("broadcast_performance")
				return true
			}
		}
	}
	n := len(words)
	if n < 2 || n > maxInfoWords || !isDateStamp(words[n-1]) {
		return false
	}
	show := words[:n-1]
	if !broadcastShows[show[len(show)-1]] && !slices.ContainsFunc(show, func(w string) bool { return broadcasters[w] }) {
		return false
	}
	// The date is the broadcast's: two dates are two performances, as two
	// years of a venue are ("Live at Wembley 2012").
	date := words[n-1]
	date = date[len(date)-6:]
	p.versions |= versionBit(VersionLive)
	p.info = append(p.info, strings.Join(append(slices.Clone(show), date), " "))
	p.pattern("broadcast_performance")
	return true
}

// datedStage records a live take when words are a stage phrase (see
// liveContexts) or a broadcast's name and a date stamp, and nothing else
// ("Music Core 20081004", "THE SHOW 200811"): that day's broadcast, the
// date (as YYMMDD) part of its information as in broadcast. It reports
// whether they were.
func (p *parser) datedStage(words []string) bool {
	n := len(words)
	if n < 2 || !isDateStamp(words[n-1]) {
		return false
	}
	if liveFirstShapes.may(words[0]) {
		for _, ph := range liveContextsByFirst[words[0]] {
			if slices.Equal(words[:n-1], ph) {
				date := words[n-1]
				p.versions |= versionBit(VersionLive)
				p.info = append(p.info, strings.Join(ph, " ")+" "+date[len(date)-6:])
				p.pattern("broadcast_performance")
				return true
			}
		}
	}
	return p.broadcast(words)
}

// namesSoundtrack reports whether words hold a phrase of the soundtrack
// noise rows ("OST", "Soundtrack", "Motion Picture").
func namesSoundtrack(words []string) bool {
	for i := range words {
		if n, name, _ := longestNoiseAt(words, i, inGroup); n > 0 && name == "soundtrack" {
			return true
		}
	}
	return false
}

// isDateStamp reports whether w is a date written as digits alone, the
// way broadcasts are dated: YYMMDD ("200811") or YYYYMMDD ("20050730"),
// with a month and a day that can be.
func isDateStamp(w string) bool {
	if !isNumber(w) {
		return false
	}
	switch len(w) {
	case 6:
	case 8:
		if y := w[:2]; y != "19" && y != "20" {
			return false
		}
		w = w[2:]
	default:
		return false
	}
	month, day := (w[2]-'0')*10+w[3]-'0', (w[4]-'0')*10+w[5]-'0'
	return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// sessionGroup records a live take when words name a performance session
// by what stands before a word of sessionWords that ends them ("Napster
// Session", "Studio Session"), and reports whether they did. A version
// word is read first (groupVersions: "Acoustic Session" is acoustic);
// a session word before a number or a volume ("Turreo Sessions #723",
// "Inuman Sessions Vol. 2") names a series of records, not a take.
// The session's information is the words that name it; a session named by
// words that qualify any take alone ("Studio Session", "Recording
// Session") is that phrase, so that it stays apart from a live take that
// says nothing of its own ("(Live)", a concert's as likely).
func (p *parser) sessionGroup(words []string) bool {
	n := len(words)
	if n < 2 || n > maxInfoWords+1 || !sessionWords[words[n-1]] {
		return false
	}
	var info, fillers []string
	for _, w := range words[:n-1] {
		if sessionWords[w] {
			return false
		}
		if infoStopwords[w] {
			continue
		}
		if versionFillers[w] || noiseWords[w] {
			fillers = append(fillers, w)
			continue
		}
		info = append(info, w)
	}
	p.versions |= versionBit(VersionLive)
	switch {
	case len(info) > 0:
		p.info = append(p.info, strings.Join(info, " "))
	case len(fillers) > 0:
		p.info = append(p.info, strings.Join(append(fillers, "session"), " "))
	}
	p.pattern("session")
	return true
}

// liveContextWhole is liveContext for words that are one stage phrase and
// nothing else.
func (p *parser) liveContextWhole(words []string) bool {
	if len(words) == 0 || !liveFirstShapes.may(words[0]) {
		return false
	}
	for _, ph := range liveContextsByFirst[words[0]] {
		if slices.Equal(words, ph) {
			return p.liveContext(words)
		}
	}
	return false
}

// excerpt records that the upload is an excerpt (once).
func (p *parser) excerpt() {
	if !slices.Contains(p.info, ExcerptInfo) {
		p.info = append(p.info, ExcerptInfo)
	}
	p.pattern("excerpt")
}

// IsQualifier reports whether an entry of Title.VersionInfo is a
// qualifier (see qualifier), an excerpt's or a video's about the song
// (see aboutPhrases), rather than the information of a version (a
// remixer, a venue): a qualifier names a recording on its own, so a
// title with one and a title without are different recordings.
func IsQualifier(info string) bool {
	return info == ExcerptInfo || info == outtakeInfo || strings.HasSuffix(info, " "+outtakeInfo) || IsAboutInfo(info) || strings.HasSuffix(info, " "+qualifierSuffix) || strings.HasPrefix(info, qualifierSuffix+" ") || IsTakeInfo(info)
}

// IsTakeInfo reports whether a qualifier names a take (see takeWord):
// "take 2", "alternate take", "alternate take 3".
func IsTakeInfo(info string) bool {
	f := strings.Fields(info)
	n := len(f)
	return n > 0 && f[n-1] == takeWord || n > 1 && f[n-2] == takeWord && isNumber(f[n-1])
}

// IsAboutInfo reports whether an entry of Title.VersionInfo says the
// upload is a video about the song (see about): an about phrase, with the
// numbers of its group after it ("about behind the scenes 2").
func IsAboutInfo(info string) bool {
	for {
		if aboutInfos[info] {
			return true
		}
		head, last, ok := cutLastWord(info)
		if !ok || !isNumber(last) {
			return false
		}
		info = head
	}
}

// cutLastWord splits s before its last word.
func cutLastWord(s string) (head, last string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
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
	for i, w := range words {
		if v, ok := versionAt(words, i); ok {
			vs |= versionBit(v)
		}
		remaster = remaster || w == "remastered" || w == "remaster"
	}
	if vs == 0 {
		return 0, false
	}
	var info []string
	for i, w := range words {
		if _, ok := versionAt(words, i); ok && !alteredAudio[w] && !renditionWords[w] && w != "box" || versionFillers[w] || infoStopwords[w] || noiseWords[w] || remaster && isYear(w) {
			continue
		}
		if isParticle(words, i) {
			continue // the "up" of "sped up", the "down" of "slowed down"
		}
		info = append(info, w)
	}
	if len(info) > maxInfoWords {
		return 0, false
	}
	info = contestInfo(info)
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
	if _, ok := versionAt(words, 0); ok {
		switch w := words[1]; {
		case liveVenueMarkers[w] || w == "by":
			return true
		case known && (w == "in" || w == "on"):
			return true
		}
	}
	found := false
	for i, w := range words {
		if _, ok := versionAt(words, i); ok && !renditionWords[w] && w != "box" {
			found = true
		} else if !versionFillers[w] && !isParticle(words, i) {
			return false
		}
	}
	return found
}

// versionBit is the bit of v in a version set.
func versionBit(v Version) uint32 {
	return 1 << slices.Index(Versions, v)
}

// catalogueNumber reports whether words are a label and its catalogue
// number, as old records are listed: "(Silvertone 3003)", "- RCA 18415".
// The number has four to six digits and is no year; the word before it
// does not number a composition (workNumberWords: "Op. 1234").
func catalogueNumber(words []string) bool {
	if len(words) != 2 || isNumber(words[0]) || workNumberWords[words[0]] {
		return false
	}
	n := words[1]
	return len(n) >= 4 && len(n) <= 6 && isNumber(n) && !isYear(n)
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
	if len(words) == 0 {
		return "", false
	}
	if catalogueNumber(words) {
		return "catalogue_number", true
	}
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

// IsNoise reports whether words, folded and split as the normalizer splits
// them, say nothing but noise phrases and numbers ("lyrics", "official
// audio 2019"): nothing that tells one recording from another.
func IsNoise(words []string) bool {
	_, noise := coveredByNoise(words)
	return noise
}

// IsListing reports whether words, folded and split as the normalizer
// splits them, say what kind of song an upload is rather than who made it
// ("Latest Punjabi Songs 2018", "Full Video Song"; see isListing).
func IsListing(words []string) bool {
	return isListing(words)
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
			p.pattern("emoji")
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
				p.pattern("hashtag")
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

// dropTags removes the tag groups in sp.
func (p *parser) dropTags(sp span) {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; it.kind == kOpen && it.tag && it.pair > int32(k) {
			p.kill(k, int(it.pair))
			p.pattern("tag_brackets")
			k = int(it.pair)
		}
	}
}
