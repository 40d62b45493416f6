package api

import (
	"encoding/json"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"
)

// The documents of the most frequent reads, a song and a video, are
// appended field by field as encoding/json would write them (writeJSON),
// byte for byte, without reflection and without scanning each stored
// explanation again when it is JSON as encoding/json writes it already.
// Anything these encoders do not write as encoding/json would (a time
// encoding/json refuses, a score that is not a number) makes them give
// up, and the document is written by writeJSON. TestDocumentEncoders and
// FuzzDocumentEncoders compare them with it.

// writeDocument writes doc with append, or with writeJSON when append
// gives up, and says how long it is (a document written at once needs no
// chunks).
func writeDocument[D any](w http.ResponseWriter, doc D, appendDoc func([]byte, D) ([]byte, bool)) {
	buf := docBuffers.Get().(*[]byte)
	defer docBuffers.Put(buf)
	b, ok := appendDoc((*buf)[:0], doc)
	if !ok {
		writeJSON(w, http.StatusOK, doc)
		return
	}
	b = append(b, '\n')
	if cap(b) <= maxPooledDocument {
		*buf = b
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	w.Write(b)
}

// maxPooledDocument bounds the buffers docBuffers keeps: a song with
// hundreds of merges writes a document of megabytes, which is not kept.
const maxPooledDocument = 256 << 10

var docBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// bufferList keeps buffers for reuse, up to a number of them, each handed
// out to one writer at a time. A sync.Pool drops what it holds at each
// collection, which the hundreds of kilobytes of a page of the queue,
// made anew and grown by doubling, themselves bring about: a page then
// cost twice its size in garbage.
type bufferList struct {
	free chan *[]byte
	size int // the capacity of a new buffer
}

func newBufferList(n, size int) *bufferList {
	return &bufferList{free: make(chan *[]byte, n), size: size}
}

// Get hands out a kept buffer, or a new one when none is kept.
func (l *bufferList) Get() *[]byte {
	select {
	case b := <-l.free:
		return b
	default:
		b := make([]byte, 0, l.size)
		return &b
	}
}

// Put keeps b, unless as many as the list keeps are kept already.
func (l *bufferList) Put(b *[]byte) {
	select {
	case l.free <- b:
	default:
	}
}

// appendVideoDoc appends d as encoding/json writes a videoDoc.
func appendVideoDoc(b []byte, d videoDoc) ([]byte, bool) {
	b = append(b, `{"video_id":`...)
	b = appendJSONString(b, d.VideoID)
	b = append(b, `,"song_id":`...)
	b = appendJSONString(b, d.SongID)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, d.Title)
	b = append(b, `,"channel":`...)
	b = appendJSONString(b, d.Channel)
	if d.Artist != "" {
		b = append(b, `,"artist":`...)
		b = appendJSONString(b, d.Artist)
	}
	if d.DurationSeconds != 0 {
		b = append(b, `,"duration_seconds":`...)
		b = strconv.AppendInt(b, int64(d.DurationSeconds), 10)
	}
	b = append(b, `,"plays":`...)
	b = strconv.AppendInt(b, d.Plays, 10)
	b = append(b, `,"likes":`...)
	b = strconv.AppendInt(b, d.Likes, 10)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, d.URL)
	b = append(b, `,"thumbnail":`...)
	b = appendJSONString(b, d.Thumbnail)
	b = append(b, `,"created_at":`...)
	b, ok := appendJSONTime(b, d.CreatedAt)
	return append(b, '}'), ok
}

// appendSongDoc appends d as encoding/json writes a songDoc.
func appendSongDoc(b []byte, d songDoc) ([]byte, bool) {
	s := d.songSummaryDoc
	b = append(b, `{"id":`...)
	b = appendJSONString(b, s.ID)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, s.Title)
	b = append(b, `,"artist":`...)
	b = appendJSONString(b, s.Artist)
	b = append(b, `,"artists":`...)
	b = appendJSONStrings(b, s.Artists)
	b = append(b, `,"track":`...)
	b = appendJSONString(b, s.Track)
	b = append(b, `,"featured":`...)
	b = appendJSONStrings(b, s.Featured)
	b = append(b, `,"version":`...)
	b = appendJSONStrings(b, s.Version)
	b = append(b, `,"version_info":`...)
	b = appendJSONStrings(b, s.VersionInfo)
	if s.DurationSeconds != 0 {
		b = append(b, `,"duration_seconds":`...)
		b = strconv.AppendInt(b, int64(s.DurationSeconds), 10)
	}
	b = append(b, `,"channel":`...)
	b = appendJSONString(b, s.Channel)
	b = append(b, `,"video_count":`...)
	b = strconv.AppendInt(b, int64(s.VideoCount), 10)
	b = append(b, `,"plays":`...)
	b = strconv.AppendInt(b, s.Plays, 10)
	b = append(b, `,"likes":`...)
	b = strconv.AppendInt(b, s.Likes, 10)
	if s.MergedInto != "" {
		b = append(b, `,"merged_into":`...)
		b = appendJSONString(b, s.MergedInto)
	}
	ok := true
	b = append(b, `,"created_at":`...)
	b, ok = appendJSONTimeAnd(b, s.CreatedAt, ok)
	b = append(b, `,"updated_at":`...)
	b, ok = appendJSONTimeAnd(b, s.UpdatedAt, ok)
	b = append(b, `,"videos":`...)
	b, vok := appendJSONList(b, d.Videos, appendVideoDoc)
	b = append(b, `,"merge_history":`...)
	b, mok := appendJSONList(b, d.MergeHistory, appendMergeDoc)
	return append(b, '}'), ok && vok && mok
}

// appendJSONList appends list as encoding/json writes a slice, each item
// as appendItem writes it; false when appendItem gives up on one.
func appendJSONList[T any](b []byte, list []T, appendItem func([]byte, T) ([]byte, bool)) ([]byte, bool) {
	if list == nil {
		return append(b, "null"...), true
	}
	ok := true
	b = append(b, '[')
	for i, item := range list {
		if i > 0 {
			b = append(b, ',')
		}
		var itemOK bool
		b, itemOK = appendItem(b, item)
		ok = ok && itemOK
	}
	return append(b, ']'), ok
}

// appendMergeDoc appends m as encoding/json writes a mergeDoc, its
// explanation as encodeValidRaw writes it.
func appendMergeDoc(b []byte, m mergeDoc) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, m.ID)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(m.Kind))
	b = append(b, `,"song_id":`...)
	b = appendJSONString(b, m.SongID)
	b = append(b, `,"into_song_id":`...)
	b = appendJSONString(b, m.IntoSongID)
	if m.VideoID != "" {
		b = append(b, `,"video_id":`...)
		b = appendJSONString(b, m.VideoID)
	}
	b = append(b, `,"score":`...)
	b, ok := appendJSONFloat(b, m.Score)
	b = append(b, `,"decided_by":`...)
	b = appendJSONString(b, m.DecidedBy)
	b = append(b, `,"created_at":`...)
	b, ok = appendJSONTimeAnd(b, m.CreatedAt, ok)
	if m.UndoneAt != nil {
		b = append(b, `,"undone_at":`...)
		b, ok = appendJSONTimeAnd(b, *m.UndoneAt, ok)
	}
	if m.UndoneBy != "" {
		b = append(b, `,"undone_by":`...)
		b = appendJSONString(b, m.UndoneBy)
	}
	if m.Reason != "" {
		b = append(b, `,"reason":`...)
		b = appendJSONString(b, m.Reason)
	}
	if len(m.Explanation) > 0 {
		b = append(b, `,"explanation":`...)
		b = appendValidRaw(b, m.Explanation)
	}
	return append(b, '}'), ok
}

// appendJSONStrings appends a list of strings as encoding/json writes a
// slice of them.
func appendJSONStrings[S ~string](b []byte, list []S) []byte {
	b, _ = appendJSONList(b, list, func(b []byte, s S) ([]byte, bool) { return appendJSONString(b, string(s)), true })
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json writes a string:
// HTML-safe, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONTime appends t as time.Time's MarshalJSON writes it; false
// when MarshalJSON refuses it.
func appendJSONTime(b []byte, t time.Time) ([]byte, bool) {
	if _, offset := t.Zone(); offset == 0 && t.Year() >= 0 && t.Year() <= 9999 {
		b = append(b, '"')
		b = t.AppendFormat(b, time.RFC3339Nano)
		return append(b, '"'), true
	}
	j, err := t.MarshalJSON()
	return append(b, j...), err == nil
}

// appendJSONTimeAnd is appendJSONTime after fields whose encoding said
// ok.
func appendJSONTimeAnd(b []byte, t time.Time, ok bool) ([]byte, bool) {
	b, tok := appendJSONTime(b, t)
	return b, ok && tok
}

// appendJSONFloat appends f as encoding/json writes a float64; false for
// a value it refuses (NaN, infinities).
func appendJSONFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

// appendValidRaw appends stored JSON as encodeValidRaw writes it: as it
// is when encoding/json would write it unchanged (see writtenAsIs),
// otherwise compacted and HTML-escaped by encoding/json, or {} when it is
// not JSON.
func appendValidRaw(b []byte, raw []byte) []byte {
	if writtenAsIs(raw) {
		return append(b, raw...)
	}
	j, err := json.Marshal(json.RawMessage(raw))
	if err != nil {
		return append(b, "{}"...)
	}
	return append(b, j...)
}

// writtenAsIs reports whether encoding/json writes raw as it is: one JSON
// value with no whitespace outside its strings and no byte it escapes
// ('<', '>', '&', U+2028, U+2029), nested no deeper than maxRawDepth. It
// answers false for anything it is unsure of, which encoding/json then
// writes.
func writtenAsIs(raw []byte) bool {
	c := rawChecker{raw: raw}
	return c.value(0) && c.i == len(raw)
}

// maxRawDepth bounds the nesting writtenAsIs follows (encoding/json's
// own limit is 10,000).
const maxRawDepth = 200

type rawChecker struct {
	raw []byte
	i   int
}

func (c *rawChecker) value(depth int) bool {
	if c.i >= len(c.raw) || depth > maxRawDepth {
		return false
	}
	switch c.raw[c.i] {
	case '{':
		c.i++
		if c.next('}') {
			return true
		}
		for {
			if c.i >= len(c.raw) || c.raw[c.i] != '"' || !c.string() || !c.next(':') || !c.value(depth+1) {
				return false
			}
			if c.next('}') {
				return true
			}
			if !c.next(',') {
				return false
			}
		}
	case '[':
		c.i++
		if c.next(']') {
			return true
		}
		for {
			if !c.value(depth + 1) {
				return false
			}
			if c.next(']') {
				return true
			}
			if !c.next(',') {
				return false
			}
		}
	case '"':
		return c.string()
	case 't':
		return c.literal("true")
	case 'f':
		return c.literal("false")
	case 'n':
		return c.literal("null")
	}
	return c.number()
}

// next consumes b if it is the next byte.
func (c *rawChecker) next(b byte) bool {
	if c.i < len(c.raw) && c.raw[c.i] == b {
		c.i++
		return true
	}
	return false
}

func (c *rawChecker) literal(word string) bool {
	if len(c.raw)-c.i < len(word) || string(c.raw[c.i:c.i+len(word)]) != word {
		return false
	}
	c.i += len(word)
	return true
}

// plainInString marks the bytes a string holds as they are, which the
// checker skips a run at a time: neither the quote, the backslash, a
// control character, a byte encoding/json escapes (<, >, &) nor 0xE2, the
// first byte of U+2028 and U+2029, which it escapes too.
var plainInString = func() (plain [256]bool) {
	for b := 0x20; b < len(plain); b++ {
		switch b {
		case '"', '\\', '<', '>', '&', 0xE2:
		default:
			plain[b] = true
		}
	}
	return plain
}()

// string consumes a string from its opening quote.
func (c *rawChecker) string() bool {
	c.i++
	for c.i < len(c.raw) {
		raw, i := c.raw, c.i
		for i < len(raw) && plainInString[raw[i]] {
			i++
		}
		if c.i = i; i == len(raw) {
			return false
		}
		b := raw[i]
		switch {
		case b == '"':
			c.i++
			return true
		case b < 0x20 || b == '<' || b == '>' || b == '&':
			return false
		case b == 0xE2 && c.i+2 < len(c.raw) && c.raw[c.i+1] == 0x80 && (c.raw[c.i+2] == 0xA8 || c.raw[c.i+2] == 0xA9):
			return false
		case b == '\\':
			c.i++
			if c.i >= len(c.raw) {
				return false
			}
			switch c.raw[c.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				c.i++
			case 'u':
				if len(c.raw)-c.i < 5 {
					return false
				}
				for _, h := range c.raw[c.i+1 : c.i+5] {
					if !isHexDigit(h) {
						return false
					}
				}
				c.i += 5
			default:
				return false
			}
		default:
			c.i++
		}
	}
	return false
}

func isHexDigit(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
}

// number consumes -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (c *rawChecker) number() bool {
	c.next('-')
	switch {
	case c.next('0'):
	case c.i < len(c.raw) && '1' <= c.raw[c.i] && c.raw[c.i] <= '9':
		c.digits()
	default:
		return false
	}
	if c.next('.') && !c.digits() {
		return false
	}
	if c.next('e') || c.next('E') {
		if !c.next('+') {
			c.next('-')
		}
		if !c.digits() {
			return false
		}
	}
	return true
}

// digits consumes one digit or more.
func (c *rawChecker) digits() bool {
	start := c.i
	for c.i < len(c.raw) && '0' <= c.raw[c.i] && c.raw[c.i] <= '9' {
		c.i++
	}
	return c.i > start
}
