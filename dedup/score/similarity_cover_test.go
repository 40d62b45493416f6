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
		{"another cover of the performer's", eliLieb, title.Input{Title: "Eli Lieb - Skyfall (Adele Cover)"}, DecisionDistinct, false},
		{"the original artist's upload", title.Input{Title: "Boulevard of Broken Dreams - Green Day (Cover by Pentatonix)"}, title.Input{Title: "Green Day - Boulevard of Broken Dreams [Lyrics]"}, DecisionDistinct, false},
		{"a performer whose name starts with the original artist's", title.Input{Title: "Adele - Skyfall (cover by Adele Harley)"}, title.Input{Title: "Skyfall", Artist: "Adele"}, DecisionDistinct, false},
		{"the same, against the original artist's upload", title.Input{Title: "Prince - Purple Rain (cover by Prince Royce)"}, title.Input{Title: "Prince - Purple Rain (Official Video)"}, DecisionDistinct, false},
		{"the same, the performer bracketed with others", title.Input{Title: "Queen - Bohemian Rhapsody [Cover by Queen Latifah & Friends]"}, title.Input{Title: "Bohemian Rhapsody", Artist: "Queen"}, DecisionDistinct, false},
		{"the performer's name ended by a featured one", title.Input{Title: "yesterday - reggae cover by adele harley ft. john holt"}, title.Input{Title: "Yesterday", Artist: "Adele Harley"}, DecisionMerge, true},
		{"no by, the clause the original artist", title.Input{Title: "shirley bassey - yesterday ( the beatles cover )"}, title.Input{Title: "Yesterday", Artist: "Shirley Bassey"}, DecisionDistinct, false},
		{"no by, the clause the performer", title.Input{Title: "the beatles - yesterday ( kina grannis & imaginary future cover )"}, title.Input{Title: "Yesterday", Artist: "The Beatles"}, DecisionDistinct, false},
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
