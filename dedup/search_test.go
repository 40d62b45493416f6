package dedup

import (
	"errors"
	"slices"
	"testing"
)

// TestSearchCursor: a cursor reads back as the hit it was made from, and
// anything else is a field error naming cursor.
func TestSearchCursor(t *testing.T) {
	for _, h := range []SearchHit{{SongID: 7, Score: 0.8333333333333334}, {SongID: 1, Score: 1, SameVersion: true}, {SongID: 99, Score: 0}} {
		got, err := decodeSearchCursor(encodeSearchCursor(h))
		if err != nil || got.SongID != h.SongID || got.Score != h.Score || got.SameVersion != h.SameVersion {
			t.Errorf("round trip of %+v: %+v, %v", h, got, err)
		}
	}
	for _, c := range []string{"x", "bm90LWEtY3Vyc29y", encodeSearchCursor(SearchHit{SongID: -1, Score: 0.5}), "MS41L3RydWUvMw"} {
		var fe *FieldError
		if _, err := decodeSearchCursor(c); !errors.As(err, &fe) || fe.Field != "cursor" {
			t.Errorf("cursor %q: %v, want a field error naming cursor", c, err)
		}
	}
}

// TestCompareHits: best score first; among equal scores the query's
// version first; then the older song.
func TestCompareHits(t *testing.T) {
	hits := []SearchHit{{SongID: 4, Score: 0.9}, {SongID: 3, Score: 0.9, SameVersion: true}, {SongID: 2, Score: 0.9}, {SongID: 9, Score: 1}}
	slices.SortFunc(hits, compareHits)
	var ids []int64
	for _, h := range hits {
		ids = append(ids, h.SongID)
	}
	if want := []int64{9, 3, 2, 4}; !slices.Equal(ids, want) {
		t.Errorf("order %v, want %v", ids, want)
	}
}
