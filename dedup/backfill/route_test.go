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
			_, w := route(&row, 1, 4)
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

// TestRouteShards: a shard holds every variant of a song, and the rows of
// one shard spread over all of its workers (the worker is not the shard's
// own remainder again).
func TestRouteShards(t *testing.T) {
	const shards, workers = 4, 2
	variants := []string{"Adele - Hello (Official Video)", "ADELE — Hello [Lyrics]", "Hello | Adele", "Adele \"Hello\" (Live at the BBC)"}
	first := map[int]bool{}
	for _, v := range variants {
		row := Row{Sub: dedup.Submission{Title: v}}
		s, _ := route(&row, shards, workers)
		first[s] = true
	}
	if len(first) != 1 {
		t.Errorf("the variants of one song went to shards %v", first)
	}
	used := map[[2]int]bool{}
	for i := range 400 {
		word := []byte{byte('a' + i%26), byte('a' + i/26%26), byte('a' + i*7%26), 'o', 'n', 'e'}
		row := Row{Sub: dedup.Submission{Title: fmt.Sprintf("Artist %d - %s Song", i, word)}}
		s, w := route(&row, shards, workers)
		if s < 0 || s >= shards || w < 0 || w >= workers {
			t.Fatalf("shard %d worker %d out of range", s, w)
		}
		used[[2]int{s, w}] = true
	}
	if len(used) != shards*workers {
		t.Errorf("400 rows used %d of the %d (shard, worker) pairs", len(used), shards*workers)
	}
}

func TestParseShard(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/4", Shard{0, 4}, true},
		{"3/4", Shard{3, 4}, true},
		{"0/1", Shard{0, 1}, true},
		{"4/4", Shard{}, false},
		{"-1/4", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
		{"1/2000", Shard{}, false},
	} {
		got, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, ok %t", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestRouteAcrossScripts: the uploads of a song in another script and in
// Latin letters go to one worker (dev songs of testdata/catalogues/scripts).
func TestRouteAcrossScripts(t *testing.T) {
	for _, p := range [][2]string{
		{"Кино - Группа крови", "Kino - Gruppa Krovi (lyrics)"},
		{"Земфира - Хочешь?", "Zemfira - Khochesh"},
		{"Δέσποινα Βανδή - Γέλα μου", "Despina Vandi - Gela mou"},
		{"자우림 - 스물다섯 스물하나", "Jaurim - Seumuldaseot Seumulhana"},
		{"【Ado】うっせぇわ", "Ado - Usseewa"},
		{"五月天 - 突然好想你", "Mayday - Tu Ran Hao Xiang Ni"},
		{"लता मंगेशकर - लग जा गले", "Lata Mangeshkar - Lag Ja Gale"},
	} {
		for _, workers := range []int{3, 4, 7} {
			a, b := Row{Line: 1, Sub: dedup.Submission{Title: p[0]}}, Row{Line: 2, Sub: dedup.Submission{Title: p[1]}}
			sa, wa := route(&a, 2, workers)
			sb, wb := route(&b, 2, workers)
			if sa != sb || wa != wb {
				t.Errorf("%d workers: %q goes to shard %d worker %d, %q to %d, %d", workers, p[0], sa, wa, p[1], sb, wb)
			}
		}
	}
}
