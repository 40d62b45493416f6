package score

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/title"
)

// One act of a duet. "Queen + Adam Lambert - Bohemian Rhapsody" and
// "Queen - Bohemian Rhapsody", "Frank Sinatra & Julio Iglesias - Summer
// Wind" and "Frank Sinatra - Summer Wind": the act alone and the act with
// a partner are two recordings as often as one (a live tour, a duets
// album, a re-recording), and a title that leaves the partner out scores
// near 1. When both titles name their artists and one names, joined to
// all of the other's without a comma ("&", "+"), a partner the other
// credits nowhere, a curator tells (one_of_duet). These say nothing, as
// the dev sets show one recording written so:
//   - a comma in the credit ("Kygo, Selena Gomez"): how labels write a
//     single's credits, which fans shorten;
//   - a featured credit ("ft."), left to credit_added;
//   - a record's, a channel's or a "- Topic" upload's artist: catalogues
//     name the first act only;
//   - a backing band ("Percy Faith & His Orchestra", "Ray Conniff & The
//     Singers"), which catalogues credit and fans leave out;
//   - a partner whose own channel uploads the duet ("The Chainsmokers &
//     Coldplay" on ChainsmokersVEVO against "Coldplay - Something Just
//     Like This"): a producer's upload of its singer's song, which fans
//     name by the singer;
//   - a title read the other way round ("Se Iluminaba - Ana Mena
//     (Lyrics)" against "Fred De Palma & Ana Mena - Se Iluminaba"), the
//     lyric channels' layout, which names the singer its viewers know;
//   - a lyric upload naming the duet ("Dej Loaf & Jacquees - You Belong
//     To Somebody Else Lyrics", "30 Seconds To Mars & Kanye West -
//     Hurricane (Lyrics)"): lyric channels write a featured guest as a
//     partner;
//   - durations within seconds.

// oneOfDuet reports whether p names, beside all of q's artists, a main
// artist joined without a comma whom q credits nowhere (see above).
func oneOfDuet(p, q *side) bool {
	pt, qt := p.title, q.title
	if len(pt.Artists) < 2 || len(qt.Artists) == 0 || len(qt.Artists) >= len(pt.Artists) ||
		pt.ArtistSource != title.ArtistFromTitle || qt.ArtistSource != title.ArtistFromTitle ||
		p.reread() || q.reread() || topicChannel(pt.Channel) || topicChannel(qt.Channel) || readReversed(qt) ||
		slices.Contains(pt.Patterns, "lyrics") {
		return false
	}
	for _, a := range qt.Artists {
		if !namesOne(pt.Artists, a) {
			return false
		}
	}
	if commaInCredit(pt) {
		return false
	}
	raw, channel := q.rawWords(), strings.Fields(title.Fold(qt.Channel))
	own := channelKey(pt.Channel)
	for _, a := range pt.Artists {
		if !namesOne(qt.Artists, a) && !namesOne(qt.Featured, a) && !namedIn(a, raw, channel) && !backingBand(a) && own != lettersOf(a) {
			return true
		}
	}
	return false
}

// namesOne reports whether one of names is name, letters and digits
// alone compared.
func namesOne(names []string, name string) bool {
	for _, n := range names {
		if sameLettersOf(n, name) {
			return true
		}
	}
	return false
}

// sameLettersOf reports whether two folded names hold the same letters and
// digits in order ("jay-z" and "jay z"), without building either.
func sameLettersOf(a, b string) bool {
	skip := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	i, j := 0, 0
	for {
		for i < len(a) {
			r, n := utf8.DecodeRuneInString(a[i:])
			if !skip(r) {
				break
			}
			i += n
		}
		for j < len(b) {
			r, n := utf8.DecodeRuneInString(b[j:])
			if !skip(r) {
				break
			}
			j += n
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			return false
		}
		i, j = i+na, j+nb
	}
}

// namedIn reports whether a word of name, light words aside, is among the
// raw title's words or the channel's.
func namedIn(name string, raw map[string]bool, channel []string) bool {
	for _, w := range strings.Fields(title.Fold(name)) {
		if !creditLight[w] && (raw[w] || slices.Contains(channel, w)) {
			return true
		}
	}
	return false
}

// commaInCredit reports whether a comma stands between two of t's
// artists as its raw title writes them, or their names are not found
// there in order.
func commaInCredit(t *title.Title) bool {
	f := title.Fold(t.Raw)
	from := 0
	for k, a := range t.Artists {
		name := title.Fold(a)
		i := strings.Index(f[from:], name)
		if i < 0 {
			return true
		}
		if k > 0 && strings.Contains(f[from:from+i], ",") {
			return true
		}
		from += i + len(name)
	}
	return false
}

// readReversed reports whether the normalizer read t the other way round
// ("Track - Artist (Lyrics)").
func readReversed(t *title.Title) bool {
	return slices.ContainsFunc(t.Patterns, func(p string) bool { return strings.HasPrefix(p, "reversed") })
}

// backingWords are the last words of a name that credit a performer's
// band or singers, as catalogues write it beside the performer ("Aron &
// Cool Company", "Ray Conniff & The Singers", "Ed Roland & the Sweet Tea
// Project"), besides ensembleNouns.
var backingWords = map[string]bool{"singers": true, "company": true, "project": true, "band": true, "choir": true, "chorus": true, "ensemble": true}

// backingBand reports whether name credits a performer's band rather than
// a partner: it begins with "the" or a band possessive ("his orchestra",
// "et son grand orchestre"), or ends in an ensemble noun or a backing
// word.
func backingBand(name string) bool {
	words := strings.Fields(title.Fold(name))
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	return words[0] == "the" || bandPossessives[words[0]] || bandPossessivesNoun[words[0]] ||
		ensembleNouns[last] || backingWords[last]
}
