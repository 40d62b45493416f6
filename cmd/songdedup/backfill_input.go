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

// readRows streams the input, calling fn for every row with its line
// number (the header of a CSV file is line 1) until fn returns false.
func readRows(r io.Reader, format string, fn func(backfill.Row) bool) error {
	if format == "csv" {
		return readCSV(r, fn)
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
		if !fn(parseJSONRow(line, []byte(raw))) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading input after line %d: %w", line, err)
	}
	return nil
}

// jsonRow is one JSON input line; numbers may also come as strings.
type jsonRow struct {
	VideoID  *string         `json:"video_id"`
	URL      *string         `json:"url"`
	Title    *string         `json:"title"`
	Channel  string          `json:"channel"`
	Artist   string          `json:"artist"`
	Plays    json.RawMessage `json:"plays"`
	Likes    json.RawMessage `json:"likes"`
	Duration json.RawMessage `json:"duration_seconds"`
}

// jsonNumber returns a JSON number or numeric string as text for
// rowFromFields to check ("" when absent or null).
func jsonNumber(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if t := string(raw); t != "null" {
		return t
	}
	return ""
}

func parseJSONRow(line int, raw []byte) backfill.Row {
	var j jsonRow
	if err := json.Unmarshal(raw, &j); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return backfill.Row{Line: line, Err: dedup.InvalidField(te.Field, "must be %s", dedup.JSONKind(te.Type))}
		}
		return backfill.Row{Line: line, Err: fmt.Errorf("invalid JSON: %v", err)}
	}
	fields := map[string]string{"channel": j.Channel, "artist": j.Artist,
		"plays": jsonNumber(j.Plays), "likes": jsonNumber(j.Likes), "duration_seconds": jsonNumber(j.Duration)}
	if j.Title != nil {
		fields["title"] = *j.Title
	}
	if j.VideoID != nil {
		fields["video_id"] = *j.VideoID
	}
	if j.URL != nil {
		fields["url"] = *j.URL
	}
	return rowFromFields(line, fields)
}

// rowFromFields builds a submission from named fields (a JSON object or a
// CSV record), checking the numbers.
func rowFromFields(line int, f map[string]string) backfill.Row {
	row := backfill.Row{Line: line}
	sub := &row.Sub
	sub.Title, sub.Channel, sub.Artist = f["title"], f["channel"], f["artist"]
	if v := strings.TrimSpace(f["video_id"]); v != "" {
		sub.VideoRef, sub.VideoRefField = v, "video_id"
	} else {
		sub.VideoRef, sub.VideoRefField = strings.TrimSpace(f["url"]), "url"
	}
	for _, n := range []struct {
		name string
		dst  *int64
	}{{"plays", &sub.Plays}, {"likes", &sub.Likes}} {
		if v := strings.TrimSpace(f[n.name]); v != "" {
			x, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				row.Err = dedup.InvalidField(n.name, "must be a whole number, got %q", v)
				return row
			}
			*n.dst = x
		}
	}
	if v := strings.TrimSpace(f["duration_seconds"]); v != "" {
		x, err := strconv.Atoi(v)
		if err != nil {
			row.Err = dedup.InvalidField("duration_seconds", "must be a whole number of seconds, got %q", v)
			return row
		}
		sub.DurationSeconds = x
	}
	return row
}

func readCSV(r io.Reader, fn func(backfill.Row) bool) error {
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
	if !slices.Contains(cols, "title") || (!slices.Contains(cols, "video_id") && !slices.Contains(cols, "url")) {
		return usagef("--input: the CSV header %q needs a title column and a video_id or url column", strings.Join(header, ","))
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		line, _ := cr.FieldPos(0)
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
		if len(rec) != len(cols) {
			if !fn(backfill.Row{Line: line, Err: fmt.Errorf("invalid CSV: %d fields, the header has %d", len(rec), len(cols))}) {
				return nil
			}
			continue
		}
		fields := make(map[string]string, len(cols))
		for i, c := range cols {
			fields[c] = rec[i]
		}
		if !fn(rowFromFields(line, fields)) {
			return nil
		}
	}
}
