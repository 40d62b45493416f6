package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestCoverPerformer: a cover that names its performer after "cover by"
// is that performer's recording, and merges with the performer's record
// of the song (the real and covers dev sets' uploads against their
// SecondHandSongs records), whether the performer is the title's artist
// or a qualifier beside the original artist; a live cover is then a live
// version of the performer's record. Against the original artist's
// record or another performer's it stays another recording; and a clause without "by" ("(The
// Beatles Cover)", "(Kina Grannis & Imaginary Future Cover)") says
// nothing of which name is the performer, so it is not the rule's. The
// name after "cover by" counts whole: "cover by Adele Harley" names no
// cover by Adele.
func TestCoverPerformer(t *testing.T) {
	eliLieb := title.Input{Title: "adele - skyfall ( cover by eli lieb ) available on itunes !"}
	harley := title.Input{Title: "yesterday - reggae cover by adele harley featuring john holt"}
	checkRuleCases(t, RuleCoverPerformer, []ruleCase{
		{"the performer read as the artist", harley, title.Input{Title: "Yesterday", Artist: "Adele Harley feat. John Holt"}, DecisionMerge, true},
		{"the performer in a bracket group", eliLieb, title.Input{Title: "Skyfall", Artist: "Eli Lieb"}, DecisionMerge, true},
		{"the performer in a dash part", title.Input{Title: "adele - skyfall - official music video - cover by corey gray - on itunes"}, title.Input{Title: "Skyfall", Artist: "Corey Gray"}, DecisionMerge, true},
		{"an upload of the performer", eliLieb, title.Input{Title: "Eli Lieb - Skyfall (Official Audio)"}, DecisionMerge, true},
		{"the original artist's record", eliLieb, title.Input{Title: "Skyfall", Artist: "Adele"}, DecisionDistinct, false},
		{"the original artist's record, the performer the artist", harley, title.Input{Title: "Yesterday", Artist: "The Beatles"}, DecisionDistinct, false},
		{"another performer's record", eliLieb, title.Input{Title: "Skyfall", Artist: "Sam Tsui"}, DecisionDistinct, false},
		{"a live cover", title.Input{Title: "adele - skyfall ( live cover by eli lieb )"}, title.Input{Title: "Skyfall", Artist: "Eli Lieb"}, DecisionDistinct, true},
		{"the same cover written the other way round", eliLieb, title.Input{Title: "Eli Lieb - Skyfall (Adele Cover)"}, DecisionMerge, false},
		{"the original artist's upload", title.Input{Title: "Boulevard of Broken Dreams - Green Day (Cover by Pentatonix)"}, title.Input{Title: "Green Day - Boulevard of Broken Dreams [Lyrics]"}, DecisionDistinct, false},
		{"a performer whose name starts with the original artist's", title.Input{Title: "Adele - Skyfall (cover by Adele Harley)"}, title.Input{Title: "Skyfall", Artist: "Adele"}, DecisionDistinct, false},
		{"the same, against the original artist's upload", title.Input{Title: "Prince - Purple Rain (cover by Prince Royce)"}, title.Input{Title: "Prince - Purple Rain (Official Video)"}, DecisionDistinct, false},
		{"the same, the performer bracketed with others", title.Input{Title: "Queen - Bohemian Rhapsody [Cover by Queen Latifah & Friends]"}, title.Input{Title: "Bohemian Rhapsody", Artist: "Queen"}, DecisionDistinct, false},
		{"the performer's name ended by a featured one", title.Input{Title: "yesterday - reggae cover by adele harley ft. john holt"}, title.Input{Title: "Yesterday", Artist: "Adele Harley"}, DecisionMerge, true},
		{"no by, the clause the original artist", title.Input{Title: "shirley bassey - yesterday ( the beatles cover )"}, title.Input{Title: "Yesterday", Artist: "Shirley Bassey"}, DecisionDistinct, false},
		{"no by, the clause the performer", title.Input{Title: "the beatles - yesterday ( kina grannis & imaginary future cover )"}, title.Input{Title: "Yesterday", Artist: "The Beatles"}, DecisionDistinct, false},
	})
}

// TestCoverByNamesNoPerformer: a "cover by" after a release word or "AI"
// names the artwork's designer or the voice a model imitates, not who
// sang the cover, so against that name's own record of the title the
// upload stays another recording, in a bracket, a dash part or a bar
// segment, read by the normalizer or by cover_performer.
func TestCoverByNamesNoPerformer(t *testing.T) {
	janeDoe := title.Input{Title: "Jane Doe - Hello", Channel: "Jane Doe"}
	checkRuleCases(t, RuleCoverPerformer, []ruleCase{
		{"an album's artwork, in a bracket", title.Input{Title: "Adele - Hello (album cover by Jane Doe)", Channel: "Jane Doe Art"}, janeDoe, DecisionDistinct, false},
		{"a single's artwork, in a bracket", title.Input{Title: "Adele - Hello (single cover by Jane Doe)", Channel: "fan uploads"}, janeDoe, DecisionDistinct, false},
		{"an album's artwork, in a dash part", title.Input{Title: "Adele - Hello - Album Cover by Jane Doe", Channel: "fan uploads"}, janeDoe, DecisionDistinct, false},
		{"an album's artwork, in a bar segment", title.Input{Title: "Hello | Album cover by Jane Doe", Channel: "fan uploads"}, janeDoe, DecisionDistinct, false},
		{"a voice model", title.Input{Title: "Adele - Hello (AI cover by Lionel Richie)", Channel: "AI Covers"}, title.Input{Title: "Lionel Richie - Hello", Channel: "Lionel Richie - Topic"}, DecisionDistinct, false},
	})
}

// TestCoverSignedLast: a cover signed by its performer after the cover
// tag ("Track - Act (Cover) - Performer", "Track - Act (Official Video)
// Acoustic Cover - Performer") is that performer's recording
// (cover_performer), and merges
// with the performer's record of the song or upload, read either way
// round (the real and covers dev sets' uploads against their
// SecondHandSongs records). The act before the tag is the original's:
// against its record or upload, another performer's, the performer's live
// take or other songs, or a performer whose name holds the original
// artist's, the cover stays another recording; a live cover keeps its
// live tag; a last part that is no name ("Lyrics", "Official Video",
// a year) signs nothing; and a title that names no original act in a
// dash part of its own ("Track (Cover) - Name", "Track (Act Cover) -
// Name", "Track (Note) (Cover) - Name", cover_original_named) or names the signer there signs nothing either:
// the name after the dash may be the original act's.
func TestCoverSignedLast(t *testing.T) {
	roomie := title.Input{Title: "skyfall - adele ( cover ) - roomie + jonas frisk"}
	masse := title.Input{Title: "yesterday ( acoustic beatles cover ) - mike masse and jeff hall"}
	sanchez := title.Input{Title: "Hello - Adele (Cover) - Leroy Sanchez"}
	bassey := title.Input{Title: "Yesterday (Beatles Cover) - Shirley Bassey"}
	numb := title.Input{Title: "Numb", Artist: "Linkin Park"}
	checkRuleCases(t, RuleCoverPerformer, []ruleCase{
		{"the performer's record, after a bare tag", roomie, title.Input{Title: "Skyfall", Artist: "Roomie & Jonas Frisk"}, DecisionMerge, true},
		{"the original act only in the cover's clause", masse, title.Input{Title: "Yesterday", Artist: "Mike Massé feat. Jeff Hall"}, DecisionDistinct, false},
		{"the performer's record, the tag after a bracket", title.Input{Title: "a thousand years - christina perri ( official music video ) acoustic cover - gardiner sisters"}, title.Input{Title: "A Thousand Years", Artist: "Gardiner Sisters"}, DecisionMerge, true},
		{"the performer's upload", title.Input{Title: "Skyfall - Adele (Cover) - Roomie"}, title.Input{Title: "Roomie - Skyfall"}, DecisionMerge, true},
		{"the original artist's record", roomie, title.Input{Title: "Skyfall", Artist: "Adele"}, DecisionDistinct, false},
		{"the original artist's upload", roomie, title.Input{Title: "Adele - Skyfall (Official Lyric Video)"}, DecisionDistinct, false},
		{"the original act in the tag, its record", masse, title.Input{Title: "Yesterday", Artist: "The Beatles"}, DecisionDistinct, false},
		{"the original artist's record, an acoustic cover", title.Input{Title: "a thousand years - christina perri ( official music video ) acoustic cover - gardiner sisters"}, title.Input{Title: "A Thousand Years", Artist: "Christina Perri"}, DecisionDistinct, false},
		{"another performer's record", sanchez, title.Input{Title: "Hello", Artist: "Boyce Avenue"}, DecisionDistinct, false},
		{"another performer's signed cover", sanchez, title.Input{Title: "Adele - Hello (Cover) - Boyce Avenue"}, DecisionReview, false},
		{"another song's record of the performer", sanchez, title.Input{Title: "Someone Like You", Artist: "Leroy Sanchez"}, DecisionDistinct, false},
		{"the performer's live take", sanchez, title.Input{Title: "Leroy Sanchez - Hello (Live at the Troubadour)"}, DecisionDistinct, false},
		{"another song of that title", sanchez, title.Input{Title: "Hello", Artist: "Lionel Richie"}, DecisionDistinct, false},
		{"a live cover", title.Input{Title: "Skyfall - Adele (Live Cover) - Roomie"}, title.Input{Title: "Skyfall", Artist: "Roomie"}, DecisionDistinct, true},
		{"a performer whose name starts with the original artist's", title.Input{Title: "Purple Rain - Prince (Cover) - Prince Royce"}, title.Input{Title: "Purple Rain", Artist: "Prince"}, DecisionDistinct, false},
		{"the same, against the original artist's upload", title.Input{Title: "Purple Rain - Prince (Cover) - Prince Royce"}, title.Input{Title: "Prince - Purple Rain (Official Video)"}, DecisionDistinct, false},
		{"the performer beside the original act", bassey, title.Input{Title: "Yesterday", Artist: "Shirley Bassey & The Beatles"}, DecisionDistinct, false},
		{"the performer's remix", bassey, title.Input{Title: "Yesterday (Remix)", Artist: "Shirley Bassey"}, DecisionDistinct, false},
		{"the performer's other song", bassey, title.Input{Title: "Goldfinger", Artist: "Shirley Bassey"}, DecisionDistinct, false},
		{"the performer's longer title", bassey, title.Input{Title: "Yesterday Once More", Artist: "Shirley Bassey"}, DecisionDistinct, false},
		{"the same tag signed by another", bassey, title.Input{Title: "Yesterday (Beatles Cover) - Matt Monro"}, DecisionDistinct, false},
		{"one name of a duo", title.Input{Title: "Skyfall - Adele (cover) - Sam Tsui"}, title.Input{Title: "Skyfall", Artist: "Sam Tsui & Kurt Hugo Schneider"}, DecisionDistinct, false},
		{"no name: lyrics", title.Input{Title: "Numb - Linkin Park (Cover) - Lyrics"}, numb, DecisionDistinct, false},
		{"no name: a kind of video", title.Input{Title: "Numb - Linkin Park (Cover) - Official Video"}, numb, DecisionDistinct, false},
		{"no name: a year", title.Input{Title: "Numb - Linkin Park (Cover) - 2019"}, numb, DecisionDistinct, false},
		{"a piano cover, the original's record", title.Input{Title: "Numb - Linkin Park (Piano Cover) - Peter Buka"}, numb, DecisionDistinct, false},
		{"no original act named: an acoustic cover", title.Input{Title: "Someone Like You (Acoustic Cover) - Adele"}, title.Input{Title: "Someone Like You", Artist: "Adele"}, DecisionDistinct, false},
		{"no original act named: a bare tag", title.Input{Title: "In The End (Cover) - Linkin Park"}, title.Input{Title: "Linkin Park - In The End"}, DecisionDistinct, false},
		{"no original act named: the artist's VEVO upload", title.Input{Title: "Hello (Acoustic Cover) - Adele", Channel: "Music Covers Hub"}, title.Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}, DecisionDistinct, false},
		{"no original act named: a bar part", title.Input{Title: "Hallelujah | Acoustic Cover - Leonard Cohen"}, title.Input{Title: "Hallelujah", Artist: "Leonard Cohen"}, DecisionDistinct, false},
		{"no original act named: a video tag", title.Input{Title: "Numb (Official Video) (Cover) - Linkin Park"}, title.Input{Title: "Numb", Artist: "Linkin Park"}, DecisionDistinct, false},
		{"no original act named: a language version", title.Input{Title: "Creep | Spanish Version | Cover - Radiohead"}, title.Input{Title: "Creep", Artist: "Radiohead"}, DecisionDistinct, false},
		{"a bracket note before the tag", title.Input{Title: "Hello (From 25) (Cover) - Adele"}, title.Input{Title: "Hello", Artist: "Adele"}, DecisionDistinct, false},
		{"a bracket of lyrics and chords", title.Input{Title: "Someone Like You [Lyrics + Chords] (Acoustic Cover) - Adele"}, title.Input{Title: "Someone Like You", Artist: "Adele"}, DecisionDistinct, false},
		{"a bracket note, the artist's VEVO upload", title.Input{Title: "Hello (TikTok Song) (Cover) - Adele"}, title.Input{Title: "Adele - Hello (Official Music Video)", Channel: "AdeleVEVO"}, DecisionDistinct, false},
		{"a bar note before the tag", title.Input{Title: "Hello | Lyrics Letra | Acoustic Cover - Adele"}, title.Input{Title: "Hello", Artist: "Adele"}, DecisionDistinct, false},
		{"a bracket note on a wedding song", title.Input{Title: "Perfect (Wedding Song) (Acoustic Cover) - Ed Sheeran"}, title.Input{Title: "Perfect", Artist: "Ed Sheeran"}, DecisionDistinct, false},
		{"the signer named before the tag", title.Input{Title: "Let Her Go | Passenger | Acoustic Cover - Passenger"}, title.Input{Title: "Let Her Go", Artist: "Passenger"}, DecisionDistinct, false},
		{"the signer is the act before the tag", title.Input{Title: "Numb - Linkin Park (Cover) - Linkin Park"}, numb, DecisionDistinct, false},
		{"the signer is the act before the track", title.Input{Title: "Ed Sheeran - Perfect [Acoustic Cover] - Ed Sheeran"}, title.Input{Title: "Perfect", Artist: "Ed Sheeran"}, DecisionDistinct, false},
	})
}

// TestSungByCredit: a bracket that credits a singer other than the
// artists ("(Sung by Jane Doe)", "(Singer: Marc Martel)") names another
// performer (sung_by_credit, see title's sungBy): against the artists'
// record it is a cover when the uploading channel is the singer's, and
// for a curator otherwise; a credit of the artist or a guest's vocals is
// the artists' record.
func TestSungByCredit(t *testing.T) {
	hello := title.Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}
	tests := []struct {
		name string
		a, b title.Input
		want DecisionKind
	}{
		{"the singer's channel", hello, title.Input{Title: "Adele - Hello (Sung by Jane Doe)", Channel: "Jane Doe"}, DecisionDistinct},
		{"another channel", hello, title.Input{Title: "Adele - Hello (Sung by Jane Doe)", Channel: "Music Uploads"}, DecisionReview},
		{"a singer's colon", title.Input{Title: "Queen - Bohemian Rhapsody"}, title.Input{Title: "Queen - Bohemian Rhapsody (Singer: Marc Martel)", Channel: "Marc Martel"}, DecisionDistinct},
		{"a singer's colon, no channel", title.Input{Title: "Lata Mangeshkar - Lag Ja Gale"}, title.Input{Title: "Lata Mangeshkar - Lag Ja Gale (Sung by Shreya Ghoshal)"}, DecisionReview},
		{"the artist credited", hello, title.Input{Title: "Adele - Hello (Sung by Adele)"}, DecisionMerge},
		{"a guest's vocals", title.Input{Title: "Daft Punk - Digital Love"}, title.Input{Title: "Daft Punk - Digital Love (Vocals by Romanthony)"}, DecisionMerge},
		{"the singer among the record's artists", title.Input{Title: "Pritam - Kesariya (Singer: Arijit Singh)"}, title.Input{Title: "Kesariya", Artist: "Pritam, Arijit Singh"}, DecisionMerge},
		{"the singer among the record's artists, sung by", title.Input{Title: "A.R. Rahman - Jai Ho (Sung by Sukhwinder Singh)"}, title.Input{Title: "Jai Ho", Artist: "A.R. Rahman, Sukhwinder Singh"}, DecisionMerge},
		{"the singer among the record's artists, a composer trio", title.Input{Title: "Shankar Ehsaan Loy - Mitwa (Singer: Shafqat Amanat Ali)"}, title.Input{Title: "Mitwa", Artist: "Shankar Ehsaan Loy, Shafqat Amanat Ali"}, DecisionMerge},
		{"the singer is the other's artist alone", title.Input{Title: "Adele - Hello (Sung by Jane Doe)", Channel: "Jane Doe"}, title.Input{Title: "Hello", Artist: "Jane Doe"}, DecisionDistinct},
		{"the same credit twice", title.Input{Title: "Adele - Hello (Sung by Jane Doe)"}, title.Input{Title: "Adele - Hello (Sung by Jane Doe) [Lyrics]"}, DecisionMerge},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			if d := decideInputs(tt.a, tt.b, swap); d.Kind != tt.want {
				t.Errorf("%s, swap %v: %s (score %.4f, rules %v), want %s", tt.name, swap, d.Kind, d.Score, d.Explanation.Rules, tt.want)
			}
		}
	}
}
