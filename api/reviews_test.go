package api_test

import (
	"context"
	"fmt"
	"net/http"
	"reflect"
	"sync"
	"testing"
)

// reviewPair submits a song and a near miss of it and returns the review.
func (e *env) reviewPair(n int, title, nearTitle string) (reviewID, songID, candidateID string) {
	e.t.Helper()
	first := e.submit(fmt.Sprintf("RVW%07dA", n), title, "")
	near := e.submit(fmt.Sprintf("RVW%07dB", n), nearTitle, "")
	if str(near["decision"]) != "review" {
		e.t.Fatalf("%q after %q: decision %v, want review (%v)", nearTitle, title, near["decision"], near)
	}
	return str(near["review_id"]), str(near["song_id"]), str(first["song_id"])
}

func TestReviewQueuePagination(t *testing.T) {
	e := newEnv(t)
	pairs := [][2]string{
		{"Adele - Hello", "Adele - Hallo"},
		{"Coldplay - Yellow", "Coldplay - Yallow"},
		{"Queen - Bohemian Rhapsody", "Queen - Bohemian Rhapsody Part 2"},
		{"Ed Sheeran - Castle", "Ed Sheeran - Cattle"},
		{"Muse - Hysteria", "Muse - Mass Hysteria Tonight"},
	}
	var ids []string
	for i, p := range pairs {
		near := e.submit(fmt.Sprintf("PAG%07dA", i), p[0], "")
		_ = near
		out := e.submit(fmt.Sprintf("PAG%07dB", i), p[1], "")
		if str(out["decision"]) == "review" {
			ids = append(ids, str(out["review_id"]))
		}
	}
	if len(ids) < 3 {
		t.Fatalf("only %d near misses went to review; need 3 to page", len(ids))
	}
	// Walk the queue one item at a time: every item once, scores never rise.
	seen := map[string]bool{}
	cursor, last := "", 2.0
	for page := 0; page < 20; page++ {
		path := "/v1/reviews?status=pending&limit=1"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		status, out, _ := e.do("GET", path, curatorKey, nil)
		if status != http.StatusOK {
			t.Fatalf("list: %d %v", status, out)
		}
		items := out["items"].([]any)
		for _, it := range items {
			item := it.(map[string]any)
			if seen[str(item["id"])] {
				t.Errorf("item %v listed twice", item["id"])
			}
			seen[str(item["id"])] = true
			if s := item["score"].(float64); s > last {
				t.Errorf("score %v after %v: not highest first", s, last)
			} else {
				last = s
			}
			// A page carries the documents of the songs, as the review
			// alone does.
			_, full, _ := e.do("GET", "/v1/reviews/"+str(item["id"]), curatorKey, nil)
			for _, side := range []string{"song", "candidate"} {
				sum, _ := item[side].(map[string]any)
				doc, _ := full[side].(map[string]any)
				if sum == nil || str(sum["id"]) == "" || sum["video_count"] != float64(1) || len(sum["videos"].([]any)) != 1 || sum["merge_history"] == nil {
					t.Errorf("item %v: %s is no song document: %v", item["id"], side, sum)
				}
				if doc == nil || len(doc["videos"].([]any)) != 1 || doc["merge_history"] == nil {
					t.Errorf("review %v: %s document incomplete: %v", item["id"], side, doc)
				}
				for k, v := range sum {
					if !reflect.DeepEqual(doc[k], v) {
						t.Errorf("review %v: %s summary's %s is %v, its document's %v", item["id"], side, k, v, doc[k])
					}
				}
			}
			if item["explanation"] == nil || item["status"] != "pending" || item["created_at"] == nil {
				t.Errorf("item lacks explanation/status/created_at: %v", item)
			}
		}
		cursor = str(out["next_cursor"])
		if cursor == "" {
			break
		}
	}
	if len(seen) != len(ids) {
		t.Errorf("paged through %d items, want %d", len(seen), len(ids))
	}
	for _, bad := range []string{"/v1/reviews?status=maybe", "/v1/reviews?limit=0", "/v1/reviews?limit=x", "/v1/reviews?cursor=bm90LWEtY3Vyc29y"} {
		if status, _, _ := e.do("GET", bad, curatorKey, nil); status != 400 {
			t.Errorf("GET %s = %d, want 400", bad, status)
		}
	}
}

func TestApproveRejectAndConflicts(t *testing.T) {
	e := newEnv(t)
	reviewID, songID, candidateID := e.reviewPair(1, "Adele - Hello", "Adele - Hallo")

	// Approve merges the newer song into the older; again is fine.
	for i := 0; i < 2; i++ {
		status, out, _ := e.do("POST", "/v1/reviews/"+reviewID+"/approve", curatorKey, nil)
		if status != http.StatusOK || out["status"] != "approved" {
			t.Fatalf("approve #%d: %d %v", i+1, status, out)
		}
		if str(out["decided_by"]) != "curator:alice" {
			t.Errorf("decided_by %q, want the curator's key name", out["decided_by"])
		}
	}
	status, song, hdr := e.do("GET", "/v1/songs/"+songID, submitterKey, nil)
	if status != http.StatusOK || str(song["merged_into"]) != candidateID || hdr.Get("Location") != "/v1/songs/"+candidateID {
		t.Errorf("merged song: %d merged_into=%v location=%q, want %s", status, song["merged_into"], hdr.Get("Location"), candidateID)
	}
	status, canon, _ := e.do("GET", "/v1/songs/"+candidateID, submitterKey, nil)
	if status != http.StatusOK || len(canon["videos"].([]any)) != 2 || len(canon["merge_history"].([]any)) == 0 {
		t.Errorf("canonical after approve: %d videos=%d history=%v", status, len(canon["videos"].([]any)), canon["merge_history"])
	}
	status, video, _ := e.do("GET", "/v1/videos/RVW0000001B", submitterKey, nil)
	if status != http.StatusOK || str(video["song_id"]) != candidateID {
		t.Errorf("video of the merged song points at %v, want %s", video["song_id"], candidateID)
	}
	// The opposite decision now conflicts, with the current state.
	status, prob, _ := e.do("POST", "/v1/reviews/"+reviewID+"/reject", curatorKey, nil)
	cur, _ := prob["current"].(map[string]any)
	if status != http.StatusConflict || cur == nil || cur["status"] != "approved" {
		t.Errorf("reject after approve: %d %v, want 409 with the current state", status, prob)
	}

	// Reject keeps a pair apart for good.
	reviewID, songID, candidateID = e.reviewPair(2, "Coldplay - Yellow", "Coldplay - Yallow")
	if status, out, _ := e.do("POST", "/v1/reviews/"+reviewID+"/reject", curatorKey, nil); status != 200 || out["status"] != "rejected" {
		t.Fatalf("reject: %d %v", status, out)
	}
	if status, _, _ := e.do("POST", "/v1/reviews/"+reviewID+"/reject", curatorKey, nil); status != 200 {
		t.Errorf("reject again: %d, want 200", status)
	}
	if status, _, _ := e.do("POST", "/v1/reviews/"+reviewID+"/approve", curatorKey, nil); status != http.StatusConflict {
		t.Errorf("approve after reject: %d, want 409", status)
	}
	_, err := e.db.MergeSongs(context.Background(), mergeReq(songID, candidateID))
	if err == nil {
		t.Errorf("an automatic merge of a rejected pair went through")
	}
	if status, _, _ := e.do("POST", "/v1/reviews/99999/approve", curatorKey, nil); status != 404 {
		t.Errorf("unknown review: %d, want 404", status)
	}
}

func TestConcurrentDecisions(t *testing.T) {
	e := newEnv(t)
	for round := 0; round < 5; round++ {
		reviewID, _, _ := e.reviewPair(10+round, fmt.Sprintf("Artist%d Band - Golden", round),
			fmt.Sprintf("Artist%d Band - Galden", round))
		var wg sync.WaitGroup
		statuses := make([]int, 2)
		for i, action := range []string{"approve", "reject"} {
			wg.Add(1)
			go func(i int, action string) {
				defer wg.Done()
				statuses[i], _, _ = e.do("POST", "/v1/reviews/"+reviewID+"/"+action, curatorKey, nil)
			}(i, action)
		}
		wg.Wait()
		ok, conflict := 0, 0
		for _, s := range statuses {
			switch s {
			case 200:
				ok++
			case 409:
				conflict++
			}
		}
		if ok != 1 || conflict != 1 {
			t.Errorf("round %d: approve and reject at once gave %v, want one 200 and one 409", round, statuses)
		}
	}
}

func TestSplit(t *testing.T) {
	e := newEnv(t)
	first := e.submit("SPL0000001A", "Daft Punk - Get Lucky (Official Audio)", "")
	wrong := e.submit("SPL0000001B", "Daft Punk - Get Lucky", "Lyrics Vault")
	if str(wrong["decision"]) != "merged" {
		t.Fatalf("setup: %v", wrong)
	}
	songID := str(first["song_id"])
	e.do("POST", "/v1/videos/SPL0000001A/engagement", submitterKey, map[string]int{"plays": 7, "likes": 1})
	e.do("POST", "/v1/videos/SPL0000001B/engagement", submitterKey, map[string]int{"plays": 100, "likes": 20})

	tests := []struct {
		name   string
		body   any
		status int
	}{
		{"empty list", map[string]any{"video_ids": []string{}}, 400},
		{"unknown video", map[string]any{"video_ids": []string{"ZZZZZZZZZZ1"}}, 400},
		{"every video", map[string]any{"video_ids": []string{"SPL0000001A", "SPL0000001B"}}, 400},
		{"not a list", `{"video_ids": "SPL0000001B"}`, 400},
	}
	for _, tt := range tests {
		if status, out, _ := e.do("POST", "/v1/songs/"+songID+"/split", curatorKey, tt.body); status != tt.status {
			t.Errorf("%s: %d %v, want %d", tt.name, status, out, tt.status)
		}
	}
	status, split, _ := e.do("POST", "/v1/songs/"+songID+"/split", curatorKey, map[string]any{"video_ids": []string{"SPL0000001B"}})
	if status != http.StatusCreated {
		t.Fatalf("split: %d %v", status, split)
	}
	if split["plays"].(float64) != 100 || split["likes"].(float64) != 20 || len(split["videos"].([]any)) != 1 {
		t.Errorf("split song carries plays=%v likes=%v videos=%d, want 100, 20, 1", split["plays"], split["likes"], len(split["videos"].([]any)))
	}
	_, orig, _ := e.do("GET", "/v1/songs/"+songID, submitterKey, nil)
	if orig["plays"].(float64) != 7 || orig["likes"].(float64) != 1 {
		t.Errorf("original keeps plays=%v likes=%v, want 7 and 1", orig["plays"], orig["likes"])
	}
	foundSplit := false
	for _, h := range orig["merge_history"].([]any) {
		if h.(map[string]any)["kind"] == "split" {
			foundSplit = true
		}
	}
	if !foundSplit {
		t.Errorf("merge history of the original lacks the split: %v", orig["merge_history"])
	}
	// The two are never merged automatically again.
	if _, err := e.db.MergeSongs(context.Background(), mergeReq(str(split["id"]), songID)); err == nil {
		t.Errorf("an automatic merge of a split pair went through")
	}
	// A third upload of the same song goes to one of them, never both merged.
	out := e.submit("SPL0000001C", "Daft Punk - Get Lucky [HD]", "")
	if d := str(out["decision"]); d == "merged" && str(out["song_id"]) != songID && str(out["song_id"]) != str(split["id"]) {
		t.Errorf("third upload: %v", out)
	}
}
