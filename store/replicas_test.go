package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/store"
	"github.com/songdedup/songdedup/store/storetest"
)

// waitReplica waits until a check of the store's one replica made now or
// later finds it in state want.
func waitReplica(t *testing.T, db *store.DB, want store.ReplicaState) store.ReplicaStatus {
	t.Helper()
	since := time.Now()
	deadline := since.Add(45 * time.Second)
	for {
		st := db.Replicas()[0]
		if st.State == want && !st.CheckedAt.Before(since) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("replica %s is %s (lag %s, %s), want %s", st.Addr, st.State, st.Lag, st.Error, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// canonicalOf reads a video's canonical song on the primary.
func canonicalOf(t *testing.T, db *store.DB, video string) int64 {
	t.Helper()
	var id int64
	if err := db.SQL().QueryRow(`SELECT COALESCE(s.merged_into, s.id) FROM videos v JOIN songs s ON s.id = v.song_id
		WHERE v.video_id = ?`, video).Scan(&id); err != nil {
		t.Fatalf("video %s: %v", video, err)
	}
	return id
}

// uploadsOf submits ten uploads of one song one after the other, each
// through submit, and returns how many were answered as a new song and how
// many merges reconciliation made for them. They must end as one song.
func uploadsOf(t *testing.T, db *store.DB, submit func(string) (string, dedup.Answer), artist, track string) (created, reconciled int) {
	t.Helper()
	var videos []string
	for _, f := range []string{"%s - %s", "%s - %s (Official Video)", "%s - %s (Lyrics)", "%[2]s | %[1]s", "%s - %s [HD]",
		"%s - %s (Official Audio)", "%s \"%s\"", "%s - %s (Lyric Video)", "%s — %s [4K]", "%s - %s (Visualizer)"} {
		v, a := submit(fmt.Sprintf(f, artist, track))
		videos = append(videos, v)
		if a.Decision == dedup.OutcomeCreated {
			created++
		}
		time.Sleep(100 * time.Millisecond)
	}
	songs := map[int64]bool{}
	for _, v := range videos {
		songs[canonicalOf(t, db, v)] = true
	}
	if len(songs) != 1 {
		t.Errorf("ten uploads of %s - %s ended as %d songs", artist, track, len(songs))
	}
	// The merges of the songs the uploads created, by reconciliation.
	in, args := "", []any{}
	for _, v := range videos {
		in += ",?"
		args = append(args, v)
	}
	if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM merges WHERE kind = 'song' AND decided_by LIKE '%:reconcile'
		AND song_id IN (SELECT song_id FROM videos WHERE video_id IN (`+in[1:]+`))`, args...).Scan(&reconciled); err != nil {
		t.Fatal(err)
	}
	return created, reconciled
}

// TestReadReplicas runs the store on a primary and a real binlog replica
// of it: lag-tolerant reads go to the replica while it is healthy, a
// decision against a replica that has not seen a song yet still ends in
// one song, a replica lagging beyond the limit is skipped, and a stopped
// replica costs no read.
func TestReadReplicas(t *testing.T) {
	r := storetest.StartReplicated(t, "sdt_replicas")
	ctx := context.Background()
	db, err := store.Open(ctx, r.PrimaryDSN, store.Options{Logger: quiet, Replicas: store.ReplicaOptions{
		DSNs: []string{r.ReplicaDSN}, MaxLag: 5 * time.Second, CheckEvery: 100 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.MigrateUp(ctx); err != nil {
		t.Fatal(err)
	}
	if !db.ReadsMayLag() {
		t.Fatal("a store with a replica must say its reads may lag")
	}
	svc := dedup.NewService(dedup.Stores{Submit: db, Curation: db, Outcomes: db}, dedup.ServiceOptions{Logger: quiet})
	submit := func(title string) (string, dedup.Answer) {
		t.Helper()
		video := nextVideoID()
		a, err := svc.Submit(ctx, dedup.Submission{VideoRef: video, VideoRefField: "video_id", Title: title}, "test")
		if err != nil {
			t.Fatalf("submitting %q: %v", title, err)
		}
		return video, a
	}

	// Healthy and caught up: a document is read on the replica.
	_, first := submit("Zephyrine Ostrova - Halcyon Cartography")
	r.WaitCaughtUp(t)
	before := waitReplica(t, db, store.ReplicaHealthy)
	song, err := db.SongDetail(ctx, first.SongID)
	if err != nil || len(song.Videos) != 1 {
		t.Fatalf("song %d: %v, %d videos", first.SongID, err, len(song.Videos))
	}
	if got := db.Replicas()[0]; got.Reads != before.Reads+1 || got.Fallbacks != before.Fallbacks {
		t.Errorf("a document of a caught-up replica: reads %d -> %d, fallbacks %d -> %d; want one read on the replica",
			before.Reads, got.Reads, before.Fallbacks, got.Fallbacks)
	}

	// What lag costs: ten uploads of a song one after the other, against a
	// replica that follows at once and against one 3 s behind. Their
	// titles differ in decoration and order only, so the exact lookup on
	// the primary finds the first song whatever the replica has: the lag
	// costs them nothing. (An upload only the search finds costs a song and
	// a merge: below.)
	created0, merges0 := uploadsOf(t, db, submit, "Marisol Quenby", "Paper Lanterns")

	// Behind by less than the limit: the replica still serves the search,
	// which cannot see a song committed a moment ago. The second upload
	// (a typo, which only the search finds) is decided a new song, and
	// reconciliation on the primary merges the two.
	r.SetDelay(t, 3*time.Second)
	waitReplica(t, db, store.ReplicaHealthy)
	v1, a1 := submit("Okonkwo Tides - Ferrous Lullaby")
	before = db.Replicas()[0]
	v2, a2 := submit("Okonkwo Tides - Ferous Lullaby (Official Video)")
	if got := db.Replicas()[0]; got.State != store.ReplicaHealthy || got.Reads <= before.Reads {
		t.Fatalf("the search did not read the lagging replica (state %s, reads %d -> %d)", got.State, before.Reads, got.Reads)
	}
	if c1, c2 := canonicalOf(t, db, v1), canonicalOf(t, db, v2); c1 != c2 {
		t.Errorf("two uploads of one song decided against a lagging replica: songs %d and %d (answers %s %d, %s %d), want one",
			c1, c2, a1.Decision, a1.SongID, a2.Decision, a2.SongID)
	}
	created3, merges3 := uploadsOf(t, db, submit, "Kestrel Vane", "Saltwater Hymn")
	t.Logf("ten uploads of a new song, 100 ms apart: %d answered created and %d reconciliation merges with the replica caught up; %d and %d with it 3 s behind",
		created0, merges0, created3, merges3)
	if created0 != 1 || merges0 != 0 || created3 != 1 || merges3 != 0 {
		t.Errorf("uploads the exact lookup finds: %d created and %d merged by reconciliation caught up, %d and %d lagging; want 1 and 0",
			created0, merges0, created3, merges3)
	}
	t.Logf("an upload only the search finds, 3 s behind: answered %s, then merged by reconciliation", a2.Decision)
	// A document the replica does not have yet is read on the primary.
	before = db.Replicas()[0]
	if _, err := db.SongDetail(ctx, a2.SongID); err != nil {
		t.Fatalf("a song the replica has not seen yet: %v", err)
	}
	if got := db.Replicas()[0]; got.Fallbacks != before.Fallbacks+1 {
		t.Errorf("a song the replica has not seen: fallbacks %d -> %d, want one", before.Fallbacks, got.Fallbacks)
	}

	// Behind by more than the limit: skipped, the primary serves.
	r.SetDelay(t, time.Minute)
	submit("Saoirse Vantablack - Glass Harbour")
	st := waitReplica(t, db, store.ReplicaLagging)
	if st.Lag <= 5*time.Second {
		t.Errorf("lagging with a lag of %s", st.Lag)
	}
	if _, err := db.SongDetail(ctx, first.SongID); err != nil {
		t.Fatal(err)
	}
	if got := db.Replicas()[0]; got.Reads != st.Reads {
		t.Errorf("a lagging replica served %d reads", got.Reads-st.Reads)
	}
	r.SetDelay(t, 0)
	r.WaitCaughtUp(t)
	waitReplica(t, db, store.ReplicaHealthy)

	// Stopped: every read and submission still answers, from the primary.
	r.StopReplica()
	for i, title := range []string{"Dj Quillfeather - Neon Orchard", "Dj Quillfeather - Neon Orchard (Lyrics)"} {
		if _, err := db.SongDetail(ctx, first.SongID); err != nil {
			t.Errorf("read %d after the replica stopped: %v", i, err)
		}
		if _, err := db.Reviews(ctx, dedup.ReviewQuery{Status: dedup.ReviewPending, Limit: 10}); err != nil {
			t.Errorf("review list %d after the replica stopped: %v", i, err)
		}
		submit(title)
	}
	waitReplica(t, db, store.ReplicaDown)
}
