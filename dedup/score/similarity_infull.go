package score

import (
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// minInFullWords is the fewest words, articles and "and" aside, of the
// named side's track that namedInFull takes as a title of its own: a
// track of one or two words is as often the start or the end of a longer
// title ("Going Home" in "Hold On, We're Going Home", "Let It Be" in "Let
// It Be Me").
const minInFullWords = 3

// namedInFull reports whether q names an artist, p names none, and p's
// title holds q's whole artist and q's whole track of minInFullWords words
// or more, each as one run of words, beside words of its own that only
// credit, date or file the upload: a singer, a composer, an album, a year
// or a remark ("dinner for one please james ray noble al bowlly" against
// Ray Noble's "Dinner for One, Please, James", "lets put
// out the lights ( rudy vallee , 1932 )" against Rudy Vallée's record,
// "vikingarna kramgoa latar 06 13 sail along silvery moon" against
// Vikingarna's).
// An upload with no separator writes the artist and the title so, and a
// curator merges it at a glance (named_in_full). Not when a word of p's own
// is a version word, a word that names another track or kind of upload
// ("medley", "reaction"), a number other than a year or an album's or
// track's number before the track (see ownNumber), or a credit
// connector ("with", "feat", "x"; "by" before the artist aside), nor when p's raw title joins names or
// titles with "&", "/" or "+" that q's does not have: another recording,
// a duet or a medley. Nor when the words of p's own extend the track (see
// apartFromTrack), when they open the title (see namedFirst), or when
// they follow the artist after the track and the artist is no band
// (see vocalistAfter).
func namedInFull(p *side, pph []phase, q *side, qph []phase, qsim []float64) bool {
	if p.hasArtist() || !q.hasArtist() || q.channelArt || p.scripts || q.scripts {
		return false
	}
	for i := range q.nArt {
		tk := &q.toks[i]
		if tk.light || tk.band {
			continue
		}
		if qph[i] != phaseCross || qsim[i] < variantSim {
			return false
		}
	}
	words := 0
	for i := q.track().lo; i < q.track().hi; i++ {
		tk := &q.toks[i]
		if tk.light {
			continue
		}
		if qph[i] != phaseTrack || qsim[i] < variantSim {
			return false
		}
		words++
	}
	if words < minInFullWords {
		return false
	}
	tr := p.track()
	if !oneRun(p, pph, tr, phaseTrack) || !oneRun(p, pph, tr, phaseCross) {
		return false
	}
	if !apartFromTrack(p, pph, tr) || !namedFirst(p, pph, tr) || !vocalistAfter(p, pph, tr, q) {
		return false
	}
	for i := tr.lo; i < tr.hi; i++ {
		tk := &p.toks[i]
		if pph[i] != phaseNone {
			continue
		}
		if creditConnectors[tk.canon] && !(tk.canon == "by" && i+1 < tr.hi && pph[i+1] == phaseCross) {
			return false
		}
		if tk.light {
			continue
		}
		if tk.num && !ownNumber(p, pph, tr, i) {
			return false
		}
		if _, ok := title.VersionWord(tk.text); ok || notPerformerWord(tk.canon) {
			return false
		}
	}
	for _, j := range []string{"&", "/", "+"} {
		if strings.Contains(p.title.Raw, j) && !strings.Contains(q.title.Raw, j) && !strings.Contains(strings.Join(q.title.Artists, " "), j) {
			return false
		}
	}
	return true
}

// oneRun reports whether p's track words met in phase ph (at least one)
// stand together, with nothing between them but articles and "and".
func oneRun(p *side, pph []phase, tr tokRange, ph phase) bool {
	lo, hi := runOf(p, pph, tr, ph)
	if lo < 0 {
		return false
	}
	for i := lo; i <= hi; i++ {
		if pph[i] != ph && !p.toks[i].light {
			return false
		}
	}
	return true
}

// runOf returns the first and last of p's track words, articles and "and"
// aside, met in phase ph, or -1, -1. A light word may meet the other
// side's in either phase, wherever it stands.
func runOf(p *side, pph []phase, tr tokRange, ph phase) (lo, hi int) {
	lo, hi = -1, -1
	for i := tr.lo; i < tr.hi; i++ {
		if pph[i] == ph && !p.toks[i].light {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	return lo, hi
}

// yearWord reports whether w is a year of recorded music, 1900 to 2099.
func yearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}

// onlyYears reports whether every number of p's track that met nothing is
// one namedInFull allows (see ownNumber).
func onlyYears(p *side, pph []phase) bool {
	tr := p.track()
	for i := tr.lo; i < tr.hi; i++ {
		if tk := &p.toks[i]; tk.num && pph[i] == phaseNone && !ownNumber(p, pph, tr, i) {
			return false
		}
	}
	return true
}

// ownNumber reports whether p's track word i, a number that met nothing,
// dates or files the upload: a year anywhere, or a number of one or two
// digits before the words that met the other's track, an album's volume
// or a track's place on it ("vikingarna kramgoa latar 06 13 sail along
// silvery moon", "Greatest Hits 2 07 ...").
func ownNumber(p *side, pph []phase, tr tokRange, i int) bool {
	if yearWord(p.toks[i].text) {
		return true
	}
	lo, _ := runOf(p, pph, tr, phaseTrack)
	return len(p.toks[i].text) <= 2 && lo >= 0 && i < lo
}

// gluedVersion reports whether w is a Hangul word with "버전" or "버젼"
// (version) glued to its end, as Korean writes the version a word names
// ("꼬마버젼", a children's version; "여자버전", a woman's; "피아노버전",
// on piano; "어쿠스틱버전", acoustic): a version of its own
// (glued_version, see extraVersionWord).
func gluedVersion(w string) bool {
	for _, suffix := range []string{"버전", "버젼"} {
		if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// apartFromTrack reports whether the words of p's own, in its track tr,
// stand apart from the words that met the other's track: none right after
// them but a year ("Let It Be Me" extends "Let It Be", "Love Me Tender"
// "Love Me"), and right before them a name of two words or more rather
// than a single word ("Only Yesterday", "Somebody to Love" against "To
// Love"). Articles and "and" are skipped; "by" before the artist is no
// word of p's own.
func apartFromTrack(p *side, pph []phase, tr tokRange) bool {
	lo, hi := runOf(p, pph, tr, phaseTrack)
	own := func(i int) bool {
		tk := &p.toks[i]
		return pph[i] == phaseNone && !(tk.canon == "by" && i+1 < tr.hi && pph[i+1] == phaseCross)
	}
	for i := hi + 1; i < tr.hi; i++ {
		if p.toks[i].light {
			continue
		}
		if own(i) && !yearWord(p.toks[i].text) {
			return false
		}
		break
	}
	before := 0
	for i := lo - 1; i >= tr.lo; i-- {
		if p.toks[i].light {
			continue
		}
		if !own(i) {
			break
		}
		before++
	}
	return before != 1
}

// namedFirst reports whether p's title opens with the words that met the
// other's artist or its track, articles aside: words of p's own before
// both name whoever the upload puts first, most often its performer, and
// the other's artist after them the song's original one ("kelly clarkson
// whitney houston i will always love you", "tribute to whitney houston i
// will always love you"), or a composer ("ivor novello waltz of my heart
// vanessa lee"): a curator tells which.
func namedFirst(p *side, pph []phase, tr tokRange) bool {
	for i := tr.lo; i < tr.hi; i++ {
		if p.toks[i].light {
			continue
		}
		return pph[i] == phaseTrack || pph[i] == phaseCross
	}
	return false
}

// vocalistAfter reports whether the words of p's own that follow the
// other's artist, before the track or after it, credit that artist's
// band's singer: the other's artist names a band credit ("Ray Noble and His
// Orchestra": "dinner for one please james ray noble al bowlly", "Tommy
// Dorsey and His Orchestra": "... tommy dorsey frank sinatra"). Words after
// another artist name whoever else the upload credits, most often its own
// performer ("i will always love you whitney houston kelly clarkson",
// "adele boyce avenue someone like you"), and a curator tells. Numbers p may have (see ownNumber) do not count; it
// holds when nothing of p's own follows the artist.
func vocalistAfter(p *side, pph []phase, tr tokRange, q *side) bool {
	tlo, _ := runOf(p, pph, tr, phaseTrack)
	alo, ahi := runOf(p, pph, tr, phaseCross)
	end := tr.hi
	if alo < tlo {
		if filedBefore(p, pph, tr, tlo) {
			return true
		}
		end = tlo
	}
	after := false
	for i := ahi + 1; i < end; i++ {
		tk := &p.toks[i]
		if pph[i] == phaseNone && !tk.light && !(tk.num && ownNumber(p, pph, tr, i)) {
			after = true
		}
	}
	if !after {
		return true
	}
	for i := range q.nArt {
		if q.toks[i].band {
			return true
		}
	}
	return false
}

// filedBefore reports whether the word right before p's track run, at
// tlo, is a track's number (see ownNumber): the words between the artist
// and it then file the upload under an album ("vikingarna kramgoa latar
// 06 13 sail along silvery moon", "elvis presley 50 greatest hits 07
// return to sender"), not under another performer.
func filedBefore(p *side, pph []phase, tr tokRange, tlo int) bool {
	for i := tlo - 1; i >= tr.lo; i-- {
		tk := &p.toks[i]
		if tk.light {
			continue
		}
		return pph[i] == phaseNone && tk.num && ownNumber(p, pph, tr, i)
	}
	return false
}
