package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestOneOfDuet: an act alone against the act with a partner joined by
// "&" or "+", both titles naming their artists, is held for a
// curator (one_of_duet); hand hard negatives of duets recorded apart from
// the act's own record. A comma list, a featured credit, a backing band,
// the partner's own channel, a "- Topic" upload, a title read the other
// way round and agreeing durations say nothing; those controls are dev
// shapes (spotifyyt, youtube, covers, real, billboard) and hand controls.
func TestOneOfDuet(t *testing.T) {
	on := func(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }
	checkRuleCases(t, RuleOneOfDuet, []ruleCase{
		// hard negatives: the duet is another recording
		{"a live partner", on("Queen + Adam Lambert - Don't Stop Me Now", "Queen Live Archive"), on("Queen - Don't Stop Me Now (Official Video)", "Queen Official"), DecisionReview, true},
		{"a duets album", on("Frank Sinatra & Julio Iglesias - Summer Wind", "Crooner Classics"), on("Frank Sinatra - Summer Wind (Official Audio)", "Frank Sinatra"), DecisionReview, true},
		{"an untagged solo upload", on("Frank Sinatra & Tony Bennett - New York, New York", "Jazz Standards"), on("Frank Sinatra - New York, New York", "Frank Sinatra"), DecisionReview, true},
		{"the act second", on("Luciano Pavarotti & James Brown - It's a Man's Man's Man's World", "Opera Moments"), on("James Brown - It's A Man's Man's Man's World", "James Brown"), DecisionReview, true},
		{"two fan channels", on("Johnny Cash & June Carter - Jackson", "Country Gold"), on("Johnny Cash - Jackson", "Oldies Channel"), DecisionReview, true},
		{"the partner featured elsewhere", on("Eminem & Elton John - Stan", "Rap Archive"), on("Eminem - Stan (Official Video) ft. Dido", "EminemVEVO"), DecisionReview, true},
		// the same recording, or nothing to tell
		{"a comma list", on("Kygo, Selena Gomez - It Ain't Me (Official Video)", "KygoOfficialVEVO"), on("Kygo - It Ain't Me (Lyrics)", "7clouds"), DecisionMerge, false},
		{"a featured credit", on("The Chainsmokers - Closer (Lyric) ft. Halsey", "ChainsmokersVEVO"), on("The Chainsmokers & Halsey - Closer (Lyrics)", "Vibe Music"), DecisionMerge, false},
		{"a backing orchestra", on("Percy Faith & His Orchestra - Yesterday", "Easy Listening"), on("Percy Faith - Yesterday", "Oldies"), DecisionMerge, false},
		{"a backing band", on("Ed Roland & the Sweet Tea Project - Shelter from the Storm", "Roots Rock"), on("Ed Roland - Shelter from the Storm", "Oldies"), DecisionMerge, false},
		{"the partner's own channel", on("The Chainsmokers & Coldplay - Something Just Like This (Lyric)", "ChainsmokersVEVO"), on("Coldplay - Something Just Like This (Lyrics)", "Lyrics Vault"), DecisionMerge, false},
		{"a topic upload", on("Marshmello & Bastille - Happier (Lyrics)", "Dance Lyrics"), on("Happier", "Marshmello - Topic"), DecisionMerge, false},
		{"read the other way round", on("Fred De Palma & Ana Mena - Se Iluminaba (Official Video)", "Warner Music Italy"), on("Se Iluminaba - Ana Mena (Lyrics)", "Latin Lyrics"), DecisionMerge, false},
		{"both duets", on("Lady Gaga & Bradley Cooper - Shallow", "Lyrics Vault"), on("Lady Gaga, Bradley Cooper - Shallow (Official Music Video)", "LadyGagaVEVO"), DecisionMerge, false},
	})
}
