package api

import (
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// docCase builds a song of two videos and two merges whose text fields
// are text, whose times are at, whose merges score score and explain
// themselves with explanation (the second merge with none).
func docCase(text string, at time.Time, score float64, explanation string, n int64) dedup.Song {
	undone := at.Add(time.Second)
	s := dedup.Song{ID: n, Source: title.Input{Title: text, Channel: text}, Artists: []string{text, "b"}, Track: text,
		Featured: []string{text}, Versions: []title.Version{title.Version(text)}, VersionInfo: []string{text},
		DurationSeconds: int(n % 3), VideoCount: int(n), Plays: n * 7, Likes: -n, MergedInto: n % 2, CreatedAt: at, UpdatedAt: at}
	for k := range int64(2) {
		s.Videos = append(s.Videos, dedup.Video{ID: text, SongID: n, CanonicalID: n + k, Title: text, Channel: text,
			Artist: text[:len(text)*int(k)], DurationSeconds: int(k), Plays: n, Likes: k, CreatedAt: at})
	}
	s.History = []dedup.MergeEvent{
		{ID: n, Kind: dedup.MergeKind(text), SongID: n, IntoSongID: n + 1, VideoID: text, Score: score, DecidedBy: text,
			CreatedAt: at, UndoneAt: &undone, UndoneBy: text, Reason: text, Explanation: []byte(explanation)},
		{ID: n + 1, Kind: dedup.MergeSong, SongID: n, Score: -score, CreatedAt: at},
	}
	return s
}

// encodedBoth writes s's song document and its first video's document
// (a video of zero values when it has none) with writeDocument and with
// writeJSON.
func encodedBoth(s dedup.Song) (gotSong, wantSong, gotVideo, wantVideo string) {
	var video dedup.Video
	if len(s.Videos) > 0 {
		video = s.Videos[0]
	}
	write := func(f func(w *httptest.ResponseRecorder)) string {
		w := httptest.NewRecorder()
		f(w)
		return w.Body.String()
	}
	gotSong = write(func(w *httptest.ResponseRecorder) { writeDocument(w, newSongDoc(s), appendSongDoc) })
	wantSong = write(func(w *httptest.ResponseRecorder) { writeJSON(w, 200, newSongDoc(s)) })
	gotVideo = write(func(w *httptest.ResponseRecorder) { writeDocument(w, newVideoDoc(video), appendVideoDoc) })
	wantVideo = write(func(w *httptest.ResponseRecorder) { writeJSON(w, 200, newVideoDoc(video)) })
	return
}

// TestDocumentEncoders: a song's and a video's documents written field by
// field are writeJSON's, byte for byte: text with markup, escapes,
// control characters, invalid UTF-8 and the line separators; times of
// every precision, far from UTC, before year 0 and after 9999 (which
// encoding/json refuses); scores small, large, negative and not numbers;
// explanations as encoding/json writes them and not, and not JSON at all.
func TestDocumentEncoders(t *testing.T) {
	at := time.Date(2026, 12, 6, 8, 0, 0, 123456000, time.UTC)
	texts := []string{"", "Adele - Hello", `<b>"Q" & A\B</b>`, "tab\there\nline\r\x00\x01\x1f\x7f\b\f", "ü 方大同 🎵",
		"bad \xff\xfe utf8 \xe2\x80", "sep \u2028 and \u2029", "\ufffd literal"}
	times := []time.Time{at, {}, at.Truncate(time.Second), at.Add(999), time.Date(2026, 1, 2, 3, 4, 5, 600000000, time.FixedZone("X", 5*3600+1800)),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)}
	scores := []float64{0, 1, 0.8666666666666667, 1e-7, 1.5e-300, 1e21, 123456789012345678901234.0, -0.25, math.NaN(), math.Inf(1)}
	explanations := []string{"", `{"score":1,"tokens":["a","b"]}`, `{"rule": "kept"}`, ` {"a":1} `, `{"a":"<b>&"}`, `{"a":"\u003cb"}`,
		"{\"a\":\"\u2028\"}", `{"score": [0.7`, `not json`, `[1,-0.5e+3,true,false,null,{},[],""]`, `01`, `1.`, `"\x"`, `"\u12g4"`,
		`{"a":1,}`, `[1 2]`, `-`, `1e`, `{"a"}`, strings.Repeat("[", 300) + strings.Repeat("]", 300), "\"\x00\"", `"\/\b\f\n\r\t\"\\"`}
	n := int64(1)
	check := func(s dedup.Song) {
		t.Helper()
		gotSong, wantSong, gotVideo, wantVideo := encodedBoth(s)
		if gotSong != wantSong {
			t.Errorf("song document differs:\n got %q\nwant %q", gotSong, wantSong)
		}
		if gotVideo != wantVideo {
			t.Errorf("video document differs:\n got %q\nwant %q", gotVideo, wantVideo)
		}
	}
	for _, text := range texts {
		check(docCase(text, at, 0.9, `{"a":1}`, n))
		n++
	}
	for _, when := range times {
		check(docCase("x", when, 0.9, `{"a":1}`, n))
		n++
	}
	for _, score := range scores {
		check(docCase("x", at, score, `{"a":1}`, n))
		n++
	}
	for _, e := range explanations {
		check(docCase("x", at, 0.5, e, n))
		n++
	}
	empty := dedup.Song{ID: 1, CreatedAt: at, UpdatedAt: at}
	check(empty)
}

// TestDocumentHeaders: a document written at once says its length and
// type, and its status is 200.
func TestDocumentHeaders(t *testing.T) {
	w := httptest.NewRecorder()
	writeDocument(w, newVideoDoc(dedup.Video{ID: "abcdefghijk", CreatedAt: time.Unix(0, 0).UTC()}), appendVideoDoc)
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/json" || w.Header().Get("Content-Length") != strconv.Itoa(w.Body.Len()) {
		t.Errorf("status %d, headers %v for %d bytes", w.Code, w.Header(), w.Body.Len())
	}
}

// FuzzDocumentEncoders: for any text, time, score and explanation, the
// documents written field by field are writeJSON's.
func FuzzDocumentEncoders(f *testing.F) {
	f.Add("Adele - Hello", int64(1765008000123456), 0.87, `{"score":1}`)
	f.Add("<b>\xff\u2028", int64(-62135596800000000), 1e-7, `{"a": "<"}`)
	f.Add("", int64(0), math.Inf(-1), `[1,2`)
	f.Fuzz(func(t *testing.T, text string, micros int64, score float64, explanation string) {
		at := time.UnixMicro(micros).UTC()
		for _, s := range []dedup.Song{docCase(text, at, score, explanation, 1), docCase(text, at.In(time.FixedZone("Y", -3600)), score, explanation, 2)} {
			gotSong, wantSong, gotVideo, wantVideo := encodedBoth(s)
			if gotSong != wantSong {
				t.Errorf("song document differs:\n got %q\nwant %q", gotSong, wantSong)
			}
			if gotVideo != wantVideo {
				t.Errorf("video document differs:\n got %q\nwant %q", gotVideo, wantVideo)
			}
		}
	})
}

// BenchmarkDocumentEncoders writes the document of a song with 10 videos
// and 12 merges, each explained in about 1.2 KB as the service stores it
// (about 19 KB, as the most merged songs of the bench catalogue), with
// writeJSON and with writeDocument.
func BenchmarkDocumentEncoders(b *testing.B) {
	at := time.Date(2026, 12, 6, 8, 0, 0, 123456000, time.UTC)
	expl := []byte(`{"score":0.87,"tokens":[` + strings.Repeat(`{"token":"word one","weight":0.125,"matched":true},`, 22) + `{"token":"end","weight":0.1,"matched":false}]}`)
	s := dedup.Song{ID: 1, Source: title.Input{Title: "Artist One - Track Two (Official Video)", Channel: "Artist One"}, Artists: []string{"artist one"},
		Track: "track two", CreatedAt: at, UpdatedAt: at, Plays: 1000, Likes: 10, VideoCount: 10}
	for k := range int64(10) {
		s.Videos = append(s.Videos, dedup.Video{ID: "v" + strconv.FormatInt(1e9+k, 10), SongID: 1, CanonicalID: 1,
			Title: "Artist One - Track Two [Lyrics]", Channel: "Uploader", Plays: 50, Likes: 1, CreatedAt: at})
	}
	for k := range int64(12) {
		s.History = append(s.History, dedup.MergeEvent{ID: 100 + k, Kind: dedup.MergeVideo, SongID: 1, IntoSongID: 1, VideoID: "v1000000000",
			Score: 0.9205146444585022, DecidedBy: "auto", CreatedAt: at, Explanation: expl})
	}
	doc := newSongDoc(s)
	b.Run("writeJSON", func(b *testing.B) {
		for b.Loop() {
			w := &countingWriter{header: http.Header{}}
			writeJSON(w, 200, doc)
			b.SetBytes(w.n)
		}
	})
	b.Run("writeDocument", func(b *testing.B) {
		for b.Loop() {
			w := &countingWriter{header: http.Header{}}
			writeDocument(w, doc, appendSongDoc)
			b.SetBytes(w.n)
		}
	})
}
