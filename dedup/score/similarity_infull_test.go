package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestNamedInFull: a title with no artist that names a record's artist and
// its whole track of three words or more, beside a singer, a composer or a
// year, merges (named_in_full); words that extend the track, a version or
// kind word, a number that is no year, a duet's connector, a medley's "&"
// or a track too short to stand alone keep the pair from it.
func TestNamedInFull(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	rec := func(track, artist string) title.Input { return title.Input{Title: track, Artist: artist} }
	checkRuleCases(t, RuleNamedInFull, []ruleCase{
		// covers dev
		{"a singer after the band", up("dinner for one please james ray noble al bowlly"), rec("Dinner for One, Please, James", "Ray Noble and His Orchestra"), DecisionMerge, true},

		{"artist and year in brackets", up("lets put out the lights ( rudy vallee , 1932 )"), rec("Let's Put out the Lights", "Rudy Vallée and His Connecticut Yankees"), DecisionMerge, true},
		{"an arranger after an artist who is no band", up("when i fall in love by nat king cole nelson riddle"), rec("When I Fall in Love", "Nat King Cole"), DecisionReview, false},
		{"album and track numbers", up("vikingarna kramgoa latar 06 13 sail along silvery moon"), rec("Sail Along Silvery Moon", "Vikingarna"), DecisionMerge, true},
		{"a track number", up("elvis presley 50 greatest hits 07 return to sender"), rec("Return to Sender", "Elvis Presley"), DecisionMerge, true},
		{"a singer between the act and the track", up("the seekers judith durham the carnival is over"), rec("The Carnival Is Over", "The Seekers"), DecisionReview, false},
		// kept from it
		{"a word after the track", up("everly brothers let it be me"), rec("Let It Be", "The Everly Brothers"), DecisionReview, false},
		{"a remark after the track", up("jerry lee lewis youre the only star in my blue heaven unissued"), rec("You're the Only Star (In My Blue Heaven)", "Jerry Lee Lewis"), DecisionReview, false},
		{"one word before the track", up("carpenters only yesterday once more"), rec("Yesterday Once More", "Carpenters"), DecisionReview, false},
		{"a medley", up("beverly kenney - try a little tenderness & its a most unusual day"), rec("It's a Most Unusual Day", "Beverly Kenney"), DecisionReview, false},
		{"a medley without a separator", up("beverly kenney try a little tenderness & its a most unusual day"), rec("It's a Most Unusual Day", "Beverly Kenney"), DecisionReview, false},
		{"a duet", up("merle haggard with willie nelson always on my mind"), rec("Always on My Mind", "Willie Nelson"), DecisionReview, false},

		{"a number after the track", up("vikingarna kramgoa latar sail along silvery moon 13"), rec("Sail Along Silvery Moon", "Vikingarna"), DecisionReview, false},
		{"a number of three digits", up("vikingarna kramgoa latar 113 sail along silvery moon"), rec("Sail Along Silvery Moon", "Vikingarna"), DecisionReview, false},
		{"the composer first", up("ivor novello waltz of my heart vanessa lee"), rec("Waltz of My Heart", "Vanessa Lee"), DecisionReview, false},
		{"a performer first, the original after", up("kelly clarkson whitney houston i will always love you"), rec("I Will Always Love You", "Whitney Houston"), DecisionReview, false},
		{"a tribute", up("tribute to whitney houston i will always love you"), rec("I Will Always Love You", "Whitney Houston"), DecisionReview, false},
		{"a show first", up("the voice kids whitney houston i will always love you"), rec("I Will Always Love You", "Whitney Houston"), DecisionReview, false},
		{"a performer after the original", up("i will always love you whitney houston kelly clarkson"), rec("I Will Always Love You", "Whitney Houston"), DecisionReview, false},
		{"a performer between the original and the track", up("adele boyce avenue someone like you"), rec("Someone Like You", "Adele"), DecisionReview, false},
		{"a cover act between the original and the track", up("bob dylan guns n roses knockin on heavens door"), rec("Knockin' on Heaven's Door", "Bob Dylan"), DecisionReview, false},
		{"a singer between the original and the track", up("whitney houston dolly parton i will always love you"), rec("I Will Always Love You", "Whitney Houston"), DecisionReview, false},
		{"a band's singer between the band and the track", up("ray noble al bowlly dinner for one please james"), rec("Dinner for One, Please, James", "Ray Noble and His Orchestra"), DecisionMerge, true},
		{"a band's singer after the band", up("ill never smile again tommy dorsey frank sinatra 1940"), rec("I'll Never Smile Again", "Tommy Dorsey and His Orchestra"), DecisionMerge, true},
		{"a one-word track", up("willie bobo yesterday beatles cover"), rec("Yesterday", "Willie Bobo"), DecisionReview, false},
	})
}

// TestGluedVersion: a Hangul word with "버전" or "버젼" glued to its end
// names a version of its own (glued_version), another recording of the
// artist's song; the suffix alone, or a word on both sides, is none.
func TestGluedVersion(t *testing.T) {
	up := func(raw string) title.Input { return title.Input{Title: raw} }
	rec := func(track, artist string) title.Input { return title.Input{Title: track, Artist: artist} }
	checkRuleCases(t, RuleExtraVersionWord, []ruleCase{
		// melon dev
		{"a children's version", up("더 클래식 - 마법의 성 (1994) 꼬마버젼."), rec("마법의 성", "더 클래식"), DecisionDistinct, true},
		{"a woman's version", up("폴킴 - 모든 날, 모든 순간 여자버전"), rec("모든 날, 모든 순간", "폴킴"), DecisionDistinct, true},
		{"on piano", up("아이유 - 밤편지 피아노버전"), rec("밤편지", "아이유"), DecisionDistinct, true},
		{"acoustic", up("10cm - 봄이 좋냐 어쿠스틱버전"), rec("봄이 좋냐", "10cm"), DecisionDistinct, true},
		{"the same version on both sides", up("폴킴 - 모든 날, 모든 순간 여자버전"), up("폴킴 - 모든 날, 모든 순간 여자버전 (가사)"), DecisionMerge, false},
	})
}

func TestGluedVersionWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"꼬마버젼", true}, {"여자버전", true}, {"피아노버전", true},
		{"버전", false}, {"버젼", false}, {"마법의", false}, {"version", false},
	}
	for _, tt := range tests {
		if got := gluedVersion(tt.w); got != tt.want {
			t.Errorf("gluedVersion(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestLetterBesideWordsPair: a title whose track ends in a letter ("어떤사람
// A") is read with its letter, so the record's "어떤 사람 A" by the same
// artist merges, and another letter is a word the other track lacks
// (letter_beside_words, see title.letterBesideWords).
func TestLetterBesideWordsPair(t *testing.T) {
	checkRuleCases(t, RuleExtraWord, []ruleCase{
		// melon dev
		{"the same letter", title.Input{Title: "어떤사람 A - 윤상", Channel: "8282FF"}, title.Input{Title: "어떤 사람 A", Artist: "윤상"}, DecisionMerge, false},
		{"another letter", title.Input{Title: "어떤사람 A - 윤상", Channel: "8282FF"}, title.Input{Title: "어떤 사람 B", Artist: "윤상"}, DecisionReview, true},
	})
}
