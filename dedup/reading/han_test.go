package reading

import (
	"sync"
	"testing"
)

func TestSimplified(t *testing.T) {
	tests := []struct {
		in, simplified string
	}{
		{"林俊傑", "林俊杰"},
		{"林俊杰", "林俊杰"},
		{"張學友", "张学友"},
		{"周杰倫 jay chou", "周杰伦 jay chou"},
		{"江南", "江南"},
		{"방탄소년단", "방탄소년단"},
		{"jj lin", "jj lin"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Simplified(tt.in); got != tt.simplified {
			t.Errorf("Simplified(%q) = %q, want %q", tt.in, got, tt.simplified)
		}
	}
}

// TestSimplifiedConcurrently: the converter is shared by every goroutine
// of a process (run with -race).
func TestSimplifiedConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if got := Simplified("張學友 林俊傑"); got != "张学友 林俊杰" {
					t.Errorf("Simplified = %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
