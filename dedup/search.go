package dedup

import (
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Searching the catalogue: a query is read as a title is, its candidates
// retrieved as a submission's are, and ranked by the similarity.

// Search limits.
const (
	DefaultSearchLimit = 20
	MaxSearchLimit     = 50
	// SearchPool is how many songs one search ranks: the songs FULLTEXT
	// retrieval finds most likely, as for a submission. Results past it
	// are not listed.
	SearchPool = 100
)

// SearchQuery asks for songs.
type SearchQuery struct {
	// Q is read as a title: "Artist - Track", "Track | Artist", a track.
	Q     string
	Limit int
	// Cursor is the opaque position after the previous page ("" for the
	// first page).
	Cursor string
}

// SearchHit is one song found.
type SearchHit struct {
	SongID int64
	Score  float64
	// Title is the song's title as its source reads.
	Title title.Title
	// SameVersion reports that the song has the query's version tags and
	// qualifiers (a live take for a live take): among equal scores, those
	// come first.
	SameVersion bool
}

// SearchPage is one page of a search, best match first.
type SearchPage struct {
	Hits []SearchHit
	// NextCursor continues after this page; empty on the last page.
	NextCursor string
}

// Search finds canonical songs for a query: the query is normalized as a
// submitted title is (with the artist lexicon), candidates come from the
// same FULLTEXT retrieval, and they are ranked by the same similarity,
// best first, then by ID. Pages are keyset: the cursor is the (score, ID)
// of the last hit, so a page never repeats one of an earlier page.
func (s *Service) Search(ctx context.Context, q SearchQuery) (SearchPage, error) {
	text := strings.TrimSpace(q.Q)
	switch {
	case text == "":
		return SearchPage{}, InvalidField("q", "is required: what to search for")
	case len(text) > MaxTitleLen:
		return SearchPage{}, InvalidField("q", "is longer than %d bytes", MaxTitleLen)
	}
	if q.Limit == 0 {
		q.Limit = DefaultSearchLimit
	}
	if q.Limit < 1 || q.Limit > MaxSearchLimit {
		return SearchPage{}, InvalidField("limit", LimitRule, MaxSearchLimit, strconv.Itoa(q.Limit))
	}
	after, err := decodeSearchCursor(q.Cursor)
	if err != nil {
		return SearchPage{}, err
	}
	t, err := s.normalize(ctx, title.Input{Title: text})
	if err != nil {
		return SearchPage{}, err
	}
	found, err := s.store.Candidates(ctx, []CandidateQuery{{Title: t, Limit: SearchPool}})
	if err != nil {
		return SearchPage{}, fmt.Errorf("searching: %w", err)
	}
	cands := s.candidatesOf(found[0])
	if len(cands) == 0 {
		return SearchPage{}, nil
	}
	w, err := s.weights(ctx, t, cands, nil)
	if err != nil {
		return SearchPage{}, err
	}
	m := score.NewMatcher(score.Subject{Title: t}, w)
	hits := make([]SearchHit, 0, len(cands))
	for _, c := range cands {
		sub := score.Subject{Title: c.Title}
		same := slices.Equal(t.Versions, c.Title.Versions) && slices.Equal(t.VersionInfo, c.Title.VersionInfo)
		hits = append(hits, SearchHit{SongID: c.SongID, Score: m.Score(&sub), Title: c.Title, SameVersion: same})
	}
	slices.SortFunc(hits, compareHits)
	var page SearchPage
	for _, h := range hits {
		if after != nil && compareHits(h, *after) <= 0 {
			continue
		}
		if len(page.Hits) == q.Limit {
			last := page.Hits[len(page.Hits)-1]
			page.NextCursor = encodeSearchCursor(last)
			break
		}
		page.Hits = append(page.Hits, h)
	}
	return page, nil
}

// compareHits orders hits best first, the query's version first among
// equals, then by song ID.
func compareHits(a, b SearchHit) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	if a.SameVersion != b.SameVersion {
		if a.SameVersion {
			return -1
		}
		return 1
	}
	return cmp.Compare(a.SongID, b.SongID)
}

func encodeSearchCursor(h SearchHit) string {
	raw := strconv.FormatFloat(h.Score, 'g', -1, 64) + "/" + strconv.FormatBool(h.SameVersion) + "/" + strconv.FormatInt(h.SongID, 10)
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

func decodeSearchCursor(c string) (*SearchHit, error) {
	if c == "" {
		return nil, nil
	}
	bad := InvalidField("cursor", "is not a cursor this service issued")
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, bad
	}
	parts := strings.Split(string(raw), "/")
	if len(parts) != 3 {
		return nil, bad
	}
	f, err1 := strconv.ParseFloat(parts[0], 64)
	same, err2 := strconv.ParseBool(parts[1])
	n, err3 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil || n <= 0 || f < 0 || f > 1 {
		return nil, bad
	}
	return &SearchHit{SongID: n, Score: f, SameVersion: same}, nil
}
