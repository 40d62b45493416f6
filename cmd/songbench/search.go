package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"time"
)

// measureSearch measures GET /v1/songs?q= over HTTP, one query at a time:
// titles of catalogue songs as uploaders write them.
func (b *bench) measureSearch(base string) error {
	rng := rand.New(rand.NewPCG(b.cfg.Seed+31, 7+uint64(b.cfg.Run)))
	n := max(300, b.cfg.Queries)
	var lat latencies
	unavailable := 0
	for range n {
		q, _ := b.gen.render(rng, b.recs[rng.IntN(len(b.recs))])
		req, _ := http.NewRequest("GET", base+"/v1/songs?limit=20&q="+url.QueryEscape(q), nil)
		req.Header.Set("Authorization", "Bearer "+benchKey)
		start := time.Now()
		resp, err := benchClient.Do(req)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		d := time.Since(start)
		if resp.StatusCode == http.StatusServiceUnavailable {
			unavailable++ // past --request-timeout: a figure, as in the submit phase
			continue
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("search %q: status %d: %.300s", q, resp.StatusCode, raw)
		}
		lat = append(lat, d)
	}
	if unavailable > 0 {
		b.res.set("search_unavailable", float64(unavailable), fmt.Sprintf("%d of %d answered 503", unavailable, n))
	}
	if len(lat) == 0 {
		return fmt.Errorf("search: every one of %d queries answered 503", n)
	}
	b.res.set("search_p50_ms", ms(lat.pct(0.50)), fmt.Sprintf("%.2f ms (%d queries over HTTP, concurrency 1)", ms(lat.pct(0.50)), n))
	b.res.set("search_p99_ms", ms(lat.pct(0.99)), fmt.Sprintf("%.2f ms", ms(lat.pct(0.99))))
	return nil
}
