package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// titled is an upload's title on a channel.
func titled(raw, channel string) title.Input { return title.Input{Title: raw, Channel: channel} }

// TestOtherRecordingRules checks the rules that make a pair another
// recording at a glance, and no review.
//
// named_version: words only one track has that name a version with a
// qualifier ("Japanese ver.", "Bossa Nova Version", "Versión Tropical"), by
// artists that agree; a qualifier beside a number, on both sides, or by
// other artists is not one.
//
// other_take: of the same versions, a cover or a live take, a qualifier on
// one side only whose words the other title lacks, while that title has
// words of its own in their place; a title with no words of its own, one
// that names the qualifier, or a remix stays with a curator.
func TestOtherRecordingRules(t *testing.T) {
	for _, c := range []struct {
		rule Rule
		ruleCase
	}{
		// scripts dev
		{RuleNamedVersion, ruleCase{"a language version in the subtitle's bracket", titled("BTS (방탄소년단) '피 땀 눈물 (Blood Sweat & Tears)' Official MV", "HYBE LABELS"), titled("BTS - Chi, Ase, Namida (Blood Sweat & Tears Japanese ver.)", "J-Lyrics Romaji"), DecisionDistinct, true}},
		{RuleNamedVersion, ruleCase{"a style's version after the original's credit", titled("Cris Delanno - You Are Not Alone (Michael Jackson) Bossa Nova Version", ""), titled("Cris Delanno - You Are Not Alone", ""), DecisionDistinct, true}},
		{RuleNamedVersion, ruleCase{"the qualifier before the version's name", titled("La Sonora - La Negra Tomasa Versión Tropical", ""), titled("La Sonora - La Negra Tomasa", ""), DecisionDistinct, true}},
		{RuleNamedVersion, ruleCase{"a number beside the qualifier", titled("Cris Delanno - You Are Not Alone Version 2", ""), titled("Cris Delanno - You Are Not Alone", ""), DecisionDistinct, false}},
		{RuleNamedVersion, ruleCase{"the same version on both sides", titled("Cris Delanno - You Are Not Alone Bossa Nova Version", ""), titled("Cris Delanno - You Are Not Alone Bossa Nova Version (Lyrics)", ""), DecisionMerge, false}},
		{RuleNamedVersion, ruleCase{"other artists", titled("Pam Hall - You Are Not Alone", ""), titled("Cris Delanno - You Are Not Alone Bossa Nova Version", ""), DecisionDistinct, false}},
		// covers dev; the second title's "( cover by eli lieb )" written
		// "( eli lieb cover )", which keeps Adele as its artist
		{RuleOtherTake, ruleCase{"two covers, each naming its performer", titled("skyfall - adele ( cover ) - roomie + jonas frisk", ""), titled("adele - skyfall ( eli lieb cover ) available on itunes !", ""), DecisionDistinct, true}},
		// trending dev
		{RuleOtherTake, ruleCase{"a show against another channel's live take", titled("(G)I-DLE, DUMDi DUMDi ((여자)아이들, 덤디덤디) [THE SHOW 200811]", "The K-POP"), titled("[엉망진창제작소] (여자)아이들 서열 1위는 오늘부터 🥁덤디단이야🥁 l 덤디덤디 l(G)I-DLE l DUMDi DUMDi l 4Kㅣ딩고뮤직ㅣDingo Music ㅣ LIVE", "딩고 뮤직 / dingo music"), DecisionDistinct, true}},
		{RuleOtherTake, ruleCase{"two covers, the other performer after a dash", titled("Hallelujah - Leonard Cohen (Cover) - Kina Grannis", ""), titled("Leonard Cohen - Hallelujah (Pentatonix Cover)", ""), DecisionDistinct, true}},
		{RuleOtherTake, ruleCase{"a remix naming its remixer against one naming a label", titled("Daya - Insomnia (King Topher Remix)", ""), titled("Daya - Insomnia (Remix) - Spinnin Records", ""), DecisionReview, false}},
		{RuleOtherTake, ruleCase{"a qualifier on one side, nothing of its own on the other", titled("Daya - Insomnia (Remix)", ""), titled("Daya - Insomnia (King Topher Remix)", ""), DecisionReview, false}},
		{RuleOtherTake, ruleCase{"the other title names the qualifier elsewhere", titled("skyfall - adele ( cover ) - eli lieb", ""), titled("adele - skyfall ( cover by eli lieb )", ""), DecisionReview, false}},
	} {
		checkRuleCases(t, c.rule, []ruleCase{c.ruleCase})
	}
}
