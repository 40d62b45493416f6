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
		{"an upload word after the title", title.Input{Title: "Billie Jean", Channel: "Lyrics Vault"}, title.Input{Title: "Michael Jackson - Billie Jean Audio"}, 0, 0, DecisionReview, false},
		{"official after the title", title.Input{Title: "Billie Jean", Channel: "Lyrics Vault"}, title.Input{Title: "Michael Jackson - Billie Jean Official"}, 0, 0, DecisionReview, false},
		{"lyric after the title", title.Input{Title: "Billie Jean", Channel: "Lyrics Vault"}, title.Input{Title: "Michael Jackson - Billie Jean Lyric"}, 0, 0, DecisionReview, false},
	})
}

// TestWordsBetween: a track that is the other's with two words or more of
// its own between the other's words, by the same artists, is another title
// (words_between); one word between is as often a word dropped, and a
// bracket group that holds the shared words alone names the same song.
// The review queue of the bench's hard catalogue held such pairs as
// duplicates to check ("You This" / "You Won't Find This").
func TestWordsBetween(t *testing.T) {
	checkTimedRuleCases(t, RuleWordsBetween, []timedRuleCase{
		{"two words inside", title.Input{Title: "Lee Ann Womack - I Hope You Dance"}, title.Input{Title: "Lee Ann Womack - I Dance"}, 0, 0, DecisionDistinct, true},
		{"four words inside", title.Input{Title: "Mariah Carey - All I Want for Christmas Is You"}, title.Input{Title: "Mariah Carey - All for You (Official Video)"}, 0, 0, DecisionDistinct, true},
		{"words inside, the artist from its channel", title.Input{Title: "You Won't Find This", Channel: "Saelsinro - Topic"}, title.Input{Title: "Saelsinro - You This"}, 0, 0, DecisionDistinct, true},
		{"one word inside", title.Input{Title: "Guns N' Roses - Sweet Child O' Mine"}, title.Input{Title: "Guns N' Roses - Sweet Child Mine"}, 0, 0, DecisionReview, false},
		{"a bracket group holds the shared words", title.Input{Title: "Green Day - Good Riddance (Time of Your Life) [Official Music Video]"}, title.Input{Title: "Green Day - Time of Your Life"}, 0, 0, DecisionMerge, false},
		{"durations that agree", title.Input{Title: "Lee Ann Womack - I Hope You Dance"}, title.Input{Title: "Lee Ann Womack - I Dance"}, 240, 241, DecisionReview, false},
		{"words before the title", title.Input{Title: "Otis Redding - Sittin On The Dock Of The Bay"}, title.Input{Title: "Otis Redding - Dock of the Bay"}, 0, 0, DecisionReview, false},
		{"a key between a catalogue title's words", title.Input{Title: "Chopin - Nocturne in E flat major Op. 9 No. 2"}, title.Input{Title: "Chopin - Nocturne Op. 9 No. 2"}, 0, 0, DecisionReview, false},
		{"a concerto's number and key between", title.Input{Title: "Vivaldi - Spring Concerto No 1 in E Major Allegro"}, title.Input{Title: "Vivaldi - Spring Allegro"}, 0, 0, DecisionReview, false},
		{"a tempo marking between", title.Input{Title: "Beethoven - Moonlight Sonata Adagio Sostenuto 1st Movement"}, title.Input{Title: "Beethoven - Moonlight Sonata 1st Movement"}, 0, 0, DecisionReview, false},
	})
}

// TestOtherCredit: a bracket group led by a credit connector that names a
// singer the other title's featured credits do not is another duet
// partner's recording, never an aside (con_credit); the same credit, or
// none on the other side, still merges.
func TestOtherCredit(t *testing.T) {
	checkTimedRuleCases(t, RuleBracketAside, []timedRuleCase{
		{"a one-word partner against a credited one", title.Input{Title: "Andrea Bocelli - Vivo per lei (con Giorgia)"}, title.Input{Title: "Andrea Bocelli - Vivo per lei (con Hélène Ségara)"}, 0, 0, DecisionReview, false},
		{"against a feat. credit", title.Input{Title: "Andrea Bocelli - Vivo per lei (con Giorgia)"}, title.Input{Title: "Andrea Bocelli - Vivo per lei (feat. Hélène Ségara)"}, 0, 0, DecisionReview, false},
		{"another partner of a duet", title.Input{Title: "Eros Ramazzotti - Cose della vita (con Anastacia)"}, title.Input{Title: "Eros Ramazzotti - Cose della vita (con Tina Turner)"}, 0, 0, DecisionReview, false},
		{"a partner named once", title.Input{Title: "Laura Pausini - Se fue (con Alejandro)"}, title.Input{Title: "Laura Pausini - Se fue (con Marc Anthony)"}, 0, 0, DecisionReview, false},
		{"no credit on the other side", title.Input{Title: "Andrea Bocelli - Vivo per lei (con Giorgia)"}, title.Input{Title: "Andrea Bocelli - Vivo per lei"}, 0, 0, DecisionMerge, true},
		{"the same credit", title.Input{Title: "Eros Ramazzotti - Cose della vita (con Tina Turner)"}, title.Input{Title: "Eros Ramazzotti - Cose della vita (feat. Tina Turner)"}, 0, 0, DecisionMerge, false},
	})
}
