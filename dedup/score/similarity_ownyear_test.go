package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestOwnChannelYear: a year written bare right after the track by the
// artist's own channel (its name, VEVO or "- Topic"), which the other
// title does not write, may name another recording (own_channel_year:
// a review, since official channels also write the release's year); a
// year in brackets, after noise or a dash, on both sides, from a channel
// that is not the artist's, or with durations that agree does not; on a
// "- Topic" channel it is topic_year's (TestTopicYear).
func TestOwnChannelYear(t *testing.T) {
	in := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	checkTimedRuleCases(t, RuleOwnChannelYear, []timedRuleCase{
		// Dev examples (testdata/pairs/hardneg/dev.jsonl, year_title).
		{"the artist's channel, both uploads", in("Faithless - Insomnia 2021", "Faithless"), in("Faithless - Insomnia", "Faithless"), 0, 0, DecisionReview, true},
		{"the artist's channel, a remaster", in("Kraftwerk - Tour De France 2003", "Kraftwerk"), in("Kraftwerk - Tour De France (Remastered)", "Kraftwerk"), 0, 0, DecisionReview, true},
		{"the artist's channel, an official video", in("Michael Jackson - Billie Jean 2008", "Michael Jackson"), in("Michael Jackson - Billie Jean (Official Video)", "Michael Jackson"), 0, 0, DecisionReview, true},
		{"the artist's channel against a topic upload", in("Kim Wilde - You Came 2006", "Kim Wilde"), in("You Came", "Kim Wilde - Topic"), 0, 0, DecisionReview, true},
		// Hand-made: the rule and what it leaves alone.
		{"noise after the year", in("U96 - Das Boot 2001 (Official Video)", "U96"), in("Das Boot", "U96 - Topic"), 0, 0, DecisionReview, true},
		{"a letter folded", in("Energy 52 - Café Del Mar 2011", "Energy 52"), in("Café Del Mar", "Energy 52 - Topic"), 0, 0, DecisionReview, true},
		{"the year on both sides", in("Candle In The Wind 1997", "Elton John - Topic"), in("Elton John - Candle In The Wind 1997", "EltonJohnVEVO"), 0, 0, DecisionMerge, false},
		{"a topic channel, a credit after the year", in("Beat It 2008 (with Fergie)", "Michael Jackson - Topic"), in("Beat It", "Michael Jackson - Topic"), 0, 0, DecisionDistinct, false},
		{"the year in brackets", in("Elvis Presley - Hound Dog (1956)", "Elvis Presley"), in("Hound Dog", "Elvis Presley - Topic"), 0, 0, DecisionMerge, false},
		{"the year in square brackets", in("Nirvana - Smells Like Teen Spirit [1991]", "Nirvana"), in("Smells Like Teen Spirit", "Nirvana - Topic"), 0, 0, DecisionMerge, false},
		{"the year after noise", in("Frank Sinatra - My Way (Official Audio) 1969", "Frank Sinatra"), in("My Way", "Frank Sinatra - Topic"), 0, 0, DecisionMerge, false},
		{"the year before noise words", in("Queen - Bohemian Rhapsody 1975 Official Video", "Queen Official"), in("Bohemian Rhapsody", "Queen - Topic"), 0, 0, DecisionMerge, false},
		{"the year after a dash", in("Bob Marley - Is This Love - 1978", "Bob Marley"), in("Is This Love", "Bob Marley - Topic"), 0, 0, DecisionMerge, false},
		{"the year after a comma", in("Bob Marley - Is This Love, 1978", "Bob Marley"), in("Is This Love", "Bob Marley - Topic"), 0, 0, DecisionMerge, false},
		{"an oldies channel's year", in("Ben E. King - Stand By Me 1961", "Oldies Channel"), in("Ben E. King - Stand By Me (Official Audio)", "Ben E. King"), 0, 0, DecisionMerge, false},
		{"a fan's channel", in("Chuck Berry - Johnny B. Goode 1958", "Rock n Roll Classics"), in("Johnny B. Goode", "Chuck Berry - Topic"), 0, 0, DecisionMerge, false},
		{"a track that is a year", in("Prince - 1999 (Official Music Video)", "Prince"), in("1999", "Prince - Topic"), 0, 0, DecisionMerge, false},
		{"a year that is part of the track", in("Pulp - Disco 2000", "Pulp"), in("Disco 2000", "Pulp - Topic"), 0, 0, DecisionMerge, false},
		{"the durations agree", in("Faithless - Insomnia 2021", "Faithless"), in("Faithless - Insomnia", "Faithless"), 212, 213, DecisionMerge, false},
	})
}
