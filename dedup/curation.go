package dedup

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// CurationStore is the storage of reads and curators' decisions. Package
// store implements it on MySQL. Every method translates its failures into
// this package's errors: ErrNotFound, ErrConflict, ErrUnavailable.
type CurationStore interface {
	// Song returns a song's own row (its source and normalized fields), or
	// ErrNotFound.
	Song(ctx context.Context, id int64) (Song, error)
	// SongDetail returns a song with its videos, engagement totals and
	// merge history, or ErrNotFound.
	SongDetail(ctx context.Context, id int64) (Song, error)
	// Video returns a video with the canonical song it belongs to now, or
	// ErrNotFound.
	Video(ctx context.Context, videoID string) (Video, error)
	// AddEngagement adds to a video's plays and likes; ErrNotFound when
	// the video is unknown.
	AddEngagement(ctx context.Context, videoID string, plays, likes int64) (Video, error)
	// Reviews returns one page of the review queue.
	Reviews(ctx context.Context, q ReviewQuery) (ReviewPage, error)
	// Review returns one review item with both songs, or ErrNotFound.
	Review(ctx context.Context, id int64) (Review, error)
	// DecideReview applies a curator's decision: approve merges the pair,
	// reject remembers it as never to merge. The same decision twice is a
	// no-op; the opposite one is a *StateConflict.
	DecideReview(ctx context.Context, d ReviewDecision) (Review, error)
	// Split moves videos off a canonical song into a song of their own and
	// returns that song's ID; a *StateConflict when the song changed
	// meanwhile.
	Split(ctx context.Context, p SplitPlan) (int64, error)
	// Stats returns catalogue counts.
	Stats(ctx context.Context) (Stats, error)
	// ListAliases returns one page of the learned aliases, by ID.
	ListAliases(ctx context.Context, f AliasFilter) (AliasPage, error)
	// ForgetAlias deletes an alias and remembers its pair as never to
	// learn again; ErrNotFound when there is no such alias.
	ForgetAlias(ctx context.Context, id int64, decidedBy string) (LearnedAlias, error)
}

// Song returns a song document: the song, its videos, summed engagement and
// merge history. A song merged away answers with its own document, whose
// MergedInto names its canonical song.
func (s *Service) Song(ctx context.Context, id int64) (Song, error) {
	return s.curation.SongDetail(ctx, id)
}

// Video returns a video with the canonical song it belongs to now.
func (s *Service) Video(ctx context.Context, videoID string) (Video, error) {
	if !IsVideoID(videoID) {
		return Video{}, fmt.Errorf("video %q: %w", videoID, ErrNotFound)
	}
	return s.curation.Video(ctx, videoID)
}

// MaxEngagementIncrement bounds one engagement update.
const MaxEngagementIncrement = 1_000_000_000

// MaxEngagement is the largest count of plays or likes a video reaches and
// a song's sum shows: the largest integer a JSON number carries exactly to
// every client (2^53-1). Counts saturate there.
const MaxEngagement = 1<<53 - 1

// AddEngagement adds plays and likes to a video; its song's totals follow.
func (s *Service) AddEngagement(ctx context.Context, videoID string, plays, likes int64) (Video, error) {
	if !IsVideoID(videoID) {
		return Video{}, fmt.Errorf("video %q: %w", videoID, ErrNotFound)
	}
	for _, f := range []struct {
		name string
		v    int64
	}{{"plays", plays}, {"likes", likes}} {
		if f.v < 0 || f.v > MaxEngagementIncrement {
			return Video{}, InvalidField(f.name, "must be between 0 and %d, got %d", MaxEngagementIncrement, f.v)
		}
	}
	return s.curation.AddEngagement(ctx, videoID, plays, likes)
}

// Review listing limits.
const (
	DefaultReviewLimit = 20
	MaxReviewLimit     = 100
)

// Reviews returns one page of the review queue in the order asked for,
// highest score first by default.
func (s *Service) Reviews(ctx context.Context, q ReviewQuery) (ReviewPage, error) {
	if q.Status == "" {
		q.Status = ReviewPending
	}
	if _, ok := ParseReviewStatus(string(q.Status)); !ok {
		return ReviewPage{}, InvalidField("status", "must be pending, approved, rejected or superseded, got %q", q.Status)
	}
	if q.Sort == "" {
		q.Sort = ReviewSortScore
	}
	if _, ok := ParseReviewSort(string(q.Sort)); !ok {
		return ReviewPage{}, InvalidField("sort", "must be score, plays or oldest, got %q", q.Sort)
	}
	if len(q.Reason) > 64 {
		return ReviewPage{}, InvalidField("reason", "must be a rule name (at most 64 characters)")
	}
	if q.Limit == 0 {
		q.Limit = DefaultReviewLimit
	}
	if q.Limit < 1 || q.Limit > MaxReviewLimit {
		return ReviewPage{}, InvalidField("limit", LimitRule, MaxReviewLimit, strconv.Itoa(q.Limit))
	}
	return s.curation.Reviews(ctx, q)
}

// Review returns one review item.
func (s *Service) Review(ctx context.Context, id int64) (Review, error) {
	return s.curation.Review(ctx, id)
}

// DecideReview records a curator's decision. Approving merges the song with
// the chosen candidate (the best when d.CandidateSongID is 0) through the
// same merge as an automatic one (the newer into the older); rejecting
// remembers the song and every candidate as pairs that nothing automatic
// merges later. Reviews the decision settles are superseded.
func (s *Service) DecideReview(ctx context.Context, d ReviewDecision) (Review, error) {
	if d.Status != ReviewApproved && d.Status != ReviewRejected {
		return Review{}, InvalidField("status", "a decision is approved or rejected, got %q", d.Status)
	}
	if d.Status == ReviewRejected && d.CandidateSongID != 0 {
		return Review{}, InvalidField("candidate_song_id", "a rejection keeps the song apart from every candidate; name a candidate only to approve")
	}
	return s.curation.DecideReview(ctx, d)
}

// ApprovalLexicon lists the names a curator's approval (or manual merge)
// teaches the artist lexicon: the artists of the two songs it makes one,
// when both
// read the same artists from their titles (or their callers): the curator
// saw them side by side and agreed. Songs that read their artists
// differently (one the other way round, one with none) teach nothing, and
// neither does an artist taken from the channel's name: the approval says
// the songs are one, not which reading is right.
func ApprovalLexicon(a, b Song) []title.LexiconEntry {
	for _, s := range []Song{a, b} {
		if len(s.Artists) == 0 {
			return nil
		}
		if src := title.Normalize(s.Source).ArtistSource; src == title.ArtistFromChannel || src == title.ArtistUnknown {
			return nil
		}
	}
	if !slices.Equal(slices.Sorted(slices.Values(a.Artists)), slices.Sorted(slices.Values(b.Artists))) {
		return nil
	}
	return title.ArtistEntries(a.Artists)
}

// MaxSplitVideos bounds one split request.
const MaxSplitVideos = 500

// Split undoes a wrong merge: the videos leave the song for a song of their
// own. When they are exactly the videos of a song that was merged into this
// one, that song comes back under its old ID; otherwise a new song is
// created from the cleanest of their titles. Their engagement follows them,
// the merge log records the undo, and the two songs are never merged
// automatically again.
func (s *Service) Split(ctx context.Context, songID int64, videoIDs []string, decidedBy string) (Song, error) {
	if len(videoIDs) == 0 {
		return Song{}, InvalidField("video_ids", "give at least one video to split off")
	}
	if len(videoIDs) > MaxSplitVideos {
		return Song{}, InvalidField("video_ids", "at most %d videos per split", MaxSplitVideos)
	}
	seen := map[string]bool{}
	for _, v := range videoIDs {
		if !IsVideoID(v) {
			return Song{}, InvalidField("video_ids", "%q is not a video ID", v)
		}
		if seen[v] {
			return Song{}, InvalidField("video_ids", "video %s is listed twice", v)
		}
		seen[v] = true
	}
	// The split is planned on the primary's rows, and answers with them.
	ctx = Current(ctx)
	song, err := s.curation.SongDetail(ctx, songID)
	if err != nil {
		return Song{}, err
	}
	if song.MergedInto != 0 {
		if song, err = s.curation.SongDetail(ctx, song.MergedInto); err != nil {
			return Song{}, err
		}
	}
	var split, kept []Video
	for _, v := range song.Videos {
		if seen[v.ID] {
			split = append(split, v)
		} else {
			kept = append(kept, v)
		}
	}
	if len(split) != len(videoIDs) {
		for _, v := range videoIDs {
			if !slices.ContainsFunc(split, func(x Video) bool { return x.ID == v }) {
				return Song{}, InvalidField("video_ids", "video %s does not belong to song %d", v, song.ID)
			}
		}
	}
	if len(kept) == 0 {
		return Song{}, InvalidField("video_ids", "would take every video of song %d; a song keeps at least one", song.ID)
	}

	plan := SplitPlan{SongID: song.ID, VideoIDs: videoIDs, DecidedBy: decidedBy}
	if from := split[0].SongID; from != song.ID && !slices.ContainsFunc(split, func(v Video) bool { return v.SongID != from }) &&
		!slices.ContainsFunc(kept, func(v Video) bool { return v.SongID == from }) {
		old, err := s.curation.Song(ctx, from)
		if err != nil {
			return Song{}, err
		}
		t, err := s.normalize(ctx, old.Source)
		if err != nil {
			return Song{}, err
		}
		plan.Revive = from
		plan.ReviveKey = searchkey.Key(t)
	} else {
		ns, err := s.cleanest(ctx, split)
		if err != nil {
			return Song{}, err
		}
		plan.NewSong = &ns
	}
	for _, v := range split {
		if v.Title == song.Source.Title && v.Channel == song.Source.Channel {
			// The canonical song took its title from a video that leaves.
			src, err := s.cleanest(ctx, kept)
			if err != nil {
				return Song{}, err
			}
			plan.CanonicalSource = &src
			break
		}
	}
	id, err := s.curation.Split(ctx, plan)
	if err != nil {
		return Song{}, err
	}
	return s.curation.SongDetail(ctx, id)
}

// cleanest returns a new song made from the cleanest of videos' titles,
// each read as a submission of it would be (with the artist lexicon and
// aliases), so that its key is the one a submission or a rekey writes.
func (s *Service) cleanest(ctx context.Context, videos []Video) (Song, error) {
	var best Song
	bestScore := 0
	for i, v := range videos {
		in := title.Input{Title: v.Title, Channel: v.Channel, Artist: v.Artist}
		t, err := s.normalize(ctx, in)
		if err != nil {
			return Song{}, err
		}
		if c := title.Cleanliness(t); i == 0 || c > bestScore {
			best, bestScore = s.newSong(in, t, v.DurationSeconds), c
		}
	}
	return best, nil
}

// Stats returns catalogue counts.
func (s *Service) Stats(ctx context.Context) (Stats, error) {
	return s.curation.Stats(ctx)
}

// IsVideoID reports whether s is a well-formed YouTube video ID (11
// characters of A-Z a-z 0-9 _ -).
func IsVideoID(s string) bool { return isVideoID(s) }
