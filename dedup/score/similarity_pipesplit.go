package score

import (
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// A title that names no artist and holds one "|" ("Matteo Brancaleoni |
// How Am I Supposed to Live Without You", "Like a Virgin | Musica Nuda")
// is read by the normalizer as its head alone: it cannot tell an artist
// after the bar from an album, a genre or a remark, nor an artist before
// it from a track, and drops the tail. Against a title that names its
// artist and track, the pair is read again with the bar as a dash ("Head
// - Tail", either way round, as any guessed split is): when the head and
// the tail both meet the other's artist and track whole, the upload names
// that recording (pipe_read_as_split).

// pipeReading holds a side's title read with its one bar as a dash.
type pipeReading struct {
	raw, channel string       // the title the reading was made for
	ok           bool         // the title could be read so
	read         title.Title  // the reading
	orig         *title.Title // the side's own title while the reading stands in for it, else nil
}

// pipeSplit returns p's title read as "Head - Tail" (see pipeReading),
// or nil when p's title is none that names no artist and holds one bar
// with words on both sides. The reading is made once per title.
func (p *side) pipeSplit() *title.Title {
	t := p.title
	r := &p.pipe
	if r.orig != nil || len(t.Artists) > 0 || !slices.Contains(t.Patterns, "pipe_tail") {
		return nil
	}
	if r.raw != t.Raw || r.channel != t.Channel {
		r.raw, r.channel, r.ok = t.Raw, t.Channel, false
		if head, tail, ok := pipeParts(t.Raw); ok {
			r.read = title.Normalize(title.Input{Title: head + " - " + tail, Channel: t.Channel})
			r.read.Aliases = t.Aliases
			r.ok = r.read.ArtistSource == title.ArtistFromTitle && len(r.read.TrackTokens) > 0
		}
	}
	if !r.ok {
		return nil
	}
	return &r.read
}

// pipeParts splits raw at its one "|": ok is false when it has none or
// more than one, a "//", or no words on either side.
func pipeParts(raw string) (head, tail string, ok bool) {
	if strings.Count(raw, "|") != 1 || strings.Contains(raw, "//") {
		return "", "", false
	}
	head, tail, _ = strings.Cut(raw, "|")
	if len(wordsOf(head)) == 0 || len(wordsOf(tail)) == 0 {
		return "", "", false
	}
	return strings.TrimSpace(head), strings.TrimSpace(tail), true
}

// readPipe makes p stand for its title read as "Head - Tail".
func (p *side) readPipe(read *title.Title) {
	orig := p.title
	p.prepare(read, p.dur, p.w)
	p.pipe.orig = orig
}

// unreadPipe gives p its own title back, when a reading stands in for it.
func (p *side) unreadPipe() {
	if orig := p.pipe.orig; orig != nil {
		p.pipe.orig = nil
		p.prepare(orig, p.dur, p.w)
	}
}

// comparePipeSplit compares s again with one side's title read as "Head
// - Tail" (see pipeSplit) when the other names its artist, and returns
// that comparison when it scores above c, both parts of the reading meet
// the other side whole and no rule holds the pair apart; otherwise c,
// with s as c left it.
func (s *scorer) comparePipeSplit(c Comparison, explain bool) Comparison {
	for _, pq := range [2][2]*side{{&s.a, &s.b}, {&s.b, &s.a}} {
		p, q := pq[0], pq[1]
		if !q.hasArtist() {
			continue
		}
		read := p.pipeSplit()
		if read == nil {
			continue
		}
		lastRules := s.lastRules
		p.readPipe(read)
		r := s.compareOnce(explain)
		if r.Score > c.Score && r.SameVersion && !r.MergeBlocked && s.lastRules&(anotherSongRules|distinctRules) == 0 && s.bothPartsMet() {
			return r
		}
		p.unreadPipe()
		s.compareOnce(explain)
		s.lastRules = lastRules
		return c
	}
	return c
}

// bothPartsMet reports whether every word of both sides' artists, articles
// and "and" aside, met a word of the other's artists, and every word of
// their tracks one of the other's track: the head and the tail of a title
// read at its bar name the other's artist and track, and nothing else.
// Featured artists are left out: the bar's reading names none.
func (s *scorer) bothPartsMet() bool {
	for _, x := range []struct {
		p  *side
		ph []phase
	}{{&s.a, s.phA}, {&s.b, s.phB}} {
		for i := range x.p.toks {
			tk := &x.p.toks[i]
			if tk.light || tk.field == fieldFeatured {
				continue
			}
			want := phaseTrack
			if tk.field == fieldArtist {
				want = phaseArtist
			}
			if x.ph[i] != want {
				return false
			}
		}
	}
	return true
}

// pipeRead reports whether one side of s is compared with its title read
// at its bar (pipe_read_as_split).
func (s *scorer) pipeRead() bool { return s.a.pipe.orig != nil || s.b.pipe.orig != nil }
