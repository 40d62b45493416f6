package title

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// aliasCase is one line of testdata/aliases.jsonl: an upload and the
// pairs LearnAliases should learn from it.
type aliasCase struct {
	Title   string `json:"title"`
	Channel string `json:"channel"`
	Want    []struct {
		Kind     AliasKind `json:"kind"`
		Latin    string    `json:"latin"`
		Other    string    `json:"other"`
		Official bool      `json:"official"`
	} `json:"want"`
}

func TestLearnAliases(t *testing.T) {
	data, err := os.ReadFile("testdata/aliases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		var c aliasCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		t.Run(c.Title, func(t *testing.T) {
			got := LearnAliases(Normalize(Input{Title: c.Title, Channel: c.Channel}))
			var want []AliasPair
			for _, w := range c.Want {
				want = append(want, AliasPair{Kind: w.Kind, Latin: w.Latin, Other: w.Other, Official: w.Official})
			}
			if !slices.Equal(got, want) {
				t.Errorf("LearnAliases = %+v, want %+v", got, want)
			}
		})
	}
}
