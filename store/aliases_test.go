package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
)

// TestBatchUpgradesAsOneByOne: a batch that upgrades the sources of several
// songs at once (two statements for them all) leaves every song row, key
// alias and term statistic as the same upgrades written one batch each.
func TestBatchUpgradesAsOneByOne(t *testing.T) {
	type up struct {
		song     int    // index into the step's songs
		title    string // the upgrade's title
		channel  string
		duration int
		spelling bool // the spelling of an upload merged into the song, not an upgrade
	}
	var bound []up // more spellings of one song than its key takes terms from
	for i := range 12 {
		bound = append(bound, up{0, fmt.Sprintf("Qarlotta Venn - Glass Harbour Spelling%d Variant%d", i, i), "", 0, true})
	}
	steps := []struct {
		name  string
		songs []string // created first, each "title|channel|seconds"
		ups   []up
	}{
		{"songs of the same artists", []string{
			"Phoebe Bridgers - Kyoto (Official Video) [HD]||0",
			"Phoebe Bridgers - Motion Sickness (Lyrics)|Lyric Vault|0",
			"Phoebe Bridgers - Garden Song (Audio)||185",
		}, []up{
			{0, "Phoebe Bridgers - Kyoto", "", 184, false},
			{2, "Phoebe Bridgers - Garden Song", "", 190, false},
			{1, "Phoebe Bridgers - Motion Sickness", "Phoebe Bridgers - Topic", 0, false},
		}},
		{"a short title before a long one, other scripts", []string{
			"Кино - Группа крови (live)|Fan Uploads|0",
			"IU - 밤편지 (Through the Night) [MV] full HD|1theK|0",
		}, []up{
			{0, "Кино - Группа крови", "", 0, false},
			{1, "IU(아이유) - 밤편지 (Through the Night) feat. 정승환, 이적 & a very long credit list of guests", "IU Official", 254, false},
		}},
		{"an upgrade naming other artists adds a key alias", []string{
			"Levitating (Lyrics)|Lyric Vault|0",
			"Dua Lipa - Physical (Official Video)||0",
		}, []up{
			{0, "Dua Lipa - Levitating", "", 203, false},
			{1, "Dua Lipa - Physical", "Dua Lipa", 0, false},
		}},
		{"one song upgraded twice", []string{
			"Adele - Hello (Official Music Video) [HD] lyrics|Vevo Fans|0",
			"Adele - Skyfall (Lyric Video)||0",
		}, []up{
			{0, "Adele - Hello (Official Video)", "", 0, false},
			{1, "Adele - Skyfall", "", 286, false},
			{0, "Adele - Hello", "AdeleVEVO", 295, false},
		}},
		{"spellings and upgrades of several songs, a song extended twice", []string{
			"Kino - Blood Type||0",
			"Levitating (Lyrics)|Lyric Vault|0",
			"Kim Kwangseok - Around Thirty (서른 즈음에)||0",
		}, []up{
			{0, "Kino - Gruppa Krovi", "", 0, true},
			{1, "Dua Lipa - Levitating", "", 203, false},
			{2, "Kim Kwang Seok - Seoreun Jeueume", "", 0, true},
			{0, "Кино - Группа крови", "", 0, true},
			{1, "Dua Lipa feat. DaBaby - Levitating (Lyrics)", "", 0, true},
		}},
		{"a song upgraded between its spellings", []string{
			"Ten Years (Lyrics)|Lyric Vault|0",
		}, []up{
			{0, "Ten Years - Shi Nian", "", 0, true},
			{0, "Eason Chan - Ten Years", "", 205, false},
			{0, "Eason Chan - Shi Nian", "", 0, true},
			{0, "陳奕迅 - 十年", "", 0, true},
		}},
		{"spellings of one song beyond the bound", []string{
			"Qarlotta Venn - Glass Harbour||0",
		}, bound},
	}
	batch, _ := openMigrated(t)
	single, _ := openMigrated(t)
	ctx := context.Background()
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			var ws []dedup.SubmissionWrite
			for _, db := range []*store.DB{batch, single} {
				var ids []int64
				for _, s := range st.songs {
					f := strings.Split(s, "|")
					var seconds int
					fmt.Sscan(f[2], &seconds)
					song := songOf(f[0], f[1])
					song.DurationSeconds = seconds
					out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{
						Video: dedup.Video{ID: nextVideoID(), Title: f[0], Channel: f[1]}, NewSong: &song, DecidedBy: "test"}})
					if err != nil {
						t.Fatal(err)
					}
					ids = append(ids, out[0].SongID)
				}
				ws = ws[:0]
				for _, u := range st.ups {
					song := songOf(u.title, u.channel)
					song.DurationSeconds = u.duration
					w := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: u.title, Channel: u.channel,
						DurationSeconds: u.duration}, AttachTo: ids[u.song], Upgrade: &song, DecidedBy: "test"}
					if u.spelling {
						w.Upgrade, w.Spelling = nil, &song
					}
					ws = append(ws, w)
				}
				if db == batch {
					if _, err := db.SubmitBatch(ctx, ws); err != nil {
						t.Fatalf("the batch: %v", err)
					}
					continue
				}
				for _, w := range ws {
					if _, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{w}); err != nil {
						t.Fatalf("one by one: %v", err)
					}
				}
			}
			got, want := songRows(t, batch), songRows(t, single)
			if !slices.Equal(got, want) {
				t.Errorf("songs after the batch:\n%s\nwant, as one by one:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			checkStats(t, batch)
		})
	}
}

// TestBatchUpgradeStatements: the statements of a batch's upgrades and
// spellings do not grow with them (a catalogue backfill merges a spelling or
// an upgrade in every few rows).
func TestBatchUpgradeStatements(t *testing.T) {
	db := openCounted(t)
	songs := []struct{ title, spelling, upgrade string }{
		{"Kino - Blood Type", "Kino - Gruppa Krovi", ""},
		{"Levitating (Lyrics)", "", "Dua Lipa - Levitating"},
		{"Adele - Hello (Official Music Video) [HD] lyrics", "Adele - Hello (Oficial)", "Adele - Hello"},
		{"Kim Kwangseok - Around Thirty (서른 즈음에)", "Kim Kwang Seok - Seoreun Jeueume", ""},
		{"Eason Chan - Ten Years", "Eason Chan - Shi Nian", ""},
		{"Physical (Audio)", "", "Dua Lipa - Physical"},
		{"Toto - Africa (Lyrics)", "Toto - Afrika", "Toto - Africa"},
		{"Qarlotta Venn - Glass Harbour", "Qarlotta Venn - Glass Harbor", ""},
	}
	statements := func(n int) int {
		var ws []dedup.SubmissionWrite
		for _, s := range songs[:n] {
			id := createSong(t, db, s.title, "")
			for _, raw := range []string{s.spelling, s.upgrade} {
				if raw == "" {
					continue
				}
				song := songOf(raw, "")
				w := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: raw}, AttachTo: id, DecidedBy: "test"}
				if raw == s.spelling {
					w.Spelling = &song
				} else {
					w.Upgrade = &song
				}
				ws = append(ws, w)
			}
		}
		before := sessionCounter(t, db, "Questions")
		if _, err := db.SubmitBatch(context.Background(), ws); err != nil {
			t.Fatal(err)
		}
		return sessionCounter(t, db, "Questions") - before - 1
	}
	small, large := statements(3), statements(len(songs))
	if large > small {
		t.Errorf("a batch of %d songs' spellings and upgrades took %d statements, %d more than one of 3 songs' (%d)", len(songs), large, large-small, small)
	}
	checkStats(t, db)
}

// BenchmarkBatchUpgrades times the write of a batch whose merges bring 32
// songs each a spelling with terms their keys lack and an upgrade naming
// their artists (what a catalogue backfill's batch writes), beside the
// batch of the same merges without them.
func BenchmarkBatchUpgrades(b *testing.B) {
	db, _ := openMigrated(b)
	ctx := context.Background()
	const songs = 32
	for _, extend := range []bool{false, true} {
		b.Run(fmt.Sprintf("spellings and upgrades=%t", extend), func(b *testing.B) {
			n := 0
			for b.Loop() {
				b.StopTimer()
				var ws []dedup.SubmissionWrite
				for range songs {
					n++
					id := createSong(b, db, fmt.Sprintf("Track%d Words (Lyrics)", n), "Lyric Vault")
					spelling := songOf(fmt.Sprintf("Trak%d Wordz", n), "")
					upgrade := songOf(fmt.Sprintf("Artist%d - Track%d Words", n, n), "")
					w := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: "Track Words"}, AttachTo: id, DecidedBy: "bench"}
					if extend {
						w.Spelling, w.Upgrade = &spelling, &upgrade
					}
					ws = append(ws, w)
				}
				b.StartTimer()
				if _, err := db.SubmitBatch(ctx, ws); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// openCounted opens a migrated database on one connection, whose session
// counts the statements it runs (sessionCounter).
func openCounted(t *testing.T) *store.DB {
	t.Helper()
	_, d := openMigrated(t)
	db, err := store.Open(context.Background(), d.DSN, store.Options{Logger: quiet, MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// sessionCounter returns a status counter of the session of db's one
// connection (Questions: the statements it ran).
func sessionCounter(t testing.TB, db *store.DB, name string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow("SHOW SESSION STATUS LIKE ?", name).Scan(&name, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// songRows returns every song row (key aliases included) as a line of its
// source, normalized fields, key and redirect, and the key aliases.
func songRows(t *testing.T, db *store.DB) []string {
	t.Helper()
	out := queryValues[string](t, db, `SELECT CONCAT_WS(' | ', id, title, channel, source_artist, artists, track, featured, version_info,
		track_hash, artist_hash, duration_seconds, search_key, COALESCE(merged_into, '-')) FROM songs ORDER BY id`)
	for _, alias := range queryIDs(t, db, "SELECT alias_id FROM key_aliases ORDER BY alias_id") {
		out = append(out, fmt.Sprint("key alias ", alias))
	}
	return out
}

// TestUpgradeReadsLockedSong: a batch that upgrades the source of a song it
// attaches a video to reads the song's key and artists in the statement
// that locks it (see lockCanonical): the upgrade of the same artists' song
// reads nothing more.
func TestUpgradeReadsLockedSong(t *testing.T) {
	db := openCounted(t)
	ctx := context.Background()
	attach := func(upgrade bool) int {
		t.Helper()
		song := songOf("Bruce Maginnis - Street Hype (Official Video)", "")
		out, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{{Video: dedup.Video{ID: nextVideoID(), Title: song.Source.Title},
			NewSong: &song, DecidedBy: "test"}})
		if err != nil {
			t.Fatal(err)
		}
		up := songOf("Bruce Maginnis - Street Hype", "")
		w := dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: up.Source.Title}, AttachTo: out[0].SongID, DecidedBy: "test"}
		if upgrade {
			w.Upgrade = &up
		}
		before := sessionCounter(t, db, "Com_select")
		if _, err := db.SubmitBatch(ctx, []dedup.SubmissionWrite{w}); err != nil {
			t.Fatal(err)
		}
		n := sessionCounter(t, db, "Com_select") - before
		if got, err := db.Song(ctx, out[0].SongID); err != nil {
			t.Fatal(err)
		} else if upgrade && got.Source.Title != up.Source.Title {
			t.Errorf("song's title %q after the upgrade, want %q", got.Source.Title, up.Source.Title)
		}
		return n
	}
	if plain, upgraded := attach(false), attach(true); upgraded != plain {
		t.Errorf("%d reads to attach a video, %d to attach it and upgrade the song: want as many", plain, upgraded)
	}
}
