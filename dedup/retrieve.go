package dedup

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Retrieval: the candidates of a submission and the token weights they are
// scored with.

// poolFactor is how many more songs than candidates retrieval fetches for
// re-ranking: FULLTEXT relevance is a coarse first cut (two common artist
// words can outrank one rare track word), the similarity is the real order.
const poolFactor = 3

// Retrieve returns the best candidates for sub: a pool of songs from the
// store, re-ranked by similarity, the best s.candidates kept; and the token
// weights it scored them with. exclude, when not 0, is left out.
func (s *Service) Retrieve(ctx context.Context, sub score.Subject, exclude int64) ([]score.Candidate, score.Weigher, error) {
	return s.retrieve(ctx, sub, exclude, false)
}

func (s *Service) retrieve(ctx context.Context, sub score.Subject, exclude int64, quick bool) ([]score.Candidate, score.Weigher, error) {
	found, err := s.store.Candidates(ctx, []CandidateQuery{s.candidateQuery(sub, exclude, quick)})
	if err != nil {
		return nil, nil, fmt.Errorf("retrieving candidates: %w", err)
	}
	return s.rank(ctx, sub, s.candidatesOf(found[0]), nil)
}

func (s *Service) candidateQuery(sub score.Subject, exclude int64, quick bool) CandidateQuery {
	return CandidateQuery{Title: sub.Title, Limit: poolFactor * s.candidates, Exclude: exclude, Quick: quick,
		DurationSeconds: sub.DurationSeconds}
}

// rank re-ranks the candidates retrieved for sub (in place) by similarity
// and keeps the best s.candidates; it returns them with the token weights
// they were scored with.
//
// The token statistics come from stats when it holds them all (a batch read
// them at once), else from the store.
func (s *Service) rank(ctx context.Context, sub score.Subject, cands []score.Candidate, stats *tokenStats) ([]score.Candidate, score.Weigher, error) {
	if len(cands) == 0 {
		return nil, score.DefaultWeights(), nil // nothing to weigh
	}
	w, err := s.weights(ctx, sub.Title, cands, stats)
	if err != nil {
		return nil, nil, err
	}
	bestForms(sub, cands, w, s.thresholds)
	if len(cands) > s.candidates {
		m := score.NewMatcher(sub, w)
		scores := make(map[int64]float64, len(cands))
		for i := range cands {
			c := score.Subject{Title: cands[i].Title, DurationSeconds: cands[i].DurationSeconds}
			scores[cands[i].SongID] = m.Score(&c)
		}
		slices.SortStableFunc(cands, func(a, b score.Candidate) int {
			return cmp.Compare(scores[b.SongID], scores[a.SongID])
		})
		cands = cands[:s.candidates]
	}
	return cands, w, nil
}

// candidatesOf turns retrieved songs into scoring candidates, normalizing
// each song's source the same way a submission is normalized.
func (s *Service) candidatesOf(songs []Song) []score.Candidate {
	cands := make([]score.Candidate, 0, len(songs))
	for _, song := range songs {
		c := score.Candidate{SongID: song.ID, Title: s.titles.normalize(song.Source), DurationSeconds: song.DurationSeconds}
		for _, f := range song.Forms {
			c.Forms = append(c.Forms, s.titles.normalize(f))
		}
		cands = append(cands, c)
	}
	return cands
}

// bestForms sets the Title of each candidate that has other forms (see
// Song.Forms) to the form that scores best with sub, its own title when
// none scores higher, and Own to its own title when a form does: a song
// holds every upload merged into it, so a title that matches one of them
// matches the song ("Korol i Shut - Kukla Kolduna" meets the song "KiSh -
// Kukla kolduna" through "Король и Шут - Кукла колдуна", merged into it
// earlier). A form stands for the song only through what it shares with
// the song's own title (see score.Matcher.FormScore).
func bestForms(sub score.Subject, cands []score.Candidate, w score.Weigher, th score.Thresholds) {
	var m *score.Matcher
	for i := range cands {
		c := &cands[i]
		if len(c.Forms) == 0 {
			continue
		}
		if m == nil {
			m = score.NewMatcher(sub, w)
		}
		own := score.Subject{Title: c.Title, DurationSeconds: c.DurationSeconds}
		best := m.Score(&own)
		for _, f := range c.Forms {
			form := score.Subject{Title: f, DurationSeconds: c.DurationSeconds}
			if sc, ok := m.FormScore(&form, &own, th); ok && sc > best {
				best, c.Title, c.Own = sc, f, &own.Title
			}
		}
		c.Forms = nil
	}
}

// ownTitle is the song's own title of a candidate: Own when the candidate
// is compared in another of its forms, else its Title.
func ownTitle(c *score.Candidate) title.Title {
	if c.Own != nil {
		return *c.Own
	}
	return c.Title
}

// titleCache remembers normalized titles: the same popular songs are
// candidates again and again, and normalizing is most of the service's own
// work per candidate. The key is the whole input, so a song whose source
// changes simply misses.
type titleCache struct {
	mu      sync.Mutex
	entries map[title.Input]title.Title
}

// maxCachedTitles bounds the cache; it is emptied when full.
const maxCachedTitles = 50_000

func (c *titleCache) normalize(in title.Input) title.Title {
	c.mu.Lock()
	t, ok := c.entries[in]
	c.mu.Unlock()
	if ok {
		return t
	}
	t = title.Normalize(in)
	c.mu.Lock()
	if c.entries == nil || len(c.entries) >= maxCachedTitles {
		c.entries = make(map[title.Input]title.Title, 1024)
	}
	c.entries[in] = t
	c.mu.Unlock()
	return t
}

// weights returns token weights from the live catalogue statistics of every
// token involved, falling back to the built-in table for tokens the
// catalogue has never seen.
func (s *Service) weights(ctx context.Context, t title.Title, cands []score.Candidate, stats *tokenStats) (score.Weigher, error) {
	tokens := titleTokens(nil, t)
	for _, c := range cands {
		tokens = titleTokens(tokens, c.Title)
	}
	docs, df, ok := stats.of(tokens)
	if !ok {
		var err error
		if docs, df, err = s.store.DocFreqs(ctx, tokens); err != nil {
			return nil, fmt.Errorf("reading term statistics: %w", err)
		}
	}
	if docs < minLiveDocs {
		// A young catalogue says little about which words are common.
		return score.DefaultWeights(), nil
	}
	return score.NewWeights(docs, df, score.DefaultWeights()), nil
}

// minLiveDocs is the catalogue size from which live statistics replace the
// built-in table.
const minLiveDocs = 1000

func titleTokens(dst []string, t title.Title) []string {
	dst = append(dst, t.ArtistTokens...)
	dst = append(dst, t.TrackTokens...)
	return append(dst, t.FeaturedTokens...)
}
