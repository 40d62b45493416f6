package backfill

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestRouteKeepsTheNormalizedTitle: routing normalizes a row and keeps the
// title for deciding it, so that it is normalized once; the variants of a
// song go to one worker; an unreadable row is routed by its line.
func TestRouteKeepsTheNormalizedTitle(t *testing.T) {
	tests := []struct {
		name    string
		row     Row
		worker  int // -1: that of the first row
		noTitle bool
	}{
		{"a row", Row{Line: 1, Sub: dedup.Submission{Title: "Adele - Hello (Official Video)"}}, -1, false},
		{"its variant", Row{Line: 2, Sub: dedup.Submission{Title: "ADELE — Hello [Lyrics]", Channel: "AdeleVEVO"}}, -1, false},
		{"an unreadable row", Row{Line: 7, Err: fmt.Errorf("bad JSON")}, 3, true},
	}
	first := -1
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := tt.row
			w := route(&row, 4)
			if first < 0 {
				first = w
			}
			want := tt.worker
			if want < 0 {
				want = first
			}
			if w != want {
				t.Errorf("worker %d, want %d", w, want)
			}
			if tt.noTitle {
				if row.title != nil {
					t.Errorf("title kept for an unreadable row")
				}
				return
			}
			norm := title.Normalize(title.Input{Title: row.Sub.Title, Channel: row.Sub.Channel, Artist: row.Sub.Artist})
			if row.title == nil || !reflect.DeepEqual(*row.title, norm) {
				t.Errorf("kept title %+v, want %+v", row.title, norm)
			}
		})
	}
}
