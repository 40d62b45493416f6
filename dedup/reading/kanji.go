package reading

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the kanji readings
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Japanese readings of kanji: a Japanese title's 夜に駆ける is yoru ni
// kakeru, not the pinyin ye ni qu ke ru. kanji.tsv.gz holds the readings of
// the words of IPADIC with a Han character (cmd/kanjigen makes it): 214,000
// words of one to four characters, 1.6 MB in the binary and about 6.3 MB
// of memory (the lines, their offsets and an index by first character)
// once a process reads its first Japanese title (the dictionary
// package itself, with its tokenizer, takes about 100 MB). A run of kanji
// and kana is read by the longest word of the table at each kanji, kana as
// kana, each word by its most frequent reading (風 kaze, 君 kimi), which
// names do not always have (源 is minamoto, not Gen): a word keeps up to
// three of IPADIC's readings, and a single kanji its on readings from the
// Unicode Unihan database (美 bi mi, 嘉 ka) and its name readings from
// KANJIDIC in hiragana (博 hiro, 人 to), for JapaneseSpells and
// JapaneseName.SpellsName. The table is IPADIC's, Unihan's and KANJIDIC's
// data: kanji.NOTICE.txt holds their licences.

//go:embed kanji.tsv.gz
var kanjiGz []byte

// kanjiWords is the table: its lines, "word\treading\n", sorted by word;
// kanjiLines are the offsets of the lines.
var (
	kanjiOnce  sync.Once
	kanjiWords string
	kanjiLines []int32
	// kanjiFirst is the span of lines whose word starts with a rune.
	kanjiFirst map[rune][2]int32
)

// kanjiMaxRunes is the longest word of the table.
const kanjiMaxRunes = 4

// gunzipTable returns an embedded table, name gzipped in gz; it panics
// when the table is broken, which a test of the build would show.
func gunzipTable(name string, gz []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("reading: " + name + ": " + err.Error())
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("reading: " + name + ": " + err.Error())
	}
	return b
}

func loadKanji() {
	b := gunzipTable("kanji.tsv.gz", kanjiGz)
	kanjiWords = string(b)
	kanjiLines = make([]int32, 0, bytes.Count(b, []byte{'\n'}))
	for i := 0; i < len(kanjiWords); {
		kanjiLines = append(kanjiLines, int32(i))
		j := strings.IndexByte(kanjiWords[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	kanjiFirst = make(map[rune][2]int32)
	for k, off := range kanjiLines {
		r, _ := utf8.DecodeRuneInString(kanjiWords[off:])
		span, ok := kanjiFirst[r]
		if !ok {
			span[0] = int32(k)
		}
		span[1] = int32(k + 1)
		kanjiFirst[r] = span
	}
}

// kanjiLookup returns the readings of word in the table: IPADIC's in
// katakana, the most frequent first, then a single kanji's on readings in
// Latin letters and its name readings in hiragana, space-separated.
func kanjiLookup(word string) (string, bool) {
	kanjiOnce.Do(loadKanji)
	r, _ := utf8.DecodeRuneInString(word)
	span, ok := kanjiFirst[r]
	if !ok {
		return "", false
	}
	lines := kanjiLines[span[0]:span[1]]
	line := func(k int) (string, string) {
		s := kanjiWords[lines[k]:]
		s = s[:strings.IndexByte(s, '\n')]
		w, r, _ := strings.Cut(s, "\t")
		return w, r
	}
	k := sort.Search(len(lines), func(k int) bool {
		w, _ := line(k)
		return w >= word
	})
	if k == len(lines) {
		return "", false
	}
	w, rd := line(k)
	return rd, w == word
}

// kanaParticles are the particles Hepburn writes by their sound, not
// their kana (japanese_particle): a run of kana after a word of kanji
// that is one of them, or begins with は, is the particle (季節は次々
// kisetsu wa tsugitsugi, 愛は勝つ ai wa katsu); は elsewhere is ha (はなび
// hanabi).
var kanaParticles = map[string]string{"は": "wa", "へ": "e", "には": "niwa", "では": "dewa", "とは": "towa"}

// particleRead returns read, the reading of run, a run of kana after a
// word of kanji, with the particle that is the run or begins it by its
// sound (kanaParticles): 明日はきっと ashita wa kitto, 君の名は kimi no na
// wa, 未来へ mirai e.
func particleRead(run []rune, read string) string {
	if p, ok := kanaParticles[string(run)]; ok {
		return p
	}
	if run[0] == 'は' && len(run) > 1 {
		return "wa " + kana(run[1:])
	}
	return read
}

// japanese reads a run of kanji and kana: at each kanji the longest word
// of the table, kana by Hepburn, each word and each run of kana one word
// of the reading ("花束 を 君 に": hanataba wo kimi ni; a particle between
// words of kanji by its sound, kanaParticles). A kanji the table
// does not have is left unread.
func japanese(rs []rune) string { return japaneseAs(rs, true) }

// japaneseAs is japanese, with the particles read by their kana when
// particles is false (Kisetsu ha, as some fans type は).
func japaneseAs(rs []rune, particles bool) string {
	var words []string
	for i := 0; i < len(rs); {
		if isKana(rs[i]) {
			j := i
			for j < len(rs) && isKana(rs[j]) {
				j++
			}
			r := kana(rs[i:j])
			if particles && len(words) > 0 {
				r = particleRead(rs[i:j], r)
			}
			if r != "" {
				words = append(words, r)
			}
			i = j
			continue
		}
		n := 0
		for l := min(kanjiMaxRunes, len(rs)-i); l > 0; l-- {
			if r, ok := kanjiLookup(string(rs[i : i+l])); ok {
				first, _, _ := strings.Cut(r, " ")
				if nameReading(first) {
					break
				}
				words = append(words, kanjiLatin(first))
				n = l
				break
			}
		}
		i += max(n, 1)
	}
	return strings.Join(words, " ")
}

// isJapanese reports whether r is a kanji or a kana, read together in a
// Japanese title.
func isJapanese(r rune) bool { return isKana(r) || unicode.Is(unicode.Han, r) }

// nameReading reports whether r, a reading of the table, is a single
// kanji's name reading (KANJIDIC's nanori, in hiragana): a given name's
// reading, never a word's.
func nameReading(r string) bool {
	c, _ := utf8.DecodeRuneInString(r)
	return unicode.Is(unicode.Hiragana, c)
}

// kanjiLatin returns a reading of the table in Latin letters: IPADIC's
// katakana and KANJIDIC's hiragana by Hepburn, Unihan's as it is.
func kanjiLatin(r string) string {
	if isASCII(r) {
		return r
	}
	return kana([]rune(r))
}

// maxJapaneseRunes is the longest token JapaneseSpells reads.
const maxJapaneseRunes = 12

// JapaneseSpells reports whether latin, Latin words joined, spells a
// Japanese reading of tok, a folded token with kanji, by any reading the
// table has for its words (IPADIC's entries, a single kanji's on readings),
// compared through Loose: names read kanji by readings that the most
// frequent one of a word is not (星野源 Hoshino Gen, not minamoto; 中島美嘉
// Nakashima Mika). A name may be turned round at any point, family name
// last as Latin titles write it (Mika Nakashima). Kana read by Hepburn,
// Latin letters and digits as themselves. NewJapaneseName reads tok once
// for many comparisons.
func JapaneseSpells(tok, latin string) bool { return NewJapaneseName(tok).Spells(latin) }

// JapaneseName is a token with kanji read for JapaneseSpells: at each of
// its runes, the loose readings of the words of the table that start there.
// Spells reads it by the readings of words; SpellsName by single kanji's
// name readings too.
type JapaneseName struct {
	n      int
	pieces [][]japanesePiece
}

// japanesePiece is a reading of the runes up to end: loose "" for a rune
// that reads as nothing (punctuation); name says it is a name reading
// (nameReading).
type japanesePiece struct {
	end   int
	loose string
	name  bool
}

// japaneseNames keeps the names read lately: a comparison reads the same
// tokens again and again (a subject against each candidate, a song's title
// against each submission), and reading one looks up every word of it in
// the table. It holds at most maxJapaneseNames, and starts again when full.
var japaneseNames struct {
	sync.Mutex
	m map[string]*JapaneseName
}

const maxJapaneseNames = 4096

// NewJapaneseName reads tok for JapaneseSpells; nil, which spells nothing,
// when tok has no kanji or is longer than maxJapaneseRunes.
func NewJapaneseName(tok string) *JapaneseName {
	if !inScript(tok, unicode.Han) || utf8.RuneCountInString(tok) > maxJapaneseRunes {
		return nil
	}
	japaneseNames.Lock()
	j, ok := japaneseNames.m[tok]
	japaneseNames.Unlock()
	if ok {
		return j
	}
	j = readJapaneseName([]rune(tok))
	japaneseNames.Lock()
	if len(japaneseNames.m) >= maxJapaneseNames || japaneseNames.m == nil {
		japaneseNames.m = make(map[string]*JapaneseName)
	}
	japaneseNames.m[tok] = j
	japaneseNames.Unlock()
	return j
}

// readJapaneseName builds the readings of a name (see JapaneseName).
func readJapaneseName(rs []rune) *JapaneseName {
	j := &JapaneseName{n: len(rs), pieces: make([][]japanesePiece, len(rs))}
	add := func(i, end int, r string, name bool) {
		lo := Loose(r)
		for _, p := range j.pieces[i] {
			if p.end == end && p.loose == lo {
				return
			}
		}
		j.pieces[i] = append(j.pieces[i], japanesePiece{end, lo, name})
	}
	for i, r := range rs {
		switch {
		case isKana(r):
			// The rest of the run: a word of the table may end inside it
			// (駆ける).
			k := i
			for k < len(rs) && isKana(rs[k]) {
				k++
			}
			add(i, k, kana(rs[i:k]), false)
		case unicode.Is(unicode.Han, r):
			for l := 1; l <= min(kanjiMaxRunes, len(rs)-i); l++ {
				if rd, ok := kanjiLookup(string(rs[i : i+l])); ok {
					for _, w := range strings.Fields(rd) {
						add(i, i+l, kanjiLatin(w), nameReading(w))
					}
				}
			}
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			add(i, i+1, string(r), false)
		default:
			j.pieces[i] = append(j.pieces[i], japanesePiece{i + 1, "", false})
		}
	}
	return j
}

// Spells reports whether latin spells a reading of the name (see
// JapaneseSpells).
func (j *JapaneseName) Spells(latin string) bool { return j.spells(Loose(latin), -1) }

// SpellsLoose is Spells of a Latin word given through Loose, for a caller
// that has folded it already.
func (j *JapaneseName) SpellsLoose(loose string) bool { return j.spells(loose, -1) }

// SpellsName is Spells for an artist's name, one of whose kanji may also
// read by its name readings (nanori): a given name's kanji are read so as
// often as by a word's reading (秦基博 Hata Motohiro, 博 hiro; 瑛人 Eito, 人
// to), and only a name is (japanese_name_reading). One kanji at most: a
// kanji has up to a dozen name readings, and a name read by two would
// spell other given names (瑛人 Akito, aki and to; Akihiko, aki and hiko).
func (j *JapaneseName) SpellsName(latin string) bool { return j.SpellsNameLoose(Loose(latin)) }

// SpellsNameLoose is SpellsName of a Latin word given through Loose.
func (j *JapaneseName) SpellsNameLoose(loose string) bool {
	if j == nil {
		return false
	}
	for i, ps := range j.pieces {
		if slices.ContainsFunc(ps, func(p japanesePiece) bool { return p.name }) && j.spells(loose, i) {
			return true
		}
	}
	return j.spells(loose, -1)
}

// spells reports whether t, a Latin word through Loose, spells a reading
// of the name, the rune at nameAt also by its name readings (-1: none), in
// its order or with the family name last.
func (j *JapaneseName) spells(t string, nameAt int) bool {
	if j == nil {
		return false
	}
	if t == "" {
		return false
	}
	if slices.Contains(j.ends(0, j.n, t, 0, nameAt), len(t)) {
		return true
	}
	for k := 1; k < j.n; k++ {
		for _, p := range j.ends(k, j.n, t, 0, nameAt) {
			if slices.Contains(j.ends(0, k, t, p, nameAt), len(t)) {
				return true
			}
		}
	}
	return false
}

// ends returns the positions of t at which a reading of runes lo..hi of
// the name that starts at from ends; the rune at nameAt also reads by its
// name readings.
func (j *JapaneseName) ends(lo, hi int, t string, from int, nameAt int) []int {
	at := make([][]int, hi-lo+1)
	at[0] = []int{from}
	add := func(i, pos int) {
		if !slices.Contains(at[i-lo], pos) {
			at[i-lo] = append(at[i-lo], pos)
		}
	}
	for i := lo; i < hi; i++ {
		for _, pos := range at[i-lo] {
			for _, p := range j.pieces[i] {
				r := p.loose
				switch {
				case p.end > hi, p.name && i != nameAt:
				case r == "":
					add(p.end, pos)
				case strings.HasPrefix(t[pos:], r):
					add(p.end, pos+len(r))
				case pos > 0 && t[pos-1] == r[0] && strings.HasPrefix(t[pos:], r[1:]):
					// A letter Loose wrote once for two words (nakashima
					// mika: ...ma mi...).
					add(p.end, pos+len(r)-1)
				}
			}
		}
	}
	return at[hi-lo]
}
