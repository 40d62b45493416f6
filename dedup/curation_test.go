package dedup

import (
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestApprovalLexicon: an approved review teaches the artists its two songs
// agree on, and nothing when they read them differently or from a channel.
func TestApprovalLexicon(t *testing.T) {
	song := func(in title.Input) Song { return SongFromTitle(in, title.Normalize(in), 0) }
	tests := []struct {
		name string
		a, b title.Input
		want []string // keys
	}{
		{"both name the artist", title.Input{Title: "Queen - Bohemian Rhapsody"}, title.Input{Title: "Queen - Bohemian Rhapsody (Official Video)"}, []string{"queen"}},
		{"a duo", title.Input{Title: "Simon & Garfunkel - The Boxer"}, title.Input{Title: "The Boxer", Artist: "Simon & Garfunkel"}, []string{"simon", "garfunkel", "simongarfunkel"}},
		{"one reads the other way round", title.Input{Title: "Queen - Bohemian Rhapsody"}, title.Input{Title: "Bohemian Rhapsody - Queen"}, nil},
		{"one names no artist", title.Input{Title: "Queen - Bohemian Rhapsody"}, title.Input{Title: "Bohemian Rhapsody"}, nil},
		{"both read from a channel's name", title.Input{Title: "Bohemian Rhapsody", Channel: "Rock Classics"}, title.Input{Title: "Bohemian Rhapsody (HD)", Channel: "Rock Classics"}, nil},
	}
	for _, tt := range tests {
		var keys []string
		for _, e := range ApprovalLexicon(song(tt.a), song(tt.b)) {
			keys = append(keys, e.Key)
		}
		if !slices.Equal(keys, tt.want) {
			t.Errorf("%s: ApprovalLexicon(%q, %q) = %q, want %q", tt.name, tt.a.Title, tt.b.Title, keys, tt.want)
		}
	}
}
