package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestChannelMix: a mono or a stereo mix is a recording of its own, as
// catalogues count it (channel_mix): beside the other mix it is another
// recording; beside the plain title, which a record made in one mix only
// gives that mix, a review (version_info_unknown); two uploads of one mix,
// written either way or remastered, are one recording.
func TestChannelMix(t *testing.T) {
	checkRuleCases(t, RuleVersionInfoUnknown, []ruleCase{
		{"a mono version and the plain title", title.Input{Title: "Oasis - Wonderwall (Mono Version)"}, title.Input{Title: "Oasis - Wonderwall"}, DecisionReview, true},
		{"a mono mix and a remaster", title.Input{Title: "The Kinks - Waterloo Sunset (Mono Mix)"}, title.Input{Title: "The Kinks - Waterloo Sunset (Remastered 2009)"}, DecisionReview, true},
		{"a mono remaster and a remaster", title.Input{Title: "The Beatles - Help! (Mono / Remastered)"}, title.Input{Title: "The Beatles - Help! (Remastered)"}, DecisionReview, true},
		{"a mono remaster after a dash and the plain title", title.Input{Title: "The Beach Boys - God Only Knows - Mono / Remastered 2015"}, title.Input{Title: "The Beach Boys - God Only Knows"}, DecisionReview, true},
		{"a mono and a stereo mix", title.Input{Title: "The Who - My Generation [Mono]"}, title.Input{Title: "The Who - My Generation (Stereo Version)"}, DecisionDistinct, false},
		{"a stereo remaster and a mono mix", title.Input{Title: "The Kinks - Waterloo Sunset (2009 Stereo Remaster)"}, title.Input{Title: "The Kinks - Waterloo Sunset (Mono Mix)"}, DecisionDistinct, false},
		{"one mono mix written twice", title.Input{Title: "The Beatles - Help! (Mono)"}, title.Input{Title: "The Beatles - Help! (Mono Version)"}, DecisionMerge, false},
		{"one mono mix, remastered or not", title.Input{Title: "The Beach Boys - God Only Knows (Mono / Remastered 2015)"}, title.Input{Title: "The Beach Boys - God Only Knows (Mono Mix)"}, DecisionMerge, false},
		{"one stereo mix written twice", title.Input{Title: "The Kinks - Waterloo Sunset (2009 Stereo Remaster)"}, title.Input{Title: "The Kinks - Waterloo Sunset (Stereo Mix)"}, DecisionMerge, false},
		{"a mono version beside a video tag", title.Input{Title: "The Rolling Stones - Paint It, Black (Mono) - Official Lyric Video"}, title.Input{Title: "The Rolling Stones - Paint It, Black [Mono Version]"}, DecisionMerge, false},
	})
}
