package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestTopicYear: a "- Topic" title, the release's own track name, that
// writes a year bare right after its track which the other title does not
// names a remake, another recording, and no review (topic_year); a year
// in brackets or after a dash (a remaster's date), a year that ends the
// track, a year both titles write, another artist's "- Topic" channel or
// durations that agree do not, nor another title that credits a guest
// or holds an aside, which may name the remake itself.
func TestTopicYear(t *testing.T) {
	in := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	checkTimedRuleCases(t, RuleTopicYear, []timedRuleCase{
		// Dev examples (testdata/pairs/hardneg/dev.jsonl, year_title).
		{"a credit after the year", in("Beat It 2008 (with Fergie)", "Michael Jackson - Topic"), in("Beat It", "Michael Jackson - Topic"), 0, 0, DecisionDistinct, true},
		{"the track ends in a bracket", in("P.Y.T. (Pretty Young Thing) 2008", "Michael Jackson - Topic"), in("P.Y.T. (Pretty Young Thing)", "Michael Jackson - Topic"), 0, 0, DecisionDistinct, true},
		{"both on the topic channel", in("You Came 2006", "Kim Wilde - Topic"), in("You Came", "Kim Wilde - Topic"), 0, 0, DecisionDistinct, true},
		// Hand-made: remakes named by their year against the artist's
		// other uploads.
		{"against the official video", in("Beat It 2008 (with Fergie)", "Michael Jackson - Topic"), in("Michael Jackson - Beat It (Official 4K Video)", "michaeljacksonVEVO"), 0, 0, DecisionDistinct, true},
		{"a re-recording", in("For An Angel 2009", "Paul van Dyk - Topic"), in("Paul van Dyk - For An Angel (Official Video)", "Paul van Dyk"), 0, 0, DecisionDistinct, true},
		{"another year on the other side", in("Candle In The Wind 1997", "Elton John - Topic"), in("Elton John - Candle In The Wind 1973", "Oldies Channel"), 0, 0, DecisionDistinct, true},
		{"a remix named by its year", in("Blue Monday 1988", "New Order - Topic"), in("New Order - Blue Monday (Official Music Video)", "New Order"), 0, 0, DecisionDistinct, true},
		// Hand-made: what the rule leaves alone.
		{"a remaster after a dash", in("Heroes - 2017 Remaster", "David Bowie - Topic"), in("David Bowie - Heroes (Official Video)", "David Bowie"), 0, 0, DecisionMerge, false},
		{"a remaster after a dash, a version word in the track", in("Live Forever - 2014 Remaster", "Oasis - Topic"), in("Oasis - Live Forever (Official Video)", "Oasis"), 0, 0, DecisionMerge, false},
		{"a remaster in brackets", in("Space Oddity (2015 Remaster)", "David Bowie - Topic"), in("David Bowie - Space Oddity", "Classic Rock Vault"), 0, 0, DecisionMerge, false},
		{"a release year in brackets", in("Hound Dog (1956)", "Elvis Presley - Topic"), in("Elvis Presley - Hound Dog", "Elvis Presley"), 0, 0, DecisionMerge, false},
		{"a track that is a year", in("1979 (Remastered 2012)", "The Smashing Pumpkins - Topic"), in("The Smashing Pumpkins - 1979 (Official Video)", "The Smashing Pumpkins"), 0, 0, DecisionMerge, false},
		{"a year that ends the track", in("Disco 2000", "Pulp - Topic"), in("Pulp - Disco 2000 (Official Video)", "Pulp"), 0, 0, DecisionMerge, false},
		{"a year that ends the track, a lyrics upload", in("In the Year 2525", "Zager & Evans - Topic"), in("Zager & Evans - In the Year 2525 (Lyrics)", "Oldies Lyrics"), 0, 0, DecisionMerge, false},
		{"the year on both sides", in("Insomnia 2021", "Faithless - Topic"), in("Faithless - Insomnia 2021 (Official Video)", "Faithless"), 0, 0, DecisionMerge, false},
		{"the durations agree", in("Insomnia 2021", "Faithless - Topic"), in("Faithless - Insomnia", "Faithless"), 212, 213, DecisionMerge, false},
		{"another artist's topic channel", in("Insomnia 2021", "Armin van Buuren - Topic"), in("Faithless - Insomnia (Official Video)", "Faithless"), 0, 0, DecisionDistinct, false},
		{"the other title credits the guest", in("Beat It 2008 (with Fergie)", "Michael Jackson - Topic"), in("Michael Jackson ft. Fergie - Beat It", "MJ Fan"), 0, 0, DecisionReview, false},
		{"the other title credits the guest in brackets", in("Wanna Be Startin' Somethin' 2008 (with Akon)", "Michael Jackson - Topic"), in("Michael Jackson - Wanna Be Startin' Somethin' (feat. Akon)", "Pop Hits"), 0, 0, DecisionReview, false},
		{"the other title lists the guest as an artist", in("The Girl Is Mine 2008 (with will.i.am)", "Michael Jackson - Topic"), in("Michael Jackson, will.i.am - The Girl Is Mine", "Music"), 0, 0, DecisionReview, false},
		{"the other title names the remake in an aside", in("Candle In The Wind 1997", "Elton John - Topic"), in("Elton John - Candle In The Wind (Goodbye England's Rose)", "Elton"), 0, 0, DecisionReview, false},
		{"the other title writes the year short in brackets", in("Bizarre Love Triangle 1994", "New Order - Topic"), in("New Order - Bizarre Love Triangle ('94)", "NO"), 0, 0, DecisionReview, false},
		{"the year on the artist's own channel", in("Kim Wilde - You Came 2006", "Kim Wilde"), in("You Came", "Kim Wilde - Topic"), 0, 0, DecisionReview, false}, // own_channel_year
	})
}
