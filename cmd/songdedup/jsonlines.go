package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
)

// maxLineBytes bounds one input line of the JSON-lines tools.
const maxLineBytes = 4 << 20

// eachJSONLine decodes every non-blank line of r into a fresh T and calls fn
// with its 1-based line number. A line that is not valid JSON gets one error
// line on stderr naming its number, and processing goes on; so does a line
// for which fn returns an error. It returns how many lines failed, and stops
// early only when reading fails or ctx is done.
func eachJSONLine[T any](ctx context.Context, r io.Reader, stderr io.Writer, fn func(line int, v T) error) (failed int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLineBytes)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			failed++
			fmt.Fprintf(stderr, "line %d: invalid JSON: %v\n", line, err)
			continue
		}
		if err := fn(line, v); err != nil {
			failed++
			fmt.Fprintf(stderr, "line %d: %v\n", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return failed, fmt.Errorf("reading input after line %d: %w", line, err)
	}
	return failed, nil
}
