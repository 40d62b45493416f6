package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/songdedup/songdedup/dedup"
)

const reviewColumns = `r.id, r.song_id, r.candidate_song_id, COALESCE(r.video_id, ''), r.score, r.plays, r.reason, r.explanation,
	r.status, COALESCE(r.decided_by, ''), r.decided_at, COALESCE(r.resolution, ''), r.created_at`

// reviewColumnCount is the number of reviewColumns.
const reviewColumnCount = 13

// scanReview reads the reviewColumns of a row, and extra columns after
// them into extra.
func scanReview(row scanner, extra ...any) (dedup.Review, error) {
	var r dedup.Review
	var decided sql.NullTime
	err := row.Scan(append([]any{&r.ID, &r.SongID, &r.CandidateSongID, &r.VideoID, &r.Score, &r.Plays, &r.Reason, &r.Explanation, &r.Status,
		&r.DecidedBy, &decided, &r.Resolution, &r.CreatedAt}, extra...)...)
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

// encodeSortCursor makes the cursor of a listing in order sort: a score
// order's is encodeCursor's, the others name their order first.
func encodeSortCursor(sort dedup.ReviewSort, key float64, id int64) string {
	if sort == dedup.ReviewSortScore {
		return encodeCursor(key, id)
	}
	return base64.RawURLEncoding.EncodeToString([]byte(string(sort) + ":" + strconv.FormatFloat(key, 'g', -1, 64) + ":" + strconv.FormatInt(id, 10)))
}

func decodeSortCursor(sort dedup.ReviewSort, c string) (float64, int64, error) {
	if sort == dedup.ReviewSortScore {
		return decodeCursor(c)
	}
	bad := dedup.InvalidField("cursor", "is not a cursor of a listing by %s", sort)
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return 0, 0, bad
	}
	name, rest, ok := strings.Cut(string(raw), ":")
	if !ok || name != string(sort) {
		return 0, 0, bad
	}
	key, id, err := decodeCursor(base64.RawURLEncoding.EncodeToString([]byte(rest)))
	if err != nil {
		return 0, 0, bad
	}
	return key, id, nil
}

// reviewOrder is a keyset order of the queue: by a column of reviews
// (highest first) then by id (newest first), or by id alone (oldest
// first).
type reviewOrder struct {
	column string // "" for the order by id alone
	// key is the column's value of an item, for its cursor.
	key func(r dedup.Review) float64
	// arg is a cursor's key as the column's SQL argument.
	arg func(key float64) any
	// cmp orders two items as the order's ORDER BY does.
	cmp func(a, b dedup.Review) int
}

var reviewOrders = map[dedup.ReviewSort]reviewOrder{
	dedup.ReviewSortScore: {"score", func(r dedup.Review) float64 { return r.Score }, func(k float64) any { return k },
		func(a, b dedup.Review) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.ID, a.ID)) }},
	dedup.ReviewSortPlays: {"plays", func(r dedup.Review) float64 { return float64(r.Plays) }, func(k float64) any { return int64(k) },
		func(a, b dedup.Review) int { return cmp.Or(cmp.Compare(b.Plays, a.Plays), cmp.Compare(b.ID, a.ID)) }},
	dedup.ReviewSortOldest: {"", func(dedup.Review) float64 { return 0 }, nil,
		func(a, b dedup.Review) int { return cmp.Compare(a.ID, b.ID) }},
}

// orderBy is the ORDER BY of the order over reviews t.
func (o reviewOrder) orderBy(t string) string {
	if o.column == "" {
		return t + ".id"
	}
	return t + "." + o.column + " DESC, " + t + ".id DESC"
}

// after is the condition on reviews t of the items after a cursor's (key,
// id).
func (o reviewOrder) after(t string, key float64, id int64) (string, []any) {
	if o.column == "" {
		return t + ".id > ?", []any{id}
	}
	c := t + "." + o.column
	return "(" + c + " < ? OR (" + c + " = ? AND " + t + ".id < ?))", []any{o.arg(key), o.arg(key), id}
}

// Reviews implements dedup.CurationStore: one page of the queue in the order
// asked for, by keyset (the order's key, id) so pages stay stable while items
// are decided, with the documents of the songs of its reviews. A cursor names its order; another order's is
// refused. It tolerates lag: a read replica may serve it.
func (s *DB) Reviews(ctx context.Context, q dedup.ReviewQuery) (dedup.ReviewPage, error) {
	var page dedup.ReviewPage
	if q.Sort == "" {
		q.Sort = dedup.ReviewSortScore
	}
	query, args, err := reviewPageQuery(q)
	if err != nil {
		return page, err
	}
	// The count runs beside the page and its songs, on a connection of its
	// own: it needs nothing of theirs.
	counted := make(chan error, 1)
	go func() { counted <- s.countReviews(ctx, q, &page.Total) }()
	var cands map[int64][]dedup.ReviewCandidate
	err = s.lagTolerant(ctx, func(db reader) error {
		var err error
		page.Items, cands, err = reviewsWithCandidates(ctx, db, query, args)
		if err != nil {
			return fmt.Errorf("listing reviews: %w", err)
		}
		return nil
	})
	// The statement leaves the order to this: sorting its rows, which
	// carry the explanation text, would write them to a temporary table on
	// disk.
	slices.SortFunc(page.Items, reviewOrders[q.Sort].cmp)
	if err == nil && len(page.Items) > q.Limit {
		page.Items = page.Items[:q.Limit]
		last := page.Items[len(page.Items)-1]
		page.NextCursor = encodeSortCursor(q.Sort, reviewOrders[q.Sort].key(last), last.ID)
	}
	if err == nil {
		err = s.fillReviewSongs(ctx, page.Items, cands, songDocsOf)
	}
	if cerr := <-counted; err == nil {
		err = cerr
	}
	return page, err
}

// countReviews counts the reviews of q's status (and reason) into total. It
// tolerates lag: a read replica may serve it.
func (s *DB) countReviews(ctx context.Context, q dedup.ReviewQuery, total *int) error {
	query, args := reviewCountQuery, []any{q.Status}
	if q.Reason != "" {
		query, args = reviewReasonCountQuery, append(args, q.Reason)
	}
	return s.lagTolerant(ctx, func(db reader) error {
		if err := db.QueryRowContext(ctx, query, args...).Scan(total); err != nil {
			return fmt.Errorf("counting reviews: %w", translate(err))
		}
		return nil
	})
}

// reviewPageQuery reads one page of the queue and the first item of the
// next, in no order (the caller sorts them by the order's cmp). The page's
// IDs come first, from a range of the index of the order ((status, key) or
// (status, reason, key), each ending in the id) read in its order from the
// cursor, and only they are joined to their rows: a walk down an index in
// reverse pushes no condition into it, so a query that read the rows
// directly would read the row, explanation and all, of every review it
// passes over.
func reviewPageQuery(q dedup.ReviewQuery) (string, []any, error) {
	if q.Sort == "" {
		q.Sort = dedup.ReviewSortScore
	}
	order, ok := reviewOrders[q.Sort]
	if !ok {
		return "", nil, dedup.InvalidField("sort", "must be score, plays or oldest, got %q", q.Sort)
	}
	where := "q.status = ?"
	args := []any{q.Status}
	if q.Reason != "" {
		where += " AND q.reason = ?"
		args = append(args, q.Reason)
	}
	if q.Cursor != "" {
		key, id, err := decodeSortCursor(q.Sort, q.Cursor)
		if err != nil {
			return "", nil, err
		}
		cond, more := order.after("q", key, id)
		where += " AND " + cond
		args = append(args, more...)
	}
	from := "reviews q"
	if order.column == "" {
		// The oldest order reads the index of the status (of the status
		// and reason), whose entries end in the id, from the cursor on.
		// Left to choose, the optimizer reads that index from the top of
		// the status (by the status alone) or the rows by their primary
		// key from the cursor on: on a queue where most reviews are
		// decided, either reads far more than a page.
		index := "reviews_status"
		if q.Reason != "" {
			index = "reviews_reason"
		}
		from += " FORCE INDEX (" + index + ")"
	}
	return reviewsOf("SELECT q.id FROM " + from + " WHERE " + where + " ORDER BY " + order.orderBy("q") + " LIMIT ?"),
		append(args, q.Limit+1), nil
}

// reviewCountQuery counts the reviews of a status, from the counts the
// transactions that write reviews keep (see countReview).
const reviewCountQuery = "SELECT CAST(COALESCE(SUM(n), 0) AS SIGNED) FROM review_counts WHERE status = ?"

// reviewReasonCountQuery counts the reviews of a status and a reason.
const reviewReasonCountQuery = "SELECT CAST(COALESCE(SUM(n), 0) AS SIGNED) FROM review_counts WHERE status = ? AND reason = ?"

// Review implements dedup.CurationStore: one review with the documents of
// its song and candidates. It tolerates lag: a read replica may serve it.
func (s *DB) Review(ctx context.Context, id int64) (dedup.Review, error) {
	var items []dedup.Review
	var cands map[int64][]dedup.ReviewCandidate
	err := s.lagTolerant(ctx, func(db reader) error {
		var err error
		items, cands, err = reviewsWithCandidates(ctx, db, reviewSQL, []any{id})
		return err
	})
	if err == nil && len(items) == 0 {
		err = translate(sql.ErrNoRows)
	}
	if err != nil {
		return dedup.Review{}, fmt.Errorf("review %d: %w", id, err)
	}
	if err := s.fillReviewSongs(ctx, items, cands, songDocsOf); err != nil {
		return items[0], err
	}
	return items[0], nil
}

// reviewSQL reads one review with its candidates, as reviewsWithCandidates
// reads them.
var reviewSQL = reviewsOf("SELECT id FROM reviews WHERE id = ?")

// reviewCandidates returns the candidates of a review, best first.
func reviewCandidates(ctx context.Context, q querier, id int64) ([]dedup.ReviewCandidate, error) {
	rows, err := q.QueryContext(ctx, "SELECT candidate_song_id, score FROM review_candidates WHERE review_id = ? ORDER BY score DESC, candidate_song_id", id)
	if err != nil {
		return nil, fmt.Errorf("candidates of review %d: %w", id, translate(err))
	}
	defer rows.Close()
	var out []dedup.ReviewCandidate
	for rows.Next() {
		var c dedup.ReviewCandidate
		if err := rows.Scan(&c.SongID, &c.Score); err != nil {
			return nil, translate(err)
		}
		out = append(out, c)
	}
	return out, translate(rows.Err())
}

// DecideReview implements dedup.CurationStore. The review row is locked, so
// two curators deciding the same item serialize: the second sees the first
// one's decision, which is fine when it is the same and a conflict when it
// is the opposite. An approval merges the song with the chosen candidate (the
// best by default); a rejection keeps it apart from every candidate. Either
// supersedes the pending reviews it settles. The songs are locked before
// the review, as a merge locks them before the reviews it settles (see
// lockCanonicalOf): the review is read first without a lock, for its songs
// (which never change), and checked again once locked.
func (s *DB) DecideReview(ctx context.Context, d dedup.ReviewDecision) (dedup.Review, error) {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		r, err := scanReview(tx.QueryRowContext(ctx, "SELECT "+reviewColumns+" FROM reviews r WHERE r.id = ?", d.ReviewID))
		if err != nil {
			return fmt.Errorf("review %d: %w", d.ReviewID, translate(err))
		}
		cands, err := reviewCandidates(ctx, tx, r.ID)
		if err != nil {
			return err
		}
		if len(cands) == 0 {
			cands = []dedup.ReviewCandidate{{SongID: r.CandidateSongID, Score: r.Score}}
		}
		chosen := cands[0]
		if d.CandidateSongID != 0 {
			k := slices.IndexFunc(cands, func(c dedup.ReviewCandidate) bool { return c.SongID == d.CandidateSongID })
			if k < 0 {
				return dedup.InvalidField("candidate_song_id", "song %d is not a candidate of review %d", d.CandidateSongID, r.ID)
			}
			chosen = cands[k]
		}
		if done, err := decided(r, d, chosen); done || err != nil {
			return err
		}
		songs := []int64{r.SongID, chosen.SongID}
		if d.Status == dedup.ReviewRejected {
			songs = songs[:1]
			for _, c := range cands {
				songs = append(songs, c.SongID)
			}
		}
		canonical, err := lockCanonicalOf(ctx, tx, songs)
		if err != nil {
			return err
		}
		for _, id := range songs {
			if _, ok := canonical[id]; !ok {
				return fmt.Errorf("song %d: %w", id, dedup.ErrNotFound)
			}
		}
		if r, err = scanReview(tx.QueryRowContext(ctx, "SELECT "+reviewColumns+" FROM reviews r WHERE r.id = ? FOR UPDATE", d.ReviewID)); err != nil {
			return fmt.Errorf("review %d: %w", d.ReviewID, translate(err))
		}
		if done, err := decided(r, d, chosen); done || err != nil {
			return err
		}
		now := s.now().UTC()
		// The review is decided before the merge or the keeping apart, so
		// that the supersede that follows them passes it over: its one end
		// in the changes feed is this decision.
		if _, err := tx.ExecContext(ctx, "UPDATE reviews SET status = ?, candidate_song_id = ?, score = ?, decided_by = ?, decided_at = ?, resolution = NULL WHERE id = ?",
			d.Status, chosen.SongID, chosen.Score, d.DecidedBy, now, r.ID); err != nil {
			return translate(err)
		}
		s.moveReview(tx, r.ID, r.Reason, dedup.ReviewPending, d.Status)
		if d.Status == dedup.ReviewRejected {
			apart := 0
			for _, c := range cands {
				if canonical[r.SongID] == canonical[c.SongID] {
					continue
				}
				if err := insertNeverMerge(ctx, tx, r.SongID, c.SongID, d.DecidedBy, "rejected", now); err != nil {
					return err
				}
				apart++
			}
			if apart == 0 {
				return &dedup.StateConflict{ReviewID: r.ID, Message: fmt.Sprintf(
					"song %d is already one song with its candidates; split it instead", r.SongID)}
			}
			if err := s.supersedeReviews(ctx, tx, []int64{r.SongID}, d.DecidedBy, now); err != nil {
				return err
			}
		} else {
			if from, into := canonical[r.SongID], canonical[chosen.SongID]; from != into {
				kept, err := neverMergedTx(ctx, tx, from, []int64{into})
				if err != nil {
					return err
				}
				if kept[into] {
					return &dedup.StateConflict{ReviewID: r.ID, Message: fmt.Sprintf(
						"songs %d and %d were kept apart by an earlier curator decision", from, into)}
				}
				if err := s.learnApproval(ctx, tx, from, into, now); err != nil {
					return err
				}
				// The newer song merges into the older, which stays canonical.
				if from < into {
					from, into = into, from
				}
				if err := s.mergeLocked(ctx, tx, from, into, dedup.SongMerge{From: from, Into: into, Score: chosen.Score,
					Explanation: r.Explanation, DecidedBy: d.DecidedBy}); err != nil {
					return err
				}
			}
		}
		change := dedup.Change{Kind: dedup.ChangeReviewDecided, ReviewID: r.ID, SongID: r.SongID, Status: d.Status, DecidedBy: d.DecidedBy}
		if d.Status == dedup.ReviewApproved {
			change.IntoSongID = chosen.SongID
		}
		s.logChange(tx, change)
		return nil
	})
	if err != nil {
		return dedup.Review{}, err
	}
	return s.Review(dedup.Current(ctx), d.ReviewID) // the answer shows the decision
}

// decided reports whether review r needs no decision d (choosing chosen):
// it was decided so already, or, with an error, it is settled or was
// decided otherwise.
func decided(r dedup.Review, d dedup.ReviewDecision, chosen dedup.ReviewCandidate) (bool, error) {
	switch {
	case r.Status == d.Status && (d.Status != dedup.ReviewApproved || d.CandidateSongID == 0 || r.CandidateSongID == chosen.SongID):
		return true, nil // the same decision again: nothing to do
	case r.Status == dedup.ReviewSuperseded:
		return true, &dedup.StateConflict{ReviewID: r.ID, Message: fmt.Sprintf("review %d is settled: %s", r.ID, r.Resolution)}
	case r.Status != dedup.ReviewPending:
		return true, &dedup.StateConflict{Message: fmt.Sprintf("review %d was already %s by %s", r.ID, r.Status, r.DecidedBy), ReviewID: r.ID}
	}
	return false, nil
}

// learnApproval counts in the artist lexicon the artists of two songs a
// curator made one (an approval or a manual merge), when they agree
// (dedup.ApprovalLexicon).
func (s *DB) learnApproval(ctx context.Context, tx *sql.Tx, a, b int64, now time.Time) error {
	var songs [2]dedup.Song
	for i, id := range []int64{a, b} {
		song, err := songOn(ctx, tx, id)
		if err != nil {
			return err
		}
		songs[i] = song
	}
	return s.countLexicon(ctx, tx, dedup.ApprovalLexicon(songs[0], songs[1]), now)
}

// supersedeReviews settles the pending reviews of the songs of the
// canonical songs of songs (as the review's song or a candidate) that need
// no curator any more: the review's song is now one song with one of its
// candidates, or a curator kept it apart from every candidate. Each becomes
// superseded, with the reason, and logs a review_decided change for it in
// the same transaction, so that the changes feed shows every review's end.
// The reviews are read through the indexes on their songs, not by scanning
// the queue, which would lock every pending review a concurrent merge
// touches, and updated in ID order: two transactions that supersede
// reviews in common (each found by its song in one and by a candidate in
// the other) lock them in one order, and the second waits instead of
// deadlocking.
func (s *DB) supersedeReviews(ctx context.Context, tx *sql.Tx, songs []int64, by string, now time.Time) error {
	in, args := inList(songs)
	canonical, err := queryColumn[int64](ctx, tx, "SELECT DISTINCT COALESCE(merged_into, id) FROM songs WHERE id IN ("+in+")", args...)
	if err != nil || len(canonical) == 0 {
		return err
	}
	in, args = inList(canonical)
	members, err := queryColumn[int64](ctx, tx, "SELECT id FROM songs WHERE id IN ("+in+") UNION SELECT id FROM songs WHERE merged_into IN ("+in+")", append(args, args...)...)
	if err != nil || len(members) == 0 {
		return err
	}
	in, args = inList(members)
	ids, err := queryColumn[int64](ctx, tx, `SELECT id FROM reviews WHERE status = ? AND song_id IN (`+in+`)
		UNION SELECT r.id FROM review_candidates c JOIN reviews r ON r.id = c.review_id
		WHERE r.status = ? AND c.candidate_song_id IN (`+in+`)
		UNION SELECT id FROM reviews WHERE status = ? AND candidate_song_id IN (`+in+`)
		ORDER BY id`,
		slices.Concat([]any{dedup.ReviewPending}, args, []any{dedup.ReviewPending}, args, []any{dedup.ReviewPending}, args)...)
	if err != nil {
		return err
	}
	for _, id := range ids {
		var song, best int64
		var held string // the review's reason
		if err := tx.QueryRowContext(ctx, "SELECT song_id, candidate_song_id, reason FROM reviews WHERE id = ?", id).Scan(&song, &best, &held); err != nil {
			return translate(err)
		}
		cands, err := queryColumn[int64](ctx, tx, "SELECT candidate_song_id FROM review_candidates WHERE review_id = ?", id)
		if err != nil {
			return err
		}
		if len(cands) == 0 {
			cands = []int64{best}
		}
		canon := map[int64]int64{}
		in, args := inList(append([]int64{song}, cands...))
		if err := queryPairs(ctx, tx, canon, "SELECT id, COALESCE(merged_into, id) FROM songs WHERE id IN ("+in+")", args...); err != nil {
			return err
		}
		var reason string
		var with int64 // the candidate now one song with the review's song
		var others []int64
		for _, c := range cands {
			if canon[c] == canon[song] {
				reason = fmt.Sprintf("song %d and candidate song %d are now one song (song %d), by %s", song, c, canon[song], by)
				with = c
				break
			}
			if !slices.Contains(others, canon[c]) {
				others = append(others, canon[c])
			}
		}
		if reason == "" {
			kept, err := neverMergedTx(ctx, tx, canon[song], others)
			if err != nil {
				return err
			}
			if len(kept) < len(others) {
				continue // still a question for a curator
			}
			reason = fmt.Sprintf("song %d was kept apart from every candidate by a curator's decision, by %s", song, by)
		}
		res, err := tx.ExecContext(ctx, `UPDATE reviews SET status = ?, resolution = ?, decided_by = ?, decided_at = ?
			WHERE id = ? AND status = ?`, dedup.ReviewSuperseded, reason, by, now, id, dedup.ReviewPending)
		if err != nil {
			return translate(err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return translate(err)
		} else if n == 1 {
			s.moveReview(tx, id, held, dedup.ReviewPending, dedup.ReviewSuperseded)
			s.logChange(tx, dedup.Change{Kind: dedup.ChangeReviewDecided, ReviewID: id, SongID: song, IntoSongID: with,
				Status: dedup.ReviewSuperseded, DecidedBy: by, Reason: reason})
		}
	}
	return nil
}
