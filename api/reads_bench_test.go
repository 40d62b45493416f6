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
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
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
	db, err := store.Open(ctx, storetest.Shared(b).DSN, store.Options{Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.MigrateUp(ctx); err != nil {
		b.Fatal(err)
	}
	for _, table := range []string{"songs", "videos", "merges", "reviews", "review_counts", "never_merge", "term_stats"} {
		if _, err := db.SQL().ExecContext(ctx, "DELETE FROM "+table); err != nil {
			b.Fatal(err)
		}
	}
	keys, err := api.ParseKeys(submitterKey + ":submitter," + curatorKey + ":curator:alice")
	if err != nil {
		b.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db, Changes: db}, dedup.ServiceOptions{Logger: log})
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
	return api.NewServer(api.Deps{Logger: log, Readiness: db, Catalog: svc, Keys: keys}), songs, videos
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
