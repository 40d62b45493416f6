package title

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the one form every later step of normalization works
// on: valid UTF-8, compatibility-normalized (NFKC: full-width letters become
// ASCII, ligatures split), case-folded, with the accents of Latin letters
// removed (Beyoncé = beyonce) and every dash, quote, bracket and space
// variant mapped to one ASCII or CJK form. Letters of other scripts keep
// their marks and stay composed (Hangul syllables, kana with dakuten,
// Cyrillic й), so a title in those scripts survives intact.
//
// Fold is idempotent: Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if f, ok := foldTable(s); ok {
				return f
			}
			return foldUnicode(s)
		}
	}
	return foldASCII(s)
}

// foldASCII is the fast path for pure-ASCII input, which is most YouTube
// titles: lower case, the one ASCII quote variant (`) and control
// characters as spaces, without
// allocating when nothing changes.
func foldASCII(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c == '`' || c < ' ' || c == 0x7f {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == '`':
			b[i] = '\''
		case c < ' ' || c == 0x7f:
			b[i] = ' '
		}
	}
	return string(b)
}

// The table path: most non-ASCII titles are ASCII plus accented Latin
// letters, typographic dashes and quotes, or whole words of Cyrillic,
// Greek, kana, Hangul syllables and CJK ideographs. Those runes fold one by
// one, whatever their neighbours, so a table built with foldUnicode at
// start-up folds them without the x/text transformers, which cost several
// microseconds per title.
const tableEnd = 0x3100 // the table covers [0x80, tableEnd)

var (
	// tableSafe has a bit for each rune that folds alone (see inTable).
	tableSafe [(tableEnd - 0x80 + 63) / 64]uint64
	// tableFold holds the folded form of the safe runes that change.
	tableFold = map[rune]string{}
)

// tableOnce builds the table on first use, so that programs that never
// fold a non-ASCII title do not pay for it (tens of milliseconds).
var tableOnce sync.Once

func buildTable() {
	for r := rune(0x80); r < tableEnd; r++ {
		if !foldsAlone(r) {
			continue
		}
		tableSafe[(r-0x80)/64] |= 1 << ((r - 0x80) % 64)
		if f := foldUnicode(string(r)); f != string(r) {
			tableFold[r] = f
		}
	}
}

// foldsAlone reports whether r folds the same whatever runs around it: it
// is no mark, no Hangul jamo, and starts a segment in both NFC and NFKC,
// so it neither composes with what comes before nor takes part in a
// composition that would change its own folding.
func foldsAlone(r rune) bool {
	if unicode.IsMark(r) || r >= 0x1100 && r < 0x1200 || !unicode.IsGraphic(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
		return false
	}
	s := string(r)
	return norm.NFC.PropertiesString(s).BoundaryBefore() && norm.NFKC.PropertiesString(s).BoundaryBefore() &&
		norm.NFC.PropertiesString(s).CCC() == 0
}

// foldTable folds s with the table, or reports false when s has a rune the
// table does not cover.
func foldTable(s string) (string, bool) {
	tableOnce.Do(buildTable)
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			case c < ' ' || c == 0x7f:
				c = ' '
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < tableEnd && tableSafe[(r-0x80)/64]&(1<<((r-0x80)%64)) != 0:
			if f, ok := tableFold[r]; ok {
				b = append(b, f...)
			} else {
				b = append(b, s[i:i+n]...)
			}
		case r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3:
			// CJK unified ideographs and Hangul syllables fold to
			// themselves (checked by TestFoldTable).
			b = append(b, s[i:i+n]...)
		default:
			return "", false
		}
		i += n
	}
	return string(b), true
}

// folders holds case-folding transformers: an x/text Caser keeps state
// between calls, so each goroutine must have its own.
var folders = sync.Pool{New: func() any {
	c := cases.Fold()
	return &c
}}

// foldUnicode is the general path of Fold.
func foldUnicode(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsAny(s, "\u2122\u2120") {
		// NFKC spells ™ and ℠ out as letters, which would glue them to
		// the word before: "Cup™" must not become "cuptm".
		s = strings.NewReplacer("\u2122", " ", "\u2120", " ").Replace(s)
	}
	s = norm.NFKC.String(s)
	c := folders.Get().(*cases.Caser)
	s = c.String(s)
	folders.Put(c)
	// Decompose so accents become separate marks that can be dropped after a
	// Latin letter, then recompose what is left (Hangul syllables, kana).
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var base rune // the last non-mark rune written
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
			// Keep marks only on letters of scripts other than Latin: they
			// are part of the letter there (Devanagari vowel signs,
			// dakuten, Cyrillic breve), and after a spacing vowel sign
			// of such a letter (the anusvara of सिंह). On Latin letters they are accents;
			// on symbols and spaces they are debris (keycaps, variation
			// selectors).
			if (unicode.IsLetter(base) || unicode.Is(unicode.Mc, base)) && !unicode.Is(unicode.Latin, base) {
				b.WriteRune(r)
			}
			continue
		}
		if r == hangulVowelI && !(base >= hangulLeadFirst && base <= hangulLeadLast) {
			// A standalone Hangul ㅣ (never part of a syllable here: a
			// syllable's vowel follows its leading consonant) is how
			// Korean uploads draw a "|": "performance ver.ㅣ딩고뮤직".
			b.WriteString(" | ")
			base = '|'
			continue
		}
		base = r
		if m, ok := runeMap[r]; ok {
			b.WriteString(m)
			// Marks after a replaced rune belong to what replaced it:
			// none survive after a quote, as none do after a Latin letter.
			base, _ = utf8.DecodeLastRuneInString(m)
			continue
		}
		switch {
		case unicode.Is(unicode.Cherokee, r):
			// x/text folds Cherokee to lower case and back on a second
			// pass; Unicode case folding maps it to upper case, which is
			// stable.
			b.WriteRune(unicode.ToUpper(r))
		case unicode.Is(unicode.Cf, r) || r >= 0x1F3FB && r <= 0x1F3FF:
			// Zero-width and bidi controls are invisible, and emoji
			// skin-tone modifiers tell no two songs apart; dropping them
			// keeps "a\u200bb" equal to "ab".
			base = 0
		case unicode.IsSpace(r) || unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// The Hangul vowel ㅣ after compatibility normalization (U+3163 becomes
// the conjoining U+1175), and the range of the leading consonants a
// syllable's vowel follows once syllables are decomposed.
const (
	hangulVowelI    = '\u1175'
	hangulLeadFirst = '\u1100'
	hangulLeadLast  = '\u115f'
)

// runeMap unifies the variants of dashes, quotes, brackets and a few Latin
// letters that have no decomposition. It is applied after NFKC and case
// folding, so it lists only folded, compatibility-normalized forms.
var runeMap = map[rune]string{
	// Dashes and minus signs (the hyphen-minus is the one form kept).
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-",
	'\u2015': "-", '\u2212': "-", '\u2043': "-", '\u2e3a': "-", '\u2e3b': "-",
	'\ufe58': "-",
	// Horizontal lines drawn with box-drawing and other line characters
	// separate as the dash does ("Aimer ─ 残響散歌", "Eve ━ 廻廻奇譚"),
	// as the vertical ones separate as "|".
	'\u2500': "-", '\u2501': "-", '\u2504': "-", '\u2505': "-", '\u2508': "-",
	'\u2509': "-", '\u254c': "-", '\u254d': "-", '\u2550': "-", '\u23af': "-",
	'\u2796': "-",
	// Wave dashes work as the tilde separator of Japanese titles.
	'\u301c': "~", '\u3030': "~",
	// Single quotes and apostrophes.
	'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
	'\u2035': "'", '\u02bc': "'", '\u02b9': "'", '`': "'",
	// Double quotes and guillemets.
	'\u201c': "\"", '\u201d': "\"", '\u201e': "\"", '\u201f': "\"", '\u00ab': "\"", '\u00bb': "\"", '\u2039': "\"", '\u203a': "\"",
	'\u301d': "\"", '\u301e': "\"", '\u301f': "\"",
	// CJK brackets: the lenticular kinds become 【】, angle quotes 《》.
	'\u3016': "【", '\u3017': "】", '\u3014': "【", '\u3015': "】",
	'\u3018': "【", '\u3019': "】", '\u301a': "【", '\u301b': "】",
	'\u3008': "《", '\u3009': "》",
	// Vertical bars drawn with other characters separate as "|" does.
	'\u2502': "|", '\u2503': "|", '\u2223': "|", '\u01c0': "|", '\u2758': "|",
	// The multiplication sign joins artists ("A × B").
	'\u00d7': " x ",
	// Latin letters without a canonical decomposition.
	'ø': "o", 'đ': "d", 'ł': "l", 'ħ': "h", 'ŧ': "t", 'ı': "i", 'æ': "ae",
	'œ': "oe", 'þ': "th", 'ð': "d", 'ĸ': "k", 'ƒ': "f", 'ȷ': "j",
}
