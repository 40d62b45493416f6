package cpustat

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, stat string
		want       float64
		ok         bool
	}{
		{"plain", "42 (mariadbd) S 1 42 42 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 9 0", 3.25, true},
		{"a command with spaces", "7 (one two) three) R 1 7 7 0 -1 0 0 0 0 0 1 2 0 0", 0.03, true},
		{"truncated", "7 (x) R 1 7", 0, false},
		{"no command", "7 x R 1", 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "stat")
			if err := os.WriteFile(path, []byte(c.stat), 0o600); err != nil {
				t.Fatal(err)
			}
			got, ok := Read(path)
			if ok != c.ok || got != c.want {
				t.Errorf("Read(%q) = %v, %v; want %v, %v", c.stat, got, ok, c.want, c.ok)
			}
		})
	}
	if _, ok := Read(filepath.Join(dir, "none")); ok {
		t.Error("Read of a missing file is ok")
	}
}
