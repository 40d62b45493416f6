package title

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// The normalizer's knowledge of YouTube titles lives in the tables of this
// file, as data: noise phrases, version words, featuring markers, the words
// that mark a channel as not an artist's own. Each row is tested on its own
// in patterns_test.go. Phrases are written in folded form (lower case, no
// accents) as the lexer yields them: "m/v" is the word "mv", "don't" is
// "dont", and punctuation between words is skipped when matching.

// place says where a noise phrase is removed. A row may allow several.
type place uint8

const (
	// inGroup: the phrase anywhere inside a bracket group removes the whole
	// group: "(Official Lyric Video 2019)".
	inGroup place = 1 << iota
	// wholeGroup: a bracket group that says only this, with other noise and
	// numbers, is removed: "(Audio)", "(Clean)".
	wholeGroup
	// trailing: at the end of the title or of its artist or track part,
	// unbracketed: "Hello HD", "Hello Official Video".
	trailing
	// afterDash: the last dash-separated part of the title: "Song - Audio".
	// A one-word phrase needs three parts, since "India.Arie - Video" is
	// the song "Video".
	afterDash
	// leading: at the start, followed by a separator: "PREMIERE: ...".
	leading
	// cutRest: unbracketed, the phrase and everything after it go:
	// "Hello shot by Cole Bennett".
	cutRest
	// groupStart: a bracket group that starts with the phrase is removed:
	// "(From Frozen)".
	groupStart
	// partEnd: unbracketed at the end of the track part, but not across
	// a separator ("Stormy Monday 1962", while "Prince - 1999" keeps its
	// track, and "Zemfira 2000" is an artist's name); with afterDash, a
	// dash part of its own when the title has three parts ("Song - Artist -
	// 1997").
	partEnd
)

// noisePattern is one noise phrase: its name (reported in Title.Patterns when it
// fires), its words and where it may be removed. The word "YEAR" matches
// any four-digit number, "STORE" any of storeNames.
type noisePattern struct {
	name   string
	phrase string
	place  place
}

// noisePatterns are the phrases that never tell two recordings apart: video
// kinds, lyrics, quality, remasters, explicit/clean, release chatter,
// credits. Longer phrases come before their prefixes and suffixes only for
// readability; matching tries every row.
var noisePatterns = []noisePattern{
	{"official_video", "official music video", inGroup | trailing | leading | afterDash},
	{"official_video", "official video", inGroup | trailing | leading | afterDash},
	{"official_video", "official video song", inGroup | trailing | afterDash},
	{"official_video", "official hd video", inGroup | trailing | afterDash},
	{"official_video", "official video hd", inGroup | trailing | afterDash},
	{"official_video", "official mv", inGroup | trailing | afterDash},
	{"official_video", "official pv", inGroup | trailing | afterDash},
	{"official_video", "offizielles video", inGroup | trailing | afterDash},
	{"official_video", "offizielles musikvideo", inGroup | trailing | afterDash},
	{"official_video", "video oficial", inGroup | trailing | afterDash},
	{"official_video", "videoclip oficial", inGroup | trailing | afterDash},
	{"official_video", "videoclip oficiel", inGroup | trailing | afterDash},
	{"official_video", "video clip oficial", inGroup | trailing | afterDash},
	{"official_video", "video clip officiel", inGroup | trailing | afterDash},
	{"official_video", "video clip official", inGroup | trailing | afterDash},
	{"official_video", "clip officiel", inGroup | trailing | afterDash},
	{"official_video", "clip oficial", inGroup | trailing | afterDash},
	{"official_video", "clipe oficial", inGroup | trailing | afterDash},
	{"music_video", "music video", inGroup | trailing | afterDash},
	{"music_video", "musikvideo", inGroup | trailing | afterDash},
	{"video_clip", "video clip", inGroup | trailing | afterDash},
	{"video_clip", "music clip", inGroup | trailing | afterDash},
	{"video_clip", "videoclip", inGroup | trailing | afterDash},
	{"video_clip", "clip", wholeGroup | afterDash},
	{"video", "video", wholeGroup | afterDash},
	// What kind of video an upload is, besides the music video itself:
	// "(Amended Video)", "(Studio Video)", "(Street Video)", "(Official
	// Home Video)". In a group only: "Home Video" is a song too.
	{"video_kind", "amended video", wholeGroup},
	{"video_kind", "studio video", wholeGroup},
	{"video_kind", "street video", wholeGroup},
	{"video_kind", "home video", wholeGroup},
	// A lyric video or a single's video, as uploads write it glued or
	// with the noun first: "(VideoLyric)", "- Video Single |". A part of
	// its own or a group: "Video Single" ends no song's name.
	{"video_kind", "videolyric", inGroup | trailing | afterDash},
	{"video_kind", "videolyrics", inGroup | trailing | afterDash},
	{"video_kind", "video lyric", inGroup | afterDash},
	{"video_kind", "video lyrics", inGroup | afterDash},
	{"video_kind", "video single", inGroup | afterDash},
	{"official", "official", wholeGroup | afterDash},
	{"official", "oficial", wholeGroup | afterDash},
	{"official", "officiel", wholeGroup | afterDash},
	{"official_audio", "official audio", inGroup | trailing | leading | afterDash},
	{"official_audio", "audio oficial", inGroup | trailing | afterDash},
	{"official_audio", "audio officiel", inGroup | trailing | afterDash},
	{"official_audio", "music audio", wholeGroup | afterDash},
	{"audio", "audio", wholeGroup | afterDash},
	{"audio", "hq audio", inGroup | trailing | afterDash},
	{"audio", "hd audio", inGroup | trailing | afterDash},
	{"audio", "audio only", inGroup | trailing | afterDash},
	{"stream", "official stream", wholeGroup},
	{"stream", "official track stream", wholeGroup},
	{"stream", "track stream", wholeGroup},
	{"stream", "stream", wholeGroup},
	{"album_track", "album track", inGroup},
	{"album_track", "bonus track", inGroup},
	{"album_track", "faixa bonus", inGroup}, // Portuguese: "Áudio Que Te Entrega - Faixa Bônus"
	{"full_album", "full album", inGroup | trailing | afterDash},
	{"lyrics", "lyrics", inGroup | trailing | leading | afterDash},
	{"lyrics", "lyric", inGroup},
	{"lyrics", "official lyric video", inGroup | trailing | afterDash},
	{"lyrics", "official lyrics video", inGroup | trailing | afterDash},
	{"lyrics", "lyric video", inGroup | trailing | afterDash},
	{"lyrics", "lyrics video", inGroup | trailing | afterDash},
	{"lyrics", "with lyrics", inGroup | trailing | afterDash},
	{"lyrics", "letra", inGroup | trailing | afterDash},
	{"lyrics", "letras", inGroup | trailing | afterDash},
	{"lyrics", "paroles", inGroup | trailing | afterDash},
	{"lyrics", "legendado", inGroup | trailing | afterDash},
	{"lyrics", "traducida", inGroup | trailing | afterDash},
	{"lyrics", "traduccion", inGroup | trailing | afterDash},
	{"lyrics", "traduction", inGroup | trailing | afterDash},
	{"lyrics", "traducao", inGroup | trailing | afterDash},
	{"lyrics", "text", wholeGroup},
	{"lyrics", "sub espanol", inGroup | trailing | afterDash},
	{"lyrics", "subtitulado", inGroup | trailing | afterDash},
	{"lyrics", "vietsub", inGroup | trailing | afterDash},
	{"lyrics", "han rom eng", inGroup | trailing},
	{"lyrics", "color coded", inGroup},
	{"lyrics", "lyrical", inGroup | trailing | leading | afterDash},
	{"lyrics", "lyrical video", inGroup | trailing | leading | afterDash},
	{"lyrics", "pinyin lyrics", inGroup | trailing | afterDash},
	{"lyrics", "romanized lyrics", inGroup | trailing | afterDash},
	{"lyrics", "rom lyrics", inGroup | trailing | afterDash},
	{"lyrics", "romaji lyrics", inGroup | trailing | afterDash},
	{"lyrics", "romaji english", inGroup},
	{"lyrics", "romaji english lyrics", inGroup},
	{"lyrics", "english lyrics", inGroup | trailing | afterDash},
	{"lyrics", "english translation", inGroup | trailing | afterDash},
	{"subtitles", "eng sub", inGroup | trailing | afterDash},
	{"subtitles", "eng subs", inGroup | trailing | afterDash},
	{"subtitles", "english sub", inGroup | trailing | afterDash},
	{"subtitles", "english subs", inGroup | trailing | afterDash},
	{"subtitles", "english subtitles", inGroup | trailing | afterDash},
	{"subtitles", "subtitles", inGroup | trailing | afterDash},
	{"subtitles", "ondertiteld", inGroup | trailing | afterDash},
	{"subtitles", "sub", wholeGroup},
	{"subtitles", "subs", wholeGroup},
	{"subtitles", "cc", wholeGroup},
	{"full_song", "full song", inGroup | trailing | leading | afterDash},
	{"full_song", "full video", inGroup | trailing | leading | afterDash},
	{"full_song", "full video song", inGroup | trailing | leading | afterDash},
	{"full_song", "video song", inGroup | trailing | leading | afterDash},
	{"full_song", "full audio", inGroup | trailing | leading | afterDash},
	{"full_song", "full audio song", inGroup | trailing | afterDash},
	{"full_song", "audio song", inGroup | trailing | afterDash},
	{"full_song", "original video", wholeGroup | afterDash},
	{"visualizer", "visualizer", inGroup | trailing | afterDash},
	{"visualizer", "visualiser", inGroup | trailing | afterDash},
	{"visualizer", "official visualizer", inGroup | trailing | afterDash},
	{"visualizer", "official visualiser", inGroup | trailing | afterDash},
	{"visualizer", "pseudo video", inGroup | trailing | afterDash},
	{"visualizer", "official pseudo video", inGroup | trailing | afterDash},
	{"quality", "hd", inGroup | trailing | afterDash},
	{"quality", "hq", inGroup | trailing | afterDash},
	{"quality", "full hd", inGroup | trailing | afterDash},
	{"quality", "uhd", inGroup | trailing | afterDash},
	{"quality", "4k", inGroup | trailing | afterDash},
	{"quality", "8k", inGroup | trailing | afterDash},
	{"quality", "1080p", inGroup | trailing | afterDash},
	{"quality", "720p", inGroup | trailing | afterDash},
	{"quality", "480p", inGroup | trailing | afterDash},
	{"quality", "360p", inGroup | trailing | afterDash},
	{"quality", "60fps", inGroup | trailing | afterDash},
	{"quality", "high quality", inGroup | trailing | afterDash},
	{"quality", "4k remaster", inGroup | trailing | afterDash},
	{"record_format", "78 rpm", inGroup | trailing | afterDash},
	{"record_format", "45 rpm", inGroup | trailing | afterDash},
	{"record_format", "33 rpm", inGroup | trailing | afterDash},
	{"record_format", "vinyl", inGroup | trailing | afterDash},
	{"mv", "mv", inGroup | trailing | leading | afterDash},
	{"mv", "pv", inGroup | trailing | leading | afterDash},
	{"remaster", "remastered", inGroup | trailing | afterDash},
	{"remaster", "remaster", inGroup | trailing | afterDash},
	{"remaster", "YEAR remaster", inGroup | trailing | afterDash},
	{"remaster", "YEAR remastered", inGroup | trailing | afterDash},
	{"remaster", "remastered YEAR", inGroup | trailing | afterDash},
	{"remaster", "remaster YEAR", inGroup | trailing | afterDash},
	{"remaster", "remastered in YEAR", inGroup | trailing | afterDash},
	{"remaster", "remasterizado", inGroup | trailing | afterDash},
	{"remaster", "remasterise", inGroup | trailing | afterDash},
	// The clean cut mutes words of the album's recording and is that
	// recording, as a remaster is, where an edit (radio, single,
	// extended) cuts it into another (see testdata/pairs/vevo and
	// hardneg).
	{"explicit", "explicit", wholeGroup | afterDash},
	{"explicit", "explicit version", wholeGroup | afterDash},
	{"explicit", "dirty", wholeGroup},
	{"explicit", "uncensored", wholeGroup},
	{"explicit", "clean", wholeGroup},
	{"explicit", "clean version", wholeGroup | afterDash},
	{"explicit", "censored", wholeGroup},
	{"year", "YEAR", partEnd | afterDash},
	{"premiere", "premiere", wholeGroup | leading | afterDash},
	{"premiere", "world premiere", inGroup | leading | afterDash},
	{"premiere", "official premiere", inGroup | leading | afterDash},
	{"premiere", "exclusive", inGroup | leading},
	// Russian release chatter: "(Премьера клипа 2020)" (the video's
	// premiere), "(Премьера песни)", "| Официальный клип".
	{"premiere", "премьера", wholeGroup | leading | afterDash},
	{"premiere", "премьера клипа", inGroup | leading | afterDash},
	{"premiere", "премьера песни", inGroup | leading | afterDash},
	{"premiere", "премьера трека", inGroup | leading | afterDash},
	{"official_video", "официальный клип", inGroup | trailing | afterDash},
	{"official_video", "официальное видео", inGroup | trailing | afterDash},
	{"release", "edition", inGroup},
	// An album's edition that a track is listed on says nothing of the
	// recording (album_edition): "Hello (Deluxe Version)", "Hello -
	// Deluxe Edition", "Royals (Deluxe)".
	{"album_edition", "deluxe", wholeGroup | afterDash},
	{"album_edition", "deluxe version", inGroup | afterDash},
	{"album_edition", "deluxe edition", inGroup | afterDash},
	{"album_edition", "super deluxe", inGroup | afterDash},
	{"album_edition", "super deluxe version", inGroup | afterDash},
	{"album_edition", "super deluxe edition", inGroup | afterDash},
	{"album_edition", "expanded edition", inGroup | afterDash},
	// "New Song" and "New Single" after a dash are noise only after an
	// artist and a track (see titleNoise): "Howard Jones - New Song" is
	// the song.
	{"out_now", "out now", inGroup | trailing | afterDash},
	{"out_now", "available now", inGroup | trailing | afterDash},
	{"out_now", "new", wholeGroup | leading},
	{"out_now", "new song", wholeGroup | leading | afterDash},
	{"out_now", "new single", wholeGroup | leading | afterDash},
	{"out_now", "new music", wholeGroup | leading},
	{"out_now", "new video", wholeGroup | leading},
	{"original", "original mix", wholeGroup},
	{"original", "original version", wholeGroup},
	{"original", "album version", wholeGroup},
	{"original", "single version", wholeGroup},
	{"original", "video version", wholeGroup},
	{"original", "original", wholeGroup},
	{"original", "studio version", wholeGroup},
	{"original", "main version", wholeGroup},
	{"original", "full version", wholeGroup},
	{"original", "official version", wholeGroup},
	{"soundtrack", "soundtrack", inGroup},
	{"soundtrack", "from", groupStart},
	// Where else the recording was taken from or can be heard, said at the
	// start of a group: "(Taken from the album Divide)", "(Taken from
	// Inuman Sessions Vol. 2)", "(As Heard on Grey's Anatomy)", "(As Seen
	// on TV)", "(As Featured in Fortnite)". In a group only: "Taken" and
	// "As Heard" stay in a track.
	{"provenance", "taken from", groupStart},
	{"provenance", "as heard on", groupStart},
	{"provenance", "as heard in", groupStart},
	{"provenance", "as seen on", groupStart},
	{"provenance", "as seen in", groupStart},
	{"provenance", "as featured on", groupStart},
	{"provenance", "as featured in", groupStart},
	{"soundtrack", "ost", inGroup},
	{"soundtrack", "motion picture", inGroup},
	{"soundtrack", "from the movie", inGroup},
	{"soundtrack", "from the film", inGroup},
	{"credits", "prod", inGroup},
	{"credits", "prod by", inGroup | cutRest},
	{"credits", "produced by", inGroup | cutRest},
	{"credits", "shot by", inGroup | cutRest},
	{"credits", "directed by", inGroup | cutRest},
	{"credits", "dir by", inGroup | cutRest},
	{"credits", "video by", inGroup | cutRest},
	{"credits", "edited by", inGroup | cutRest},
	{"credits", "filmed by", inGroup | cutRest},
	{"credits", "vocals by", inGroup | cutRest},
	{"credits", "vocal by", inGroup | cutRest},
	{"release", "ncs release", inGroup},
	{"release", "monstercat release", inGroup},
	{"release", "copyright free", inGroup | trailing},
	{"release", "no copyright", inGroup | trailing},
	{"release", "free download", inGroup | trailing},
	{"release", "download", wholeGroup},
	{"performance_video", "dance practice", inGroup | trailing | afterDash},
	{"performance_video", "dance performance", inGroup | trailing | afterDash},
	{"performance_video", "dance performance video", inGroup | trailing | afterDash},
	{"performance_video", "performance video", inGroup | trailing | afterDash},
	{"performance_video", "choreography video", inGroup | trailing | afterDash},
	{"performance_video", "performance ver", inGroup},
	{"performance_video", "performance version", inGroup},
	{"performance_video", "dance ver", inGroup},
	{"performance_video", "special video", inGroup | trailing | afterDash},
	{"performance_video", "dance video", inGroup | trailing | afterDash},
	{"availability", "on STORE", inGroup | trailing | afterDash},
	{"availability", "available on STORE", inGroup | trailing | afterDash},
	{"availability", "on STORE STORE", inGroup | trailing | afterDash},
	{"availability", "on STORE and STORE", inGroup | trailing | afterDash},
	{"availability", "on apple music", inGroup | trailing | afterDash},
	{"availability", "on STORE apple", inGroup | trailing | afterDash},
	{"availability", "on STORE and apple", inGroup | trailing | afterDash},
}

// versionWords are the words that, inside a bracket group or a trailing
// dash part, mark a version. Outside those positions they are plain words
// of the title ("Live Forever", "Piano Man", "Cover Me").
var versionWords = map[string]Version{
	"live":         VersionLive,
	"vivo":         VersionLive, // en vivo, ao vivo
	"directo":      VersionLive, // en directo, Spanish as Spain writes it
	"acoustic":     VersionAcoustic,
	"acustico":     VersionAcoustic,
	"acustica":     VersionAcoustic,
	"acoustique":   VersionAcoustic,
	"remix":        VersionRemix,
	"rmx":          VersionRemix,
	"remixed":      VersionRemix,
	"bootleg":      VersionRemix,
	"rework":       VersionRemix,
	"flip":         VersionRemix,
	"vip":          VersionRemix,
	"cover":        VersionCover,
	"covered":      VersionCover,
	"instrumental": VersionInstrumental,
	"inst":         VersionInstrumental,
	"karaoke":      VersionKaraoke,
	"slowed":       VersionSlowed,
	"reverb":       VersionReverb,
	"reverbed":     VersionReverb,
	"sped":         VersionSpedUp,
	"spedup":       VersionSpedUp,
	"speed":        VersionSpedUp,
	"nightcore":    VersionNightcore,
	"8d":           Version8D,
	"demo":         VersionDemo,
	"extended":     VersionExtended,
	"edit":         VersionEdit,
	"unplugged":    VersionUnplugged,
	"stripped":     VersionAcoustic, // "(Stripped)", "(Clear Channel Stripped)"
	"orchestral":   VersionOrchestral,
	"symphonic":    VersionOrchestral,
	"orchestra":    VersionOrchestral,
	"piano":        VersionPiano,
	"acapella":     VersionACappella,
	"acappella":    VersionACappella,
	"cappella":     VersionACappella,
	"capella":      VersionACappella,

	// Uploads that alter the recording's audio, play one of its stems or
	// loop it for hours are other recordings, as nightcore and karaoke
	// uploads are: "(Bass Boosted)", "(Reversed)", "(Lo-Fi)" (the lexer
	// folds "lo-fi" to "lofi"), "(Chipmunks)" (pitched up), "(Vocals
	// Only)", "(Isolated Vocals)", "(Backing Track)", "(1 Hour Loop)", "|
	// 10 Hours".
	"boosted":     VersionRemix,
	"bassboosted": VersionRemix,
	"reversed":    VersionRemix,
	"reverse":     VersionRemix,
	"lofi":        VersionRemix,
	"chipmunk":    VersionSpedUp,
	"chipmunks":   VersionSpedUp,
	"vocals":      VersionACappella,
	"isolated":    VersionACappella,
	"backing":     VersionInstrumental,
	"loop":        VersionExtended,
	"hour":        VersionExtended, // after a number only, see versionAt
	"hours":       VersionExtended,

	// A stage filmed in the audience: "(Fancam)".
	"fancam": VersionLive,

	// The same kinds as uploads in other scripts write them. Seen in dev
	// titles: 라이브 and لايف (live). The others are the plain dictionary
	// word (most of them the loanword) for a kind above.
	"라이브":          VersionLive, // Korean
	"ライブ":          VersionLive, // Japanese
	"现场":           VersionLive, // Chinese, simplified
	"現場":           VersionLive, // Chinese, traditional
	"现场版":          VersionLive,
	"現場版":          VersionLive,
	"ζωντανά":      VersionLive, // Greek
	"लाइव":         VersionLive, // Hindi
	"لايف":         VersionLive, // Arabic
	"어쿠스틱":         VersionAcoustic,
	"アコースティック":     VersionAcoustic,
	"акустика":     VersionAcoustic, // Russian, Ukrainian
	"अकूस्टिक":     VersionAcoustic,
	"不插电":          VersionUnplugged,
	"不插電":          VersionUnplugged,
	"리믹스":          VersionRemix,
	"リミックス":        VersionRemix,
	"ремикс":       VersionRemix,
	"ρεμίξ":        VersionRemix,
	"रीमिक्स":      VersionRemix,
	"ريمكس":        VersionRemix,
	"커버":           VersionCover,
	"カバー":          VersionCover,
	"翻唱":           VersionCover,
	"кавер":        VersionCover,
	"कवर":          VersionCover,
	"инструментал": VersionInstrumental,
	"インスト":         VersionInstrumental,
	"伴奏":           VersionInstrumental,
	"минус":        VersionInstrumental, // Russian: the backing track
	"минусовка":    VersionInstrumental,
	"オフボーカル":       VersionInstrumental, // Japanese: off vocal
	"纯音乐":          VersionInstrumental, // Chinese: pure music
	"純音樂":          VersionInstrumental,
	"직캠":           VersionLive, // Korean: fancam
	"演唱会":          VersionLive, // Chinese: concert
	"演唱會":          VersionLive,
	"歌ってみた":        VersionCover, // Japanese: "tried singing it"
	"弾いてみた":        VersionCover, // "tried playing it"
	"叩いてみた":        VersionCover, // "tried drumming it"
	"노래방":          VersionKaraoke,
	"カラオケ":         VersionKaraoke,
	"караоке":      VersionKaraoke,
	"καραόκε":      VersionKaraoke,
	"피아노":          VersionPiano,
	"ピアノ":          VersionPiano,
	"钢琴":           VersionPiano,
	"鋼琴":           VersionPiano,
}

// channelVersionWords, in a channel's name, say what every upload of the
// channel is ("Karaoke Hits", "Nightcore Reality", "8D Tunes", "Slowed
// Vibes", "sped up songs", "Piano Covers"): an upload of such a channel
// whose title names no version is that version (see channelVersions).
// "karaoke" and "nightcore" also count glued to another word
// ("NightcoreReality").
var channelVersionWords = map[string]Version{
	"karaoke": VersionKaraoke, "nightcore": VersionNightcore, "8d": Version8D, "slowed": VersionSlowed,
	"sped": VersionSpedUp, "spedup": VersionSpedUp, "instrumental": VersionInstrumental,
	"instrumentals": VersionInstrumental, "cover": VersionCover, "covers": VersionCover,
}

// channelVersions returns the versions the words of a channel's name say
// (see channelVersionWords). A word of the upload's artist says nothing:
// a channel named after an act whose name holds such a word ("Cover
// Drive", "Karaoke Kalk") uploads that act's own recordings.
func channelVersions(channel string, artistTokens []string) uint32 {
	var vs uint32
	for _, w := range strings.FieldsFunc(Fold(channel), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if slices.Contains(artistTokens, w) {
			continue
		}
		if v, ok := channelVersionWords[w]; ok {
			vs |= versionBit(v)
			continue
		}
		for _, glued := range []string{"karaoke", "nightcore"} {
			if len(w) > len(glued) && (strings.HasPrefix(w, glued) || strings.HasSuffix(w, glued)) {
				vs |= versionBit(channelVersionWords[glued])
			}
		}
	}
	return vs
}

// vocalWords name a recording's vocals; after a word of vocalNegations
// they say that an upload is without them: "(No Vocals)", "(Off Vocal
// Ver.)", "(Sin Voz)".
var (
	vocalWords     = wordSet("vocal", "vocals", "voz", "vocale")
	vocalNegations = wordSet("no", "without", "off", "sin", "sem", "senza", "ohne", "sans")
)

// renditionWords name an instrument or a style that a rendition of a song
// is played in: "(Ukulele)", "(Violin Version)", "(Music Box)", "(8-bit)",
// "(Lullaby)". Alone in a group, beside fillers, they are a cover; beside
// a version word they say which one ("(Violin Cover)", "(Sax
// Instrumental)"); either way they stay in the version information
// ("(Violin)" is no "(Cello)"). Beside other words they name a work
// ("(Cello Suite No. 1)"), and a two-part title's last part is its track
// ("Eminem - Music Box"). "piano" is a kind of its own.
var renditionWords = wordSet("violin", "cello", "ukulele", "harp", "saxophone", "sax", "marimba", "flute",
	"kalimba", "guitar", "fingerstyle", "lullaby", "8bit", "chiptune")

// rendition reports whether every word of a group is a rendition word,
// the "box" of "music box", a filler or a particle: the group names a
// rendition, neither a work nor another version.
func rendition(words []string) bool {
	for i, w := range words {
		if !renditionWords[w] && !(w == "box" && i > 0 && words[i-1] == "music") && !versionFillers[w] && !infoStopwords[w] && !isParticle(words, i) {
			return false
		}
	}
	return true
}

// versionAt returns the version words[i] names where it stands in a group
// or a tail, with the words beside it: a version word ("live"), a word
// that names a version only beside others ("(No Vocals)" is an
// instrumental; "(1 Hour)" a loop, "(Happy Hour)" none; "(MR)", the
// Korean accompaniment, an instrumental and "(MR Removed)" the vocals
// alone, "(Mr. Sandman)" none; "(Long Version)" and "(Long Mix)" the
// extended one, as "Version Longue" is), and none for a word before "Records"
// ("(Speed Records)") or vocals that credit a singer ("(Vocals by X)").
func versionAt(words []string, i int) (Version, bool) {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	switch {
	case vocalWords[w] && i > 0 && vocalNegations[words[i-1]]:
		return VersionInstrumental, true
	case vocalWords[w] && next == "by", labelEnds[next]:
		return "", false
	case w == "hour" || w == "hours":
		if i == 0 || numeral(words[i-1]) == "" {
			return "", false
		}
	case renditionWords[w] || w == "box" && i > 0 && words[i-1] == "music":
		if !rendition(words) {
			return "", false
		}
		return VersionCover, true
	case w == "mr" && next == "removed":
		return VersionACappella, true
	case w == "mr" && (next == "" || qualifierWords[next]):
		return VersionInstrumental, true
	case w == "long" && (next == "version" || next == "mix"):
		return VersionExtended, true
	}
	v, ok := versionWords[w]
	return v, ok
}

// actPossessives before "orchestra" make it an act's name, the band a
// leader or a singer records with ("Percy Faith & His Orchestra", "Ella
// Fitzgerald & Her Famous Orchestra", "The Dorsey Brothers & Their
// Orchestra"), not an orchestral version (act_orchestra).
var actPossessives = wordSet("his", "her", "their")

// actOrchestra reports whether words[i] is "orchestra" after one of
// actPossessives, with at most one word between them.
func actOrchestra(words []string, i int) bool {
	if words[i] != "orchestra" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if actPossessives[words[j]] {
			return true
		}
	}
	return false
}

// VersionAt returns the version words[i] names where versions are read,
// with the words beside it: "(No Vocals)" is an instrumental, "(Happy
// Hour)" no loop, "(Speed Records)" a label (see versionAt).
func VersionAt(words []string, i int) (Version, bool) { return versionAt(words, i) }

// VersionWord returns the version a word names when it stands where
// versions are read (in brackets, in a trailing part): "live", "rmx",
// "acustico". Elsewhere such a word is part of the title.
func VersionWord(w string) (Version, bool) {
	v, ok := versionWords[w]
	return v, ok
}

// VersionFiller reports whether w is a word that may sit beside version
// words without being version information ("version", "official",
// "audio"): no word that names a track on its own.
func VersionFiller(w string) bool { return versionFillers[w] }

// versionFillers are words that may sit beside version words in a group
// without being version information: "(Acoustic Version)", "(Live
// Session)", "(Radio Edit)", "(Slowed + Reverb)".
var versionFillers = wordSet(
	"version", "versions", "ver", "versao", "session", "sessions", "audio",
	"video", "official", "oficial", "officiel", "performance", "recording",
	"take", "radio", "single", "studio", "track", "a", "the",
	"and", "x", "mix", "full", "en", "ao", "super", "visualizer", "lyrics",
	"lyric", "hd", "hq", "4k", "mv", "remastered", "remaster", "explicit",
	"clean", "music",
	"버전", "バージョン", "版本", "версия", "версія", "εκδοχή", "वर्ज़न", "نسخة", // version, in other scripts
)

// qualifierWords end a group that names a recording by a word of its own:
// "(Taylor's Version)", "(English Ver.)", "(Versión Acústica)" is read as a
// version first. See qualifier.
var qualifierWords = wordSet("version", "ver", "versao", "versione")

// versionNouns are the word "version" in the languages that write it
// before what it qualifies: Spanish and French "versión"/"version",
// Portuguese "versão", Italian "versione", Dutch "versie", Polish
// "wersja" ("(Versión Salsa)", "- Version Longue", "(Versione Live)").
// See nounFirst.
var versionNouns = wordSet("version", "versao", "versione", "versie", "wersja")

// VersionNoun reports whether w is the word "version" in one of the
// languages versionNouns lists, or its English abbreviation "ver": a
// bracket group or a trailing part that starts with one and goes on
// names a version ("(Versión de Estudio)"), whether or not the normalizer
// read which, so that a scorer never reads it as an aside.
func VersionNoun(w string) bool { return versionNouns[w] || qualifierWords[w] }

// nounFirstWords turn the qualifier of a noun-first version tag into the
// word its English mirror uses, where the two read differently: "Versión
// Original" is the "Original Version" (noise), "Versión Oficial" the
// "Official Version", "Versión Completa" the "Full Version", "Version
// Longue" and "Versión Extendida" the "Extended Version" (a French or
// Spanish release's long version is its extended mix; "Mix Extendido",
// "Mix Largo" in the masculine of "mix"), "Versión Sencillo" the "Single
// Version", "Versión Radio" the radio edit ("Edit Version"): a radio edit
// is a recording of its own, as "(Radio Edit)" is. "Versión (de) Estudio"
// is the "Studio Version", the plain recording.
var nounFirstWords = map[string]string{
	"originale": "original", "oficial": "official", "officielle": "official", "officiel": "official",
	"ufficiale": "official", "completa": "full", "completo": "full", "complete": "full",
	"integrale": "full", "integral": "full", "longue": "extended", "larga": "extended",
	"largo": "extended", "lunga": "extended", "longa": "extended", "longo": "extended",
	"extendida": "extended", "extendido": "extended", "estendida": "extended",
	"estendido": "extended", "etendue": "extended", "estesa": "extended", "esteso": "extended",
	"sencillo": "single", "radio": "edit", "estudio": "studio",
}

// nounFirstLinks join a noun-first version tag's noun to its qualifier
// in Spanish, Portuguese and Italian ("Versión de Estudio", "Versão da
// Novela", "Versione di Studio"); the English mirror has none.
var nounFirstLinks = wordSet("de", "di", "da")

// nounFirst returns the words of a noun-first version tag in English
// order (version_noun_first): a version noun (see versionNouns) or "mix",
// a link word (see nounFirstLinks) or none, and one or two words that qualify it, none a number ("(Version 2)" numbers a
// version) and none another version noun, read as "X Version" is, with the
// qualifier turned by nounFirstWords: "versión salsa" is "salsa version",
// "version longue" "extended version", "versione live" "live version".
// It reports whether words were such a tag; other words come back as
// they are.
func nounFirst(words []string) ([]string, bool) {
	if len(words) >= 3 && len(words) <= 4 && (versionNouns[words[0]] || words[0] == "mix") && nounFirstLinks[words[1]] {
		words = append([]string{words[0]}, words[2:]...)
	}
	if len(words) < 2 || len(words) > 3 || !versionNouns[words[0]] && words[0] != "mix" {
		return words, false
	}
	out := make([]string, 0, len(words))
	for _, w := range words[1:] {
		if versionNouns[w] || qualifierWords[w] || remixMarkers[w] || numeral(w) != "" || isNumber(w) {
			return words, false
		}
		if e, ok := nounFirstWords[w]; ok {
			w = e
		}
		out = append(out, w)
	}
	if words[0] == "mix" {
		return append(out, "mix"), true // "(Mix Cumbia)" is the "(Cumbia Mix)"
	}
	return append(out, qualifierSuffix), true
}

// radioVersion reports whether words say "radio version" in English
// order, "(Radio Version)", "(Radio Ver.)" (radio_version): the edit made
// for radio play, a recording of its own as "(Radio Edit)", "(Radio Mix)"
// and "(Versión Radio)" are.
func radioVersion(words []string) bool {
	return len(words) == 2 && words[0] == "radio" && qualifierWords[words[1]]
}

// liveContexts name the stage an upload was filmed on — a music show, a
// talk show's performance slot, a radio session, a contest, a festival, a
// concert — and so mark a live take wherever they stand in a group, a
// "| tail" or after a quoted track ("TREASURE – 'BOY' 0809 SBS
// Inkigayo", "[...] Comeback Stage | M COUNTDOWN", "Fast Car in the Live
// Lounge"). Never read inside the track: "The Voice" and "Concert" are
// also titles.
var liveContexts = splitPhrases([]string{
	"live lounge", "comeback stage", "debut stage", "special stage", "goodbye stage", "stage mix",
	"m countdown", "mcountdown", "inkigayo", "music bank", "show champion", "music core", "music camp", "simply kpop",
	"gayo daejeon", "가요대전", "가요대축제", "인기가요", "뮤직뱅크", "엠카운트다운", "쇼챔피언", "음악중심", "kcon",
	"music station", "紅白歌合戦", "tiny desk", "fan performance", "tonight show", "jimmy fallon", "jimmy kimmel",
	"late late show", "late show", "ellen show", "the voice", "x factor", "got talent", "american idol",
	"blind audition", "blind auditions", "trl", "la voz", "dancing on ice", "snl", "saturday night live",
	"glastonbury", "coachella", "lollapalooza", "in concert", "en concierto", "en concert", "concert",
	"concierto", "konzert", "концерт",
	// Session series: a recording made for the series, filmed as it is
	// played ("夜に駆ける / THE FIRST TAKE", "Song | A COLORS SHOW").
	"the first take", "colors show", "tiny desk concert", "kexp", "audiotree live", "vevo lift", "sofar sounds",
	"vevo presents",
	// A take recorded for a studio's or a streaming service's series, named
	// by where it was recorded: "(Recorded At Spotify Studios NYC)",
	// "(Recorded at Electric Lady Studios)", "(Recorded Live at Abbey
	// Road)". "Recorded" alone, or a date ("Recorded 1965"), names no
	// stage.
	"recorded at",
})

// broadcastStems name Korean television's music shows and song contests,
// which Korean writes into compounds with the year, the channel or the
// venue ("가요톱10", "SBS인기가요", "강변북로가요제"): a word of a group or a
// tail that holds one is the stage a live take was broadcast from (see
// broadcast). The Hangul shows of liveContexts are among them.
var broadcastStems = append(slices.DeleteFunc(slices.Concat(liveContexts...), func(w string) bool { return IsPlainASCII(w) }),
	"가요제", "가요톱", "가요무대", "음악캠프", "가요대제전")

// broadcasters are the initials of television and radio channels that
// broadcast music shows: before a date stamp ("THE SHOW 200811", "SBS
// 20171225") they date a broadcast.
var broadcasters = wordSet("kbs", "kbs2", "mbc", "sbs", "mnet", "jtbc", "ebs", "tvn", "arirang", "sbsmtv")

// broadcastShows are words that end the name of a show before a date
// stamp ("THE SHOW 200811", "Comeback Stage 180118").
var broadcastShows = wordSet("show", "stage")

// sessionWords end a group that names a performance session by its
// series or its host ("(Napster Session)", "(Studio Session)", "(AOL
// Sessions)"): a take played for the session, a live version (see
// sessionGroup).
var sessionWords = wordSet("session", "sessions")

// liveContextsByLast indexes liveContexts by their last word, for matching
// at the end of a track.
var liveContextsByLast = indexPhrases(liveContexts, func(ph []string) string { return ph[len(ph)-1] })

// liveContextsByFirst indexes liveContexts by their first word, so that
// liveContext looks at the phrases a word can start, in their order.
var liveContextsByFirst = indexPhrases(liveContexts, func(ph []string) string { return ph[0] })

// liveFirstShapes and liveLastShapes tell, without a map lookup, most
// words that start or end no liveContexts phrase.
var (
	liveFirstShapes = shapesOf(slices.Collect(maps.Keys(liveContextsByFirst)))
	liveLastShapes  = shapesOf(slices.Collect(maps.Keys(liveContextsByLast)))
)

// wordShapes has, for each first byte of a set of words, bit n set when a
// word of the set starting with that byte is n bytes long (bit 63: 63 or
// more). A word of another shape is not in the set.
type wordShapes [256]uint64

// shapesOf is the shapes of words, which are not empty.
func shapesOf(words []string) *wordShapes {
	var sh wordShapes
	for _, w := range words {
		sh[w[0]] |= 1 << min(len(w), 63)
	}
	return &sh
}

// may reports whether w has the shape of a word of the set.
func (sh *wordShapes) may(w string) bool {
	return w != "" && sh[w[0]]&(1<<min(len(w), 63)) != 0
}

// stageMarkers introduce a stage at the end of a track: "in the Live
// Lounge", "at Glastonbury", "on SNL".
var stageMarkers = wordSet("in", "at", "on", "au", "en", "bei", "na")

// excerptWords say that an upload holds part of a recording, or shows
// something else than the recording whole (see isExcerpt): in a group, or
// at the end of the track ("ITZY “Not Shy” M/V TEASER", "When We Disco
// Dance Tutorial").
// alteredAudio are the version words of uploads that alter a recording's
// audio in a way of their own: they count as their kind and stay in the
// version information too, so "(Reversed)" is no plain "(Remix)" and
// "(Chipmunk Version)" no plain "(Sped Up)".
var alteredAudio = wordSet("boosted", "bassboosted", "reversed", "reverse", "lofi", "chipmunk", "chipmunks")

var excerptWords = wordSet("teaser", "teasers", "trailer", "preview", "snippet", "promo", "tutorial")

// aboutPhrases say that an upload is a video about a song, not the song:
// a look behind its video, a talk about it, a diary of its making ("(Behind
// The Scenes)", "- The Interview", "(Vlog)", "(Webisode 3)", "(Video
// Commentary)"). Read in a group or a trailing dash part (see about), never
// inside the track ("Interview", "Behind the Scenes" are titles too).
var aboutPhrases = splitPhrases([]string{
	"behind the scenes", "behind the scene", "making of", "interview", "interviews", "vlog",
	"webisode", "commentary", "documentary", "epk", "track by track", "reaction", "unboxing",
	// A parody sings other words to the song's music: another song.
	"parody", "parodia",
	// The artist tells how the song came about: "(Behind The Song)",
	// "(The Story Behind The Song)".
	"behind the song", "story behind the song",
	// Another kind of video that plays the song without being a copy of
	// it (category other_video_kind): a lesson or its chords ("| Guitar
	// Lesson", "| Easy Chords", "| Cifra"), a reaction ("| Vocal Coach
	// Reacts"), who sings which line ("| Line Distribution"), a ringtone.
	"lesson", "lessons", "chords", "tabs", "cifra", "acordes", "reacts", "reacting",
	"line distribution", "ringtone",
})

// aboutLeads may stand before an about phrase and say what it shows or
// who makes it: "Guitar Lesson", "Easy Chords", "Vocal Coach Reacts",
// "Drum Tabs".
var aboutLeads = wordSet("guitar", "guitarra", "violao", "ukulele", "drum", "drums", "bass", "violin",
	"vocal", "coach", "easy", "beginner", "beginners", "dance")

// aboutFillers may stand beside an about phrase in a group without naming
// anything else: "(Vlog Episode 2)", "(Behind The Scenes Part 1)".
var aboutFillers = wordSet("part", "pt", "episode", "ep", "exclusive", "of")

// aboutByFirst indexes aboutPhrases by their first word.
var aboutByFirst = indexPhrases(aboutPhrases, func(ph []string) string { return ph[0] })

// aboutShapes lets about pass over a group with no about phrase without a
// map lookup.
var aboutShapes = shapesOf(slices.Collect(maps.Keys(aboutByFirst)))

// aboutInfos are the entries of Title.VersionInfo that about records, one
// per phrase: "about behind the scenes", "about interview".
var aboutInfos = func() map[string]bool {
	m := map[string]bool{}
	for _, ph := range aboutPhrases {
		m[aboutPrefix+strings.Join(ph, " ")] = true
	}
	return m
}()

// kindWords, in a bracket group, say that an upload is no plain take of
// the song: an excerpt of it ("teaser"), a video about it ("interview",
// "scenes"), a take played for a session ("session"). KindWord answers
// for them.
var kindWords = func() map[string]bool {
	m := maps.Clone(excerptWords)
	maps.Copy(m, sessionWords)
	for _, ph := range aboutPhrases {
		for _, w := range ph {
			if !aboutFillers[w] && !versionFillers[w] && w != "behind" && w != "making" && w != "track" && w != "by" && w != "song" && w != "story" && w != "line" {
				m[w] = true
			}
		}
	}
	return m
}()

// titleNoise names the noise rows whose phrases are also songs' titles
// ("New Song", Howard Jones): after a dash, a part of their own is noise
// only when two parts come before it ("Artist - Track - New Song"), as a
// one-word phrase is; "Artist - New Song - Official Video" names the
// song.
var titleNoise = map[string]bool{"out_now": true}

// otherTrackWords, in a bracket group, name another track of a work
// rather than a note on this one: "Home (Interlude)", "Breathe (Reprise)",
// "Hello [Medley]", "Fallen (Continued)", "(Cont.)", "(Cont'd)" (the
// next part, as "Pt. 2" is). OtherTrackWord answers for them.
var otherTrackWords = wordSet("reprise", "interlude", "intro", "outro", "skit", "prelude", "medley", "mashup", "megamix", "continued", "cont", "contd")

// OtherTrackWord reports whether w, in a bracket group, names another
// track of a work ("reprise", "interlude", "intro", "medley"), so that a
// scorer never reads the group as an aside.
func OtherTrackWord(w string) bool { return otherTrackWords[w] }

// KindWord reports whether w, in a bracket group, says that an upload is
// no plain take of the song but an excerpt of it, a video about it or a
// session's take ("teaser", "interview", "vlog", "session"), so that a
// scorer never reads the group as an aside.
func KindWord(w string) bool { return kindWords[w] }

// excerptLeads say, before an excerpt word that ends a track, what the
// excerpt shows: "Dance Tutorial", "Piano Tutorial". They go with it.
var excerptLeads = wordSet("dance", "piano", "guitar", "drum", "drums", "vocal")

// excerptShapes lets isExcerpt pass over a group with no excerpt word
// without a map lookup.
var excerptShapes = shapesOf(slices.Collect(maps.Keys(excerptWords)))

// notQualifiers are words that, before "version", say what kind of upload
// or edition it is, not which recording: "(Main Version)", "(Full
// Version)". A mono or stereo mix is read before (see channelMix), and a
// long version or mix as the extended one (see versionAt).
var notQualifiers = wordSet("main", "mono", "stereo", "full", "length", "lp", "long", "short", "new", "old", "hq", "hd", "best", "real", "complete", "uncut")

// versionParticles are words that belong to the version word before them:
// "sped up", "speed up", "slowed down", "vocals only". Elsewhere they are information
// ("(Caked Up Remix)").
var versionParticles = map[[2]string]bool{
	{"sped", "up"}: true, {"speed", "up"}: true, {"slowed", "down"}: true,
	{"vocals", "only"}: true, {"mr", "removed"}: true,
}

// isParticle reports whether words[i] belongs to the version word before
// it (see versionParticles), or is the negation before vocals ("(No
// Vocals)").
func isParticle(words []string, i int) bool {
	return i > 0 && versionParticles[[2]string{words[i-1], words[i]}] ||
		vocalNegations[words[i]] && i+1 < len(words) && vocalWords[words[i+1]]
}

// infoStopwords are dropped from version information: "(Live at Wembley)"
// has the venue "wembley", "(Cover by X)" the performer "x".
var infoStopwords = wordSet("at", "from", "in", "on", "by", "of", "with", "de", "au", "live")

// remixMarkers are weak version words that end a group: "(Club Mix)" and
// "(Groove Armada Dub)" are remixes, but only when no stronger word or
// noise phrase explains the group ("(Original Mix)", "(Extended Mix)").
var remixMarkers = wordSet("mix", "dub")

// trailingVersion is a version phrase that may end a title unbracketed:
// "Hello slowed + reverb", "Song - Sped Up". The list is short on purpose:
// a single version word at the end of a title is usually part of it ("Piano
// Man", "Love Live").
type trailingVersion struct {
	phrase   string
	versions []Version
	// lead allows the phrase at the start, followed by a separator:
	// "Nightcore - Angel with a Shotgun".
	lead bool
}

var trailingVersions = []trailingVersion{
	{"slowed reverb", []Version{VersionSlowed, VersionReverb}, false},
	{"slowed and reverb", []Version{VersionSlowed, VersionReverb}, false},
	{"slowed reverbed", []Version{VersionSlowed, VersionReverb}, false},
	{"super slowed", []Version{VersionSlowed}, false},
	{"slowed", []Version{VersionSlowed}, false},
	{"sped up", []Version{VersionSpedUp}, false},
	{"speed up", []Version{VersionSpedUp}, false},
	{"nightcore", []Version{VersionNightcore}, true},
	{"8d audio", []Version{Version8D}, true},
	{"8d", []Version{Version8D}, false},
	{"remix", []Version{VersionRemix}, false},
	{"acoustic version", []Version{VersionAcoustic}, false},
	{"live version", []Version{VersionLive}, false},
	{"piano version", []Version{VersionPiano}, false},
	{"instrumental version", []Version{VersionInstrumental}, false},
	{"karaoke version", []Version{VersionKaraoke}, true},
	{"extended version", []Version{VersionExtended}, false},
	{"extended mix", []Version{VersionExtended}, false},
	{"radio edit", []Version{VersionEdit}, false},
	{"a cappella", []Version{VersionACappella}, false},
	{"acapella", []Version{VersionACappella}, false},
}

// liveVenueMarkers follow "live" in an unbracketed "Song Live at Wembley":
// then "live" starts a version tag. "live in" is not among them ("We Live in
// a Society"); bracketed or after a dash it is fine.
var liveVenueMarkers = wordSet("at", "from", "@")

// featMarkers introduce featured artists, bracketed or not, in the artist
// or the track part. "with" is one only at the start of a bracket group or
// in the artist part ("Dancing with a Stranger" is a title).
var featMarkers = wordSet("feat", "ft", "featuring")

// byArtistPrefixes start a bracket group that names the artist of a
// track-only title: "(by Adele)", "(In the Style of Adele)".
var byArtistPrefixes = []string{
	"by",
	"in the style of",
	"originally performed by",
	"originally by",
	"made famous by",
	"as made famous by",
	"as performed by",
	"performed by",
}

// byArtistPhrases are byArtistPrefixes split into words; byPhrase is "by".
var (
	byArtistPhrases = splitPhrases(byArtistPrefixes)
	byPhrase        = []string{"by"}
)

// indexPhrases maps the word key picks out of each phrase to the phrases
// with that word, in their order in phrases.
func indexPhrases(phrases [][]string, key func([]string) string) map[string][][]string {
	m := map[string][][]string{}
	for _, ph := range phrases {
		k := key(ph)
		m[k] = append(m[k], ph)
	}
	return m
}

func splitPhrases(phrases []string) [][]string {
	out := make([][]string, len(phrases))
	for i, ph := range phrases {
		out[i] = strings.Fields(ph)
	}
	return out
}

// performerVerbs name the artist before them in a title without
// separators: "Marty Robbins sings Yesterday", "Camila Cabello Performs
// 'Never Be the Same'", "Belinda y Christian Nodal cantan ...". The value
// says whether the verb means a performance on a stage (a live take).
//
// Base forms ("sing", "perform") name the artist only before a quoted
// track ("Fifth Harmony Perform 'Work from Home'"): unquoted they are
// words of titles ("Sing Sing Sing").
var performerVerbs = map[string]bool{
	"sings": false, "canta": false, "cantan": false, "chante": false, "chantent": false, "singt": false,
	"performs": true, "performing": true,
}

// quotedPerformerVerbs are performerVerbs and their base forms, read before
// a quoted track.
var quotedPerformerVerbs = map[string]bool{
	"sings": false, "sing": false, "canta": false, "cantan": false, "chante": false, "chantent": false, "singt": false,
	"performs": true, "perform": true, "performing": true,
}

// performerPronouns keep a verb of performerVerbs from splitting a title:
// before it they make a sentence of the title, not an artist's name ("The
// Way She Sings Love Songs").
var performerPronouns = wordSet("i", "you", "he", "she", "we", "they", "it", "who", "what", "when", "how", "why", "way", "everybody", "nobody", "somebody", "someone", "everyone")

// performedBy are the verbs that may stand before "by" with the artist
// after it: "Alligator Crawl played by X", "Yesterday sung by X".
var performedBy = wordSet("played", "performed", "sung", "sang", "interpreted", "covered")

// CreditVerb reports whether w is a verb of performing that stands before
// "by" with the performer after it: "played", "performed", "sung".
func CreditVerb(w string) bool { return performedBy[w] }

// workNumberWords number a composition, not a record: "(Op. 1234)",
// "(BWV 1007)". A label's catalogue number (see catalogueNumber) never
// starts with one.
var workNumberWords = wordSet("op", "opus", "bwv", "k", "kv", "hob", "d", "rv", "hwv", "woo", "s", "l", "sz", "twv",
	"no", "nr", "number", "vol", "volume", "part", "pt", "ep", "episode", "chapter", "track")

// tributePhrases start what a title says its upload honours, an artist
// that is neither its performer nor a word of its track: "A Tribute To
// #PSPK", "Tributo aos Beatles", "Homenaje a Juan Gabriel".
var tributePhrases = [][]string{
	{"tribute", "to"}, {"tributo", "a"}, {"tributo", "aos"}, {"tributo", "ao"}, {"tributo", "al"},
	{"homenaje", "a"}, {"hommage", "a"}, {"homenagem", "a"}, {"omaggio", "a"},
}

// tributeStarts are the first words of tributePhrases, looked up before
// the phrases are tried.
var tributeStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, ph := range tributePhrases {
		m[ph[0]] = true
	}
	return m
}()

// trackPronouns are words of speech that a line of a song holds and a
// name rarely does ("Tell Me a Bedtime Story", "Baby, It's You", "Don't Cry
// Out Loud"); "i" is not one of them, as it is an initial as often.
var trackPronouns = wordSet("you", "me", "my", "your", "yours", "mine", "we", "our", "us", "it", "its",
	"im", "youre", "dont", "cant", "aint", "ive", "wont", "myself", "yourself")

// nameArticles are the articles of three letters or more that names
// share without being one name ("The Weeknd", "Los Tigres del Norte").
var nameArticles = wordSet("the", "los", "las", "les", "der", "die", "das", "des", "del")

// byStopwords are words that, right after an unbracketed "by", show that
// "by" belongs to the title ("Stand by Me", "Stand by Your Man", "Drive By").
var byStopwords = wordSet(
	"me", "you", "your", "my", "mine", "his", "her", "our", "their", "us",
	"them", "him", "it", "myself", "yourself", "itself", "now", "then",
	"design", "default", "night", "day", "side", "step", "and",
)

// datingWords put a year to a record in its credit line: "by Tony Bennett
// on 1951 Columbia 78", "by The Dorsey Brothers in 1935".
var datingWords = wordSet("on", "in")

// listJoiners split an artist part into a set of artists: "A & B", "A and
// B", "A x B", "A, B", "A + B", "A vs B". Band names that contain them
// (Simon & Garfunkel, Earth, Wind & Fire, Florence + the Machine) are split
// too: the split is the same wherever the name appears, so sets still
// match, and no list of band names has to be kept.
var listJoiners = wordSet("and", "x", "vs", "versus", "y", "et", "und")

// NameJoiner reports whether w may follow a whole artist's name in a
// credit and start the next one: a list joiner ("and", "x") or a featuring
// marker ("feat", "featuring").
func NameJoiner(w string) bool { return listJoiners[w] || featMarkers[w] }

// channelSuffixes are removed from a channel name before it is compared with a
// title's artist: "AdeleVEVO", "Adele - Topic", "Adele Official".
var channelSuffixes = []string{"vevo", "official", "officiel", "tv", "music", "channel"}

// labelWords mark a channel as not an artist's own (a label, a lyrics or
// promotion channel); its name is then never taken as the artist of a
// track-only title.
var labelWords = wordSet(
	"records", "recordings", "record", "music", "musica", "musique", "entertainment",
	"labels", "label", "lyrics", "lyric", "letras", "nation", "tv", "channel",
	"radio", "fm", "sounds", "beats", "vibes", "hits", "mixes", "covers",
	"karaoke", "productions", "production", "studio", "studios", "media",
	"network", "playlist", "playlists", "nightcore", "kpop", "edm", "trap",
	"chill", "uncaged", "instinct", "releases", "audio",
	"sessions", "archive", "archives", "collection", "topic", "films",
	"mtv", "bbc", "npr", "kexp", "colors", "genius", "vibe", "tunes",
	// Film and video labels: "GOODWILL ENTERTAINMENTS", "Friday Film
	// House", "Dream Warrior Pictures", "Haarika & Hassine Creations",
	// "Malayalam Muzik247".
	"entertainments", "film", "pictures", "creations", "videos", "muzik",
	// Hindi "songs" (gaane), a compilation's name: "हिंदी गाने" (Hindi
	// songs), "पुराने गाने" (old songs), "सदाबहार गाने" (evergreen songs).
	"गाने",
	// Promotion channels with names of their own.
	"7clouds", "proximity", "mrsuicidesheep", "majesticcasual", "lyricallemonade",
	"thesoundyouneed", "cloudkid", "selectedbase", "wavemusic",
)

// labelEnds end a record label's name after a word of its own ("Speed
// Records", "VIP Records"): a version word before one names the label,
// not a version of the upload (see versionAt).
var labelEnds = wordSet("records")

// gluedLabelWords are the label words a channel glues to a name
// ("satyamvideos"); see isLabelWord.
var gluedLabelWords = []string{"videos", "records", "entertainment", "productions", "films", "studios"}

// isLabelWord reports whether a word of a channel's name is a label word:
// one of labelWords, one with a number glued after it ("muzik247"), or
// a name with one of gluedLabelWords glued after it ("satyamvideos").
func isLabelWord(w string) bool {
	if labelWords[w] {
		return true
	}
	if base := strings.TrimRight(w, "0123456789"); len(base) >= 3 && len(base) < len(w) && labelWords[base] {
		return true
	}
	for _, suf := range gluedLabelWords {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// wordSet builds a set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// compiledNoise is a noise pattern split into words, indexed for matching from
// the end (by last word) and from the start (by first word).
type compiledNoise struct {
	noisePattern
	words []string
}

var (
	noiseByLast  = map[string][]*compiledNoise{}
	noiseByFirst = map[string][]*compiledNoise{}
	noiseAll     []*compiledNoise
	// noiseWords are the one-word noise phrases, which may sit beside
	// version words in a group.
	noiseWords = map[string]bool{}

	trailingByLast = map[string][]*compiledTrailing{}
	leadingVersion = map[string][]*compiledTrailing{}
	// trailingLastShapes are the shapes of the keys of trailingByLast.
	trailingLastShapes *wordShapes
)

type compiledTrailing struct {
	trailingVersion
	words []string
}

func init() {
	for _, r := range noisePatterns {
		c := &compiledNoise{noisePattern: r, words: strings.Fields(r.phrase)}
		noiseAll = append(noiseAll, c)
		last := c.words[len(c.words)-1]
		noiseByLast[last] = append(noiseByLast[last], c)
		if last == "version" && !versionUnabbreviated[r.phrase] {
			c.words[len(c.words)-1] = versionOrAbbrev
			noiseByLast[versionAbbrev] = append(noiseByLast[versionAbbrev], c)
		}
		noiseByFirst[c.words[0]] = append(noiseByFirst[c.words[0]], c)
		if len(c.words) == 1 {
			noiseWords[c.words[0]] = true
		}
	}
	for _, r := range trailingVersions {
		c := &compiledTrailing{trailingVersion: r, words: strings.Fields(r.phrase)}
		trailingByLast[c.words[len(c.words)-1]] = append(trailingByLast[c.words[len(c.words)-1]], c)
		if r.lead {
			leadingVersion[c.words[0]] = append(leadingVersion[c.words[0]], c)
		}
	}
	trailingLastShapes = shapesOf(slices.Collect(maps.Keys(trailingByLast)))
	for _, set := range []map[string]bool{versionFillers, noiseWords} {
		for w := range set {
			excerptClasses[w] = excerptFiller
		}
	}
	for _, w := range []string{"song", "first", "new"} {
		excerptClasses[w] = excerptFiller
	}
	for w := range excerptWords {
		excerptClasses[w] = excerptWord
	}
}

// excerptClass is what a word is to isExcerpt: an excerpt word, a filler
// that may stand beside one, or neither (the zero value).
type excerptClass uint8

const (
	excerptNeither excerptClass = iota
	excerptFiller
	excerptWord
)

// excerptClasses classes the words of excerptWords, versionFillers and
// noiseWords (filled in init, after noiseWords), so that isExcerpt looks a
// word up once.
var excerptClasses = map[string]excerptClass{}

// matchWord reports whether a word of a title matches a word of a phrase;
// "YEAR" matches any four-digit number, "STORE" any of storeNames, and
// versionOrAbbrev "version" or its abbreviation (version_abbrev).
func matchWord(word, pattern string) bool {
	switch pattern {
	case "YEAR":
		return isYear(word)
	case "STORE":
		return storeNames[word]
	case versionOrAbbrev:
		return word == "version" || word == versionAbbrev
	}
	return word == pattern
}

// versionAbbrev is how uploads abbreviate "version" ("(Japanese ver.)",
// "-Short Ver.-", "performance ver."): a noise phrase that ends in
// "version" is read with it as well ("(Explicit Ver.)", "(Clean Ver.)",
// "(Official Ver.)"), its last word matched as versionOrAbbrev, but for
// versionUnabbreviated.
const (
	versionAbbrev   = "ver"
	versionOrAbbrev = "VERSION"
)

// versionUnabbreviated are the noise phrases read with "version" only. The
// uploads that write "ver." are mostly Japanese and Korean releases, where
// "(Album Ver.)" and "(Single Ver.)" name the album's or the single's own
// mix, another recording than the other's: they stay qualifiers.
var versionUnabbreviated = map[string]bool{"album version": true, "single version": true}

// storeNames are the stores and streaming services an upload says the
// song is also on ("available on iTunes", "on Spotify & Apple"). Apple and
// Amazon are not among them: "on Apple" alone may end a title.
var storeNames = wordSet("itunes", "spotify", "deezer", "soundcloud", "bandcamp", "tidal", "beatport", "anghami", "napster", "applemusic")

// isDecade reports whether w names a decade as a title dates one: a year
// ending in 0 or its last two digits, then "s" ("1950s", "60s"; "1950's"
// folds so).
func isDecade(w string) bool {
	n, ok := strings.CutSuffix(w, "s")
	if !ok || !strings.HasSuffix(n, "0") {
		return false
	}
	return isYear(n) || len(n) == 2 && n[0] >= '0' && n[0] <= '9'
}

// isYear reports whether w is a four-digit number from 1000 to 2999: a
// year, where "0000" or "7777" is a number.
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
