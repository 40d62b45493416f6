package store

import (
	"encoding/json"
	"reflect"
	"testing"
)

// decodeListCases are lists as stored and as they may be found: written by
// encodeList, and JSON that only a decoder reads.
var decodeListCases = []string{
	"", "[]", `[""]`, `["a"]`, `["a","b"]`, `["artist <b>","co"]`, `["björk","sigur rós"]`,
	`["a\"b"]`, `["a\",\"b"]`, `["\u003cb\u003e"]`, `["a", "b"]`, `[ "a" ]`, `["a",1]`, `["a""]`,
	`["a","]`, `[","]`, `["\xff"]`, `null`, `{}`, `["a"]x`, `x["a"]`, `[ ]`,
}

// TestDecodeList: a stored list reads as encoding/json reads it, and a
// list encodeList writes reads back.
func TestDecodeList(t *testing.T) {
	for _, s := range decodeListCases {
		if got, want := decodeList(s), jsonList(s); !reflect.DeepEqual(got, want) {
			t.Errorf("decodeList(%q) = %q, want %q", s, got, want)
		}
	}
	for _, list := range [][]string{{"a"}, {"a", "b"}, {`quote "x"`, "back\\slash", "<b>&", ""}, {"ünï", "日本"}} {
		if got := decodeList(encodeList(list)); !reflect.DeepEqual(got, list) {
			t.Errorf("decodeList(encodeList(%q)) = %q", list, got)
		}
	}
}

func FuzzDecodeList(f *testing.F) {
	for _, s := range decodeListCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := decodeList(s), jsonList(s); !reflect.DeepEqual(got, want) {
			t.Errorf("decodeList(%q) = %q, want %q", s, got, want)
		}
	})
}

// jsonList is the list encoding/json reads from s, as a decoder alone
// would read a stored list.
func jsonList(s string) []string {
	if s == "" || s == "[]" {
		return nil
	}
	var list []string
	json.Unmarshal([]byte(s), &list)
	return list
}

// BenchmarkDecodeList decodes the lists of a song as stored: its artists,
// its featured artists and its version details.
func BenchmarkDecodeList(b *testing.B) {
	for _, c := range []struct{ name, list string }{{"one", `["sigrid"]`}, {"two", `["dua lipa","elton john"]`}, {"escaped", `["a \u0026 b"]`}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				decodeList(c.list)
			}
		})
	}
}
