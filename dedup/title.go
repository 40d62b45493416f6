package dedup

// TitleInput is what a caller knows about one video: its raw title, the
// channel that uploaded it and, optionally, the artist the caller already
// knows. Channel and Artist may be empty.
type TitleInput struct {
	Title   string
	Channel string
	Artist  string
}

// Version is a tag that tells one recording of a song from another
// (a live take, a remix, a cover...). The vocabulary is closed: see Versions.
type Version string

// The closed version vocabulary of the outside contract.
const (
	VersionLive         Version = "live"
	VersionRemix        Version = "remix"
	VersionAcoustic     Version = "acoustic"
	VersionCover        Version = "cover"
	VersionInstrumental Version = "instrumental"
	VersionKaraoke      Version = "karaoke"
	VersionSlowed       Version = "slowed"
	VersionSpedUp       Version = "sped_up"
	VersionNightcore    Version = "nightcore"
	Version8D           Version = "8d"
	VersionDemo         Version = "demo"
	VersionExtended     Version = "extended"
	VersionEdit         Version = "edit"
	VersionUnplugged    Version = "unplugged"
	VersionOrchestral   Version = "orchestral"
	VersionPiano        Version = "piano"
	VersionACappella    Version = "a_cappella"
	VersionReverb       Version = "reverb"
)

// Versions lists the whole version vocabulary in a fixed order.
var Versions = []Version{
	VersionLive, VersionRemix, VersionAcoustic, VersionCover, VersionInstrumental,
	VersionKaraoke, VersionSlowed, VersionSpedUp, VersionNightcore, Version8D,
	VersionDemo, VersionExtended, VersionEdit, VersionUnplugged, VersionOrchestral,
	VersionPiano, VersionACappella, VersionReverb,
}

// Title is a normalized title: the parts a raw YouTube title is made of,
// each case-folded, accent-folded and cleaned of noise.
type Title struct {
	// Raw is the title exactly as given.
	Raw string
	// Artists are the primary artists, normalized, in the order they appear.
	// Empty when the artist cannot be told.
	Artists []string
	// ArtistSource says where Artists came from: "caller", "title",
	// "topic" (an auto-generated "Artist - Topic" or a VEVO channel, whose
	// artist is certain), "channel" (a channel name taken for the artist's
	// own, a guess), or "" when unknown.
	ArtistSource string
	// Track is the normalized track title without artists, featured artists,
	// version tags or noise.
	Track string
	// Featured are the featured artists (feat., ft., with ...), normalized.
	Featured []string
	// Versions is the sorted set of version tags found in the title.
	Versions []Version
	// VersionInfo qualifies the versions, normalized: the remixer of a
	// remix, the venue of a live take, the performer of a cover. Two titles
	// with the same Versions but different VersionInfo are different
	// recordings.
	VersionInfo []string

	// ArtistTokens, TrackTokens and FeaturedTokens are the words of
	// Artists, Track and Featured used for scoring and search keys.
	ArtistTokens   []string
	TrackTokens    []string
	FeaturedTokens []string

	// Rules names the normalization rules that fired, in order, for
	// explanations.
	Rules []string
}
