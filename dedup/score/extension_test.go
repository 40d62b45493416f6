package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestTrackOnlyShorter: a track-only upload whose title is the other
// side's track with words left out, against an artist's upload, is another
// title as often as the same one and nothing confirms either
// (track_only_shorter). The first three are dev pairs (youtube
// title_extension_no_artist, real remix_vs_remix, trending live_vs_live),
// all distinct songs or recordings.
func TestTrackOnlyShorter(t *testing.T) {
	checkTimedRuleCases(t, RuleTrackOnlyShorter, []timedRuleCase{
		{"a lyrics channel's title inside another's", title.Input{Title: "Let It Be", Channel: "Lyrics Vault"}, title.Input{Title: "The Everly Brothers - Let It Be Me (Explicit)", Channel: "Magic Lyrics"}, 0, 0, DecisionDistinct, true},
		{"a soundtrack's remix inside a credited remix", title.Input{Title: "Alan Walker, Keala Settle & The Greatest Showman Ensemble - This Is Me (Alan Walker Relift)"}, title.Input{Title: "This is Me [Dave Aude Remix] (from The Greatest Showman Soundtrack)"}, 0, 0, DecisionDistinct, true},
		{"two words inside a longer title", title.Input{Title: "Thinking Out Loud", Channel: "Lyrics Vault"}, title.Input{Title: "Ed Sheeran - Thinking Out Loud Tonight"}, 0, 0, DecisionDistinct, true},
		{"a live album's name after the title", title.Input{Title: "Hotel California", Channel: "Lyrics Vault"}, title.Input{Title: "Eagles - Hotel California Hell Freezes Over"}, 0, 0, DecisionDistinct, true},
		{"durations that agree", title.Input{Title: "Thinking Out Loud", Channel: "Lyrics Vault"}, title.Input{Title: "Ed Sheeran - Thinking Out Loud Tonight"}, 281, 282, DecisionReview, false},
		{"the same title", title.Input{Title: "Hotel California", Channel: "Lyrics Vault"}, title.Input{Title: "Eagles - Hotel California (2013 Remaster)"}, 0, 0, DecisionMerge, false},
		{"the longer title names no artist", title.Input{Title: "Stay With Me", Channel: "Lyrics Vault"}, title.Input{Title: "Rihanna - Stay"}, 0, 0, DecisionDistinct, false},
		{"both name the artist", title.Input{Title: "Ed Sheeran - Thinking Out Loud"}, title.Input{Title: "Ed Sheeran - Thinking Out Loud Tonight"}, 0, 0, DecisionDistinct, false},
	})
}
