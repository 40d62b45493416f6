package score

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/title"
)

// Readings in the alignment: a word in another script meets the Latin
// spelling of its reading (Кино / Kino, 十年 / Shi Nian, عمرو دياب / Amr
// Diab), and two scripts meet through their readings (張學友 / 张学友). A
// reading is evidence, never identity: it matches as a spelling variant
// (readingSim), a Han reading may match several Latin words in a row, an
// Arabic one matches by its consonants (skeletonSim), and a reading with
// a typo counts as a typo. In a track, a reading counts only when every
// word of both sides' artists found its counterpart (scorer.artistsRead):
// a transliterated title alone is not the artist's song. Readings meet
// across the fields too (phaseCross), so that a title written track -
// artist is read the other way round as a Latin one is ("तुम ही हो -
// अरिजीत सिंह" against "Arijit Singh - Tum Hee Ho"). A Greek word meets
// Greeklish (reading.Greeklish) and a word the other readings fans write
// (reading.Alternates).

const (
	// readingSim is a word and the Latin spelling of its reading: a
	// spelling variant.
	readingSim = variantSim
	// skeletonSim is an Arabic word and a Latin word with the same
	// consonants: the vowels, which Arabic does not write, are a guess.
	skeletonSim = 0.95
	// guessSim is a short Arabic word that writes no vowel telling its
	// spelling (reading.ShortGuess) and a Latin word of its consonants:
	// below the merge line on its own.
	guessSim = 0.8
	// maxShortLoan is the most syllables of a Hangul track word that
	// matches an English word as a loanword only by a guess (guessSim)
	// when its title writes the artist in Latin letters: a Korean word
	// of two syllables often has the consonants and vowels of an English
	// one (그림, picture, and Grim), and a title that writes its artist in
	// Latin letters would write an English title so too: "IU - 그림" is
	// no "IU - Grim" without other evidence (short_hangul_loanword). A
	// title all in Hangul transcribes the English ("카라 - 스텝", KARA's
	// Step); a name (트와이스, Twice) or a longer word (강남스타일,
	// Gangnam Style) tells more.
	maxShortLoan = 2
	// maxReadingRun is the most words one reading may match in a row
	// (陳奕迅 / Chen Yi Xun, 像我这样的人 / Xiang Wo Zhe Yang De Ren).
	maxReadingRun = 8
	// minSkeleton is the fewest consonants a skeleton match needs.
	minSkeleton = reading.MinSkeleton
)

// readCand is a candidate reading match: tokens ia..ib of a with tokens
// ja..jb of b.
type readCand struct {
	ia, ib, ja, jb int
	sim            float64
	exact          bool // by the reading itself or its skeleton, not a typo
	family         bool // a Chinese name by its family name alone (hanSyllables)
	letters        bool // an act's letters by their Korean names (letterNames)
	name           bool // an artist's kanji by their name readings (nameReads)
	mass           float64
	key            string
}

// prepareReadings fills src and read of p's tokens, once per build.
func (p *side) prepareReadings() {
	if p.readsDone {
		return
	}
	p.readsDone = true
	ukr := p.unmarkedUkrainianArtist()
	kana := p.hasKana()
	for i := range p.toks {
		tk := &p.toks[i]
		tk.src, tk.reading, tk.abjad, tk.hangul, tk.kanji, tk.katakana, tk.greek, tk.alts = tk.text, false, false, false, false, false, "", tk.alts[:0]
		tk.fans, tk.nasalE = tk.fans[:0], false
		tk.han, tk.jpRead = false, false
		tk.jp, tk.jpDone = nil, false
		tk.slavic = reading.SlavicWord{}
		if r := p.title.Reading(tk.text); r != "" {
			tk.src, tk.reading, tk.abjad, tk.hangul = strings.ReplaceAll(r, " ", ""), true, reading.Abjad(tk.text), reading.Hangul(tk.text)
			tk.kanji, tk.katakana = reading.Kanji(tk.text), reading.Katakana(tk.text)
			tk.han = tk.kanji && onlyHan(tk.text)
			tk.jpRead = kana && (tk.kanji || reading.Kana(tk.text))
			tk.slavic = reading.NewSlavicWord(tk.text, tk.src)
			if reading.Greek(tk.text) {
				tk.greek = reading.Greeklish(tk.src)
			}
			alts := reading.AlternatesOf(tk.text, ukr && i < p.nArt)
			if sw := reading.Swapped(tk.text, r); sw != "" {
				alts = append(alts, sw)
			}
			for _, alt := range alts {
				if alt == tk.src {
					continue
				}
				if tk.hangul {
					tk.alts = append(tk.alts, reading.Popular(alt))
				} else {
					tk.alts = append(tk.alts, reading.Loose(alt))
				}
			}
		}
		tk.read = reading.Loose(tk.src)
		if tk.reading {
			tk.prepareFans()
		}
	}
}

// prepareFans fills fans and nasalE of a token with a reading.
func (tk *token) prepareFans() {
	if !reading.Indic(tk.text) {
		return
	}
	tk.nasalE = reading.NasalE(tk.text)
	tk.fans = append(tk.fans, reading.HindiVowels(tk.src, tk.nasalE))
	for _, alt := range tk.alts {
		tk.fans = append(tk.fans, reading.HindiVowels(alt, tk.nasalE))
	}
}

// hasKana reports whether a token of p holds kana, which tells that its
// kanji read as Japanese (reading.HintJapanese).
func (p *side) hasKana() bool {
	for i := range p.toks {
		if reading.Kana(p.toks[i].text) {
			return true
		}
	}
	return false
}

// unmarkedUkrainianArtist reports whether p's artist words may read as
// Ukrainian though they have no Ukrainian letter (Океан Ельзи, Okean
// Elzy): only artist words, as a name is spelled once and kept, and only
// when no other word of p's title has a Ukrainian reading of its own that
// differs, since a track with и or г tells by its own spelling on the
// other side whether the title is Russian ("Кино - Группа крови" is never
// "Kyno - Gruppa krovi"), and a track word meeting a Latin h or y by it
// (Гимн, Hymn; Мила, Myla) is more often another word
// (cyrillic_ukrainian_artist).
func (p *side) unmarkedUkrainianArtist() bool {
	has := false
	for i := range p.toks {
		if reading.UkrainianUnmarked(p.toks[i].text) == "" {
			continue
		}
		if i >= p.nArt {
			return false
		}
		has = true
	}
	return has
}

// japanese returns the token read by reading.NewJapaneseName, once.
func (tk *token) japanese() *reading.JapaneseName {
	if !tk.jpDone {
		tk.jp, tk.jpDone = reading.NewJapaneseName(tk.text), true
	}
	return tk.jp
}

// alignReadings pairs the unmatched tokens of sa and sb by their
// readings, best first, each token used once; a pair needs a reading on at
// least one side.
func (s *scorer) alignReadings(sa, sb tokRange, ph phase) {
	s.a.prepareReadings()
	s.b.prepareReadings()
	A, B := s.a.toks, s.b.toks
	s.rcands = s.rcands[:0]
	for i := sa.lo; i < sa.hi; i++ {
		if s.phA[i] != phaseNone {
			continue
		}
		for j := sb.lo; j < sb.hi; j++ {
			if s.phB[j] != phaseNone || !A[i].reading && !B[j].reading || sameAlphabet(&A[i], &B[j]) {
				continue
			}
			if A[i].reading {
				s.readingRuns(i, j, B, sb, s.phB, false)
			}
			if B[j].reading {
				s.readingRuns(j, i, A, sa, s.phA, true)
			}
		}
	}
	s.joinedArabic(sa, sb, A, B, s.phA, s.phB, false)
	s.joinedArabic(sb, sa, B, A, s.phB, s.phA, true)
	if len(s.rcands) == 0 {
		return
	}
	slices.SortFunc(s.rcands, func(x, y readCand) int {
		if c := cmp.Compare(y.sim, x.sim); c != 0 {
			return c
		}
		if c := cmp.Compare(y.mass, x.mass); c != 0 {
			return c
		}
		return strings.Compare(x.key, y.key)
	})
	for _, c := range s.rcands {
		if !s.free(c) || s.readIn && ph == phaseTrack && !c.exact {
			// Artists read in the other's title only (readInTitle) leave
			// a track word no typo of its reading: "Dil Jalti Hai" is no
			// दिल जलता है.
			continue
		}
		ib, jb := c.ib, c.jb
		if ib == c.ia {
			ib = -1
		}
		if jb == c.ja {
			jb = -1
		}
		kind := kindReading
		if c.family {
			kind = kindFamilyName
		}
		if c.letters {
			kind = kindLetterNames
		}
		if c.name {
			kind = kindNameReading
		}
		s.link(c.ia, ib, c.ja, jb, c.sim, kind, ph)
		if c.exact {
			for x := c.ia; x <= c.ib; x++ {
				s.rdA[x] = true
			}
			for x := c.ja; x <= c.jb; x++ {
				s.rdB[x] = true
			}
		}
	}
}

// minJoinedSkeleton is the fewest consonants two Arabic words joined need
// to meet a run of Latin words by their consonants (joinedArabic).
const minJoinedSkeleton = 4

// joinedArabic adds the candidates of two Arabic words of P in a row, the
// second with the article, read as one against a run of Latin words of Q
// by their consonants: a name such as عبد الحليم, which fans write in one
// word or split elsewhere, the article glued to the first word (Abdel
// Halim, Abdelhalim, Abd El Halim): arabic_compound_name. onB says that P
// is side b.
func (s *scorer) joinedArabic(sp, sq tokRange, P, Q []token, php, phq []phase, onB bool) {
	for i := sp.lo; i+1 < sp.hi; i++ {
		x, y := &P[i], &P[i+1]
		if php[i] != phaseNone || php[i+1] != phaseNone || !x.abjad || !y.abjad || x.field != y.field || !reading.ArticleWord(y.text) {
			continue
		}
		joined := reading.Skeleton(x.src + y.src)
		if len(joined) < minJoinedSkeleton {
			continue
		}
		for j := sq.lo; j < sq.hi; j++ {
			if !vowelEdge(x, &Q[j], true) {
				continue
			}
			var src strings.Builder
			for end := j; end < sq.hi && end-j < maxReadingRun; end++ {
				if phq[end] != phaseNone || Q[end].field != Q[j].field || Q[end].num || Q[end].reading {
					break
				}
				src.WriteString(Q[end].src)
				if reading.Skeleton(src.String()) != joined || end > j && !vowelEdge(x, &Q[end], false) {
					continue
				}
				c := readCand{ia: i, ib: i + 1, ja: j, jb: end, sim: skeletonSim, exact: true}
				if onB {
					c = readCand{ia: j, ib: end, ja: i, jb: i + 1, sim: skeletonSim, exact: true}
				}
				s.addCand(c)
			}
		}
	}
}

// maxVowelWord is the most letters of a word of vowels alone (w and y
// among them, as reading.Skeleton reads them) that vowelEdge keeps from a
// run's edge: the particles (ya, wa, o); a longer one is a word of its own
// (Wawa).
const maxVowelWord = 2

// vowelEdge reports whether tk, a Latin word that begins (first) or ends a
// run of several against the Arabic word own, may stand there: a word
// with a consonant, or a short word of vowels alone (maxVowelWord) that
// writes the start of own (reading.VowelLead: وليلى Wa Laila, عبالي Aa
// Bali). A word of vowels alone adds nothing to a skeleton, so without
// that a run would take the word beside the match too (يا نور العين
// against "Ya Nour El Ain": the vocative is a word of its own):
// arabic_vowel_word.
func vowelEdge(own, tk *token, first bool) bool {
	if len(tk.src) > maxVowelWord || reading.Skeleton(tk.src) != "" {
		return true
	}
	return first && reading.VowelLead(own.text, tk.src)
}

// free reports whether every token of c is still unmatched.
func (s *scorer) free(c readCand) bool {
	for x := c.ia; x <= c.ib; x++ {
		if s.phA[x] != phaseNone {
			return false
		}
	}
	for x := c.ja; x <= c.jb; x++ {
		if s.phB[x] != phaseNone {
			return false
		}
	}
	return true
}

// readingRuns adds the candidates of token r (with a reading) of one side
// against the runs of unmatched tokens of one field starting at start on
// the other side (toks, in sp). rIsB says that r is on side b.
func (s *scorer) readingRuns(r, start int, toks []token, sp tokRange, ph []phase, rIsB bool) {
	owner := &s.a
	if rIsB {
		owner = &s.b
	}
	own := &owner.toks[r]
	var src strings.Builder
	for end := start; end < sp.hi && end-start < maxReadingRun; end++ {
		if ph[end] != phaseNone || toks[end].field != toks[start].field {
			return
		}
		if toks[end].num {
			// A word with a number meets one word whose reading it is,
			// digits and all (Би-2 / Bi-2, 7Б / 7B): numbered_reading.
			if end == start && own.num && toks[end].num && !toks[end].reading && own.read == reading.Loose(toks[end].src) {
				s.addReadCand(r, start, end, rIsB, readingSim, true, false)
			}
			if end == start && own.abjad {
				// A word that writes an Arabic letter as a digit meets
				// the Arabic word by its letters: على / 3ala, بشوقك /
				// Besho2ak (arabizi_reading).
				for _, sp := range reading.ArabiziSpellings(toks[end].text) {
					if sim, exact := readingMatch(own, sp, reading.Loose(sp), true, false, &toks[end], false); sim > 0 {
						s.addReadCand(r, start, end, rIsB, sim, exact, false)
						break
					}
				}
			}
			return
		}
		src.WriteString(toks[end].src)
		if absorbedLetter(toks, start, end) {
			continue
		}
		if own.abjad && end > start && (!vowelEdge(own, &toks[start], true) || !vowelEdge(own, &toks[end], false)) {
			continue
		}
		if end == start && letterNames(own, &toks[end]) {
			s.addReadCand(r, start, end, rIsB, readingSim, true, false)
			s.rcands[len(s.rcands)-1].letters = true
			continue
		}
		clitic := end == start+1 && own.abjad && reading.CliticSpelled(own.text, toks[start].text)
		other := src.String()
		lo := reading.Loose(other)
		sim, exact := readingMatch(own, other, lo, end == start, clitic, &toks[end], owner.hangulArtist())
		if !exact && nameReads(own, &toks[end], lo) {
			s.addReadCand(r, start, end, rIsB, readingSim, true, false)
			s.rcands[len(s.rcands)-1].name = true
			continue
		}
		family := false
		if sim == 0 && own.han {
			sim, exact, family = hanSyllables(own, toks[start:end+1])
		}
		if sim == 0 {
			continue
		}
		s.addReadCand(r, start, end, rIsB, sim, exact, family)
	}
}

// absorbedLetter reports whether the run toks[start..end] begins or ends
// with a word of one letter that the word beside it begins or ends with:
// Loose writes a doubled letter once, so the run reads as that word alone,
// and the letter, an initial of its own, would go with it ("A R Rahman":
// रहमान is Rahman, not "R Rahman"; absorbed_letter).
func absorbedLetter(toks []token, start, end int) bool {
	if end == start {
		return false
	}
	first, second := toks[start].src, toks[start+1].src
	last, before := toks[end].src, toks[end-1].src
	return len(first) == 1 && second != "" && second[0] == first[0] ||
		len(last) == 1 && before != "" && before[len(before)-1] == last[0]
}

// nameReads reports whether own, an artist's word with kanji, reads as
// the src of tk and the words before it, through reading.Loose, by its
// kanji's name readings (秦 基博 Motohiro Hata, 瑛人 Eito):
// japanese_name_reading. Only names: a track's kanji keep their words'
// readings.
func nameReads(own, tk *token, loose string) bool {
	return own.kanji && own.field == fieldArtist && tk.field == fieldArtist && own.japanese().SpellsNameLoose(loose)
}

// letterNames reports whether own, an artist's word in Hangul, writes the
// letters of tk, an artist's word in Latin letters, by their Korean names
// (reading.HangulLetterNames: 아이유 / IU, 지오디 / g.o.d): the name
// spelled out letter by letter, a reading as exact as Revised
// Romanization's (hangul_letter_names). Only names: a track word of
// letter names (이유, reason; 오이, cucumber) is a Korean word as often.
func letterNames(own, tk *token) bool {
	return own.hangul && !tk.reading && own.field == fieldArtist && tk.field == fieldArtist &&
		reading.HangulLetterNames(own.text, tk.text)
}

// addReadCand adds the candidate of token r (with a reading) against the
// tokens start..end of the other side; rIsB says that r is on side b.
func (s *scorer) addReadCand(r, start, end int, rIsB bool, sim float64, exact, family bool) {
	c := readCand{ia: r, ib: r, ja: start, jb: end, sim: sim, exact: exact, family: family}
	if rIsB {
		c = readCand{ia: start, ib: end, ja: r, jb: r, sim: sim, exact: exact, family: family}
	}
	s.addCand(c)
}

// addCand fills the mass and key of c and adds it to the candidates.
func (s *scorer) addCand(c readCand) {
	var ta, tb []string
	for x := c.ia; x <= c.ib; x++ {
		c.mass += s.a.toks[x].eff
		ta = append(ta, s.a.toks[x].text)
	}
	for x := c.ja; x <= c.jb; x++ {
		c.mass += s.b.toks[x].eff
		tb = append(tb, s.b.toks[x].text)
	}
	c.key = pairKey(strings.Join(ta, " "), strings.Join(tb, " "))
	s.rcands = append(s.rcands, c)
}

// readingMatch compares a token with a reading against other, the src of
// one or more tokens of the other side (single: one token, tk), lo being
// other through reading.Loose: by the loose spelling, by the consonants when either is Arabic, or, for a
// single long word, as a typo of the loose spelling. clitic says that
// other is two words, the first the Arabic word's clitic written on its
// own (reading.CliticSpelled), so that a short word compares with the
// two as with one (الواوا / El Wawa). hangulArtist says that own's title
// writes its artist in Hangul (see maxShortLoan).
func readingMatch(own *token, other, lo string, single, clitic bool, tk *token, hangulArtist bool) (sim float64, exact bool) {
	if own.abjad || single && tk.abjad {
		a, b := reading.Skeleton(own.src), reading.Skeleton(other)
		if len(a) >= reading.ShortSkeleton && a == b && (!single || endsAgree(own, tk, other)) {
			return skeletonSim, true
		}
		if single && articleDropped(own, tk, other, a) {
			// An Arabic word whose article the Latin one leaves out
			// (الشاب خالد Cheb Khaled): arabic_article_dropped.
			return skeletonSim, true
		}
		if own.abjad && single && tk.abjad {
			// Two short Arabic words: one word written alike, or two.
			if reading.SameArabic(own.text, tk.text) {
				return skeletonSim, true
			}
			return 0, false
		}
		word, read, latin := own.text, own.src, other
		if !own.abjad {
			word, read, latin = tk.text, other, own.src
		}
		if len(a) >= minSkeleton && a == b || (single || clitic) && len(a) < minSkeleton && len(b) < minSkeleton {
			// A short word (آه Ah, يا Ya, ليل Leil, تاني Tani): too few
			// consonants to tell, but its long vowels are the
			// spelling's, where they stand. A track word that writes no
			// vowel telling one from another (حب, هى) is a guess: it
			// matches below a spelling, so that it needs other evidence
			// to merge. A name's word (عمرو Amr) is checked with the
			// name's other words and the track.
			switch reading.ShortMatch(word, read, latin) {
			case reading.ShortVowels:
				return skeletonSim, true
			case reading.ShortGuess:
				if own.field == fieldArtist {
					return skeletonSim, true
				}
				return guessSim, false
			}
		}
		return 0, false
	}
	if lo == own.read && lo != "" {
		return readingSim, true
	}
	if own.slavic.Spells(other) {
		// A Cyrillic word in another scheme than the reading's: Джиган /
		// Djigan, Ямайка / Iamaika (slavic_romanization).
		return readingSim, true
	}
	if own.greek != "" && own.greek == reading.Greeklish(other) {
		// Greeklish as fans type it: Yparxo for Υπάρχω (iparho).
		return readingSim, true
	}
	if !own.hangul && lo != "" && slices.Contains(own.alts, lo) {
		return readingSim, true
	}
	if reading.Indic(own.text) && (reading.Hinglish(own.src) == reading.Hinglish(other) || reading.Unglided(own.src) == reading.Unglided(other)) {
		// A Hindi word as fans spell it: रातां / Raataan, ये / Yeh
		// (hinglish_spelling), गए / Gaye (hindi_glide).
		return readingSim, true
	}
	if reading.Indic(own.text) && single && hindiVowelsMeet(own, other) {
		// A Hindi word with the vowels fans write: जय / Jai, में / Mein,
		// कभी / Kabhie, महबूबा / Mehbooba (hindi_fan_vowels).
		return readingSim, true
	}
	if !tk.reading && reading.DevaLoanSpells(own.text, other) {
		// An English word as Hindi writes it: लकी / Lucky, कॉकटेल /
		// Cocktail (hindi_loanword).
		return skeletonSim, true
	}
	if own.kanji && own.japanese().SpellsLoose(lo) {
		// A name's kanji by a reading other than their most frequent one
		// (星野源 Gen Hoshino, 中島美嘉 Mika Nakashima).
		return readingSim, true
	}
	if own.jpRead && len(other) >= minRomajiFold && reading.Romaji(own.src) == reading.Romaji(other) {
		// A long i as fans type it: Kyary for きゃりー (japanese_romaji).
		return readingSim, true
	}
	if own.katakana && !tk.reading && reading.LoanSpells(own.src, other) {
		// A loanword and the English word: ラブ / Love, スピッツ / Spitz.
		return skeletonSim, true
	}
	if own.hangul {
		// Korean names as their artists spell them: Kim Kwang Seok for
		// 김광석 (gimgwangseok), Sung Si Kyung for 성시경, Lee Sora for 이소라.
		pa, pb := reading.Popular(own.src), reading.Popular(other)
		if pa == pb && pa != "" || pb != "" && slices.Contains(own.alts, pb) {
			return readingSim, true
		}
		if !tk.reading && reading.HangulLoanSpells(own.text, other) {
			// An English word as Korean writes it: 강남스타일 / Gangnam
			// Style, 트와이스 / Twice (hangul_loanword).
			if own.field != fieldArtist && !hangulArtist && utf8.RuneCountInString(own.text) <= maxShortLoan {
				return guessSim, false
			}
			return skeletonSim, true
		}
		if own.field != fieldArtist && tk.field != fieldArtist && pa != "" && reading.Rounded(pa) == reading.Rounded(pb) {
			// A track word's 어 written o, as McCune-Reischauer without
			// its breve (거짓말 / Gojitmal): korean_rounded. Names keep
			// their vowels apart (종 Jong, 정 Jeong).
			return skeletonSim, true
		}
		if single && (own.field != fieldArtist && tk.field != fieldArtist || !hwApart(pa, pb)) {
			la, lb := utf8.RuneCountInString(pa), utf8.RuneCountInString(pb)
			if t := typoSimStrings(pa, pb, la, lb, letterMask(pa), letterMask(pb)); t > 0 {
				return min(t, skeletonSim-0.01), false
			}
		}
	}
	if !single {
		return 0, false
	}
	if (reading.Cyrillic(own.text) || reading.Indic(own.text)) && otherEnding(own.read, lo) {
		return 0, false
	}
	la, lb := utf8.RuneCountInString(own.read), utf8.RuneCountInString(lo)
	if t := typoSimStrings(own.read, lo, la, lb, letterMask(own.read), letterMask(lo)); t > 0 {
		return min(t, skeletonSim-0.01), false
	}
	return 0, false
}

// articleDropped reports whether one of own and tk, a single token, is an
// Arabic word with the article and the other a Latin word whose skeleton
// is the Arabic word's without it, ending alike (reading.EndsAgree); other is tk's src and latin own's
// skeleton.
func articleDropped(own, tk *token, other, latin string) bool {
	switch {
	case own.abjad && !tk.abjad:
		sk := reading.ArticleSkeleton(own.text, own.src)
		return sk != "" && sk == reading.Skeleton(other) && endsAgree(own, tk, other)
	case tk.abjad && !own.abjad:
		sk := reading.ArticleSkeleton(tk.text, other)
		return sk != "" && sk == latin && endsAgree(own, tk, other)
	}
	return false
}

// endsAgree reports whether the one of own and tk that is Arabic and the
// other, a Latin word (other being tk's src), end alike
// (reading.EndsAgree); two Arabic words or two Latin ones always do.
func endsAgree(own, tk *token, other string) bool {
	switch {
	case own.abjad && !tk.abjad:
		return reading.EndsAgree(own.text, strings.ToLower(other))
	case tk.abjad && !own.abjad:
		return reading.EndsAgree(tk.text, strings.ToLower(own.src))
	}
	return true
}

// hindiVowelsMeet reports whether own, a Devanagari word, and other, a
// Latin spelling, are one by reading.HindiVowels: its reading, or one of
// the alternates fans write (an inherent a kept, a final nasal dropped).
func hindiVowelsMeet(own *token, other string) bool {
	lo := reading.HindiVowels(other, own.nasalE)
	return lo != "" && slices.Contains(own.fans, lo)
}

// hwApart reports whether two Popular spellings of a name differ only by
// a w after an h: 희 (hui, Hee) and 휘 (hwi, Whee) are two syllables, and
// 희성 is no Wheesung (휘성), though one letter is all a typo would add
// (korean_hw_name).
func hwApart(a, b string) bool {
	return a != b && strings.ReplaceAll(a, "hw", "h") == strings.ReplaceAll(b, "hw", "h")
}

// hangulArtist reports whether a word of p's artist is written in Hangul.
func (p *side) hangulArtist() bool {
	for i := range p.nArt {
		if p.toks[i].hangul {
			return true
		}
	}
	return false
}

// otherEnding reports whether two loose spellings are one stem with
// vowels after it in each that end in another vowel: for a Cyrillic word,
// another case or number of the word, not a typo of it (Мелодії melodiyi
// against Melodia melodya, Історії against Istoria: stories, not a story;
// Звезды against Zvezda), and for a Devanagari word another gender or
// number (जलता jalta against Jalti, जलते; hindi_other_ending). A vowel
// only one has after the stem is a spelling's, and so is an ending of i
// and y (й: Последний posledniy, Posledni).
func otherEnding(a, b string) bool {
	sa, sb := strings.TrimRight(a, "aeiouy"), strings.TrimRight(b, "aeiouy")
	if a == b || sa == "" || sa != sb || len(sa) == len(a) || len(sb) == len(b) {
		return false
	}
	class := func(c byte) byte {
		if c == 'y' {
			return 'i'
		}
		return c
	}
	return class(a[len(a)-1]) != class(b[len(b)-1])
}

// sameAlphabet reports whether two words are both written in Cyrillic,
// and not one spelling with and without the dots of ё: a reading is for
// crossing scripts, and in one alphabet the words compare as written, a
// letter that differs in both spellings a difference (Дим / Дім, smoke
// and house; Лис / Ліс; Віра / Вира).
func sameAlphabet(a, b *token) bool {
	return reading.Cyrillic(a.text) && reading.Cyrillic(b.text) && yoFold(a.text) != yoFold(b.text)
}

// yoFold writes ё as е, as Russian texts commonly do.
func yoFold(w string) string {
	return strings.ReplaceAll(w, "ё", "е")
}

// otherCyrillicEnding reports whether token i of a and token j of b are
// Cyrillic words of one stem with other ending vowels in their readings
// (otherEnding): another case or number of the word (Історії / Історія:
// stories, a story), not a typo of it.
func (s *scorer) otherCyrillicEnding(i, j int) bool {
	x, y := s.a.toks[i].text, s.b.toks[j].text
	if !reading.Cyrillic(x) || !reading.Cyrillic(y) {
		return false
	}
	rx, ry := s.a.title.Reading(x), s.b.title.Reading(y)
	return rx != "" && ry != "" && otherEnding(reading.Loose(rx), reading.Loose(ry))
}

// surnameSim is a Chinese name against a given name of its own and the
// family name ("Eason Chan" for 陳奕迅, "Teresa Teng" for 鄧麗君): the name
// agrees in one syllable only, enough for the artists to align
// (primaryArtistsAligned) but never to agree as a whole. Every singer of
// that family name aligns so, so such a match alone never merges (see
// familyNameOnly).
const surnameSim = 0.85

// hanSyllables compares a token of Han characters only (own) with a run of
// Latin words of the other side: a word a character, each a Cantonese or
// Mandarin reading of its character (reading.SyllablesSpell: 千千闕歌 Chin
// Chin Kuet Go, 陳奕迅 Chan Yik Shun), or, for a Chinese name in the
// artists, two words that are a given name and its family name
// (reading.Surname: "Eason Chan", "Hebe Tien"), which family reports.
func hanSyllables(own *token, run []token) (sim float64, exact, family bool) {
	words := make([]string, 0, len(run))
	for i := range run {
		if run[i].reading || run[i].num || !isLetters(run[i].text) {
			return 0, false, false
		}
		words = append(words, run[i].text)
	}
	if reading.SyllablesSpell(own.text, words) {
		return readingSim, true, false
	}
	if own.field == fieldArtist && run[0].field == fieldArtist && len(words) == 2 && len(words[0]) >= 2 &&
		reading.Surname(own.text, words[1]) {
		return surnameSim, false, true
	}
	return 0, false, false
}

// familyNameOnly reports whether the artists met by family names alone
// (kindFamilyName) and by no other match.
func familyNameOnly(s *scorer) bool {
	family := false
	for _, p := range s.pairs {
		if p.phase != phaseArtist {
			continue
		}
		if p.kind != kindFamilyName {
			return false
		}
		family = true
	}
	return family
}

// glosses leaves out of the track what a bilingual upload writes twice,
// once in each script, or translates, when the titles otherwise agree (the
// artists met, see artistsRead, and the tracks share a word). Such words
// are glosses (phaseGloss): neither evidence nor an extra word.
//
//   - A bracket group of unmatched words, not a part number alone, beside
//     a track matched by a reading: "Zemfira - Khochesh (Do You Want?)", "Lyube -
//     Kon (Horse)".
//   - Unmatched words that read as words of the other title that its
//     normalizer left out as an alias ("BTS - Pi Ttam Nunmul (Blood Sweat &
//     Tears)" against "BTS (방탄소년단) '피 땀 눈물 (Blood Sweat & Tears)'").
//   - A word in another script whose reading is words of its own track
//     ("江南 Jiang Nan"), and the unmatched Latin words right beside a word
//     in another script matched by its reading or as itself, when the other
//     track has nothing left unmatched ("青花瓷 Blue and White Porcelain"
//     against "Qinghuaci" or "青花瓷", "告白氣球 Love Confession").
//
// Two Latin titles that met by a romanization (alignRomanizations) are
// read titles too: "Zemfira - Hochesh?" against "Zemfira - Khochesh (Do
// You Want?)", "Eito - Kousui" against "Eito - Kosui (Perfume)".
//
// A title that met by no reading keeps its words.
func (s *scorer) glosses() {
	if !s.artistsRead {
		return
	}
	read, native, shared := false, false, false
	for _, p := range s.pairs {
		// Two romanizations of one word are two readings of a title in
		// another script: a bracket beside them translates it too.
		read = read || p.kind == kindRomanization
		if p.phase == phaseTrack {
			shared = true
			read = read || p.kind == kindReading
			// A word in another script matched as itself (青花瓷
			// against 青花瓷).
			native = native || p.kind == kindExact && s.a.toks[p.i].reading
		}
	}
	if !shared {
		return
	}
	if read {
		s.a.bracketGlosses(s.phA)
		s.b.bracketGlosses(s.phB)
	}
	s.a.droppedGlosses(s.phA, &s.b)
	s.b.droppedGlosses(s.phB, &s.a)
	s.a.twiceGlosses(s.phA)
	s.b.twiceGlosses(s.phB)
	if read || native {
		s.a.besideGlosses(s.phA, s.phB, &s.b)
		s.b.besideGlosses(s.phB, s.phA, &s.a)
	}
}

func (p *side) bracketGlosses(ph []phase) {
	tr := p.track()
	for _, group := range bracketGroups(p.title.Raw) {
		var idx []int
		number, words := false, false
		for _, w := range group {
			i := slices.IndexFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.text == w })
			if i < 0 || ph[tr.lo+i] != phaseNone {
				idx = nil
				break
			}
			tk := &p.toks[tr.lo+i]
			number = number || tk.num
			words = words || !tk.num && !tk.light && !numberMarkers[tk.canon]
			idx = append(idx, tr.lo+i)
		}
		if number && !words {
			// A part number is no translation: "(Part 2)" is a sequel.
			continue
		}
		if slices.ContainsFunc(idx, func(i int) bool { return asideWord(p.toks[i].canon) }) {
			// "(Reprise)", "(Interlude)" name another track of the work,
			// no translation (see asideWord).
			continue
		}
		for _, i := range idx {
			ph[i] = phaseGloss
		}
	}
}

// droppedGlosses marks runs of p's unmatched Latin track words that spell
// the reading of words in another script of o's raw title, words o's
// track does not hold: a word of o's track is its title, and p writing it
// twice is a repetition ("கண்ணே" against "Kanne Kanne"), no gloss.
func (p *side) droppedGlosses(ph []phase, o *side) {
	readings := o.rawReadings()
	if len(readings) == 0 {
		return
	}
	tr := p.track()
	for i := tr.lo; i < tr.hi; i++ {
		var src strings.Builder
		for j := i; j < tr.hi && j-i < maxReadingRun && ph[j] == phaseNone && !p.toks[j].reading; j++ {
			src.WriteString(p.toks[j].text)
			if r := reading.Loose(src.String()); readings[r] && !o.trackReads(r) {
				for x := i; x <= j; x++ {
					ph[x] = phaseGloss
				}
				i = j
				break
			}
		}
	}
}

// trackReads reports whether a word of p's track in another script reads r.
func (p *side) trackReads(r string) bool {
	tr := p.track()
	return slices.ContainsFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.reading && t.read == r })
}

// rawReadings returns the loose readings of the words in another script of
// p's raw title, and of runs of them, as a set.
func (p *side) rawReadings() map[string]bool {
	if !p.scripts || p.rawReads != nil {
		return p.rawReads
	}
	f := title.Fold(p.title.Raw)
	h := reading.Detect(f)
	var reads []string
	flush := func() {
		for i := range reads {
			joined := ""
			for j := i; j < len(reads) && j-i < maxReadingRun; j++ {
				joined += reads[j]
				p.rawReads[reading.Loose(joined)] = true
			}
		}
		reads = reads[:0]
	}
	p.rawReads = map[string]bool{}
	for _, w := range strings.FieldsFunc(f, notWordRune) {
		r, ok := reading.Of(w, h)
		if !ok {
			flush()
			continue
		}
		reads = append(reads, strings.ReplaceAll(r, " ", ""))
	}
	flush()
	return p.rawReads
}

// twiceGlosses marks what p's track writes twice, once in each script
// ("Беспечный ангел / Bespechny Angel", "江南 Jiang Nan"): a word in
// another script and a run of p's own Latin words that spell its reading,
// of which one is matched and the other not; the unmatched one is a gloss.
func (p *side) twiceGlosses(ph []phase) {
	tr := p.track()
	for i := tr.lo; i < tr.hi; i++ {
		if !p.toks[i].reading {
			continue
		}
		for j := tr.lo; j < tr.hi; j++ {
			var src strings.Builder
			for k := j; k < tr.hi && k-j < maxReadingRun && !p.toks[k].reading; k++ {
				src.WriteString(p.toks[k].text)
				if reading.Loose(src.String()) != p.toks[i].read {
					continue
				}
				latinFree := true
				for x := j; x <= k; x++ {
					latinFree = latinFree && ph[x] == phaseNone
				}
				switch {
				case ph[i] == phaseNone && !latinFree:
					ph[i] = phaseGloss
				case ph[i] != phaseNone && ph[i] != phaseGloss && latinFree:
					for x := j; x <= k; x++ {
						ph[x] = phaseGloss
					}
				}
				break
			}
		}
	}
}

// besideGlosses marks the unmatched Latin words of p's track right after
// or before a word in another script matched by its reading, when o's
// track has no unmatched word: a translation beside the title. A number
// is no translation and ends the run ("거짓말 2", "夜に駆ける 2": a sequel).
func (p *side) besideGlosses(ph, oph []phase, o *side) {
	otr := o.track()
	for j := otr.lo; j < otr.hi; j++ {
		if oph[j] == phaseNone && !o.toks[j].light {
			return
		}
	}
	tr := p.track()
	for i := tr.lo; i < tr.hi; i++ {
		if !p.toks[i].reading || ph[i] != phaseTrack {
			continue
		}
		for _, step := range []int{1, -1} {
			for j := i + step; j >= tr.lo && j < tr.hi && ph[j] == phaseNone && !p.toks[j].reading && !p.toks[j].num; j += step {
				ph[j] = phaseGloss
			}
		}
	}
}

// bracketGroups returns the words of each (...) and [...] group of a raw
// title, folded and joined as the normalizer joins them (I'm = im), split
// at spaces and at quotes and brackets inside the group ("(《大鱼海棠》印象曲)"
// holds two words).
func bracketGroups(raw string) [][]string {
	f := title.Fold(raw)
	var groups [][]string
	for _, br := range []string{"()", "[]"} {
		rest := f
		for {
			i := strings.IndexByte(rest, br[0])
			if i < 0 {
				break
			}
			j := strings.IndexByte(rest[i:], br[1])
			if j < 0 {
				break
			}
			var words []string
			for _, w := range strings.FieldsFunc(rest[i+1:i+j], quoteOrSpace) {
				var b strings.Builder
				for _, r := range w {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						b.WriteRune(r)
					}
				}
				if b.Len() > 0 {
					words = append(words, b.String())
				}
			}
			if len(words) > 0 {
				groups = append(groups, words)
			}
			rest = rest[i+j+1:]
		}
	}
	return groups
}

// romanizationSim is two Latin spellings of one word in two romanization
// systems (Yuuri / Yuri, Khochesh / Hochesh, Djurdjevdan / Durdevdan, Tum
// Hee Ho / Tum Hi Ho): a spelling variant.
const romanizationSim = variantSim

// minRomajiFold is the fewest letters a Latin spelling needs to meet a
// Japanese word's reading by reading.Romaji, its y read as a long i: a
// shorter word ending in y is an English word as often (My and み, Shy and
// 詩, Happy and はっぴ, Sorry and そり, Jimmy and じみ), while the fans'
// spellings are of longer names (Kyary Pamyu Pamyu).
const minRomajiFold = 6

// minGreeklish is the fewest letters a track word's Greeklish fold needs
// to match another's: Iparho / Yparxo (iparho), Paidia / Pedia (pedia).
const minGreeklish = 5

// alignRomanizations pairs the unmatched Latin words of sa and sb whose
// loose spellings (reading.AppendRomanization) are one: the same word romanized by two
// systems or two fans. In a track it counts only when the artists agree
// (align), as a typo does: "Been" and "Bin" fold to one form too. Track
// words meet by their Greeklish folds (reading.Greeklish) too, a Greek
// word as two fans type it: "Iparho" / "Yparxo" (Υπάρχω), "Frangosyriani"
// / "Fragkosyrianh" (Φραγκοσυριανή), "Paidia" / "Pedia" (Παιδιά). Their
// Hinglish folds (reading.AppendHinglish) count only when at least two
// words of the tracks meet as romanizations ("Raataan Lambiyan" /
// "Raatan Lambiya", "Yeh Shaam" / "Ye Sham"): one word alone is no sign
// of Hindi, and the folds of ee and oo make one of English words that
// name other songs ("Shoot" / "Shut", "Soon" / "Sun") (hinglish_spelling).
func (s *scorer) alignRomanizations(sa, sb tokRange, ph phase) {
	if ph != phaseTrack {
		pairs := s.foldPairs(sa, sb, (*side).loose, 1, nil, nil)
		if s.arabic {
			pairs = s.arabicPairs(sa, sb, pairs)
		}
		s.linkFolded(pairs, ph)
		if ph == phaseArtist {
			s.alignSlavicNames(sa, sb)
		}
		return
	}
	var pairs []foldPair
	pairs = s.foldPairs(sa, sb, (*side).loose, 1, s.englishPair, pairs)
	pairs = s.foldPairs(sa, sb, (*side).greeklish, minGreeklish, nil, pairs)
	if hindi := s.foldPairs(sa, sb, (*side).hinglish, 2, nil, pairs); len(hindi) >= 2 {
		pairs = hindi
	}
	if s.sameUnmatched(sa, sb) {
		pairs = s.foldPairs(sa, sb, (*side).slavic, 1, s.englishPair, pairs)
	}
	if s.arabic {
		pairs = s.arabicPairs(sa, sb, pairs)
	}
	s.linkFolded(pairs, ph)
}

// minSlavicName is the fewest letters of an artist's word whose Slavic
// fold alone (reading.AppendSlavic) makes the artists one: a shorter word
// (Mya / Mia, Roy / Roi) meets another name so, and counts only beside
// another word of the name that both sides write alike or as two
// spellings (Viktor Tsoi / Viktor Coj, Yuri Shatunov / Jurij Šatunov):
// slavic_short_name.
const minSlavicName = 5

// alignSlavicNames pairs the unmatched artist words of sa and sb whose
// Slavic folds are one (slavic_romanization): Vysotsky / Vysotskiy,
// Yekaterina / Ekaterina, and a shorter word when another word of the
// names already met.
func (s *scorer) alignSlavicNames(sa, sb tokRange) {
	if !s.sameUnmatched(sa, sb) {
		return
	}
	s.linkFolded(s.foldPairs(sa, sb, (*side).slavic, minSlavicName, nil, nil), phaseArtist)
	if s.namesMet(sa, sb) {
		s.linkFolded(s.foldPairs(sa, sb, (*side).slavic, 1, nil, nil), phaseArtist)
	}
}

// sameUnmatched reports whether sa and sb hold as many unmatched words
// of letters, one or more: a name or a title spelled in two schemes keeps
// its words, so only then are the Slavic folds worth comparing.
func (s *scorer) sameUnmatched(sa, sb tokRange) bool {
	count := func(toks []token, ph []phase, r tokRange) int {
		n := 0
		for i := r.lo; i < r.hi; i++ {
			if ph[i] == phaseNone && !toks[i].num {
				n++
			}
		}
		return n
	}
	n := count(s.a.toks, s.phA, sa)
	return n > 0 && n == count(s.b.toks, s.phB, sb)
}

// namesMet reports whether a token of sa and one of sb are matched as
// written or as two spellings of a word of five letters or more.
func (s *scorer) namesMet(sa, sb tokRange) bool {
	for _, p := range s.pairs {
		if (p.kind == kindExact || p.kind == kindRomanization) && p.i >= sa.lo && p.i < sa.hi && p.j >= sb.lo && p.j < sb.hi {
			return true
		}
	}
	return false
}

// foldPair is a word of each side that a fold makes one.
type foldPair struct{ i, j int }

// linkFolded links each pair as two romanizations.
func (s *scorer) linkFolded(pairs []foldPair, ph phase) {
	for _, p := range pairs {
		s.link(p.i, -1, p.j, -1, romanizationSim, kindRomanization, ph)
	}
}

// foldPairs appends to pairs the unmatched Latin words of sa and sb,
// written differently and in no pair yet, whose folds (of at least
// minLen letters) are one, as two romanizations, unless skip (when not
// nil) leaves the two words out.
func (s *scorer) foldPairs(sa, sb tokRange, fold func(*side, int) []byte, minLen int, skip func(i, j int) bool, pairs []foldPair) []foldPair {
	A, B := s.a.toks, s.b.toks
	inPair := func(i, j int) bool {
		return slices.ContainsFunc(pairs, func(p foldPair) bool { return p.i == i || p.j == j })
	}
	for i := sa.lo; i < sa.hi; i++ {
		if s.phA[i] != phaseNone || A[i].num || !isLetters(A[i].text) || inPair(i, -1) {
			continue
		}
		fa := fold(&s.a, i)
		if len(fa) < minLen {
			continue
		}
		for j := sb.lo; j < sb.hi; j++ {
			if s.phB[j] != phaseNone || B[j].num || !isLetters(B[j].text) || A[i].text == B[j].text || inPair(-1, j) {
				continue
			}
			if string(fa) == string(fold(&s.b, j)) && (skip == nil || !skip(i, j)) {
				pairs = append(pairs, foldPair{i, j})
				break
			}
		}
	}
	return pairs
}

// englishPair reports whether track words i of a and j of b, one by the
// romanization fold, are two English words (reading.EnglishPair) and
// nothing says either is romanized: neither title has words in another
// script and neither writes its word with a letter outside ASCII
// (Đurđevdan, Kōsui). Same-artist tracks one vowel or a w apart are other
// songs: "Sleep Away" / "Slip Away", "Deep Water" / "Dip Water", "Wine
// Red" / "Vine Red" (english_pair).
func (s *scorer) englishPair(i, j int) bool {
	return s.englishWords(s.a.toks[i].text, s.b.toks[j].text)
}

// englishWords reports whether a, a word of side a, and b, one of side b,
// are two English words as englishPair reads them: not when a track word
// of either title ends as romanized Hindi and Japanese words do and
// English ones rarely do (romanizedCompany).
func (s *scorer) englishWords(a, b string) bool {
	return reading.EnglishPair(a, b) && !s.a.scripts && !s.b.scripts && s.a.asciiWord(a) && s.b.asciiWord(b) &&
		!romanizedCompany(s.a.title.TrackTokens) && !romanizedCompany(s.b.title.TrackTokens)
}

// romanizedCompany reports whether a word of the track, of two letters or
// more, ends in a or i, as romanized Hindi and Japanese words do ("laga",
// "meri", "hai", "ni", "wa") and English words seldom do: the words beside
// a pair one vowel or a w apart say it is one word romanized twice
// ("Jeene Laga Hoon" / "Jine Laga Hoon", "Kheench Meri Photo" / "Khinch
// Meri Photo", "Teri Meri Preet" / "Teri Meri Prit"), not two English
// words (english_pair).
func romanizedCompany(track []string) bool {
	for _, w := range track {
		if len(w) >= 2 && isLetters(w) && (w[len(w)-1] == 'a' || w[len(w)-1] == 'i') {
			return true
		}
	}
	return false
}

// englishSwap reports whether the tracks are the same words but for one
// pair in one place that englishWords reads as two English words: "Wine
// Red" / "Vine Red" is no slip of spelling (english_pair).
func (s *scorer) englishSwap() bool {
	ta, tb := s.a.title.TrackTokens, s.b.title.TrackTokens
	if len(ta) != len(tb) {
		return false
	}
	swap := false
	for k := range ta {
		if ta[k] == tb[k] {
			continue
		}
		if swap || !s.englishWords(ta[k], tb[k]) {
			return false
		}
		swap = true
	}
	return swap
}

// asciiWord reports whether the raw title writes the word tok, a token's
// text, in ASCII letters alone: no raw word with another letter folds to
// it.
func (p *side) asciiWord(tok string) bool {
	for _, w := range wordsOf(p.title.Raw) {
		if !isASCII(w) && title.Fold(w) == tok {
			return false
		}
	}
	return true
}

// romanized reports whether some pair matched as two romanizations.
func (s *scorer) romanized() bool {
	return slices.ContainsFunc(s.pairs, func(p pairRec) bool { return p.kind == kindRomanization })
}

// foldSpan locates a token's text through a fold in its side's foldBuf,
// once the fold is done.
type foldSpan struct {
	lo, hi int32
	done   bool
}

// folded returns token i's text through fold, kept at fs in the side's
// buffer for the rest of the build.
func (p *side) folded(i int, fs *foldSpan, fold func([]byte, string) []byte) []byte {
	if !fs.done {
		lo := len(p.foldBuf)
		p.foldBuf = fold(p.foldBuf, p.toks[i].text)
		fs.lo, fs.hi, fs.done = int32(lo), int32(len(p.foldBuf)), true
	}
	return p.foldBuf[fs.lo:fs.hi]
}

// loose returns token i's text through reading.AppendRomanization.
func (p *side) loose(i int) []byte {
	return p.folded(i, &p.toks[i].looseFold, reading.AppendRomanization)
}

// slavic returns token i's text through reading.AppendSlavic, from the
// raw title's spelling where it writes the word with a háček or đ: a
// Serbian or Czech-style č, š, ž, ć or đ is the ch, sh, zh, ch or dj of
// another scheme (Čolić / Cholich, Šatunov / Shatunov, Žit / Zhit), which
// the folded text, c, s, z, c and d, no longer tells.
func (p *side) slavic(i int) []byte {
	return p.folded(i, &p.toks[i].slavicFold, func(b []byte, tok string) []byte {
		return reading.AppendSlavic(b, p.hacekSpelling(tok))
	})
}

// hacekSpelling returns tok as the raw title writes it with its háčeks
// and đ spelled out (reading.Hacek), or tok.
func (p *side) hacekSpelling(tok string) string {
	if isASCII(p.title.Raw) {
		return tok
	}
	for _, w := range wordsOf(p.title.Raw) {
		if !isASCII(w) && strings.ContainsAny(w, reading.HacekLetters) && title.Fold(w) == tok {
			return title.Fold(reading.Hacek(w))
		}
	}
	return tok
}

// hinglish returns token i's text through reading.AppendHinglish.
func (p *side) hinglish(i int) []byte {
	return p.folded(i, &p.toks[i].hindiFold, reading.AppendHinglish)
}

// greeklish returns token i's text through reading.AppendGreeklish.
func (p *side) greeklish(i int) []byte {
	return p.folded(i, &p.toks[i].greekFold, reading.AppendGreeklish)
}

// asideWord reports whether w, a canonical form, in a bracket names
// another track of a work rather than a note on this one ("Home
// (Interlude)", "Breathe (Reprise)", "(Dub)"): a group that holds one is
// never an aside.
func asideWord(w string) bool { return w == "dub" || title.OtherTrackWord(w) }

// asides leaves out of one track a bracket group that is all its words
// beside the other track, when the artists are the same (artistsAligned,
// or artistsInTitle) and the other
// track is matched whole, word for word: an album, a subtitle, a
// translation or a performer written after the title ("What Is Love (
// Remember )", "Georie-seo (On the Street)", "大鱼 (《大鱼海棠》印象曲)",
// "Yesterday ( Beatles )"). Such words are asides (phaseGloss): neither
// evidence nor an extra word. A group with a number alone, a version word,
// a version noun before other words ("(Versión de Estudio)": a
// noun-first version tag the normalizer could not read), a word asideWord
// names or a title.KindWord is kept; so is everything when anything else is
// left unmatched on either side. It reports whether it left a group out.
func (s *scorer) asides() bool {
	if !s.artistsAligned() && !s.artistsInTitle() {
		return false
	}
	if s.a.bracketAside(s.phA, &s.b, s.phB, &s.channelGroup) || s.b.bracketAside(s.phB, &s.a, s.phA, &s.channelGroup) {
		return true
	}
	// A title written twice is a bilingual upload's: a Latin title in
	// brackets beside another (an album's, "Authoritarian Response
	// (Project Echo)" against the record "Project Echo") is no
	// translation.
	if !s.a.scripts && !s.b.scripts {
		return false
	}
	return s.a.bracketNamed(s.phA, &s.b, s.phB) || s.b.bracketNamed(s.phB, &s.a, s.phA) ||
		s.a.scriptTwin(s.phA, &s.b, s.phB) || s.b.scriptTwin(s.phB, &s.a, s.phA)
}

// scriptTwin marks as asides the words of p's track in another script than
// Latin when they are all its words left unmatched, stand together at its
// start or its end, and the rest of p's track, in Latin letters, and the
// whole of q's are matched: the title written twice side by side, in its
// own script and in Latin letters ("她說 She Says" against "She Says"), of
// which q wrote the Latin half. A version word ("라이브"), a number or a
// word that names another track of a work is never in either half, and
// the Latin half names the track on its own: it holds a word that is no
// part marker or version filler ("青花瓷 Part 2" against "Part 2" is no
// such pair).
func (p *side) scriptTwin(ph []phase, q *side, qph []phase) bool {
	if p.unmatchedTrack(ph) == 0 || q.unmatchedTrack(qph) != 0 {
		return false
	}
	tr := p.track()
	lo, hi := -1, -1 // the run of unmatched words
	named := false   // the Latin half holds a word that names a track
	for i := tr.lo; i < tr.hi; i++ {
		tk := &p.toks[i]
		switch {
		case ph[i] == phaseNone && !tk.light:
			if !otherScript(tk.text) || hi >= 0 && hi != i || tk.num || asideWord(tk.canon) || numberMarkers[tk.canon] {
				return false
			}
			if _, ok := title.VersionWord(tk.canon); ok {
				return false
			}
			if lo < 0 {
				lo = i
			}
			hi = i + 1
		case ph[i] == phaseTrack:
			if otherScript(tk.text) {
				return false // the matched half is no Latin one
			}
			if tk.num || asideWord(tk.canon) || numberMarkers[tk.canon] {
				return false
			}
			if _, ok := title.VersionWord(tk.canon); ok {
				return false
			}
			named = named || !tk.light && !title.VersionFiller(tk.canon)
		case ph[i] == phaseNone:
			// a light word inside or beside the run
		default:
			return false
		}
	}
	if !named || lo != tr.lo && hi != tr.hi {
		return false
	}
	for i := lo; i < hi; i++ {
		ph[i] = phaseGloss
	}
	return true
}

// onlyHan reports whether w is Han characters only.
func onlyHan(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return w != ""
}

// otherScript reports whether w has a letter outside the Latin script.
func otherScript(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// bracketNamed marks as asides the words of p's track outside a bracket
// group when the group holds every word of p's track that met the other
// track, q's track is matched whole, and nothing else of p is left: the
// title written twice, once in its own language and once in brackets
// ("Joheun Nal (Good Day)" against "Good Day", "Yoru ni Kakeru (Racing
// into the Night)" against "Racing into the Night"). The words outside
// are no version, number or word asideWord names.
func (p *side) bracketNamed(ph []phase, q *side, qph []phase) bool {
	if p.unmatchedTrack(ph) == 0 || q.unmatchedTrack(qph) != 0 {
		return false
	}
	tr := p.track()
	inGroup := map[int]bool{}
	for _, group := range bracketGroups(p.title.Raw) {
		var idx []int
		for _, w := range group {
			i := slices.IndexFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.text == w })
			if i < 0 || ph[tr.lo+i] != phaseTrack && !p.toks[tr.lo+i].light {
				idx = nil
				break
			}
			idx = append(idx, tr.lo+i)
		}
		for _, i := range idx {
			inGroup[i] = true
		}
	}
	if len(inGroup) == 0 {
		return false
	}
	var outside []int
	for i := tr.lo; i < tr.hi; i++ {
		tk := &p.toks[i]
		switch {
		case inGroup[i] || tk.light && ph[i] == phaseNone:
		case ph[i] != phaseNone:
			return false // a matched word outside the group
		default:
			if _, ok := title.VersionWord(tk.canon); ok || asideWord(tk.canon) || tk.num || numberMarkers[tk.canon] {
				return false
			}
			outside = append(outside, i)
		}
	}
	for _, i := range outside {
		ph[i] = phaseGloss
	}
	return len(outside) > 0
}

// artistsAligned reports whether both sides name artists, neither by a
// channel's guess, and every word of them (articles and "and" aside) met
// its counterpart in the artist phase, exactly or by a spelling ("Majida
// El Roumi" / "Magida El Roumi"): the same artists, written alike.
func (s *scorer) artistsAligned() bool {
	if s.artistsAgree {
		return true
	}
	if !s.a.hasArtist() || !s.b.hasArtist() || s.a.channelArt || s.b.channelArt {
		return false
	}
	for _, p := range []struct {
		s  *side
		ph []phase
	}{{&s.a, s.phA}, {&s.b, s.phB}} {
		for i := range p.s.nArt {
			if p.ph[i] != phaseArtist && !p.s.toks[i].light {
				return false
			}
		}
	}
	return true
}

// artistsInTitle reports whether one side names artists, not by a
// channel's guess, and the other names none but has every word of them in
// its track ("frankie jordan elle est passee" against Frankie Jordan's
// "Elle est passée"): the artists are the same, as artistsAgree says when
// both name them.
func (s *scorer) artistsInTitle() bool {
	p, ph := &s.a, s.phA
	if !p.hasArtist() {
		p, ph = &s.b, s.phB
	}
	if !p.hasArtist() || s.a.hasArtist() && s.b.hasArtist() || p.channelArt || p.reread() {
		return false
	}
	words := 0
	for i := range p.nArt {
		if p.toks[i].light {
			continue
		}
		if ph[i] != phaseCross {
			return false
		}
		words++
	}
	return words > 0
}

// bracketAside marks p's bracket groups as asides when q's track is
// matched whole and they are all p's track leaves unmatched (see asides).
// *channelGroup reports that a group left out names the uploading channel,
// a performer's that is not the artists' (see namesChannel).
func (p *side) bracketAside(ph []phase, q *side, qph []phase, channelGroup *bool) bool {
	if p.unmatchedTrack(ph) == 0 || q.unmatchedTrack(qph) != 0 {
		return false
	}
	tr := p.track()
	matched := false
	for i := tr.lo; i < tr.hi; i++ {
		matched = matched || ph[i] == phaseTrack && !p.toks[i].light
	}
	if !matched {
		return false
	}
	var marked []int
	channel := false
	brackets := bracketGroups(p.title.Raw)
	for g, group := range slices.Concat(brackets, segmentGroups(p.title.Raw)) {
		if g < len(brackets) && otherCredit(group, q) {
			continue
		}
		var idx []int
		words := false
		for j, w := range group {
			i := slices.IndexFunc(p.toks[tr.lo:tr.hi], func(t token) bool { return t.text == w })
			if g >= len(brackets) && slices.Contains(p.title.ArtistTokens, w) {
				// The artists' part ("Queen - Killer Queen"); in
				// brackets their name is an album's ("(The Art of
				// Scott Joplin)") or a credit.
				idx = nil
				break
			}
			if i < 0 {
				continue // left out by the normalizer: a year, noise
			}
			if ph[tr.lo+i] != phaseNone || slices.Contains(idx, tr.lo+i) {
				idx = nil
				break
			}
			tk := &p.toks[tr.lo+i]
			if _, ok := title.VersionWord(tk.canon); ok || asideWord(tk.canon) || title.KindWord(tk.canon) || j == 0 && len(group) > 1 && title.VersionNoun(tk.canon) {
				idx = nil
				break
			}
			words = words || !tk.num && !tk.light && !numberMarkers[tk.canon]
			idx = append(idx, tr.lo+i)
		}
		if !words && !trackNumber(p.toks, idx) {
			continue
		}
		if words && len(idx) > 0 && p.namesChannel(group) {
			channel = true
		}
		for _, i := range idx {
			ph[i] = phaseGloss
		}
		marked = append(marked, idx...)
	}
	if len(marked) == 0 {
		return false
	}
	if p.unmatchedTrack(ph) != 0 {
		for _, i := range marked {
			ph[i] = phaseNone
		}
		return false
	}
	*channelGroup = *channelGroup || channel
	return true
}

// otherCredit reports whether a bracket group led by a credit connector
// ("(con Giorgia)", "(with Aitana)") names a singer that q's featured
// credits do not, when q credits one: the credit of another duet partner
// ("Vivo per lei (con Giorgia)" against "Vivo per lei (con Hélène
// Ségara)"), a recording of its own and never an aside (con_credit).
func otherCredit(group []string, q *side) bool {
	if len(group) < 2 || !creditConnectors[group[0]] || len(q.title.FeaturedTokens) == 0 {
		return false
	}
	for _, w := range group[1:] {
		if !slices.Contains(q.title.FeaturedTokens, w) {
			return true
		}
	}
	return false
}

// namesChannel reports whether the words of a group are the name of p's
// uploading channel, or a run of two words or more of it ("Creep (Postmodern
// Jukebox)" on "Scott Bradlee's Postmodern Jukebox", "Wonderwall (Jasmine
// Thompson)" on "Jasmine Thompson"), when the channel reads as a
// performer's own (no label, lyrics or promotion word in its name; not an
// artist's "- Topic" or VEVO channel) and holds no word of p's artists:
// the group credits the uploader, a performer other than the artists the
// title names (bracket_names_channel).
func (p *side) namesChannel(group []string) bool {
	if p.title.Channel == "" {
		return false
	}
	ch := title.ReadChannel(p.title.Channel)
	if !ch.Own || ch.Sure {
		return false
	}
	var words []string
	for _, w := range strings.FieldsFunc(ch.Name, quoteOrSpace) {
		if w = strings.Map(letterOrDigit, w); w != "" {
			words = append(words, w)
		}
	}
	for _, w := range p.title.ArtistTokens {
		if slices.Contains(words, strings.Map(letterOrDigit, w)) {
			return false
		}
	}
	if len(group) < 2 && len(group) != len(words) {
		return false
	}
	for i := range words {
		if len(words)-i >= len(group) && slices.Equal(words[i:i+len(group)], group) {
			return true
		}
	}
	return false
}

// letterOrDigit keeps a letter or a digit and drops any other rune, for
// strings.Map.
func letterOrDigit(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return r
	}
	return -1
}

// unmatchedTrack counts p's track words left unmatched, light ones aside.
func (p *side) unmatchedTrack(ph []phase) int {
	n := 0
	tr := p.track()
	for i := tr.lo; i < tr.hi; i++ {
		if ph[i] == phaseNone && !p.toks[i].light {
			n++
		}
	}
	return n
}

// quoteOrSpace reports the runes that part the words of a bracket group:
// spaces, and opening, closing and quoting punctuation (《》「」“”).
func quoteOrSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf)
}

// segmentGroups returns the words of the parts of a raw title that a dash
// between spaces, "~", "=" or "|" sets apart ("yesterday -
// psychedelic beat rock - july", "ieri = gruppo facebook", "yesterday ~
// je croyais ~"), as bracketGroups joins them. A "/" joins two titles,
// and a ":" a work and its movement, so neither parts a group.
func segmentGroups(raw string) [][]string {
	var groups [][]string
	f := title.Fold(raw)
	var words []string
	flush := func() {
		if len(words) > 0 {
			groups = append(groups, words)
		}
		words = nil
	}
	for _, field := range strings.FieldsFunc(f, quoteOrSpace) {
		if strings.Trim(field, "-~=|") == "" {
			flush()
			continue
		}
		var b strings.Builder
		for _, r := range field {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			case r == '~' || r == '=' || r == '|':
				if b.Len() > 0 {
					words = append(words, b.String())
					b.Reset()
				}
				flush()
			}
		}
		if b.Len() > 0 {
			words = append(words, b.String())
		}
	}
	flush()
	return groups
}

// trackNumber reports whether the tokens idx of toks are one number alone
// that reads as a track number or a date rather than a part: written
// with a leading zero ("01") or above maxSequel.
func trackNumber(toks []token, idx []int) bool {
	if len(idx) != 1 || !toks[idx[0]].num {
		return false
	}
	t := toks[idx[0]].canon
	n, err := strconv.Atoi(t)
	return err == nil && (strings.HasPrefix(t, "0") || n > maxSequel)
}

// glossNames reads a Latin title that names its track in another language
// and translates it in brackets ("IU - Joheun Nal (Good Day)", "YOASOBI - Yoru
// ni Kakeru (Racing into the Night)") against a title of the same artists
// that names the track by the translation alone ("IU - Good Day",
// "YOASOBI - Racing into the Night"): when the artists agree and the other
// track met the bracket and nothing else, word for word, the words before
// the bracket are the name the bracket translates (gloss_names), glosses
// that neither count nor hold the pair as extra words. Titles in another
// script, or that met by a romanization, read their glosses in glosses.
func (s *scorer) glossNames() {
	if !s.artistsAgree {
		return
	}
	s.a.glossName(s.phA, &s.b, s.phB)
	s.b.glossName(s.phB, &s.a, s.phA)
}

// glossName marks p's unmatched track words as glosses when q's whole
// track met exactly one bracket group of p's and nothing else (see
// glossNames).
func (p *side) glossName(ph []phase, q *side, phQ []phase) {
	tr, tq := p.track(), q.track()
	if tq.hi-tq.lo < 2 {
		return
	}
	for i := tq.lo; i < tq.hi; i++ {
		if phQ[i] != phaseTrack {
			return
		}
	}
	var matched, free []int
	for i := tr.lo; i < tr.hi; i++ {
		switch {
		case ph[i] == phaseTrack:
			matched = append(matched, i)
		case ph[i] == phaseNone:
			if p.toks[i].num || p.toks[i].reading {
				return
			}
			free = append(free, i)
		default:
			return
		}
	}
	if len(free) < 2 || len(matched) != tq.hi-tq.lo {
		return
	}
	for _, group := range bracketGroups(p.title.Raw) {
		if len(group) != len(matched) {
			continue
		}
		same := true
		for k, i := range matched {
			same = same && p.toks[i].text == group[k]
		}
		if !same || free[0] > matched[0] {
			continue
		}
		for _, i := range free {
			ph[i] = phaseGloss
		}
		return
	}
}
