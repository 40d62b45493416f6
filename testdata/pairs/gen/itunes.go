package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var dittoCol = regexp.MustCompile(`COL (\w+) VAL `)

// dittoRecord parses one side of a Ditto line: "COL name VAL value ...".
func dittoRecord(s string) map[string]string {
	rec := map[string]string{}
	locs := dittoCol.FindAllStringSubmatchIndex(s, -1)
	for k, loc := range locs {
		end := len(s)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		rec[s[loc[2]:loc[3]]] = strings.TrimSpace(s[loc[1]:end])
	}
	return rec
}

// duration parses "m:ss" or "h:mm:ss"; 0 when absent or malformed.
func duration(s string) int {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0
	}
	total := 0
	for _, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 0 {
			return 0
		}
		total = total*60 + n
	}
	return total
}

// convertDitto reads a Ditto pairs file (LEFT \t RIGHT \t LABEL).
func convertDitto(path string) ([]pairJSON, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []pairJSON
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated columns, got %d", path, line, len(cols))
		}
		side := func(s string) sideJSON {
			r := dittoRecord(s)
			return sideJSON{Title: r["Song_Name"], Artist: r["Artist_Name"], Duration: duration(r["Time"])}
		}
		label := strings.TrimSpace(cols[2])
		if label != "0" && label != "1" {
			return nil, fmt.Errorf("%s:%d: label %q", path, line, label)
		}
		out = append(out, pairJSON{A: side(cols[0]), B: side(cols[1]), Same: label == "1"})
	}
	return out, sc.Err()
}
