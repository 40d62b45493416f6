package dedup

import (
	"reflect"
	"testing"
)

func TestJSONKind(t *testing.T) {
	var (
		i64  int64
		u64  uint64
		f    float64
		s    string
		b    bool
		list []string
		obj  map[string]any
		ptr  *int
	)
	tests := []struct {
		v    any
		want string
	}{
		{i64, "a whole number"},
		{u64, "a whole number of at least 0"},
		{f, "a number"},
		{s, "a string"},
		{b, "true or false"},
		{list, "a list"},
		{obj, "an object"},
		{ptr, "a whole number"},
	}
	for _, tt := range tests {
		if got := JSONKind(reflect.TypeOf(tt.v)); got != tt.want {
			t.Errorf("JSONKind(%T) = %q, want %q", tt.v, got, tt.want)
		}
	}
	if got := JSONKind(nil); got != "a JSON value" {
		t.Errorf("JSONKind(nil) = %q", got)
	}
}
