package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// The JSON documents of the API. IDs are opaque strings.

func formatID(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// parseID reads an ID from a path; anything that is not one of ours,
// written as formatID writes it (no sign, no leading zero), is simply not
// found.
func parseID(s string) (int64, bool) {
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0 && strconv.FormatInt(id, 10) == s
}

type videoDoc struct {
	VideoID         string    `json:"video_id"`
	SongID          string    `json:"song_id"`
	Title           string    `json:"title"`
	Channel         string    `json:"channel"`
	Artist          string    `json:"artist,omitempty"`
	DurationSeconds int       `json:"duration_seconds,omitempty"`
	Plays           int64     `json:"plays"`
	Likes           int64     `json:"likes"`
	URL             string    `json:"url"`
	Thumbnail       string    `json:"thumbnail"`
	CreatedAt       time.Time `json:"created_at"`
}

func newVideoDoc(v dedup.Video) videoDoc {
	return videoDoc{
		VideoID: v.ID, SongID: formatID(v.CanonicalID), Title: v.Title, Channel: v.Channel, Artist: v.Artist,
		DurationSeconds: v.DurationSeconds, Plays: v.Plays, Likes: v.Likes, CreatedAt: v.CreatedAt,
		URL:       "https://www.youtube.com/watch?v=" + v.ID,
		Thumbnail: "https://i.ytimg.com/vi/" + v.ID + "/mqdefault.jpg",
	}
}

type mergeDoc struct {
	ID          string          `json:"id"`
	Kind        dedup.MergeKind `json:"kind"`
	SongID      string          `json:"song_id"`
	IntoSongID  string          `json:"into_song_id"`
	VideoID     string          `json:"video_id,omitempty"`
	Score       float64         `json:"score"`
	DecidedBy   string          `json:"decided_by"`
	CreatedAt   time.Time       `json:"created_at"`
	UndoneAt    *time.Time      `json:"undone_at,omitempty"`
	UndoneBy    string          `json:"undone_by,omitempty"`
	Reason      string          `json:"reason,omitempty"`
	Explanation json.RawMessage `json:"explanation,omitempty"`
}

// songSummaryDoc is a song as a page of the review queue shows it: its
// document without the videos and the merge history, which GET
// /v1/reviews/{id} and GET /v1/songs/{id} list.
type songSummaryDoc struct {
	ID              string          `json:"id"`
	Title           string          `json:"title"`
	Artist          string          `json:"artist"`
	Artists         []string        `json:"artists"`
	Track           string          `json:"track"`
	Featured        []string        `json:"featured"`
	Version         []title.Version `json:"version"`
	VersionInfo     []string        `json:"version_info"`
	DurationSeconds int             `json:"duration_seconds,omitempty"`
	Channel         string          `json:"channel"`
	VideoCount      int             `json:"video_count"`
	Plays           int64           `json:"plays"`
	Likes           int64           `json:"likes"`
	MergedInto      string          `json:"merged_into,omitempty"`
	CreatedAt       time.Time       `json:"created_at"`
	UpdatedAt       time.Time       `json:"updated_at"`
}

type songDoc struct {
	songSummaryDoc
	Videos       []videoDoc `json:"videos"`
	MergeHistory []mergeDoc `json:"merge_history"`
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func newSongSummaryDoc(s dedup.Song) songSummaryDoc {
	return songSummaryDoc{
		ID: formatID(s.ID), Title: s.Source.Title, Artist: title.ArtistString(s.Artists),
		Artists: orEmpty(s.Artists), Track: s.Track, Featured: orEmpty(s.Featured),
		Version: orEmpty(s.Versions), VersionInfo: orEmpty(s.VersionInfo), DurationSeconds: s.DurationSeconds,
		Channel: s.Source.Channel, VideoCount: s.VideoCount, Plays: s.Plays, Likes: s.Likes, MergedInto: formatID(s.MergedInto),
		CreatedAt: s.CreatedAt, UpdatedAt: s.UpdatedAt,
	}
}

func newSongDoc(s dedup.Song) songDoc {
	d := songDoc{songSummaryDoc: newSongSummaryDoc(s), Videos: make([]videoDoc, 0, len(s.Videos)),
		MergeHistory: make([]mergeDoc, 0, len(s.History))}
	for _, v := range s.Videos {
		d.Videos = append(d.Videos, newVideoDoc(v))
	}
	for _, e := range s.History {
		d.MergeHistory = append(d.MergeHistory, mergeDoc{
			ID: formatID(e.ID), Kind: e.Kind, SongID: formatID(e.SongID), IntoSongID: formatID(e.IntoSongID),
			VideoID: e.VideoID, Score: e.Score, DecidedBy: e.DecidedBy, CreatedAt: e.CreatedAt,
			UndoneAt: e.UndoneAt, UndoneBy: e.UndoneBy, Reason: e.Reason, Explanation: rawJSON(e.Explanation),
		})
	}
	return d
}

// rawJSON is stored JSON as it is: writeJSON checks it while it encodes.
func rawJSON(b []byte) json.RawMessage {
	if len(b) == 0 {
		return nil
	}
	return json.RawMessage(b)
}

// statsDoc is /v1/stats. Pending reviews queued before reasons were kept
// count under "".
type statsDoc struct {
	Songs           int64            `json:"songs"`
	PendingReviews  int64            `json:"pending_reviews"`
	PendingByReason map[string]int64 `json:"pending_by_reason"`
}

// reviewDoc is a review with its songs as S (songDoc).
type reviewDoc[S any] struct {
	reviewHead
	Song       *S                      `json:"song"`
	Candidate  *S                      `json:"candidate"`
	Candidates []reviewCandidateDoc[S] `json:"candidates"`
	reviewTail
}

// reviewHead is what a review document writes before its songs.
type reviewHead struct {
	ID      string             `json:"id"`
	Status  dedup.ReviewStatus `json:"status"`
	Score   float64            `json:"score"`
	Plays   int64              `json:"plays"`
	Reason  string             `json:"reason,omitempty"`
	VideoID string             `json:"video_id,omitempty"`
}

// reviewTail is what a review document writes after its songs.
type reviewTail struct {
	Explanation json.RawMessage `json:"explanation"`
	CreatedAt   time.Time       `json:"created_at"`
	DecidedBy   string          `json:"decided_by,omitempty"`
	DecidedAt   *time.Time      `json:"decided_at,omitempty"`
	Resolution  string          `json:"resolution,omitempty"`
}

type reviewCandidateDoc[S any] struct {
	SongID string  `json:"song_id"`
	Score  float64 `json:"score"`
	Song   *S      `json:"song,omitempty"`
}

// newReviewDoc is the document of one review: its songs' documents.
func newReviewDoc(r dedup.Review) reviewDoc[songDoc] {
	return newReviewDocOf(r, func(s *dedup.Song) *songDoc {
		d := newSongDoc(*s)
		return &d
	})
}

// newReviewDocOf writes review r with each of its songs as song writes it.
func newReviewDocOf[S any](r dedup.Review, song func(*dedup.Song) *S) reviewDoc[S] {
	d := reviewDoc[S]{
		reviewHead: reviewHead{ID: formatID(r.ID), Status: r.Status, Score: r.Score, Plays: r.Plays, Reason: r.Reason, VideoID: r.VideoID},
		reviewTail: reviewTail{Explanation: rawJSON(r.Explanation), CreatedAt: r.CreatedAt, DecidedBy: r.DecidedBy, DecidedAt: r.DecidedAt,
			Resolution: r.Resolution},
		Candidates: []reviewCandidateDoc[S]{},
	}
	of := func(s *dedup.Song) *S {
		if s == nil {
			return nil
		}
		return song(s)
	}
	for _, c := range r.Candidates {
		d.Candidates = append(d.Candidates, reviewCandidateDoc[S]{SongID: formatID(c.SongID), Score: c.Score, Song: of(c.Song)})
	}
	if d.Explanation == nil {
		d.Explanation = json.RawMessage("{}")
	}
	d.Song, d.Candidate = of(r.Song), of(r.Candidate)
	return d
}

// reviewPageTail is what a page of the queue writes after its reviews.
type reviewPageTail struct {
	NextCursor string `json:"next_cursor,omitempty"`
	Total      int    `json:"total"`
}

// writeReviewPage writes a page of the queue as writeJSON writes its
// reviewPageDoc, with a song's document encoded once however often the
// page lists it by one dedup.Song (a review's best candidate is its
// candidate and one of its candidates; the store gives a page one
// dedup.Song per song). The page is appended field by field as the song
// and video documents are (see docjson.go), each part written by
// encoding/json when its appender gives up, and a song listed again is
// copied from where the page wrote it first.
func writeReviewPage(w http.ResponseWriter, page dedup.ReviewPage) {
	writeReviews(w, func(rw *reviewWriter) {
		rw.b = append(rw.b, `{"items":[`...)
		for i, r := range page.Items {
			if i > 0 {
				rw.b = append(rw.b, ',')
			}
			rw.review(r)
		}
		rw.b = append(rw.b, ']', ',')
		appendOrMarshal(rw, reviewPageTail{NextCursor: page.NextCursor, Total: page.Total}, false, appendReviewPageTail)
		rw.b = append(rw.b, '}')
	}, func() any { return newReviewPageDoc(page) })
}

// reviewPageDoc is a page of the queue with a document per listing of a
// song, as writeReviewPage writes it.
type reviewPageDoc struct {
	Items      []reviewDoc[songDoc] `json:"items"`
	NextCursor string               `json:"next_cursor,omitempty"`
	Total      int                  `json:"total"`
}

func newReviewPageDoc(page dedup.ReviewPage) reviewPageDoc {
	d := reviewPageDoc{Items: []reviewDoc[songDoc]{}, NextCursor: page.NextCursor, Total: page.Total}
	for _, r := range page.Items {
		d.Items = append(d.Items, newReviewDoc(r))
	}
	return d
}

// writeReview writes review r as writeJSON writes newReviewDoc(r), as
// writeReviewPage writes a review of a page.
func writeReview(w http.ResponseWriter, r dedup.Review) {
	writeReviews(w, func(rw *reviewWriter) { rw.review(r) }, func() any { return newReviewDoc(r) })
}

// writeReviews writes the document write appends, in a buffer of
// pageBuffers, with its Content-Length. When encoding/json refuses a
// value of it too (a score that is no number, a time it cannot write),
// doc, the same document, is written by writeJSON, which writes what it
// writes of such a document (nothing): never a document cut short.
func writeReviews(w http.ResponseWriter, write func(*reviewWriter), doc func() any) {
	buf := pageBuffers.Get()
	defer pageBuffers.Put(buf)
	rw := reviewWriter{b: (*buf)[:0], written: map[*dedup.Song]span{}}
	write(&rw)
	if rw.refused {
		writeJSON(w, http.StatusOK, doc())
		return
	}
	b := append(rw.b, '\n')
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	w.Write(b)
	if cap(b) <= maxPooledPage {
		*buf = b
	}
}

// reviewWriter appends reviews to b as encoding/json writes a
// reviewDoc[songDoc], each song's document once: a song written again is
// copied from where b holds it (written).
type reviewWriter struct {
	b       []byte
	written map[*dedup.Song]span
	// refused is set when encoding/json refuses a part of the document.
	refused bool
}

// span is where a buffer holds a part of it.
type span struct{ start, end int }

// song appends the document of s, or null.
func (rw *reviewWriter) song(s *dedup.Song) {
	if s == nil {
		rw.b = append(rw.b, "null"...)
		return
	}
	if at, ok := rw.written[s]; ok {
		rw.b = append(rw.b, rw.b[at.start:at.end]...)
		return
	}
	start := len(rw.b)
	d := newSongDoc(*s)
	var ok bool
	if rw.b, ok = appendSongDoc(rw.b, d); !ok {
		j, ok := marshalValid(d)
		rw.b, rw.refused = append(rw.b[:start], j...), rw.refused || !ok
	}
	rw.written[s] = span{start, len(rw.b)}
}

// review appends the document of r.
func (rw *reviewWriter) review(r dedup.Review) {
	d := newReviewDocOf(r, func(s *dedup.Song) *struct{} { return nil })
	appendOrMarshal(rw, d.reviewHead, true, appendReviewHead)
	rw.b = append(rw.b, `,"song":`...)
	rw.song(r.Song)
	rw.b = append(rw.b, `,"candidate":`...)
	rw.song(r.Candidate)
	rw.b = append(rw.b, `,"candidates":[`...)
	for k, c := range d.Candidates {
		if k > 0 {
			rw.b = append(rw.b, ',')
		}
		appendOrMarshal(rw, c, true, appendReviewCandidateHead)
		if s := r.Candidates[k].Song; s != nil {
			rw.b = append(rw.b, `,"song":`...)
			rw.song(s)
		}
		rw.b = append(rw.b, '}')
	}
	rw.b = append(rw.b, ']', ',')
	appendOrMarshal(rw, d.reviewTail, false, appendReviewTail)
	rw.b = append(rw.b, '}')
}

// maxPooledPage bounds the buffers pageBuffers keeps: a page of the
// queue is made in one buffer, grown anew for each page were it not kept
// (the most the page's encoding costs), and one listing songs with
// hundreds of merges, megabytes long, is not kept.
const maxPooledPage = 4 << 20

var pageBuffers = newBufferList(pooledPages, 64<<10)

// pooledPages is how many page buffers pageBuffers keeps: one for each of
// the curators reading the queue at once.
const pooledPages = 4

// appendOrMarshal appends v, a struct, to rw as appendPart writes it: the
// fields of an object without its closing brace, and without its opening
// one unless opening. When appendPart gives up, v is written by
// encoding/json (marshalValid), its braces trimmed alike.
func appendOrMarshal[T any](rw *reviewWriter, v T, opening bool, appendPart func([]byte, T) ([]byte, bool)) {
	n := len(rw.b)
	var ok bool
	if rw.b, ok = appendPart(rw.b, v); ok {
		return
	}
	j, ok := marshalValid(v)
	rw.refused = rw.refused || !ok
	j = bytes.TrimSuffix(j, []byte("}"))
	if !opening {
		j = bytes.TrimPrefix(j, []byte("{"))
	}
	rw.b = append(rw.b[:n], j...)
}

// appendReviewHead appends h as encoding/json writes a reviewHead, without
// its closing brace.
func appendReviewHead(b []byte, h reviewHead) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, h.ID)
	b = append(b, `,"status":`...)
	b = appendJSONString(b, string(h.Status))
	b = append(b, `,"score":`...)
	b, ok := appendJSONFloat(b, h.Score)
	b = append(b, `,"plays":`...)
	b = strconv.AppendInt(b, h.Plays, 10)
	if h.Reason != "" {
		b = append(b, `,"reason":`...)
		b = appendJSONString(b, h.Reason)
	}
	if h.VideoID != "" {
		b = append(b, `,"video_id":`...)
		b = appendJSONString(b, h.VideoID)
	}
	return b, ok
}

// appendReviewCandidateHead appends c as encoding/json writes a
// reviewCandidateDoc without its song, without its closing brace.
func appendReviewCandidateHead(b []byte, c reviewCandidateDoc[struct{}]) ([]byte, bool) {
	b = append(b, `{"song_id":`...)
	b = appendJSONString(b, c.SongID)
	b = append(b, `,"score":`...)
	return appendJSONFloat(b, c.Score)
}

// appendReviewTail appends the fields of t as encoding/json writes a
// reviewTail, without its braces.
func appendReviewTail(b []byte, t reviewTail) ([]byte, bool) {
	b = append(b, `"explanation":`...)
	b = appendValidRaw(b, t.Explanation)
	b = append(b, `,"created_at":`...)
	b, ok := appendJSONTime(b, t.CreatedAt)
	if t.DecidedBy != "" {
		b = append(b, `,"decided_by":`...)
		b = appendJSONString(b, t.DecidedBy)
	}
	if t.DecidedAt != nil {
		b = append(b, `,"decided_at":`...)
		b, ok = appendJSONTimeAnd(b, *t.DecidedAt, ok)
	}
	if t.Resolution != "" {
		b = append(b, `,"resolution":`...)
		b = appendJSONString(b, t.Resolution)
	}
	return b, ok
}

// appendReviewPageTail appends the fields of t as encoding/json writes a
// reviewPageTail, without its braces.
func appendReviewPageTail(b []byte, t reviewPageTail) ([]byte, bool) {
	if t.NextCursor != "" {
		b = append(b, `"next_cursor":`...)
		b = appendJSONString(b, t.NextCursor)
		b = append(b, ',')
	}
	b = append(b, `"total":`...)
	return strconv.AppendInt(b, int64(t.Total), 10), true
}

// marshalValid encodes v as writeJSON does: its raw JSON that is not JSON
// as {}; false when encoding/json refuses v even so.
func marshalValid(v any) ([]byte, bool) {
	b, err := json.Marshal(v)
	if err != nil {
		b, err = json.Marshal(withValidRaw(v))
	}
	return b, err == nil
}

type submissionRequest struct {
	URL             *string `json:"url"`
	VideoID         *string `json:"video_id"`
	Title           *string `json:"title"`
	Channel         string  `json:"channel"`
	Artist          string  `json:"artist"`
	DurationSeconds int     `json:"duration_seconds"`
	// What a catalogue record carries beside its title.
	Length      string `json:"length"`
	Album       string `json:"album"`
	TrackNumber string `json:"track_number"`
	Year        int    `json:"year"`
}

type submissionResponse struct {
	SongID        string        `json:"song_id"`
	VideoID       string        `json:"video_id"`
	Decision      dedup.Outcome `json:"decision"`
	Score         float64       `json:"score"`
	MatchedSongID string        `json:"matched_song_id,omitempty"`
	ReviewID      string        `json:"review_id,omitempty"`
	ReviewIDs     []string      `json:"review_ids,omitempty"`
	VersionOf     string        `json:"version_of,omitempty"`
	// Explanation is absent on existing: nothing was decided.
	Explanation *score.Explanation `json:"explanation,omitempty"`
}

// submission reads the request as a submission; a url that names another
// video than video_id is a field error.
func (req submissionRequest) submission() (dedup.Submission, error) {
	sub := dedup.Submission{Channel: req.Channel, Artist: dedup.OrAbsent(req.Artist), DurationSeconds: req.DurationSeconds,
		Album: dedup.OrAbsent(req.Album), TrackNumber: dedup.OrAbsent(req.TrackNumber), Year: req.Year}
	if sub.DurationSeconds == 0 && req.Length != "" {
		secs, err := dedup.ParseLength(req.Length)
		if err != nil {
			return dedup.Submission{}, dedup.InvalidField("length", "%v", err)
		}
		sub.DurationSeconds = secs
	}
	if req.Title != nil {
		sub.Title = *req.Title
	}
	switch {
	case req.VideoID != nil && *req.VideoID != "":
		sub.VideoRef, sub.VideoRefField = *req.VideoID, "video_id"
		if req.URL != nil && *req.URL != "" {
			id, err1 := dedup.ParseVideoRef(*req.URL)
			id2, err2 := dedup.ParseVideoRef(*req.VideoID)
			switch {
			case err1 != nil:
				return dedup.Submission{}, dedup.InvalidField("url", "%v", err1)
			case err2 == nil && id != id2:
				return dedup.Submission{}, dedup.InvalidField("url", "names video %s but video_id is %s", id, id2)
			}
		}
	case req.URL != nil:
		sub.VideoRef, sub.VideoRefField = *req.URL, "url"
	}
	return sub, nil
}

func newSubmissionDoc(out dedup.Answer) submissionResponse {
	resp := submissionResponse{
		SongID: formatID(out.SongID), VideoID: out.VideoID, Decision: out.Decision, Score: out.Score,
		MatchedSongID: formatID(out.MatchedSongID), ReviewID: formatID(out.ReviewID),
		VersionOf: formatID(out.VersionOf), Explanation: out.Explanation,
	}
	if len(out.ReviewIDs) > 1 {
		for _, id := range out.ReviewIDs {
			resp.ReviewIDs = append(resp.ReviewIDs, formatID(id))
		}
	}
	return resp
}

// previewDoc is what a submission would become (POST
// /v1/submissions?dry_run=true).
type previewDoc struct {
	DryRun        bool                  `json:"dry_run"`
	SongID        string                `json:"song_id,omitempty"`
	VideoID       string                `json:"video_id"`
	Decision      dedup.Outcome         `json:"decision"`
	Score         float64               `json:"score"`
	MatchedSongID string                `json:"matched_song_id,omitempty"`
	VersionOf     string                `json:"version_of,omitempty"`
	Explanation   *score.Explanation    `json:"explanation"`
	Candidates    []previewCandidateDoc `json:"candidates"`
}

type previewCandidateDoc struct {
	SongID  string          `json:"song_id"`
	Score   float64         `json:"score"`
	Title   string          `json:"title"`
	Artist  string          `json:"artist"`
	Track   string          `json:"track"`
	Version []title.Version `json:"version"`
}

func newPreviewDoc(p dedup.Preview) previewDoc {
	d := previewDoc{
		DryRun: true, SongID: formatID(p.SongID), VideoID: p.VideoID, Decision: p.Decision, Score: p.Score,
		MatchedSongID: formatID(p.MatchedSongID), VersionOf: formatID(p.VersionOf), Explanation: p.Explanation,
		Candidates: []previewCandidateDoc{},
	}
	for _, c := range p.Candidates {
		d.Candidates = append(d.Candidates, previewCandidateDoc{
			SongID: formatID(c.SongID), Score: c.Score, Title: c.Title.Raw, Artist: title.ArtistString(c.Title.Artists),
			Track: c.Title.Track, Version: orEmpty(c.Title.Versions),
		})
	}
	return d
}

type batchRequest struct {
	Submissions []json.RawMessage `json:"submissions"`
}

// batchDoc answers POST /v1/submissions/batch: one result per submission,
// in the order of the request.
type batchDoc struct {
	Results []batchResultDoc `json:"results"`
}

type batchResultDoc struct {
	Index      int                 `json:"index"`
	Status     int                 `json:"status"`
	Submission *submissionResponse `json:"submission,omitempty"`
	Problem    *problem            `json:"problem,omitempty"`
}

type engagementRequest struct {
	Plays *int64 `json:"plays"`
	Likes *int64 `json:"likes"`
}

// searchPageDoc answers GET /v1/songs?q=.
type searchPageDoc struct {
	Items      []searchHitDoc `json:"items"`
	NextCursor string         `json:"next_cursor,omitempty"`
}

type searchHitDoc struct {
	ID      string          `json:"id"`
	Score   float64         `json:"score"`
	Title   string          `json:"title"`
	Artist  string          `json:"artist"`
	Track   string          `json:"track"`
	Version []title.Version `json:"version"`
}

type mergeRequest struct {
	Into   string `json:"into"`
	Reason string `json:"reason"`
}

// keptApartDoc is the curator's decision a refused merge ran into.
type keptApartDoc struct {
	SongA     string    `json:"song_a"`
	SongB     string    `json:"song_b"`
	DecidedBy string    `json:"decided_by"`
	Reason    string    `json:"reason"`
	CreatedAt time.Time `json:"created_at"`
}

type splitRequest struct {
	VideoIDs []string `json:"video_ids"`
}

// changePageDoc answers GET /v1/changes.
type changePageDoc struct {
	Changes    []changeDoc `json:"changes"`
	NextCursor string      `json:"next_cursor"`
}

type changeDoc struct {
	Cursor     string             `json:"cursor"`
	Kind       dedup.ChangeKind   `json:"kind"`
	SongID     string             `json:"song_id,omitempty"`
	IntoSongID string             `json:"into_song_id,omitempty"`
	ReviewID   string             `json:"review_id,omitempty"`
	VideoIDs   []string           `json:"video_ids,omitempty"`
	Status     dedup.ReviewStatus `json:"status,omitempty"`
	DecidedBy  string             `json:"decided_by"`
	Reason     string             `json:"reason,omitempty"`
	At         time.Time          `json:"at"`
}

func newChangeDoc(c dedup.Change) changeDoc {
	return changeDoc{
		Cursor: dedup.FormatCursor(c.Seq), Kind: c.Kind, SongID: formatID(c.SongID), IntoSongID: formatID(c.IntoSongID),
		ReviewID: formatID(c.ReviewID), VideoIDs: c.VideoIDs, Status: c.Status, DecidedBy: c.DecidedBy, Reason: c.Reason, At: c.At,
	}
}
