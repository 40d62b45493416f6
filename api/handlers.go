package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/title"
)

// Catalog is what the HTTP layer asks of the domain (a *dedup.Service).
type Catalog interface {
	Submit(ctx context.Context, sub dedup.Submission, decidedBy string) (dedup.Answer, error)
	Preview(ctx context.Context, sub dedup.Submission) (dedup.Preview, error)
	SubmitBatch(ctx context.Context, items []dedup.BatchItem, decidedBy string) ([]dedup.BatchResult, error)
	Song(ctx context.Context, id int64) (dedup.Song, error)
	Video(ctx context.Context, videoID string) (dedup.Video, error)
	AddEngagement(ctx context.Context, videoID string, plays, likes int64) (dedup.Video, error)
	Reviews(ctx context.Context, q dedup.ReviewQuery) (dedup.ReviewPage, error)
	Review(ctx context.Context, id int64) (dedup.Review, error)
	DecideReview(ctx context.Context, d dedup.ReviewDecision) (dedup.Review, error)
	Split(ctx context.Context, songID int64, videoIDs []string, decidedBy string) (dedup.Song, error)
	Search(ctx context.Context, q dedup.SearchQuery) (dedup.SearchPage, error)
	Changes(ctx context.Context, q dedup.ChangeQuery) (dedup.ChangePage, error)
	MergeSong(ctx context.Context, from, into int64, reason, decidedBy string) (dedup.Song, error)
	Stats(ctx context.Context) (dedup.Stats, error)
	Aliases(ctx context.Context, f dedup.AliasFilter) (dedup.AliasPage, error)
	ForgetAlias(ctx context.Context, id int64, decidedBy string) (dedup.LearnedAlias, error)
}

// decodeJSON reads a JSON object body into v. Unknown fields are ignored;
// any other problem is a *dedup.FieldError naming the field ("body" for
// the body as a whole), or errBodyTooLarge.
func decodeJSON(r *http.Request, v any) error {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) {
			return errBodyTooLarge
		}
		return dedup.InvalidField("body", "could not be read to its end")
	}
	if err := checkRawText(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return dedup.InvalidField("body", "has data after the JSON object")
	}
	return nil
}

// jsonError turns an error decoding JSON into a *dedup.FieldError naming
// the field ("body" for the document as a whole), or errBodyTooLarge.
func jsonError(err error) error {
	var maxErr *http.MaxBytesError
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &maxErr):
		return errBodyTooLarge
	case errors.Is(err, io.EOF):
		return dedup.InvalidField("body", "is empty; send a JSON object")
	case errors.As(err, &syntaxErr):
		return dedup.InvalidField("body", "is not valid JSON (at byte %d): %v", syntaxErr.Offset, err)
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			return dedup.InvalidField("body", "must be a JSON object")
		}
		return dedup.InvalidField(field, "must be %s, got %s", dedup.JSONKind(typeErr.Type), typeErr.Value)
	default:
		return dedup.InvalidField("body", "is not valid JSON: %v", err)
	}
}

var errBodyTooLarge = errors.New("request body too large")

// checkRawText refuses text that encoding/json would change silently:
// bytes that are not UTF-8 and escaped lone surrogates, both of which it
// replaces with U+FFFD. The error names the top-level field that holds
// them ("body" when it is not in a field's value).
func checkRawText(body []byte) error {
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) == nil {
		for _, name := range slices.Sorted(maps.Keys(fields)) {
			if msg := rawTextProblem(fields[name]); msg != "" {
				return dedup.InvalidField(name, "%s", msg)
			}
		}
	}
	if !utf8.Valid(body) {
		return dedup.InvalidField("body", "is not valid UTF-8")
	}
	return nil
}

// replacements counts the U+FFFD in the strings of a decoded JSON value.
func replacements(v any) int {
	switch v := v.(type) {
	case string:
		return strings.Count(v, "\uFFFD")
	case []any:
		n := 0
		for _, x := range v {
			n += replacements(x)
		}
		return n
	case map[string]any:
		n := 0
		for k, x := range v {
			n += strings.Count(k, "\uFFFD") + replacements(x)
		}
		return n
	}
	return 0
}

// rawTextProblem says what is wrong with the text of one raw JSON value,
// or "".
func rawTextProblem(raw json.RawMessage) string {
	if !utf8.Valid(raw) {
		return "is not valid UTF-8"
	}
	var decoded any
	if err := json.Unmarshal(raw, &decoded); err != nil {
		return ""
	}
	// Every U+FFFD decoded was sent, as itself or escaped; any other
	// replaced a lone surrogate. (An escaped backslash before "ufffd"
	// counts as sent too: that can only miss a surrogate, never refuse
	// good text.)
	sent := bytes.Count(raw, []byte("\uFFFD")) + bytes.Count(bytes.ToLower(raw), []byte(`\ufffd`))
	if replacements(decoded) > sent {
		return "is not valid UTF-8 (it escapes a lone surrogate)"
	}
	return ""
}

// answerError writes err, with the one mapping of api/problem.go, plus
// 413 for an oversized body.
func answerError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	if errors.Is(err, errBodyTooLarge) {
		writeProblem(w, r, http.StatusRequestEntityTooLarge, "request body too large", "the body is larger than the limit of the service")
		return
	}
	writeError(w, r, log, err)
}

func handleSubmit(cat Catalog, log *slog.Logger, m *Metrics) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		dryRun, err := queryBool(r, "dry_run")
		if err != nil {
			m.refused(time.Since(start))
			answerError(w, r, log, err)
			return
		}
		var req submissionRequest
		if err := decodeJSON(r, &req); err != nil {
			m.refused(time.Since(start))
			answerError(w, r, log, err)
			return
		}
		sub, err := req.submission()
		if err != nil {
			m.refused(time.Since(start))
			answerError(w, r, log, err)
			return
		}
		if dryRun {
			p, err := cat.Preview(r.Context(), sub)
			if err != nil {
				answerError(w, r, log, err)
				return
			}
			writeJSON(w, http.StatusOK, newPreviewDoc(p))
			return
		}
		out, err := cat.Submit(r.Context(), sub, "auto")
		if err != nil {
			m.failed(err, time.Since(start))
			answerError(w, r, log, err)
			return
		}
		m.submitted(out.Decision, time.Since(start))
		w.Header().Set("Location", "/v1/songs/"+formatID(out.SongID))
		writeJSON(w, submissionStatus(out), newSubmissionDoc(out))
	}
}

// handleSubmitBatch decides up to maxItems submissions in one request,
// each exactly as it would be alone (an item sees the songs the items
// before it created), and writes them through the group commit of
// dedup.Service.SubmitBatch. Each item is answered in order with its own
// status: a bad item is a 400 of its own, never the batch's.
func handleSubmitBatch(cat Catalog, log *slog.Logger, m *Metrics, maxItems int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req batchRequest
		if err := decodeJSON(r, &req); err != nil {
			answerError(w, r, log, err)
			return
		}
		switch {
		case req.Submissions == nil:
			answerError(w, r, log, dedup.InvalidField("submissions", "is required: a list of submissions"))
			return
		case len(req.Submissions) == 0:
			answerError(w, r, log, dedup.InvalidField("submissions", "is empty; send from 1 to %d submissions", maxItems))
			return
		case len(req.Submissions) > maxItems:
			answerError(w, r, log, dedup.InvalidField("submissions", "has %d submissions; at most %d per request", len(req.Submissions), maxItems))
			return
		}
		doc := batchDoc{Results: make([]batchResultDoc, len(req.Submissions))}
		var items []dedup.BatchItem
		var index []int // item -> position in the request
		for i, raw := range req.Submissions {
			doc.Results[i].Index = i
			var sr submissionRequest
			var sub dedup.Submission
			err := json.Unmarshal(raw, &sr)
			switch {
			case err != nil:
				err = jsonError(err)
			case string(raw) == "null":
				err = dedup.InvalidField("body", "must be a JSON object")
			default:
				if sub, err = sr.submission(); err == nil {
					items = append(items, dedup.BatchItem{Sub: sub})
					index = append(index, i)
					continue
				}
			}
			doc.Results[i].itemError(r, log, err)
			m.batched(failureLabel(err))
		}
		if len(items) > 0 {
			results, err := cat.SubmitBatch(r.Context(), items, "auto")
			if err != nil {
				answerError(w, r, log, err)
				return
			}
			for k, res := range results {
				d := &doc.Results[index[k]]
				if res.Err != nil {
					d.itemError(r, log, res.Err)
					m.batched(failureLabel(res.Err))
					continue
				}
				d.Status = submissionStatus(res.Answer)
				s := newSubmissionDoc(res.Answer)
				d.Submission = &s
				m.batched(string(res.Answer.Decision))
			}
		}
		m.observeBatch(len(req.Submissions))
		writeJSON(w, http.StatusOK, doc)
	}
}

// submissionStatus is the HTTP status of a submission's answer: 201 when it
// created a song, else 200.
func submissionStatus(out dedup.Answer) int {
	if out.Decision == dedup.OutcomeCreated || out.Decision == dedup.OutcomeReview {
		return http.StatusCreated
	}
	return http.StatusOK
}

// queryBool reads an optional boolean query parameter ("true" or "false";
// absent is false).
func queryBool(r *http.Request, name string) (bool, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, dedup.InvalidField(name, "must be true or false, got %q", v)
	}
	return b, nil
}

func handleGetSong(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := parseID(chi.URLParam(r, "id"))
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no song "+chi.URLParam(r, "id"))
			return
		}
		song, err := cat.Song(r.Context(), id)
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		if song.MergedInto != 0 {
			// A redirect-like pointer: the document of the song merged
			// away, naming its canonical song, which Location points at.
			w.Header().Set("Location", "/v1/songs/"+formatID(song.MergedInto))
		}
		writeDocument(w, newSongDoc(song), appendSongDoc)
	}
}

func handleGetVideo(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := cat.Video(r.Context(), chi.URLParam(r, "video_id"))
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		writeDocument(w, newVideoDoc(v), appendVideoDoc)
	}
}

func handleEngagement(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req engagementRequest
		if err := decodeJSON(r, &req); err != nil {
			answerError(w, r, log, err)
			return
		}
		if req.Plays == nil && req.Likes == nil {
			const msg = "is missing: send plays, likes or both"
			writeProblemDoc(w, r, problem{
				Status: http.StatusBadRequest, Title: "invalid request", Detail: "plays and likes are both missing; send plays, likes or both",
				Errors: []fieldProblem{{Field: "plays", Message: msg}, {Field: "likes", Message: msg}},
			})
			return
		}
		v, err := cat.AddEngagement(r.Context(), chi.URLParam(r, "video_id"), deref(req.Plays), deref(req.Likes))
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		writeJSON(w, http.StatusOK, newVideoDoc(v))
	}
}

// deref is *p, or 0 for nil.
func deref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

func handleListReviews(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := dedup.ReviewQuery{Status: dedup.ReviewStatus(r.URL.Query().Get("status")), Cursor: r.URL.Query().Get("cursor"),
			Sort: dedup.ReviewSort(r.URL.Query().Get("sort")), Reason: r.URL.Query().Get("reason")}
		if !knownParams(w, r, log, "status", "sort", "reason", "limit", "cursor") {
			return
		}
		var ok bool
		if q.Limit, ok = queryLimit(w, r, log, dedup.MaxReviewLimit); !ok {
			return
		}
		page, err := cat.Reviews(r.Context(), q)
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		writeReviewPage(w, page)
	}
}

func handleGetReview(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := parseID(chi.URLParam(r, "id"))
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no review "+chi.URLParam(r, "id"))
			return
		}
		rev, err := cat.Review(r.Context(), id)
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		writeReview(w, rev)
	}
}

func handleDecide(cat Catalog, log *slog.Logger, status dedup.ReviewStatus) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := parseID(chi.URLParam(r, "id"))
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no review "+chi.URLParam(r, "id"))
			return
		}
		d := dedup.ReviewDecision{ReviewID: id, Status: status, DecidedBy: "curator:" + principalFrom(r.Context()).Name}
		if c := r.URL.Query().Get("candidate_song_id"); c != "" {
			if d.CandidateSongID, ok = parseID(c); !ok {
				answerError(w, r, log, dedup.InvalidField("candidate_song_id", "must be a song ID, got %q", c))
				return
			}
		}
		rev, err := cat.DecideReview(r.Context(), d)
		if errors.Is(err, dedup.ErrConflict) {
			// Every conflict answers with the current state, whether a
			// decision or a race with a merge caused it.
			p := problem{Status: http.StatusConflict, Title: "conflict", Detail: err.Error()}
			if cur, err := cat.Review(r.Context(), id); err == nil {
				p.Current = newReviewDoc(cur)
			}
			writeProblemDoc(w, r, p)
			return
		}
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		writeReview(w, rev)
	}
}

func handleSplit(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := parseID(chi.URLParam(r, "id"))
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no song "+chi.URLParam(r, "id"))
			return
		}
		var req splitRequest
		if err := decodeJSON(r, &req); err != nil {
			answerError(w, r, log, err)
			return
		}
		song, err := cat.Split(r.Context(), id, req.VideoIDs, "curator:"+principalFrom(r.Context()).Name)
		if errors.Is(err, dedup.ErrConflict) {
			p := problem{Status: http.StatusConflict, Title: "conflict", Detail: err.Error()}
			if cur, err := cat.Song(r.Context(), id); err == nil {
				p.Current = newSongDoc(cur)
			}
			writeProblemDoc(w, r, p)
			return
		}
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		w.Header().Set("Location", "/v1/songs/"+formatID(song.ID))
		writeJSON(w, http.StatusCreated, newSongDoc(song))
	}
}

func handleStats(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := cat.Stats(r.Context())
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		by := st.PendingByReason
		if by == nil {
			by = map[string]int64{}
		}
		writeJSON(w, http.StatusOK, statsDoc{Songs: st.Songs, PendingReviews: st.PendingReviews, PendingByReason: by})
	}
}

// whoami tells the curator page which role its key has.
func handleWhoami() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := principalFrom(r.Context())
		writeJSON(w, http.StatusOK, map[string]string{"name": p.Name, "role": p.Role.String()})
	}
}

// handleMerge merges a song into another because a curator says they are
// one, through the same merge as an approval.
func handleMerge(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := parseID(chi.URLParam(r, "id"))
		if !ok {
			writeProblem(w, r, http.StatusNotFound, "not found", "no song "+chi.URLParam(r, "id"))
			return
		}
		var req mergeRequest
		if err := decodeJSON(r, &req); err != nil {
			answerError(w, r, log, err)
			return
		}
		into, ok := parseID(req.Into)
		if !ok {
			answerError(w, r, log, dedup.InvalidField("into", "must be the ID of a song, got %q", req.Into))
			return
		}
		song, err := cat.MergeSong(r.Context(), id, into, req.Reason, "curator:"+principalFrom(r.Context()).Name)
		var kept *dedup.KeptApartError
		if errors.As(err, &kept) {
			d := kept.Decision
			writeProblemDoc(w, r, problem{Status: http.StatusConflict, Title: "conflict", Detail: err.Error(),
				Current: keptApartDoc{SongA: formatID(d.SongA), SongB: formatID(d.SongB), DecidedBy: d.DecidedBy, Reason: d.Reason, CreatedAt: d.CreatedAt}})
			return
		}
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		w.Header().Set("Location", "/v1/songs/"+formatID(song.ID))
		writeJSON(w, http.StatusOK, newSongDoc(song))
	}
}

// handleSearch lists the canonical songs a query may name, best match
// first, a page at a time.
func handleSearch(cat Catalog, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := dedup.SearchQuery{Q: r.URL.Query().Get("q"), Cursor: r.URL.Query().Get("cursor")}
		if !knownParams(w, r, log, "q", "limit", "cursor") {
			return
		}
		var ok bool
		if q.Limit, ok = queryLimit(w, r, log, dedup.MaxSearchLimit); !ok {
			return
		}
		page, err := cat.Search(r.Context(), q)
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		doc := searchPageDoc{Items: []searchHitDoc{}, NextCursor: page.NextCursor}
		for _, h := range page.Hits {
			doc.Items = append(doc.Items, searchHitDoc{
				ID: formatID(h.SongID), Score: h.Score, Title: h.Title.Raw, Artist: title.ArtistString(h.Title.Artists),
				Track: h.Title.Track, Version: orEmpty(h.Title.Versions),
			})
		}
		writeJSON(w, http.StatusOK, doc)
	}
}

// handleChanges serves the changes feed, a page at a time, long-polling
// when asked to: the request waits (outside the request deadline, which
// bounds each read of the feed instead) until a change comes or the wait
// ends.
func handleChanges(cat Catalog, log *slog.Logger, readTimeout time.Duration, stopping context.Context) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		qv := r.URL.Query()
		q := dedup.ChangeQuery{After: qv.Get("after"), ReadTimeout: readTimeout}
		if stopping != nil {
			q.Stop = stopping.Done()
		}
		if !knownParams(w, r, log, "after", "limit", "wait") {
			return
		}
		var ok bool
		if q.Limit, ok = queryLimit(w, r, log, dedup.MaxChangeLimit); !ok {
			return
		}
		if v := qv.Get("wait"); v != "" {
			d, err := parseWait(v)
			if err != nil {
				answerError(w, r, log, dedup.InvalidField("wait", "must be a duration such as 30s (at most %s), got %q", dedup.MaxChangeWait, v))
				return
			}
			q.Wait = d
		}
		if q.Wait > 0 {
			// The answer may come after the server's write timeout: this
			// request's deadline covers the wait.
			http.NewResponseController(w).SetWriteDeadline(time.Now().Add(q.Wait + readTimeout + 5*time.Second))
		}
		page, err := cat.Changes(r.Context(), q)
		var gone *dedup.CursorExpiredError
		if errors.As(err, &gone) {
			writeProblemDoc(w, r, problem{Status: http.StatusGone, Title: "cursor expired", Detail: err.Error(),
				OldestCursor: dedup.FormatCursor(gone.Oldest)})
			return
		}
		if err != nil {
			answerError(w, r, log, err)
			return
		}
		doc := changePageDoc{Changes: []changeDoc{}, NextCursor: page.Next}
		for _, c := range page.Changes {
			doc.Changes = append(doc.Changes, newChangeDoc(c))
		}
		writeJSON(w, http.StatusOK, doc)
	}
}

// parseWait reads a long poll's wait: a Go duration ("30s", "500ms") or
// whole seconds ("30").
func parseWait(v string) (time.Duration, error) {
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(n) * time.Second, nil
	}
	return time.ParseDuration(v)
}

// knownParams answers 400 naming the first query parameter of r that is
// not one of names, the parameters of the route, and reports whether there
// was none: a parameter the route does not take ("since" for "after")
// would otherwise be ignored, and the client answered what it did not ask.
func knownParams(w http.ResponseWriter, r *http.Request, log *slog.Logger, names ...string) bool {
	q := r.URL.Query()
	unknown := make([]string, 0, len(q))
	for k := range q {
		if !slices.Contains(names, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return true
	}
	slices.Sort(unknown)
	answerError(w, r, log, dedup.InvalidField(unknown[0], "is no parameter of %s, which takes %s", r.URL.Path, strings.Join(names, ", ")))
	return false
}

// queryLimit reads the limit query parameter of a list route, a number
// from 1 to max (0 when absent, for the route's default), and answers 400
// in the same words on every route when it is anything else.
func queryLimit(w http.ResponseWriter, r *http.Request, log *slog.Logger, max int) (int, bool) {
	l := r.URL.Query().Get("limit")
	if l == "" {
		return 0, true
	}
	n, err := strconv.Atoi(l)
	if err != nil || n < 1 || n > max {
		answerError(w, r, log, dedup.InvalidField("limit", dedup.LimitRule, max, l))
		return 0, false
	}
	return n, true
}
