package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/songdedup/songdedup/dedup"
)

const reviewColumns = `r.id, r.song_id, r.candidate_song_id, COALESCE(r.video_id, ''), r.score, r.explanation,
	r.status, COALESCE(r.decided_by, ''), r.decided_at, r.created_at`

func scanReview(row scanner) (dedup.Review, error) {
	var r dedup.Review
	var expl string
	var decided sql.NullTime
	err := row.Scan(&r.ID, &r.SongID, &r.CandidateSongID, &r.VideoID, &r.Score, &expl, &r.Status,
		&r.DecidedBy, &decided, &r.CreatedAt)
	r.Explanation = []byte(expl)
	if decided.Valid {
		t := decided.Time
		r.DecidedAt = &t
	}
	return r, err
}

// encodeCursor makes the opaque keyset cursor of a review listing: the
// (score, id) of the last item of a page.
func encodeCursor(score float64, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatFloat(score, 'g', -1, 64) + ":" + strconv.FormatInt(id, 10)))
}

func decodeCursor(c string) (float64, int64, error) {
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, 0, dedup.InvalidField("cursor", "is not a cursor this service issued")
	}
	a, b, ok := strings.Cut(string(raw), ":")
	score, err1 := strconv.ParseFloat(a, 64)
	id, err2 := strconv.ParseInt(b, 10, 64)
	if !ok || err1 != nil || err2 != nil || math.IsNaN(score) || math.IsInf(score, 0) || id < 0 {
		return 0, 0, dedup.InvalidField("cursor", "is not a cursor this service issued")
	}
	return score, id, nil
}

// Reviews implements dedup.CurationStore: one page of the queue, highest score
// first, by keyset (score, id) so pages stay stable while items are decided.
// It tolerates lag: a read replica may serve it.
func (s *DB) Reviews(ctx context.Context, q dedup.ReviewQuery) (dedup.ReviewPage, error) {
	var page dedup.ReviewPage
	where := "r.status = ?"
	args := []any{q.Status}
	if q.Cursor != "" {
		score, id, err := decodeCursor(q.Cursor)
		if err != nil {
			return page, err
		}
		where += " AND (r.score < ? OR (r.score = ? AND r.id < ?))"
		args = append(args, score, score, id)
	}
	err := s.lagTolerant(ctx, func(db reader) error {
		page.Items = page.Items[:0]
		rows, err := db.QueryContext(ctx, "SELECT "+reviewColumns+" FROM reviews r WHERE "+where+
			" ORDER BY r.score DESC, r.id DESC LIMIT ?", append(args, q.Limit+1)...)
		if err != nil {
			return fmt.Errorf("listing reviews: %w", translate(err))
		}
		for rows.Next() {
			r, err := scanReview(rows)
			if err != nil {
				rows.Close()
				return translate(err)
			}
			page.Items = append(page.Items, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return translate(err)
		}
		if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM reviews WHERE status = ?", q.Status).Scan(&page.Total); err != nil {
			return fmt.Errorf("counting reviews: %w", translate(err))
		}
		return nil
	})
	if err != nil {
		return page, err
	}
	if len(page.Items) > q.Limit {
		page.Items = page.Items[:q.Limit]
		last := page.Items[len(page.Items)-1]
		page.NextCursor = encodeCursor(last.Score, last.ID)
	}
	return page, s.fillReviewSongs(ctx, page.Items)
}

// Review implements dedup.CurationStore: one review with both songs. It
// tolerates lag: a read replica may serve it.
func (s *DB) Review(ctx context.Context, id int64) (dedup.Review, error) {
	var r dedup.Review
	err := s.lagTolerant(ctx, func(db reader) error {
		var err error
		r, err = scanReview(db.QueryRowContext(ctx, "SELECT "+reviewColumns+" FROM reviews r WHERE r.id = ?", id))
		return translate(err)
	})
	if err != nil {
		return r, fmt.Errorf("review %d: %w", id, translate(err))
	}
	items := []dedup.Review{r}
	if err := s.fillReviewSongs(ctx, items); err != nil {
		return r, err
	}
	return items[0], nil
}

func (s *DB) fillReviewSongs(ctx context.Context, items []dedup.Review) error {
	for i := range items {
		song, err := s.SongDetail(ctx, items[i].SongID)
		if err != nil {
			return err
		}
		cand, err := s.SongDetail(ctx, items[i].CandidateSongID)
		if err != nil {
			return err
		}
		items[i].Song, items[i].Candidate = &song, &cand
	}
	return nil
}

// DecideReview implements dedup.CurationStore. The review row is locked first, so
// two curators deciding the same item serialize: the second sees the first
// one's decision, which is fine when it is the same and a conflict when it
// is the opposite.
func (s *DB) DecideReview(ctx context.Context, d dedup.ReviewDecision) (dedup.Review, error) {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		r, err := scanReview(tx.QueryRowContext(ctx, "SELECT "+reviewColumns+" FROM reviews r WHERE r.id = ? FOR UPDATE", d.ReviewID))
		if err != nil {
			return fmt.Errorf("review %d: %w", d.ReviewID, translate(err))
		}
		switch {
		case r.Status == d.Status:
			return nil // the same decision again: nothing to do
		case r.Status != dedup.ReviewPending:
			return &dedup.StateConflict{Message: fmt.Sprintf("review %d was already %s by %s", r.ID, r.Status, r.DecidedBy), ReviewID: r.ID}
		}
		from, into, err := lockCanonicalPair(ctx, tx, r.SongID, r.CandidateSongID)
		if err != nil {
			return err
		}
		now := s.now().UTC()
		if d.Status == dedup.ReviewRejected {
			if from == into {
				return &dedup.StateConflict{ReviewID: r.ID, Message: fmt.Sprintf(
					"songs %d and %d are already one song (%d); split it instead", r.SongID, r.CandidateSongID, into)}
			}
			if err := insertNeverMerge(ctx, tx, r.SongID, r.CandidateSongID, d.DecidedBy, "rejected", now); err != nil {
				return err
			}
		} else if from != into {
			kept, err := neverMergedTx(ctx, tx, from, []int64{into})
			if err != nil {
				return err
			}
			if kept[into] {
				return &dedup.StateConflict{ReviewID: r.ID, Message: fmt.Sprintf(
					"songs %d and %d were kept apart by an earlier curator decision", from, into)}
			}
			// The newer song merges into the older, which stays canonical.
			if from < into {
				from, into = into, from
			}
			if err := s.mergeLocked(ctx, tx, from, into, dedup.SongMerge{From: from, Into: into, Score: r.Score,
				Explanation: r.Explanation, DecidedBy: d.DecidedBy}); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, "UPDATE reviews SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?",
			d.Status, d.DecidedBy, now, r.ID)
		return translate(err)
	})
	if err != nil {
		return dedup.Review{}, err
	}
	return s.Review(dedup.Current(ctx), d.ReviewID) // the answer shows the decision
}
