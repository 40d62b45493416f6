package store

import "testing"

// TestLoggedSongsBounded: the songs found logged are remembered up to
// maxLoggedSongs, each new one forgetting another when the list is full.
func TestLoggedSongsBounded(t *testing.T) {
	var l loggedSongs
	if l.has(1) {
		t.Fatal("an empty list has song 1")
	}
	for id := int64(1); id <= maxLoggedSongs+10; id++ {
		l.add(id)
		if !l.has(id) {
			t.Fatalf("song %d not listed once added", id)
		}
	}
	l.add(maxLoggedSongs + 10) // listed already: forgets none
	if n := len(l.ids); n != maxLoggedSongs {
		t.Errorf("%d songs listed, want %d", n, maxLoggedSongs)
	}
}
