package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"

	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

const normalizeUsage = `usage: songdedup normalize < titles.jsonl

Reads JSON lines {"title": ..., "channel": ..., "artist": ...} (channel and
artist optional, other fields ignored) and writes one JSON line per title:
{"title", "artist", "track", "featured", "version", "key", ...}.
A line that cannot be read gets an error line on stderr and the rest go on;
the exit status is 1 if any line failed.
`

// normalizeInput is one input line of 'normalize'. Title is a pointer so a
// missing title can be told from an empty one.
type normalizeInput struct {
	Title   *string `json:"title"`
	Channel string  `json:"channel"`
	Artist  string  `json:"artist"`
}

// normalizeOutput is one output line of 'normalize': the documented fields
// first, then the details that explain them.
type normalizeOutput struct {
	Title        string             `json:"title"`
	Artist       string             `json:"artist"`
	Track        string             `json:"track"`
	Featured     []string           `json:"featured"`
	Version      []string           `json:"version"`
	Key          string             `json:"key"`
	Artists      []string           `json:"artists"`
	ArtistSource title.ArtistSource `json:"artist_source"`
	VersionInfo  []string           `json:"version_info"`
	Patterns     []string           `json:"rules"` // the normalizer's patterns that matched
	// Readings are the Latin readings of the words in other scripts, by
	// word; absent when every word is Latin.
	Readings map[string]string `json:"readings,omitempty"`
}

// normalizeCommand is 'songdedup normalize': titles in, normalized titles
// out, no database.
func normalizeCommand(*flag.FlagSet) action { return runNormalize }

// runNormalize normalizes the titles of stdin.
func runNormalize(ctx context.Context, _ []string, env environment) error {
	out := bufio.NewWriter(env.stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed, err := eachJSONLine(ctx, env.stdin, env.stderr, func(line int, in normalizeInput) error {
		if in.Title == nil {
			return errors.New(`missing field "title"`)
		}
		t := title.Normalize(title.Input{Title: *in.Title, Channel: in.Channel, Artist: in.Artist})
		if err := enc.Encode(outputOf(t)); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing output: %w", ferr)
	}
	if err != nil {
		return fmt.Errorf("normalize: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("normalize: %d line(s) failed", failed)
	}
	return nil
}

// outputOf renders a normalized title as an output line; lists are [] when
// empty, never null.
func outputOf(t title.Title) normalizeOutput {
	o := normalizeOutput{
		Title:        t.Raw,
		Artist:       title.ArtistString(t.Artists),
		Track:        t.Track,
		Featured:     nonNil(t.Featured),
		Version:      make([]string, 0, len(t.Versions)),
		Key:          searchkey.Key(t),
		Artists:      nonNil(t.Artists),
		ArtistSource: t.ArtistSource,
		VersionInfo:  nonNil(t.VersionInfo),
		Patterns:     nonNil(t.Patterns),
		Readings:     t.Readings,
	}
	for _, v := range t.Versions {
		o.Version = append(o.Version, string(v))
	}
	return o
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
