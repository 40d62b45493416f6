package score

// Matcher scores many subjects against one, without explanations: the
// re-ranking of retrieved candidates, and the brute-force reference of the
// benchmark that scores a whole catalogue. Its scores equal Compare's. A
// Matcher is not safe for concurrent use; make one per goroutine.
type Matcher struct {
	sub Subject
	s   scorer
}

// NewMatcher prepares sub for scoring with weights w (DefaultWeights when
// nil).
func NewMatcher(sub Subject, w Weigher) *Matcher {
	if w == nil {
		w = DefaultWeights()
	}
	m := &Matcher{sub: sub, s: scorer{versionCheckFloor: unparsedVersionFloor}}
	m.s.a.prepare(&m.sub.Title, m.sub.DurationSeconds, w)
	return m
}

// Score returns the similarity of the matcher's subject and other, in [0,1].
func (m *Matcher) Score(other *Subject) float64 {
	m.s.b.prepare(&other.Title, other.DurationSeconds, m.s.a.w)
	return m.s.compare(false).Score
}
