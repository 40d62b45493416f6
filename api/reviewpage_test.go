package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestReviewPageEncodedOnce: a page of the queue written with each song's
// document encoded once is byte for byte the page writeJSON writes with a
// document per listing (reviewPageDoc), for songs listed once
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
		t.Run(name, func(t *testing.T) { checkReviewEncoders(t, page) })
		got := httptest.NewRecorder()
		writeReviewPage(got, page)
		if !json.Valid(got.Body.Bytes()) {
			t.Errorf("%s: not JSON: %s", name, got.Body)
		}
	}
}

// BenchmarkReviewPage encodes a page of 20 reviews, each of a new song and
// two candidates (the best listed twice, as candidate and among the
// candidates; a third of the best candidates the same song), every song
// with 20 videos and 4 merges explained in about 1.2 KB: a document per
// listing (reviewPageDoc) and each song's document once, and
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
			doc := reviewPageDoc{Items: []reviewDoc[songDoc]{}, Total: page.Total}
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

// reviewFuzzPage builds a page of two reviews from fuzzed values: text and
// text2 fill every string, at (micros since 1970, zone seconds east of UTC)
// every time, score and cscore the review's and candidates' scores, expl
// every stored explanation; each bit of flags leaves a field out or shares
// a song (see the cases below).
func reviewFuzzPage(text, text2 string, micros int64, zone int32, score, cscore float64, plays, total int64, expl []byte, flags uint16) dedup.ReviewPage {
	at := time.UnixMicro(micros).In(time.FixedZone("F", int(zone)))
	bit := func(i uint) bool { return flags&(1<<i) != 0 }
	song := func(text string, n int64) *dedup.Song {
		s := docCase(text, at, score, string(expl), n)
		if bit(10) {
			s.Artists, s.Featured, s.Versions, s.VersionInfo, s.Videos, s.History = nil, nil, nil, nil, nil, nil
		}
		return &s
	}
	s1, s2, s3 := song(text, 1), song(text2, 2), song(text+text2, 3)
	r := dedup.Review{ID: plays, SongID: 1, CandidateSongID: 2, Score: score, Plays: plays, Status: dedup.ReviewStatus(text2),
		Explanation: expl, CreatedAt: at, Song: s1, Candidate: s2,
		Candidates: []dedup.ReviewCandidate{{SongID: 2, Score: cscore, Song: s2}, {SongID: total, Score: -cscore, Song: s3}}}
	if bit(0) {
		r.Song = nil
	}
	if bit(1) {
		r.Candidate = nil
	}
	if bit(2) {
		// An equal copy of the best candidate, not the same song.
		r.Candidate = song(text2, 2)
	}
	if bit(3) {
		r.Explanation = nil
	}
	if bit(4) {
		decided := at.Add(time.Duration(plays))
		r.DecidedAt = &decided
	}
	if bit(5) {
		r.Reason, r.VideoID, r.DecidedBy, r.Resolution = text, text2, text+text2, text2+text
	}
	if bit(7) {
		r.Candidates = nil
	}
	if bit(8) && len(r.Candidates) > 1 {
		r.Candidates[1].Song = nil
	}
	second := r
	second.ID, second.Song, second.Score = r.ID+1, s3, cscore
	if bit(11) {
		// The second review lists the first's songs again, as one song.
		second.Song, second.Candidate = s2, s1
	}
	page := dedup.ReviewPage{Items: []dedup.Review{r}, Total: int(total)}
	if bit(9) {
		page.Items = append(page.Items, second)
	}
	if bit(6) {
		page.NextCursor = text2
	}
	return page
}

// checkReviewEncoders fails t when the page written by writeReviewPage, or
// one of its reviews written by writeReview, is not writeJSON's document
// of it byte for byte, or when its headers are not those of its body.
func checkReviewEncoders(t *testing.T, page dedup.ReviewPage) {
	t.Helper()
	check := func(what string, got, want *httptest.ResponseRecorder) {
		t.Helper()
		if got.Body.String() != want.Body.String() {
			t.Errorf("%s differs:\n got %q\nwant %q", what, got.Body, want.Body)
		}
		if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") {
			t.Errorf("%s: status %d, %v; writeJSON: %d, %v", what, got.Code, got.Header(), want.Code, want.Header())
		}
		if n := got.Header().Get("Content-Length"); n != "" && n != strconv.Itoa(got.Body.Len()) {
			t.Errorf("%s: Content-Length %s for %d bytes", what, n, got.Body.Len())
		}
	}
	perListing := reviewPageDoc{Items: []reviewDoc[songDoc]{}, NextCursor: page.NextCursor, Total: page.Total}
	for i, item := range page.Items {
		perListing.Items = append(perListing.Items, newReviewDoc(item))
		want, got := httptest.NewRecorder(), httptest.NewRecorder()
		writeJSON(want, 200, newReviewDoc(item))
		writeReview(got, item)
		check(fmt.Sprintf("review %d", i), got, want)
	}
	want, got := httptest.NewRecorder(), httptest.NewRecorder()
	writeJSON(want, 200, perListing)
	writeReviewPage(got, page)
	check("page", got, want)
}

// FuzzReviewEncoders: for any text, time, score, count and explanation,
// and any of the fields a review may leave out, a page of the queue and a
// review written field by field are writeJSON's documents of them.
func FuzzReviewEncoders(f *testing.F) {
	f.Add("Adele - Hello", "pending", int64(1765008000123456), int32(0), 0.87, 0.7, int64(12), int64(40), []byte(`{"score":0.7}`), uint16(0))
	f.Add("<b>&\xff\u2028\u2029", "a\x00\x1f\x7f\"\\", int64(-62135596800000000), int32(3600), 1e-7, 0.1, int64(math.MaxInt64), int64(math.MinInt64),
		[]byte(`{"a": "<"}`), uint16(0xffff))
	f.Add("", "", int64(0), int32(-1), math.Copysign(0, -1), 1e21, int64(-1), int64(0), []byte(nil), uint16(1<<3|1<<7))
	f.Add(strings.Repeat("long ", 5000), "\ufffd", int64(253402300799999999), int32(86399), 123456789.125, 1e-300, int64(0), int64(1), []byte(`null`), uint16(1<<10|1<<9|1<<11))
	f.Add("x", "y", int64(1765008000000000), int32(0), math.NaN(), math.Inf(1), int64(0), int64(0), []byte(`not json`), uint16(1<<9|1<<4))
	f.Add("x", "y", int64(253402300800000000), int32(0), 0.5, 0.5, int64(0), int64(0), []byte(" {\"a\" : [1, 2]} "), uint16(1<<4|1<<5|1<<6))
	f.Fuzz(func(t *testing.T, text, text2 string, micros int64, zone int32, score, cscore float64, plays, total int64, expl []byte, flags uint16) {
		checkReviewEncoders(t, reviewFuzzPage(text, text2, micros, zone, score, cscore, plays, total, expl, flags))
	})
}

// TestReviewWritersPooled: the pooled buffers of pages and documents are
// handed back only when small enough (a page over maxPooledPage, a
// document over maxPooledDocument, is not kept), a failed write gives
// back a buffer the next page reuses unharmed, and pages and documents
// written at once from many goroutines (go test -race) are each their own.
func TestReviewWritersPooled(t *testing.T) {
	at := time.Date(2026, 12, 6, 8, 0, 0, 123456000, time.UTC)
	huge := docCase(strings.Repeat("long title ", maxPooledPage/11/16), at, 0.9, `{"a":1}`, 1)
	pages := []dedup.ReviewPage{
		reviewFuzzPage("Adele - Hello", "pending", at.UnixMicro(), 0, 0.7, 0.65, 12, 40, []byte(`{"score":0.7}`), 1<<9),
		reviewFuzzPage("Coldplay – Yellow <live>", "approved", at.UnixMicro(), 3600, 1e-7, 0.1, 3, 2, []byte(`{"b": [1, 2]}`), 1<<4|1<<5|1<<6),
		{Total: 1, Items: []dedup.Review{{ID: 9, Score: 0.6, Status: dedup.ReviewPending, CreatedAt: at, Song: &huge, Candidate: &huge}}},
	}
	want := make([]string, len(pages))
	for i, page := range pages {
		w := httptest.NewRecorder()
		writeJSON(w, 200, newReviewPageDoc(page))
		want[i] = w.Body.String()
	}
	if len(want[2]) <= maxPooledPage {
		t.Fatalf("the huge page is %d bytes, not above %d", len(want[2]), maxPooledPage)
	}
	// Each buffer is looked for at once: a collection empties the pools.
	writeReviewPage(httptest.NewRecorder(), pages[2])
	if b := pageBuffers.Get(); cap(*b) > maxPooledPage {
		t.Errorf("pageBuffers keeps a buffer of %d bytes", cap(*b))
	}
	writeDocument(httptest.NewRecorder(), newSongDoc(huge), appendSongDoc)
	if b := docBuffers.Get().(*[]byte); cap(*b) > maxPooledDocument {
		t.Errorf("docBuffers keeps a buffer of %d bytes", cap(*b))
	}

	failing := &failingWriter{header: http.Header{}, after: 100}
	writeReviewPage(failing, pages[0])
	if failing.writes != 1 {
		t.Errorf("a page whose write fails was written in %d writes, want 1", failing.writes)
	}
	after := httptest.NewRecorder()
	writeReviewPage(after, pages[1])
	if after.Body.String() != want[1] {
		t.Errorf("the page after a failed write:\n got %q\nwant %q", after.Body, want[1])
	}

	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 20 {
				i := (g + k) % 2
				if g == 0 && k < 2 {
					i = 2
				}
				w := httptest.NewRecorder()
				writeReviewPage(w, pages[i])
				if got := w.Body.String(); got != want[i] {
					t.Errorf("goroutine %d, page %d written at once with others differs (%d bytes, want %d)", g, i, len(got), len(want[i]))
					return
				}
			}
		})
	}
	wg.Wait()
}

// failingWriter is a response whose connection takes after bytes, then
// fails.
type failingWriter struct {
	header        http.Header
	after, writes int
}

func (w *failingWriter) Header() http.Header { return w.header }
func (w *failingWriter) WriteHeader(int)     {}
func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	n := min(len(p), w.after)
	w.after -= n
	if n < len(p) {
		return n, errors.New("connection reset")
	}
	return n, nil
}
