package dedup

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/score"

	"github.com/songdedup/songdedup/dedup/searchkey"

	"github.com/songdedup/songdedup/dedup/title"
)

// Submission is one video submitted for deduplication.
type Submission struct {
	// VideoRef is a YouTube URL or a bare video ID; VideoRefField names
	// the field it came from (for errors): "url" or "video_id".
	VideoRef      string
	VideoRefField string
	Title         string
	Channel       string
	Artist        string
	// DurationSeconds is 0 when unknown.
	DurationSeconds int
	// Plays and Likes are initial engagement (backfill rows carry them).
	Plays, Likes int64
}

// Limits on submitted fields.
const (
	MaxTitleLen    = 500
	MaxChannelLen  = 200
	MaxArtistLen   = 200
	MaxDurationSec = 24 * 3600
)

// Outcome is what the service answers to a submission. Decision uses the
// outside names: "created", "merged", "review" or "existing".
type Outcome struct {
	SongID        int64
	VideoID       string
	Decision      string
	Score         float64
	MatchedSongID int64
	ReviewID      int64
	ReviewIDs     []int64
	VersionOf     int64
	Explanation   *score.Explanation
}

// Outcome decisions, as the outside contract names them.
const (
	OutcomeCreated  = "created"
	OutcomeMerged   = "merged"
	OutcomeReview   = "review"
	OutcomeExisting = "existing"
)

// SubmitStore is the storage submissions and reconciliation work on.
// Package store implements it on MySQL, package dryrun in memory over
// another. Every method translates its failures into this package's errors:
// ErrNotFound, ErrConflict, ErrUnavailable.
type SubmitStore interface {
	// VideoSong returns the canonical song of a known video, or ErrNotFound.
	VideoSong(ctx context.Context, videoID string) (int64, error)
	// VideoSongs returns the canonical song of each of the videos that is
	// known.
	VideoSongs(ctx context.Context, videoIDs []string) (map[string]int64, error)
	// Candidates returns, for each query q, up to q.Limit canonical songs
	// most likely to be the same song as q.Title, with their sources
	// filled (and their IDs, tracks, durations and redirects; not their
	// other normalized fields). It sees only committed songs.
	// Several queries at once cost a batch fewer round trips.
	Candidates(ctx context.Context, qs []CandidateQuery) ([][]Song, error)
	// Prefetch reads what deciding titles will read (term statistics)
	// fresh, in as few round trips as possible, so that the decisions'
	// snapshots (see nothingNewSince) hold the frequencies of now: a cached
	// frequency that grew since it was read looks like a song arriving
	// concurrently, and costs the new song a second search.
	Prefetch(ctx context.Context, titles []title.Title) error
	// TermFrequencies returns how many canonical songs have each search
	// term: from a short-lived cache, or read fresh.
	TermFrequencies(ctx context.Context, terms []string, fresh bool) (map[string]int, error)
	// DocFreqs returns the number of canonical songs and, for each token,
	// how many of them contain it.
	DocFreqs(ctx context.Context, tokens []string) (docs int, df map[string]int, err error)
	// NeverMerged returns which of others a curator kept apart from song
	// (through any song merged into either side).
	NeverMerged(ctx context.Context, song int64, others []int64) (map[int64]bool, error)
	// SubmitBatch writes everything a batch of submissions decided, in one
	// transaction. It returns ErrConflict when a video exists already, and
	// ErrNotFound when a song to attach to does not.
	SubmitBatch(ctx context.Context, ws []SubmissionWrite) ([]SubmissionWritten, error)
	// MergeSongs merges one song into another in one transaction, after
	// resolving both to their canonical songs under lock. It returns the
	// canonical song, and ErrConflict when a curator kept the two apart.
	MergeSongs(ctx context.Context, m SongMerge) (int64, error)
	// Song returns a song's own row (its source and normalized fields), or
	// ErrNotFound.
	Song(ctx context.Context, id int64) (Song, error)
	// MarkReconciled records that a new song was checked against songs
	// committed concurrently with it.
	MarkReconciled(ctx context.Context, id int64) error
	// Unreconciled lists canonical songs created before olderThan that were
	// never checked (their process stopped first), oldest first.
	Unreconciled(ctx context.Context, olderThan time.Time, limit int) ([]int64, error)
}

// Stores are the storage a Service works on, one interface per role.
// Package store's *DB is all three.
type Stores struct {
	// Submit serves submissions and reconciliation; it is required.
	Submit SubmitStore
	// Curation serves reads and curators' decisions (Song, Video,
	// Reviews, DecideReview, Split...); a Service that only decides
	// submissions (a backfill) goes without.
	Curation CurationStore
	// Outcomes records backfill rows (SubmitRecorded, SubmitBatch with
	// records, RecordOutcome); a Service that records none goes without.
	Outcomes OutcomeStore
}

// Service runs submissions: normalize, retrieve, score, decide, write, and
// reconcile with songs created concurrently; and curators' reads and
// decisions.
type Service struct {
	store      SubmitStore
	curation   CurationStore
	outcomes   OutcomeStore
	thresholds score.Thresholds
	log        *slog.Logger
	now        func() time.Time
	observe    func(stage string, d time.Duration)
	candidates int
	titles     titleCache
	writes     writeCoalescer
}

// ServiceOptions configure a Service. The zero value is usable.
type ServiceOptions struct {
	Thresholds score.Thresholds // default DefaultThresholds()
	Logger     *slog.Logger
	Now        func() time.Time
	// Observe, when set, receives the duration of each stage of a
	// submission ("retrieval", "decide", "write", "reconcile"), for metrics.
	Observe func(stage string, d time.Duration)
	// Candidates is how many songs retrieval returns (default 10).
	Candidates int
	// Writers is how many transactions the submissions of concurrent
	// requests are written in at once (default 4); the writes that arrive
	// meanwhile share the next one (at most 32 per transaction). 1 writes
	// one transaction at a time.
	Writers int
}

// NewService returns a Service on the stores of each role.
func NewService(st Stores, opts ServiceOptions) *Service {
	s := &Service{store: st.Submit, curation: st.Curation, outcomes: st.Outcomes, thresholds: opts.Thresholds,
		log: opts.Logger, now: opts.Now, observe: opts.Observe, candidates: opts.Candidates}
	if s.thresholds == (score.Thresholds{}) {
		s.thresholds = score.DefaultThresholds()
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.observe == nil {
		s.observe = func(string, time.Duration) {}
	}
	if s.candidates <= 0 {
		s.candidates = 10
	}
	s.writes = writeCoalescer{store: st.Submit, maxWriters: opts.Writers, maxBatch: maxCoalesced}
	if s.writes.maxWriters <= 0 {
		s.writes.maxWriters = 4
	}
	return s
}

// Thresholds returns the decision thresholds in use.
func (s *Service) Thresholds() score.Thresholds { return s.thresholds }

// Validate checks a submission and returns its video ID. Errors are
// *FieldError naming the offending field.
func (sub Submission) Validate() (string, error) {
	field := sub.VideoRefField
	if field == "" {
		field = "video_id"
	}
	if sub.VideoRef == "" {
		return "", InvalidField("url", "a video is required: give url or video_id")
	}
	id, err := ParseVideoRef(sub.VideoRef)
	if err != nil {
		return "", InvalidField(field, "%v", err)
	}
	if err := checkText("title", sub.Title, MaxTitleLen, true); err != nil {
		return "", err
	}
	if err := checkText("channel", sub.Channel, MaxChannelLen, false); err != nil {
		return "", err
	}
	if err := checkText("artist", sub.Artist, MaxArtistLen, false); err != nil {
		return "", err
	}
	if sub.DurationSeconds < 0 || sub.DurationSeconds > MaxDurationSec {
		return "", InvalidField("duration_seconds", "must be between 0 and %d, got %d", MaxDurationSec, sub.DurationSeconds)
	}
	if sub.Plays < 0 {
		return "", InvalidField("plays", "must not be negative")
	}
	if sub.Likes < 0 {
		return "", InvalidField("likes", "must not be negative")
	}
	return id, nil
}

func checkText(field, v string, max int, required bool) error {
	switch {
	case !utf8.ValidString(v):
		return InvalidField(field, "is not valid UTF-8")
	case required && strings.TrimSpace(v) == "":
		return InvalidField(field, "is required")
	case utf8.RuneCountInString(v) > max:
		return InvalidField(field, "is longer than %d characters", max)
	}
	return nil
}

// maxAttempts bounds how often a submission is re-decided after it lost a
// race (its candidates were merged meanwhile).
const maxAttempts = 4

// Submit runs one submission and returns what became of it. decidedBy names
// the actor for the merge log ("auto" for the API).
func (s *Service) Submit(ctx context.Context, sub Submission, decidedBy string) (Outcome, error) {
	return s.SubmitRecorded(ctx, sub, decidedBy, nil)
}

// SubmitRecorded is Submit for a backfill row: when rec is not nil, the
// row's outcome is recorded in the same transaction as its writes (or on
// its own when the video was known already), so that a job killed at any
// moment resumes exactly where its writes stopped. An invalid row is
// recorded as an error and its error returned.
func (s *Service) SubmitRecorded(ctx context.Context, sub Submission, decidedBy string, rec *RowOutcome) (Outcome, error) {
	videoID, err := sub.Validate()
	if err != nil {
		if rec != nil {
			rec.Decision, rec.Error = "error", err.Error()
			if rerr := s.outcomes.RecordOutcomes(ctx, []RowOutcome{*rec}); rerr != nil {
				return Outcome{}, rerr
			}
		}
		return Outcome{}, err
	}
	for attempt := 0; ; attempt++ {
		// The last attempt takes the decision as it stands, without
		// consolidating, so a catalogue that keeps moving cannot starve it.
		out, err := s.submitOnce(ctx, sub, videoID, decidedBy, rec, attempt < maxAttempts)
		if errors.Is(err, errRetry) && attempt < maxAttempts {
			continue
		}
		if err == nil && rec != nil && out.Decision == OutcomeExisting {
			r := *rec
			r.VideoID, r.SongID, r.Decision, r.Score = out.VideoID, out.SongID, out.Decision, out.Score
			if err := s.outcomes.RecordOutcomes(ctx, []RowOutcome{r}); err != nil {
				return out, err
			}
		}
		return out, err
	}
}

// maxCoalesced bounds the submissions written in one transaction.
const maxCoalesced = 32

func (s *Service) submitOne(ctx context.Context, w SubmissionWrite) (SubmissionWritten, error) {
	return s.writes.write(ctx, w)
}

// errRetry asks Submit to decide again: the catalogue changed under it.
var errRetry = errors.New("decide again")

func (s *Service) submitOnce(ctx context.Context, sub Submission, videoID, decidedBy string, rec *RowOutcome, mayConsolidate bool) (Outcome, error) {
	if out, ok, err := s.existing(ctx, videoID); ok || err != nil {
		return out, err
	}
	in := title.Input{Title: sub.Title, Channel: sub.Channel, Artist: sub.Artist}
	t := title.Normalize(in)
	subject := score.Subject{Title: t, DurationSeconds: sub.DurationSeconds}

	start := time.Now()
	snap, err := s.snapshot(ctx, subject)
	if err != nil {
		return Outcome{}, err
	}
	cands, w, err := s.Retrieve(ctx, subject, 0)
	if err != nil {
		return Outcome{}, err
	}
	s.observe("retrieval", time.Since(start))

	start = time.Now()
	d := score.Decide(subject, cands, w, s.thresholds)
	s.observe("decide", time.Since(start))

	if d.Kind == score.DecisionReview && len(d.ReviewWith) > 1 && mayConsolidate {
		// Several songs clear the merge threshold. When they are all the
		// same song, created twice by a race, they are one song: merge them
		// and decide again. Otherwise the ambiguity goes to a curator.
		merged, err := s.consolidate(ctx, subject, d, cands, w, decidedBy)
		switch {
		case errors.Is(err, ErrUnavailable) && ctx.Err() == nil:
			// Lost to concurrent merges (a deadlock retried to the end):
			// the submission goes to review as decided; the songs meet
			// again through reconciliation.
			s.log.WarnContext(ctx, "consolidating duplicates", "err", err)
		case err != nil:
			return Outcome{}, err
		case merged:
			return Outcome{}, errRetry
		}
	}

	write, out, artistLearned := s.planWrite(sub, videoID, subject, d, cands, w, decidedBy, rec)
	start = time.Now()
	written, err := s.submitOne(ctx, write)
	s.observe("write", time.Since(start))
	switch {
	case errors.Is(err, ErrConflict):
		// The same video was written by someone else meanwhile.
		if out, ok, err := s.existing(ctx, videoID); ok || err != nil {
			return out, err
		}
		return Outcome{}, errRetry
	case errors.Is(err, ErrNotFound):
		return Outcome{}, errRetry // the song to attach to vanished
	case err != nil:
		return Outcome{}, fmt.Errorf("writing submission: %w", err)
	}
	out.SongID = written.SongID
	out.ReviewIDs = written.ReviewIDs
	if len(written.ReviewIDs) > 0 {
		out.ReviewID = written.ReviewIDs[0]
	}
	if write.NewSong != nil || artistLearned {
		// Songs committed at the same moment could not see each other
		// (FULLTEXT sees committed rows only). Now both are committed, so
		// the later one finds the earlier and they merge. A canonical song
		// that just learned its artist may now match songs it could not
		// before: it is checked again too.
		start = time.Now()
		known := snap
		if write.NewSong == nil {
			known = &decided{subject: subject} // the canonical song changed its words: search
		}
		if err := s.reconcile(ctx, written.SongID, known, decidedBy); err != nil {
			// The song stays unreconciled and the sweeper retries it; the
			// submission itself is written and acknowledged.
			s.log.WarnContext(ctx, "reconcile after submit failed", "song_id", written.SongID, "err", err)
		}
		s.observe("reconcile", time.Since(start))
	}
	return out, nil
}

// planWrite turns a decision into the writes of one submission and the
// answer it will give; artistLearned reports that the canonical song takes
// a confident artist from it. A negative song ID in the decision names a
// song created earlier in the same batch.
func (s *Service) planWrite(sub Submission, videoID string, subject score.Subject, d score.Decision, cands []score.Candidate, w score.Weigher,
	decidedBy string, rec *RowOutcome) (write SubmissionWrite, out Outcome, artistLearned bool) {
	in := title.Input{Title: sub.Title, Channel: sub.Channel, Artist: sub.Artist}
	t := subject.Title
	video := Video{ID: videoID, Title: sub.Title, Channel: sub.Channel, Artist: sub.Artist,
		DurationSeconds: sub.DurationSeconds, Plays: sub.Plays, Likes: sub.Likes}
	explanation, _ := json.Marshal(d.Explanation)
	write = SubmissionWrite{Video: video, Score: d.Score, Explanation: explanation, DecidedBy: decidedBy}
	out = Outcome{VideoID: videoID, Score: d.Score, Explanation: &d.Explanation, VersionOf: d.VersionOf}
	if d.SongID != 0 && d.Kind != score.DecisionDistinct {
		out.MatchedSongID = d.SongID
	}
	switch d.Kind {
	case score.DecisionMerge:
		if d.SongID < 0 {
			write.AttachToBatch = int(-d.SongID)
		} else {
			write.AttachTo = d.SongID
			for _, c := range cands {
				if c.SongID == d.SongID && title.Cleanliness(t) > title.Cleanliness(c.Title) {
					up := s.newSong(in, t, sub.DurationSeconds)
					write.Upgrade = &up
					artistLearned = !confidentArtist(c.Title) && confidentArtist(t)
				}
			}
		}
		out.Decision = OutcomeMerged
	case score.DecisionReview:
		song := s.newSong(in, t, sub.DurationSeconds)
		write.NewSong = &song
		for _, id := range d.ReviewWith {
			write.Reviews = append(write.Reviews, s.reviewDraft(subject, id, cands, w))
		}
		out.Decision = OutcomeReview
	default:
		song := s.newSong(in, t, sub.DurationSeconds)
		write.NewSong = &song
		out.Decision = OutcomeCreated
	}
	if rec != nil {
		r := *rec
		r.VideoID, r.Decision, r.Score = videoID, out.Decision, d.Score
		write.Outcome = &r
	}
	return write, out, artistLearned
}

func (s *Service) existing(ctx context.Context, videoID string) (Outcome, bool, error) {
	songID, err := s.store.VideoSong(ctx, videoID)
	switch {
	case errors.Is(err, ErrNotFound):
		return Outcome{}, false, nil
	case err != nil:
		return Outcome{}, false, fmt.Errorf("looking up video %s: %w", videoID, err)
	}
	return Outcome{SongID: songID, VideoID: videoID, Decision: OutcomeExisting, Score: 1}, true, nil
}

func (s *Service) newSong(in title.Input, t title.Title, duration int) Song {
	song := SongFromTitle(in, t, duration)
	song.SearchKey = searchkey.Key(t)
	return song
}

func (s *Service) reviewDraft(sub score.Subject, songID int64, cands []score.Candidate, w score.Weigher) ReviewDraft {
	for _, c := range cands {
		if c.SongID == songID {
			cmp := score.Compare(sub, score.Subject{Title: c.Title, DurationSeconds: c.DurationSeconds}, w)
			cmp.Explanation.Thresholds = &s.thresholds
			e, _ := json.Marshal(cmp.Explanation)
			return ReviewDraft{CandidateSongID: songID, Score: cmp.Score, Explanation: e}
		}
	}
	return ReviewDraft{CandidateSongID: songID}
}

// confidentArtist reports whether a title's artist is known from the
// caller or the title itself, not guessed from the channel.
func confidentArtist(t title.Title) bool {
	return len(t.Artists) > 0 && (t.ArtistSource == title.ArtistFromTitle || t.ArtistSource == title.ArtistFromCaller || t.ArtistSource == title.ArtistFromTopic)
}

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
	return CandidateQuery{Title: sub.Title, Limit: poolFactor * s.candidates, Exclude: exclude, Quick: quick}
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
		cands = append(cands, score.Candidate{SongID: song.ID, Title: s.titles.normalize(song.Source), DurationSeconds: song.DurationSeconds})
	}
	return cands
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

// consolidate handles an ambiguous decision: when every song above the
// merge threshold is the same song as every other (a race created it more
// than once), it merges them into the oldest and reports true.
func (s *Service) consolidate(ctx context.Context, sub score.Subject, d score.Decision, cands []score.Candidate, w score.Weigher, decidedBy string) (bool, error) {
	group := reviewGroup(d, cands)
	if len(group) < 2 || !s.allSame(ctx, group, w) {
		return false, nil
	}
	slices.SortFunc(group, func(a, b score.Candidate) int { return cmp.Compare(a.SongID, b.SongID) })
	for _, c := range group[1:] {
		pair := score.Compare(score.Subject{Title: c.Title, DurationSeconds: c.DurationSeconds},
			score.Subject{Title: group[0].Title, DurationSeconds: group[0].DurationSeconds}, w)
		e, _ := json.Marshal(pair.Explanation)
		_, err := s.store.MergeSongs(ctx, SongMerge{From: c.SongID, Into: group[0].SongID, Score: pair.Score,
			Explanation: e, DecidedBy: decidedBy + ":consolidate"})
		if err != nil && !errors.Is(err, ErrConflict) {
			return false, fmt.Errorf("consolidating songs %d and %d: %w", c.SongID, group[0].SongID, err)
		}
	}
	return true, nil
}

// allSame reports whether every pair of songs in group would merge: each
// pair scores above the merge threshold, nothing blocks the merge, and no
// curator kept any two apart. The scores are checked first: they need no
// database, and usually tell the songs apart.
func (s *Service) allSame(ctx context.Context, group []score.Candidate, w score.Weigher) bool {
	if !s.pairwiseSame(group, w) {
		return false
	}
	for i := range group {
		others := make([]int64, 0, len(group))
		for j := range group {
			if j != i {
				others = append(others, group[j].SongID)
			}
		}
		kept, err := s.store.NeverMerged(ctx, group[i].SongID, others)
		if err != nil || len(kept) > 0 {
			return false
		}
	}
	return true
}

// pairwiseSame reports whether every pair of songs in group scores above
// the merge threshold with nothing blocking the merge.
func (s *Service) pairwiseSame(group []score.Candidate, w score.Weigher) bool {
	for i := range group {
		for j := i + 1; j < len(group); j++ {
			c := score.Compare(score.Subject{Title: group[i].Title, DurationSeconds: group[i].DurationSeconds},
				score.Subject{Title: group[j].Title, DurationSeconds: group[j].DurationSeconds}, w)
			if c.Score <= s.thresholds.Merge || c.MergeBlocked || !c.SameVersion {
				return false
			}
		}
	}
	return true
}

// reviewGroup returns the candidates an ambiguous decision puts in review.
func reviewGroup(d score.Decision, cands []score.Candidate) []score.Candidate {
	group := make([]score.Candidate, 0, len(d.ReviewWith))
	for _, id := range d.ReviewWith {
		for _, c := range cands {
			if c.SongID == id {
				group = append(group, c)
				break
			}
		}
	}
	return group
}

// Reconcile checks a newly created song against the songs committed since
// it was decided, and merges it with the ones that are the same song (the
// newer into the older, so the oldest ID stays canonical). Several
// processes may reconcile the same songs at once: merges resolve both sides
// under lock, so they converge on one canonical song.
func (s *Service) Reconcile(ctx context.Context, songID int64, decidedBy string) error {
	return s.reconcile(ctx, songID, nil, decidedBy)
}

// reconcile is Reconcile for a song whose subject the caller may know
// already (it just wrote the song), which saves reading it back.
func (s *Service) reconcile(ctx context.Context, songID int64, known *decided, decidedBy string) error {
	for round := 0; round < 8; round++ {
		var subject score.Subject
		if known != nil && round == 0 {
			subject = known.subject
			if known.terms != nil {
				quiet, err := s.nothingNewSince(ctx, known.terms)
				if err != nil {
					return fmt.Errorf("reconcile: %w", err)
				}
				if quiet {
					break
				}
			}
		} else {
			song, err := s.store.Song(ctx, songID)
			if err != nil {
				return fmt.Errorf("reconcile: %w", err)
			}
			if song.MergedInto != 0 {
				songID = song.MergedInto
				continue
			}
			subject = score.Subject{Title: title.Normalize(song.Source), DurationSeconds: song.DurationSeconds}
		}
		// The submission's own retrieval ran a moment ago; what can be new
		// is a duplicate committed meanwhile, which a quick search finds.
		cands, w, err := s.retrieve(ctx, subject, songID, true)
		if err != nil {
			return fmt.Errorf("reconcile: %w", err)
		}
		group, d, err := s.sameSongs(ctx, songID, subject, cands, w)
		if err != nil {
			return fmt.Errorf("reconcile: %w", err)
		}
		if len(group) == 0 {
			break
		}
		explanation, _ := json.Marshal(d.Explanation)
		into := slices.Min(append(group, songID))
		for _, id := range append(group, songID) {
			if id == into {
				continue
			}
			_, err := s.store.MergeSongs(ctx, SongMerge{From: id, Into: into, Score: d.Score,
				Explanation: explanation, DecidedBy: decidedBy + ":reconcile"})
			if err != nil && !errors.Is(err, ErrConflict) {
				return fmt.Errorf("reconcile: merging %d into %d: %w", id, into, err)
			}
		}
		songID = into
	}
	return s.store.MarkReconciled(ctx, songID)
}

// sameSongs returns the candidates that are the same song as songID (whose
// subject is sub): the one it merges with, or all of an ambiguous group
// that are one song created several times. Curators' never-merge pairs
// are read only when there is a merge to check them against: they can
// only turn a merge away.
func (s *Service) sameSongs(ctx context.Context, songID int64, sub score.Subject, cands []score.Candidate, w score.Weigher) ([]int64, score.Decision, error) {
	d := score.Decide(sub, cands, w, s.thresholds)
	if d.Kind != score.DecisionMerge && (d.Kind != score.DecisionReview || len(d.ReviewWith) < 2) {
		return nil, d, nil
	}
	ids := make([]int64, len(cands))
	for i, c := range cands {
		ids[i] = c.SongID
	}
	kept, err := s.store.NeverMerged(ctx, songID, ids)
	if err != nil {
		return nil, d, err
	}
	if len(kept) > 0 {
		for i := range cands {
			cands[i].NoAutoMerge = kept[cands[i].SongID]
		}
		d = score.Decide(sub, cands, w, s.thresholds)
	}
	switch {
	case d.Kind == score.DecisionMerge:
		return []int64{d.SongID}, d, nil
	case d.Kind == score.DecisionReview && len(d.ReviewWith) > 1:
		var members []score.Candidate
		for _, c := range cands {
			if slices.Contains(d.ReviewWith, c.SongID) {
				members = append(members, c)
			}
		}
		if s.allSame(ctx, append(members, score.Candidate{SongID: songID, Title: sub.Title, DurationSeconds: sub.DurationSeconds}), w) {
			return d.ReviewWith, d, nil
		}
	}
	return nil, d, nil
}

// decided is what a submission knew when it was decided: its subject and
// the document frequencies then of the search terms a duplicate would
// share with it and whose growth says such a song arrived (see snapshot
// and watched).
type decided struct {
	subject score.Subject
	terms   map[string]int
}

// snapshot reads the frequencies of the search terms a duplicate of sub
// would share with it, as retrieval is about to see them (from the same
// cache, so it costs no extra round trip). Terms of the artist alone are
// left out: every other song of the artist moves them.
func (s *Service) snapshot(ctx context.Context, sub score.Subject) (*decided, error) {
	// Every search term is read, as retrieval will read them, so that its
	// reading finds them all cached.
	all := searchkey.Terms(sub.Title)
	df, err := s.store.TermFrequencies(ctx, all, false)
	if err != nil {
		return nil, err
	}
	track := make(map[string]int, len(all))
	for _, t := range trackTerms(sub.Title, all) {
		track[t] = df[t]
	}
	return &decided{subject: sub, terms: watched(track)}, nil
}

// trackTerms returns the search terms (all, of t) that involve its track:
// all but the terms of its artists and featured artists alone.
func trackTerms(t title.Title, all []string) []string {
	artistOnly := searchkey.Terms(title.Title{Artists: t.Artists, ArtistTokens: t.ArtistTokens, FeaturedTokens: t.FeaturedTokens})
	var out []string
	for _, term := range all {
		if !slices.Contains(artistOnly, term) {
			out = append(out, term)
		}
	}
	return out
}

// nothingNewSince reports whether no song other than the one just written
// took any of these terms since their frequencies were read: then no song
// the decision could not see shares a word with it, and reconciliation has
// nothing to find. (A merge only lowers frequencies; a song committed
// between the read and the search was visible to the search anyway.)
func (s *Service) nothingNewSince(ctx context.Context, before map[string]int) (bool, error) {
	if len(before) == 0 {
		return false, nil
	}
	now, err := s.store.TermFrequencies(ctx, slices.Collect(maps.Keys(before)), true)
	if err != nil {
		return false, err
	}
	return quietSince(before, nil, now), nil
}

// watched keeps the frequencies of the terms that say whether a song like
// this one appeared since: every term no song had (a new song's own
// shingles and anchors, which a duplicate shares), and the rarest of the
// others, as a quick search picks them (see quietBudget). Common words
// change with every song and say nothing.
func watched(df map[string]int) map[string]int {
	var unseen, seen []string
	for t, n := range df {
		if n == 0 {
			unseen = append(unseen, t)
		} else {
			seen = append(seen, t)
		}
	}
	slices.Sort(seen) // PlanQuery keeps the given order among equals
	out := make(map[string]int, len(unseen)+quietTerms)
	for _, t := range append(unseen, searchkey.PlanQuery(seen, df, quietBudget, quietTerms)...) {
		out[t] = df[t]
	}
	return out
}

// quietSince reports whether none of the watched terms of before grew by
// more than allow (1 when allow is nil: the song itself) by the time of
// now. A title with no watched term is never quiet: nothing cheap proves
// it alone.
func quietSince(before, allow, now map[string]int) bool {
	for t, n := range before {
		grow := 1
		if allow != nil {
			grow = allow[t]
		}
		if now[t] > n+grow {
			return false
		}
	}
	return len(before) > 0
}

// quietBudget and quietTerms bound the terms the quiet check watches: the
// few rarest a quick search would use. An artist's name or a common word
// that grew says nothing; a shingle, an anchor or a rare word that grew
// says a song like this one may have arrived.
const (
	quietBudget = 30
	quietTerms  = 8
)

// ReconcilePending reconciles songs whose process stopped between writing
// them and reconciling them. It returns how many it checked.
func (s *Service) ReconcilePending(ctx context.Context, olderThan time.Duration, limit int) (int, error) {
	ids, err := s.store.Unreconciled(ctx, s.now().Add(-olderThan), limit)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := s.Reconcile(ctx, id, "sweeper"); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}
