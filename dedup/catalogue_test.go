package dedup

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseLength(t *testing.T) {
	tests := []struct {
		in   string
		want int
		bad  bool
	}{
		// placeholders and empty: absent
		{in: "", want: 0}, {in: "  ", want: 0}, {in: "null", want: 0}, {in: "NULL", want: 0},
		{in: "[unknown]", want: 0}, {in: "unknown", want: 0}, {in: "unk.", want: 0}, {in: "n.a.", want: 0},
		// whole seconds, and milliseconds above two hours' worth of seconds
		{in: "219", want: 219}, {in: " 34 ", want: 34}, {in: "7200", want: 7200}, {in: "7201", want: 7},
		{in: "177000", want: 177}, {in: "321266", want: 321}, {in: "69000", want: 69}, {in: "3096840", want: 3097},
		// decimal minutes below 60, decimal seconds above
		{in: "2.95", want: 177}, {in: "3.859", want: 232}, {in: "1.0", want: 60}, {in: "20.033", want: 1202},
		{in: "219.5", want: 220},
		// clock, and four digits with a leading zero as a clock without its colon
		{in: "0203", want: 123}, {in: "0335", want: 215}, {in: "0505", want: 305}, {in: "0403", want: 243}, {in: "0059", want: 59},
		{in: "0075", want: 75}, {in: "1203", want: 1203}, {in: "203", want: 203}, {in: "00203", want: 203},
		{in: "03:39", want: 219}, {in: "3:05", want: 185}, {in: "1:02:03", want: 3723}, {in: "0:59.6", want: 60},
		// units
		{in: "1m 58sec", want: 118}, {in: "2m 57sec", want: 177}, {in: "10m 8sec", want: 608}, {in: "2m58s", want: 178},
		{in: "3 min", want: 180}, {in: "1h 2m", want: 3720}, {in: "45 sec", want: 45}, {in: "1 min, 5 sec", want: 65},
		{in: "500ms", want: 1},
		// not lengths
		{in: "m sec", bad: true}, {in: "Room Service", bad: true}, {in: "03:1G", bad: true}, {in: "O3:35", bad: true},
		{in: "28q666", bad: true}, {in: "26 6000", bad: true}, {in: "4 .872", bad: true}, {in: "1:60", bad: true},
		{in: "1.2.3", bad: true}, {in: "-5", bad: true}, {in: "3 parsecs", bad: true}, {in: "::", bad: true},
		{in: "1:2:3:4", bad: true}, {in: "1e5", bad: true}, {in: "25:00:00", bad: true}, {in: "999999999999", bad: true},
		{in: "m", bad: true}, {in: "5 m 3", bad: true},
	}
	for _, tt := range tests {
		got, err := ParseLength(tt.in)
		if tt.bad {
			if err == nil || !errors.Is(err, ErrBadLength) {
				t.Errorf("ParseLength(%q) = %d, %v; want an ErrBadLength", tt.in, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseLength(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
		bad  bool
	}{
		{in: "", want: 0}, {in: "null", want: 0}, {in: "unk.", want: 0},
		{in: "2007", want: 2007}, {in: " 1999 ", want: 1999}, {in: "75", want: 1975}, {in: "'99", want: 1999},
		{in: "07", want: 2007}, {in: "'07", want: 2007}, {in: "30", want: 1930}, {in: "29", want: 2029},
		{in: "7", bad: true}, {in: "199", bad: true}, {in: "English", bad: true}, {in: "-1999", bad: true},
		{in: "19999", bad: true}, {in: "0999", bad: true},
	}
	for _, tt := range tests {
		got, err := ParseYear(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseYear(%q) = %d, %v; want %d (error: %v)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, v := range []string{"", " ", "null", "Null", "[unknown]", "unknown", "UNKNOWN", "unk.", "n/a", "n.a.", "-", "(null)"} {
		if !IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = false", v)
		}
	}
	for _, v := range []string{"Nullset", "Unknown Mortal Orchestra", "NA", "None", "Bruce Maginnis", "0"} {
		if IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = true", v)
		}
	}
}

func TestRecordVideoID(t *testing.T) {
	a, b := RecordVideoID("1"), RecordVideoID("2")
	if a == b || RecordVideoID(" 1 ") != a {
		t.Errorf("RecordVideoID: %q, %q, %q", a, b, RecordVideoID(" 1 "))
	}
	for _, id := range []string{a, b, RecordVideoID("MBox7368722-HH")} {
		if got, err := ParseVideoRef(id); err != nil || got != id {
			t.Errorf("RecordVideoID gives %q, not a video ID: %v", id, err)
		}
	}
	sub := Submission{VideoRef: "TID 17", VideoRefField: "record_id", Title: "Street Hype"}
	if id, err := sub.Validate(); err != nil || id != RecordVideoID("TID 17") {
		t.Errorf("Validate of a record: %q, %v", id, err)
	}
}

func TestValidateCatalogueFields(t *testing.T) {
	base := Submission{VideoRef: "dQw4w9WgXcQ", Title: "Street Hype"}
	tests := []struct {
		edit  func(*Submission)
		field string // "" when valid
	}{
		{func(s *Submission) { s.Album, s.TrackNumber, s.Year = "Groove City", "A1", 1999 }, ""},
		{func(s *Submission) { s.Year = 999 }, "year"},
		{func(s *Submission) { s.Year = 3000 }, "year"},
		{func(s *Submission) { s.Album = strings.Repeat("x", MaxAlbumLen+1) }, "album"},
		{func(s *Submission) { s.TrackNumber = strings.Repeat("1", MaxTrackNumLen+1) }, "track_number"},
		{func(s *Submission) { s.VideoRef, s.VideoRefField = " ", "record_id" }, "record_id"},
	}
	for i, tt := range tests {
		s := base
		tt.edit(&s)
		_, err := s.Validate()
		var fe *FieldError
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%d: %v", i, err)
		case tt.field != "" && (!errors.As(err, &fe) || fe.Field != tt.field):
			t.Errorf("%d: %v, want an error naming %s", i, err, tt.field)
		}
	}
}

// FuzzParseLength: no panic, a result within the limits or an error, and
// a length written back as seconds reads as itself.
func FuzzParseLength(f *testing.F) {
	for _, s := range []string{"219", "177000", "2.95", "03:39", "1m 58sec", "unk.", "1:02:03", "26 6000", "4 .872", "0:59.6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseLength(s)
		if err != nil {
			return
		}
		if n < 0 || n > MaxDurationSec {
			t.Fatalf("ParseLength(%q) = %d, out of range", s, n)
		}
		if n <= msThreshold {
			if back, err := ParseLength(strconv.Itoa(n)); err != nil || back != n {
				t.Fatalf("ParseLength(%q) = %d, but %d reads as %d, %v", s, n, n, back, err)
			}
		}
	})
}
