package api_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/api"
	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/internal/cpustat"
	"github.com/songdedup/songdedup/store/storetest"
)

// BenchmarkReads serves GET /v1/songs/{id} and GET /v1/videos/{id}
// through the whole handler (middleware, key check, store, encoding)
// against the package's database, filled through the service with
// readSongs songs of three uploads each (the second and third attached to
// the first's song), so that a song's document lists three videos and a
// merge history ("song"), readSongs songs of one upload, which no
// merge log entry names ("song-alone": most songs of a catalogue), and
// manySongs songs of manyUploads uploads each ("song-many"). Each
// is read by one client at a time (c1) and by 16 at once (c16, 16
// goroutines, whatever the cores: ns/op is then the wall time over the
// reads, the inverse of their rate), and reports the latency of a read at
// the median and the 99th percentile (p50-us, p99-us). The request log is
// written at info level, as `serve` writes it by default, to a discarded
// output. Beside the time of a read, it reports the CPU a read costs the
// process (cpu-us/op: the handler, the driver) and the database server's
// threads of the package's connections (db-cpu-us/op, when the server runs
// on this machine), counted in ticks of 10 ms: run it for a second or
// more.
func BenchmarkReads(b *testing.B) {
	h, paths := readsServer(b)
	server, err := storetest.Shared(b).ServerThreads(context.Background())
	local := err == nil
	for _, name := range []string{"song", "song-alone", "song-many", "video"} {
		for _, clients := range []int{1, 16} {
			b.Run(fmt.Sprintf("%s/c%d", name, clients), func(b *testing.B) {
				ctx := context.Background()
				var dbThreads map[int]float64
				if local {
					dbThreads = server.Threads(ctx)
				}
				cpu := processCPU(b)
				lat := readConcurrently(b, h, paths[name], clients)
				b.ReportMetric((processCPU(b)-cpu)*1e6/float64(b.N), "cpu-us/op")
				if local {
					b.ReportMetric(server.Since(ctx, dbThreads)*1e6/float64(b.N), "db-cpu-us/op")
				}
				slices.Sort(lat)
				for _, p := range []struct {
					unit string
					q    float64
				}{{"p50-us", 0.50}, {"p99-us", 0.99}} {
					b.ReportMetric(float64(lat[int(p.q*float64(len(lat)-1))].Microseconds()), p.unit)
				}
			})
		}
	}
}

// readConcurrently serves b.N GETs of paths, in turn, from clients
// goroutines at once, and returns the time each took.
func readConcurrently(b *testing.B, h http.Handler, paths []string, clients int) []time.Duration {
	var mu sync.Mutex
	var all []time.Duration
	client := func(next func() bool) {
		reqs := make([]*http.Request, len(paths))
		for i, p := range paths {
			reqs[i] = httptest.NewRequest(http.MethodGet, p, nil)
			reqs[i].Header.Set("Authorization", "Bearer "+submitterKey)
		}
		var lat []time.Duration
		for i := 0; next(); i++ {
			w := &discardResponse{header: http.Header{}}
			start := time.Now()
			h.ServeHTTP(w, reqs[i%len(reqs)])
			lat = append(lat, time.Since(start))
			if w.status != http.StatusOK {
				b.Errorf("%s: status %d", paths[i%len(reqs)], w.status)
				return
			}
		}
		mu.Lock()
		all = append(all, lat...)
		mu.Unlock()
	}
	if clients == 1 {
		client(b.Loop)
		return all
	}
	procs := runtime.GOMAXPROCS(0)
	b.SetParallelism((clients + procs - 1) / procs)
	b.RunParallel(func(pb *testing.PB) { client(pb.Next) })
	return all
}

// processCPU is the CPU seconds the process has spent, user and system.
func processCPU(b *testing.B) float64 {
	cpu, err := cpustat.Process()
	if err != nil {
		b.Fatal(err)
	}
	return cpu
}

// readSongs is how many songs of each kind BenchmarkReads reads.
const readSongs = 50

// manySongs songs of manyUploads uploads each are the songs of the most
// videos and the longest merge logs BenchmarkReads reads ("song-many"),
// those a catalogue's most watched songs have.
const (
	manySongs   = 5
	manyUploads = 60
)

// The names and titles of the songs of one upload that BenchmarkReads
// reads: readSongs of them, none alike.
var (
	loneFirst = []string{"Ada", "Bruno", "Cleo", "Dario", "Elsa", "Felix", "Greta", "Hugo", "Iris", "Jonas"}
	loneLast  = []string{"Moreau", "Varga", "Lindqvist", "Okafor", "Tanaka"}
	loneWords = []string{"Harbour", "Velvet", "Compass", "Lantern", "Orchard", "Glacier", "Meadow", "Copper", "Thistle", "Ember", "Saffron"}
)

// readsServer fills the package's database for BenchmarkReads and returns
// the API on it with the paths it reads, by sub-benchmark.
func readsServer(b *testing.B) (http.Handler, map[string][]string) {
	b.Helper()
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	db, svc := emptyCatalog(b, log)
	paths := map[string][]string{}
	submit := func(video, title string) dedup.Answer {
		a, err := svc.Submit(ctx, dedup.Submission{VideoRef: video, VideoRefField: "video_id", Title: title}, "bench")
		if err != nil {
			b.Fatal(err)
		}
		paths["video"] = append(paths["video"], "/v1/videos/"+video)
		return a
	}
	for i := range readSongs {
		var song int64
		for k, form := range []string{"%s - %s (Official Video)", "%s - %s [Lyrics]", "%[2]s | %[1]s"} {
			t := fmt.Sprintf(form, fmt.Sprintf("Bench Artist %c%c", 'a'+i%26, 'a'+i/26), fmt.Sprintf("Quiet Harbour %c%c Lights", 'k'+i%13, 'a'+i/13))
			if a := submit(fmt.Sprintf("rd%05d%04d", i, k), t); k == 0 {
				song = a.SongID
			}
		}
		paths["song"] = append(paths["song"], fmt.Sprintf("/v1/songs/%d", song))
		alone := submit(fmt.Sprintf("ra%09d", i), fmt.Sprintf("%s %s - %s %s", loneFirst[i%len(loneFirst)], loneLast[i/len(loneFirst)],
			loneWords[i%len(loneWords)], loneWords[(i/len(loneWords)+i+3)%len(loneWords)]))
		if alone.Decision != dedup.OutcomeCreated {
			b.Fatalf("a song of one upload: %s, want a new song", alone.Decision)
		}
		paths["song-alone"] = append(paths["song-alone"], fmt.Sprintf("/v1/songs/%d", alone.SongID))
	}
	for i := range manySongs {
		var song int64
		for k := range manyUploads {
			t := fmt.Sprintf("Many Artist %c - %s %s", 'a'+i, loneWords[i], []string{"(Official Video)", "[Lyrics]", "(Audio)"}[k%3])
			a := submit(fmt.Sprintf("rm%04d%05d", i, k), t)
			if k == 0 {
				song = a.SongID
			} else if a.SongID != song {
				b.Fatalf("upload %d of song %d: song %d, want %d", k, i, a.SongID, song)
			}
		}
		paths["song-many"] = append(paths["song-many"], fmt.Sprintf("/v1/songs/%d", song))
	}
	return api.NewServer(api.Deps{Logger: log, Readiness: db, Catalog: svc, Keys: testKeys(b)}), paths
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
