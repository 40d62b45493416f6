package api_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/songdedup/songdedup/api"
	"github.com/songdedup/songdedup/dedup"
)

// BenchmarkReads serves GET /v1/songs/{id} and GET /v1/videos/{id}
// through the whole handler (middleware, key check, store, encoding)
// against the package's database, filled through the service with
// readSongs songs of three uploads each (one merged with its song, one
// merged and then its song merged), so that a song's document lists three
// videos and a merge history. The request log is written at info level,
// as `serve` writes it by default, to a discarded output.
func BenchmarkReads(b *testing.B) {
	h, songs, videos := readsServer(b)
	for _, c := range []struct {
		name  string
		paths []string
	}{{"song", songs}, {"video", videos}} {
		b.Run(c.name, func(b *testing.B) {
			reqs := make([]*http.Request, len(c.paths))
			for i, p := range c.paths {
				reqs[i] = httptest.NewRequest(http.MethodGet, p, nil)
				reqs[i].Header.Set("Authorization", "Bearer "+submitterKey)
			}
			i := 0
			for b.Loop() {
				w := &discardResponse{header: http.Header{}}
				h.ServeHTTP(w, reqs[i%len(reqs)])
				if w.status != http.StatusOK {
					b.Fatalf("%s: status %d", c.paths[i%len(reqs)], w.status)
				}
				i++
			}
		})
	}
}

// readSongs is how many songs BenchmarkReads reads.
const readSongs = 50

// readsServer fills the package's database for BenchmarkReads and returns
// the API on it with the paths of its songs and videos.
func readsServer(b *testing.B) (http.Handler, []string, []string) {
	b.Helper()
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	db, svc := emptyCatalog(b, log)
	var songs, videos []string
	for i := range readSongs {
		var song int64
		for k, form := range []string{"%s - %s (Official Video)", "%s - %s [Lyrics]", "%[2]s | %[1]s"} {
			video := fmt.Sprintf("rd%05d%04d", i, k)
			t := fmt.Sprintf(form, fmt.Sprintf("Bench Artist %c%c", 'a'+i%26, 'a'+i/26), fmt.Sprintf("Quiet Harbour %c%c Lights", 'k'+i%13, 'a'+i/13))
			a, err := svc.Submit(ctx, dedup.Submission{VideoRef: video, VideoRefField: "video_id", Title: t}, "bench")
			if err != nil {
				b.Fatal(err)
			}
			if k == 0 {
				song = a.SongID
			}
			videos = append(videos, "/v1/videos/"+video)
		}
		songs = append(songs, fmt.Sprintf("/v1/songs/%d", song))
	}
	return api.NewServer(api.Deps{Logger: log, Readiness: db, Catalog: svc, Keys: testKeys(b)}), songs, videos
}

// discardResponse is a response that keeps its status and drops its body.
type discardResponse struct {
	header http.Header
	status int
}

func (w *discardResponse) Header() http.Header { return w.header }
func (w *discardResponse) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}
func (w *discardResponse) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return len(p), nil
}
