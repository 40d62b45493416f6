package store_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// openMigrated opens a fresh, migrated database for one test.
func openMigrated(t testing.TB) (*store.DB, *storetest.Database) {
	t.Helper()
	d := storetest.New(t)
	db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, Retrieval: store.RetrievalOptions{StatsTTL: time.Nanosecond}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db, d
}

var videoSeq int
var videoMu sync.Mutex

func nextVideoID() string {
	videoMu.Lock()
	defer videoMu.Unlock()
	videoSeq++
	return fmt.Sprintf("st%09d", videoSeq)
}

// songOf is the song a submission of raw title and channel would create.
func songOf(raw, channel string) dedup.Song {
	in := title.Input{Title: raw, Channel: channel}
	norm := title.Normalize(in)
	song := dedup.SongFromTitle(in, norm, 0)
	song.SearchKey = searchkey.Key(norm)
	return song
}

// createSong writes a new song for a title the way a submission does.
func createSong(t testing.TB, db *store.DB, title, channel string) int64 {
	t.Helper()
	song := songOf(title, channel)
	out, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video:   dedup.Video{ID: nextVideoID(), Title: title, Channel: channel},
		NewSong: &song, DecidedBy: "test",
	}})
	if err != nil {
		t.Fatalf("creating %q: %v", title, err)
	}
	return out[0].SongID
}

// createFillers writes 40 songs no test query is about, so that the term
// statistics weigh the terms of the songs a test writes as a catalogue
// does.
func createFillers(t *testing.T, db *store.DB) {
	t.Helper()
	for i := 0; i < 40; i++ {
		createSong(t, db, fmt.Sprintf("Filler Band %d - The Love Song Number %d", i, i), "")
	}
}

// fulltextIDs runs the FULLTEXT part of retrieval alone, with every search
// term of the query, to prove the search key indexes what the normalizer
// keeps.
func fulltextIDs(t *testing.T, db *store.DB, query title.Title) map[int64]bool {
	t.Helper()
	q := strings.Join(searchkey.Terms(query), " ")
	ids := map[int64]bool{}
	for _, id := range queryIDs(t, db, "SELECT id FROM songs WHERE MATCH(search_key) AGAINST(? IN BOOLEAN MODE)", q) {
		ids[id] = true
	}
	return ids
}

// queryIDs runs a query whose rows are one ID each.
func queryIDs(t testing.TB, db *store.DB, query string, args ...any) []int64 {
	t.Helper()
	return queryValues[int64](t, db, query, args...)
}

// queryValues runs a query whose rows are one value each.
func queryValues[T any](t testing.TB, db *store.DB, query string, args ...any) []T {
	t.Helper()
	rows, err := db.SQL().Query(query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSearchKeyFindsHardTitles proves on the real server, with stock
// FULLTEXT settings (min token size 3, default stopwords, no CJK
// segmentation), that songs with hard titles are found by FULLTEXT from
// another way of writing them.
func TestSearchKeyFindsHardTitles(t *testing.T) {
	db, _ := openMigrated(t)
	// Filler songs make the index realistic and share common words.
	for i := 0; i < 60; i++ {
		createSong(t, db, fmt.Sprintf("Filler Band %d - The Love Song Number %d", i, i), "")
	}
	tests := []struct {
		category, stored, query, channel string
	}{
		{"short title", "Peter Gabriel - Up", "Up (Official Audio)", "Peter Gabriel - Topic"},
		{"short title", "The Weeknd - XO", "XO | The Weeknd", ""},
		{"short title", "U2 - One", "U2 \"One\"", ""},
		{"number title", "Taylor Swift - 22", "22 (Taylor's Version)", "TaylorSwiftVEVO"},
		{"number title", "Ariana Grande - 7 rings", "ARIANA GRANDE - 7 RINGS [Lyrics]", ""},
		{"stopword title", "The Who - Who Are You", "The Who - Who Are You (Official Video)", ""},
		{"stopword title", "The Beatles - Let It Be", "Let It Be - The Beatles", "TheBeatlesVEVO"},
		{"stopword title", "The The - This Is the Day", "The The \"This Is the Day\"", ""},
		{"apostrophe", "Journey - Don't Stop Believin'", "Journey - Dont Stop Believin", ""},
		{"hyphen", "Taylor Swift - Anti-Hero", "Taylor Swift - Antihero", ""},
		{"symbols", "P!nk - So What", "P!NK - So What (Official Video)", ""},
		{"symbols", "AC/DC - Thunderstruck", "AC/DC - Thunderstruck [HD]", ""},
		{"accents", "Beyoncé - Halo", "Beyonce - Halo", ""},
		{"accents", "Sigur Rós - Hoppípolla", "Sigur Ros - Hoppipolla", ""},
		{"CJK", "米津玄師 - Lemon", "米津玄師「Lemon」", ""},
		{"CJK", "周杰倫 - 晴天", "晴天 - 周杰倫", "周杰倫 - Topic"},
		{"kana", "YOASOBI - 夜に駆ける", "YOASOBI「夜に駆ける」Official Music Video", ""},
		{"Hangul", "아이유 - 좋은 날", "[MV] 아이유 - 좋은 날", ""},
		{"Cyrillic", "Кино - Группа крови", "КИНО - ГРУППА КРОВИ", ""},
		{"full width", "Daft Punk - One More Time", "Ｄａｆｔ Ｐｕｎｋ - Ｏｎｅ Ｍｏｒｅ Ｔｉｍｅ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.category+"/"+tt.stored, func(t *testing.T) {
			id := createSong(t, db, tt.stored, "")
			query := title.Normalize(title.Input{Title: tt.query, Channel: tt.channel})
			if !fulltextIDs(t, db, query)[id] {
				t.Errorf("FULLTEXT does not find %q from %q (query terms %v, stored key %q)",
					tt.stored, tt.query, searchkey.Terms(query), searchkey.Key(title.Normalize(title.Input{Title: tt.stored})))
			}
			songs, err := candidatesOf(db, dedup.CandidateQuery{Title: query, Limit: 30})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(songIDs(songs), id) {
				t.Errorf("Candidates does not return %q for %q", tt.stored, tt.query)
			}
		})
	}
}

// TestCandidatesSeeOtherConnectionsCommits: a song committed through one
// pool is a candidate for the very next query through another.
func TestCandidatesSeeOtherConnectionsCommits(t *testing.T) {
	writer, d := openMigrated(t)
	reader, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	steps := []struct{ stored, query string }{
		{"Phoebe Bridgers - Motion Sickness", "Phoebe Bridgers - Motion Sickness (Official Video)"}, // exact lookup
		{"Phoebe Bridgers - Kyoto", "Phoebe Bridgers - Kyotoo [HD]"},                                // FULLTEXT only
	}
	for i, step := range steps {
		query := title.Normalize(title.Input{Title: step.query})
		// Warm the reader's statistics cache while the song does not exist.
		if songs, err := candidatesOf(reader, dedup.CandidateQuery{Title: query, Limit: 10}); err != nil {
			t.Fatalf("before: %v %v", songs, err)
		}
		id := createSong(t, writer, step.stored, "")
		songs, err := candidatesOf(reader, dedup.CandidateQuery{Title: query, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(songIDs(songs), id) {
			t.Errorf("step %d: %q committed by another connection is not a candidate for %q (got %d songs)", i, step.stored, step.query, len(songs))
		}
	}
}

// checkStats compares term_stats with a recount of every canonical song's
// search key.
func checkStats(t *testing.T, db *store.DB) {
	t.Helper()
	want := map[string]int{"": 0}
	// A canonical song counts the terms of its key and of its key aliases.
	rows, err := db.SQL().Query("SELECT COALESCE(a.song_id, s.id), s.search_key FROM songs s LEFT JOIN key_aliases a ON a.alias_id = s.id WHERE s.merged_into IS NULL OR a.song_id IS NOT NULL")
	if err != nil {
		t.Fatal(err)
	}
	terms := map[int64]map[string]bool{}
	for rows.Next() {
		var song int64
		var key string
		rows.Scan(&song, &key)
		if terms[song] == nil {
			terms[song] = map[string]bool{}
		}
		for _, term := range strings.Fields(key) {
			terms[song][term] = true
		}
	}
	rows.Close()
	for _, ts := range terms {
		want[""]++
		for term := range ts {
			want[term]++
		}
	}
	got := map[string]int{}
	rows, err = db.SQL().Query("SELECT term, SUM(df) FROM term_stats GROUP BY term HAVING SUM(df) <> 0")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var term string
		var df int
		rows.Scan(&term, &df)
		got[term] = df
	}
	rows.Close()
	bad := 0
	for term, n := range want {
		if got[term] != n {
			bad++
			if bad <= 5 {
				t.Errorf("term %q: statistics say %d, songs have %d", term, got[term], n)
			}
		}
	}
	for term, n := range got {
		if _, ok := want[term]; !ok {
			bad++
			if bad <= 5 {
				t.Errorf("term %q: statistics say %d, no song has it", term, n)
			}
		}
	}
	if bad > 5 {
		t.Errorf("%d terms wrong in all", bad)
	}
}

// TestTermStatsConsistentUnderConcurrentInserts writes songs that share
// terms from many goroutines at once, merges some, and recounts.
func TestTermStatsConsistentUnderConcurrentInserts(t *testing.T) {
	db, _ := openMigrated(t)
	const writers, perWriter = 8, 25
	ids := make([][]int64, writers)
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				// Every writer hits the same common words ("love", "you",
				// "the") and the catalogue-size row at the same time.
				ids[w] = append(ids[w], createSong(t, db, fmt.Sprintf("The Band %d - I Love You %d Times", w, i), ""))
			}
		}(w)
	}
	wg.Wait()
	checkStats(t, db)

	// Merges take terms out; concurrent merges of overlapping pairs too.
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 1; i < perWriter; i += 3 {
				if _, err := db.MergeSongs(context.Background(), dedup.SongMerge{From: ids[w][i], Into: ids[(w+1)%writers][i-1], DecidedBy: "test"}); err != nil {
					t.Errorf("merge: %v", err)
				}
			}
		}(w)
	}
	wg.Wait()
	checkStats(t, db)
	docs, _, err := db.DocFreqs(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var canonical int
	db.SQL().QueryRow("SELECT COUNT(*) FROM songs WHERE merged_into IS NULL").Scan(&canonical)
	if docs != canonical {
		t.Errorf("DocFreqs counts %d songs, %d are canonical", docs, canonical)
	}
}

// TestMergeChainsResolveInOneStep: after A->B and B->C every redirect points
// at C.
func TestMergeChainsResolveInOneStep(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	a := createSong(t, db, "Alpha Band - First Light", "")
	b := createSong(t, db, "Beta Band - Second Light", "")
	c := createSong(t, db, "Gamma Band - Third Light", "")
	for _, m := range [][2]int64{{a, b}, {b, c}} {
		if _, err := db.MergeSongs(ctx, dedup.SongMerge{From: m[0], Into: m[1], DecidedBy: "test"}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []int64{a, b} {
		s, err := db.Song(ctx, id)
		if err != nil || s.MergedInto != c {
			t.Errorf("song %d merged_into = %d (%v), want %d", id, s.MergedInto, err, c)
		}
	}
	// Merging into a song merged away lands on its canonical song.
	d := createSong(t, db, "Delta Band - Fourth Light", "")
	got, err := db.MergeSongs(ctx, dedup.SongMerge{From: d, Into: a, DecidedBy: "test"})
	if err != nil || got != c {
		t.Errorf("merge into a redirect: canonical %d (%v), want %d", got, err, c)
	}
	detail, err := db.SongDetail(ctx, c)
	if err != nil || len(detail.Videos) != 4 {
		t.Errorf("canonical has %d videos (%v), want 4", len(detail.Videos), err)
	}
}

// candidatesOf runs one candidate query.
func candidatesOf(db *store.DB, q dedup.CandidateQuery) ([]dedup.Song, error) {
	found, err := db.Candidates(context.Background(), []dedup.CandidateQuery{q})
	if err != nil {
		return nil, err
	}
	return found[0], nil
}

// TestCandidatesManyQueriesAtOnce: queries asked together (a backfill
// batch) get exactly what each gets alone, in the same order.
func TestCandidatesManyQueriesAtOnce(t *testing.T) {
	db, _ := openMigrated(t)
	for _, title := range []string{"Adele - Hello", "Adele - Hello (Live at the BBC)", "Adele - Skyfall",
		"Hello", "Lionel Richie - Hello", "Daft Punk - One More Time", "Daft Punk - Around the World",
		"Phoebe Bridgers - Kyoto", "Phoebe Bridgers - Motion Sickness"} {
		createSong(t, db, title, "")
	}
	queries := []struct {
		title   string
		exclude int64
		quick   bool
	}{
		{title: "ADELE - Hello [Official Video]"},
		{title: "Hello"},
		{title: "Daft Punk - One More Time (Official Audio)"},
		{title: "Phoebe Bridgers - Kyotoo"},
		{title: "Nobody Has This - Song At All"},
		{title: "Adele - Hello", exclude: 1},
		{title: "Adele - Skyfall", quick: true},
		{title: "   "},
	}
	var qs []dedup.CandidateQuery
	for _, q := range queries {
		qs = append(qs, dedup.CandidateQuery{Title: title.Normalize(title.Input{Title: q.title}), Limit: 4, Exclude: q.exclude, Quick: q.quick})
	}
	together, err := db.Candidates(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	if len(together) != len(qs) {
		t.Fatalf("%d answers for %d queries", len(together), len(qs))
	}
	for i, q := range qs {
		alone, err := candidatesOf(db, q)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := songIDs(together[i]), songIDs(alone); !slices.Equal(got, want) {
			t.Errorf("%q together: %v, alone: %v", queries[i].title, got, want)
		}
		if len(alone) > q.Limit || slices.Contains(songIDs(alone), q.Exclude) {
			t.Errorf("%q: %v breaks the limit %d or holds the excluded song %d", queries[i].title, songIDs(alone), q.Limit, q.Exclude)
		}
	}
	// The exact lookup of all queries is one SELECT: a song found for two
	// queries (0 and 5 share track and artists) goes to both, the songs with
	// the same artists (1, and its live version 2) before the one with none
	// (4, "Hello").
	for _, q := range []int{0, 5} {
		ids := songIDs(together[q])
		if i := slices.Index(ids, 4); i < 0 || !slices.Contains(ids[:i], 2) || q == 0 && ids[0] != 1 {
			t.Errorf("%q finds %v, want songs 1 (unless excluded) and 2 before 4", queries[q].title, ids)
		}
	}
}

func songIDs(songs []dedup.Song) []int64 {
	ids := make([]int64, len(songs))
	for i, s := range songs {
		ids[i] = s.ID
	}
	return ids
}

// TestBatchSongIDsUnderConcurrentBatches: a batch creating many songs (one
// multi-row INSERT where the server allows it) hands every write the ID of
// its own song, while other batches insert songs at the same moment.
func TestBatchSongIDsUnderConcurrentBatches(t *testing.T) {
	db, _ := openMigrated(t)
	const writers, batches, perBatch = 6, 8, 12
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				var ws []dedup.SubmissionWrite
				for i := range perBatch {
					title := fmt.Sprintf("Writer%d Batch%d - Song Number %d", w, b, i)
					song := songOf(title, "")
					ws = append(ws, dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: title}, NewSong: &song, DecidedBy: "test"})
				}
				out, err := db.SubmitBatch(context.Background(), ws)
				if err != nil {
					t.Error(err)
					return
				}
				for i, o := range out {
					var title, video string
					err := db.SQL().QueryRow("SELECT s.title, v.video_id FROM songs s JOIN videos v ON v.song_id = s.id WHERE s.id = ?", o.SongID).Scan(&title, &video)
					if err != nil || title != ws[i].NewSong.Source.Title || video != ws[i].Video.ID {
						t.Errorf("write %q got song %d holding %q and video %q (%v)", ws[i].NewSong.Source.Title, o.SongID, title, video, err)
					}
				}
			}
		}()
	}
	wg.Wait()
	checkStats(t, db)
}

// TestBatchReviewIDsUnderConcurrentBatches: the reviews of a batch (one
// multi-row INSERT where the server allows it) hand every write the IDs of
// its own reviews, in order, while other batches queue reviews at the same
// moment.
func TestBatchReviewIDsUnderConcurrentBatches(t *testing.T) {
	db, _ := openMigrated(t)
	ctx := context.Background()
	a := createSong(t, db, "Review Target - First Song", "")
	b := createSong(t, db, "Review Target - Second Song", "")
	const writers, batches, perBatch = 4, 6, 9
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range batches {
				var ws []dedup.SubmissionWrite
				for i := range perBatch {
					title := fmt.Sprintf("Reviewer%d Batch%d - Song Number %d", w, n, i)
					song := songOf(title, "")
					write := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: title}, NewSong: &song, DecidedBy: "test"}
					// 0, 1 or 2 reviews; the second against a song of this batch.
					for k := range i % 3 {
						cand := []int64{a, b}[k]
						if k == 1 && i > 0 {
							cand = -1 // the batch's first song
						}
						write.Reviews = append(write.Reviews, dedup.ReviewDraft{CandidateSongID: cand, Score: 0.5 + float64(i)/100})
					}
					ws = append(ws, write)
				}
				out, err := db.SubmitBatch(ctx, ws)
				if err != nil {
					t.Error(err)
					return
				}
				for i, o := range out {
					if len(o.ReviewIDs) != len(ws[i].Reviews) {
						t.Errorf("write %d: %d review IDs for %d reviews", i, len(o.ReviewIDs), len(ws[i].Reviews))
						continue
					}
					for k, id := range o.ReviewIDs {
						want := ws[i].Reviews[k].CandidateSongID
						if want < 0 {
							want = out[-want-1].SongID
						}
						var song, cand int64
						var video string
						err := db.SQL().QueryRow("SELECT song_id, candidate_song_id, video_id FROM reviews WHERE id = ?", id).Scan(&song, &cand, &video)
						if err != nil || song != o.SongID || cand != want || video != ws[i].Video.ID {
							t.Errorf("write %d review %d: id %d holds song %d, candidate %d, video %q; want %d, %d, %q (%v)",
								i, k, id, song, cand, video, o.SongID, want, ws[i].Video.ID, err)
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	var reviews int
	db.SQL().QueryRow("SELECT COUNT(*) FROM reviews").Scan(&reviews)
	if want := writers * batches * 9; reviews != want { // 0+1+2 per three writes
		t.Errorf("%d reviews, want %d", reviews, want)
	}
}

// TestPrefetchReadsFresh: a batch's Prefetch replaces cached frequencies
// with the database's, so the snapshots its decisions take (see
// dedup.nothingNewSince) do not mistake growth from before the batch for a
// song arriving concurrently — which costs the new song a second search.
// A frequency read less than a second before is kept: only another
// process's song of that second can be missing from it.
func TestPrefetchReadsFresh(t *testing.T) {
	writer, d := openMigrated(t)
	reader, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet}) // default cache lifetime
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	ctx := context.Background()
	song := title.Normalize(title.Input{Title: "Phoebe Bridgers - Motion Sickness"})
	terms := searchkey.Terms(song)
	count := func(fresh bool) map[string]int {
		t.Helper()
		df, err := reader.TermFrequencies(ctx, terms, fresh)
		if err != nil {
			t.Fatal(err)
		}
		return df
	}
	createSong(t, writer, "Phoebe Bridgers - Motion Sickness", "")
	before := count(false) // cached now
	createSong(t, writer, "Phoebe Bridgers - Motion Sickness (Live)", "")
	for _, step := range []struct {
		name     string
		prefetch bool
		wait     time.Duration // before the Prefetch
		grown    bool
	}{
		{"cached", false, 0, false},
		{"after Prefetch within a second of the read", true, 0, false},
		{"after Prefetch a second after the read", true, 1100 * time.Millisecond, true},
	} {
		time.Sleep(step.wait)
		if step.prefetch {
			if err := reader.Prefetch(ctx, []title.Title{song}); err != nil {
				t.Fatal(err)
			}
		}
		got := count(false)
		for _, term := range terms {
			if grown := got[term] > before[term]; before[term] > 0 && grown != step.grown {
				t.Errorf("%s: %q went %d -> %d, want grown %v", step.name, term, before[term], got[term], step.grown)
			}
		}
	}
}

// TestAnyArtistLookupReadsItsLimit: the songs of a track an upload without
// a known artist may be, a common track's thousands in a large catalogue,
// are read a LIMIT at a time in index order, never all of them to be
// sorted; the songs of the guessed artists still come first, then those
// with no artist.
func TestAnyArtistLookupReadsItsLimit(t *testing.T) {
	_, d := openMigrated(t)
	// One connection, so that the session's handler counters are those of
	// the lookup.
	db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, MaxOpenConns: 1,
		Retrieval: store.RetrievalOptions{StatsTTL: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const songs = 300
	words := strings.Fields("amber basil cedar delta ember fennel garnet hazel indigo juniper kestrel lumen " +
		"marigold nutmeg onyx pepper quartz rowan saffron tansy")
	raws := []string{"Interlude", "Lumen Quartz - Interlude"}
	for i := range songs - len(raws) {
		raws = append(raws, fmt.Sprintf("The %s %s - Interlude", words[i%len(words)], words[i/len(words)]))
	}
	var writes []dedup.SubmissionWrite
	for _, raw := range raws {
		song := songOf(raw, "")
		writes = append(writes, dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: raw}, NewSong: &song, DecidedBy: "test"})
	}
	out, err := db.SubmitBatch(context.Background(), writes)
	if err != nil {
		t.Fatal(err)
	}
	noArtist, guessed := out[0].SongID, out[1].SongID
	for _, c := range []struct {
		name  string
		in    title.Input
		first []int64
	}{
		{"artist guessed from the channel", title.Input{Title: "Interlude", Channel: "Lumen Quartz"}, []int64{guessed, noArtist}},
		{"no artist", title.Input{Title: "Interlude"}, []int64{noArtist}},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := dedup.CandidateQuery{Title: title.Normalize(c.in), Limit: 5}
			candidatesOf(db, q) // term statistics cached
			before := sessionCounter(t, db, "Handler_read_next")
			found, err := candidatesOf(db, q)
			if err != nil {
				t.Fatal(err)
			}
			if read := sessionCounter(t, db, "Handler_read_next") - before; read > 4*q.Limit {
				t.Errorf("the lookup read %d index entries for %d candidates of a track of %d songs", read, q.Limit, songs)
			}
			if ids := songIDs(found); len(ids) != q.Limit || !slices.Equal(ids[:len(c.first)], c.first) {
				t.Errorf("candidates %v, want %d starting with %v", ids, q.Limit, c.first)
			}
		})
	}
}

// TestCandidatesBesideAnotherVersion: a title whose exact lookup finds
// only another version of its song (a live take, a remix) still searches,
// and finds the song written otherwise: under a slightly different track
// (an album or film word one side has), or in another script, by the terms
// of its reading (those of a title in its own script are rarer). A Latin
// title whose lookup finds its own version needs no search.
func TestCandidatesBesideAnotherVersion(t *testing.T) {
	tests := []struct{ query, version, song string }{
		{"Daft Punk - Derezzed", "Daft Punk - Derezzed (Live)", "Daft Punk - Derezzed TRON Legacy"},
		{"Idina Menzel - Let It Go", "Idina Menzel - Let It Go (Live)", "Idina Menzel - Let It Go Frozen"},
		{"Arijit Singh - Tum Hi Ho", "Arijit Singh - Tum Hi Ho (Remix)", "Arijit Singh - Tum Hi Ho Aashiqui 2"},
		{"Adele - Skyfall (Live)", "Adele - Skyfall", "Adele - Skyfall James Bond (Live)"},
		{"Земфира - Искала", "Земфира - Искала (концерт, live)", "Zemfira - Iskala"},
		{"ДДТ - Что такое осень", "ДДТ - Что такое осень (Live)", "DDT - Chto takoe osen'"},
		{"Στέλιος Καζαντζίδης - Υπάρχω", "Στέλιος Καζαντζίδης - Υπάρχω (Live)", "Stelios Kazantzidis - Iparho"},
	}
	db, _ := openMigrated(t)
	createFillers(t, db)
	for _, tt := range tests {
		song := createSong(t, db, tt.song, "")
		version := createSong(t, db, tt.version, "")
		q := title.Normalize(title.Input{Title: tt.query})
		songs, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30})
		if err != nil {
			t.Fatal(err)
		}
		if got := songIDs(songs); !slices.Contains(got, song) || !slices.Contains(got, version) {
			t.Errorf("Candidates(%q) = %v, want %d (%q) beside the exact hit %d (%q)", tt.query, got, song, tt.song, version, tt.version)
		}
	}
	for _, tt := range tests {
		q := title.Normalize(title.Input{Title: tt.version})
		if len(q.Readings) > 0 {
			continue // another script always searches its readings
		}
		before := db.Searches()
		if _, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30}); err != nil {
			t.Fatal(err)
		}
		if n := db.Searches() - before; n != 0 {
			t.Errorf("Candidates(%q) searched %d times, want none: the exact lookup found the song itself", tt.version, n)
		}
	}
}

// TestSearchesCountsOnlySearchesRun: Searches counts the FULLTEXT
// searches that ran, not those whose statement failed (here on a songs
// table without its FULLTEXT index): songdedup_fulltext_searches_total
// then says how many searches the database answered.
func TestSearchesCountsOnlySearchesRun(t *testing.T) {
	db, _ := openMigrated(t)
	createFillers(t, db)
	q := title.Normalize(title.Input{Title: "Daft Punk - Derezzed"})
	before := db.Searches()
	if _, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30}); err != nil {
		t.Fatal(err)
	}
	if n := db.Searches() - before; n != 1 {
		t.Fatalf("Candidates(%q) counted %d searches, want 1", q.Raw, n)
	}
	if _, err := db.SQL().Exec("ALTER TABLE songs DROP INDEX songs_search_key"); err != nil {
		t.Fatal(err)
	}
	before = db.Searches()
	if _, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30}); err == nil {
		t.Fatal("Candidates without a FULLTEXT index: no error")
	}
	if n := db.Searches() - before; n != 0 {
		t.Errorf("a search that failed counted %d searches, want 0", n)
	}
}
