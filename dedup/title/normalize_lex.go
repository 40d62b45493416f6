package title

import (
	"unicode"
	"unicode/utf8"
)

// The lexer cuts a folded title into items: words (the future tokens) and
// the punctuation that gives a title its structure (separators, brackets,
// quotes, list joiners). Everything after it works on items, never on
// bytes, so every pass is linear in the length of the title.

// kind is the kind of an item.
type kind uint8

const (
	kWord       kind = iota
	kHashtag         // #word; text is the word
	kDash            // a dash that is not inside a word: a separator
	kTilde           // ~
	kColon           // :
	kUnderscore      // " _ ", a separator in K-pop titles
	kPipe            // |
	kSlash2          // //
	kSlash           // /
	kComma           // ,
	kAmp             // &
	kPlus            // +
	kOpen            // an opening bracket; br says which
	kClose           // a closing bracket; br says which
	kDQuote          // "
	kSQuote          // ' that is not an apostrophe inside a word
	kEmoji           // a pictographic symbol
	kPunct           // any other punctuation or symbol
)

// Bracket families of kOpen and kClose items.
const (
	brParen      = '('
	brSquare     = '['
	brCurly      = '{'
	brLenticular = 'L' // 【】, and 〖〗〔〕 folded to it
	brCorner     = 'j' // 「」
	brWhite      = 'J' // 『』
	brAngle      = 'A' // 《》〈〉
)

// item is one lexical item of a folded title.
type item struct {
	kind kind
	// br is the bracket family of kOpen and kClose.
	br byte
	// space is whether whitespace (or the start) comes before the item.
	space bool
	// dead marks an item removed by a pass; compact drops it.
	dead bool
	// cut marks an item that follows something removed (a bracket group,
	// an emoji): a list of featured artists ends there.
	cut bool
	// afterTrackInfo marks an item that follows a removed bracket group
	// that said something of a recording (a version, a qualifier, noise
	// such as "(Official Video)"): such groups follow the track, so a
	// separator so marked ends the track ("Crossing A Line (Official
	// Video) - Mike Shinoda").
	afterTrackInfo bool
	// trackInfo marks the closing bracket of such a group until compact
	// passes it on to the next item.
	trackInfo bool
	// afterNoise marks an item that follows a removed group of noise
	// or of an excerpt's words ("(Full Song)", "(Official Video)", "(Song
	// Teaser)"); noiseGroup marks the group's closing bracket until
	// compact passes it on.
	afterNoise, noiseGroup bool
	// tag marks an opening square or lenticular bracket whose group says
	// nothing known ("[NCS Release]", "【東方】"): dropped, unless it holds
	// the only track there is ("Artist -【Track】").
	tag bool
	// pair is the index of the matching bracket or quote, or -1.
	pair int32
	// text is the token of a word or hashtag (joiners removed, "p!nk" is
	// "pink"), or the source text of punctuation.
	text string
}

// isQuoteBracket reports whether a bracket family works as quotes around a
// title ("Artist「Track」") rather than as a group of extra information.
func isQuoteBracket(br byte) bool {
	return br == brCorner || br == brWhite || br == brAngle
}

// lex appends the items of the folded title s to items.
func lex(s string, items []item) []item {
	space := true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == ' ' || r < ' ' {
			space = true
			i += n
			continue
		}
		it := item{space: space, pair: -1}
		space = false
		switch {
		case isWordRune(r):
			it.kind = kWord
			it.text, n = scanWord(s, i, "")
		case r == '$' && i+1 < len(s) && isLetterAt(s, i+1):
			// "$uicideboy$", "Ty Dolla $ign": a dollar before a letter is an s.
			it.kind = kWord
			it.text, n = scanWord(s, i+1, "s")
			n++
		case r == '#' && i+1 < len(s) && isWordAt(s, i+1):
			it.kind = kHashtag
			it.text, n = scanWord(s, i+1, "")
			n++
		case r == '-':
			it.kind = kDash
			for i+n < len(s) && s[i+n] == '-' {
				n++
			}
		case r == '~':
			it.kind = kTilde
		case r == ':':
			it.kind = kColon
		case r == '|':
			it.kind = kPipe
		case r == '/':
			it.kind = kSlash
			if i+1 < len(s) && s[i+1] == '/' {
				it.kind, n = kSlash2, 2
			}
		case r == '_':
			it.kind = kPunct
			if it.space && (i+1 == len(s) || s[i+1] == ' ') {
				it.kind = kUnderscore
			}
		case r == ',':
			it.kind = kComma
		case r == '&':
			it.kind = kAmp
		case r == '+':
			it.kind = kPlus
		case r == '"':
			it.kind = kDQuote
		case r == '\'':
			it.kind = kSQuote
		case r == '(' || r == ')':
			it.kind, it.br = openClose(r == '('), brParen
		case r == '[' || r == ']':
			it.kind, it.br = openClose(r == '['), brSquare
		case r == '{' || r == '}':
			it.kind, it.br = openClose(r == '{'), brCurly
		case r == '【' || r == '】':
			it.kind, it.br = openClose(r == '【'), brLenticular
		case r == '「' || r == '」':
			it.kind, it.br = openClose(r == '「'), brCorner
		case r == '『' || r == '』':
			it.kind, it.br = openClose(r == '『'), brWhite
		case r == '《' || r == '》':
			it.kind, it.br = openClose(r == '《'), brAngle
		case isEmoji(r):
			it.kind = kEmoji
		default:
			it.kind = kPunct
		}
		if it.kind != kWord && it.kind != kHashtag {
			it.text = s[i : i+n]
		}
		items = append(items, it)
		i += n
	}
	return items
}

func openClose(open bool) kind {
	if open {
		return kOpen
	}
	return kClose
}

// scanWord reads the word that starts at s[i] and returns its token and
// the number of bytes it spans. Joiners between word characters are part
// of the word but not of its token: apostrophes (don't = dont), hyphens
// (anti-hero = antihero), dots between letters or between digits (m.i.a =
// mia, 2.0 = 20), short slashes (ac/dc = acdc,
// 24/7) and colons between digits (3:16); "!" and "$" inside a word read as
// the letters they stand for (p!nk = pink, ke$ha = kesha). prefix is
// prepended to the token.
func scanWord(s string, i int, prefix string) (string, int) {
	start := i
	var b []byte // nil until the token differs from the source text
	if prefix != "" {
		b = append(b, prefix...)
	}
	runStart := i // start of the current run of word characters
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			if b != nil {
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		}
		if r >= utf8.RuneSelf {
			break
		}
		next := i + 1
		nextIsWord := next < len(s) && isWordAt(s, next)
		var repl string
		joined := false
		switch r {
		case '\'', '-':
			joined = nextIsWord
		case '.':
			// Letters join letters (m.i.a, will.i.am) and digits join
			// digits (2.0), but "ver.1" and "cap.1" are two words, and
			// "feat.Drake" keeps the marker apart.
			joined = nextIsWord && isDigit(s[i-1]) == isDigit(s[next]) &&
				!featMarkers[s[start:i]] && s[start:i] != "vs"
		case '/':
			joined = nextIsWord && i-runStart <= 3 && wordRunLen(s, next) <= 3
		case ':':
			joined = nextIsWord && isDigit(s[i-1]) && isDigit(s[next])
		case '!':
			joined = nextIsWord && isLetterAt(s, next) && !isDigit(s[i-1])
			repl = "i"
		case '$':
			joined = !isDigit(s[i-1]) && (nextIsWord || next == len(s) || s[next] == ' ')
			repl = "s"
		}
		if !joined {
			break
		}
		if b == nil {
			b = append(b, s[start:i]...)
		}
		b = append(b, repl...)
		i = next
		runStart = i
	}
	if b != nil {
		return string(b), i - start
	}
	return s[start:i], i - start
}

// wordRunLen is the length in bytes of the run of word characters at s[i].
func wordRunLen(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return j - i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordRune reports whether r is part of a word: a letter, digit or mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.No, r) || unicode.Is(unicode.Nl, r)
}

func isWordAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isEmoji reports whether r is a pictographic symbol, the emoji of titles.
func isEmoji(r rune) bool {
	return r >= 0x2190 && unicode.Is(unicode.So, r) || r >= 0x1F000 && r <= 0x1FAFF
}

// maxDashGroupItems bounds the items after the opening dash of a dash
// group, the closing dash included (see dashGroups): a qualifier has at
// most four words, with room for a full stop.
const maxDashGroupItems = 6

// dashGroups turns into a bracket group a qualifier or an excerpt's words
// that Japanese titles wrap in dashes, each dash against its word: "MIC
// Drop -Japanese ver.-", "血、汗、涙 -Japanese ver.-", "Electric Kiss
// -Short Ver.-". A dash with a space after it, or words that name no
// recording ("Jay-Z -Big Pimpin-"), stay as they are.
func dashGroups(items []item) {
	for i := 0; i+2 < len(items); i++ {
		open := &items[i]
		if open.kind != kDash || !open.space || open.text != "-" || items[i+1].kind != kWord || items[i+1].space {
			continue
		}
		var words []string
		for j := i + 1; j < len(items) && j-i <= maxDashGroupItems; j++ {
			it := &items[j]
			if it.kind == kWord {
				words = append(words, it.text)
				continue
			}
			if it.kind == kPunct && it.text == "." {
				continue
			}
			if it.kind != kDash || it.space || it.text != "-" || j+1 < len(items) && !items[j+1].space && items[j+1].kind == kWord {
				break
			}
			if _, ok := qualifier(words); ok || isExcerpt(words) {
				open.kind, open.br = kOpen, brParen
				it.kind, it.br = kClose, brParen
				i = j
			}
			break
		}
	}
}

// bullets reads a bullet ("•", "·") with a space on each side and a word
// or bracket on each side of those as a separator: a dash in a title that
// has no other separator ("Nahko • Dragonfly • (Official Video)", "I
// Trappers • Ieri"), a pipe after one, where it ends the title with a
// channel's or a show's name ("Heart - Crazy On You (1977) • TopPop").
// Bullets among symbols ("❤• * • . ❤") stay punctuation.
func bullets(items []item) {
	found, sep := false, false
	for i := range items {
		switch it := &items[i]; {
		case isSeparator(it):
			sep = true
		case spacedBullet(items, i):
			found = true
		}
	}
	if !found {
		return
	}
	for i := range items {
		if spacedBullet(items, i) {
			items[i].kind = kDash
			if sep {
				items[i].kind = kPipe
			}
		}
	}
}

// spacedBullet reports whether items[i] is a bullet between spaces, with a
// word or a bracket beyond each.
func spacedBullet(items []item, i int) bool {
	it := &items[i]
	if it.kind != kPunct || it.text != "•" && it.text != "·" || !it.space || i == 0 || i+1 == len(items) || !items[i+1].space {
		return false
	}
	before, after := items[i-1].kind, items[i+1].kind
	return (before == kWord || before == kClose) && (after == kWord || after == kOpen)
}

// pairItems links matching brackets and quotes through their pair field.
// A closing bracket closes the nearest open bracket of its family and
// abandons the unclosed ones inside; one with no open bracket of its family
// is left unpaired. Double quotes pair in order. A single quote opens when it
// starts a word and closes when it ends one; unpaired ones are apostrophes.
// stack is scratch space.
func pairItems(items []item, stack []int32) []int32 {
	var open [128]int // open brackets per family
	stack = stack[:0]
	dq, sq := int32(-1), int32(-1)
	for i := range items {
		it := &items[i]
		it.pair = -1
		switch it.kind {
		case kOpen:
			stack = append(stack, int32(i))
			open[it.br]++
		case kClose:
			if open[it.br] == 0 {
				continue
			}
			for {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				open[items[top].br]--
				if items[top].br == it.br {
					items[top].pair, it.pair = int32(i), top
					break
				}
			}
		case kDQuote:
			if dq < 0 {
				dq = int32(i)
			} else {
				items[dq].pair, it.pair = int32(i), dq
				dq = -1
			}
		case kSQuote:
			startsWord := i+1 < len(items) && !items[i+1].space && items[i+1].kind == kWord
			// A quote closes after a word or after a bracket that closes a
			// group inside the quotes: 'Peek-A-Boo (피카부)'.
			endsWord := i > 0 && !it.space && (items[i-1].kind == kWord || items[i-1].kind == kClose && items[i-1].pair > sq) &&
				(i+1 == len(items) || items[i+1].space || items[i+1].kind != kWord)
			switch {
			case sq >= 0 && endsWord:
				items[sq].pair, it.pair = int32(i), sq
				sq = -1
			case startsWord && (it.space || i == 0 || items[i-1].kind != kWord):
				sq = int32(i)
			}
		}
	}
	return stack
}
