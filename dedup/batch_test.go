package dedup

import (
	"maps"
	"testing"
)

// TestTokenStatsOf: a batch's token statistics answer for a candidate set
// only when they hold every token, and then with exactly those tokens (a
// token left out is weighed by the built-in table, so extra ones would
// change scores).
func TestTokenStatsOf(t *testing.T) {
	stats := &tokenStats{docs: 1000, df: map[string]int{"adele": 12, "hello": 40, "rare": 0}}
	tests := []struct {
		name   string
		stats  *tokenStats
		tokens []string
		want   map[string]int
		ok     bool
	}{
		{"no batch", nil, []string{"adele"}, nil, false},
		{"all held", stats, []string{"adele", "hello", "adele"}, map[string]int{"adele": 12, "hello": 40}, true},
		{"a token no song has", stats, []string{"rare"}, map[string]int{"rare": 0}, true},
		{"one missing", stats, []string{"adele", "someone"}, nil, false},
		{"nothing asked", stats, nil, map[string]int{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, df, ok := tt.stats.of(tt.tokens)
			if ok != tt.ok || !maps.Equal(df, tt.want) {
				t.Fatalf("of(%v) = %v, %v; want %v, %v", tt.tokens, df, ok, tt.want, tt.ok)
			}
			if ok && docs != 1000 {
				t.Errorf("docs %d, want 1000", docs)
			}
		})
	}
}
