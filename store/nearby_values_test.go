package store

import (
	"strings"
	"testing"
)

// TestNearbyQueryTableOfValues: the lookups of the nearby query are a
// table of values, written as each server reads it: MariaDB's rows have
// no keyword and MySQL 8's start with ROW (MariaDB rejects ROW, MySQL 8
// requires it).
func TestNearbyQueryTableOfValues(t *testing.T) {
	ls := []nearbyLookup{{q: 0, artists: 1, seconds: 200}, {q: 1, artists: 2, seconds: 10}}
	tests := []struct {
		server, row, want string
	}{
		{"MariaDB", "", "AS (VALUES (?, ?, ?, ?), (?, ?, ?, ?)) "},
		{"MySQL 8", "ROW", "AS (VALUES ROW(?, ?, ?, ?), ROW(?, ?, ?, ?)) "},
	}
	for _, tt := range tests {
		with, _, args, _ := nearbyQuery(ls, tt.row)
		if !strings.HasSuffix(with, tt.want) {
			t.Errorf("%s: %q, want it to end with %q", tt.server, with, tt.want)
		}
		if len(args) != 8 {
			t.Errorf("%s: %d arguments, want 8", tt.server, len(args))
		}
	}
}

// TestValuesRowOf: the keyword of a table of values by the server's
// VERSION().
func TestValuesRowOf(t *testing.T) {
	tests := []struct{ version, want string }{
		{"10.11.19-MariaDB-0+deb12u1", ""},
		{"5.5.5-10.6.18-MariaDB-log", ""},
		{"8.0.36", "ROW"},
		{"8.4.2-commercial", "ROW"},
	}
	for _, tt := range tests {
		if got := valuesRowOf(tt.version); got != tt.want {
			t.Errorf("valuesRowOf(%q) = %q, want %q", tt.version, got, tt.want)
		}
	}
}
