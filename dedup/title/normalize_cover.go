package title

import "strings"

// A cover that names its performer after "cover by" or "covered by" is
// that performer's recording (category cover_by_performer): "pink - f**kin
// perfect ( cover by caitlin hart )", "adele - skyfall - official music
// video - cover by corey gray", "Song | Acoustic Cover by X". The performer
// is the title's artist, and the act the title names beside the song is
// the original's, the cover's qualifier, as "Caitlin Hart - F**kin Perfect
// (P!nk Cover)" writes it. "Artist - Song (Name Cover)" is left as read:
// titles write the performer there as often as the original act; so is
// "Song - Cover by X", two parts with no original act beside X, which
// writes the song's own artist as often as a performer.

// maxCoverByWords bounds the performer named after "cover by": longer,
// the words say more than a name ("cover by my little sister and me").
const maxCoverByWords = 4

// coverByNonNames are words after "cover by" that name nobody the
// catalogue can know: the uploader speaking of themselves.
var coverByNonNames = wordSet("me", "myself", "us", "you", "him", "her", "them", "my", "our", "request")

// coverNotSung are words before the cover word that make the "by" name
// someone other than the cover's performer: the artwork of a release
// ("album cover by X" names its designer) or a voice model ("AI cover by
// X" imitates X, who never recorded it).
var coverNotSung = wordSet("album", "single", "ep", "lp", "mixtape", "ai")

// CoverNotSung reports whether w, the word before a cover word, makes the
// name after "cover by" someone other than the cover's performer ("album
// cover by X", "AI cover by X").
func CoverNotSung(w string) bool { return coverNotSung[w] }

// noteCoverBy records the performer that sp, a bracket group's inside, a
// trailing dash part or a tail segment, names after a cover word and
// "by", when the name runs to the end of sp: one to four words, none a
// version word, a word of place or time ("at", "in", "live") or noise,
// and the cover word not one of a release's artwork or a voice model (see
// coverNotSung). Only the first such performer of a title counts.
func (p *parser) noteCoverBy(sp span) {
	if p.coverBy != nil {
		return
	}
	before, prev := "", ""
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.dead || it.kind != kWord {
			continue
		}
		if it.text == "by" && prev != "" {
			if v, ok := versionWords[prev]; ok && v == VersionCover && !coverNotSung[before] && p.coverByName(span{k + 1, sp.hi}) {
				p.coverBy = p.artistList(span{k + 1, sp.hi})
			}
			return
		}
		before, prev = prev, it.text
	}
}

// coverByName reports whether sp holds a performer's name alone (see
// noteCoverBy).
func (p *parser) coverByName(sp span) bool {
	n := 0
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.dead || it.kind != kWord {
			continue
		}
		w := it.text
		if _, version := versionWords[w]; version || infoStopwords[w] || noiseWords[w] || coverByNonNames[w] {
			return false
		}
		n++
	}
	return n > 0 && n <= maxCoverByWords
}

// coverPerformer makes the performer a cover names after "cover by" the
// artist of a title whose artists it read from the title, or of one that
// names none (cover_by_performer): the artists read become the cover's
// qualifier in the performer's place. A title whose artist is the
// performer already is left as read.
func (p *parser) coverPerformer(artists [][]string) [][]string {
	if p.coverBy == nil || len(p.caller.artists) > 0 || len(artists) == 0 && p.channelSure {
		return artists
	}
	performer := strings.Join(flatten(p.coverBy), " ")
	original := strings.Join(flatten(artists), " ")
	if performer == original {
		return artists
	}
	kept := p.info[:0]
	for _, q := range p.info {
		if q != performer {
			kept = append(kept, q)
		}
	}
	p.info = kept
	if original != "" {
		p.info = append(p.info, original)
	}
	p.pattern("cover_by_performer")
	return p.coverBy
}

// flatten lists the words of a list of names in order.
func flatten(names [][]string) []string {
	var out []string
	for _, n := range names {
		out = append(out, n...)
	}
	return out
}
