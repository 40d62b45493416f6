package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestNormalizeCommand(t *testing.T) {
	type line = map[string]any
	tests := []struct {
		name        string
		args        []string
		stdin       string
		wantErr     bool     // run returns an error (exit status 1 or 2)
		wantErrText string   // a substring of the error
		wantUsage   bool     // the error is a usage error (exit status 2)
		wantHelp    bool     // run returns errHelp (usage printed, exit 0)
		wantOut     []line   // decoded output lines, fields compared when present
		wantStderr  []string // substrings of stderr
		rawOut      []string // substrings of the raw output
	}{
		{
			name:  "one title",
			stdin: `{"title": "Adele - Hello (Official Video)"}`,
			wantOut: []line{{
				"title": "Adele - Hello (Official Video)", "artist": "adele", "track": "hello",
				"featured": []any{}, "version": []any{}, "key": "adele hello adele_hello",
			}},
			rawOut: []string{`"featured":[]`, `"version":[]`},
		},
		{
			name: "featured, versions, list of artists",
			stdin: `{"title": "Simon & Garfunkel - The Boxer (Live at Madison Square Garden)"}
{"title": "Lil Nas X - Old Town Road (feat. Billy Ray Cyrus) [Remix]"}`,
			wantOut: []line{
				{"artist": "simon & garfunkel", "track": "the boxer", "version": []any{"live"}, "version_info": []any{"madison square garden"}},
				{"artist": "lil nas x", "track": "old town road", "featured": []any{"billy ray cyrus"}, "version": []any{"remix"}},
			},
		},
		{
			name:    "channel and caller's artist",
			stdin:   `{"title": "Hello - Adele", "channel": "AdeleVEVO"}` + "\n" + `{"title": "Hello", "artist": "Adele", "plays": 7}`,
			wantOut: []line{{"artist": "adele", "track": "hello", "artist_source": "title"}, {"artist": "adele", "track": "hello", "artist_source": "caller"}},
		},
		{
			name:    "words in another script and their readings",
			stdin:   `{"title": "Кино - Группа крови"}` + "\n" + `{"title": "陳奕迅 - 十年"}`,
			wantOut: []line{{"artist": "кино", "readings": map[string]any{"кино": "kino", "группа": "gruppa", "крови": "krovi"}}, {"readings": map[string]any{"陳奕迅": "chen yi xun", "十年": "shi nian"}}},
			rawOut:  []string{`"readings":{`},
		},
		{
			name:    "unknown fields and blank lines",
			stdin:   "\n" + `{"title": "Toto - Africa", "video_id": "FTQbiNvZqaY", "likes": 3}` + "\n\n",
			wantOut: []line{{"title": "Toto - Africa", "artist": "toto", "track": "africa"}},
		},
		{
			name:        "missing title",
			stdin:       `{"title": "Toto - Africa"}` + "\n" + `{"channel": "Toto"}` + "\n" + `{"title": "Queen - Bohemian Rhapsody"}`,
			wantErr:     true,
			wantOut:     []line{{"track": "africa"}, {"track": "bohemian rhapsody"}},
			wantStderr:  []string{`line 2: missing field "title"`},
			wantErrText: "1 line(s) failed",
		},
		{
			name:        "invalid JSON",
			stdin:       `{"title": "Toto - Africa"}` + "\n" + `{"title": ` + "\n" + `not json` + "\n" + `{"title": "Queen - Bohemian Rhapsody"}`,
			wantErr:     true,
			wantOut:     []line{{"track": "africa"}, {"track": "bohemian rhapsody"}},
			wantStderr:  []string{"line 2: invalid JSON", "line 3: invalid JSON"},
			wantErrText: "2 line(s) failed",
		},
		{
			name:    "empty title is a title",
			stdin:   `{"title": ""}`,
			wantOut: []line{{"title": "", "artist": "", "track": ""}},
		},
		{
			name:       "help",
			args:       []string{"-h"},
			wantHelp:   true,
			wantStderr: []string{"usage: songdedup normalize"},
		},
		{
			name:      "unknown flag",
			args:      []string{"--bogus"},
			wantErr:   true,
			wantUsage: true,
		},
		{
			name:      "arguments",
			args:      []string{"titles.jsonl"},
			wantErr:   true,
			wantUsage: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"normalize"}, tt.args...)
			getenv := func(string) string { return "" }
			err := run(context.Background(), args, getenv, strings.NewReader(tt.stdin), &stdout, &stderr)

			var ue *usageError
			switch {
			case tt.wantHelp:
				if !errors.Is(err, errHelp) {
					t.Errorf("err = %v, want errHelp", err)
				}
			case tt.wantErr && err == nil:
				t.Errorf("err = nil, want an error")
			case !tt.wantErr && err != nil:
				t.Errorf("err = %v, want none", err)
			case tt.wantUsage != errors.As(err, &ue):
				t.Errorf("err = %v: usage error %v, want %v", err, !tt.wantUsage, tt.wantUsage)
			}
			if tt.wantErrText != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErrText)) {
				t.Errorf("err = %v, want it to say %q", err, tt.wantErrText)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q lacks %q", stderr.String(), want)
				}
			}
			for _, want := range tt.rawOut {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("stdout %q lacks %q", stdout.String(), want)
				}
			}
			var got []line
			dec := json.NewDecoder(&stdout)
			for dec.More() {
				var l line
				if err := dec.Decode(&l); err != nil {
					t.Fatalf("output is not JSON lines: %v", err)
				}
				got = append(got, l)
			}
			if len(got) != len(tt.wantOut) {
				t.Fatalf("got %d output lines %v, want %d", len(got), got, len(tt.wantOut))
			}
			for i, want := range tt.wantOut {
				for field, w := range want {
					wb, _ := json.Marshal(w)
					gb, _ := json.Marshal(got[i][field])
					if string(wb) != string(gb) {
						t.Errorf("line %d: %s = %s, want %s", i+1, field, gb, wb)
					}
				}
				for _, field := range []string{"title", "artist", "track", "featured", "version", "key"} {
					if _, ok := got[i][field]; !ok {
						t.Errorf("line %d lacks the documented field %q", i+1, field)
					}
				}
			}
		})
	}
}
