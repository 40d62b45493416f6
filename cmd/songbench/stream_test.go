package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// inMemoryCatalogue is the catalogue as the harness built it whole: every
// recording, then every upload drawn from the same random numbers, then
// every title normalized.
func inMemoryCatalogue(seed uint64, n int, profile string) ([]recording, []catalogueSong) {
	g, rng := newGenerator(seed, n, profile)
	recs := g.recordings(rng, n)
	songs := make([]catalogueSong, n)
	for i, r := range recs {
		songs[i].In.Title, songs[i].In.Channel = g.render(rng, r)
	}
	for i := range songs {
		songs[i].Title = title.Normalize(songs[i].In)
	}
	return recs, songs
}

// streamed collects every chunk of a pass over cat.
func streamed(t *testing.T, cat *catalogue, size int) []catalogueSong {
	t.Helper()
	var out []catalogueSong
	err := cat.each(context.Background(), size, func(first int, songs []catalogueSong) error {
		if first != len(out) {
			t.Fatalf("chunk starts at %d, want %d", first, len(out))
		}
		if len(songs) > size {
			t.Fatalf("chunk of %d songs, want at most %d", len(songs), size)
		}
		out = append(out, songs...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCatalogueStreams: the streamed catalogue is the one the harness
// built in memory, song by song, whatever the chunk size, on every pass.
func TestCatalogueStreams(t *testing.T) {
	for _, c := range []struct {
		profile string
		n, size int
	}{
		{profileHard, 3000, 700},
		{profileHard, 2000, 2000},
		{profileClassic, 1500, 1},
		{profileClassic, 1200, 5000},
	} {
		t.Run(fmt.Sprintf("%s/%d/%d", c.profile, c.n, c.size), func(t *testing.T) {
			recs, want := inMemoryCatalogue(42, c.n, c.profile)
			cat, err := newCatalogue(42, c.n, c.profile)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(cat.recs, recs) {
				t.Fatal("recordings differ")
			}
			for pass := 1; pass <= 2; pass++ {
				got := streamed(t, cat, c.size)
				if len(got) != len(want) {
					t.Fatalf("pass %d: %d songs, want %d", pass, len(got), len(want))
				}
				for i := range want {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Fatalf("pass %d, song %d: %+v, want %+v", pass, i, got[i].In, want[i].In)
					}
				}
			}
		})
	}
}

// TestCatalogueEachStops: an error of fn ends the pass with it.
func TestCatalogueEachStops(t *testing.T) {
	cat, err := newCatalogue(42, 1000, profileHard)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	err = cat.each(context.Background(), 100, func(int, []catalogueSong) error {
		calls++
		if calls == 3 {
			return io.ErrUnexpectedEOF
		}
		return nil
	})
	if err != io.ErrUnexpectedEOF || calls != 3 {
		t.Fatalf("each = %v after %d calls, want %v after 3", err, calls, io.ErrUnexpectedEOF)
	}
}

// TestCatalogueIndex: the index counted chunk by chunk gives the weights
// and the query pools the harness computed over every normalized title.
func TestCatalogueIndex(t *testing.T) {
	const n = 4000
	_, songs := inMemoryCatalogue(42, n, profileHard)
	// The weights over the whole catalogue: each token weighed by its
	// search term's frequency in the search keys.
	termDF := map[string]int{}
	for _, s := range songs {
		for _, term := range strings.Fields(searchkey.Key(s.Title)) {
			termDF[term]++
		}
	}
	tokenDF := map[string]int{}
	for _, s := range songs {
		for _, toks := range [][]string{s.Title.ArtistTokens, s.Title.TrackTokens, s.Title.FeaturedTokens} {
			for _, tok := range toks {
				tokenDF[tok] = termDF[searchkey.Term(tok)]
			}
		}
	}
	want := score.NewWeights(n, tokenDF, score.DefaultWeights())
	var wantCommon, wantShort []int
	for i, s := range songs {
		toks := s.Title.TrackTokens
		if len(toks) == 0 {
			continue
		}
		if len(toks) <= 2 && len(strings.Join(toks, "")) <= 3 {
			wantShort = append(wantShort, i)
		}
		all := true
		for _, tok := range toks {
			all = all && want.Weight(tok) <= 0.5
		}
		if all {
			wantCommon = append(wantCommon, i)
		}
	}
	if len(wantCommon) == 0 || len(wantShort) == 0 {
		t.Fatalf("%d common and %d short tracks in %d songs: the test checks nothing", len(wantCommon), len(wantShort), n)
	}

	x := newCatalogueIndex(n)
	for start := 0; start < n; start += 900 {
		x.add(songs[start:min(start+900, n)])
	}
	got := x.weights()
	for tok := range tokenDF {
		if g, w := got.Weight(tok), want.Weight(tok); g != w {
			t.Errorf("weight of %q: %v, want %v", tok, g, w)
		}
	}
	if c := x.commonTracks(got); !reflect.DeepEqual(c, wantCommon) {
		t.Errorf("common tracks: %d songs, want %d", len(c), len(wantCommon))
	}
	if !reflect.DeepEqual(x.short, wantShort) {
		t.Errorf("short tracks: %d songs, want %d", len(x.short), len(wantShort))
	}
	if x.lastTitle != songs[n-1].In.Title {
		t.Errorf("last title %q, want %q", x.lastTitle, songs[n-1].In.Title)
	}
}

// TestBruteForceStreamed: the streamed brute force finds each query's best
// score over every song, and the first song of it.
func TestBruteForceStreamed(t *testing.T) {
	const n = 3000
	_, songs := inMemoryCatalogue(42, n, profileHard)
	cat, err := newCatalogue(42, n, profileHard)
	if err != nil {
		t.Fatal(err)
	}
	x := newCatalogueIndex(n)
	x.add(songs)
	w := x.weights()
	var qs []query
	for _, i := range []int{0, 17, 1234, n - 1} {
		in := title.Input{Title: strings.ToUpper(songs[i].In.Title) + " (Lyrics)", Channel: "Music Hits"}
		qs = append(qs, query{in: in, subject: score.Subject{Title: title.Normalize(in)}})
	}
	qs = append(qs, query{subject: score.Subject{Title: title.Normalize(title.Input{Title: "Zzyzx Qwv - Plmbt"})}})
	best, song, err := bruteForce(context.Background(), cat, qs, w, func(int) {})
	if err != nil {
		t.Fatal(err)
	}
	for qi, q := range qs {
		wantBest, wantSong := 0.0, int64(0)
		for j := range songs {
			if s := score.Compare(q.subject, score.Subject{Title: songs[j].Title}, w).Score; s > wantBest {
				wantBest, wantSong = s, int64(j+1)
			}
		}
		if best[qi] != wantBest || song[qi] != wantSong {
			t.Errorf("query %q: best %.4f at song %d, want %.4f at %d", q.in.Title, best[qi], song[qi], wantBest, wantSong)
		}
	}
}

// TestLoadCatalogStreamed loads a small catalogue into a database of its
// own: every song is in, and the uploads read back are the subjects the
// brute force scores, so that a query hits the song it was drawn from.
func TestLoadCatalogStreamed(t *testing.T) {
	if testing.Short() {
		t.Skip("needs MariaDB")
	}
	const n = 2500
	env := map[string]string{
		"BENCH_SONGS":    fmt.Sprint(n),
		"BENCH_DATABASE": fmt.Sprintf("songbench_stream_test_%d", os.Getpid()),
		"BENCH_QUERIES":  "20", "BENCH_BRUTE_QUERIES": "10",
		"SONGDEDUP_MYSQL_DSN": os.Getenv("SONGDEDUP_MYSQL_DSN"),
		"BENCH_BINARY":        t.TempDir() + "/songdedup", // the reference is kept beside it
	}
	cfg, err := loadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	b := &bench{cfg: cfg, logf: t.Logf, res: &results{}}
	defer func() {
		b.close()
		if err := dropDatabase(ctx, cfg.DSN); err != nil {
			t.Error(err)
		}
	}()
	if err := b.loadCatalog(ctx); err != nil {
		t.Fatal(err)
	}
	var count int
	if err := b.db.SQL().QueryRowContext(ctx, "SELECT COUNT(*) FROM songs JOIN videos ON videos.song_id = songs.id").Scan(&count); err != nil {
		t.Fatal(err)
	}
	if count != n {
		t.Fatalf("%d songs with their upload, want %d", count, n)
	}
	_, songs := inMemoryCatalogue(cfg.Seed, n, cfg.Profile)
	ids := []int64{1, 2, 777, n, n + 1, 0}
	subs, err := b.catalogueSubjects(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 4 {
		t.Errorf("%d subjects read back, want 4 (the IDs of the catalogue)", len(subs))
	}
	for id, sub := range subs {
		if !reflect.DeepEqual(sub.Title, songs[id-1].Title) {
			t.Errorf("song %d read back as %q, want %q", id, sub.Title.Raw, songs[id-1].Title.Raw)
		}
	}

	qs := b.queries()
	if err := b.bruteForce(ctx, qs); err != nil {
		t.Fatal(err)
	}
	judged := 0
	for i, q := range qs {
		if q.judged != (i < 10) {
			t.Fatalf("query %d judged %v, want %v", i, q.judged, i < 10)
		}
		if !q.judged {
			continue
		}
		judged++
		hit, err := b.hit(ctx, q, []int64{q.bestSong})
		if err != nil {
			t.Fatal(err)
		}
		if !hit {
			t.Errorf("query %q misses its own best song %d", q.in.Title, q.bestSong)
		}
		if miss, err := b.hit(ctx, q, []int64{n + 5}); err != nil || miss {
			t.Errorf("query %q hits a song past the catalogue (%v)", q.in.Title, err)
		}
	}
	if judged != 10 {
		t.Errorf("%d judged queries, want 10", judged)
	}
}
