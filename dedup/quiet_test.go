package dedup

import (
	"testing"
)

func TestQuietSince(t *testing.T) {
	// A new song's own shingle and anchor (unseen before), a rare word and
	// its artist's name and a common word.
	before := map[string]int{"hello_world": 0, "adele_hello": 0, "hello": 12, "adele": 80, "world": 4000}
	tests := []struct {
		name  string
		now   map[string]int
		allow map[string]int
		want  bool
	}{
		{"only the song itself", map[string]int{"hello_world": 1, "adele_hello": 1, "hello": 13, "adele": 81, "world": 4001}, nil, true},
		{"the artist and a common word moved: another song of theirs", map[string]int{"hello_world": 1, "adele_hello": 1, "hello": 13, "adele": 90, "world": 4100}, nil, true},
		{"an unseen term of the song arrived twice: a twin", map[string]int{"hello_world": 1, "adele_hello": 2, "hello": 13, "adele": 81, "world": 4001}, nil, false},
		{"the rare word arrived twice", map[string]int{"hello_world": 1, "adele_hello": 1, "hello": 14, "adele": 81, "world": 4001}, nil, false},
		{"a batch's own songs are allowed", map[string]int{"hello_world": 2, "adele_hello": 2, "hello": 14, "adele": 82, "world": 4002},
			map[string]int{"hello_world": 2, "adele_hello": 2, "hello": 2, "adele": 2, "world": 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quietSince(watched(before), tt.allow, tt.now); got != tt.want {
				t.Errorf("quietSince = %v, want %v (watching %v)", got, tt.want, watched(before))
			}
		})
	}
	if quietSince(watched(map[string]int{}), nil, map[string]int{}) {
		t.Error("a title with no terms is quiet; nothing proves it")
	}
}
