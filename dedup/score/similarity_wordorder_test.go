package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestWordOrder: tracks of the same words in another order are held for a
// curator (word_order), whatever the layout, the channel or the artist;
// one title written in two layouts, an article or a credit moved, a part
// number written another way and, without an artist, a title turned at a
// word (an artist and a track in either order) are not.
func TestWordOrder(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	on := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	rec := func(track, artist string) title.Input { return title.Input{Title: track, Artist: artist} }
	checkRuleCases(t, RuleWordOrder, []ruleCase{
		// hard negatives
		{"three words", up("Four for Three"), up("Three for Four"), DecisionReview, true},
		{"an artist's two titles", up("The Beatles - Love Me Do"), up("The Beatles - Do Love Me"), DecisionReview, true},
		{"two words", up("Mark Knopfler - Going Home"), up("Mark Knopfler - Home Going"), DecisionReview, true},
		{"an article aside", up("Queen - Love of My Life"), on("Life of My Love", "Queen - Topic"), DecisionReview, true},
		{"on one channel", on("Man Made Love", "Oldies"), on("Love Made Man", "Oldies"), DecisionReview, true},
		{"a record", rec("Save Your Tears", "The Weeknd"), up("The Weeknd - Your Tears Save (Official Video)"), DecisionReview, true},
		{"reversed layout", up("Stay With Me - Sam Smith (Lyrics)"), on("Sam Smith - Me With Stay", "SamSmithVEVO"), DecisionReview, true},
		{"a bracket moved", up("Hall & Oates - I Can't Go For That (No Can Do)"), up("Hall & Oates - No Can Do (I Can't Go For That)"), DecisionReview, true},
		// the same title
		{"two layouts", up("Hello | Adele"), up("Adele - Hello"), DecisionMerge, false},
		{"reversed", up("Love Me Do - The Beatles"), up("The Beatles - Love Me Do"), DecisionMerge, false},
		{"no artist, turned at a word", up("Adele Hello"), up("Hello Adele"), DecisionMerge, false},
		{"an article moved", rec("Way You Look Tonight, The", "Frank Sinatra"), up("Frank Sinatra - The Way You Look Tonight"), DecisionMerge, false},
		{"a credit moved", up("Rihanna - Umbrella ft. Jay-Z"), up("Rihanna ft. Jay-Z - Umbrella"), DecisionMerge, false},
		{"a part number", up("Pink Floyd - Another Brick in the Wall, Pt. 2"), up("Pink Floyd - Another Brick in the Wall (Part 2)"), DecisionMerge, false},
		{"a word repeated", up("ABBA - Money, Money, Money"), up("ABBA - Money Money Money"), DecisionMerge, false},
	})
}
