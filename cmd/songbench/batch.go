package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// batchSize is the batch the bench compares with single requests: the
// server's default largest batch.
const batchSize = 500

// measureBatch compares, on the same server and catalogue, batchSize
// submissions sent in one POST /v1/submissions/batch with as many single
// requests one at a time. Both sets are drawn the same way (half
// duplicates of catalogue songs, half new songs), from different seeds so
// that neither finds the other's videos.
func (b *bench) measureBatch(base string) error {
	singles := b.submissions(batchSize, b.cfg.Seed+21, 'u')
	start := time.Now()
	for _, s := range singles {
		if _, _, err := submitOne(base, s); err != nil {
			return fmt.Errorf("single submit: %w", err)
		}
	}
	singleRate := float64(len(singles)) / time.Since(start).Seconds()

	batch := b.submissions(batchSize, b.cfg.Seed+22, 'v')
	body, _ := json.Marshal(map[string]any{"submissions": batch})
	req, _ := http.NewRequest("POST", base+"/v1/submissions/batch", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+benchKey)
	req.Header.Set("Content-Type", "application/json")
	start = time.Now()
	resp, err := benchClient.Do(req)
	if err != nil {
		return fmt.Errorf("batch submit: %w", err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	elapsed := time.Since(start)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("batch submit: status %d: %.500s", resp.StatusCode, raw)
	}
	var out struct {
		Results []struct {
			Status     int `json:"status"`
			Submission struct {
				Decision string `json:"decision"`
			} `json:"submission"`
		} `json:"results"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || len(out.Results) != len(batch) {
		return fmt.Errorf("batch submit: %d results for %d submissions (%v)", len(out.Results), len(batch), err)
	}
	decisions := map[string]int{}
	for _, r := range out.Results {
		if r.Status >= 400 {
			return fmt.Errorf("batch submit: an item answered %d", r.Status)
		}
		decisions[r.Submission.Decision]++
	}
	b.logf("batch of %d: %v in %v", len(batch), decisions, elapsed.Round(time.Millisecond))
	batchRate := float64(len(batch)) / elapsed.Seconds()
	b.res.set("submit_rps_single_c1", singleRate, fmt.Sprintf("%.0f submits/s (%d single requests, concurrency 1)", singleRate, len(singles)))
	b.res.set("submit_rps_batch", batchRate, fmt.Sprintf("%.0f submits/s (%d in one batch request)", batchRate, len(batch)))
	b.res.set("batch_speedup", batchRate/singleRate, fmt.Sprintf("%.1fx the single requests of the same run", batchRate/singleRate))
	return nil
}
