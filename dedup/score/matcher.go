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

// FormScore scores the matcher's subject against form, the title of an
// upload merged into a song whose own title is own, standing for that
// song: a song is every upload merged into it, so a subject that matches
// one of them matches the song ("Korol i Shut - Kukla Kolduna" meets
// "KiSh - Kukla kolduna" through "Король и Шут - Кукла колдуна").
//
// ok is false (and score 0), form no evidence for the song, when the
// subject scores below th.Review against it, and unless form is one song
// with own by itself (above th.Merge, the same version, no rule holding
// them apart), the subject meets only artist words of form that met
// own's, and no word by a typo of a word that met own's by a typo. An
// artist form credits beside own's says nothing of the song: an upload
// meeting form through it is another song ("Kanye West - Hurricane"
// against "30 Seconds To Mars feat. Kanye West - Hurricane", merged into
// "30 Seconds To Mars - Hurricane"), and merging through it would chain
// songs into one, each step a match. A track word form adds is one that
// did not count against own, a translation beside the track ("林俊傑 JJ Lin
// - 她說 She Says" merged into "JJ Lin - Ta Shuo" names the song "JJ Lin -
// She Says" too).
func (m *Matcher) FormScore(form, own *Subject, th Thresholds) (score float64, ok bool) {
	m.s.b.prepare(&form.Title, form.DurationSeconds, m.s.a.w)
	if score = m.s.compare(false).Score; score < th.Review {
		return 0, false
	}
	s := getScorer(unparsedVersionFloor)
	defer putScorer(s)
	s.a.prepare(&form.Title, form.DurationSeconds, m.s.a.w)
	s.b.prepare(&own.Title, own.DurationSeconds, m.s.a.w)
	if c := s.compare(false); c.Score <= th.Merge || !c.SameVersion || c.MergeBlocked || s.lastRules&(anotherSongRules|distinctRules) != 0 {
		return 0, false
	}
	met := make(map[string]matchKind, len(s.a.toks))
	for _, p := range s.pairs {
		for x := p.i; x <= max(p.i, p.i2); x++ {
			met[s.a.toks[x].text] = p.kind
		}
	}
	for _, p := range m.s.pairs {
		for x := p.j; x <= max(p.j, p.j2); x++ {
			tk := &m.s.b.toks[x]
			k, found := met[tk.text]
			if !found && tk.field != fieldTrack || found && k == kindTypo && p.kind == kindTypo {
				return 0, false
			}
		}
	}
	return score, true
}
