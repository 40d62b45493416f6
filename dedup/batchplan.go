package dedup

import (
	"context"
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/reading"
	"github.com/songdedup/songdedup/dedup/score"
	"github.com/songdedup/songdedup/dedup/title"
)

// Deciding the items of a batch one after the other, each seeing the songs
// the items before it create.

// batchPlan is the decided, not yet written, part of a batch.
type batchPlan struct {
	svc       *Service
	decidedBy string
	writes    []SubmissionWrite
	answers   []Answer // per write; negative IDs name writes of this batch
	itemOf    []int    // per write: the item it writes
	pending   []pendingSong
	byKey     map[string]int         // normalized track, artists and versions -> write creating that song (1-based)
	firstOf   map[string]int         // video -> first item writing it
	repeats   []int                  // items repeating a video of an earlier item written by the batch
	alone     []int                  // items to decide one by one
	found     map[int]prefetched     // item -> what was read for it with the batch
	stats     *tokenStats            // the statistics of the tokens of found
	upgrades  map[int64]upgradeWrite // song -> the write that upgrades its source
	index     wordIndex              // pending songs by the ends of their words
	// forms are the titles of the items the batch merged into a song, a
	// pending one (negative ID) or one of the catalogue's, and formIndex
	// finds them by the ends of their words (see batchForm).
	forms     []batchForm
	formIndex wordIndex
}

// batchForm is the title of an item a batch merged into a song: another
// form of that song, which later items of the batch are compared with as
// well as with the song's own title (see addForms).
type batchForm struct {
	songID  int64
	subject score.Subject
	own     score.Subject // the song's own title, which the item merged with
}

// upgradeWrite is the write of a batch that upgrades a song's source, and
// the Cleanliness of the title it brings.
type upgradeWrite struct{ write, clean int }

// pendingSong is a song the batch will create.
type pendingSong struct {
	write   int // 1-based
	subject score.Subject
	known   *decided // what the song's decision saw
}

func batchKey(t title.Title) string {
	a := slices.Clone(t.Artists)
	slices.Sort(a)
	return t.Track + "|" + strings.Join(a, "|")
}

// recordingKey is batchKey with the title's versions and their
// qualifiers: one recording.
func recordingKey(t title.Title) string {
	v := make([]string, 0, len(t.Versions)+len(t.VersionInfo))
	for _, x := range t.Versions {
		v = append(v, string(x))
	}
	return batchKey(t) + "|" + strings.Join(v, ",") + "|" + strings.Join(t.VersionInfo, ",")
}

// plan decides item i, whose normalized submission is subject, and adds its
// writes.
func (b *batchPlan) plan(ctx context.Context, i int, it BatchItem, videoID string, subject score.Subject) error {
	s := b.svc
	if first, dup := b.firstOf[videoID]; dup {
		// A repeat of an item decided alone is decided alone after it, and
		// finds its video known; the others take their first item's song
		// once the batch is written.
		if slices.Contains(b.alone, first) {
			b.alone = append(b.alone, i)
		} else {
			b.repeats = append(b.repeats, i)
		}
		return nil
	}
	b.firstOf[videoID] = i
	sub, t := it.Sub, subject.Title

	var cands []score.Candidate
	var w score.Weigher
	var terms []string // searchkey.Terms(t), when the batch read them
	known := &decided{subject: subject}
	if k, ok := b.byKey[recordingKey(t)]; ok && len(t.Artists) > 0 {
		// The same normalized recording was created earlier in this batch;
		// the database cannot hold a better match, or that song would not
		// have been created. (Another version of the song is no such match:
		// "Искала (live)" created first leaves the studio take to decide.)
		p := b.pending[slices.IndexFunc(b.pending, func(p pendingSong) bool { return p.write == k })]
		cands = []score.Candidate{{SongID: -int64(k), Title: p.subject.Title, DurationSeconds: p.subject.DurationSeconds}}
		w = score.DefaultWeights()
	} else {
		var err error
		if pre, ok := b.found[i]; ok {
			known, terms = pre.known, pre.terms
			cands, w, err = s.rank(ctx, subject, pre.cands, b.stats)
		} else if known, err = s.snapshot(ctx, subject); err == nil {
			cands, w, err = s.Retrieve(ctx, subject, 0)
		}
		if err != nil {
			return err
		}
		// Songs this batch creates are candidates too: those that may score
		// with it at all.
		m := score.NewMatcher(subject, w)
		for _, k := range b.index.lookup(t, len(b.pending)) {
			p := b.pending[k]
			if m.Score(&p.subject) >= s.thresholds.Review {
				cands = append(cands, score.Candidate{SongID: -int64(p.write), Title: p.subject.Title, DurationSeconds: p.subject.DurationSeconds})
			}
		}
	}
	cands = b.addForms(subject, cands, w)
	d := score.Decide(subject, cands, w, s.thresholds)
	if d.Kind == score.DecisionReview && len(d.ReviewWith) > 1 {
		// An ambiguous match may be a song created twice by a race: Submit
		// knows how to consolidate that. When the songs are not all one song
		// by their scores, Submit would put the row in review with them as
		// planned here.
		if group := reviewGroup(d, cands); len(group) > 1 && s.pairwiseSame(group, w) {
			b.alone = append(b.alone, i)
			return nil
		}
	}
	write, out, _ := s.planWrite(sub, it.titleInput(), videoID, subject, d, cands, w, b.decidedBy, it.Rec, terms)
	if write.Upgrade != nil {
		// Every item compared itself with the song as it was before the
		// batch: of several upgrades of one song, only the cleanest is
		// kept, or a later, less clean one would overwrite it.
		clean := title.Cleanliness(t)
		if prev, ok := b.upgrades[write.AttachTo]; ok && prev.clean >= clean {
			write.Upgrade = nil
		} else {
			if ok {
				b.writes[prev.write].Upgrade = nil
			}
			b.upgrades[write.AttachTo] = upgradeWrite{write: len(b.writes), clean: clean}
		}
	}
	if k := slices.IndexFunc(cands, func(c score.Candidate) bool { return c.SongID == d.SongID }); d.Kind == score.DecisionMerge && k >= 0 {
		c := &cands[k]
		b.formIndex.add(len(b.forms), t)
		b.forms = append(b.forms, batchForm{songID: d.SongID, subject: subject, own: score.Subject{Title: ownTitle(c), DurationSeconds: c.DurationSeconds}})
	}
	b.writes = append(b.writes, write)
	b.answers = append(b.answers, out)
	b.itemOf = append(b.itemOf, i)
	if write.NewSong != nil {
		n := len(b.writes)
		b.index.add(len(b.pending), t)
		b.pending = append(b.pending, pendingSong{write: n, subject: subject, known: known})
		if _, ok := b.byKey[recordingKey(t)]; !ok {
			b.byKey[recordingKey(t)] = n
		}
	}
	return nil
}

// addForms returns cands with the forms of their songs that the batch
// merged items into (see batchForm): a song is compared with the form of
// it that scores best with subject, its own title or the title of an item
// merged into it, and a song none of whose candidates' titles was found but
// one of whose forms scores at least the review threshold becomes a
// candidate. An item merged into a song is the same recording, so a title
// that matches it matches the song: "Korol i Shut - Kukla Kolduna" meets
// the song "KiSh - Kukla kolduna" through "Король и Шут - Кукла колдуна",
// merged into it a moment before. A form stands for the song only through
// what it shares with the song's own title (see score.Matcher.FormScore).
func (b *batchPlan) addForms(subject score.Subject, cands []score.Candidate, w score.Weigher) []score.Candidate {
	if len(b.forms) == 0 {
		return cands
	}
	var m *score.Matcher
	for _, k := range b.formIndex.lookup(subject.Title, len(b.forms)) {
		f := &b.forms[k]
		if m == nil {
			m = score.NewMatcher(subject, w)
		}
		sc, ok := m.FormScore(&f.subject, &f.own, b.svc.thresholds)
		if !ok {
			continue
		}
		c := score.Candidate{SongID: f.songID, Title: f.subject.Title, DurationSeconds: f.subject.DurationSeconds, Own: &f.own.Title}
		switch i := slices.IndexFunc(cands, func(c score.Candidate) bool { return c.SongID == f.songID }); {
		case i < 0:
			cands = append(cands, c)
		case m.Score(&score.Subject{Title: cands[i].Title, DurationSeconds: cands[i].DurationSeconds}) < sc:
			c.NoAutoMerge = cands[i].NoAutoMerge
			cands[i] = c
		}
	}
	return cands
}

// watch gives each write creating a song the watch its reconciliation
// reads (see ReconcileWatch): the frequencies its decision saw of its
// watched terms, plus what the batch's own new songs add to them; and the
// lexicon its title was read with (lexiconOf, by item).
func (b *batchPlan) watch(lexiconOf map[int]map[string]int) {
	allow := map[string]int{}
	for _, w := range b.writes {
		if w.NewSong != nil {
			for _, t := range strings.Fields(w.NewSong.SearchKey) {
				allow[t]++
			}
		}
	}
	for _, p := range b.pending {
		var before map[string]int
		if p.known != nil {
			before = p.known.terms
		}
		b.writes[p.write-1].Watch = &ReconcileWatch{Limits: growthLimits(before, allow), Lexicon: lexiconOf[b.itemOf[p.write-1]],
			Aliases: p.subject.Title.Aliases}
	}
}

// watched returns the songs the batch created, once written, with their
// watches, in the order of their writes.
func (b *batchPlan) watched(written []SubmissionWritten) []watchedSong {
	out := make([]watchedSong, 0, len(b.pending))
	for _, p := range b.pending {
		out = append(out, watchedSong{id: written[p.write-1].SongID, subject: p.subject, watch: *b.writes[p.write-1].Watch})
	}
	return out
}

// wordIndex finds the songs a batch will create that may score with a
// title: those sharing with it the first or the last three letters of a
// word. Scoring pairs words by similarity (equal, a typo, a compound), so a
// song none of whose words starts or ends like one of the title's cannot
// reach the review threshold (TestWordKeysOfMatchingPairs holds this over
// the labeled pairs). Without it, every item would score every song the
// batch created before it: work that grows with the square of the batch.
type wordIndex map[string][]int

// wordKeys returns the keys of t's words: the first and the last three
// letters of each, or a short word whole. A word in another script also
// gives the keys of its Latin reading, word by word and in its loose
// spelling, so that Кино meets Kino, and of its other readings
// (reading.Alternates, reading.Swapped), so that 恋 meets Koi and 星野源
// Gen Hoshino, and a word of Han characters alone the keys of its
// Cantonese spellings (reading.CantoneseKeys), so that 夕陽之歌 meets "Jik
// Yeung Ji Go" and 梅艷芳 Anita Mui. The names the title writes in two scripts (ScriptPairs:
// "Girls' Generation 소녀시대 '다시 만난 세계 (Into the New World)'") and
// its learned aliases give the keys of both spellings. A word in Arabic
// script, whose reading a Latin spelling meets by its consonants
// (reading.Skeleton) or, for a short word, by where its vowels stand
// (reading.Shape), gives that form as a key too, and so does each Latin
// word of the artists, so that شيرين meets Sherine: the artists of such a
// pair must agree for its track to count (arabic_short_word).
func wordKeys(t title.Title) []string {
	var keys []string
	add := func(tok string) {
		r := []rune(tok)
		if len(r) <= 3 {
			keys = append(keys, "="+tok)
			return
		}
		keys = append(keys, "<"+string(r[:3]), ">"+string(r[len(r)-3:]))
	}
	word := func(tok, rd string) {
		add(tok)
		if rd == "" {
			return
		}
		for _, w := range strings.Fields(rd) {
			add(w)
			if l := reading.Loose(w); l != w && l != "" {
				add(l)
			}
		}
		for _, alt := range reading.Alternates(tok) {
			add(alt)
		}
		if sw := reading.Swapped(tok, rd); sw != "" {
			add(sw)
		}
		for _, k := range reading.CantoneseKeys(tok) {
			add(k)
		}
		if reading.Abjad(tok) {
			for _, w := range strings.Fields(rd) {
				if k := consonantKey(w); k != "" {
					keys = append(keys, k)
				}
			}
		}
	}
	for _, toks := range [][]string{t.ArtistTokens, t.TrackTokens, t.FeaturedTokens} {
		for _, tok := range toks {
			word(tok, t.Reading(tok))
		}
	}
	for _, tok := range t.ArtistTokens {
		if k := consonantKey(tok); k != "" && title.IsPlainASCII(tok) {
			keys = append(keys, k)
		}
	}
	for _, other := range otherNames(t) {
		for _, tok := range strings.Fields(other) {
			rd, _ := reading.Of(tok, 0)
			word(tok, rd)
		}
	}
	return keys
}

// otherNames returns the other spellings of t's names: the other side of
// each name it writes in two scripts, and each learned alias.
func otherNames(t title.Title) []string {
	var out []string
	for _, p := range t.ScriptPairs {
		out = append(out, p.Other)
	}
	for _, a := range t.Aliases {
		out = append(out, a.Other)
	}
	return out
}

func (x *wordIndex) add(k int, t title.Title) {
	if *x == nil {
		*x = wordIndex{}
	}
	for _, key := range wordKeys(t) {
		if ks := (*x)[key]; len(ks) == 0 || ks[len(ks)-1] != k {
			(*x)[key] = append(ks, k)
		}
	}
}

// lookup returns, in order, the pending songs (of n) that may score with
// t; all of them when t has no words.
func (x wordIndex) lookup(t title.Title, n int) []int {
	keys := wordKeys(t)
	if len(keys) == 0 {
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		return all
	}
	var out []int
	for _, key := range keys {
		out = append(out, x[key]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// consonantKey is the key of a word's consonants (reading.Skeleton), or of
// where its vowels stand (reading.Shape) when it has too few consonants
// for a skeleton to tell: the forms by which an Arabic word's reading and
// a Latin spelling meet; "" for a word of vowels alone (IU, Yo), whose
// key would gather every such word.
func consonantKey(w string) string {
	if sk := reading.Skeleton(w); len(sk) >= reading.MinSkeleton {
		return "~" + sk
	} else if sk == "" {
		return ""
	}
	return "~~" + reading.Shape(w)
}
