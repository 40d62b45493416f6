package title

import (
	"strings"
	"unicode"
)

// Credit-list layouts (credit_list_layout): the ways Indian film songs,
// K-drama OSTs and label channels lay out an upload's credits around the
// track, "Track - Film | Singer, Singer | Composer", "Film Official Video
// Song | Track | Cast | Director | Composer", "Track Full Video Song - Film
// Video Songs - Actor, Actress". The film and the cast are the upload's
// context, never its artist; neither is the uploader, a label or a film's
// producer, when it signs the list.

// filmSongWords are the words between "official" and "song" in a film's
// head ("Aadu 2 Official 4K Video Song").
var filmSongWords = wordSet("video", "audio", "full", "hd", "4k", "lyric", "lyrical")

// isFilmSongHead reports whether words name a film's official song, not a
// track: a name, then "official", then nothing but filmSongWords, then
// "song" ("Aadhi Official Video Song", "Aadu 2 Official 4K Video Song",
// "Eeda Official Song").
func isFilmSongHead(words []string) bool {
	n := len(words)
	if n < 3 || words[n-1] != "song" {
		return false
	}
	for i := n - 2; i >= 1; i-- {
		switch w := words[i]; {
		case w == "official":
			return true
		case !filmSongWords[w]:
			return false
		}
	}
	return false
}

// filmSongHead reads a title whose head before the first bar names a
// film's official song (see isFilmSongHead) and the track after it: "Aadhi
// Official Video Song | Sooryane | Pranav Mohanlal | Jeethu Joseph", "Eeda
// Official Song - Mizhi Niranju | Shane Nigam | Nimisha Sajayan". The
// track is the part after the head's one dash, else the first segment of
// the tail; the film goes, and the segments after the track are credits
// of the cast and crew that name no artist. It returns the track, or
// false.
func (p *parser) filmSongHead(head, tail span) (span, bool) {
	if len(p.caller.keys) > 0 {
		return span{}, false
	}
	film, track := head, span{tail.lo, p.pipeEnd(tail.lo, tail.hi)}
	if dash := p.dashEnd(head.lo, head.hi); dash < head.hi {
		if p.dashEnd(dash+1, head.hi) < head.hi {
			return span{}, false
		}
		film, track = span{head.lo, dash}, span{dash + 1, head.hi}
	}
	if !isFilmSongHead(p.groupWords(film.lo, film.hi)) || !p.hasWord(track) || p.hasSeparator(track) {
		return span{}, false
	}
	words := p.groupWords(track.lo, track.hi)
	if _, noise := coveredByNoise(words); noise || isListing(words) {
		return span{}, false
	}
	p.kill(film.lo, film.hi-1)
	p.pattern("film_song_head")
	p.creditListLayout()
	return track, true
}

// creditListLayout records that the title lays out a film's or a label's
// credits: the channel that uploaded it is not its artist.
func (p *parser) creditListLayout() {
	p.filmLayout = true
	p.pattern("credit_list_layout")
}

// maxDescriptionWords bounds the words that describe a song after its
// singer's "का" in a label's head: "New Year Song", "Super Hit New Year
// Song", "पहला देसी फागुण गीत" (first desi Phagun song).
const maxDescriptionWords = 6

// songWords end a description of a song: "song", and Hindi "गीत" (geet).
var songWords = wordSet("song", "गीत")

// newSongPhrase are the words that make "new song" a phrase of a title
// ("My Brand New Song", "A Whole New Song"), not a singer's new song.
var newSongPhrase = wordSet("brand", "whole", "all", "a", "another", "my", "your", "our", "the", "this")

// songDescription reads a head that describes the song by its singer
// instead of naming it, before a dash or a bar and the track:
// "Gajendra Ajmera New Song - मामी नान्दा | Cast | ...", "Khesari Lal का
// New Year Song - Track", "गजेंद्र अजमेरा का पहला देसी फागुण गीत 2018 |
// Track | Full Video" (Hindi का: the singer's). The singer is a name of
// two words or more, then "का" and a description, or "new song" ("होली
// का सबसे हिट Song", Holi's biggest hit, names an occasion of one word);
// the description ends in "song" or "गीत" (a year aside) and has at most
// maxDescriptionWords words. A head that opens with a "#" takes the name
// after it. It keeps the singer aside as the artist (pipeTail) and returns
// the part after the head up to the next dash or bar as the track, or sp.
func (p *parser) songDescription(sp span) span {
	if len(p.caller.keys) > 0 {
		return sp
	}
	sep := -1
	lo := sp.lo
	for k := sp.lo; k < sp.hi && sep < 0; k++ {
		k = p.skipGroup(k)
		switch it := &p.items[k]; {
		case it.kind == kDash || it.kind == kPipe:
			sep = k
		case isSeparator(it):
			return sp
		case it.kind == kPunct && it.text == "#":
			lo = k + 1
		}
	}
	if sep < 0 {
		return sp
	}
	var buf [16]int
	idx := p.wordIndexesTo(buf[:0], span{lo, sep})
	n := len(idx)
	if n > 0 && isYear(p.items[idx[n-1]].text) {
		n--
	}
	if n < 4 || !songWords[p.items[idx[n-1]].text] {
		return sp
	}
	marker := -1
	for i := 2; i < n-1 && marker < 0; i++ {
		switch w := p.items[idx[i]].text; {
		case w == "का" && n-1-i <= maxDescriptionWords:
			marker = i
		case w == "new" && i == n-2 && !newSongPhrase[p.items[idx[i-1]].text]:
			marker = i
		}
	}
	if marker < 0 {
		return sp
	}
	track := span{sep + 1, p.partEnd(sep+1, sp.hi, kDash, kPipe)}
	if !p.hasWord(track) {
		return sp
	}
	if _, noise := coveredByNoise(p.groupWords(track.lo, track.hi)); noise {
		return sp
	}
	p.kill(idx[marker], sep)
	p.pipeTail = span{lo, idx[marker]}
	p.pattern("song_description")
	p.creditListLayout()
	return track
}

// filmWords end a segment that names a film's songs or the film as such,
// not the film's name alone ("Naa Peru Surya Naa illu India Songs").
var filmWords = wordSet("song", "songs", "movie", "film", "ost", "album")

// pipeFilmCredit reads "Track | Film | Singer & Singer", the layout of
// filmCredit with a bar for the dash: "Apna Time Aayega | Gully Boy |
// Ranveer Singh & DIVINE", "Maadu Meikkum Kanne | Vande Guru Paramparaam
// | Paavani Cotah & Sooryanarayanan". The tail is two segments: the film,
// one name of one to four words that says nothing of songs, and last a
// list of two names or more, the singers. The head is a track with no
// separator, no guest and no noise group ("Track (Full Video) | Singer |
// ..." is a label's list). It returns the singers, or an empty span.
func (p *parser) pipeFilmCredit(head, tail span, pipe int) span {
	if len(p.caller.keys) > 0 || p.items[pipe].afterNoise || p.hasSeparator(head) || p.featMarker(head, false) >= 0 || p.pipes(tail) != 1 {
		return span{}
	}
	mid := p.pipeEnd(tail.lo, tail.hi)
	film, singers := span{tail.lo, mid}, span{mid + 1, tail.hi}
	words := p.groupWords(film.lo, film.hi)
	if len(words) == 0 || filmWords[words[len(words)-1]] || isListing(words) || p.nameList(film) != 1 {
		return span{}
	}
	if _, noise := coveredByNoise(words); noise {
		return span{}
	}
	if p.nameList(singers) < 2 {
		return span{}
	}
	return singers
}

// singerFilmTail reads "Track - Singer | Film", the film song's layout
// with its singers before the film: "तुम ही हो - अरिजीत सिंह | आशिकी 2",
// "Mere Sapno Ki Rani - Kishore Kumar | Aradhana", "छैयां छैयां - सुखविंदर
// सिंह, सपना अवस्थी | दिल से" (credit_list_layout). The head has one dash
// and no group; after it a list of names, the singers; the tail one
// segment, the film, of one to five words that say nothing of songs. The
// singers say they are people, not the track of "Artist - Track | Album":
// a list of two names or more, or, on a label's channel, one name of two
// words or more in an Indic script (see indicName) after a track of two
// words or more and no shorter than the name, or one Indic name shorter than the track (see
// shortIndicSinger): a label's "Taylor Swift - Love Story | Fearless"
// keeps its artist. It returns the dash that ends the track and the
// singers, or an empty span.
func (p *parser) singerFilmTail(head, tail span) (dash int, singers span) {
	if len(p.caller.keys) > 0 || p.featMarker(head, false) >= 0 || p.pipes(tail) != 0 {
		return 0, span{}
	}
	dash = -1
	for k := head.lo; k < head.hi; k++ {
		if it := &p.items[k]; it.kind == kOpen || it.afterNoise {
			return 0, span{}
		} else if isSeparator(it) {
			if it.kind != kDash || dash >= 0 {
				return 0, span{}
			}
			dash = k
		}
	}
	if dash < 0 {
		return 0, span{}
	}
	track, singers := span{head.lo, dash}, span{dash + 1, head.hi}
	words := p.groupWords(track.lo, track.hi)
	trackWords := len(words)
	for _, w := range words {
		if w == "song" || w == "songs" || w == "video" || w == "official" {
			return 0, span{}
		}
	}
	film := p.groupWords(tail.lo, tail.hi)
	if len(film) == 0 || len(film) > 5 || filmWords[film[len(film)-1]] || isListing(film) || p.hasSeparator(tail) {
		return 0, span{}
	}
	for _, w := range film {
		if _, ok := versionWords[w]; ok || labelWords[w] || featMarkers[w] || w == "video" {
			return 0, span{}
		}
	}
	if _, noise := coveredByNoise(film); noise {
		return 0, span{}
	}
	n := p.nameList(singers)
	if n == 0 || trackWords == 0 {
		return 0, span{}
	}
	if n == 1 {
		if p.shortIndicSinger(trackWords, singers) {
			p.pattern("short_indic_singer")
		} else if name := p.groupWords(singers.lo, singers.hi); !(p.channelLabel && trackWords >= 2 && indicName(name)) {
			return 0, span{}
		} else if len(name) > trackWords {
			// "किशोर कुमार - रूप तेरा मस्ताना | आराधना" (singer_first_film):
			// a name is no longer than a line of a song, so a longer
			// part after the dash is the track and the singer comes first.
			p.pattern("singer_first_film")
			return 0, span{}
		}
	}
	return dash, singers
}

// shortIndicSinger reports whether one name after the dash of "Track -
// Singer | Film" on a label's channel is the singer because it is written
// in an Indic script and has fewer words than the track before it
// (short_indic_singer): "मेरा जूता है जापानी - मुकेश | श्री 420", "कभी कभी
// मेरे दिल में - मुकेश | कभी कभी", "लग जा गले - लता मंगेशकर | वो कौन थी". A
// name is shorter than a line of a song; "मुकेश - कभी कभी मेरे दिल में |
// कभी कभी", the artist first, keeps its reading.
func (p *parser) shortIndicSinger(trackWords int, singers span) bool {
	if !p.channelLabel {
		return false
	}
	name := p.groupWords(singers.lo, singers.hi)
	return len(name) < trackWords && indicWords(name)
}

// indicScripts are the scripts India's film songs are written in.
var indicScripts = []*unicode.RangeTable{
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam,
}

// indicName reports whether words are a name of two words or more written
// in an Indic script: "अरिजीत सिंह", "लता मंगेशकर".
func indicName(words []string) bool {
	return len(words) >= 2 && indicWords(words)
}

// indicWords reports whether every word of words is written in an Indic
// script.
func indicWords(words []string) bool {
	for _, w := range words {
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.In(r, indicScripts...) }) {
			return false
		}
	}
	return len(words) > 0
}
