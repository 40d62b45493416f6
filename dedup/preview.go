package dedup

import (
	"context"

	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Preview is what a submission would become, decided without writing: the
// answer Submit would give (without the IDs of what it would create) and
// the songs it was compared with.
type Preview struct {
	Answer
	// Candidates are the songs the submission was scored against, best
	// first.
	Candidates []PreviewCandidate
}

// PreviewCandidate is one song a preview was scored against.
type PreviewCandidate struct {
	SongID int64
	Score  float64
	// Title is the song's title as its source reads.
	Title title.Title
}

// Preview decides sub as Submit would — the same validation, lexicon,
// retrieval, scoring and rules — and writes nothing: no song, video,
// review, merge or lexicon count. A video submitted before previews as
// OutcomeExisting with its song. On OutcomeMerged the answer's SongID is
// the song the video would join; on OutcomeCreated and OutcomeReview it is
// 0, as no song exists yet. Where Submit would first merge several
// candidates that are one song created twice by a race, a preview shows
// the review the ambiguity is before that merge.
func (s *Service) Preview(ctx context.Context, sub Submission) (Preview, error) {
	videoID, err := sub.Validate()
	if err != nil {
		return Preview{}, err
	}
	if out, ok, err := s.existing(ctx, videoID); ok || err != nil {
		return Preview{Answer: out}, err
	}
	in := sub.TitleInput()
	t, err := s.normalize(ctx, in)
	if err != nil {
		return Preview{}, err
	}
	subject := score.Subject{Title: t, DurationSeconds: sub.DurationSeconds}
	cands, w, err := s.Retrieve(ctx, subject, 0)
	if err != nil {
		return Preview{}, err
	}
	d := score.Decide(subject, cands, w, s.thresholds)
	_, out, _ := s.planWrite(sub, in, videoID, subject, d, cands, w, "preview", nil, nil)
	if out.Decision == OutcomeMerged {
		out.SongID = d.SongID
	}
	p := Preview{Answer: out}
	titles := make(map[int64]title.Title, len(cands))
	for _, c := range cands {
		titles[c.SongID] = c.Title
	}
	for _, c := range d.Explanation.Candidates {
		p.Candidates = append(p.Candidates, PreviewCandidate{SongID: c.SongID, Score: c.Score, Title: titles[c.SongID]})
	}
	return p, nil
}
