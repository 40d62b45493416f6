package title

import (
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/reading"
)

// Aliases: one name written in two scripts. Many uploads name an artist or
// a track twice, once in Latin letters and once in the artist's own script
// ("EXO (엑소)", "林俊傑 JJ Lin", a channel "張學友 Jacky Cheung Official",
// "사건의 지평선 (Event Horizon)"). The normalizer keeps the Latin side and
// records the pair; LearnAliases says which pairs are worth learning, and
// a catalogue that has seen a pair often enough lets a title written in
// one script meet a song written in the other (see Title.Aliases).

// AliasKind says what an alias names.
type AliasKind string

// The kinds of aliases. Their values are stable: they are stored and
// appear in the API.
const (
	AliasArtist AliasKind = "artist"
	AliasTrack  AliasKind = "track"
)

// AliasPair is one name written in two scripts by one title: Latin in
// Latin letters, Other in another script, both normalized.
type AliasPair struct {
	Kind  AliasKind
	Latin string
	Other string
	// Official reports that the title came from a channel whose artist is
	// certain (an artist's "- Topic" or VEVO channel).
	Official bool
}

// Alias is a name of a title known under another spelling: Name as the
// title writes it (an artist of Artists, or Track), Other as the catalogue
// has also seen it, learned from Titles titles.
type Alias struct {
	Kind   AliasKind
	Name   string
	Other  string
	Titles int
}

// Limits of a learned name: a longer "name" is a sentence, a translation of
// a description rather than a name.
const (
	maxAliasArtistWords = 4
	maxAliasTrackWords  = 8
	maxAliasBytes       = 120
)

// pairSource says which part of the input a recorded pair came from.
type pairSource uint8

const (
	pairFromTitle pairSource = iota
	pairFromChannel
)

// rawPair is a pair as the parser met it, before the title is read.
type rawPair struct {
	kind         AliasKind
	latin, other string
	from         pairSource
}

// recordPair notes a name written in two scripts, latin and other being
// the words of each side.
func (p *parser) recordPair(kind AliasKind, latin, other []string) {
	if len(latin) == 0 || len(other) == 0 {
		return
	}
	p.pairs = append(p.pairs, rawPair{kind: kind, latin: strings.Join(latin, " "), other: strings.Join(other, " "), from: p.pairFrom})
}

// scriptPairs keeps the recorded pairs that name what the title was read
// as: an artist pair whose Latin side is one of its artists, a channel's
// pair when the channel is the artist's own and one side is the title's
// artist (or the title names none), a track pair whose Latin side is the
// track. A featured artist's pair, or one from a reading of the title that
// was given up, is dropped.
func (p *parser) scriptPairs(t *Title) []AliasPair {
	var out []AliasPair
	for _, r := range p.pairs {
		keep := false
		switch {
		case r.kind == AliasTrack:
			keep = r.latin == t.Track
		case r.from == pairFromChannel:
			keep = p.channelArtist && (len(t.Artists) == 0 || slices.Contains(t.Artists, r.latin) || slices.Contains(t.Artists, r.other))
		default:
			keep = slices.Contains(t.Artists, r.latin)
		}
		pair := AliasPair{Kind: r.kind, Latin: r.latin, Other: r.other, Official: t.ArtistSource == ArtistFromTopic}
		if keep && !slices.Contains(out, pair) {
			out = append(out, pair)
		}
	}
	return out
}

// AliasFold returns the form an alias's name is counted and looked up in:
// folded as titles are (Fold: width, case, accents) with its Han
// characters simplified (reading.Simplified), so that 林俊傑 and 林俊杰,
// one name in two forms of its script, are one key.
func AliasFold(name string) string { return reading.Simplified(Fold(name)) }

// LearnAliases returns the pairs of t worth learning as aliases: names in
// two scripts whose Latin side is not simply the reading of the other
// (태연 / TAEYEON, 엑소 / EXO already meet through their readings: see
// package reading), of at most four words for an artist and eight for a
// track, with a letter on each side; each side in its AliasFold form. Learning costs nothing for a title in
// one script: it has no pairs.
func LearnAliases(t Title) []AliasPair {
	if len(t.ScriptPairs) == 0 {
		return nil
	}
	var out []AliasPair
	var hint reading.Hint
	hinted := false
	for _, pr := range t.ScriptPairs {
		maxWords := maxAliasArtistWords
		if pr.Kind == AliasTrack {
			maxWords = maxAliasTrackWords
		}
		lw, ow := strings.Fields(pr.Latin), strings.Fields(pr.Other)
		if len(lw) > maxWords || len(ow) > maxWords || len(pr.Latin) > maxAliasBytes || len(pr.Other) > maxAliasBytes ||
			!hasLetter(pr.Latin) || !reading.Needed(pr.Other) || !allLatin(lw) {
			continue
		}
		if !hinted {
			hint, hinted = reading.Detect(Fold(t.Raw)), true
		}
		if readsAs(pr.Other, pr.Latin, hint) || !latinNameLike(pr.Latin) || !nameLike(pr.Other) {
			continue
		}
		pr.Latin, pr.Other = AliasFold(pr.Latin), AliasFold(pr.Other)
		// A title and its channel may write one pair in two forms of a
		// script (林俊杰 and 林俊傑): one pair once, official if either is.
		if i := slices.IndexFunc(out, func(q AliasPair) bool { return q.Kind == pr.Kind && q.Latin == pr.Latin && q.Other == pr.Other }); i >= 0 {
			out[i].Official = out[i].Official || pr.Official
			continue
		}
		out = append(out, pr)
	}
	// One title, one spelling of a name: a title that pairs a name with
	// two others ("BTS (防弾少年団) '血、汗、涙 - Japanese ver.'" read as two
	// artists) has misread one, and which one cannot be told.
	return slices.DeleteFunc(out, func(p AliasPair) bool {
		return slices.ContainsFunc(out, func(q AliasPair) bool {
			return q.Kind == p.Kind && (q.Latin == p.Latin) != (q.Other == p.Other)
		})
	})
}

// latinNameLike reports whether the Latin side of a pair reads as a name,
// not as a version or noise, even in brackets after a track ("Кино Live":
// the channel's "live" is no spelling of кино).
func latinNameLike(s string) bool {
	t := Normalize(Input{Title: "a - b (" + s + ")"})
	return len(t.Versions) == 0 && len(t.VersionInfo) == 0 && len(t.TrackTokens) > 1
}

// nameLike reports whether a side of a pair in another script reads as a
// name, not as a version or noise.
func nameLike(s string) bool {
	t := Normalize(Input{Title: s})
	return len(t.Versions) == 0 && len(t.TrackTokens) > 0
}

// readsAs reports whether the reading of other spells latin, as the
// similarity would match them (reading.Loose, and reading.Popular for
// Korean).
func readsAs(other, latin string, h reading.Hint) bool {
	var b strings.Builder
	for _, w := range strings.Fields(other) {
		r, ok := reading.Of(w, h)
		if !ok {
			r = w
		}
		b.WriteString(strings.ReplaceAll(r, " ", ""))
	}
	read, spelled := b.String(), strings.ReplaceAll(latin, " ", "")
	if reading.Loose(read) == reading.Loose(spelled) {
		return true
	}
	return reading.Hangul(strings.ReplaceAll(other, " ", "")) && reading.Popular(read) == reading.Popular(spelled)
}

func hasLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' })
}
