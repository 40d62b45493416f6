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
	})
}
