package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// probeCase is a pair of uploads and the decision it must get, in both
// orders: another recording that looks like the plain one is never
// merged into it, and the same recording written twice still merges.
type probeCase struct {
	a, b string
	want DecisionKind
}

// inputCase is a probeCase with whole inputs (a channel beside a title).
type inputCase struct {
	a, b title.Input
	want DecisionKind
}

// checkProbes decides every case both ways round.
func checkProbes(t *testing.T, tests []probeCase) {
	t.Helper()
	cases := make([]inputCase, len(tests))
	for i, tt := range tests {
		cases[i] = inputCase{title.Input{Title: tt.a}, title.Input{Title: tt.b}, tt.want}
	}
	checkInputs(t, cases)
}

// checkInputs decides every case both ways round.
func checkInputs(t *testing.T, tests []inputCase) {
	t.Helper()
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			if d := decideInputs(tt.a, tt.b, swap); d.Kind != tt.want {
				t.Errorf("%+v / %+v (swap %v): %s %.4f, rules %v; want %s", tt.a, tt.b, swap, d.Kind, d.Score, rulesOf(d.Explanation), tt.want)
			}
		}
	}
}

// namedInputCase is an inputCase with a name for its subtest.
type namedInputCase struct {
	name string
	a, b title.Input
	want DecisionKind
}

// checkNamedInputs decides every case both ways round, each in a subtest
// of its name.
func checkNamedInputs(t *testing.T, tests []namedInputCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkInputs(t, []inputCase{{tt.a, tt.b, tt.want}})
		})
	}
}

// TestVersionQualifierAnywhere: a recording named by a qualifier ("X
// Version") is another recording wherever the qualifier stands, after a
// third dash part as in brackets, and with a filler among its words
// (version_qualifier).
func TestVersionQualifierAnywhere(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Norah Jones - Come Away With Me - Jazz Version", "Norah Jones - Come Away With Me (Official Video)", DecisionDistinct},
		{"EXO - Growl - Chinese Ver.", "EXO - Growl", DecisionDistinct},
		{"Lorde - Royals - US Version", "Lorde - Royals", DecisionDistinct},
		{"Metallica - Enter Sandman (Music Box Version)", "Metallica - Enter Sandman (Remastered)", DecisionDistinct},
		{"Coldplay - Yellow - Music Box Version", "Coldplay - Yellow", DecisionDistinct},
		{"Coldplay - Yellow - Music Box Version", "Coldplay - Yellow (Music Box Version)", DecisionMerge},
		{"EXO - Growl - Chinese Ver.", "EXO - Growl (Chinese Version)", DecisionMerge},
		{"Adele - Hello - Album Version", "Adele - Hello", DecisionMerge},
		{"Adele - Hello (Full Length Version)", "Adele - Hello", DecisionMerge},
	})
}

// TestTagNamesTrack: a square or lenticular group that names another track
// of a work or another kind of upload ("[Intro]", "【Reprise】", "[Medley]",
// "[Session]", "[Dub]") stays in the track as a round one does, so the
// pair is held for a curator, or is two songs when the word names another
// track of the work ("Reprise", "Interlude"); a genre's tag still goes
// (tag_names_track).
func TestTagNamesTrack(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Kanye West - Power [Intro]", "Kanye West - Power", DecisionReview},
		{"Beyonce - Halo [Medley]", "Beyonce - Halo (Official Video)", DecisionReview},
		{"Drake - Hold On [Interlude]", "Drake - Hold On", DecisionDistinct},
		{"Adele - Hello 【Reprise】", "Adele - Hello", DecisionDistinct},
		{"NERVO - Voices [Dub]", "NERVO - Voices", DecisionReview},
		{"Kodaline - High Hopes [Session]", "Kodaline - High Hopes", DecisionReview},
		{"Drake - Hold On [Interlude]", "Drake - Hold On (Interlude)", DecisionMerge},
		{"Skrillex - Bangarang [Dubstep]", "Skrillex - Bangarang", DecisionMerge},
	})
}

// TestVersionsInOtherWords: an upload without its vocals, sung or played
// by a fan, filmed in the audience or taken before the show is another
// recording however it says so ("(No Vocals)", "(Off Vocal Ver.)",
// "(MR)", "(минусовка)", "(純音樂)", "(歌ってみた)", "(직캠)", "(Fancam)",
// "(Rehearsal)"), while a singer's credit ("(Vocals by X)") names no
// version (vocals_context, instrumental_words, cover_words,
// live_words, stage_take).
func TestVersionsInOtherWords(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Adele - Hello (No Vocals)", "Adele - Hello (Official Video)", DecisionDistinct},
		{"Utada Hikaru - First Love (Off Vocal Ver.)", "Utada Hikaru - First Love", DecisionDistinct},
		{"Luis Fonsi - Despacito (Sin Voz)", "Luis Fonsi - Despacito", DecisionDistinct},
		{"Coldplay - Yellow | No Vocals", "Coldplay - Yellow", DecisionDistinct},
		{"아이유 - 좋은 날 (MR)", "아이유 - 좋은 날", DecisionDistinct},
		{"태연 - I (MR Removed)", "태연 - I", DecisionDistinct},
		{"Кино - Группа крови (минусовка)", "Кино - Группа крови", DecisionDistinct},
		{"YOASOBI - 夜に駆ける (オフボーカル)", "YOASOBI - 夜に駆ける", DecisionDistinct},
		{"周杰倫 - 晴天 (純音樂)", "周杰倫 - 晴天", DecisionDistinct},
		{"米津玄師 - Lemon (歌ってみた)", "米津玄師 - Lemon", DecisionDistinct},
		{"YOASOBI - 夜に駆ける (弾いてみた)", "YOASOBI - 夜に駆ける", DecisionDistinct},
		{"King Gnu - 白日 (叩いてみた)", "King Gnu - 白日", DecisionDistinct},
		{"TWICE - FANCY (Fancam)", "TWICE - FANCY (Official MV)", DecisionDistinct},
		{"아이유 - 좋은 날 (직캠)", "아이유 - 좋은 날", DecisionDistinct},
		{"周杰倫 - 晴天 (演唱會)", "周杰倫 - 晴天", DecisionDistinct},
		{"The Beatles - Get Back (Rehearsal)", "The Beatles - Get Back (Remastered 2009)", DecisionDistinct},
		{"Nirvana - Lithium (Soundcheck)", "Nirvana - Lithium", DecisionDistinct},
		{"Queen - Somebody to Love - Rehearsal", "Queen - Somebody to Love", DecisionDistinct},
		{"Adele - Hello (No Vocals)", "Adele - Hello (Instrumental)", DecisionMerge},
		{"아이유 - 좋은 날 (MR)", "아이유 - 좋은 날 (Instrumental)", DecisionMerge},
		{"Daft Punk - Digital Love (Vocals by Romanthony)", "Daft Punk - Digital Love (Official Video)", DecisionMerge},
		{"Elvis Presley - Mr. Sandman (Remastered)", "Elvis Presley - Mr. Sandman", DecisionMerge},
	})
}

// TestRenditions: a rendition played on an instrument or in a style of
// its own ("(Ukulele)", "(Violin)", "[Cello Version]", "(Music Box)",
// "(8-bit)", "(Lullaby)", "| Ukulele") is another recording, and two
// instruments are two renditions; a group that names a work with an
// instrument stays the track's (rendition).
func TestRenditions(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Twenty One Pilots - Ride (Ukulele)", "Twenty One Pilots - Ride (Official Video)", DecisionDistinct},
		{"Ed Sheeran - Perfect (Violin)", "Ed Sheeran - Perfect", DecisionDistinct},
		{"Adele - Someone Like You [Cello Version]", "Adele - Someone Like You", DecisionDistinct},
		{"Nirvana - Come as You Are (Music Box)", "Nirvana - Come as You Are", DecisionDistinct},
		{"Toto - Africa (8-bit)", "Toto - Africa", DecisionDistinct},
		{"Toto - Africa [8-bit]", "Toto - Africa (Official HD Video)", DecisionDistinct},
		{"Oasis - Wonderwall (Lullaby)", "Oasis - Wonderwall (Remastered)", DecisionDistinct},
		{"Vance Joy - Riptide | Ukulele", "Vance Joy - Riptide", DecisionDistinct},
		{"Ed Sheeran - Perfect (Violin)", "Ed Sheeran - Perfect (Cello)", DecisionDistinct},
		{"Ed Sheeran - Perfect (Violin)", "Ed Sheeran - Perfect (Violin Cover)", DecisionMerge},
		{"Nirvana - Come as You Are (Music Box)", "Nirvana - Come as You Are [Music Box Version]", DecisionMerge},
		{"Eminem - Music Box", "Eminem - Music Box (Official Audio)", DecisionMerge},
	})
}

// TestChannelVersion: an upload of a channel whose name says what it
// uploads ("Karaoke Hits", "NightcoreReality", "8D Tunes", "sped up songs")
// is that version when its title names none, and never merges with the
// recording; two uploads of such channels still do (channel_version).
func TestChannelVersion(t *testing.T) {
	// The last three: an act named with such a word uploads its own
	// recordings on a channel of its name.
	checkInputs(t, []inputCase{
		{title.Input{Title: "Adele - Hello", Channel: "Karaoke Hits"}, title.Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}, DecisionDistinct},
		{title.Input{Title: "Coldplay - Yellow", Channel: "NightcoreReality"}, title.Input{Title: "Coldplay - Yellow (Official Video)"}, DecisionDistinct},
		{title.Input{Title: "Billie Eilish - bad guy", Channel: "8D Tunes"}, title.Input{Title: "bad guy", Channel: "Billie Eilish - Topic"}, DecisionDistinct},
		{title.Input{Title: "Harry Styles - As It Was", Channel: "sped up songs"}, title.Input{Title: "Harry Styles - As It Was (Official Video)"}, DecisionDistinct},
		{title.Input{Title: "Adele - Hello", Channel: "Karaoke Hits"}, title.Input{Title: "Adele - Hello (Karaoke Version)", Channel: "Sing King"}, DecisionMerge},
		{title.Input{Title: "Billie Eilish - bad guy", Channel: "8D Tunes"}, title.Input{Title: "Billie Eilish - bad guy [8D AUDIO]"}, DecisionMerge},
		{title.Input{Title: "Twist Ya Around", Channel: "Cover Drive"}, title.Input{Title: "Cover Drive - Twist Ya Around (Official Video)"}, DecisionMerge},
		{title.Input{Title: "The Cover Girls - Show Me", Channel: "The Cover Girls"}, title.Input{Title: "Show Me", Channel: "The Cover Girls - Topic"}, DecisionMerge},
		{title.Input{Title: "Instrumental - Sweet Dreams", Channel: "Instrumental"}, title.Input{Title: "Sweet Dreams", Artist: "Instrumental"}, DecisionMerge},
	})
}

// TestHanVersionSuffix: a Chinese word ending in 版 ("version") names a
// recording of its own, as "X Version" does (女生版, 粵語版, DJ版, 抖音版),
// unless it only says what edition the upload is (官方完整版, 高清版)
// (han_version_suffix).
func TestHanVersionSuffix(t *testing.T) {
	checkProbes(t, []probeCase{
		{"周杰倫 - 晴天 (女生版)", "周杰倫 - 晴天", DecisionDistinct},
		{"周杰倫 - 晴天 (粵語版)", "周杰倫 - 晴天 (Official MV)", DecisionDistinct},
		{"周杰倫 - 晴天 (DJ版)", "周杰倫 - 晴天", DecisionDistinct},
		{"周杰倫 - 晴天 (抖音版)", "周杰倫 - 晴天", DecisionDistinct},
		{"周杰倫 - 晴天 (女生版)", "周杰倫 - 晴天 (粵語版)", DecisionDistinct},
		{"周杰倫 - 晴天 (DJ版)", "周杰倫 - 晴天 [DJ版]", DecisionMerge},
		{"周杰倫 - 晴天 (官方完整版)", "周杰倫 - 晴天", DecisionMerge},
	})
}

// TestVoiceMoodRendition: a one-word group naming who sings a rendition
// or its mood ("(Female)", "(Male)", "(Sad)", "(Happy)", "(Duet)"), as film
// soundtracks name them, is a qualifier as "(Female Version)" is, also in
// a part read as the artist (rendition_qualifier).
func TestVoiceMoodRendition(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Sunn Raha Hai (Female) - Aashiqui 2 | Shreya Ghoshal", "Sunn Raha Hai - Aashiqui 2 | Ankit Tiwari", DecisionDistinct},
		{"Kal Ho Naa Ho (Sad) - Kal Ho Naa Ho | Sonu Nigam", "Kal Ho Naa Ho - Kal Ho Naa Ho | Sonu Nigam", DecisionDistinct},
		{"Tujh Mein Rab Dikhta Hai (Female) - Rab Ne Bana Di Jodi | Shreya Ghoshal", "Tujh Mein Rab Dikhta Hai - Rab Ne Bana Di Jodi | Roop Kumar Rathod", DecisionDistinct},
		{"Channa Mereya (Female) - Ae Dil Hai Mushkil", "Channa Mereya - Ae Dil Hai Mushkil", DecisionDistinct},
		{"Phir Bhi Tumko Chaahunga (Female)", "Phir Bhi Tumko Chaahunga", DecisionDistinct},
		{"Tum Hi Ho (Female)", "Tum Hi Ho (Male)", DecisionDistinct},
		{"Tum Hi Ho (Female)", "Tum Hi Ho (Female Version)", DecisionMerge},
	})
}

// TestBehindTheSong: the artist telling how a song came about ("(Behind
// The Song)", "(The Story Behind The Song)", "- Behind The Song") is a
// video about the song, never the song (about_the_song; billboard dev).
func TestBehindTheSong(t *testing.T) {
	checkInputs(t, []inputCase{
		{title.Input{Title: "eric church - round here buzz (behind the song)", Channel: "eric church"}, title.Input{Title: "Round Here Buzz", Artist: "Eric Church"}, DecisionDistinct},
		{title.Input{Title: "Taylor Swift - All Too Well (The Story Behind The Song)"}, title.Input{Title: "Taylor Swift - All Too Well"}, DecisionDistinct},
		{title.Input{Title: "Kacey Musgraves - Rainbow - Behind The Song"}, title.Input{Title: "Kacey Musgraves - Rainbow (Official Video)"}, DecisionDistinct},
		{title.Input{Title: "Luke Combs - Beer Never Broke My Heart | Behind The Song"}, title.Input{Title: "Luke Combs - Beer Never Broke My Heart"}, DecisionDistinct},
		{title.Input{Title: "Kacey Musgraves - Rainbow - Behind The Song"}, title.Input{Title: "Kacey Musgraves - Rainbow (Behind The Song)"}, DecisionMerge},
	})
}

// TestDatesDiffer: two uploads that date the occasion they were recorded
// at, on different days, are two performances, however alike the rest of
// their titles (recording_date, recording_dates_differ); one day written
// two ways is one.
func TestDatesDiffer(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Django Reinhardt - Fine and Dandy - Paris, 30.01.1953", "Django Reinhardt - Fine and Dandy - Brussels, 12.05.1947", DecisionDistinct},
		{"Guns N' Roses - Patience (MSG, NYC) 10.11.17", "Guns N' Roses - Patience (Tokyo Dome) 01.28.92", DecisionDistinct},
		{"Phish - Tweezer 12.31.95", "Phish - Tweezer 07.04.99", DecisionDistinct},
		{"Grateful Dead - Dark Star - Fillmore East 2/13/70", "Grateful Dead - Dark Star - Barton Hall 5/8/77", DecisionDistinct},
		{"Django Reinhardt - Fine and Dandy - Paris, 30.01.1953", "Django Reinhardt - Fine and Dandy - 1/30/1953", DecisionMerge},
	})
}

// TestRoleWordHeadsTrack: a title that opens with a one-word track named
// like a credit's role, then a dash and the artist, before a bar ("Vocal
// - Pet Shop Boys | Top of the Pops") reads no list of credits: another
// song of the same show or concert is no duplicate of it, and a credit
// list that names its roles with a colon still reads its singers
// (role_credits).
func TestRoleWordHeadsTrack(t *testing.T) {
	checkNamedInputs(t, []namedInputCase{
		{"two songs of one concert", title.Input{Title: "Music - Madonna | Live at Wembley 2006", Channel: "Concert Vault"}, title.Input{Title: "Vocal - Madonna | Live at Wembley 2006", Channel: "Concert Vault"}, DecisionDistinct},
		{"another song of the session", title.Input{Title: "Playback - Tom Odell | Live at Abbey Road", Channel: "Abbey Road Sessions"}, title.Input{Title: "Tom Odell - Another Love | Live at Abbey Road", Channel: "Abbey Road Sessions"}, DecisionDistinct},
		{"the show's name against the song", title.Input{Title: "Vocal - Pet Shop Boys | Top of the Pops", Channel: "Classic TOTP"}, title.Input{Title: "Pet Shop Boys - Top of the Pops"}, DecisionDistinct},
		{"a credit list with a colon", title.Input{Title: "Singer: Arijit Singh | Music: Pritam | Channa Mereya", Channel: "Sony Music India"}, title.Input{Title: "Arijit Singh - Channa Mereya (Lyrics)"}, DecisionMerge},
	})
}

// TestDashCreditsTrack: credits written as dash parts after "A - B"
// ("Chris Botti - Time to Say Goodbye - Vocals: Katharine McPhee") keep
// the track: two songs of one artist with one guest vocalist, or with the
// same singers, are two songs, and the credited upload still meets its
// plain one, or is held for a curator (role_credits).
func TestDashCreditsTrack(t *testing.T) {
	checkNamedInputs(t, []namedInputCase{
		{"one guest vocalist, two songs", title.Input{Title: "Chris Botti - Time to Say Goodbye - Vocals: Katharine McPhee", Channel: "Concert Clips"}, title.Input{Title: "Chris Botti - When I Fall in Love - Vocals: Katharine McPhee", Channel: "Concert Clips"}, DecisionDistinct},
		{"one guest vocalist, two songs, another artist", title.Input{Title: "Dave Koz - Careless Whisper - Vocals: Jane Monheit", Channel: "Smooth Jazz Vault"}, title.Input{Title: "Dave Koz - Let It Snow - Vocals: Jane Monheit", Channel: "Smooth Jazz Vault"}, DecisionDistinct},
		{"the same singers, two songs", title.Input{Title: "Ed Sheeran - Perfect - Sung by Ed Sheeran & Beyonce", Channel: "Lyric Land"}, title.Input{Title: "Ed Sheeran - Shape of You - Sung by Ed Sheeran & Beyonce", Channel: "Lyric Land"}, DecisionDistinct},
		// "Vocals" also names a vocals-only upload: a curator tells.
		{"a guest vocalist credited, the plain upload", title.Input{Title: "Kygo - Firestone - Vocals: Conrad Sewell", Channel: "Music Clips"}, title.Input{Title: "Kygo - Firestone (Official Video)"}, DecisionReview},
		{"the same singers credited, the plain upload", title.Input{Title: "Ed Sheeran - Perfect - Sung by Ed Sheeran & Beyonce", Channel: "Lyric Land"}, title.Input{Title: "Ed Sheeran & Beyonce - Perfect"}, DecisionMerge},
	})
}

// TestVersionNounFirst: a version tag that puts the noun first, as
// Romance languages and Dutch and Polish write it ("Versión Salsa",
// "Version Longue", "Versione Live"), names another recording as its
// English mirror does, in brackets or after a dash or a pipe; one whose
// qualifier is noise ("Versión Original", "Versión Oficial", "Version
// Album") is still the plain recording (version_noun_first). The radio
// edit reads alike in either order: "(Radio Version)", "(Radio Ver.)"
// (radio_version).
func TestVersionNounFirst(t *testing.T) {
	checkProbes(t, []probeCase{
		{"Adele - Hello - Versión Salsa", "Adele - Hello (Official Video)", DecisionDistinct},
		{"Marc Anthony - Vivir Mi Vida (Versión Pop)", "Marc Anthony - Vivir Mi Vida (Official Video)", DecisionDistinct},
		{"Romeo Santos - Propuesta Indecente - Version Bachata", "Romeo Santos - Propuesta Indecente", DecisionDistinct},
		{"Camila - Mientes (Versión Banda)", "Camila - Mientes", DecisionDistinct},
		{"Maná - Rayando el Sol - Versión Sinfónica", "Maná - Rayando el Sol", DecisionDistinct},
		{"Kendji Girac - Andalouse - Version Longue", "Kendji Girac - Andalouse", DecisionDistinct},
		{"Laura Pausini - La Solitudine (Versione Live)", "Laura Pausini - La Solitudine", DecisionDistinct},
		{"Anitta - Girl From Rio (Versão Acústica)", "Anitta - Girl From Rio", DecisionDistinct},
		{"Zaz - Je Veux [Version Française]", "Zaz - Je Veux", DecisionDistinct},
		{"Shakira - Suerte | Versión Radio", "Shakira - Suerte", DecisionDistinct},
		{"Dua Lipa - Levitating (Radio Version)", "Dua Lipa - Levitating (Official Video)", DecisionDistinct},
		{"Avicii - Levels (Radio Ver.)", "Avicii - Levels", DecisionDistinct},
		{"Shakira - Suerte (Radio Version)", "Shakira - Suerte", DecisionDistinct},
		{"Dua Lipa - Levitating (Radio Version)", "Dua Lipa - Levitating (Radio Edit)", DecisionMerge},
		{"Avicii - Levels (Radio Ver.)", "Avicii - Levels (Radio Mix)", DecisionMerge},
		{"Shakira - Suerte (Radio Version)", "Shakira - Suerte (Versión Radio)", DecisionMerge},
		{"Marco Borsato - Dromen Zijn Bedrog (Versie Piano)", "Marco Borsato - Dromen Zijn Bedrog", DecisionDistinct},
		{"Carlos Vives - La Bicicleta (Mix Cumbia)", "Carlos Vives - La Bicicleta", DecisionDistinct},
		{"Adele - Hello - Versión Salsa", "Adele - Hello (Salsa Version)", DecisionMerge},
		{"Laura Pausini - La Solitudine (Versione Live)", "Laura Pausini - La Solitudine (Live Version)", DecisionMerge},
		{"Maná - Rayando el Sol (Versión Original)", "Maná - Rayando el Sol", DecisionMerge},
		{"Shakira - Suerte (Versión Oficial)", "Shakira - Suerte (Official Video)", DecisionMerge},
		{"Stromae - Papaoutai (Version Album)", "Stromae - Papaoutai", DecisionMerge},
		{"Juanes - La Camisa Negra (Versión Completa)", "Juanes - La Camisa Negra", DecisionMerge},
		{"Indila - Dernière Danse - Version Originale", "Indila - Dernière Danse", DecisionMerge},
		{"Kendji Girac - Andalouse - Version Longue", "Kendji Girac - Andalouse (Extended Version)", DecisionMerge},
		{"Daddy Yankee - Gasolina (Mix Extendido)", "Daddy Yankee - Gasolina (Extended Mix)", DecisionMerge},
		{"Daddy Yankee - Gasolina (Mix Extendido)", "Daddy Yankee - Gasolina", DecisionDistinct},
		{"Ivete Sangalo - Sorte Grande (Mix Estendido)", "Ivete Sangalo - Sorte Grande (Extended Version)", DecisionMerge},
		{"Enrique Iglesias - Bailando (Versión Sencillo)", "Enrique Iglesias - Bailando (Single Version)", DecisionMerge},
		{"Enrique Iglesias - Bailando (Versión Sencillo)", "Enrique Iglesias - Bailando", DecisionMerge},
		{"Calle 13 - Atrevete (Versión de Estudio)", "Calle 13 - Atrevete", DecisionMerge},
		{"Calle 13 - Atrevete (Versión de Estudio)", "Calle 13 - Atrevete (Studio Version)", DecisionMerge},
		{"Pitty - Me Adora (Versão de Estúdio)", "Pitty - Me Adora (Official Video)", DecisionMerge},
		{"Marc Anthony - Vivir Mi Vida (Versión de Salsa)", "Marc Anthony - Vivir Mi Vida (Salsa Version)", DecisionMerge},
		{"Marc Anthony - Vivir Mi Vida (Versión de Salsa)", "Marc Anthony - Vivir Mi Vida", DecisionDistinct},
	})
}
