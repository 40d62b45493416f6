package title

import (
	"slices"
	"strings"
)

// Credits that name their roles: "Track | Film | Singer: A, B | Music: C |
// Lyrics: D", "Bhajan – Track || Singer - A", "Singers: A, B | Music: C |
// Track". A segment between bars that opens with a role says what its
// names did: the singers are the artists; the composers, lyricists, cast,
// film and label are not (role_credits).

// singerRoles are the words that credit the voices of a song, in English
// and in romanized Hindi and Punjabi ("gayak", "gayika").
var singerRoles = wordSet("singer", "singers", "vocals", "vocal", "vocalist", "vocalists",
	"voice", "voices", "sung", "playback", "gayak", "gayika", "gaayak", "gayaka")

// vocalRoles are the singer roles that credit a guest's voice on a track
// of another's: "Chris Botti - Time to Say Goodbye - Vocals: Katharine
// McPhee" names the artist before the track, not a film after it.
var vocalRoles = wordSet("vocal", "vocals", "vocalist", "vocalists")

// creditRoles are the words that credit everything else an Indian or
// other film or label upload names: music and its composer, the words,
// the cast, the film, the label, the crew; in English and in romanized
// Hindi, Punjabi, Tamil and Telugu ("sangeet", "geetkar", "isai",
// "sahityam").
var creditRoles = wordSet(
	"music", "composer", "composers", "composed", "composition", "lyrics", "lyric",
	"lyricist", "lyricists", "written", "writer", "writers", "starring", "starcast", "cast",
	"actor", "actors", "actress", "director", "directed", "direction", "dop",
	"cinematography", "film", "movie", "album", "label", "producer", "producers",
	"produced", "choreographer", "choreography", "editor", "edited", "arranger",
	"arranged", "programmed", "mastered", "sangeet", "sangeetham", "sangeetha",
	"geetkar", "lekhak", "isai", "varigal", "sahityam", "sahitya", "banner")

// roleJoiners join role words in a segment's role ("Music & Lyrics",
// "Music by").
var roleJoiners = wordSet("and", "by")

// Roles of a segment of credits (see creditRoleMarked).
const (
	roleNone = iota
	roleSinger
	roleVocals // a singer role of vocalRoles words only
	roleOther
)

// creditRoleMarked reads the role a segment of credits opens with and
// returns it with the names that follow. The role is one role word or
// more (see singerRoles, creditRoles), joined by "&", "/", "and" or "by",
// then a colon or a dash ("Singer: A", "Music Director - C"); or it ends
// in "by" ("Sung by A", "Lyrics by D"); or it is "Starring" or
// "Singer(s)" alone before the names. "Lyrics - X" is no role: a lyric
// upload writes its artist so. The names must read as a list of names
// (see nameList). strict, for a part between dashes or a title's first
// segment, takes only a role that a colon or "by" ends, a dash being the
// title's own separator ("Track - Singer - A" is three parts, "Vocal -
// Pet Shop Boys" a track and its artist).
func (p *parser) creditRoleMarked(seg span, strict bool) (role int, names span) {
	singer, voice, other, n := false, false, false, 0
	last := ""
	k := seg.lo
lead:
	for ; k < seg.hi; k++ {
		it := &p.items[k]
		if it.dead {
			continue
		}
		if it.kind == kAmp || it.kind == kSlash {
			if n == 0 {
				return roleNone, span{}
			}
			continue
		}
		if it.kind != kWord {
			break
		}
		switch {
		case singerRoles[it.text]:
			singer = true
			voice = voice || !vocalRoles[it.text]
		case creditRoles[it.text]:
			other = true
		case roleJoiners[it.text] && n > 0:
		default:
			break lead
		}
		last = it.text
		n++
	}
	if !singer && !other || k >= seg.hi {
		return roleNone, span{}
	}
	switch it := &p.items[k]; {
	case it.kind == kColon:
		k++
	case it.kind == kDash && !strict && !(n == 1 && (last == "lyrics" || last == "lyric")):
		k++
	case last == "by" || !strict && n == 1 && (last == "starring" || last == "singer" || last == "singers"):
	default:
		return roleNone, span{}
	}
	names = p.trimLeft(span{k, seg.hi})
	for j := names.lo; j < names.hi; j++ {
		// "Gayak: A, Sangeet: B": the names end where another role starts.
		if kd := p.items[j].kind; (kd == kComma || kd == kAmp) && p.leadsRole(span{j + 1, names.hi}) {
			names.hi = j
			break
		}
	}
	if p.nameList(names) == 0 {
		return roleNone, span{}
	}
	switch {
	case voice:
		return roleSinger, names
	case singer:
		return roleVocals, names
	}
	return roleOther, names
}

// leadsRole reports whether sp opens with a role word and a colon or "by"
// after it (see creditRoleMarked): "Sangeet: B", "Music by B".
func (p *parser) leadsRole(sp span) bool {
	k := p.firstWord(sp)
	if k >= sp.hi || !singerRoles[p.items[k].text] && !creditRoles[p.items[k].text] {
		return false
	}
	for k++; k < sp.hi && p.items[k].kind == kWord; k++ {
		if w := p.items[k].text; w == "by" {
			return true
		} else if !singerRoles[w] && !creditRoles[w] && !roleJoiners[w] {
			return false
		}
	}
	return k < sp.hi && p.items[k].kind == kColon
}

// roleCredits reads sp, a title cut by top-level bars, as a list of
// credits that names roles (see creditRoleMarked): the track is the first
// segment that names no role and is not noise, a listing or a number,
// and the names of the first singers' segment are the artists, kept in
// pipeTail. When the track's segment is "A - B" and a singer is named,
// the part that names the singers or describes the upload ("Saraswati
// Puja Special Song – Track") goes, else the part after the dash, the
// film's name (see filmCredit). It returns the track's span, or false
// when no segment names a role.
func (p *parser) roleCredits(sp span) (span, bool) {
	var track, singers span
	roles := false
	for lo := sp.lo; lo <= sp.hi; {
		k := p.pipeEnd(lo, sp.hi)
		seg := span{lo, k}
		lo = k + 1
		// The first segment is where "Track - Artist" stands: a role
		// there needs a colon or "by" ("Vocal - Pet Shop Boys | ...").
		if role, names := p.creditRoleMarked(seg, seg.lo == sp.lo); role != roleNone {
			roles = true
			if (role == roleSinger || role == roleVocals) && singers.hi == singers.lo {
				singers = names
			}
			continue
		}
		words := p.groupWords(seg.lo, seg.hi)
		if len(words) == 0 || isListing(words) || !slices.ContainsFunc(words, func(w string) bool { return !isNumber(w) }) {
			continue
		}
		if _, noise := coveredByNoise(words); noise {
			continue
		}
		if track.hi == track.lo {
			track = seg
		} else {
			p.tailVersions(seg)
		}
	}
	if !roles || track.hi == track.lo {
		return span{}, false
	}
	p.pattern("role_credits")
	if singers.hi > singers.lo {
		p.pipeTail = singers
		track = p.roleTrack(track, singers)
	}
	return track, true
}

// roleTrack returns the track of a segment "A - B" credited to singers
// (see roleCredits), or seg when it has no one dash. A side whose words
// run in the singers' names is the artist ("Ed Sheeran - Perfect - Sung by
// Ed Sheeran & Beyonce").
func (p *parser) roleTrack(seg, singers span) span {
	dash := -1
	for k := seg.lo; k < seg.hi; k++ {
		k = p.skipGroup(k)
		if isSeparator(&p.items[k]) {
			if p.items[k].kind != kDash || dash >= 0 {
				return seg
			}
			dash = k
		}
	}
	if dash < 0 {
		return seg
	}
	left, right := span{seg.lo, dash}, span{dash + 1, seg.hi}
	if !p.hasWord(left) || !p.hasWord(right) {
		return seg
	}
	p.idx = p.wordIndexesTo(p.idx[:0], singers)
	switch {
	case p.namesRun(p.idx, left):
		return right
	case p.namesRun(p.idx, right):
		return left
	}
	for _, w := range p.groupWords(left.lo, left.hi) {
		if w == "song" || w == "songs" || w == "bhajan" {
			return right
		}
	}
	return left
}

// roleParts cuts the credits off a title whose last dash parts name roles
// (see creditRoleMarked): "Hanuman Chalisa - Singer: Hariharan - Music:
// Lalit Sen". From the first part after the first that opens with a role,
// every part must, and all of them go; the singers the first singers'
// part names are the artists (a guest's vocals, see vocalRoles, are not:
// the parts before are read as any title is), kept in pipeTail when no "| X" tail named
// one, and the track is read from the parts before as roleTrack reads it
// (role_credits). It returns sp without the credits, or sp.
func (p *parser) roleParts(sp span) span {
	cut := -1
	var singers span
	for k := p.dashEnd(p.firstWord(sp), sp.hi); k < sp.hi; {
		end := p.dashEnd(k+1, sp.hi)
		role, names := p.creditRoleMarked(span{k + 1, end}, true)
		switch {
		case role == roleNone && cut >= 0:
			return sp // "Track - Music: A - Remix": more than credits
		case role == roleSinger && singers.hi == singers.lo:
			singers = names
			fallthrough
		case role != roleNone && cut < 0:
			if cut < 0 {
				cut = k
			}
		}
		k = end
	}
	if cut < 0 {
		return sp
	}
	p.pattern("role_credits")
	if singers.hi > singers.lo && p.pipeTail.hi == 0 && p.tail.hi == 0 {
		p.pipeTail = singers
		return p.roleTrack(span{sp.lo, cut}, singers)
	}
	return span{sp.lo, cut}
}

// namesRun reports whether the words of sp, one or more, are a run of the
// words at idx: "Ed Sheeran" in "Ed Sheeran & Beyonce".
func (p *parser) namesRun(idx []int, sp span) bool {
	if !p.hasWord(sp) {
		return false
	}
	for i := range idx {
		j := i
		for k := sp.lo; k < sp.hi; k++ {
			k = p.skipGroup(k)
			if it := &p.items[k]; it.kind == kWord && !it.dead {
				if j == len(idx) || p.items[idx[j]].text != it.text {
					j = -1
					break
				}
				j++
			}
		}
		if j >= 0 {
			return true
		}
	}
	return false
}

// sungBy reads the singers a bracket group credits ("(Sung by A)",
// "(Singer: A)", see creditRoleMarked) beside the artists the title names
// (sung_by_credit). A singer who is none of the artists nor featured is
// another performer, a version qualifier as a cover's performer is: the
// upload is no record of the artists' own without a curator ("Adele -
// Hello (Sung by Jane Doe)", "Queen - Bohemian Rhapsody (Singer: Marc
// Martel)", "Lata Mangeshkar - Lag Ja Gale (Sung by Shreya Ghoshal)").
// When the uploading channel is that singer's, the upload is the singer's
// cover. A guest's vocals ("(Vocals by Romanthony)", see vocalRoles) are
// on the artists' own record, and singers a title naming no artist
// credits are its artists (byArtist).
func (p *parser) sungBy(artists [][]string) {
	if len(p.singers) == 0 || len(artists) == 0 {
		return
	}
	for _, singer := range p.singers {
		if sharesWord(singer, artists) || sharesWord(singer, p.featured) {
			continue
		}
		p.info = append(p.info, strings.Join(singer, " "))
		if p.channel.matches(compactKey(strings.Join(singer, ""))) {
			p.versions |= versionBit(VersionCover)
		}
		p.pattern("sung_by_credit")
	}
}

// sharesWord reports whether the name holds a word of one of names.
func sharesWord(name []string, names [][]string) bool {
	for _, w := range name {
		for _, n := range names {
			if slices.Contains(n, w) {
				return true
			}
		}
	}
	return false
}
