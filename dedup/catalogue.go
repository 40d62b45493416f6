package dedup

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Catalogue records: music databases export, beside a title, the artist,
// the album, the length in one of several notations, the track number and
// the year, and write "unknown" in several ways. These functions read
// those values; callers (the backfill input, the HTTP API) report their
// errors against the field they came from.

// IsPlaceholder reports whether v is one of the ways catalogues write an
// unknown value: empty or blank, "null", "[unknown]", "unknown", "unk.",
// "n/a", "n.a." (any case, surrounding spaces ignored).
func IsPlaceholder(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	switch strings.Trim(v, "[]()<>") {
	case "", "null", "nil", "unknown", "unk.", "unk", "n/a", "n.a.", "n.a", "-", "?":
		return true
	}
	return false
}

// OrAbsent returns v trimmed, or "" when v is a placeholder.
func OrAbsent(v string) string {
	if IsPlaceholder(v) {
		return ""
	}
	return strings.TrimSpace(v)
}

// ErrBadLength is wrapped by the errors of ParseLength.
var ErrBadLength = errors.New("not a length: give milliseconds, seconds, m:ss, h:mm:ss, 1m 58sec or decimal minutes")

// msThreshold is the smallest whole number ParseLength reads as
// milliseconds: a length above two hours written in seconds is rarer in a
// music catalogue than one in milliseconds (7.2 s and more).
const msThreshold = 7200

// ParseLength reads the length of a recording as catalogues write it and
// returns it in whole seconds (rounded), 0 for a placeholder:
//
//   - a whole number: seconds ("219"), or milliseconds when above 7200
//     ("177000"); four digits with a leading zero and the last two
//     below 60 are m:ss without its colon ("0203"; "0075" is seconds);
//   - a decimal number: minutes when below 60 ("2.95", "3.859"), else
//     seconds ("219.5");
//   - m:ss or h:mm:ss ("03:39", "1:02:03");
//   - numbers with units: h, m or min, s or sec, ms ("1m 58sec", "2m58s",
//     "3 min", "1h 2m").
//
// A length beyond MaxDurationSec is an error, as is anything else.
func ParseLength(s string) (int, error) {
	if IsPlaceholder(s) {
		return 0, nil
	}
	v := strings.ToLower(strings.TrimSpace(s))
	var secs float64
	var err error
	switch {
	case strings.Contains(v, ":"):
		secs, err = clockLength(v)
	case strings.IndexFunc(v, isLetter) >= 0:
		secs, err = unitLength(v)
	default:
		secs, err = bareLength(v)
	}
	if err != nil {
		return 0, fmt.Errorf("%q: %w", s, err)
	}
	n := int(math.Round(secs))
	if n < 0 || n > MaxDurationSec {
		return 0, fmt.Errorf("%q is longer than %d seconds: %w", s, MaxDurationSec, ErrBadLength)
	}
	return n, nil
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' }

// bareLength reads a number without units.
func bareLength(v string) (float64, error) {
	if !isDecimal(v) {
		return 0, ErrBadLength
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, ErrBadLength
	}
	if !strings.Contains(v, ".") {
		if clockWithoutColon(v) {
			return clockLength(v[:2] + ":" + v[2:])
		}
		if x > msThreshold {
			return x / 1000, nil
		}
		return x, nil
	}
	if x < 60 {
		return x * 60, nil
	}
	return x, nil
}

// clockWithoutColon reports whether the whole number v is m:ss written
// without its colon, as some exports drop it: four digits with a leading
// zero and seconds below 60 ("0203" is 2:03, "0505" 5:05). A count of
// seconds or milliseconds is written without a leading zero.
func clockWithoutColon(v string) bool {
	return len(v) == 4 && v[0] == '0' && v[2] < '6'
}

// isDecimal reports whether v is digits with at most one '.' among them
// and at least one digit.
func isDecimal(v string) bool {
	digits, dots := 0, 0
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1 && len(v) <= 12
}

// clockLength reads m:ss or h:mm:ss.
func clockLength(v string) (float64, error) {
	parts := strings.Split(v, ":")
	if len(parts) > 3 {
		return 0, ErrBadLength
	}
	total := 0.0
	for i, p := range parts {
		p = strings.TrimSpace(p)
		last := i == len(parts)-1
		if p == "" || !isDecimal(p) || (!last && strings.Contains(p, ".")) {
			return 0, ErrBadLength
		}
		x, err := strconv.ParseFloat(p, 64)
		if err != nil || (i > 0 && x >= 60) {
			return 0, ErrBadLength
		}
		total = total*60 + x
	}
	return total, nil
}

// lengthUnits are the units of unitLength, in seconds.
var lengthUnits = map[string]float64{
	"h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
	"m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
	"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
	"ms": 0.001, "msec": 0.001,
}

// unitLength reads numbers followed by units ("1m 58sec", "2m58s").
func unitLength(v string) (float64, error) {
	total, terms := 0.0, 0
	for v = strings.TrimSpace(v); v != ""; v = strings.TrimSpace(v) {
		i := strings.IndexFunc(v, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') })
		if i <= 0 {
			return 0, ErrBadLength
		}
		num := v[:i]
		v = strings.TrimLeft(v[i:], " ")
		j := strings.IndexFunc(v, func(r rune) bool { return !isLetter(r) })
		if j < 0 {
			j = len(v)
		}
		unit, ok := lengthUnits[v[:j]]
		if !ok || !isDecimal(num) {
			return 0, ErrBadLength
		}
		x, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, ErrBadLength
		}
		total += x * unit
		terms++
		v = strings.TrimLeft(v[j:], " ,")
	}
	if terms == 0 {
		return 0, ErrBadLength
	}
	return total, nil
}

// ParseYear reads a release year: four digits, or two ("75", "'99"),
// which read as 19xx from 30 up and 20xx below. 0 for a placeholder.
func ParseYear(s string) (int, error) {
	if IsPlaceholder(s) {
		return 0, nil
	}
	v := strings.TrimPrefix(strings.TrimSpace(s), "'")
	y, err := strconv.Atoi(v)
	if err != nil || y < 0 {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	switch {
	case len(v) == 2 && y >= 30:
		y += 1900
	case len(v) == 2:
		y += 2000
	case len(v) != 4 || y < 1000:
		return 0, fmt.Errorf("%q is not a year: give four digits or two", s)
	}
	return y, nil
}

// recordPrefix tells a record's video key from its record ID's hash.
const recordPrefix = "catalogue record "

// RecordVideoID is the video ID a catalogue record without a video is kept
// under: 11 characters of the video ID alphabet from the SHA-256 of its
// record ID, so that the same record is the same video on every run (a
// second backfill finds it existing) and two records collide with
// probability 2^-64.
func RecordVideoID(recordID string) string {
	h := sha256.Sum256([]byte(recordPrefix + strings.TrimSpace(recordID)))
	return base64.RawURLEncoding.EncodeToString(h[:9])[:videoIDLen]
}
