package dedup

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// Deciding and writing one submission.

// maxAttempts bounds how often a submission is re-decided after it lost a
// race (its candidates were merged meanwhile).
const maxAttempts = 4

// Submit runs one submission and returns what became of it. decidedBy names
// the actor for the merge log ("auto" for the API).
func (s *Service) Submit(ctx context.Context, sub Submission, decidedBy string) (Answer, error) {
	return s.SubmitRecorded(ctx, sub, decidedBy, nil)
}

// SubmitRecorded is Submit for a backfill row: when rec is not nil, the
// row's outcome is recorded in the same transaction as its writes (or on
// its own when the video was known already), so that a job killed at any
// moment resumes exactly where its writes stopped. An invalid row is
// recorded as an error and its error returned.
func (s *Service) SubmitRecorded(ctx context.Context, sub Submission, decidedBy string, rec *RowOutcome) (Answer, error) {
	videoID, err := sub.Validate()
	if err != nil {
		if rec != nil {
			rec.Decision, rec.Error = OutcomeError, err.Error()
			if rerr := s.outcomes.RecordOutcomes(ctx, []RowOutcome{*rec}); rerr != nil {
				return Answer{}, rerr
			}
		}
		return Answer{}, err
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

func (s *Service) submitOnce(ctx context.Context, sub Submission, videoID, decidedBy string, rec *RowOutcome, mayConsolidate bool) (Answer, error) {
	if out, ok, err := s.existing(ctx, videoID); ok || err != nil {
		return out, err
	}
	in := sub.TitleInput()
	t, err := s.normalize(ctx, in)
	if err != nil {
		return Answer{}, err
	}
	subject := score.Subject{Title: t, DurationSeconds: sub.DurationSeconds}

	start := time.Now()
	snap, err := s.snapshot(ctx, subject)
	if err != nil {
		return Answer{}, err
	}
	cands, w, err := s.Retrieve(ctx, subject, 0)
	if err != nil {
		return Answer{}, err
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
			return Answer{}, err
		case merged:
			return Answer{}, errRetry
		}
	}

	write, out, artistLearned := s.planWrite(sub, in, videoID, subject, d, cands, w, decidedBy, rec, nil)
	if rec != nil && write.NewSong != nil && snap != nil {
		// A backfill row's new song keeps what its reconciliation below
		// reads, so that a resumed job replays it (see ReconcileWatch).
		lexicon, err := s.lexiconOf(ctx, in)
		if err != nil {
			return Answer{}, err
		}
		write.Watch = &ReconcileWatch{Limits: growthLimits(snap.terms, nil), Lexicon: lexicon, Aliases: t.Aliases}
	}
	start = time.Now()
	written, err := s.submitOne(ctx, write)
	s.observe("write", time.Since(start))
	switch {
	case errors.Is(err, ErrConflict):
		// The same video was written by someone else meanwhile.
		if out, ok, err := s.existing(ctx, videoID); ok || err != nil {
			return out, err
		}
		return Answer{}, errRetry
	case errors.Is(err, ErrNotFound):
		return Answer{}, errRetry // the song to attach to vanished
	case err != nil:
		return Answer{}, fmt.Errorf("writing submission: %w", err)
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
		known := snap
		if write.NewSong == nil {
			known = &decided{subject: subject} // the canonical song changed its words: search
		}
		// The submission is committed: its caller's deadline no longer
		// bounds the reconciliation, which goes on to its end (or its own
		// timeout) even when the caller stops waiting for it.
		done := make(chan struct{})
		go func() {
			defer close(done)
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), reconcileTimeout)
			defer cancel()
			start := time.Now()
			if err := s.reconcile(rctx, written.SongID, known, decidedBy); err != nil {
				// The song stays unreconciled and the sweeper retries it;
				// the submission itself is written and acknowledged.
				s.log.WarnContext(rctx, "reconcile after submit failed", "song_id", written.SongID, "err", err)
			}
			s.observe("reconcile", time.Since(start))
		}()
		select {
		case <-done:
		case <-ctx.Done():
		}
	}
	s.joinAliasesAfter(ctx, []SubmissionWrite{write}, decidedBy)
	return out, nil
}

// reconcileTimeout bounds the reconciliation that follows a committed
// submission.
const reconcileTimeout = 30 * time.Second

// planWrite turns a decision into the writes of one submission, whose
// title input is in (sub.TitleInput()), and the answer it will give;
// artistLearned reports that the canonical song takes a confident artist
// from it. A negative song ID in the decision names a song created earlier
// in the same batch. terms, when not nil, are searchkey.Terms of subject's
// title, read already.
func (s *Service) planWrite(sub Submission, in title.Input, videoID string, subject score.Subject, d score.Decision, cands []score.Candidate, w score.Weigher,
	decidedBy string, rec *RowOutcome, terms []string) (write SubmissionWrite, out Answer, artistLearned bool) {
	t := subject.Title
	video := Video{ID: videoID, Title: sub.Title, Channel: sub.Channel, Artist: sub.Artist,
		DurationSeconds: sub.DurationSeconds, Plays: sub.Plays, Likes: sub.Likes}
	explanation, _ := json.Marshal(d.Explanation)
	write = SubmissionWrite{Video: video, Score: d.Score, Explanation: explanation, DecidedBy: decidedBy}
	out = Answer{VideoID: videoID, Score: d.Score, Explanation: &d.Explanation, VersionOf: d.VersionOf}
	if d.SongID != 0 && d.Kind != score.DecisionDistinct {
		out.MatchedSongID = d.SongID
	}
	switch d.Kind {
	case score.DecisionMerge:
		if d.SongID < 0 {
			write.AttachToBatch = int(-d.SongID)
		} else {
			write.AttachTo = d.SongID
		}
		for _, c := range cands {
			if c.SongID != d.SongID {
				continue
			}
			own := ownTitle(&c)
			if d.SongID > 0 && title.Cleanliness(t) > title.Cleanliness(own) && !lessCertainSwap(t, d) {
				up := s.newSongOf(in, t, sub.DurationSeconds, terms)
				write.Upgrade = &up
				artistLearned = !confidentArtist(own) && confidentArtist(t)
			}
			if !otherName(t, own) {
				continue // the keys are read only for another name
			}
			if key := searchkey.Key(t); hasNewTerms(searchkey.Key(own), key) {
				sp := SongFromTitle(in, t, sub.DurationSeconds)
				sp.SearchKey = key
				write.Spelling = &sp
			}
		}
		out.Decision = OutcomeMerged
	case score.DecisionReview:
		song := s.newSongOf(in, t, sub.DurationSeconds, terms)
		write.NewSong = &song
		write.Reviews = []ReviewDraft{reviewDraft(d, explanation)}
		out.Decision = OutcomeReview
	default:
		song := s.newSongOf(in, t, sub.DurationSeconds, terms)
		write.NewSong = &song
		out.Decision = OutcomeCreated
	}
	if rec != nil {
		r := *rec
		r.VideoID, r.Decision, r.Score = videoID, out.Decision, d.Score
		write.Outcome = &r
	}
	write.Learn = title.LexiconEntries(t)
	write.Aliases = title.LearnAliases(t)
	return write, out, artistLearned
}

// lessCertainSwap reports whether a merge matched the submission to its
// song only with artist and track read the other way round, and the
// submission's artist is no more certain than a title's reading: its parse
// then contradicts the song's, and must not replace it ("bad guy - Billie
// Eilish" read as artist "bad guy" never renames Billie Eilish's song).
func lessCertainSwap(t title.Title, d score.Decision) bool {
	if t.ArtistCertain {
		return false
	}
	return slices.ContainsFunc(d.Explanation.Rules, func(h score.RuleHit) bool { return h.Rule == score.RuleSwapped })
}

// lexiconOf returns the sightings of the name keys of in that the artist
// lexicon knows (nil when none): what normalizeLexicon reads in with.
func (s *Service) lexiconOf(ctx context.Context, in title.Input) (map[string]int, error) {
	keys := title.LexiconKeys(in)
	if len(keys) == 0 {
		return nil, nil
	}
	known, err := s.store.ArtistSightings(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("reading the artist lexicon: %w", err)
	}
	if len(known) == 0 {
		return nil, nil
	}
	return known, nil
}

// normalizeLexicon reads a submitted title with the artist lexicon: the
// names in it that could be its artist are looked up, and a title the
// lexicon knows a name of is read with it (see title.NormalizeWith).
func (s *Service) normalizeLexicon(ctx context.Context, in title.Input) (title.Title, error) {
	known, err := s.lexiconOf(ctx, in)
	if err != nil {
		return title.Title{}, err
	}
	if known == nil {
		return title.Normalize(in), nil
	}
	return title.NormalizeWith(in, title.LexiconMap(known)), nil
}

// normalize reads a submitted title with the artist lexicon
// (normalizeLexicon) and sets the aliases of its names (withAliases).
func (s *Service) normalize(ctx context.Context, in title.Input) (title.Title, error) {
	t, err := s.normalizeLexicon(ctx, in)
	if err != nil {
		return t, err
	}
	return t, s.withAliases(ctx, []*title.Title{&t})
}

func (s *Service) existing(ctx context.Context, videoID string) (Answer, bool, error) {
	songID, err := s.store.VideoSong(ctx, videoID)
	switch {
	case errors.Is(err, ErrNotFound):
		return Answer{}, false, nil
	case err != nil:
		return Answer{}, false, fmt.Errorf("looking up video %s: %w", videoID, err)
	}
	return Answer{SongID: songID, VideoID: videoID, Decision: OutcomeExisting, Score: 1}, true, nil
}

func (s *Service) newSong(in title.Input, t title.Title, duration int) Song {
	return s.newSongOf(in, t, duration, nil)
}

// newSongOf is newSong with terms, when not nil, searchkey.Terms(t), read
// already.
func (s *Service) newSongOf(in title.Input, t title.Title, duration int, terms []string) Song {
	song := SongFromTitle(in, t, duration)
	if terms == nil {
		terms = searchkey.Terms(t)
	}
	song.SearchKey = strings.Join(terms, " ")
	return song
}

// otherName reports whether a and b name their track, or their artists,
// with no word in common, read in Latin letters or not: another script, a
// translation, a romanization ("Kim Kwang Seok - Seoreun Jeueume" merged
// into "Kim Kwangseok - Around Thirty", "Король и Шут - Кукла колдуна"
// into "KiSh - Kukla kolduna"). Only such a spelling extends the song's key
// (see SubmissionWrite.Spelling): one that shares a word of each with the
// song is found through it, and is compared with it as well as with the
// song's own title.
func otherName(a, b title.Title) bool {
	return noWordShared(a, b, func(t title.Title) []string { return t.TrackTokens }) ||
		noWordShared(a, b, func(t title.Title) []string { return t.ArtistTokens })
}

// noWordShared reports whether the tokens of a and b that tokens picks
// share no word, read in Latin letters or not; false when either has none.
func noWordShared(a, b title.Title, tokens func(title.Title) []string) bool {
	words := func(t title.Title) []string {
		var out []string
		for _, tok := range tokens(t) {
			out = append(out, tok)
			out = append(out, strings.Fields(t.Reading(tok))...)
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	for _, w := range wa {
		if slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// hasNewTerms reports whether key has a term that have lacks.
func hasNewTerms(have, key string) bool {
	old := strings.Fields(have)
	for _, t := range strings.Fields(key) {
		if !slices.Contains(old, t) {
			return true
		}
	}
	return false
}

// MaxSpellingTerms bounds the terms a song's key gains from the spellings
// of the uploads merged into it (see SubmissionWrite.Spelling): a popular
// song's key then stops growing once it holds its few other spellings.
const MaxSpellingTerms = 32

// reviewDraft is the one review of a review decision: every candidate a
// curator may approve, with its score, and the decision's explanation,
// which states the reason and scores every candidate.
func reviewDraft(d score.Decision, explanation []byte) ReviewDraft {
	r := ReviewDraft{CandidateSongID: d.ReviewCandidates[0], Reason: string(d.ReviewReason), Explanation: explanation}
	for _, id := range d.ReviewCandidates {
		c := ReviewCandidate{SongID: id}
		for _, cs := range d.Explanation.Candidates {
			if cs.SongID == id {
				c.Score = cs.Score
				break
			}
		}
		r.Candidates = append(r.Candidates, c)
	}
	r.Score = r.Candidates[0].Score
	return r
}

// confidentArtist reports whether a title's artist is known from the
// caller or the title itself, not guessed from the channel.
func confidentArtist(t title.Title) bool {
	return len(t.Artists) > 0 && (t.ArtistSource == title.ArtistFromTitle || t.ArtistSource == title.ArtistFromCaller || t.ArtistSource == title.ArtistFromTopic)
}
