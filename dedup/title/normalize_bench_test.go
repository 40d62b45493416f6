package title

import (
	"testing"
	"time"
)

// benchTitles are typical titles: the real-world cases, which mix ASCII
// and non-ASCII titles, with and without channels.
func benchTitles(b *testing.B) []Input {
	var ins []Input
	for _, c := range readCases(b, casesFile) {
		if c.Title != "" {
			ins = append(ins, Input{Title: c.Title, Channel: c.Channel, Artist: c.Artist})
		}
	}
	return ins
}

// BenchmarkNormalize reports ns and allocations per title, and titles per
// second on one core (run with -cpu 1).
func BenchmarkNormalize(b *testing.B) {
	ins := benchTitles(b)
	for _, in := range ins {
		// Once, untimed: a process reads the tables it loads lazily
		// (package reading's kanji readings) on its first title that
		// needs them.
		Normalize(in)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		Normalize(ins[i%len(ins)])
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "titles/s")
}

// BenchmarkNormalizeASCII is the fast path: a plain ASCII title.
func BenchmarkNormalizeASCII(b *testing.B) {
	in := Input{Title: "Ed Sheeran - Shape of You (Official Music Video) ft. Stormzy [HD]"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Normalize(in)
	}
}

// BenchmarkNormalizeUnicode is a title that takes the x/text path.
func BenchmarkNormalizeUnicode(b *testing.B) {
	in := Input{Title: "Beyoncé – Halo (Official Vidéo) [MV] BTS(방탄소년단)", Channel: "BeyoncéVEVO"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Normalize(in)
	}
}

// BenchmarkFold is the Unicode folding alone.
func BenchmarkFold(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Fold("Beyoncé – Halo (Official Vidéo)")
	}
}
