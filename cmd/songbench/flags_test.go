package main

import (
	"bytes"
	"errors"
	"flag"
	"strings"
	"testing"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    options
		wantErr bool
		errText string
	}{
		{name: "none", want: options{in: recordsFile, out: resultsFile}},
		{name: "results", args: []string{"-results", "-in", "a.jsonl", "-out", "b.md"}, want: options{results: true, in: "a.jsonl", out: "b.md"}},
		{name: "a dependency's flag is none of ours", args: []string{"-dir", "x"}, wantErr: true, errText: "-dir"},
		{name: "no arguments", args: []string{"run"}, wantErr: true, errText: "no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			got, err := parseFlags(tt.args, &stderr)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				if !strings.Contains(stderr.String(), tt.errText) {
					t.Errorf("stderr %q does not name %q", stderr.String(), tt.errText)
				}
				return
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseFlagsHelpListsOnlyOurs(t *testing.T) {
	var stderr bytes.Buffer
	if _, err := parseFlags([]string{"-h"}, &stderr); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("err = %v, want flag.ErrHelp", err)
	}
	for _, name := range []string{"-results", "-in", "-out"} {
		if !strings.Contains(stderr.String(), name) {
			t.Errorf("help does not list %s:\n%s", name, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "-dir") {
		t.Errorf("help lists a flag of a dependency:\n%s", stderr.String())
	}
}
