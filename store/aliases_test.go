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
			{0, "Phoebe Bridgers - Kyoto", "", 184},
			{2, "Phoebe Bridgers - Garden Song", "", 190},
			{1, "Phoebe Bridgers - Motion Sickness", "Phoebe Bridgers - Topic", 0},
		}},
		{"a short title before a long one, other scripts", []string{
			"Кино - Группа крови (live)|Fan Uploads|0",
			"IU - 밤편지 (Through the Night) [MV] full HD|1theK|0",
		}, []up{
			{0, "Кино - Группа крови", "", 0},
			{1, "IU(아이유) - 밤편지 (Through the Night) feat. 정승환, 이적 & a very long credit list of guests", "IU Official", 254},
		}},
		{"an upgrade naming other artists adds a key alias", []string{
			"Levitating (Lyrics)|Lyric Vault|0",
			"Dua Lipa - Physical (Official Video)||0",
		}, []up{
			{0, "Dua Lipa - Levitating", "", 203},
			{1, "Dua Lipa - Physical", "Dua Lipa", 0},
		}},
		{"one song upgraded twice", []string{
			"Adele - Hello (Official Music Video) [HD] lyrics|Vevo Fans|0",
			"Adele - Skyfall (Lyric Video)||0",
		}, []up{
			{0, "Adele - Hello (Official Video)", "", 0},
			{1, "Adele - Skyfall", "", 286},
			{0, "Adele - Hello", "AdeleVEVO", 295},
		}},
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
					ws = append(ws, dedup.SubmissionWrite{Video: dedup.Video{ID: nextVideoID(), Title: u.title, Channel: u.channel,
						DurationSeconds: u.duration}, AttachTo: ids[u.song], Upgrade: &song, DecidedBy: "test"})
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
