package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestChannelSignedCover checks that a performer's own channel naming
// itself beside another artist, in a bracket group, after "Track by
// Artist |" or glued to a title without a separator, is that performer's
// cover of the other artist's song, and that a label's channel, the
// artists' own channel and two uploads of one channel still merge; a name
// glued without a separator is channel_glued's.
func TestChannelSignedCover(t *testing.T) {
	adele := title.Input{Title: "Adele - Someone Like You (Official Music Video)", Channel: "Adele"}
	checkRuleCases(t, RuleChannelSigned, []ruleCase{
		// Cover acts: never merged with the original.
		{"the act in brackets after a turned title", title.Input{Title: "Someone Like You - Adele (Boyce Avenue)", Channel: "Boyce Avenue"}, adele, DecisionDistinct, true},
		{"the act glued, no signature set apart", title.Input{Title: "someone like you adele boyce avenue", Channel: "Boyce Avenue"}, adele, DecisionReview, false},
		{"a one-word act in square brackets", title.Input{Title: "Billie Eilish - Bad Guy [Pentatonix]", Channel: "Pentatonix"}, title.Input{Title: "Billie Eilish - bad guy", Channel: "Billie Eilish"}, DecisionDistinct, true},
		{"an act in square brackets after a turned title", title.Input{Title: "Counting Stars - OneRepublic [Alex Goot]", Channel: "Alex Goot"}, title.Input{Title: "OneRepublic - Counting Stars", Channel: "OneRepublicVEVO"}, DecisionDistinct, true},
		{"a run of the channel's name in square brackets", title.Input{Title: "Radiohead - Creep [Postmodern Jukebox]", Channel: "Scott Bradlee's Postmodern Jukebox"}, title.Input{Title: "Radiohead - Creep", Channel: "Radiohead"}, DecisionDistinct, true},
		{"the act in brackets after a turned title, a singer", title.Input{Title: "All of Me - John Legend (Sam Tsui)", Channel: "Sam Tsui"}, title.Input{Title: "John Legend - All of Me (Official Video)", Channel: "JohnLegendVEVO"}, DecisionDistinct, true},
		{"the act after track by artist", title.Input{Title: "Wonderwall by Oasis | Jasmine Thompson", Channel: "Jasmine Thompson"}, title.Input{Title: "Oasis - Wonderwall (Official Video)", Channel: "OasisVEVO"}, DecisionDistinct, true},
		{"another act after track by artist", title.Input{Title: "Hello by Adele | Daniela Andrade", Channel: "Daniela Andrade"}, title.Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}, DecisionDistinct, true},
		// Labels, the artists' own channels, one channel twice: merged.
		{"two uploads of the act's channel", title.Input{Title: "someone like you adele boyce avenue", Channel: "Boyce Avenue"}, title.Input{Title: "Someone Like You - Adele (Boyce Avenue)", Channel: "Boyce Avenue"}, DecisionMerge, false},
		{"the artist's own channel glued", title.Input{Title: "Adele Hello", Channel: "Adele"}, title.Input{Title: "Adele - Hello (Official Music Video)", Channel: "AdeleVEVO"}, DecisionMerge, false},
		{"the artist's own channel glued after", title.Input{Title: "hello adele", Channel: "Adele"}, title.Input{Title: "Hello", Artist: "Adele"}, DecisionMerge, false},
		{"the artist's own channel in brackets", title.Input{Title: "Adele - Hello (Adele)", Channel: "Adele"}, title.Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}, DecisionMerge, false},
		{"the artist's VEVO channel in brackets", title.Input{Title: "Taylor Swift - Blank Space (Taylor Swift)", Channel: "TaylorSwiftVEVO"}, title.Input{Title: "Taylor Swift - Blank Space", Channel: "Taylor Swift"}, DecisionMerge, false},
		{"the artist's own channel after track by artist", title.Input{Title: "Hello by Adele | Adele", Channel: "Adele"}, title.Input{Title: "Adele - Hello", Channel: "AdeleVEVO"}, DecisionMerge, false},
		{"a label's tail after artist and track, for a curator (pipe_signed)", title.Input{Title: "Arijit Singh - Tum Hi Ho | T-Series", Channel: "T-Series"}, title.Input{Title: "Arijit Singh - Tum Hi Ho", Channel: "Arijit Singh"}, DecisionReview, false},
		{"a label's tail after a list of credits", title.Input{Title: "MASTER CHEF | BRISHAV FT DEEP KALSI | KALAMKAAR", Channel: "Kalamkaar"}, title.Input{Title: "Brishav - Master Chef", Channel: "Brishav"}, DecisionMerge, false},
		{"a label's name with a label word in brackets", title.Input{Title: "Avicii - Levels (Ultra Music)", Channel: "Ultra Music"}, title.Input{Title: "Avicii - Levels", Channel: "AviciiOfficialVEVO"}, DecisionMerge, false},
		{"a label's name with a label word after track by artist", title.Input{Title: "Levels by Avicii | Ultra Music", Channel: "Ultra Music"}, title.Input{Title: "Avicii - Levels", Channel: "AviciiOfficialVEVO"}, DecisionMerge, false},
		{"a label's release tag", title.Input{Title: "Alan Walker - Fade [NCS Release]", Channel: "NoCopyrightSounds"}, title.Input{Title: "Alan Walker - Fade", Channel: "Alan Walker"}, DecisionMerge, false},
		{"a label's credits", title.Input{Title: "Dil Diyan Gallan | Atif Aslam | Zee Music Company", Channel: "Zee Music Company"}, title.Input{Title: "Atif Aslam - Dil Diyan Gallan", Channel: "Atif Aslam"}, DecisionMerge, false},
		{"a show's name after a bullet", title.Input{Title: "Heart - Crazy On You (1977) • TopPop", Channel: "TopPop"}, title.Input{Title: "Heart - Crazy On You", Channel: "Heart - Topic"}, DecisionMerge, false},
		{"a band member's name after the title", title.Input{Title: `The Doors - "People Are Strange" 1967 HD (Official Video) 1080P Jim Morrison`, Channel: "Jim Morrison"}, title.Input{Title: "The Doors - People Are Strange", Channel: "The Doors - Topic"}, DecisionMerge, false},
		{"a label's credits on its own channel", title.Input{Title: "Mon (মন) | Total Dadagiri | Yash | Mimi | Jeet Gannguli | Pathikrit | SVF", Channel: "SVF"}, title.Input{Title: "Jeet Gannguli - Mon", Channel: "Jeet Gannguli"}, DecisionMerge, false},
	})
}

// TestChannelGlued checks that a performer's own channel whose name a
// title glues to another artist's song without a separator, a cover act's
// or a collaborator's, goes to a curator, never merged nor set apart as a
// cover, and that a mark of a collaboration joining the name to the other
// artist credits the channel's performer beside that artist.
func TestChannelGlued(t *testing.T) {
	adele := titled("Adele - Someone Like You (Official Music Video)", "Adele")
	senorita := titled("Shawn Mendes - Señorita", "ShawnMendesVEVO")
	checkRuleCases(t, RuleChannelGlued, []ruleCase{
		// A cover act's or a collaborator's: reviewed.
		{"the act glued after the artist", titled("someone like you adele boyce avenue", "Boyce Avenue"), adele, DecisionReview, true},
		{"the act glued against a record", titled("someone like you adele boyce avenue", "Boyce Avenue"), title.Input{Title: "Someone Like You", Artist: "Adele"}, DecisionReview, true},
		{"a two-word act glued", titled("shape of you ed sheeran conor maynard", "Conor Maynard"), titled("Ed Sheeran - Shape of You [Official Video]", "Ed Sheeran"), DecisionReview, true},
		{"a dotted act glued", titled("just the way you are bruno mars j fla", "J.Fla"), titled("Bruno Mars - Just The Way You Are [Official Video]", "Bruno Mars"), DecisionReview, true},
		{"a four-word act glued", titled("royals lorde walk off the earth", "Walk off the Earth"), titled("Lorde - Royals", "LordeVEVO"), DecisionReview, true},
		{"a collaborator's own channel glued", titled("señorita shawn mendes camila cabello", "Camila Cabello"), senorita, DecisionReview, true},
		// A mark of a collaboration, or the other title crediting the
		// channel's performer: merged.
		{"joined by &", titled("señorita shawn mendes & camila cabello", "Camila Cabello"), senorita, DecisionMerge, false},
		{"joined by ft.", titled("señorita shawn mendes ft. camila cabello", "Camila Cabello"), senorita, DecisionMerge, false},
		{"joined by with, the name first", titled("camila cabello with shawn mendes señorita", "Camila Cabello"), senorita, DecisionMerge, false},
		{"the other title lists the collaborator", titled("señorita shawn mendes camila cabello", "Camila Cabello"), titled("Shawn Mendes, Camila Cabello - Señorita", "ShawnMendesVEVO"), DecisionMerge, false},
		{"the other title features the collaborator", titled("señorita shawn mendes camila cabello", "Camila Cabello"), titled("Shawn Mendes - Señorita (feat. Camila Cabello)", "ShawnMendesVEVO"), DecisionMerge, false},
		{"two uploads of the act's channel", titled("someone like you adele boyce avenue", "Boyce Avenue"), titled("Someone Like You - Adele (Boyce Avenue)", "Boyce Avenue"), DecisionMerge, false},
		{"the artist's own channel glued after", titled("hello adele", "Adele"), title.Input{Title: "Hello", Artist: "Adele"}, DecisionMerge, false},
	})
}

// TestJoinsChannel checks the marks of a collaboration read beside a
// channel's name glued to the end or the start of a title.
func TestJoinsChannel(t *testing.T) {
	for raw, want := range map[[2]string]bool{
		{"señorita shawn mendes & camila cabello", "Camila Cabello"}:     true,
		{"señorita shawn mendes x camila cabello", "Camila Cabello"}:     true,
		{"señorita shawn mendes feat. camila cabello", "Camila Cabello"}: true,
		{"camila cabello with shawn mendes señorita", "Camila Cabello"}:  true,
		{"just the way you are bruno mars + j.fla", "J.Fla"}:             true,
		{"señorita shawn mendes camila cabello", "Camila Cabello"}:       false,
		{"just the way you are bruno mars j fla", "J.Fla"}:               false,
		{"stay with me sam smith boyce avenue", "Boyce Avenue"}:          false, // "with" inside the track
		{"camila cabello", "Camila Cabello"}:                             false,
	} {
		if got := joinsChannel(raw[0], raw[1]); got != want {
			t.Errorf("joinsChannel(%q, %q) = %v, want %v", raw[0], raw[1], got, want)
		}
	}
}

// TestPipeSigned: "Artist - Track | Act" on the act's own channel is held
// for a curator (pipe_signed, hardneg dev): most often the act's cover, but
// a label signs so too. A lyric channel's tail, the artists' own channel, a
// tail that is not the channel's whole name and a title with more pipes
// are not the rule's.
func TestPipeSigned(t *testing.T) {
	in := func(tt, ch string) title.Input { return title.Input{Title: tt, Channel: ch} }
	orig := in("Queen - Bohemian Rhapsody (Official Video)", "Queen Official")
	checkRuleCases(t, RulePipeSigned, []ruleCase{
		{"an act's cover", in("Queen - Bohemian Rhapsody | Pentatonix", "Pentatonix"), orig, DecisionReview, true},
		{"reversed, an act of three words", in("Somebody That I Used To Know - Gotye | Walk off the Earth", "Walk off the Earth"), in("Gotye - Somebody That I Used To Know (feat. Kimbra)", "gotye"), DecisionReview, true},
		{"a label without a label word", in("Arijit Singh - Tum Hi Ho | T-Series", "T-Series"), in("Arijit Singh - Tum Hi Ho (Official Video)", "Arijit Singh"), DecisionReview, true},
		{"a label's signature in a real title (trending dev)", in("BACK OFF - NAIVY (Full Song) Latest Punjabi Songs 2017 | Geet MP3", "Geet MP3"), in("NAIVY - Back Off (Official Video)", "NAIVY"), DecisionReview, true},
		{"a lyric tail", in("Queen - Bohemian Rhapsody | Lyrics", "Magic Lyrics"), orig, DecisionMerge, false},
		{"the artists' own channel", in("Dua Lipa - Levitating | Dua Lipa", "Dua Lipa"), in("Dua Lipa - Levitating (Official Video)", "DuaLipaVEVO"), DecisionMerge, false},
		{"a label's channel", in("Avicii - Levels | Spinnin' Records", "Spinnin' Records"), in("Avicii - Levels", "AviciiOfficialVEVO"), DecisionMerge, false},
		{"part of the channel's name", in("Queen - Bohemian Rhapsody | Pentatonix", "Pentatonix Fans"), orig, DecisionMerge, false},
	})
}
