package title

// Helpers over the items of a title: spans, words, groups, phrases.

// kill marks items lo..hi (inclusive) removed.
func (p *parser) kill(lo, hi int) {
	for k := lo; k <= hi; k++ {
		p.items[k].dead = true
	}
}

// groupWords collects the live words of items lo..hi-1 into p.words.
func (p *parser) groupWords(lo, hi int) []string {
	p.words = p.words[:0]
	for k := lo; k < hi; k++ {
		if it := &p.items[k]; !it.dead && (it.kind == kWord || it.kind == kHashtag) {
			p.words = append(p.words, it.text)
		}
	}
	return p.words
}

// wordsOutsideTags is groupWords without the words of tag groups, which
// the track will not keep.
func (p *parser) wordsOutsideTags(lo, hi int) []string {
	p.words = p.words[:0]
	for k := lo; k < hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.tag && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if !it.dead && (it.kind == kWord || it.kind == kHashtag) {
			p.words = append(p.words, it.text)
		}
	}
	return p.words
}

// isNumber reports whether w is made of digits only.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// SpelledNumbers maps a number spelled as a word to its digits: "Take Two"
// names the take "Take 2" names.
var SpelledNumbers = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
	"six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
	"eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
	"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
	"nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "hundred": "100",
}

// numeral returns the digits of w, a number in digits or spelled as a word
// (see SpelledNumbers), or "".
func numeral(w string) string {
	if isNumber(w) {
		return w
	}
	return SpelledNumbers[w]
}

// prefixItems reports whether the words of sp start with phrase and
// returns the index of the item after it, or 0.
func (p *parser) prefixItems(sp span, phrase []string) int {
	k := sp.lo
	for _, w := range phrase {
		for k < sp.hi && p.items[k].kind != kWord {
			k++
		}
		if k == sp.hi || p.items[k].text != w {
			return 0
		}
		k++
	}
	return k
}

// hasWord reports whether sp holds a live word.
func (p *parser) hasWord(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; !it.dead && (it.kind == kWord || it.kind == kHashtag) {
			return true
		}
	}
	return false
}

// firstWord returns the index of the first live word of sp, or sp.hi. Loops
// that ask "is there a word before k?" use it to stay linear.
func (p *parser) firstWord(sp span) int {
	for k := sp.lo; k < sp.hi; k++ {
		if it := &p.items[k]; !it.dead && (it.kind == kWord || it.kind == kHashtag) {
			return k
		}
	}
	return sp.hi
}

// compact drops dead items and pairs brackets and quotes again.
func (p *parser) compact() {
	p.buf = p.buf[:0]
	cut, info, noise := false, false, false
	for _, it := range p.items {
		if it.dead {
			cut = true
			info, noise = it.trackInfo, it.noiseGroup
			continue
		}
		it.cut, it.afterTrackInfo, it.afterNoise = cut, info, noise
		cut, info, noise = false, false, false
		p.buf = append(p.buf, it)
	}
	p.items, p.buf = p.buf, p.items
	// Pairing again keeps the tag marks: they sit on the items themselves.
	p.stack = pairItems(p.items, p.stack)
}

// skipGroup returns the index to go on from after item k: the end of the
// bracket group or quote that k opens, or k itself.
func (p *parser) skipGroup(k int) int {
	it := &p.items[k]
	if (it.kind == kOpen || it.kind == kDQuote || it.kind == kSQuote) && it.pair > int32(k) {
		return int(it.pair)
	}
	return k
}

// phraseGap reports whether an item may sit between two words of a phrase:
// light punctuation ("slowed + reverb", "m/v", "hq-audio") and quotes and
// brackets that pair with nothing; not separators, nor paired brackets or
// quotes.
func phraseGap(it *item) bool {
	switch it.kind {
	case kPlus, kAmp, kPunct, kSlash, kComma, kEmoji:
		return true
	case kDQuote, kSQuote, kOpen, kClose:
		return it.pair < 0
	}
	return it.dead
}

// matchForward matches phrase against the words at the start of sp and
// returns the index after the match, or 0.
func (p *parser) matchForward(sp span, phrase []string) int {
	k := sp.lo
	for i, w := range phrase {
		if i > 0 {
			for k < sp.hi && phraseGap(&p.items[k]) {
				k++
			}
		}
		if k >= sp.hi || p.items[k].kind != kWord || !matchWord(p.items[k].text, w) {
			return 0
		}
		k++
	}
	return k
}

// matchBackward matches phrase against the words that end sp (its last
// item must be a word) and returns the index of the phrase's first item, or
// -1.
func (p *parser) matchBackward(sp span, phrase []string) int {
	k := sp.hi - 1
	for i := len(phrase) - 1; i >= 0; i-- {
		if i < len(phrase)-1 {
			for k >= sp.lo && phraseGap(&p.items[k]) {
				k--
			}
		}
		if k < sp.lo || p.items[k].kind != kWord || !matchWord(p.items[k].text, phrase[i]) {
			return -1
		}
		k--
	}
	return k + 1
}

// isSeparator reports whether an item separates the parts of a title.
func isSeparator(it *item) bool {
	switch it.kind {
	case kDash, kTilde, kColon, kUnderscore, kPipe:
		return true
	}
	return false
}

// trimRight drops items at the end of sp that carry nothing: separators,
// punctuation, unpaired quotes.
func (p *parser) trimRight(sp span) span {
	for sp.hi > sp.lo {
		it := &p.items[sp.hi-1]
		if it.kind == kWord || it.pair >= 0 && !it.dead {
			break
		}
		sp.hi--
	}
	return sp
}

// trimLeft is trimRight at the start of sp.
func (p *parser) trimLeft(sp span) span {
	for sp.lo < sp.hi {
		it := &p.items[sp.lo]
		if it.kind == kWord || it.pair >= 0 && !it.dead {
			break
		}
		sp.lo++
	}
	return sp
}

// countSeparators counts the top-level separators in sp, up to limit.
func (p *parser) countSeparators(sp span, limit int) int {
	n := 0
	for k := sp.lo; k < sp.hi && n < limit; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kDash || it.kind == kTilde || it.kind == kUnderscore || it.kind == kColon {
			n++
		}
	}
	return n
}

// separatorAt reports whether a separator comes at item k, after light
// punctuation ("Nightcore! - Song"), with words after it.
func (p *parser) separatorAt(k int, sp span) bool {
	for k < sp.hi && phraseGap(&p.items[k]) {
		k++
	}
	return k < sp.hi && isSeparator(&p.items[k]) && p.hasWord(span{k + 1, sp.hi})
}

// sameWords reports whether the part b has the top-level words at the
// indexes wa, and no others.
func (p *parser) sameWords(wa []int, b span) bool {
	i := 0
	for k := b.lo; k < b.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && !it.dead {
			if i == len(wa) || p.items[wa[i]].text != it.text {
				return false
			}
			i++
		}
	}
	return i == len(wa)
}

// hasWordOutsideTags reports whether sp holds words outside tag groups.
func (p *parser) hasWordOutsideTags(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.tag && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if it.kind == kWord {
			return true
		}
	}
	return false
}

// nextListWord returns the index of the next word after item k in sp as
// artistList sees it (bracket groups skipped, dead items ignored), or -1
// when list punctuation or the end comes first.
func (p *parser) nextListWord(k int, sp span) int {
	for j := k + 1; j < sp.hi; j++ {
		it := &p.items[j]
		switch {
		case it.dead:
		case it.kind == kOpen && it.pair > int32(j) && !isQuoteBracket(it.br):
			j = int(it.pair)
		case it.kind == kWord:
			return j
		case listBreak(it.kind):
			return -1
		}
	}
	return -1
}

// wordAfter reports whether a word follows item k in sp, before the next
// list punctuation.
func (p *parser) wordAfter(k int, sp span) bool {
	return p.nextListWord(k, sp) >= 0
}

// nextWordIs reports whether the next word after item k, before the next
// list punctuation, is w.
func (p *parser) nextWordIs(k int, sp span, w string) bool {
	j := p.nextListWord(k, sp)
	return j >= 0 && p.items[j].text == w
}

// listBreak reports whether items of kind k end an artist of a list.
func listBreak(k kind) bool {
	switch k {
	case kComma, kAmp, kPlus, kSlash, kDash, kTilde, kColon, kUnderscore, kPipe:
		return true
	}
	return false
}

// hasWordOutsideGroups reports whether sp holds words outside bracket groups.
func (p *parser) hasWordOutsideGroups(sp span) bool {
	for k := sp.lo; k < sp.hi; k++ {
		it := &p.items[k]
		if it.kind == kOpen && it.pair > int32(k) {
			k = int(it.pair)
			continue
		}
		if it.kind == kWord && !it.dead {
			return true
		}
	}
	return false
}

// wordIndexes lists the top-level word items of sp.
func (p *parser) wordIndexes(sp span) []int {
	return p.wordIndexesTo(nil, sp)
}

// wordIndexesTo appends the top-level word items of sp to idx.
func (p *parser) wordIndexesTo(idx []int, sp span) []int {
	for k := sp.lo; k < sp.hi; k++ {
		k = p.skipGroup(k)
		if it := &p.items[k]; it.kind == kWord && !it.dead {
			idx = append(idx, k)
		}
	}
	return idx
}
