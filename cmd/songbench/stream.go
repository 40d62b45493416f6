package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// catalogue is the generated catalogue of a run. Its recordings stay in
// memory (the queries, submissions and searches draw from them, some
// 150 bytes a song); its uploads are rendered again from the generator's
// random state after the recordings, and normalized, chunk by chunk
// (each), so that no pass over ten million songs holds their titles.
type catalogue struct {
	gen   *generator
	recs  []recording
	state []byte // the generator's random source after the recordings
}

// newCatalogue draws the recordings of a catalogue of n songs.
func newCatalogue(seed uint64, n int, profile string) (*catalogue, error) {
	g, src := newGeneratorSource(seed, n, profile)
	recs := g.recordings(rand.New(src), n)
	state, err := src.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("saving the generator's state: %w", err)
	}
	return &catalogue{gen: g, recs: recs, state: state}, nil
}

// catalogueSong is one song of the catalogue: its upload and the title the
// service reads in it.
type catalogueSong struct {
	In    title.Input
	Title title.Title
}

// catalogueChunk is the songs of each's passes, chunk by chunk.
const catalogueChunk = 5_000

// each renders the catalogue's uploads in order, the same on every pass,
// and calls fn with consecutive chunks of at most size songs, first being
// the index of the chunk's first song. The next chunk is rendered and
// normalized (on every core) while fn runs on one.
func (c *catalogue) each(ctx context.Context, size int, fn func(first int, songs []catalogueSong) error) error {
	src := new(rand.PCG)
	if err := src.UnmarshalBinary(c.state); err != nil {
		return fmt.Errorf("restoring the generator's state: %w", err)
	}
	rng := rand.New(src)
	chunks := make(chan []catalogueSong, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(chunks)
		for first := 0; first < len(c.recs); first += size {
			songs := make([]catalogueSong, min(size, len(c.recs)-first))
			for i := range songs {
				songs[i].In.Title, songs[i].In.Channel = c.gen.render(rng, c.recs[first+i])
			}
			parallel(len(songs), func(i int) { songs[i].Title = title.Normalize(songs[i].In) })
			select {
			case chunks <- songs:
			case <-stop:
				return
			}
		}
	}()
	first := 0
	for songs := range chunks {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(first, songs); err != nil {
			return err
		}
		first += len(songs)
	}
	return nil
}

// catalogueIndex is what the phases after the load need of the normalized
// catalogue, without its titles: the document frequencies the token
// weights come from, and each song's track tokens for drawing queries
// (some 20 bytes a song).
type catalogueIndex struct {
	songs  int
	termDF map[string]int   // search-key terms: in how many songs' keys, counted with repeats
	tokens map[string]int32 // every artist, track and featured token, numbered
	names  []string         // tokens by number
	// trackStart[i]:trackStart[i+1] are song i's track tokens in track.
	trackStart []uint32
	track      []int32
	short      []int // songs whose track is one or two tokens of three letters in all
	lastTitle  string
}

func newCatalogueIndex(n int) *catalogueIndex {
	return &catalogueIndex{termDF: map[string]int{}, tokens: map[string]int32{}, trackStart: make([]uint32, 1, n+1)}
}

// add counts the next songs of the catalogue, in order.
func (x *catalogueIndex) add(songs []catalogueSong) {
	for _, s := range songs {
		for _, t := range strings.Fields(searchkey.Key(s.Title)) {
			if n, ok := x.termDF[t]; ok {
				x.termDF[t] = n + 1
			} else {
				x.termDF[strings.Clone(t)] = 1 // not the whole key's memory
			}
		}
		for _, toks := range [][]string{s.Title.ArtistTokens, s.Title.FeaturedTokens} {
			for _, tok := range toks {
				x.token(tok)
			}
		}
		toks := s.Title.TrackTokens
		for _, tok := range toks {
			x.track = append(x.track, x.token(tok))
		}
		x.trackStart = append(x.trackStart, uint32(len(x.track)))
		if len(toks) > 0 && len(toks) <= 2 && len(strings.Join(toks, "")) <= 3 {
			x.short = append(x.short, x.songs)
		}
		x.songs++
	}
	if len(songs) > 0 {
		last := songs[len(songs)-1]
		x.lastTitle = last.In.Title
	}
}

func (x *catalogueIndex) token(tok string) int32 {
	id, ok := x.tokens[tok]
	if !ok {
		id = int32(len(x.names))
		tok = strings.Clone(tok) // not the whole title's memory
		x.tokens[tok] = id
		x.names = append(x.names, tok)
	}
	return id
}

// weights are the token weights the service would use on the catalogue:
// live document frequencies of each token's search term.
func (x *catalogueIndex) weights() score.Weigher {
	tokenDF := make(map[string]int, len(x.names))
	for _, tok := range x.names {
		tokenDF[tok] = x.termDF[searchkey.Term(tok)]
	}
	return score.NewWeights(x.songs, tokenDF, score.DefaultWeights())
}

// commonTracks are the songs whose track has tokens and only tokens that w
// weighs 0.5 or less, in order.
func (x *catalogueIndex) commonTracks(w score.Weigher) []int {
	common := make([]bool, len(x.names))
	for i, tok := range x.names {
		common[i] = w.Weight(tok) <= 0.5
	}
	var out []int
	for i := 0; i < x.songs; i++ {
		toks := x.track[x.trackStart[i]:x.trackStart[i+1]]
		all := len(toks) > 0
		for _, tok := range toks {
			all = all && common[tok]
		}
		if all {
			out = append(out, i)
		}
	}
	return out
}
