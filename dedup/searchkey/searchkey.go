// Package searchkey answers which FULLTEXT terms stand for a title, and
// which of them a query uses (PlanQuery).
//
// The search key is the text stored in the FULLTEXT-indexed column of a song
// and the text a retrieval query is made of. One function builds both, so a
// song is always found by the terms of its own title.
//
// It must work on a stock MySQL 8 or MariaDB server, whose InnoDB FULLTEXT
// parser ignores words shorter than innodb_ft_min_token_size (3), words
// longer than innodb_ft_max_token_size (84), and the default stopwords; and
// which does not segment CJK text. So every term is plain ASCII made of
// [a-z0-9_] (underscore is a word character for InnoDB), and:
//
//   - a token of 3+ ASCII letters or digits that is no stopword is kept as is;
//
//   - a short token or a stopword gets the suffix "__" (up -> up__, the -> the__);
//
//   - a token with any other character is encoded: "x" + base32 of its UTF-8
//     bytes, or "h" + a 64-bit hash when that would be too long;
//
//   - runs of Han, kana or Hangul are cut into overlapping bigrams;
//
//   - adjacent track words also form shingles (love_you), much rarer than
//     either word alone, which is what makes titles of common words
//     findable quickly;
//
//   - a multi-word artist is also indexed as one word (taylorswift), the
//     way channel names write it (TaylorSwiftVEVO);
//
//   - each long track word also gives its consonant skeleton (sk_shds for
//     shades), which a typo usually keeps, and a track of several words
//     its track skeleton (sk_chrstms_look), as rare as its shingles;
//
//   - each artist word paired with each track word forms an anchor
//     (adele_hello): rare even when every word of the title is common, and
//     a typo in one track word leaves the other anchors intact. An anchor is
//     written like a shingle on purpose: a title that lost its artist/track
//     split ("Adele Hello") still meets the anchors of the split one.
//
//   - a title with words in another script also has the terms of its Latin
//     reading (see readingTerms), so that it meets its fans' Latin uploads;
//
//   - a title that writes a name in two scripts, whose Latin side alone the
//     normalizer keeps, also has a few terms of the other side's reading
//     (see pairTerms), so that it meets the uploads in that script.
//
// The package is pure: it imports only the standard library and packages
// title and reading.
package searchkey

import (
	"cmp"
	"encoding/base32"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// ftStopwords is InnoDB's default FULLTEXT stopword list, the same on MySQL 8
// and MariaDB 10.11 (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD).
var ftStopwords = map[string]bool{
	"a": true, "about": true, "an": true, "are": true, "as": true, "at": true,
	"be": true, "by": true, "com": true, "de": true, "en": true, "for": true,
	"from": true, "how": true, "i": true, "in": true, "is": true, "it": true,
	"la": true, "of": true, "on": true, "or": true, "that": true, "the": true,
	"this": true, "to": true, "was": true, "what": true, "when": true,
	"where": true, "who": true, "will": true, "with": true, "und": true,
	"www": true,
}

const (
	ftMinToken = 3
	// ftMaxTerm keeps every term well under innodb_ft_max_token_size (84).
	ftMaxTerm = 60
)

var termEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// Key returns the FULLTEXT search key of t: its search terms joined by
// spaces.
func Key(t title.Title) string {
	return strings.Join(Terms(t), " ")
}

// Terms returns the distinct search terms of t: artist words, track
// words (CJK runs as bigrams), featured-artist words, shingles of adjacent
// track words, and artist-track anchors, in that order.
func Terms(t title.Title) []string {
	var terms []string
	seen := make(map[string]bool, 2*(len(t.ArtistTokens)+len(t.TrackTokens)))
	add := func(term string) {
		if term != "" && !seen[term] {
			seen[term] = true
			terms = append(terms, term)
		}
	}
	for _, tok := range t.ArtistTokens {
		for _, piece := range tokenPieces(tok) {
			add(Term(piece))
		}
	}
	// A multi-word artist also counts written as one word: channels write
	// "Taylor Swift" as TaylorSwiftVEVO, which normalizes to taylorswift.
	for _, a := range t.Artists {
		if strings.Contains(a, " ") {
			add(Term(strings.ReplaceAll(a, " ", "")))
		}
	}
	for _, tok := range t.TrackTokens {
		for _, piece := range tokenPieces(tok) {
			add(Term(piece))
		}
	}
	for _, tok := range t.FeaturedTokens {
		for _, piece := range tokenPieces(tok) {
			add(Term(piece))
		}
	}
	for i := 0; i+1 < len(t.TrackTokens); i++ {
		add(shingleTerm(t.TrackTokens[i], t.TrackTokens[i+1]))
	}
	for _, a := range firstN(t.ArtistTokens, maxAnchorArtistWords) {
		for _, w := range firstN(t.TrackTokens, maxAnchorTrackWords) {
			add(shingleTerm(a, w))
		}
	}
	for _, w := range firstN(t.TrackTokens, maxAnchorTrackWords) {
		if sk := skeleton(w); sk != "" {
			add(skeletonPrefix + sk)
		}
	}
	if sk := trackSkeleton(t.TrackTokens); sk != "" {
		add(skeletonPrefix + sk)
	}
	if len(t.Readings) > 0 {
		readingTerms(t, add)
	}
	if len(t.ScriptPairs) > 0 {
		pairTerms(t, seen, add)
	}
	return terms
}

// maxPairTerms bounds the terms a title gains by the other side of the
// names it writes in two scripts (see pairTerms).
const maxPairTerms = 16

// pairTerms adds the reading terms of the other side of the names t writes
// in two scripts (ScriptPairs), which the normalizer drops for the Latin
// side: t read with each such name in its other script, as an upload
// written wholly in that script would be read. So "Kim Kwangseok - Around
// Thirty (서른 즈음에)" holds seoreun, jeueume and seoreun_jeueume, the
// reading terms of "김광석 - 서른 즈음에", and "IU(아이유) _ Good Day(좋은
// 날)" those of "아이유 - 좋은 날". The other side's own words are not
// added: a title in that script searches by its readings too (see
// PlanReadings). At most maxPairTerms terms, the words first.
func pairTerms(t title.Title, seen map[string]bool, add func(string)) {
	v := title.Title{Artists: t.Artists, ArtistTokens: t.ArtistTokens, Track: t.Track, TrackTokens: t.TrackTokens}
	for _, p := range t.ScriptPairs {
		v, _ = renamed(v, p.Kind, p.Latin, p.Other)
	}
	hint := reading.Detect(title.Fold(t.Raw))
	for _, toks := range [][]string{v.ArtistTokens, v.TrackTokens} {
		for _, tok := range toks {
			if title.IsPlainASCII(tok) {
				continue
			}
			if r, ok := reading.Of(tok, hint); ok && r != tok {
				if v.Readings == nil {
					v.Readings = make(map[string]string, 4)
				}
				v.Readings[tok] = r
			}
		}
	}
	if len(v.Readings) == 0 {
		return
	}
	n := 0
	readingTerms(v, func(term string) {
		if n < maxPairTerms && term != "" && !seen[term] {
			add(term)
			n++
		}
	})
}

// readingTerms adds the terms of t read in Latin letters, for a title with
// words in another script: each word of a reading (a Han syllable is a
// word) and its loose spelling (reading.Loose), an artist written as one
// word, shingles of adjacent track words, artist-track anchors and
// skeletons, as a Latin title of those words would have them. So
// "Кино - Группа крови" and "Kino - Gruppa Krovi" share kino, gruppa,
// kino_gruppa and gruppa_krovi, and 陳奕迅 - 十年 and "Eason Chan - Shi
// Nian" shi_nian.
func readingTerms(t title.Title, add func(string)) {
	artist := readingWords(t, t.ArtistTokens)
	track := readingWords(t, t.TrackTokens)
	for _, list := range [][]string{artist, track, readingWords(t, t.FeaturedTokens)} {
		for _, w := range list {
			add(Term(w))
			if l := reading.Loose(w); l != w && len(l) >= ftMinToken {
				add(Term(l))
			}
		}
	}
	if len(artist) > 1 {
		add(Term(strings.Join(artist, "")))
	}
	for i := 0; i+1 < len(track); i++ {
		add(shingleTerm(track[i], track[i+1]))
	}
	for _, a := range firstN(artist, maxAnchorArtistWords) {
		for _, w := range firstN(track, maxAnchorTrackWords) {
			add(shingleTerm(a, w))
		}
	}
	for _, w := range firstN(track, maxAnchorTrackWords) {
		if sk := skeleton(w); sk != "" {
			add(skeletonPrefix + sk)
		}
	}
	for _, tok := range t.TrackTokens {
		if !reading.Abjad(tok) {
			continue
		}
		// An Arabic word's reading writes no short vowels, so it is
		// shorter than the Latin spellings whose skeleton it is: نسم
		// nsm holds the skeleton of Nassam, which a word of five letters
		// or more has (arabic_skeleton).
		for _, w := range strings.Fields(t.Reading(tok)) {
			if sk := skeletonOf(w, minAbjadSkeleton); sk != "" {
				add(skeletonPrefix + sk)
			}
		}
	}
	for _, toks := range [][]string{t.ArtistTokens, t.TrackTokens} {
		for _, tok := range toks {
			if r := t.Reading(tok); r != "" {
				alternateTerms(tok, r, add)
			}
		}
	}
}

// alternateTerms adds a word's other readings (reading.Alternates, and its
// reading turned round, reading.Swapped) as one term each, as a Latin
// title writing them as one word or as a multi-word artist has them: 恋 koi
// beside its pinyin lian, 松山千春 chiharumatsuyama, 이소라 leesora.
func alternateTerms(tok, r string, add func(string)) {
	for _, alt := range reading.Alternates(tok) {
		add(Term(alt))
	}
	if sw := reading.Swapped(tok, r); sw != "" {
		add(Term(sw))
	}
}

// readingWords returns toks with each token that has a reading replaced by
// the words of its reading.
func readingWords(t title.Title, toks []string) []string {
	var out []string
	for _, tok := range toks {
		if r := t.Reading(tok); r != "" {
			out = append(out, strings.Fields(r)...)
		} else {
			out = append(out, tok)
		}
	}
	return out
}

// skeletonPrefix marks a skeleton term.
const skeletonPrefix = "sk_"

// skeleton is the typo-tolerant form of a long plain word: its first letter,
// then its consonants with repeats collapsed. The usual typos of a long
// word (a vowel dropped, doubled or swapped, a doubled consonant) keep it,
// so a title with a typo still shares a rare term with the right song:
// shades/shdaes -> shds, montormon/mntormon -> mntrmn, satellite/saatellite
// -> stlt. "" for short, non-ASCII or nearly vowel-only words.
func skeleton(w string) string { return skeletonOf(w, 5) }

// minAbjadSkeleton is the fewest letters of an Arabic word's reading that
// give it a skeleton term: its consonants, which a Latin spelling of five
// letters or more shares (see readingTerms).
const minAbjadSkeleton = 3

// skeletonOf is skeleton for a word of at least minLen letters.
func skeletonOf(w string, minLen int) string {
	if len(w) < minLen || !title.IsPlainASCII(w) {
		return ""
	}
	b := make([]byte, 0, len(w))
	b = append(b, w[0])
	for i := 1; i < len(w); i++ {
		c := w[i]
		if strings.IndexByte("aeiouy", c) >= 0 || c == b[len(b)-1] {
			continue
		}
		b = append(b, c)
	}
	if len(b) < 3 {
		return ""
	}
	return string(b)
}

// trackSkeleton is the typo-tolerant form of a track of several plain
// words: each word's skeleton, or the word itself when it has none, joined
// by underscores (chrstms_look for "christmas look"). A typo in one long
// word breaks the shingles it is part of and leaves its words common; the
// track skeleton keeps a term as rare as the shingles. "" for one word
// (its skeleton is a term already), for a word not plain ASCII, or when no
// word has a skeleton (the shingles are then as tolerant).
func trackSkeleton(words []string) string {
	if len(words) < 2 {
		return ""
	}
	parts := make([]string, len(words))
	any := false
	for i, w := range words {
		if !title.IsPlainASCII(w) {
			return ""
		}
		parts[i] = w
		if sk := skeleton(w); sk != "" {
			parts[i], any = sk, true
		}
	}
	if !any {
		return ""
	}
	s := strings.Join(parts, "_")
	if len(s)+len(skeletonPrefix) > ftMaxTerm {
		return hashTerm(s)
	}
	return s
}

// Anchors pair at most this many artist and track words, which bounds the
// terms (and term statistics rows) of one song.
const (
	maxAnchorArtistWords = 2
	maxAnchorTrackWords  = 4
)

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// Term returns the FULLTEXT term of one normalized token.
func Term(token string) string {
	if token == "" {
		return ""
	}
	if title.IsPlainASCII(token) {
		if len(token) > ftMaxTerm {
			return hashTerm(token)
		}
		if len(token) < ftMinToken || ftStopwords[token] {
			return token + "__"
		}
		return token
	}
	return encodeTerm(token)
}

// shingleTerm joins two adjacent tokens into one term.
func shingleTerm(a, b string) string {
	if title.IsPlainASCII(a) && title.IsPlainASCII(b) {
		s := a + "_" + b
		if len(s) > ftMaxTerm {
			return hashTerm(s)
		}
		return s
	}
	return encodeTerm(a + " " + b)
}

func encodeTerm(s string) string {
	enc := "x" + termEncoding.EncodeToString([]byte(s))
	if len(enc) > ftMaxTerm {
		return hashTerm(s)
	}
	return enc
}

func hashTerm(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return "h" + strconv.FormatUint(h.Sum64(), 36)
}

// tokenPieces splits a token for indexing: runs of CJK characters (Han, kana,
// Hangul), which FULLTEXT cannot segment, become overlapping bigrams; any
// other run stays whole.
func tokenPieces(tok string) []string {
	if title.IsPlainASCII(tok) || !hasCJK(tok) {
		return []string{tok}
	}
	var pieces []string
	runes := []rune(tok)
	for i := 0; i < len(runes); {
		j := i + 1
		for j < len(runes) && isCJK(runes[j]) == isCJK(runes[i]) {
			j++
		}
		run := runes[i:j]
		if isCJK(runes[i]) && len(run) > 2 {
			for k := 0; k+1 < len(run); k++ {
				pieces = append(pieces, string(run[k:k+2]))
			}
		} else {
			pieces = append(pieces, string(run))
		}
		i = j
	}
	return pieces
}

func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}

func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// PlanQuery picks the query terms of a search: the rarest first, while their
// summed document frequency stays within budget, at most max terms, and
// always at least the rarest one. Terms no song had when their frequency
// was read cost nothing; a few are kept (a song committed since may have
// them) without taking the place of terms that exist.
func PlanQuery(terms []string, df map[string]int, budget, max int) []string {
	sorted := slices.Clone(terms)
	slices.SortStableFunc(sorted, func(a, b string) int { return cmp.Compare(df[a], df[b]) })
	var out []string
	sum, unseen, seen := 0, 0, 0
	for _, t := range sorted {
		if df[t] == 0 {
			if unseen < maxUnseenTerms {
				out = append(out, t)
				unseen++
			}
			continue
		}
		if seen > 0 && (sum+df[t] > budget || seen >= max) {
			break
		}
		out = append(out, t)
		sum += df[t]
		seen++
	}
	return out
}

// ReadingTerms returns the terms t has by the Latin readings of its words
// in another script alone (see readingTerms), not by its words themselves:
// nil for a title in Latin letters.
func ReadingTerms(t title.Title) []string {
	if len(t.Readings) == 0 {
		return nil
	}
	bare := t
	bare.Readings = nil
	own := map[string]bool{}
	for _, term := range Terms(bare) {
		own[term] = true
	}
	var out []string
	for _, term := range Terms(t) {
		if !own[term] {
			out = append(out, term)
		}
	}
	return out
}

// TrackReadingTerms returns the terms of ReadingTerms(t) that its track's
// readings give (its words, shingles, anchors and skeletons), or all of
// them when the track has no reading: the terms that tell its song from the
// artist's other songs written in the same script, which share the artist
// readings' terms.
func TrackReadingTerms(t title.Title) []string {
	all := ReadingTerms(t)
	if len(all) == 0 {
		return nil
	}
	artistOnly := t
	artistOnly.Readings = make(map[string]string, len(t.Readings))
	for _, tok := range t.ArtistTokens {
		if r := t.Reading(tok); r != "" {
			artistOnly.Readings[tok] = r
		}
	}
	if len(artistOnly.Readings) == len(t.Readings) {
		return all
	}
	byArtist := map[string]bool{}
	for _, term := range Terms(artistOnly) {
		byArtist[term] = true
	}
	out := all[:0:0]
	for _, term := range all {
		if !byArtist[term] {
			out = append(out, term)
		}
	}
	return out
}

// maxReadingTerms is how many terms of its readings a query keeps room
// for (see PlanReadings).
const maxReadingTerms = 2

// PlanReadings makes room in a planned query (PlanQuery) for the rarest
// terms of a title's readings that some song has, at most maxReadingTerms
// of them, when the plan holds none: a title in another script has rarer
// terms of its own (its words, which only the songs written in its script
// have) than those of its readings, which the same song written in Latin
// letters shares. Planned by frequency alone, "ДДТ - Что такое осень"
// beside its live take searches by its Cyrillic words only and never finds
// "DDT - Chto takoe osen'". The plan stays within budget and max known
// terms: the reading terms fit beside the rarest planned term and take the
// place of the most frequent others.
func PlanReadings(query, readings []string, df map[string]int, budget, max int) []string {
	if len(readings) == 0 || slices.ContainsFunc(query, func(q string) bool { return df[q] > 0 && slices.Contains(readings, q) }) {
		return query
	}
	avail, room := budget, min(maxReadingTerms, max)
	if i := slices.IndexFunc(query, func(q string) bool { return df[q] > 0 }); i >= 0 {
		avail -= df[query[i]]
		room = min(room, max-1)
	}
	var picked []string
	sum := 0
	for _, t := range slices.SortedStableFunc(slices.Values(readings), func(a, b string) int { return cmp.Compare(df[a], df[b]) }) {
		if len(picked) >= room {
			break
		}
		if df[t] > 0 && sum+df[t] <= avail {
			picked = append(picked, t)
			sum += df[t]
		}
	}
	if len(picked) == 0 {
		return query
	}
	out := slices.Clone(query)
	known, total := 0, 0
	for _, q := range out {
		if df[q] > 0 {
			known++
			total += df[q]
		}
	}
	for known > 1 && df[out[len(out)-1]] > 0 && (known+len(picked) > max || total+sum > budget) {
		total -= df[out[len(out)-1]]
		out = out[:len(out)-1]
		known--
	}
	return append(out, picked...)
}

// maxUnseenTerms bounds the terms of a query that no song had. Every term
// costs InnoDB a lookup of its own; a song committed since the frequencies
// were read that has these terms is also found by reconciliation, which
// watches them all.
const maxUnseenTerms = 2

// AliasTerms returns the terms t would have with each of its aliases (see
// title.Alias) written in place of the name it stands for, less the terms
// t has: 방탄소년단 - Dynamite with the alias BTS adds bts and
// bts_dynamite. A query adds them, so that a title finds the songs written
// in the other script; a song's own key never holds them.
func AliasTerms(t title.Title) []string {
	if len(t.Aliases) == 0 {
		return nil
	}
	own := map[string]bool{}
	for _, term := range Terms(t) {
		own[term] = true
	}
	var out []string
	for _, al := range t.Aliases {
		for _, term := range substituted(t, al) {
			if !own[term] {
				own[term] = true
				out = append(out, term)
			}
		}
	}
	return out
}

// substituted returns the terms of t with al.Other written in place of the
// name al.Name (an artist of t or its track), nil when t lacks that name.
func substituted(t title.Title, al title.Alias) []string {
	v := title.Title{Artists: t.Artists, ArtistTokens: t.ArtistTokens, Track: t.Track, TrackTokens: t.TrackTokens}
	v, ok := renamed(v, al.Kind, al.Name, al.Other)
	if !ok {
		return nil
	}
	return Terms(v)
}

// renamed returns v with other written in place of the name (one of its
// artists, or its track, by kind), and whether v has that name.
func renamed(v title.Title, kind title.AliasKind, name, other string) (title.Title, bool) {
	switch {
	case kind == title.AliasTrack && name == v.Track:
		v.Track, v.TrackTokens = other, strings.Fields(other)
	case kind == title.AliasArtist && slices.Contains(v.Artists, name):
		artists, toks := make([]string, 0, len(v.Artists)), make([]string, 0, len(v.ArtistTokens))
		for _, a := range v.Artists {
			if a == name {
				a = other
			}
			artists = append(artists, a)
			toks = append(toks, strings.Fields(a)...)
		}
		v.Artists, v.ArtistTokens = artists, toks
	default:
		return v, false
	}
	return v, true
}

// Pairs returns the conjunctions that find the song among the hits of a
// search whose planned terms match more songs than the search keeps
// (limit): the songs holding only a common planned term (a track many
// artists sang, or its skeleton) rank alike, and the LIMIT cuts among them
// by ID. A pair is an artist term of t and a track term of t, both
// required: a song holding both is found whether or not the budget let
// them into the plan (a typo in the track leaves its skeleton beside the
// artist, whose anchors it broke). A pair costs the reading of its two
// terms' postings, their summed document frequencies within budget, and
// the rows of its hits, which are few. The rarest artist term pairs with
// each track term, the rarest first, then the rarest track term with the
// other artist terms; a pair over what is left of the budget is left out.
// At most max.
func Pairs(t title.Title, df map[string]int, planned []string, limit, budget, max int) [][2]string {
	sum := 0
	for _, term := range planned {
		sum += df[term]
	}
	if sum <= limit {
		return nil
	}
	byRarity := func(terms []string) []string {
		known := terms[:0]
		for _, term := range terms {
			if df[term] > 0 {
				known = append(known, term)
			}
		}
		slices.SortStableFunc(known, func(a, b string) int { return cmp.Compare(df[a], df[b]) })
		return known
	}
	artist := byRarity(Terms(title.Title{Artists: t.Artists, ArtistTokens: t.ArtistTokens}))
	track := byRarity(Terms(title.Title{Track: t.Track, TrackTokens: t.TrackTokens}))
	if len(artist) == 0 || len(track) == 0 {
		return nil
	}
	var candidates [][2]string
	for _, w := range track {
		candidates = append(candidates, [2]string{artist[0], w})
	}
	for _, a := range artist[1:] {
		candidates = append(candidates, [2]string{a, track[0]})
	}
	var pairs [][2]string
	cost := 0
	for _, p := range candidates {
		if len(pairs) == max {
			break
		}
		if cost+df[p[0]]+df[p[1]] > budget {
			continue
		}
		pairs = append(pairs, p)
		cost += df[p[0]] + df[p[1]]
	}
	return pairs
}

// PairQuery returns the boolean FULLTEXT query of pairs: the songs that
// hold both terms of any of them.
func PairQuery(pairs [][2]string) string {
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = "(+" + p[0] + " +" + p[1] + ")"
	}
	return strings.Join(parts, " ")
}
