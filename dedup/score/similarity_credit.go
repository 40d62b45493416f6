package score

import (
	"slices"
	"strings"

	"github.com/songdedup/songdedup/dedup/title"
)

// A credit the official upload lacks. "Doja Cat - Say So ft. Nicki Minaj"
// and "Doja Cat - Say So (Official Video)", both on DojaCatVEVO, name one
// song, but a remix is known by the guest it adds, and one uploader writes
// the credits of its uploads alike: an upload of it tagged official
// (official video or audio, MV, audio, explicit, or a lyric video on the
// artists' own channel) that does not name the guest is not the guest's
// recording. So when one title names a guest, as featured or as one more
// main artist ("The Kid LAROI & Miley Cyrus - Without You"), whom such an
// upload of the same artists and track by the same uploader names
// nowhere, the titles may be two recordings, and a curator decides
// (credit_added). One uploader is one channel, the artists' own or not
// (SamSmithWorldVEVO, HYBE LABELS), or the artists' VEVO channel and
// their own by one name (TaylorSwiftVEVO and Taylor Swift). On the
// artists' own channel one more main artist ("Billie Eilish, Justin
// Bieber - bad guy") is held against any upload, tagged or not (see
// coArtistOnOwnChannel). Across uploaders, a third party's upload that
// names a guest whom the artists' official upload on their own channel
// does not name is held too (see fanAgainstOfficial); one that leaves out
// a guest the official title names says nothing (fans drop credits), nor
// does an official upload on another channel (a label's drops guests as
// often), nor a "- Topic" upload, titled as its distributor sends it.

// officialPatterns are the patterns of an upload that says it is the
// artist's own.
var officialPatterns = []string{"official_video", "official_audio", "official", "mv", "music_video", "audio"}

// creditAdded reports whether p names a guest that q does not, where q
// reads its artists from its own title, credits no guest, and either has
// p's uploader (see oneUploader) and is tagged official (or p adds a main
// artist and q's channel is the artists' own), or is the artists'
// official upload against p, a third party's (see fanAgainstOfficial):
// every artist of q is among p's artists, and some other name of p's
// artists or featured artists has no word in q's raw title or channel. A
// side read the other way round or as a cover's performer is left out:
// its names are not its credits.
func creditAdded(p, q *side) bool {
	if p.reread() || q.reread() || !p.hasArtist() || !q.hasArtist() || q.hasFeatured() || q.creditsSelfFeatured() {
		return false
	}
	if !p.hasFeatured() && len(p.title.Artists) <= len(q.title.Artists) {
		return false
	}
	if q.title.ArtistSource != title.ArtistFromTitle {
		return false
	}
	if oneUploader(p.title.Channel, q.title.Channel) {
		if !(q.officialTagged() || slices.Contains(q.title.Patterns, "explicit") || slices.Contains(q.title.Patterns, "lyrics") && q.ownChannel(p) ||
			coArtistOnOwnChannel(p, q)) {
			return false
		}
	} else if !fanAgainstOfficial(p, q) {
		return false
	}
	raw, channel := q.rawWords(), strings.Fields(title.Fold(q.title.Channel))
	inQ := func(name string) bool {
		for _, w := range strings.Fields(title.Fold(name)) {
			if !creditLight[w] && (raw[w] || slices.Contains(channel, w)) {
				return true
			}
		}
		return false
	}
	for _, a := range q.title.Artists {
		if !slices.Contains(p.title.Artists, a) {
			return false
		}
	}
	for _, n := range slices.Concat(p.title.Artists, p.title.Featured) {
		if !inQ(n) && !slices.Contains(q.title.Artists, n) {
			return true
		}
	}
	return false
}

// coArtistOnOwnChannel reports whether p names more main artists than q
// ("Billie Eilish, Justin Bieber - bad guy" against "Billie Eilish - bad
// guy") and q's channel is the artists' own: there every upload is the
// artists', tagged official or not, and a main artist one title adds is
// the credit of another release, where an untagged upload may leave out
// a featured guest. creditAdded asks for p's uploader too.
func coArtistOnOwnChannel(p, q *side) bool {
	return len(p.title.Artists) > len(q.title.Artists) && q.ownChannel(p)
}

// fanAgainstOfficial reports whether p is a third party's upload, on a
// channel that is neither the artists' own nor a "- Topic" one and not
// tagged official, and q the artists' official upload: tagged official
// on their own channel ("SZA - Kill Bill ft. Doja Cat" on a lyric
// channel against "SZA - Kill Bill (Official Video)" on SZAVEVO). The
// artists' own title of the release is the credit the third party's
// upload adds to; whether it copied a credit the official title leaves
// out or names the guest's remix, the titles do not tell.
func fanAgainstOfficial(p, q *side) bool {
	ch := strings.TrimSpace(p.title.Channel)
	return ch != "" && !topicChannel(ch) && !p.ownChannel(q) && !p.officialTagged() &&
		!topicChannel(q.title.Channel) && q.ownChannel(p) && q.officialTagged()
}

// creditLight are the words of a name that do not tell it from another.
var creditLight = map[string]bool{"the": true, "a": true, "and": true, "of": true, "de": true, "la": true, "el": true, "los": true, "las": true}

// officialTagged reports whether p's title says it is the artists' own
// upload: an official, audio, MV or explicit tag.
func (p *side) officialTagged() bool {
	for _, pat := range p.title.Patterns {
		if slices.Contains(officialPatterns, pat) {
			return true
		}
	}
	return false
}

// ownChannel reports whether p's channel is the own channel of p's or q's
// artists, or of one of them.
func (p *side) ownChannel(q *side) bool {
	key := channelKey(p.title.Channel)
	return keyNamesArtists(key, p.title.Artists) || keyNamesArtists(key, q.title.Artists)
}

// oneUploader reports whether two channels are one uploader's: the same
// channel, or two channels of one artist's own by the same name
// ("TaylorSwiftVEVO" and "Taylor Swift"), neither a "- Topic" channel,
// which YouTube fills from the distributor's metadata.
func oneUploader(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return false
	}
	if strings.EqualFold(a, b) {
		return true
	}
	if topicChannel(a) || topicChannel(b) {
		return false
	}
	key := channelKey(a)
	return key != "" && key == channelKey(b)
}

// topicChannel reports whether channel is YouTube's auto-generated
// "Artist - Topic".
func topicChannel(channel string) bool {
	return strings.HasSuffix(title.Fold(channel), " topic") && strings.Contains(channel, "-")
}
