package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestChannelSignedCover checks that a performer's own channel naming
// itself beside another artist, in a bracket group, after "Track by
// Artist |" or glued to a title without a separator, is that performer's
// cover of the other artist's song, and that a label's channel, the
// artists' own channel and two uploads of one channel still merge.
func TestChannelSignedCover(t *testing.T) {
	adele := title.Input{Title: "Adele - Someone Like You (Official Music Video)", Channel: "Adele"}
	checkRuleCases(t, RuleChannelSigned, []ruleCase{
		// Cover acts: never merged with the original.
		{"the act glued after the artist", title.Input{Title: "someone like you adele boyce avenue", Channel: "Boyce Avenue"}, adele, DecisionDistinct, true},
		{"the act glued against a record", title.Input{Title: "someone like you adele boyce avenue", Channel: "Boyce Avenue"}, title.Input{Title: "Someone Like You", Artist: "Adele"}, DecisionDistinct, true},
		{"the act in brackets after a turned title", title.Input{Title: "Someone Like You - Adele (Boyce Avenue)", Channel: "Boyce Avenue"}, adele, DecisionDistinct, true},
		{"a two-word act glued", title.Input{Title: "shape of you ed sheeran conor maynard", Channel: "Conor Maynard"}, title.Input{Title: "Ed Sheeran - Shape of You [Official Video]", Channel: "Ed Sheeran"}, DecisionDistinct, true},
		{"a dotted act glued", title.Input{Title: "just the way you are bruno mars j fla", Channel: "J.Fla"}, title.Input{Title: "Bruno Mars - Just The Way You Are [Official Video]", Channel: "Bruno Mars"}, DecisionDistinct, true},
		{"a four-word act glued", title.Input{Title: "royals lorde walk off the earth", Channel: "Walk off the Earth"}, title.Input{Title: "Lorde - Royals", Channel: "LordeVEVO"}, DecisionDistinct, true},
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
		{"a label's tail after artist and track", title.Input{Title: "Arijit Singh - Tum Hi Ho | T-Series", Channel: "T-Series"}, title.Input{Title: "Arijit Singh - Tum Hi Ho", Channel: "Arijit Singh"}, DecisionMerge, false},
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
