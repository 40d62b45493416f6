package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/backfill"
)

// The backfill input: JSON lines or CSV with a header, read as a stream of
// rows.

// inputFields are the fields of a backfill row, as the input names them
// unless a column map renames them.
var inputFields = []string{"video_id", "url", "record_id", "title", "channel", "artist", "album",
	"duration_seconds", "length", "track_number", "year", "plays", "likes"}

// numericFields may be JSON numbers as well as strings.
var numericFields = map[string]bool{"duration_seconds": true, "length": true, "track_number": true,
	"year": true, "plays": true, "likes": true, "record_id": true}

// columnMap names the input column (or JSON key) of each field that is not
// read under its own name: the --map flag.
type columnMap map[string]string

// parseColumnMap reads --map: field=column pairs separated by commas
// ("record_id=TID,track_number=number"). Column names match case-
// insensitively.
func parseColumnMap(s string) (columnMap, error) {
	m := columnMap{}
	if strings.TrimSpace(s) == "" {
		return m, nil
	}
	for _, pair := range strings.Split(s, ",") {
		field, col, ok := strings.Cut(pair, "=")
		field, col = strings.ToLower(strings.TrimSpace(field)), strings.ToLower(strings.TrimSpace(col))
		switch {
		case !ok || field == "" || col == "":
			return nil, usagef("--map: %q is not field=column", strings.TrimSpace(pair))
		case !slices.Contains(inputFields, field):
			return nil, usagef("--map: unknown field %q (fields: %s)", field, strings.Join(inputFields, ", "))
		case m[field] != "":
			return nil, usagef("--map: field %q mapped twice", field)
		}
		m[field] = col
	}
	return m, nil
}

// column is the input name of field.
func (m columnMap) column(field string) string {
	if c, ok := m[field]; ok {
		return c
	}
	return field
}

// readRows streams the input, calling fn for every row with its line
// number (the header of a CSV file is line 1) until fn returns false.
func readRows(r io.Reader, format string, cols columnMap, fn func(backfill.Row) bool) error {
	if format == "csv" {
		return readCSV(r, cols, fn)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLineBytes)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		if !fn(parseJSONRow(line, []byte(raw), cols)) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading input after line %d: %w", line, err)
	}
	return nil
}

// parseJSONRow reads one JSON line: keys match field names (or their
// mapped columns) case-insensitively; numbers may also come as strings.
func parseJSONRow(line int, raw []byte, cols columnMap) backfill.Row {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return backfill.Row{Line: line, Err: fmt.Errorf("invalid JSON: a line must be an object, got %s", te.Value)}
		}
		return backfill.Row{Line: line, Err: fmt.Errorf("invalid JSON: %v", err)}
	}
	byKey := make(map[string]json.RawMessage, len(obj))
	for k, v := range obj {
		byKey[strings.ToLower(k)] = v
	}
	fields := make(map[string]string, len(inputFields))
	present := map[string]bool{}
	for _, f := range inputFields {
		v, ok := byKey[cols.column(f)]
		if !ok || string(v) == "null" {
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			var n json.Number
			if !numericFields[f] || json.Unmarshal(v, &n) != nil {
				kind := "string"
				if numericFields[f] {
					kind = "number or a string"
				}
				return backfill.Row{Line: line, Err: dedup.InvalidField(f, "must be a %s", kind)}
			}
			s = n.String()
		}
		fields[f], present[f] = s, true
	}
	return rowFromFields(line, fields, present)
}

// rowFromFields builds a submission from named fields (a JSON object or a
// CSV record), checking the numbers; present says which fields the row
// has at all (a JSON title given as "" is present, one not given is not).
// A placeholder ("null", "[unknown]", "unk.", empty) in any field but the
// title and the video is absent.
func rowFromFields(line int, f map[string]string, present map[string]bool) backfill.Row {
	row := backfill.Row{Line: line}
	sub := &row.Sub
	sub.Title = f["title"]
	sub.Channel, sub.Artist, sub.Album = dedup.OrAbsent(f["channel"]), dedup.OrAbsent(f["artist"]), dedup.OrAbsent(f["album"])
	sub.TrackNumber = dedup.OrAbsent(f["track_number"])
	switch {
	case strings.TrimSpace(f["video_id"]) != "":
		sub.VideoRef, sub.VideoRefField = strings.TrimSpace(f["video_id"]), "video_id"
	case strings.TrimSpace(f["url"]) != "" || !present["record_id"]:
		sub.VideoRef, sub.VideoRefField = strings.TrimSpace(f["url"]), "url"
	default:
		sub.VideoRef, sub.VideoRefField = strings.TrimSpace(f["record_id"]), "record_id"
	}
	for _, n := range []struct {
		name string
		dst  *int64
	}{{"plays", &sub.Plays}, {"likes", &sub.Likes}} {
		if v := dedup.OrAbsent(f[n.name]); v != "" {
			x, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				row.Err = dedup.InvalidField(n.name, "must be a whole number, got %q", v)
				return row
			}
			*n.dst = x
		}
	}
	if v := dedup.OrAbsent(f["duration_seconds"]); v != "" {
		x, err := strconv.Atoi(v)
		if err != nil {
			row.Err = dedup.InvalidField("duration_seconds", "must be a whole number of seconds, got %q", v)
			return row
		}
		sub.DurationSeconds = x
	} else if v := f["length"]; v != "" {
		x, err := dedup.ParseLength(v)
		if err != nil {
			row.Err = dedup.InvalidField("length", "%v", err)
			return row
		}
		sub.DurationSeconds = x
	}
	if v := f["year"]; v != "" {
		y, err := dedup.ParseYear(v)
		if err != nil {
			row.Err = dedup.InvalidField("year", "%v", err)
			return row
		}
		sub.Year = y
	}
	return row
}

func readCSV(r io.Reader, m columnMap, fn func(backfill.Row) bool) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return usagef("--input: the CSV file has no header row: %v", err)
	}
	cols := make([]string, len(header))
	for i, h := range header {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	}
	has := func(field string) bool { return slices.Contains(cols, m.column(field)) }
	if !has("title") || (!has("video_id") && !has("url") && !has("record_id")) {
		return usagef("--input: the CSV header %q needs a title column and a video_id, url or record_id column (--map names other columns)", strings.Join(header, ","))
	}
	for field, col := range m {
		if !slices.Contains(cols, col) {
			return usagef("--map: the CSV header %q has no column %q for %s", strings.Join(header, ","), col, field)
		}
	}
	index := map[string]int{}
	for _, f := range inputFields {
		if i := slices.Index(cols, m.column(f)); i >= 0 {
			index[f] = i
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if !fn(backfill.Row{Line: pe.StartLine, Err: fmt.Errorf("invalid CSV: %v", pe.Err)}) {
				return nil
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("reading CSV: %w", err)
		}
		line, _ := cr.FieldPos(0) // only after a record was read: it panics otherwise
		if len(rec) != len(cols) {
			if !fn(backfill.Row{Line: line, Err: fmt.Errorf("invalid CSV: %d fields, the header has %d", len(rec), len(cols))}) {
				return nil
			}
			continue
		}
		fields := make(map[string]string, len(index))
		present := make(map[string]bool, len(index))
		for f, i := range index {
			fields[f], present[f] = rec[i], true
		}
		if !fn(rowFromFields(line, fields, present)) {
			return nil
		}
	}
}
