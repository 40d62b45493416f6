package main

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
)

// readAll reads an input into its rows.
func readAll(t *testing.T, input, format, colMap string) ([]backfill.Row, error) {
	t.Helper()
	m, err := parseColumnMap(colMap)
	if err != nil {
		return nil, err
	}
	var rows []backfill.Row
	err = readRows(strings.NewReader(input), format, m, func(r backfill.Row) bool {
		rows = append(rows, r)
		return true
	})
	return rows, err
}

func TestParseColumnMap(t *testing.T) {
	tests := []struct {
		in   string
		want columnMap
		bad  string // part of the error
	}{
		{in: "", want: columnMap{}},
		{in: "record_id=TID, track_number = number", want: columnMap{"record_id": "tid", "track_number": "number"}},
		{in: "title=Song_Name,artist=Artist_Name,length=Time", want: columnMap{"title": "song_name", "artist": "artist_name", "length": "time"}},
		{in: "title", bad: "not field=column"},
		{in: "title=", bad: "not field=column"},
		{in: "genre=Genre", bad: `unknown field "genre"`},
		{in: "title=a,title=b", bad: "mapped twice"},
	}
	for _, tt := range tests {
		got, err := parseColumnMap(tt.in)
		if tt.bad != "" {
			if err == nil || !strings.Contains(err.Error(), tt.bad) || !strings.Contains(err.Error(), "--map") {
				t.Errorf("parseColumnMap(%q): %v, want an error about --map with %q", tt.in, err, tt.bad)
			}
			continue
		}
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("parseColumnMap(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("parseColumnMap(%q)[%s] = %q, want %q", tt.in, k, got[k], v)
			}
		}
	}
}

// TestCatalogueRowFields: the catalogue fields of JSON and CSV rows, their
// placeholders, and errors that name the field, on the right line.
func TestCatalogueRowFields(t *testing.T) {
	const csvIn = "TID,CID,number,title,length,artist,album,year\n" +
		"1,1,9,Street Hype,177000,Bruce Maginnis,Groove City,'99\n" +
		"2,1,011,011-Street Hype,2m 57sec,[unknown],null,unk.\n" +
		"3,1,,\"StreetH ype (Groove City)\",2.95,  ,Groove City,2001\n" +
		"4,1,A1,Sttreet Hype,03:00,Bruce Maginnis,,75\n" +
		"5,2,1,Other,26 6000,x,y,2001\n" +
		"6,2,1,Other,180,x,y,English\n" +
		"7,3,1,,180,x,y,2001\n" +
		",3,1,Nameless,180,x,y,2001\n"
	rows, err := readAll(t, csvIn, "csv", "record_id=TID,track_number=number")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line     int
		record   string
		artist   string
		album    string
		number   string
		duration int
		year     int
		errField string
	}{
		{line: 2, record: "1", artist: "Bruce Maginnis", album: "Groove City", number: "9", duration: 177, year: 1999},
		{line: 3, record: "2", number: "011", duration: 177},
		{line: 4, record: "3", album: "Groove City", duration: 177, year: 2001},
		{line: 5, record: "4", artist: "Bruce Maginnis", number: "A1", duration: 180, year: 1975},
		{line: 6, errField: "length"},
		{line: 7, errField: "year"},
		{line: 8, errField: "title"},
		{line: 9, errField: "record_id"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for i, w := range want {
		r := rows[i]
		if r.Line != w.line {
			t.Errorf("row %d: line %d, want %d", i, r.Line, w.line)
		}
		err := r.Err
		if err == nil {
			_, err = r.Sub.Validate()
		}
		if w.errField != "" {
			var fe *dedup.FieldError
			if !errors.As(err, &fe) || fe.Field != w.errField {
				t.Errorf("line %d: %v, want an error naming %s", w.line, err, w.errField)
			}
			continue
		}
		s := r.Sub
		if err != nil || s.VideoRefField != "record_id" || s.VideoRef != w.record || s.Artist != w.artist || s.Album != w.album ||
			s.TrackNumber != w.number || s.DurationSeconds != w.duration || s.Year != w.year {
			t.Errorf("line %d: %+v, %v; want %+v", w.line, s, err, w)
		}
	}

	// The same fields in JSON, numbers as numbers or strings, keys in any case.
	rows, err = readAll(t, `{"ID": 17, "Title": "Street Hype", "length": 177000, "Artist": "null", "album": "Groove City", "number": 11, "year": "'99"}
{"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Street Hype", "duration_seconds": "unk.", "length": "2m 57sec"}
{"video_id": "dQw4w9WgXcQ", "title": "Street Hype", "duration_seconds": 170, "length": "2m 57sec"}
{"id": 18, "title": "Street Hype", "length": "four minutes"}
{"id": 19, "title": "Street Hype", "album": 7}
{"id": 20, "title": "Street Hype", "year": 1.5e3}
["not", "an", "object"]
`, "jsonl", "record_id=id,track_number=number")
	if err != nil {
		t.Fatal(err)
	}
	if s := rows[0].Sub; rows[0].Err != nil || s.VideoRef != "17" || s.VideoRefField != "record_id" || s.Artist != "" || s.Album != "Groove City" ||
		s.TrackNumber != "11" || s.DurationSeconds != 177 || s.Year != 1999 {
		t.Errorf("JSON line 1: %+v, %v", s, rows[0].Err)
	}
	if s := rows[1].Sub; rows[1].Err != nil || s.VideoRefField != "url" || s.DurationSeconds != 177 {
		t.Errorf("JSON line 2 (duration placeholder, length given): %+v, %v", s, rows[1].Err)
	}
	if s := rows[2].Sub; rows[2].Err != nil || s.DurationSeconds != 170 {
		t.Errorf("JSON line 3 (duration_seconds wins over length): %+v, %v", s, rows[2].Err)
	}
	for i, field := range map[int]string{3: "length", 4: "album", 5: "year"} {
		var fe *dedup.FieldError
		if !errors.As(rows[i].Err, &fe) || fe.Field != field || rows[i].Line != i+1 {
			t.Errorf("JSON line %d: %v (line %d), want an error naming %s", i+1, rows[i].Err, rows[i].Line, field)
		}
	}
	if rows[6].Err == nil || !strings.Contains(rows[6].Err.Error(), "object") {
		t.Errorf("JSON line 7: %v, want an error saying a line is an object", rows[6].Err)
	}
}

// TestCSVHeaderNeedsItsColumns: a header without the columns a row needs,
// or naming a mapped column that is not there, is a usage error.
func TestCSVHeaderNeedsItsColumns(t *testing.T) {
	for _, tt := range []struct{ in, colMap, want string }{
		{"TID,title\n1,x\n", "", "record_id"},
		{"TID,name\n1,x\n", "record_id=TID", "title"},
		{"TID,title\n1,x\n", "record_id=TID,album=release", `no column "release"`},
	} {
		if _, err := readAll(t, tt.in, "csv", tt.colMap); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q with --map %q: %v, want an error naming %s", tt.in, tt.colMap, err, tt.want)
		}
	}
}

// FuzzCSVLine: any line after a catalogue header reads as rows without a
// panic; each row is either an error or a submission whose text is valid
// UTF-8 when the line was, with a line number within the input.
func FuzzCSVLine(f *testing.F) {
	for _, s := range []string{
		"1,9,Street Hype,177000,Bruce Maginnis,Groove City,'99",
		`2,011,"StreetH ype (Groove City)",2m 57sec,[unknown],null,unk.`,
		`3,,"a ""quoted"" title",03:39,,,`,
		"4,A1,x,26 6000,y,z,English",
		`5,1,"unterminated,1,2`,
		"6,1,x",
	} {
		f.Add(s)
	}
	m, err := parseColumnMap("record_id=TID,track_number=number")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		in := "TID,number,title,length,artist,album,year\n" + line + "\n"
		lines := strings.Count(in, "\n") + 1
		err := readRows(strings.NewReader(in), "csv", m, func(r backfill.Row) bool {
			if r.Line < 2 || r.Line > lines {
				t.Fatalf("%q: row at line %d of %d", line, r.Line, lines)
			}
			if r.Err != nil {
				return true
			}
			s := r.Sub
			if s.DurationSeconds < 0 || s.DurationSeconds > dedup.MaxDurationSec {
				t.Fatalf("%q: duration %d", line, s.DurationSeconds)
			}
			if s.Year != 0 && (s.Year < 1000 || s.Year > 9999) {
				t.Fatalf("%q: year %d", line, s.Year)
			}
			if utf8.ValidString(line) && !(utf8.ValidString(s.Title) && utf8.ValidString(s.Artist) && utf8.ValidString(s.Album)) {
				t.Fatalf("%q: invalid UTF-8 in %+v", line, s)
			}
			return true
		})
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
	})
}
