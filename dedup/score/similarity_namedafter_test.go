package score

import (
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestNamedAfter: an artist with a word that makes it another performer
// named after the other side's (generational_suffix, tribute_act) is held
// for review, both ways round; one name written alike on both sides, or
// with the word on both, merges.
func TestNamedAfter(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	rec := func(track, artist string) title.Input { return title.Input{Title: track, Artist: artist} }
	tests := []struct {
		name string
		a, b title.Input
		want DecisionKind
		rule Rule // "" for none of the two
	}{
		// generational_suffix
		{"generational_suffix", up("Hank Williams - Your Cheatin' Heart"), up("Hank Williams Jr. - Your Cheatin' Heart"), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix", up("Frank Sinatra - My Way"), up("Frank Sinatra Jr. - My Way"), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix", up("Loudon Wainwright - Swimming Song"), up("Loudon Wainwright III - Swimming Song"), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix", up("Ken Griffey - Summer Nights"), up("Ken Griffey Sr. - Summer Nights"), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix", up("Bobby Brown - Every Little Step"), up("Bobby Brown Junior - Every Little Step"), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix", rec("Red Neck Blues", "Hank Williams"), rec("Red Neck Blues", "Hank Williams Jr."), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix after a comma", up("Frank Sinatra - My Way"), up("Frank Sinatra, Jr. - My Way"), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix after a comma", rec("Your Cheatin' Heart", "Hank Williams"), rec("Your Cheatin' Heart", "Hank Williams, Jr."), DecisionReview, RuleGenerationalSuffix},
		{"generational_suffix after a comma", up("Ken Griffey - Summer Nights"), up("Ken Griffey, Sr. - Summer Nights"), DecisionReview, RuleGenerationalSuffix},
		{"one name, suffix after a comma", up("Sammy Davis Jr. - I'll Know"), rec("I'll Know", "Sammy Davis, Jr."), DecisionMerge, ""},
		{"one name, suffix on both sides", up("Sammy Davis Jr. - I'll Know"), rec("I'll Know", "Sammy Davis Jr."), DecisionMerge, ""},
		{"one name, suffix on both sides", up("Ray Parker Jr. - Ghostbusters"), up("Ray Parker Jr - Ghostbusters (Official Video)"), DecisionMerge, ""},
		{"a first name, not a suffix", up("Junior Walker - Shotgun"), up("Junior Walker - Shotgun (Official Audio)"), DecisionMerge, ""},
		// tribute_act
		{"tribute_act", up("Queen - Bohemian Rhapsody"), up("Queen Tribute Band - Bohemian Rhapsody"), DecisionReview, RuleTributeAct},
		{"tribute_act", up("Queen - Bohemian Rhapsody"), up("The Queen Experience - Bohemian Rhapsody"), DecisionReview, RuleTributeAct},
		{"tribute_act", up("Whitney Houston - I Will Always Love You"), up("Whitney Houston Tribute - I Will Always Love You"), DecisionReview, RuleTributeAct},
		{"tribute_act", up("The Beatles - Let It Be"), up("The Beatles Tribute - Let It Be"), DecisionReview, RuleTributeAct},
		{"tribute_act", up("Creedence - Proud Mary"), up("Creedence Revival - Proud Mary"), DecisionReview, RuleTributeAct},
		{"tribute_act", rec("Dancing Queen", "ABBA"), rec("Dancing Queen", "ABBA Tribute Band"), DecisionReview, RuleTributeAct},
		{"one act, its name on both sides", up("The Clark Family Experience - Meanwhile Back At The Ranch"), rec("Meanwhile Back At The Ranch", "The Clark Family Experience"), DecisionMerge, ""},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			d := decideInputs(tt.a, tt.b, swap)
			rules := rulesOf(d.Explanation)
			gen, trib := slices.Contains(rules, RuleGenerationalSuffix), slices.Contains(rules, RuleTributeAct)
			if d.Kind != tt.want || gen != (tt.rule == RuleGenerationalSuffix) || trib != (tt.rule == RuleTributeAct) {
				t.Errorf("%s: %q vs %q (swap %v): %s at %.3f (rules %v); want %s, %q",
					tt.name, tt.a.Title, tt.b.Title, swap, d.Kind, d.Score, rules, tt.want, tt.rule)
			}
		}
	}
}

// TestAndFriends: an artist with "& Friends" beside it, which the other
// title nowhere has, is held for review (and_friends); a record's artist
// column naming the main act alone, the friends on both sides, or a band
// named Friends do not count.
func TestAndFriends(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	rec := func(track, artist string) title.Input { return title.Input{Title: track, Artist: artist} }
	checkRuleCases(t, RuleAndFriends, []ruleCase{
		{"and friends", up("Willie Nelson - On the Road Again"), up("Willie Nelson & Friends - On the Road Again"), DecisionReview, true},
		{"and friends, spelled out", up("Adele - Hello"), up("Adele and Friends - Hello"), DecisionReview, true},
		{"y amigos", up("Los Tigres del Norte - La Puerta Negra"), up("Los Tigres del Norte y Amigos - La Puerta Negra"), DecisionReview, true},
		{"the friends on both sides", up("Willie Nelson & Friends - Whiskey River"), up("Willie Nelson and Friends - Whiskey River (Official Audio)"), DecisionMerge, false},
		{"a record names the main act", up("tim timebomb & friends - ooh la la"), rec("Ooh La La", "Tim Timebomb"), DecisionMerge, false},
		{"a band named Friends", up("Friends - I'm His Girl"), up("Friends - I'm His Girl (Official Video)"), DecisionMerge, false},
	})
}
