package score

import "testing"

// BenchmarkPrepare is the per-candidate cost of looking up weights and
// canonical forms.
func BenchmarkPrepare(b *testing.B) {
	t := ti("ed sheeran, justin bieber | i dont care")
	w := DefaultWeights()
	var p side
	for b.Loop() {
		p.prepare(&t, 0, w)
	}
}

// BenchmarkCompareFast is one candidate scored without an explanation, as
// Decide scores all but the one it names.
func BenchmarkCompareFast(b *testing.B) {
	benchCompare(b, "ed sheeran | shape of you | feat: stormzy", "backstreet boys | shape of my heart", false)
}

// BenchmarkCompareExplain is one comparison with its explanation.
func BenchmarkCompareExplain(b *testing.B) {
	benchCompare(b, "ed sheeran | shape of you | feat: stormzy", "ed sheeran | shape of you", true)
}

func benchCompare(b *testing.B, x, y string, explain bool) {
	a, c := ti(x), ti(y)
	w := DefaultWeights()
	s := scorer{versionCheckFloor: 0.85}
	s.a.prepare(&a, 0, w)
	s.b.prepare(&c, 0, w)
	b.ReportAllocs()
	for b.Loop() {
		s.compare(explain)
	}
}
