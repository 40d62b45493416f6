package dedup

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Catalogue records write more than the track into their titles, by
// conventions YouTube uploads do not follow: the album after a dash or in
// brackets ("Street Hype - Groove City", "Street Hype (Groove City)"), the
// position on the album before it ("011-Street Hype", "07. Street Hype").
// A record's title is cleaned of them before the normalizer reads it; the
// video keeps its title as given.

// IsRecord reports whether the submission is a catalogue record: it was
// given as one (record_id) or carries an album, a track number or a year.
func (sub Submission) IsRecord() bool {
	return sub.VideoRefField == "record_id" || sub.Album != "" || sub.TrackNumber != "" || sub.Year != 0
}

// TitleInput is what the normalizer reads of a submission: its title, a
// catalogue record's cleaned by RecordTitle.
func (sub Submission) TitleInput() title.Input {
	t := sub.Title
	if sub.IsRecord() {
		t = RecordTitle(sub.Title, sub.Artist, sub.Album, sub.TrackNumber)
	}
	return title.Input{Title: t, Channel: sub.Channel, Artist: sub.Artist}
}

// trackPrefix is a track number before the title: "011-", "07. ", "3 - ",
// "0006-".
var trackPrefix = regexp.MustCompile(`^\s*(\d{1,4})(?:\s*[-._):]\s*|\s+-\s+)(.*)$`)

// sidePrefix is a vinyl position before the title, a side letter and the
// track on that side: "0B4-", "A2. ", "C5 - ".
var sidePrefix = regexp.MustCompile(`^\s*(0*)([A-Ha-h])(\d{1,2})(?:\s*[-.]\s*|\s+-\s+)(.*)$`)

// prefixMatch is re.FindStringSubmatch(t) for a pattern that starts
// with optional spaces and then what first accepts: a title that cannot
// match is turned down without running the expression (most titles have
// no prefix, and a record's title is read several times).
func prefixMatch(re *regexp.Regexp, t string, first func(string) bool) []string {
	if !first(strings.TrimLeft(t, " \t\n\f\r")) {
		return nil
	}
	return re.FindStringSubmatch(t)
}

// digitFirst reports whether s starts with a digit, as trackPrefix does
// after its spaces.
func digitFirst(s string) bool { return s != "" && isDigit(s[0]) }

// sideFirst reports whether s starts as sidePrefix does after its
// spaces: zeros, a side letter A to H and a digit.
func sideFirst(s string) bool {
	s = strings.TrimLeft(s, "0")
	return len(s) >= 2 && ('A' <= s[0] && s[0] <= 'H' || 'a' <= s[0] && s[0] <= 'h') && isDigit(s[1])
}

// RecordTitle removes from a record's raw title what catalogues write
// beside the track, each rule by its category:
//
//   - underscores: a title without a space whose words are joined by
//     underscores ("In_Zeiten_wie_diesen_-_Belastendes_Material") is
//     read with spaces, first;
//   - track_number_prefix: a number before the title that is the record's
//     track number ("011-Street Hype" on track 11), or a zero-padded one
//     written against its separator, whatever the track number says
//     ("07. Street Hype", "001-Prelude" on track 2); never when nothing
//     but digits and separators would remain ("1-2-3");
//   - side_prefix: a vinyl position before the title, a side letter and
//     a number, that is the record's track number ("B4" for "B4-Lucille")
//     or zero-padded whatever it says ("0A2-Thrilling Murder");
//   - album_in_title: the record's album after the last dash or in the
//     last brackets ("Street Hype - Groove City", "Street Hype (Groove
//     City)"), compared on letters and digits;
//   - album_tail: a record that names its artist, and a title "Head -
//     Tail" where neither part names that artist: the catalogue writes
//     "Track - Album" (or a subtitle), so the track is Head; a tail of a
//     few words that names a version or only noise ("- Live", "- Radio
//     Edit", "- Remastered 2011") stays for the normalizer;
//   - work_colon: a record that names its artist, and a title "Work:
//     Movement" (or "Show: Scene", "Library: Sound") whose head does not
//     name that artist: the colon is the track's own, so the title is
//     given to the normalizer as "Artist - Work: Movement", which reads
//     it as the record written with its artist in the title does, where
//     the normalizer would otherwise take the head for an artist;
//   - dash_slip: the separator " - " written with a slip of the keyboard
//     ("Magi c- Finish Line", "Holy Dragons -i Tower", "Hediye -Yeni Ay"),
//     in a title that has no other dash, is written back first.
//
// The artist written into the title ("Artist - Track") is the
// normalizer's, as for any title.
func RecordTitle(raw, artist, album, trackNumber string) string {
	t := strings.TrimSpace(raw)
	if !strings.ContainsRune(t, ' ') && strings.Contains(t, "_") {
		t = strings.ReplaceAll(t, "_", " ")
	}
	if m := prefixMatch(trackPrefix, t, digitFirst); m != nil && strings.IndexFunc(m[2], unicode.IsLetter) >= 0 {
		n, _ := strconv.Atoi(m[1])
		want, err := strconv.Atoi(strings.TrimSpace(trackNumber))
		padded := len(m[1]) >= 2 && m[1][0] == '0' && strings.ContainsRune("-.", rune(t[len(m[1])]))
		if (err == nil && n == want) || padded {
			t = strings.TrimSpace(m[2])
		}
	} else if m := prefixMatch(sidePrefix, t, sideFirst); m != nil && strings.IndexFunc(m[4], unicode.IsLetter) >= 0 {
		position := strings.ToUpper(m[2]) + m[3]
		if m[1] != "" || strings.ToUpper(strings.Join(strings.Fields(trackNumber), "")) == position {
			t = strings.TrimSpace(m[4])
		}
	}
	t = unslipDash(t)
	cut := false
	if album != "" {
		t, cut = cutAlbum(t, album, artist)
	}
	if artist == "" {
		return t
	}
	if head, tail, ok := cutDash(t, false); !cut && ok && strings.IndexFunc(head, unicode.IsLetter) >= 0 && !namesArtist(head, artist) && !namesArtist(tail, artist) && !versionTail(tail) {
		t = head
	}
	if head, ok := colonHead(t); ok && !namesArtist(head, artist) {
		return artist + " - " + t
	}
	return t
}

// colonHead returns what stands before the first colon of t that is not
// between digits ("2:31"), when t has no dash separator and something
// follows the colon; a head of one word of one or two letters ("Re:
// Stacks") is none, as the normalizer does not split there.
func colonHead(t string) (string, bool) {
	if _, _, ok := cutDash(t, false); ok {
		return "", false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != ':' || (i > 0 && i+1 < len(t) && isDigit(t[i-1]) && isDigit(t[i+1])) {
			continue
		}
		head := strings.TrimSpace(t[:i])
		words := strings.FieldsFunc(head, notWordRune)
		if len(words) == 0 || (len(words) == 1 && len([]rune(words[0])) <= 2) || compact(t[i+1:]) == "" {
			return "", false
		}
		return head, true
	}
	return "", false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// slippedDashes are the separator " - " with a slip of the keyboard, each
// with how it is written back: a space moved into the word before it
// ("Magi c- Finish Line"), a letter typed after it ("Holy Dragons -i
// Tower"), a space lost before or after it ("Jonathan Mann- Coloring",
// "Hediye -Yeni Ay").
var slippedDashes = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(\pL) (\pL)- (\S)`), "$1$2 - $3"},
	{regexp.MustCompile(` -\pL (\S)`), " - $1"},
	{regexp.MustCompile(`([\pL\pN])- (\S)`), "$1 - $2"},
	{regexp.MustCompile(` -(\pL\pL)`), " - $1"},
}

// unslipDash writes back the first slipped separator of a title that has
// no dash separator, outside its brackets: the rest of the record's
// cleaning and the normalizer then read it as "Artist - Track" or "Track
// - Album" (dash_slip).
func unslipDash(t string) string {
	if _, _, ok := cutDash(t, false); ok {
		return t
	}
	head, rest := t, ""
	if i := strings.IndexAny(t, "(["); i >= 0 {
		head, rest = t[:i], t[i:]
	}
	if !strings.Contains(head, "- ") && !strings.Contains(head, " -") {
		return t // every slip has a space on one side of its dash
	}
	for _, d := range slippedDashes {
		if loc := d.re.FindStringSubmatchIndex(head); loc != nil {
			fixed := string(d.re.ExpandString(nil, d.with, head, loc))
			return head[:loc[0]] + fixed + head[loc[1]:] + rest
		}
	}
	return t
}

// compact is the folded letters and digits of s.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, title.Fold(s))
}

// dashes are the separators of "Track - Album".
var dashes = []string{" - ", " – ", " — ", " -- "}

// cutDash splits t at its first dash separator, or its last when last.
func cutDash(t string, last bool) (string, string, bool) {
	at, width := -1, 0
	for _, d := range dashes {
		var i int
		if last {
			i = strings.LastIndex(t, d)
		} else {
			i = strings.Index(t, d)
		}
		if i >= 0 && (at < 0 || (last && i > at) || (!last && i < at)) {
			at, width = i, len(d)
		}
	}
	if at <= 0 {
		return "", "", false
	}
	head, tail := strings.TrimSpace(t[:at]), strings.TrimSpace(t[at+width:])
	return head, tail, head != "" && tail != ""
}

// cutAlbum removes album from the end of t: in the last brackets, or
// after any dash separator (an album may hold a dash of its own), written
// as the record writes it or with a slip (see nearAlbum). The album also
// matches without a trailing year in brackets ("Groove City (2004)").
func cutAlbum(t, album, artist string) (string, bool) {
	group := lastGroup(t)
	if group <= 0 && (artist == "" || !slices.ContainsFunc(dashes, func(d string) bool { return strings.Contains(t, d) })) {
		return t, false // no brackets at the end, no dash to cut at
	}
	want := map[string]bool{compact(album): true}
	if i := strings.LastIndexAny(album, "(["); i > 0 {
		want[compact(album[:i])] = true
	}
	delete(want, "")
	if len(want) == 0 {
		return t, false
	}
	if i := group; i > 0 && (nearAlbum(want, compact(t[i+1:len(t)-1])) || albumWords(album, t[i+1:len(t)-1], t[:i])) {
		if rest := strings.TrimSpace(t[:i]); compact(rest) != "" {
			return rest, true
		}
	}
	if artist == "" {
		// "Artist - Album" and "Artist - Track" cannot be told apart when
		// the album is named after the track (a single): the normalizer
		// reads such titles.
		return t, false
	}
	for _, d := range dashes {
		for i := strings.Index(t, d); i > 0; {
			if nearAlbum(want, compact(t[i+len(d):])) && compact(t[:i]) != "" && !namesArtist(t[:i], artist) {
				return strings.TrimSpace(t[:i]), true
			}
			j := strings.Index(t[i+len(d):], d)
			if j < 0 {
				break
			}
			i += len(d) + j
		}
	}
	return t, false
}

// albumWords reports whether a group of a title names the album in words,
// one of them written with a slip or left out on either side: every word
// of the album (its year in brackets aside) is in the group, exactly or,
// a word of four letters or more, one slip apart ("Bleus Anthlogy,
// Volume 7" in "(Blues Women Anthology, Volume 7)", "Gold" in "(Gvold)"),
// and at least half of the group's words are the album's ("Grooves" in
// "(Investigation Grooves)"). A group that names a version ("(Groove City
// Remix)") is the normalizer's, and so is one after a head that holds
// every word of the album (a title track: "Groove City (Groove City
// Reprise)").
func albumWords(album, group, head string) bool {
	if i := strings.LastIndexAny(album, "(["); i > 0 {
		album = album[:i]
	}
	aw, gw := titleWords(album), titleWords(group)
	if len(aw) == 0 || !slices.ContainsFunc(aw, func(w string) bool { return len([]rune(w)) >= 4 }) {
		return false
	}
	if slipWordsFound(aw, gw) < len(aw) || 2*slipWordsFound(gw, aw) < len(gw) {
		return false
	}
	hw := titleWords(head)
	if !slices.ContainsFunc(aw, func(w string) bool { return !slices.Contains(hw, w) }) {
		return false
	}
	return len(title.Normalize(title.Input{Title: "x (" + group + ")"}).Versions) == 0
}

// titleWords returns the folded words of s, letters and digits.
func titleWords(s string) []string {
	return strings.FieldsFunc(title.Fold(s), notWordRune)
}

// slipWordsFound counts the words of want found in have, a word of four
// letters or more also one slip apart.
func slipWordsFound(want, have []string) int {
	found := 0
	for _, w := range want {
		rw := []rune(w)
		for _, h := range have {
			if h == w || len(rw) >= 4 && score.LettersDistance(rw, []rune(h), 1) <= 1 {
				found++
				break
			}
		}
	}
	return found
}

// namesArtist reports whether part names the artist: the same letters
// and digits, or words that are mostly the artist's and hold most of them
// (a word of five letters or more also with one typo: "Brucqe"), words of
// three letters or more counted. A track or an album that holds the
// artist's name among words of its own ("Putrefaction Remains" by
// Putrefaction, "Portrait of Jaco" by Jaco Pastorius) does not name it.
func namesArtist(part, artist string) bool {
	if compact(part) == compact(artist) {
		return true
	}
	have, want := nameWords(part), nameWords(artist)
	return len(want) > 0 && 2*wordsFound(want, have) > len(want) && 2*wordsFound(have, want) > len(have)
}

// nameWords returns the folded words of s of three letters or more,
// "the" and "and" aside.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(title.Fold(s), notWordRune) {
		if len([]rune(w)) >= 3 && w != "the" && w != "and" {
			out = append(out, w)
		}
	}
	return out
}

// wordsFound counts the words of want found in have, a word of five
// letters or more also with one typo.
func wordsFound(want, have []string) int {
	found := 0
	for _, w := range want {
		for _, h := range have {
			if h == w || (len([]rune(w)) >= 5 && oneEdit(h, w)) {
				found++
				break
			}
		}
	}
	return found
}

// oneEdit reports whether a and b differ by one inserted, deleted or
// replaced letter.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if i == len(ra) {
		return false // the same word
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[min(i+1, len(rb)):])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// versionTail reports whether a tail after a dash is a version or noise
// rather than an album: the normalizer, reading it in brackets, takes all
// of it for version tags and noise, with no venue, remixer or other
// qualifier left, and it names a version ("Live", "Radio Edit") or, read
// after a dash, is only noise ("Remastered 2011"). "City Lounge: The
// Vintage Edition" and "Evolution (Special Edition)" are albums, whatever
// noise they end with, and so are a few words the normalizer drops from
// brackets but reads after a dash ("By Pass", "Μεγάλες επιτυχίες").
func versionTail(tail string) bool {
	n := title.Normalize(title.Input{Title: "x (" + tail + ")"})
	if n.Track != "x" || len(n.VersionInfo) > 0 {
		return false
	}
	if len(n.Versions) > 0 {
		return true
	}
	d := title.Normalize(title.Input{Title: "x - " + tail})
	return d.Track == "x" && len(d.Artists) == 0
}

// lastGroup returns the index of the bracket that opens the group ending
// t, nested groups included ("(Starship Troopers (feat. X))"), or -1.
func lastGroup(t string) int {
	n := len(t)
	if n == 0 || (t[n-1] != ')' && t[n-1] != ']') {
		return -1
	}
	closer := t[n-1]
	opener := byte('(')
	if closer == ']' {
		opener = '['
	}
	depth := 0
	for i := n - 1; i >= 0; i-- {
		switch t[i] {
		case closer:
			depth++
		case opener:
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// nearAlbum reports whether c, the letters and digits of a part of a
// title, is one of the album's, or one with a slip of the keyboard: one
// letter added, dropped, replaced or two swapped for every eight letters
// ("Tailgate Partty" for "Tailgate Party", "tSad & land" for "Stad &
// land"), in an album of six letters or more.
func nearAlbum(want map[string]bool, c string) bool {
	if want[c] {
		return true
	}
	rc := []rune(c)
	for w := range want {
		rw := []rune(w)
		if limit := max(1, len(rw)/8); len(rw) >= 6 && score.LettersDistance(rc, rw, limit) <= limit {
			return true
		}
	}
	return false
}
