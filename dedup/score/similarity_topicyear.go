package score

// A "- Topic" channel is YouTube's own upload of a release: its titles are
// the release's track names, as the label delivered them, never the
// uploader's notes. A year written bare right after the track there
// ("Beat It 2008 (with Fergie)", "You Came 2006", "For An Angel 2009") is
// part of the track's name, the name the artist gave a remake, and no
// release date, which a "- Topic" title writes after a dash or in
// brackets if at all ("Heroes - 2017 Remaster", "(Remastered 2011)"). So
// the pair is another recording and nothing for a curator (topic_year);
// an artist's own channel of another kind writes the original release's
// year so too ("Queen - Bohemian Rhapsody 1975 (Official Video)"), and
// stays own_channel_year's, for a curator.

// topicYear reports whether one side of the pair is a "- Topic" upload
// that writes a year bare right after its track which the other title
// nowhere writes (see ownChannelYear), by artists that agree.
func (s *scorer) topicYear() bool {
	return s.t.ownYear && (topicOwnYear(&s.a, &s.b) || topicOwnYear(&s.b, &s.a))
}

// topicOwnYear reports whether p, uploaded by a "- Topic" channel of its
// own artist, writes a year right after its track that q does not.
func topicOwnYear(p, q *side) bool {
	return topicChannel(p.title.Channel) && ownChannelYear(p, q)
}

// topicYearSide is the side of the pair whose "- Topic" title writes the
// year (see topicYear).
func (s *scorer) topicYearSide() *side {
	if topicOwnYear(&s.a, &s.b) {
		return &s.a
	}
	return &s.b
}
