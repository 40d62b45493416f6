package store

import (
	"testing"
	"time"
)

// TestDFCacheReadsAndCommits: a read of frequencies that ran while a commit
// of this process did may have counted it or not, and the commit adds
// itself to the cache when done: the read leaves that term's cached value
// as it was. A read before or after every commit caches what it found, and
// a commit after the read adds to it.
func TestDFCacheReadsAndCommits(t *testing.T) {
	const term = "motion_sickness"
	delta := map[string]int{term: 1}
	tests := []struct {
		name   string
		steps  []string // begin/end of the read (R, r) and of the commit (C, c)
		before int      // cached before, -1 none
		found  int      // what the read found
		want   int      // cached after, -1 none
	}{
		{"commit before the read", []string{"C", "c", "R", "r"}, -1, 4, 4},
		{"commit after the read", []string{"R", "r", "C", "c"}, -1, 3, 4},
		{"commit inside the read", []string{"R", "C", "c", "r"}, -1, 4, -1},
		{"read inside the commit", []string{"C", "R", "r", "c"}, -1, 4, -1},
		{"commit ending inside the read", []string{"C", "R", "c", "r"}, -1, 3, -1},
		{"commit starting inside the read", []string{"R", "C", "r", "c"}, -1, 3, -1},
		{"commit inside the read, a value cached before", []string{"R", "C", "c", "r"}, 3, 4, 4},
		{"read inside the commit, a value cached before", []string{"C", "R", "r", "c"}, 3, 3, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &dfCache{ttl: time.Minute}
			now := time.Now()
			if tt.before >= 0 {
				c.put(map[string]int{term: tt.before}, []string{term}, now)
			}
			var r *dfRead
			var cm *dfCommit
			for _, s := range tt.steps {
				switch s {
				case "R":
					r = c.beginRead()
				case "r":
					c.putRead(r, map[string]int{term: tt.found}, []string{term}, now)
				case "C":
					cm = c.beginCommit(delta)
				case "c":
					c.endCommit(cm, true)
				}
			}
			got := -1
			if known, _ := c.get([]string{term}, now); len(known) > 0 {
				got = known[term]
			}
			if got != tt.want {
				t.Errorf("cached %d, want %d", got, tt.want)
			}
			if len(c.reads) != 0 || len(c.commits) != 0 {
				t.Errorf("%d reads and %d commits left under way", len(c.reads), len(c.commits))
			}
		})
	}
}
