package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestPipeReadAsSplit: a title without an artist that holds one bar, its
// tail dropped by the normalizer, merges with the record its head and tail
// name as artist and track, either way round (pipe_read_as_split). The
// merges are dev pairs' titles written "Artist | Track" (the layout
// probe); a head or a tail that meets only part of the other side, another
// artist, another word, a version or a sequel number keep the pair apart.
func TestPipeReadAsSplit(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	on := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	checkRuleCases(t, RulePipeReadAsSplit, []ruleCase{
		// dev pairs (real, spotifyyt, billboard) in "Artist | Track"
		{"an artist and a long track", up("matteo brancaleoni | how am i supposed to live without you"), up("matteo brancaleoni - how am i supposed to live without you"), DecisionMerge, true},
		{"a file name after the track", up("freddy cannon | papa s got a brand new bag"), up("freddy cannon - papa s got a brand new bag . wmv"), DecisionMerge, true},
		{"a band on its channel", up("red hot chili peppers | by the way"), on("Red Hot Chili Peppers - By The Way [Official Music Video]", "Red Hot Chili Peppers"), DecisionMerge, true},
		{"a fan's upload", up("julio iglesias | por el amor de una mujer"), on("Julio Iglesias -Por el amor de una mujer", "La Loba Denis"), DecisionMerge, true},
		{"diacritics", up("silvio rodriguez | el breve espacio en que no estas"), on("Silvio Rodríguez - El breve espacio en que no estás", "trovacubana"), DecisionMerge, true},
		{"the artist from the channel", up("redbone | the witch queen of new orleans"), on("the witch queen of new orleans", "redbone"), DecisionMerge, true},
		{"a one-word track", up("madonna | music"), on("music", "madonna"), DecisionMerge, true},
		// hard negatives
		{"another artist's record", up("matteo brancaleoni | how am i supposed to live without you"), up("Laura Branigan - How Am I Supposed to Live Without You"), DecisionDistinct, false},
		{"another word", up("matteo brancaleoni | how am i supposed to live without her"), up("Matteo Brancaleoni - How Am I Supposed to Live Without You"), DecisionDistinct, false},
		{"a shorter track", up("matteo brancaleoni | how am i supposed to live"), up("Matteo Brancaleoni - How Am I Supposed to Live Without You"), DecisionDistinct, false},
		{"a word of the head's own", up("matteo brancaleoni trio | how am i supposed to live without you"), up("Matteo Brancaleoni - How Am I Supposed to Live Without You"), DecisionDistinct, false},
		{"a live take", up("silvio rodriguez | el breve espacio en que no estas"), up("Silvio Rodriguez - El breve espacio en que no estás (En Vivo)"), DecisionDistinct, false},
		{"a sequel number", up("mc don juan | eu vou com carinho ela quer com forca"), up("MC Don Juan - Eu vou com carinho ela quer com força 2"), DecisionDistinct, false},
		{"another song on the channel", up("redbone | the witch queen of new orleans"), on("Come and Get Your Love", "Redbone"), DecisionDistinct, false},
		{"a longer name on the channel", up("redbone | the witch queen of new orleans"), on("The Witch Queen of New Orleans", "Leon Redbone"), DecisionDistinct, false},
		{"a longer name in the title", up("julio iglesias | por el amor de una mujer"), up("Julio Iglesias Jr - Por el amor de una mujer"), DecisionDistinct, false},
		{"one of a duet", up("jermaine jackson & pia zadora | when the rain begins to fall"), up("Pia Zadora - When the Rain Begins to Fall"), DecisionDistinct, false},
		{"a reaction", up("red hot chili peppers | by the way reaction"), up("Red Hot Chili Peppers - By The Way"), DecisionDistinct, false},
		{"a karaoke", up("ana mena | musica ligera karaoke version"), up("Ana Mena - Música Ligera"), DecisionDistinct, false},
		{"a lesson", up("freddy cannon | papa s got a brand new bag guitar lesson"), up("Freddy Cannon - Papa's Got a Brand New Bag"), DecisionDistinct, false},
		{"a drum cover", up("silvio rodriguez | el breve espacio en que no estas drum cover"), up("Silvio Rodríguez - El breve espacio en que no estás"), DecisionDistinct, false},
		{"a part number", up("silvio rodriguez | el breve espacio en que no estas part ii"), up("Silvio Rodríguez - El breve espacio en que no estás"), DecisionDistinct, false},
		{"a bare remix", up("dj snake | taki taki remix"), up("DJ Snake - Taki Taki"), DecisionDistinct, false},
		{"the other side live", up("frank sinatra | my way"), up("Frank Sinatra - My Way (Live At Madison Square Garden)"), DecisionDistinct, false},
		{"the other side unplugged in another script", up("arijit singh | tum hi ho"), up("अरिजीत सिंह - तुम ही हो (Unplugged)"), DecisionDistinct, false},
		{"a duet against one of its singers", up("silvio rodriguez | el breve espacio en que no estas"), up("Silvio Rodríguez & Pablo Milanés - El breve espacio en que no estás"), DecisionDistinct, false},
		{"a near name", up("leon russel | a song for you"), up("Leon Redbone - A Song for You"), DecisionDistinct, false},
		// the same recording, its artist in another script
		{"the artist in Cyrillic", up("julio iglesias | por el amor de una mujer"), up("Хулио Иглесиас - Por el amor de una mujer"), DecisionMerge, true},
	})
}

// TestSplitOnOwnChannel: a title of two artists on one artist's own
// channel is read as "Artists - Track" for certain, so a title that reads
// "Track - Artist" naming one of them and the whole track merges with it
// as "Artist - Track" does (artist_track_swapped); the dev pairs are
// spotifyyt's, written "Track - Artist" (the layout probe). Another word,
// a version, a sequel number or another artist stays apart.
func TestSplitOnOwnChannel(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	on := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	checkRuleCases(t, RuleSwapped, []ruleCase{
		// spotifyyt dev pairs in "Track - Artist"
		{"the second of two", up("something just like this - coldplay"), on("The Chainsmokers & Coldplay - Something Just Like This (Lyric)", "ChainsmokersVEVO"), DecisionMerge, true},
		{"a guest on the host's channel", up("good thing - kehlani"), on("Zedd & Kehlani - Good Thing (Official Music Video)", "ZEDDVEVO"), DecisionMerge, true},
		{"two artists with a comma", up("stay the night - sigala"), on("Sigala, Talia Mar - Stay The Night (Official Video)", "SigalaVEVO"), DecisionMerge, true},
		{"two artists with \"&\"", up("worst day - max"), on("ILLENIUM & MAX - Worst Day (Official Music Video)", "ILLENIUM"), DecisionMerge, true},
		// hard negatives
		{"another word", up("good things - kehlani"), on("Zedd & Kehlani - Good Thing (Official Music Video)", "ZEDDVEVO"), DecisionDistinct, true},
		{"a live take", up("good thing - kehlani (live)"), on("Zedd & Kehlani - Good Thing (Official Music Video)", "ZEDDVEVO"), DecisionDistinct, true},
		{"a longer track", up("stay the night tonight - sigala"), on("Sigala, Talia Mar - Stay The Night (Official Video)", "SigalaVEVO"), DecisionDistinct, true},
		{"a sequel number", up("something just like this 2 - coldplay"), on("The Chainsmokers & Coldplay - Something Just Like This (Lyric)", "ChainsmokersVEVO"), DecisionReview, true},
		{"a karaoke", up("something just like this - coldplay karaoke"), on("The Chainsmokers & Coldplay - Something Just Like This (Lyric)", "ChainsmokersVEVO"), DecisionReview, true},
		{"a shorter track", up("something like this - coldplay"), on("The Chainsmokers & Coldplay - Something Just Like This (Lyric)", "ChainsmokersVEVO"), DecisionReview, true},
		{"another artist", up("good thing - sam smith"), on("Zedd & Kehlani - Good Thing (Official Music Video)", "ZEDDVEVO"), DecisionDistinct, false},
		{"another number", up("2 on 3 - rvssian"), on("Fivio Foreign, Rvssian - 1 On 3 (Official Video)", "FivioForeignVEVO"), DecisionDistinct, true},
		{"another artist's song of the title", up("stay - rihanna"), on("Zedd & Alessia Cara - Stay (Official Video)", "ZEDDVEVO"), DecisionDistinct, false},
		{"the other side acoustic", up("stay - alessia cara"), on("Zedd & Alessia Cara - Stay (Acoustic)", "ZEDDVEVO"), DecisionDistinct, true},
		{"the other side a remix", up("something just like this - coldplay"), on("The Chainsmokers & Coldplay - Something Just Like This (Tokyo Remix)", "ChainsmokersVEVO"), DecisionDistinct, true},
		{"another song of the guest", up("yellow - coldplay"), on("The Chainsmokers & Coldplay - Something Just Like This", "ChainsmokersVEVO"), DecisionDistinct, false},
		{"the same recording, another duet", up("closer - halsey"), on("The Chainsmokers & Halsey - Closer (Lyric)", "ChainsmokersVEVO"), DecisionMerge, true},
	})
}
