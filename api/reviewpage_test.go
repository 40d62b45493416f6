package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestReviewPageEncodedOnce: a page of the queue written with each song's
// document encoded once is byte for byte the page writeJSON writes with a
// document per listing (reviewPageDocPerListing), for songs listed once
// and many times, shared by the page or not, with markup and stored
// explanations that are not JSON, for a decided review, and for an empty
// page; and each review written alone (writeReview) is the review
// writeJSON writes.
func TestReviewPageEncodedOnce(t *testing.T) {
	at := time.Date(2026, 12, 6, 8, 0, 0, 123456000, time.UTC)
	song := func(id int64, explanation string) *dedup.Song {
		s := &dedup.Song{ID: id, Source: title.Input{Title: fmt.Sprintf(`Artist %d - Track <b>%d</b> & "more" ü`, id, id), Channel: "Chan <i>"},
			Artists: []string{fmt.Sprintf("artist %d", id)}, Track: fmt.Sprintf("track %d", id), VersionInfo: []string{"live"},
			SearchKey: fmt.Sprintf("artist %d track %d", id, id), CreatedAt: at, UpdatedAt: at, Plays: 10 * id, Likes: id, VideoCount: 2}
		for k := range 2 {
			s.Videos = append(s.Videos, dedup.Video{ID: fmt.Sprintf("v%010d", id*10+int64(k)), SongID: id, CanonicalID: id,
				Title: s.Source.Title, Channel: "Chan", Plays: 5 * id, Likes: id, CreatedAt: at})
		}
		s.History = append(s.History, dedup.MergeEvent{ID: id, Kind: dedup.MergeSong, SongID: id + 100, IntoSongID: id, Score: 0.9,
			DecidedBy: "auto", CreatedAt: at, Explanation: []byte(explanation)})
		return s
	}
	shared := song(7, `{"rule": "kept", "tokens": ["<a>", "b&c"]}`)
	notJSON := song(8, `{"score": [0.7`)
	review := func(id int64, s, best *dedup.Song, others ...*dedup.Song) dedup.Review {
		r := dedup.Review{ID: id, SongID: s.ID, CandidateSongID: best.ID, Score: 0.7, Plays: 12, Reason: "near_miss",
			Explanation: []byte(`{"score": 0.7, "why": "<script>"}`), Status: dedup.ReviewPending, CreatedAt: at, Song: s, Candidate: best}
		for k, c := range append([]*dedup.Song{best}, others...) {
			r.Candidates = append(r.Candidates, dedup.ReviewCandidate{SongID: c.ID, Score: 0.7 - 0.01*float64(k), Song: c})
		}
		return r
	}
	unshared := review(4, song(3, ""), song(7, `{"rule": "kept", "tokens": ["<a>", "b&c"]}`))
	unshared.Candidate = song(7, `{"rule": "kept", "tokens": ["<a>", "b&c"]}`) // an equal copy, not the same song
	noCandidate := review(5, song(9, `{}`), shared)
	noCandidate.Candidate = nil
	badReview := review(6, song(10, `{"ok": true}`), notJSON, shared)
	badReview.Explanation = []byte(`not json`)
	decided := review(7, song(13, ""), song(14, `{"b": 2}`))
	decidedAt := at.Add(time.Hour)
	decided.Status, decided.DecidedBy, decided.DecidedAt, decided.Resolution = dedup.ReviewApproved, "curator <a&b>", &decidedAt, "split"
	decided.VideoID, decided.Score, decided.Plays, decided.Reason = "dQw4w9WgXcQ", 1e-7, 0, ""
	decided.Candidates[0].Score = 0.6250000001
	pages := map[string]dedup.ReviewPage{
		"empty":   {Total: 0},
		"decided": {Total: 1, NextCursor: "a&b", Items: []dedup.Review{decided}},
		"shared and repeated": {Total: 40, NextCursor: "c0ffee", Items: []dedup.Review{
			review(1, song(1, `{"a": 1}`), shared, song(2, ""), notJSON),
			review(2, song(11, ""), shared, notJSON),
			unshared, noCandidate,
		}},
		"an explanation not JSON": {Total: 3, Items: []dedup.Review{badReview, review(3, song(12, ""), shared)}},
	}
	for name, page := range pages {
		perListing := reviewPageDocPerListing{Items: []reviewDoc[songDoc]{}, NextCursor: page.NextCursor, Total: page.Total}
		for i, item := range page.Items {
			perListing.Items = append(perListing.Items, newReviewDoc(item))
			want, got := httptest.NewRecorder(), httptest.NewRecorder()
			writeJSON(want, 200, newReviewDoc(item))
			writeReview(got, item)
			if got.Body.String() != want.Body.String() {
				t.Errorf("%s, review %d: the review written alone differs:\n got %s\nwant %s", name, i, got.Body, want.Body)
			}
		}
		want, got := httptest.NewRecorder(), httptest.NewRecorder()
		writeJSON(want, 200, perListing)
		writeReviewPage(got, page)
		if got.Body.String() != want.Body.String() {
			t.Errorf("%s: the page encoded once differs:\n got %s\nwant %s", name, got.Body, want.Body)
		}
		if !json.Valid(got.Body.Bytes()) {
			t.Errorf("%s: not JSON: %s", name, got.Body)
		}
	}
}

// reviewPageDocPerListing is a page of the queue with a document per
// listing of a song, the encoding writeReviewPage reproduces.
type reviewPageDocPerListing struct {
	Items      []reviewDoc[songDoc] `json:"items"`
	NextCursor string               `json:"next_cursor,omitempty"`
	Total      int                  `json:"total"`
}

// BenchmarkReviewPage encodes a page of 20 reviews, each of a new song and
// two candidates (the best listed twice, as candidate and among the
// candidates; a third of the best candidates the same song), every song
// with 20 videos and 4 merges explained in about 1.2 KB: a document per
// listing (reviewPageDocPerListing) and each song's document once, and
// one review alone (by writeJSON, and as GET /v1/reviews/{id} writes it), with
// explanations stored as the service stores them (json.Marshal: compact)
// and with spaces (JSON that encoding/json compacts as it writes it).
func BenchmarkReviewPage(b *testing.B) {
	spaced := []byte(`{"score": 0.87, "tokens": [` + strings.Repeat(`{"token": "word", "weight": 0.125, "matched": true}, `, 22) + `{"token": "end", "weight": 0.1, "matched": false}]}`)
	var compact bytes.Buffer
	if err := json.Compact(&compact, spaced); err != nil {
		b.Fatal(err)
	}
	for _, form := range []struct {
		name string
		expl []byte
	}{{"stored", compact.Bytes()}, {"spaced", spaced}} {
		b.Run(form.name, func(b *testing.B) { benchmarkReviewPage(b, form.expl) })
	}
}

// benchmarkReviewPage is BenchmarkReviewPage with explanations expl.
func benchmarkReviewPage(b *testing.B, expl []byte) {
	at := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	song := func(id int64) *dedup.Song {
		s := &dedup.Song{ID: id, Source: title.Input{Title: fmt.Sprintf("Artist %d - Track %d (Official Video)", id, id), Channel: "Channel"},
			Artists: []string{fmt.Sprintf("artist %d", id)}, Track: fmt.Sprintf("track %d", id), SearchKey: fmt.Sprintf("artist %d track %d", id, id),
			CreatedAt: at, UpdatedAt: at, Plays: 1000 * id, Likes: id, VideoCount: 20}
		for k := range 20 {
			s.Videos = append(s.Videos, dedup.Video{ID: fmt.Sprintf("v%010d", id*100+int64(k)), SongID: id, CanonicalID: id,
				Title: s.Source.Title + " [Lyrics]", Channel: "Uploader", Plays: 50 * id, Likes: id, CreatedAt: at})
		}
		for k := range 4 {
			s.History = append(s.History, dedup.MergeEvent{ID: id*10 + int64(k), Kind: dedup.MergeSong, SongID: id*10 + int64(k), IntoSongID: id,
				Score: 0.9, DecidedBy: "auto", CreatedAt: at, Explanation: expl})
		}
		return s
	}
	popular := song(1)
	var page dedup.ReviewPage
	for i := range int64(20) {
		best := popular
		if i%3 != 0 {
			best = song(100 + i)
		}
		other := song(200 + i)
		page.Items = append(page.Items, dedup.Review{ID: i + 1, SongID: 300 + i, CandidateSongID: best.ID, Score: 0.7, Reason: "near_miss",
			Explanation: expl, Status: dedup.ReviewPending, CreatedAt: at, Song: song(300 + i), Candidate: best,
			Candidates: []dedup.ReviewCandidate{{SongID: best.ID, Score: 0.7, Song: best}, {SongID: other.ID, Score: 0.65, Song: other}}})
	}
	page.Total = 6670
	b.Run("per listing", func(b *testing.B) {
		for b.Loop() {
			doc := reviewPageDocPerListing{Items: []reviewDoc[songDoc]{}, Total: page.Total}
			for _, item := range page.Items {
				doc.Items = append(doc.Items, newReviewDoc(item))
			}
			w := &countingWriter{header: http.Header{}}
			writeJSON(w, 200, doc)
			b.SetBytes(w.n)
		}
	})
	b.Run("once", func(b *testing.B) {
		for b.Loop() {
			w := &countingWriter{header: http.Header{}}
			writeReviewPage(w, page)
			b.SetBytes(w.n)
		}
	})
	b.Run("one review by writeJSON", func(b *testing.B) {
		for b.Loop() {
			w := &countingWriter{header: http.Header{}}
			writeJSON(w, 200, newReviewDoc(page.Items[1]))
			b.SetBytes(w.n)
		}
	})
	b.Run("one review", func(b *testing.B) {
		for b.Loop() {
			w := &countingWriter{header: http.Header{}}
			writeReview(w, page.Items[1])
			b.SetBytes(w.n)
		}
	})
}

// countingWriter is a response that counts the bytes written to it, as a
// connection takes them.
type countingWriter struct {
	header http.Header
	n      int64
}

func (w *countingWriter) Header() http.Header { return w.header }
func (w *countingWriter) WriteHeader(int)     {}
func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}
