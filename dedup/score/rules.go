package score

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/songdedup/songdedup/dedup/title"
)

// Rule names a decision rule. The names are stable: they are stored with
// reviews and merges, and curators read them in explanations.
type Rule string

// The names of the rules. Each rule is declared once, as a row of pairRules
// (rules on one pair: a submission and a candidate) or of decisionRules
// (rules on a submission's candidates together): its name, its effect, its
// check and the text that explains a hit.
const (
	RuleVersionMismatch     Rule = "version_mismatch"
	RuleVersionInfoMismatch Rule = "version_info_mismatch"
	RuleVersionInfoUnknown  Rule = "version_info_unknown"
	RuleDatesDiffer         Rule = "recording_dates_differ"
	RuleNumberMismatch      Rule = "number_mismatch"
	RuleNumbersDiffer       Rule = "numbers_differ"
	RuleSequelNumber        Rule = "sequel_number"
	RuleRemakeNumber        Rule = "remake_number"
	RuleOwnChannelYear      Rule = "own_channel_year"
	RuleTopicYear           Rule = "topic_year"
	RuleOtherWords          Rule = "other_words"
	RuleTrackOnlyShorter    Rule = "track_only_shorter"
	RuleNamesBeforeTrack    Rule = "names_before_track"
	RuleArtistsDiffer       Rule = "artists_differ"
	RuleExtraWord           Rule = "extra_track_word"
	RuleOneWordInside       Rule = "one_word_inside"
	RuleReprise             Rule = "reprise"
	RuleExtraVersionWord    Rule = "extra_version_word"
	RuleWordsAppended       Rule = "words_appended"
	RuleWordsBetween        Rule = "words_between"
	RuleDurationMismatch    Rule = "duration_mismatch"
	RuleTooLittleEvidence   Rule = "too_little_evidence"
	RuleNothingToConfirm    Rule = "nothing_to_confirm"
	RuleArtistUnknown       Rule = "artist_unknown"
	RuleTailMismatch        Rule = "title_tail_mismatch"
	RuleTailLacksArtist     Rule = "tail_lacks_artist"
	RuleSingerNotCredited   Rule = "singer_not_credited"
	RuleChannelArtist       Rule = "channel_artist"
	RuleFanChannel          Rule = "fan_channel"
	RuleSwapped             Rule = "artist_track_swapped"
	RulePipeReadAsSplit     Rule = "pipe_read_as_split"
	RuleUnparsedVersion     Rule = "unparsed_version"
	RuleVersionInArtist     Rule = "version_in_artist"
	RuleKindInArtist        Rule = "kind_word_in_artist"
	RuleKindBesideArtist    Rule = "kind_word_beside_artist"
	RuleSameLetters         Rule = "same_letters"
	RuleBracketAside        Rule = "bracket_aside"
	RuleBracketChannel      Rule = "bracket_names_channel"
	RuleChannelSigned       Rule = "channel_signed_cover"
	RuleChannelGlued        Rule = "channel_glued"
	RulePipeSigned          Rule = "pipe_signed"
	RuleArtistSlip          Rule = "artist_slip"
	RuleDurationsAgree      Rule = "durations_agree"
	RuleAmongCredits        Rule = "artist_among_credits"
	RuleFamilyNameOnly      Rule = "family_name_only"
	RuleBandWord            Rule = "band_word"
	RuleFeaturedOnly        Rule = "featured_only"
	RuleFeaturedDisagree    Rule = "featured_disagree"
	RuleCreditAdded         Rule = "credit_added"
	RuleSameChannel         Rule = "same_channel"
	RuleAmbiguous           Rule = "ambiguous"
	RuleWhichArtist         Rule = "which_artist"
	RuleNoAutoMerge         Rule = "no_auto_merge"
	RuleNearMiss            Rule = "near_miss"
	RuleVersionOf           Rule = "version_of"
	RuleCoverPerformer      Rule = "cover_performer"
	RuleGenerationalSuffix  Rule = "generational_suffix"
	RuleTributeAct          Rule = "tribute_act"
	RuleAndFriends          Rule = "and_friends"
	RuleNamedInFull         Rule = "named_in_full"
	RuleNamedVersion        Rule = "named_version"
	RuleOtherTake           Rule = "other_take"
	RuleWordOrder           Rule = "word_order"
	RuleOneOfDuet           Rule = "one_of_duet"
)

// Effect is what a rule hit does. The values are stable, as rule names are.
type Effect string

// The effects of rule hits.
const (
	// EffectBlocksMerge: the pair may be reviewed, never merged without a
	// curator, whatever its score.
	EffectBlocksMerge Effect = "blocks_merge"
	// EffectInfo: nothing; the hit says how the score was reached.
	EffectInfo Effect = "info"
	// EffectReview: the submission goes to review.
	EffectReview Effect = "review"
	// EffectDistinct: the submission becomes a song of its own.
	EffectDistinct Effect = "distinct"
)

// RuleHit is a rule that fired, what it did and why.
type RuleHit struct {
	Rule   Rule   `json:"rule"`
	Effect Effect `json:"effect"`
	Detail string `json:"detail"`
}

// pairRule is a rule on one pair, checked on the tally of its comparison
// (scorer.t).
type pairRule struct {
	name Rule
	// effect is EffectBlocksMerge (reviewed at most), EffectDistinct (not
	// even reviewed: the candidate is no match) or EffectInfo.
	effect Effect
	// otherRecording: the pair are two recordings of one song, never
	// merged (Comparison.SameVersion is false); a candidate that matches
	// otherwise is named in Decision.VersionOf.
	otherRecording bool
	// versions: the version sets or their qualifiers are not known to
	// agree (Explanation.Versions.Same is false).
	versions bool
	// anotherSong: the pair are likely two songs, so the candidate is no
	// rival to one that matches: it does not make a match ambiguous.
	anotherSong bool
	// tracksDiffer: the tracks may not be one track, so a candidate in
	// another version is not named in Decision.VersionOf.
	tracksDiffer bool
	check        func(s *scorer) bool
	detail       func(s *scorer) string
}

// pairRules are the rules on one pair, in the order explanations list their
// hits.
var pairRules = [...]pairRule{
	{
		// The version sets differ (live vs studio, remix vs original; an
		// artist that is only a version word counts, see
		// artistVersionBits).
		name: RuleVersionMismatch, effect: EffectBlocksMerge, otherRecording: true, versions: true,
		check: func(s *scorer) bool { return s.a.verBits != s.b.verBits },
		detail: func(s *scorer) string {
			return fmt.Sprintf("one title is %s, the other %s: another recording", versionPhrase(bitsVersions(s.a.verBits)), versionPhrase(bitsVersions(s.b.verBits)))
		},
	},
	{
		// Both titles name artists, every word of one side's met the
		// other's, and the other's holds a version word besides, of a
		// version the first title nowhere names ("Arijit Singh Live -
		// Channa Mereya" against "Channa Mereya | Arijit Singh"): a
		// version the split read as part of the artist, another
		// recording, as a parsed version is (see versionInArtist).
		name: RuleVersionInArtist, effect: EffectBlocksMerge, otherRecording: true, versions: true,
		check: func(s *scorer) bool { return s.t.versionInArtist },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the artists %q and %q agree but for a version word beside one of them: another recording",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "))
		},
	},
	{
		// Both titles name artists, every word of one side's met the
		// other's, and the other's holds besides, in a name with words of
		// the first's, a word that says the upload is another track, part
		// or kind of upload ("Hello - Adele, Jazz Version", "Someone Like
		// You - Adele Medley", "Oh Juliana PARÓDIA - MC Niack" against the
		// artist's own upload or record): another song at a glance, and
		// nothing for a curator (see kindInArtist).
		name: RuleKindBesideArtist, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.kindBeside },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the artists %q and %q agree but for a word written after one of them that names another track, part or kind of upload: another song",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "))
		},
	},
	{
		// Both titles name artists, every word of one side's met the
		// other's, and the other's holds besides, in a name of its own
		// that met nothing of the first's, a word that says the upload is
		// another track, part or kind of upload: a performer's name
		// credited beside the artist may hold such a word, so a curator
		// tells (see kindInArtist).
		name: RuleKindInArtist, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.t.kindInArtist },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the artists %q and %q agree but for a word beside one of them that names another track, part or kind of upload",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "))
		},
	},
	{
		// The same versions, but a different remixer, venue or cover
		// artist: another recording.
		name: RuleVersionInfoMismatch, effect: EffectBlocksMerge, otherRecording: true, versions: true,
		check: func(s *scorer) bool { return s.t.info == infoDifferent },
		detail: func(s *scorer) string {
			return versionInfoDetail(s) + ": another remixer, venue or performer, another recording"
		},
	},
	{
		// The same versions, qualified on one side only ("Remix" against
		// "Skrillex Remix"), or the qualifiers of one inside the other's:
		// maybe the same recording, for a curator to tell.
		name: RuleVersionInfoUnknown, effect: EffectBlocksMerge, versions: true,
		check: func(s *scorer) bool { return s.t.info == infoUnknown },
		detail: func(s *scorer) string {
			return versionInfoDetail(s) + ": one may only say more than the other, or name another recording"
		},
	},
	{
		// Of the same versions, one title alone qualifies them (a cover's
		// performer, a show), and the other, which names no word of that,
		// has words of its own in their place ("Skyfall - Adele (Cover) -
		// Roomie + Jonas Frisk" against "Adele - Skyfall (Cover by Eli
		// Lieb)"): two takes, another recording, and nothing for a curator
		// (see otherTake).
		name: RuleOtherTake, effect: EffectDistinct, otherRecording: true, versions: true,
		check: func(s *scorer) bool { return s.otherTake() },
		detail: func(s *scorer) string {
			return versionInfoDetail(s) + ": the title without a qualifier names no word of the other's and has words of its own in its place, another take"
		},
	},
	{
		// Both titles date the occasion they were recorded at, on
		// different days ("Fine and Dandy - Paris, 30.01.1953" against
		// "Fine and Dandy - Brussels, 12.05.1947", "Tweezer 12.31.95"
		// against "Tweezer 07.04.99"): two performances, another recording
		// (recording_date; see title.Title.Dated).
		name: RuleDatesDiffer, effect: EffectBlocksMerge, otherRecording: true, versions: true,
		check: func(s *scorer) bool {
			da, db := s.a.title.Dated, s.b.title.Dated
			return da != "" && db != "" && da != db
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("recorded on different days (%s, %s; year, then day and month): two performances", s.a.title.Dated, s.b.title.Dated)
		},
	},
	{
		// Each track has a number the other lacks: two parts of one work
		// (Part 1 / Part 2, No. 5 / No. 8), never one recording.
		name: RuleNumbersDiffer, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.numbersDiffer },
		detail: func(*scorer) string {
			return "the tracks carry different numbers: another part or another song"
		},
	},
	{
		// One track is the other's with a part number after it, by the
		// same artists ("Dead Presidents" / "Dead Presidents II",
		// "Revolution" / "Revolution 1"): the next part of a work, a
		// song of its own and nothing for a curator (see sequelNumber);
		// likewise a part number a "Track - Artist" title puts in the
		// artist (see artistSequel).
		name: RuleSequelNumber, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.sequel },
		detail: func(*scorer) string {
			return "one track is the other's with a part number after it, by the same artists: another part, a song of its own"
		},
	},
	{
		// One track is the other's with a version number or a year written
		// with a k or clipped after an apostrophe after it, by the same
		// artists or with one more ("Faithless - Insomnia" / "Faithless -
		// Insomnia 2.0", "Haddaway - What Is Love" / "... What Is Love
		// 2k9", "Brother Louie '98"): a remake or re-release, another
		// recording and nothing for a curator (see remakeNumber).
		name: RuleRemakeNumber, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.remake },
		detail: func(*scorer) string {
			return "one track is the other's with a version number or year after it (2.0, 2k9, '98), by the same artists: a remake, another recording"
		},
	},
	{
		// One upload is a "- Topic" channel's, whose titles are the
		// release's own track names, and writes a year right after its
		// track that the other title does not write ("Beat It 2008 (with
		// Fergie)", "You Came 2006" on the artist's "- Topic" channel):
		// the name of a remake, another recording, and nothing for a
		// curator (see topicYear), unless the other title credits a
		// guest or holds an aside, which may name the remake itself.
		// Durations within seconds say one recording.
		name: RuleTopicYear, effect: EffectDistinct, otherRecording: true, versions: true,
		check: func(s *scorer) bool { return s.topicYear() },
		detail: func(s *scorer) string {
			p := s.topicYearSide()
			return fmt.Sprintf("%q, the release's own track name on the channel %q, has the year %s right after its track, and the other title does not: the name of another recording (a remake)",
				p.title.Raw, p.title.Channel, bareTrackYear(p.title))
		},
	},
	{
		// One upload, by a channel of its artist's own, writes a year
		// right after its track that the other title does not write
		// ("Elton John - Candle In The Wind 1997" on Elton John's
		// channel, "For An Angel 2009" on a "- Topic" channel): the
		// artist names a remake by its year, as often as an official
		// channel writes the original release's year ("Queen - Bohemian
		// Rhapsody 1975 (Official Video)"): no merge without a curator
		// (see ownChannelYear). From other channels the same year is
		// mostly the release's date.
		name: RuleOwnChannelYear, effect: EffectBlocksMerge, versions: true,
		check: func(s *scorer) bool { return s.t.ownYear && !s.topicYear() },
		detail: func(s *scorer) string {
			p := &s.a
			if !ownChannelYear(&s.a, &s.b) {
				p = &s.b
			}
			return fmt.Sprintf("%q, uploaded by its artist's own channel %q, writes the year %s right after its track, and the other title does not: maybe the artist's name for another recording (a remake), or the original release's year",
				p.title.Raw, p.title.Channel, bareTrackYear(p.title))
		},
	},
	{
		// A number in one track that the other lacks (a sequel, "Dead
		// Presidents II"; or a number the normalizer did not read as
		// noise).
		name: RuleNumberMismatch, effect: EffectBlocksMerge, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.unmatchedNum && !s.t.numbersDiffer && !s.t.sequel && !s.t.remake },
		detail: func(s *scorer) string {
			return fmt.Sprintf("%s: maybe a sequel, another part or another song of the same words", s.onlyOneTrackHas(unmatchedNumbers(&s.a, s.phA), unmatchedNumbers(&s.b, s.phB), "number"))
		},
	},
	{
		// A word in one track that the other lacks and that is no
		// article, number, credit or spelling of a word the other has
		// ("Let It Be" / "Let It Be Me"): likely another title, however
		// common the word (see extraWord). In a pair that reads either way
		// round, an artist word only one side has is a track word in the
		// other reading, and counts so ("One Tree Hill - U2" / "U2 - One",
		// see turnedWord).
		name: RuleExtraWord, effect: EffectBlocksMerge, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.extraWord || s.t.turnedWord },
		detail: func(s *scorer) string {
			var words, turned [2][]string
			for k, p := range []struct {
				s  *side
				ph []phase
			}{{&s.a, s.phA}, {&s.b, s.phB}} {
				for i := extraWord(p.s, p.ph, 0); i >= 0; i = extraWord(p.s, p.ph, i+1) {
					words[k] = append(words[k], strconv.Quote(p.s.toks[i].text))
				}
				for i := turnedWord(p.s, p.ph, 0); s.t.turnedWord && i >= 0; i = turnedWord(p.s, p.ph, i+1) {
					turned[k] = append(turned[k], strconv.Quote(p.s.toks[i].text))
				}
			}
			var parts []string
			if len(words[0]) > 0 || len(words[1]) > 0 {
				parts = append(parts, s.onlyOneTrackHas(words[0], words[1], "word"))
			}
			for k, p := range []*side{&s.a, &s.b} {
				if len(turned[k]) > 0 {
					parts = append(parts, fmt.Sprintf("read the other way round, %s, artist words of %q, are track words the other title lacks",
						strings.Join(turned[k], ", "), p.title.Raw))
				}
			}
			return strings.Join(parts, "; ") + ": maybe another title"
		},
	},
	{
		// Both titles name artists, and one track is a single word that
		// the other has after a word of its own ("Intro" / "Concert
		// Intro", "Black" / "Back to Black"): another title, and nothing
		// for a curator (see oneWordInside).
		name: RuleOneWordInside, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.oneWordInside && s.t.state == artistCompared },
		detail: func(*scorer) string {
			return "one track is a single word that the other has after a word of its own: another title"
		},
	},
	{
		// One track is the other's with "Reprise", "Interlude" or "Outro"
		// added ("Breathe" / "Breathe (Reprise)", "All Of The Lights" /
		// "All Of The Lights (Interlude)"): another track of the work, a
		// song of its own and nothing for a curator, whoever the artists
		// (see reprise).
		name: RuleReprise, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.reprise },
		detail: func(s *scorer) string {
			return fmt.Sprintf("one track is the other's with %q added: another track of the work, a song of its own", s.repriseWord())
		},
	},
	{
		// The artists agree, and a word only one track has is a version
		// word of a version the other title lacks ("Stefania - LIVE -
		// Grand Final - Eurovision 2022" / "Stefania (Official Video)",
		// "ITZY Not Shy @ LIVE PREMIERE" / "Not Shy"): a take the
		// normalizer did not read, or another title ("Live Forever" /
		// "Forever"); another recording either way, and nothing for a
		// curator (see extraVersionWord).
		name: RuleExtraVersionWord, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.extraVersion },
		detail: func(*scorer) string {
			return "a word only one track has is a version word the other title lacks: another recording"
		},
	},
	{
		// The artists agree, and words only one track has name a version
		// with a qualifier ("Blood Sweat & Tears Japanese ver.", "Bossa
		// Nova Version", "Versión Tropical") that the normalizer left in
		// the track: a version the other title lacks, another recording,
		// and nothing for a curator (see namedVersion).
		name: RuleNamedVersion, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool {
			return s.t.extraWord && s.t.state == artistCompared && s.t.artist >= versionArtistAgree &&
				(namedVersion(&s.a, s.phA) || namedVersion(&s.b, s.phB))
		},
		detail: func(*scorer) string {
			return "words only one track has name a version with a qualifier (\"... ver.\", \"... version\"): a version the other title lacks, another recording"
		},
	},
	{
		// The artists agree, or one title names an artist of the other
		// whole beside its own, and one track is the other's with words of
		// its own after it, in the same part of the title ("Let It Be" /
		// "Let It Be Me", "One" / "One Tree Hill", "Love Me" / "Love Me
		// Tender", "Perfect" / "Perfect Symphony"): another title, and
		// nothing for a curator, unless the durations agree, an artist is
		// a record's column or a title has words in another script. Words
		// set apart by a dash or brackets are left to asides and
		// RuleExtraWord (see wordsAppended).
		name: RuleWordsAppended, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.wordsAppended },
		detail: func(*scorer) string {
			return "one track is the other's with words of its own after it, by the same artists: another title"
		},
	},
	{
		// The artists agree, or one title names an artist of the other
		// whole beside its own, and one track is the other's with two
		// words or more of its own between its words, in the same part of
		// the title ("I Dance" / "I Hope You Dance", "All for You" / "All I
		// Want for Christmas Is You"): another title, and nothing for a
		// curator, with the exceptions of RuleWordsAppended (see
		// wordsBetween).
		name: RuleWordsBetween, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.t.wordsBetween },
		detail: func(*scorer) string {
			return "one track is the other's with words of its own between its words, by the same artists: another title"
		},
	},
	{
		// Both tracks hold the same words in another order ("Four for
		// Three" / "Three for Four"): another title, which the alignment,
		// blind to order, scores as one; a curator tells (see reordered).
		name: RuleWordOrder, effect: EffectBlocksMerge, tracksDiffer: true,
		check: func(s *scorer) bool { return s.reordered() },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the tracks %q and %q hold the same words in another order: maybe another title", s.a.title.Track, s.b.title.Track)
		},
	},
	{
		// Both durations are known and too far apart (see durationSlack),
		// and they are not one number read in two units (see twoUnits).
		name: RuleDurationMismatch, effect: EffectBlocksMerge, anotherSong: true,
		check: func(s *scorer) bool {
			da, db := s.a.dur, s.b.dur
			return da > 0 && db > 0 && abs(da-db) > durationSlack(da, db) && !twoUnits(da, db)
		},
		detail: func(s *scorer) string {
			da, db := s.a.dur, s.b.dur
			return fmt.Sprintf("the durations %s and %s differ by more than %ds: another recording (a live take, an edit), or a length written wrong",
				clock(da), clock(db), durationSlack(da, db))
		},
	},
	{
		// The artists align only by a Chinese name's family name against
		// a given name of the other's own and that family name ("Eason
		// Chan" for 陳奕迅, see surnameSim): every singer of the family
		// name aligns so (陳慧嫻, Priscilla Chan's 千千闕歌 against Eason
		// Chan's), and covers of a song by singers of one family name are
		// common, so the pair is for a curator (see familyNameOnly).
		// Durations within seconds or the artist's own channel on both
		// sides confirm one recording.
		name: RuleFamilyNameOnly, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return familyNameOnly(s) && !s.confirmed() },
		detail: func(s *scorer) string {
			// The Han name is one token on one side, its given name and
			// family name a run of two on the other (see hanSyllables).
			var met []string
			for _, p := range s.pairs {
				if p.kind != kindFamilyName {
					continue
				}
				han, family := s.a.toks[p.i].text, s.b.toks[max(p.j, p.j2)].text
				if p.i2 >= 0 {
					han, family = s.b.toks[p.j].text, s.a.toks[p.i2].text
				}
				_, size := utf8.DecodeRuneInString(han)
				met = append(met, fmt.Sprintf("%s as %q", han[:size], family))
			}
			return fmt.Sprintf("the artists %q and %q agree only by the family name (%s), and their given names cannot be checked against each other: maybe another singer of that family name",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "), strings.Join(met, "; "))
		},
	},
	{
		// One title's artists are one-word names written with commas
		// ("Earth, Wind & Fire", "Crosby, Stills, Nash & Young"), most
		// often one band's name, and the other's artist is only some of
		// those words ("Fire"): not the band, whatever the word score
		// (see bandWord).
		name: RuleBandWord, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.t.bandWord },
		detail: func(s *scorer) string {
			p, q := &s.a, &s.b
			if !bandWord(p, s.phA, q, s.phB) {
				p, q = q, p
			}
			return fmt.Sprintf("%q reads as one band's name written with commas, and %q is only part of it",
				strings.Join(p.artistNames(), ", "), strings.Join(q.artistNames(), ", "))
		},
	},
	{
		// One title credits a featured artist, the other names that
		// artist as its own, and the first title's main artist appears
		// nowhere in the other ("30 Seconds To Mars feat. Kanye West -
		// Hurricane" / "Kanye West - Hurricane", "DJ Khaled ft. Rihanna -
		// Wild Thoughts" / "Rihanna - Wild Thoughts"): a featured artist
		// often has a song of the same name of their own, so the titles
		// do not tell one recording from two songs, and a curator does
		// (see featuredOnly). Durations within seconds or one channel of
		// the artists' own confirm one recording.
		name: RuleFeaturedOnly, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.t.featuredOnly && !s.confirmed() },
		detail: func(s *scorer) string {
			p, q := &s.a, &s.b
			if !featuredOnly(p, s.phA, q, s.phB) {
				p, q = q, p
			}
			return fmt.Sprintf("the artists agree only through a featured credit: %q is featured by %q, whom the other title does not name; maybe %q's own song of that name",
				strings.Join(q.artistNames(), ", "), strings.Join(p.artistNames(), ", "), strings.Join(q.artistNames(), ", "))
		},
	},
	{
		// Both titles credit featured artists and share none of them
		// ("Luis Fonsi - Despacito ft. Justin Bieber" / "Luis Fonsi -
		// Despacito ft. Daddy Yankee"): a remix with another guest is
		// another recording, so a curator decides (see featuredDisagree).
		// Durations within seconds or one channel of the artists' own
		// confirm one recording.
		name: RuleFeaturedDisagree, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.t.featuredDisagree && !s.confirmed() },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the titles credit different guests, %q against %q: maybe two recordings, each with its own guest",
				strings.Join(s.a.title.Featured, ", "), strings.Join(s.b.title.Featured, ", "))
		},
	},
	{
		// One title names a guest ("Doja Cat - Say So ft. Nicki Minaj",
		// "The Kid LAROI & Miley Cyrus - Without You") whom an official
		// upload of the same artist and track by the same uploader does
		// not name: the remix known by the guest it adds, another
		// recording, so a curator decides (see creditAdded). One uploader
		// writes its credits alike. On the artists' own channel a main
		// artist one title adds ("A, C - Track") is held against any
		// upload, and a guest a third party's upload adds against their
		// official upload there.
		name: RuleCreditAdded, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.state == artistCompared && !s.durationsAgree() && (creditAdded(&s.a, &s.b) || creditAdded(&s.b, &s.a))
		},
		detail: func(s *scorer) string {
			p, q := &s.a, &s.b
			if !creditAdded(p, q) {
				p, q = q, p
			}
			return fmt.Sprintf("%q credits %q, whom the official upload %q does not name: maybe a remix known by the guest it adds",
				p.title.Raw, strings.Join(slices.Concat(p.title.Artists, p.title.Featured), ", "), q.title.Raw)
		},
	},
	{
		// Both titles name their artists, and one names, joined to all of
		// the other's without a comma, a partner the other credits
		// nowhere ("Queen + Adam Lambert - Bohemian Rhapsody" / "Queen -
		// Bohemian Rhapsody"): the act alone and the duet are two
		// recordings as often as one; a curator tells (see oneOfDuet).
		name: RuleOneOfDuet, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.state == artistCompared && !s.durationsAgree() && (oneOfDuet(&s.a, &s.b) || oneOfDuet(&s.b, &s.a))
		},
		detail: func(s *scorer) string {
			p, q := &s.a, &s.b
			if !oneOfDuet(p, q) {
				p, q = q, p
			}
			return fmt.Sprintf("%q names %q, of whom %q credits only some: one act of a duet, maybe another recording",
				p.title.Raw, strings.Join(p.title.Artists, ", "), q.title.Raw)
		},
	},
	{
		// No artist confirms the match, and the matched track words are
		// too few or too common (see MinEvidence).
		name: RuleTooLittleEvidence, effect: EffectBlocksMerge, tracksDiffer: true,
		check: func(s *scorer) bool {
			return s.t.state == artistUnknown && (s.t.evidence < MinEvidence || s.t.evidenceWords < minEvidenceWords)
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("no artist to confirm the track, and its %d matched word(s) weigh %.2f (needs %d words and %.2f): a title this short or common is many songs' title",
				s.t.evidenceWords, s.t.evidence, minEvidenceWords, MinEvidence)
		},
	},
	{
		// No artist can be compared, the matched track is too little to
		// stand alone, and nothing else agrees (durations within a few
		// seconds): either neither title names an artist, not even a
		// channel's guess, and the track words are too few or too common;
		// or one names an artist the other does not confirm, and the
		// tracks share a single word. Two uploads of "Hello" by nobody in
		// particular, or "Hello (Lyrics)" against one artist's "Hello",
		// are two songs as often as one, and a curator has nothing to
		// decide on.
		name: RuleNothingToConfirm, effect: EffectDistinct, tracksDiffer: true,
		check: func(s *scorer) bool {
			if s.t.state != artistUnknown || s.confirmed() {
				return false
			}
			if !s.a.hasArtist() && !s.b.hasArtist() {
				return s.t.evidence < MinEvidence || s.t.evidenceWords < minEvidenceWords
			}
			return s.t.evidenceWords < 2
		},
		detail: func(s *scorer) string {
			if !s.a.hasArtist() && !s.b.hasArtist() {
				return fmt.Sprintf("no artist on either side and only %d matched word(s) weighing %.2f: nothing for a curator to confirm",
					s.t.evidenceWords, s.t.evidence)
			}
			return "one title names no artist that counts, and the tracks share a single word: nothing for a curator to confirm"
		},
	},
	{
		// One title names an artist and the other none, and the title
		// without an artist has more words that are neither the shared
		// track nor the other's artist ("The Supremes Yesterday" against
		// "Yesterday" by Willie Nelson, "Brian Setzer Rock and Roll Ruby"
		// against Jerry Lee Lewis's, "Stay With Me" against Rihanna's
		// "Stay"): most likely another artist's song or another title,
		// nothing a curator can confirm.
		name: RuleOtherWords, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool {
			if s.t.state != artistUnknown {
				return false
			}
			switch {
			case s.a.namesArtist() && !s.b.namesArtist():
				return extraWord(&s.b, s.phB, 0) >= 0
			case s.b.namesArtist() && !s.a.namesArtist():
				return extraWord(&s.a, s.phA, 0) >= 0
			}
			return false
		},
		detail: func(*scorer) string {
			return "the title without an artist has words beside the shared track that are not the other's artist: likely another artist's song or another title"
		},
	},
	{
		// One title names an artist and the other none, and the title
		// with the artist has words of its own beside the track the
		// other's holds whole ("Let It Be" from a lyrics channel against
		// "The Everly Brothers - Let It Be Me", "Stay" against "Sam Smith -
		// Stay With Me"): the other title most likely, and with no artist
		// on one side, nothing a curator can confirm; RuleOtherWords the
		// other way round (see trackOnlyShorter).
		name: RuleTrackOnlyShorter, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool { return s.trackOnlyShorter() },
		detail: func(*scorer) string {
			return "the title that names no artist is the other's track without words the other has: likely another title, and no artist to confirm it"
		},
	},
	{
		// Neither title names an artist, and each puts words of its own,
		// no spelling of the other's, before the words the tracks share
		// ("hurricane smith oh babe what would you say" / "liza minnelli
		// oh babe, what would you say"): two performers' uploads of one
		// title, as "Artist Track" without a separator writes them, and
		// nothing a curator can confirm (see namesBeforeTrack).
		name: RuleNamesBeforeTrack, effect: EffectDistinct, anotherSong: true, tracksDiffer: true,
		check: func(s *scorer) bool {
			return s.t.state == artistUnknown && s.t.evidenceWords > 0 && s.namesBeforeTrack()
		},
		detail: func(*scorer) string {
			return "neither title names an artist, and each puts words of its own before the shared track: likely two performers' uploads"
		},
	},
	{
		// One side's artists are the other's with "Friends" as a name of
		// its own after them, which the other title nowhere has ("Adele &
		// Friends" / "Adele", "Willie Nelson and Friends" / "Willie
		// Nelson"): an ensemble around the artist, most often another
		// take, so a curator decides; a record's artist column, which
		// names the main act alone, does not count (see andFriends).
		name: RuleAndFriends, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.state == artistCompared && (andFriends(&s.a, s.phA, &s.b, s.phB) || andFriends(&s.b, s.phB, &s.a, s.phA))
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("the artists %q and %q agree but for a name of friends beside one of them: an ensemble around the artist",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "))
		},
	},
	{
		// One side's artist is the other's with Jr., Sr., II or III after
		// it, which the other title nowhere has ("Hank Williams" / "Hank
		// Williams Jr."): another person of one family, whom uploads of
		// the other's songs name alike, so a curator decides (see
		// generationalSuffix).
		name: RuleGenerationalSuffix, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.namedAfter(generationalSuffix, true) },
		detail: func(s *scorer) string {
			return s.namedAfterDetail(generationalSuffix, true, "another person of one family")
		},
	},
	{
		// One side's artist is an act named after the other's, with
		// Tribute, Experience, Cover Band or Revival the other title
		// nowhere has ("Queen" / "Queen Tribute Band"): another performer
		// of the other's songs, so a curator decides (see tributeWord).
		name: RuleTributeAct, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.namedAfter(tributeWord, false) },
		detail: func(s *scorer) string {
			return s.namedAfterDetail(tributeWord, false, "an act named after the other")
		},
	},
	{
		// Both titles name artists, and they are two artists' names
		// rather than one name written twice: no name is matched whole,
		// each side has a word of its names the other title nowhere has,
		// no such word is a spelling of the other's, and no duration or
		// channel confirms the pair ("Ray Charles" / "Ray Price", "Lil
		// Wayne" / "Lil Baby"): two performers' songs of one title, and
		// nothing for a curator (see artistsDiffer).
		name: RuleArtistsDiffer, effect: EffectDistinct, anotherSong: true,
		check: func(s *scorer) bool { return s.t.artistsDiffer },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the artists %q and %q are two names, not one: each has a word the other title nowhere has (%s / %s)",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "),
				strings.Join(s.a.foreignArtistWords(s.phA, &s.b), " "), strings.Join(s.b.foreignArtistWords(s.phB, &s.a), " "))
		},
	},
	{
		// No artist could be compared; the score rests on the track.
		name: RuleArtistUnknown, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.state == artistUnknown },
		detail: func(*scorer) string {
			return "no artist on one side or both: the score rests on the track"
		},
	},
	{
		// No artist could be compared, and both raw titles name
		// something after a "|" that is neither their track nor noise,
		// with no word in common ("Somebody to Love | Queen" / "Somebody
		// to Love | Jefferson Airplane"): likely one title by two
		// artists. The raw titles are read only for what could merge.
		name: RuleTailMismatch, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.state == artistUnknown && s.t.score > s.versionCheckFloor && s.tailsDisagree()
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("no artist to compare, and the titles name different things after \"|\": %q vs %q",
				strings.Join(s.a.tailWords(), " "), strings.Join(s.b.tailWords(), " "))
		},
	},
	{
		// One title names no artist and something after a "|" that is
		// neither its track nor noise, and the other title's artist is
		// nowhere in it ("Like a Virgin | Musica Nuda" / "Madonna - Like
		// a Virgin"): the tail names the upload's own act, most likely,
		// which the normalizer could not take for an artist.
		name: RuleTailLacksArtist, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.state == artistUnknown && s.t.score > s.versionCheckFloor && (s.a.tailLacksArtist(&s.b) || s.b.tailLacksArtist(&s.a))
		},
		detail: func(s *scorer) string {
			p, q := &s.a, &s.b
			if !p.tailLacksArtist(q) {
				p, q = q, p
			}
			return fmt.Sprintf("%q names no artist but names %q after \"|\", which is not %q: maybe another act's recording",
				p.title.Raw, strings.Join(p.tailWords(), " "), strings.Join(q.title.Artists, " & "))
		},
	},
	{
		// One title is a list of credits that names no artist, its
		// singer one name among the film, the cast and the crew
		// (credit_list_layout), and the other title's artist is none of
		// the names it lists ("Tum Hi Ho - Video Song | Aashiqui 2 |
		// Arijit Singh | Mithoon" / "Kumar Sanu - Tum Hi Ho"): another
		// singer's song of that title, most likely.
		name: RuleSingerNotCredited, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.state == artistUnknown && s.t.score > s.versionCheckFloor && (s.a.singerNotCredited(&s.b) || s.b.singerNotCredited(&s.a))
		},
		detail: func(s *scorer) string {
			return "one title lists credits without saying who sings, and the other's artist is none of the names listed"
		},
	},
	{
		// An artist guessed from the uploading channel disagrees with the
		// other side's, and the title does not name the other's artist
		// anywhere: nothing contradicts the guess, so it counts as the
		// artist ("Letter" on an artist's channel is not another
		// artist's "Letter").
		name: RuleChannelArtist, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.channelDisagrees },
		detail: func(*scorer) string {
			return "the artist guessed from the uploading channel disagrees, and no title names the other artist: counted as the artist"
		},
	},
	{
		// An artist guessed from a fan's lyrics channel disagrees (see
		// side.fanUpload): it says nothing, and the upload is a title
		// that names no artist. The track decides, under the rules on
		// such titles (too_little_evidence, nothing_to_confirm): a
		// single or common word is no match, a track of enough rare
		// words merges, as a track-only upload with no channel does.
		name: RuleFanChannel, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.channelIgnored },
		detail: func(*scorer) string {
			return "a lyrics upload on a fan's channel: the channel is no artist, and the track decides as for a title without one"
		},
	},
	{
		// One title reads best with its artist and track the other way
		// round ("Numb - Linkin Park").
		name: RuleSwapped, effect: EffectInfo,
		check: func(s *scorer) bool { return s.a.swapped || s.b.swapped },
		detail: func(*scorer) string {
			return "one title reads as track - artist: compared with its artist and track swapped"
		},
	},
	{
		// A title without an artist that holds one bar, read as its head
		// alone, reads as "Head - Tail" (either way round), and its head
		// and tail meet the other's artist and track whole ("Matteo
		// Brancaleoni | How Am I Supposed to Live Without You" against
		// "Matteo Brancaleoni - How Am I Supposed to Live Without You";
		// see pipeSplit).
		name: RulePipeReadAsSplit, effect: EffectInfo,
		check: func(s *scorer) bool { return s.pipeRead() },
		detail: func(*scorer) string {
			return "the title without an artist reads at its bar as artist and track, and both meet the other's whole"
		},
	},
	{
		// The tracks are one spelling apart: the same letters split or
		// joined differently ("StreetH ype" / "Street Hype"), a letter
		// doubled, dropped or slipped ("Sttreet", "Sana" / "Santa"), or a
		// word written twice; the artists agree and so do the durations
		// (within a few seconds). Catalogue records of one recording carry
		// such slips; the score counts the tracks as one (see sameLetters).
		name: RuleSameLetters, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.sameLetters },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the tracks %q and %q differ by a slip of spelling only, the artists agree, and %s",
				s.a.title.Track, s.b.title.Track, s.confirmation())
		},
	},
	{
		// The artists are the same, one track is the other's, word for
		// word, with a bracket group of its own beside it: an album, a
		// subtitle, a translation or a performer written after the title
		// ("What Is Love ( Remember )", "Georie-seo (On the Street)",
		// "Yesterday ( Beatles )"). The group is an aside, and the score
		// reads the tracks without it (see asides). A group with a number
		// alone, a version word or a word that names another track of a
		// work ("Interlude", "Reprise") is never an aside. Nor is a part
		// set apart by dashes that names the artists; and the title
		// written in its own script beside its Latin half ("她說 She
		// Says") is one when the other title writes only the Latin half.
		name: RuleBracketAside, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.aside },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the same artists, and the tracks %q and %q agree but for an aside that is left out (an album, subtitle or translation in brackets or set apart, or the title in another script beside it)",
				s.a.title.Track, s.b.title.Track)
		},
	},
	{
		// The artists are the same and one track is the other's with a
		// bracket group that names the uploading channel, a performer's
		// own that is not the artists' ("Radiohead - Creep (Postmodern
		// Jukebox)" on "Scott Bradlee's Postmodern Jukebox", "Oasis -
		// Wonderwall (Jasmine Thompson)" on "Jasmine Thompson"): the group
		// likely credits the channel's own performance, another
		// recording; or a compilation's name a channel took: a curator
		// tells (see namesChannel).
		name: RuleBracketChannel, effect: EffectBlocksMerge,
		check: func(s *scorer) bool { return s.t.channelGroup },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the same artists, and the tracks %q and %q agree but for a group that names the uploading channel, not the artists': likely the channel's own performance",
				s.a.title.Track, s.b.title.Track)
		},
	},
	{
		// One title names its uploading channel, a performer's own, beside
		// the other's artists, in a bracket group the normalizer dropped
		// ("Someone Like You - Adele (Boyce Avenue)", "Billie Eilish - Bad
		// Guy [Pentatonix]") or after "Track by Artist |", on the act's
		// channel: the act's cover, another recording of the song (see
		// signsCover). A label's channel and the artists' own are no
		// performer other than the artists.
		name: RuleChannelSigned, effect: EffectBlocksMerge, otherRecording: true,
		check: func(s *scorer) bool {
			return s.t.score > s.versionCheckFloor && !s.t.channelGroup && s.channelSigned()
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("the title names its uploading channel %q, a performer's own, beside other artists: likely that performer's cover", s.signingChannel(signApart))
		},
	},
	{
		// One title glues its uploading channel's name, a performer's own,
		// to the other's artist without a separator ("someone like you
		// adele boyce avenue" on "Boyce Avenue", "señorita shawn mendes
		// camila cabello" on "Camila Cabello"): a cover act's signature or
		// a collaborator's own upload, which a curator tells (see
		// channelGlued).
		name: RuleChannelGlued, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.score > s.versionCheckFloor && !s.t.channelGroup && s.channelGlued()
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("the title glues its uploading channel's name %q, a performer's own, to other artists: that performer's cover or a collaborator's upload", s.signingChannel(signGlued))
		},
	},
	{
		// One title is "Artist - Track | Act", the act its uploading
		// channel's whole name, a performer's own that is not the
		// artists' ("Queen - Bohemian Rhapsody | Pentatonix" on
		// "Pentatonix"): most often the act's cover, another recording,
		// but a label whose name holds no label word signs its releases
		// so too, so a curator tells (see pipeSignsAct).
		name: RulePipeSigned, effect: EffectBlocksMerge,
		check: func(s *scorer) bool {
			return s.t.score > s.versionCheckFloor && !s.t.channelGroup && s.pipeSigned()
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("the title ends \"| %s\", its uploading channel's name, a performer's own, after other artists' song: likely that performer's cover, or a label's signature", s.signingChannel(signPiped))
		},
	},
	{
		// The artists are one spelling apart ("Ginnk" / "Gink",
		// "FallOutBoy" / "Fall Out Boy", "Mak 10" / "Mack 10"); the tracks
		// are the same and so are the durations (within a few seconds).
		// Catalogue records of one recording carry such slips in their
		// artist column; the score counts the artists as one (see
		// artistSlip).
		name: RuleArtistSlip, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.artistSlip },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the artists %q and %q differ by a slip of spelling only, the tracks agree, and %s",
				strings.Join(s.a.artistNames(), ", "), strings.Join(s.b.artistNames(), ", "), s.confirmation())
		},
	},
	{
		// A title that names no artist holds the other side's whole
		// artist and whole track of three words or more, each as one run,
		// beside words of its own that credit a singer or composer, name
		// an album or a year ("dinner for one please james ray noble al
		// bowlly" against Ray Noble's "Dinner for One, Please, James"):
		// those words are no other title, and the pair scores as one
		// recording (see namedInFull).
		name: RuleNamedInFull, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.inFull },
		detail: func(*scorer) string {
			return "the title without an artist names the other's artist and its whole track; its other words credit, date or file the upload: one recording"
		},
	},
	{
		// No rule holds the pair and it scores in the review band, but
		// both durations are known and within seconds: the words make the
		// merge plausible, the lengths prove it (see durationsConfirm).
		name: RuleDurationsAgree, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.durationsAgree },
		detail: func(s *scorer) string {
			return fmt.Sprintf("the titles differ by more than a slip, but the artists share a word and %s: one recording",
				s.confirmation())
		},
	},
	{
		// A record's artist column names one or more performers, and the
		// other title credits them whole among two names or more
		// ("Timmy Trumpet, Prezioso, 71 Digits - Three Little Birds"
		// against Prezioso's record): the artists agree, however many
		// names the upload adds (see amongCredits).
		name: RuleAmongCredits, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.amongCredits },
		detail: func(s *scorer) string {
			q, p := s.a.title, s.b.title
			if s.b.title.ArtistSource == title.ArtistFromCaller {
				q, p = p, q
			}
			return fmt.Sprintf("the record's artists %q are among the names %q the other title credits: the artists agree",
				strings.Join(q.Artists, ", "), strings.Join(p.Artists, ", "))
		},
	},
	{
		// A title tagged cover names its performer after "cover by", or
		// after its last dash right behind the cover tag, and the other
		// side, in no cover version, is that performer's: the
		// performer's own recording of the song, so the cover tag is no
		// version mismatch (see coverPerformer, coverSignedLast).
		name: RuleCoverPerformer, effect: EffectInfo,
		check: func(s *scorer) bool { return s.t.coverPerformer },
		detail: func(s *scorer) string {
			p := s.coverSide()
			where := "named after \"cover by\""
			if _, _, signed := signedAfterCover(p.title.Raw); signed {
				where = "named after the cover tag, after the title's last dash"
			}
			return fmt.Sprintf("a cover by %q, %s, against a record of that performer in no cover version: the performer's own song, and the cover tag is no version mismatch",
				strings.Join(p.artistNames(), ", "), where)
		},
	},
	{
		// Both uploads are from one channel of the artists' own, and the
		// tracks and their versions agree (see sameArtistChannel): a soft
		// signal that confirms, as agreeing durations do, never one that
		// makes tracks agree. A channel uploads many songs, so it counts
		// only here.
		name: RuleSameChannel, effect: EffectInfo,
		check: func(s *scorer) bool {
			return s.t.track >= sameLettersScore && !s.t.extraWord && !s.t.unmatchedNum && !s.t.ownYear &&
				s.a.verBits == s.b.verBits && s.t.info == infoSame && s.sameArtistChannel()
		},
		detail: func(s *scorer) string {
			return fmt.Sprintf("both uploads are from the artists' own channel %q, and the tracks agree", s.a.title.Channel)
		},
	},
	{
		// A version word ("karaoke", "8d", "piano") is in one raw title,
		// outside its track, and not in the other, though the parsed
		// version sets agree: a version the split did not read ("Song -
		// Artist | Piano Cover"). A guard behind the normalizer; the raw
		// titles are read only for what could merge.
		name: RuleUnparsedVersion, effect: EffectBlocksMerge, anotherSong: true,
		check: func(s *scorer) bool {
			if s.a.verBits != s.b.verBits || s.t.score <= s.versionCheckFloor {
				return false
			}
			a, b := s.rawVersions()
			return a != b
		},
		detail: func(s *scorer) string {
			a, b := s.rawVersions()
			var parts []string
			for _, p := range []struct {
				raw        string
				own, other uint32
			}{{s.a.title.Raw, a, b}, {s.b.title.Raw, b, a}} {
				if vs := bitsVersions(p.own &^ p.other); len(vs) > 0 {
					parts = append(parts, fmt.Sprintf("%q has the version word %s outside its track", p.raw, quoteVersions(vs)))
				}
			}
			return strings.Join(parts, ", and ") + ", which the other title lacks and the split did not read: maybe another recording, or a word of a name"
		},
	},
}

// The parameters of the pair rules.
const (
	// MinEvidence is the matched track mass below which a track with no
	// artist to confirm it may not merge on its own: more than one rare
	// word, or a rare word and two common ones. "Bohemian Rhapsody" (1.8)
	// is well over it, "Without Me" (1.0: Eminem's or Halsey's?) under.
	// A single matched word ("Hello", "Creep", "Photograph") never
	// suffices, however rare: the default vocabulary is too small to know
	// every common title word, and one-word titles are the ones most often
	// shared.
	MinEvidence = 1.2
	// minEvidenceWords is the fewest matched track words (articles and
	// "and" aside) a track with no artist to confirm it may merge on.
	minEvidenceWords = 2
	// Durations further apart than both durationSlackSeconds and
	// durationSlackShare of the longer one are different recordings (an
	// extended mix, a live take) or at least worth a look: music videos
	// add intros and outros, so the slack is generous.
	durationSlackSeconds = 20
	durationSlackShare   = 0.10
)

// durationsAgree reports whether both durations are known and within
// DurationAgreeSeconds of each other: the same recording, most likely.
func (s *scorer) durationsAgree() bool {
	da, db := s.a.dur, s.b.dur
	return da > 0 && db > 0 && abs(da-db) <= DurationAgreeSeconds
}

// DurationAgreeSeconds is how far apart two known durations may be and
// still say the same recording: uploads of one recording differ by a second
// or two of silence.
const DurationAgreeSeconds = 3

// clock writes a duration in seconds as m:ss, or h:mm:ss from an hour.
func clock(sec int) string {
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}

// durationSlack is the largest difference of durations a and b still taken
// for one recording.
func durationSlack(a, b int) int {
	return max(durationSlackSeconds, int(math.Round(durationSlackShare*float64(max(a, b)))))
}

// twoUnits reports whether durations a and b, in seconds, are one length
// that one catalogue wrote in milliseconds and another in seconds, and
// one of them was read in the other's unit: the longer is the shorter
// times 1000, to the rounding of milliseconds to whole seconds ("6000"
// read as 6000 s against "0m 6sec"). A bare number says no unit, and
// 6,000 ms is as much a length as 6,000 s; two recordings of one title
// whose lengths are so related by chance are rarer than a column's unit
// misread, so the pair is left to the other evidence.
func twoUnits(a, b int) bool {
	short, long := min(a, b), max(a, b)
	return short > 0 && abs(long-1000*short) <= 500
}

// versionInfoDetail explains a hit of a rule on version qualifiers.
func versionInfoDetail(s *scorer) string {
	ta, tb := s.a.title, s.b.title
	tags := "no version tag"
	if len(ta.Versions) > 0 {
		tags = "tagged " + quoteVersions(ta.Versions)
	}
	qa, qb := ta.VersionInfo, tb.VersionInfo
	if len(qa) == 0 || len(qb) == 0 {
		return fmt.Sprintf("the titles agree on the version (%s) but only one is qualified, %s", tags, qualifiers(slices.Concat(qa, qb)))
	}
	return fmt.Sprintf("the titles agree on the version (%s) but are qualified %s against %s", tags, qualifiers(qa), qualifiers(qb))
}

// versionPhrase names a version set in words: "the original recording", or
// "tagged live, acoustic".
func versionPhrase(vs []title.Version) string {
	if len(vs) == 0 {
		return "the original recording"
	}
	return "tagged " + quoteVersions(vs)
}

// quoteVersions lists versions, each quoted.
func quoteVersions(vs []title.Version) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = strconv.Quote(string(v))
	}
	return strings.Join(parts, ", ")
}

// qualifiers lists a title's version qualifiers (a remixer, a venue, a
// cover's performer), each quoted.
func qualifiers(info []string) string {
	q := make([]string, len(info))
	for i, w := range info {
		q[i] = strconv.Quote(w)
	}
	return strings.Join(q, ", ")
}

// onlyOneTrackHas says which track has words (or numbers: noun) that the
// other lacks, naming them; wa are side a's, wb side b's, each quoted.
func (s *scorer) onlyOneTrackHas(wa, wb []string, noun string) string {
	ta, tb := strconv.Quote(s.a.trackText()), strconv.Quote(s.b.trackText())
	named := func(ws []string) string {
		if len(ws) > 1 {
			return noun + "s " + strings.Join(ws, ", ")
		}
		return noun + " " + strings.Join(ws, ", ")
	}
	switch {
	case len(wb) == 0:
		return fmt.Sprintf("the track %s has the %s that the track %s lacks", ta, named(wa), tb)
	case len(wa) == 0:
		return fmt.Sprintf("the track %s has the %s that the track %s lacks", tb, named(wb), ta)
	}
	return fmt.Sprintf("the track %s has the %s and the track %s the %s, each missing from the other", ta, named(wa), tb, named(wb))
}

// ruleSet is the set of pair rules a comparison fired, bit i standing for
// pairRules[i], so that Decide checks rules on every candidate without
// building explanations.
type ruleSet uint64

// pairRules must fit in a ruleSet: past its bits a rule would never fire.
// The constant overflows, and the build fails, when it does not.
const _ = uint(64 - len(pairRules))

// Sets of the pair rules with each property, read off pairRules.
var (
	blockingRules, distinctRules, otherRecordingRules, versionRules, anotherSongRules, tracksDifferRules ruleSet
)

func init() {
	for i, r := range pairRules {
		bit := ruleSet(1) << i
		for _, m := range []struct {
			set *ruleSet
			on  bool
		}{
			{&blockingRules, r.effect == EffectBlocksMerge || r.effect == EffectDistinct},
			{&distinctRules, r.effect == EffectDistinct},
			{&otherRecordingRules, r.otherRecording},
			{&versionRules, r.versions},
			{&anotherSongRules, r.anotherSong},
			{&tracksDifferRules, r.tracksDiffer},
		} {
			if m.on {
				*m.set |= bit
			}
		}
	}
}

// rules checks the pair rules on the comparison tallied in s.t.
func (s *scorer) rules() ruleSet {
	var fired ruleSet
	for i := range pairRules {
		if pairRules[i].check(s) {
			fired |= 1 << i
		}
	}
	return fired
}

// hits explains the pair rules that fired.
func (s *scorer) hits(fired ruleSet) []RuleHit {
	hits := []RuleHit{}
	for i := range pairRules {
		if r := &pairRules[i]; fired&(1<<i) != 0 {
			hits = append(hits, RuleHit{Rule: r.name, Effect: r.effect, Detail: r.detail(s)})
		}
	}
	return hits
}

// Rules lists the name of every rule, the pair rules in the order
// explanations list their hits, then the decision rules.
func Rules() []Rule {
	names := make([]Rule, 0, len(pairRules)+5)
	for _, r := range pairRules {
		names = append(names, r.name)
	}
	for _, r := range []*decisionRule{&ruleAmbiguous, &ruleWhichArtist, &ruleNoAutoMerge, &ruleNearMiss, &ruleVersionOf} {
		names = append(names, r.name)
	}
	return names
}

// decisionRule is a rule on a submission's candidates together, checked
// while Decide decides.
type decisionRule struct {
	name   Rule
	effect Effect // EffectReview or EffectDistinct
	check  func(d *deciding) bool
	detail func(d *deciding) string
}

// The decision rules, in the order Decide checks them.
var (
	// More than one song clears the merge threshold: none is merged and
	// all of them go to review.
	ruleAmbiguous = decisionRule{
		name: RuleAmbiguous, effect: EffectReview,
		check: func(d *deciding) bool { return len(d.eligible) > 1 },
		detail: func(d *deciding) string {
			return fmt.Sprintf("%d songs score above the merge threshold %.2f: the upload may be any one of them, and the titles do not tell which", len(d.eligible), d.th.Merge)
		},
	}
	// The submission names no artist, and the songs it matches are by
	// different artists ("Hello" against Adele's and Lionel Richie's):
	// it cannot be told which, not even by a curator reading the titles,
	// so it is a song of its own.
	ruleWhichArtist = decisionRule{
		name: RuleWhichArtist, effect: EffectDistinct,
		check: func(d *deciding) bool { return d.noArtist && d.rivalArtists() > 1 },
		detail: func(d *deciding) string {
			return fmt.Sprintf("the title names no artist, and it matches songs of %d different artists", d.rivalArtists())
		},
	}
	// A curator marked the song that would be merged into never to be
	// merged into automatically: it goes to review instead.
	ruleNoAutoMerge = decisionRule{
		name: RuleNoAutoMerge, effect: EffectReview,
		check: func(d *deciding) bool {
			return d.cand(d.pick).NoAutoMerge && d.res[d.pick].score > d.th.Merge
		},
		detail: func(*deciding) string {
			return "a curator marked this song never to be merged automatically"
		},
	}
	// No rule holds the best candidate, but its score is below the merge
	// threshold and from the review threshold: a plausible merge that the
	// words alone do not prove, for a curator to confirm.
	ruleNearMiss = decisionRule{
		name: RuleNearMiss, effect: EffectReview,
		check: func(*deciding) bool { return true },
		detail: func(d *deciding) string {
			what := "every word met, some only by a spelling, a reading or in the other part of the title"
			if d.pickUnmatched != "" {
				what = "words that met nothing: " + d.pickUnmatched
			}
			return fmt.Sprintf("the best song scores %.2f, below the merge threshold %.2f and from the review threshold %.2f: plausible, not proven by the titles (%s)",
				d.pickScore, d.th.Merge, d.th.Review, what)
		},
	}
	// The best match is the same artist and track in another version
	// set: the submission becomes its own song naming it.
	ruleVersionOf = decisionRule{
		name: RuleVersionOf, effect: EffectDistinct,
		check: func(d *deciding) bool { return d.otherVersion() >= 0 },
		detail: func(d *deciding) string {
			return fmt.Sprintf("same artist and track as song %d in another version: not merged", d.cand(d.otherVersion()).SongID)
		},
	}
)

// apply checks rule r on d and records its hit when it fires.
func (d *deciding) apply(r *decisionRule) bool {
	if !r.check(d) {
		return false
	}
	d.hits = append(d.hits, RuleHit{Rule: r.name, Effect: r.effect, Detail: r.detail(d)})
	return true
}

// versionIndex is the bit of each version of the vocabulary.
var versionIndex = func() map[title.Version]uint32 {
	m := make(map[title.Version]uint32, len(title.Versions))
	for i, v := range title.Versions {
		m[v] = 1 << i
	}
	return m
}()

// rawVersionBits is the version set of p's title and, added to it, the
// versions named by words of its raw title that are not words of its
// track as compared ("Live Forever" keeps its "live"; a title read
// swapped compares its artist as its track, so "A Thousand Years -
// Christina Perri (Official Video) Acoustic Cover - Gardiner Sisters"
// names an acoustic cover). A version word before "Records" names a
// label ("Speed Records", "VIP Records"), not a version. The words are
// read once per built side. A cover read as its performer's recording
// (coverPerformer) names no cover.
func (p *side) rawVersionBits() uint32 {
	if !p.rawVerDone {
		var bits uint32
		track := p.title.TrackTokens
		if p.swapped {
			track = p.title.ArtistTokens
		}
		raw := title.Fold(p.title.Raw)
		var buf [32]string
		words := buf[:0]
		start := -1
		for i, r := range raw + " " {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				words = append(words, raw[start:i])
				start = -1
			}
		}
		// A word is read with its neighbours: "(Speed Records)" names a
		// label, "(No Vocals)" an instrumental.
		for i, w := range words {
			if v, ok := title.VersionAt(words, i); ok && !slices.Contains(track, w) {
				bits |= versionIndex[v]
			}
		}
		p.rawVer, p.rawVerDone = bits, true
	}
	return (p.rawVer | p.verBits) &^ p.coverMask()
}

// rawVersions are the rawVersionBits of both sides, without the versions
// that only a word of the artists' names says, when both sides name those
// artists and the alignment matched the word: "Billy May's Rico Mambo
// Orchestra - Hernandos Hideaway", "Pilot Speed - Open Arms" and "Acoustic
// Sound Orchestra - Smoke Gets in Your Eyes" against the same records with
// the artist in its own column name a band, not an orchestral or sped-up
// version. A version word in an artist that the other side does not name
// ("Arijit Singh Live - Channa Mereya") still counts.
func (s *scorer) rawVersions() (a, b uint32) {
	var names uint32
	for _, p := range []struct {
		s  *side
		ph []phase
	}{{&s.a, s.phA}, {&s.b, s.phB}} {
		for i := range p.s.nArt + p.s.nFt {
			if v, ok := title.VersionWord(p.s.toks[i].text); ok && (p.ph[i] == phaseArtist || p.s.toks[i].band) {
				names |= versionIndex[v]
			}
		}
	}
	return s.a.rawVersionBits() &^ (names &^ s.a.verBits), s.b.rawVersionBits() &^ (names &^ s.b.verBits)
}

// artistVersionBits are the versions a title's artist names when every
// word of it is a version word: "Karaoke - Numb - Linkin Park" is read
// with "Karaoke" as its artist, and is a karaoke version, not an artist's
// recording.
func artistVersionBits(t *title.Title) uint32 {
	var bits uint32
	for _, w := range t.ArtistTokens {
		v, ok := title.VersionWord(w)
		if !ok {
			return 0
		}
		bits |= versionIndex[v]
	}
	return bits
}

// bitsVersions lists the versions of a version bitmask.
func bitsVersions(bits uint32) []title.Version {
	var vs []title.Version
	for _, v := range title.Versions {
		if bits&versionIndex[v] != 0 {
			vs = append(vs, v)
		}
	}
	return vs
}

// versionBits is the version set as a bitmask, so order and duplicates do
// not matter. A tag outside the vocabulary gets a bit of its own, so it
// still tells versions apart.
func versionBits(vs []title.Version) uint32 {
	var m uint32
	for _, v := range vs {
		if b, ok := versionIndex[v]; ok {
			m |= b
		} else {
			m |= 1 << 31
		}
	}
	return m
}

// infoRelation is how the version qualifiers of two equal version sets
// compare.
type infoRelation uint8

const (
	infoSame      infoRelation = iota // none, or mostly the same words
	infoUnknown                       // on one side only, or one's words all in the other
	infoDifferent                     // different words: two remixers, two venues
)

// versionInfo compares the version qualifiers of a pair whose version sets
// are equal (infoSame when they are not: the version rule speaks then).
func (s *scorer) versionInfo() infoRelation {
	ia, ib := s.a.coverInfo(), s.b.coverInfo()
	switch {
	case len(ia) == 0 && len(ib) == 0, s.a.verBits != s.b.verBits:
		return infoSame
	case len(ia) == 0 || len(ib) == 0:
		// A qualifier names a recording on its own ("Taylor's Version",
		// "English Version"): the side without one is the other recording.
		// A remixer or a venue on one side only may just be unsaid, and so
		// may a mono or stereo mix: the plain title of a record made in
		// one mix only is that mix (title.IsChannelMix).
		if s.b.genreNamesArtist(ia) || s.a.genreNamesArtist(ib) {
			return infoSame
		}
		if slices.ContainsFunc(ia, namesRecording) || slices.ContainsFunc(ib, namesRecording) {
			return infoDifferent
		}
		if s.b.namesAll(ia) || s.a.namesAll(ib) {
			return infoSame
		}
		return infoUnknown
	}
	if aboutDiffers(ia, ib) {
		return infoDifferent
	}
	return versionInfoRelation(ia, ib)
}

// namesAll reports whether info holds qualifiers and every word of them
// is among p's artists or featured: a singer one title credits in a
// bracket ("Pritam - Kesariya (Singer: Arijit Singh)") whom the other names
// as an artist ("Kesariya" by Pritam and Arijit Singh) is no other
// performer (sung_by_credit).
func (p *side) namesAll(info []string) bool {
	words := infoWords(info)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !slices.Contains(p.title.ArtistTokens, w) && !slices.Contains(p.title.FeaturedTokens, w) {
			return false
		}
	}
	return true
}

// genreNamesArtist reports whether info is one genre version whose genre
// is p's artist, as written (genre_act): "Getting Away With It
// (Electronic)" names the band Electronic that "Electronic - Getting Away
// With It" credits, no electronic version of the song.
func (p *side) genreNamesArtist(info []string) bool {
	if len(info) != 1 {
		return false
	}
	genre, ok := title.IsGenreInfo(info[0])
	return ok && slices.Equal(genre, p.title.ArtistTokens)
}

// namesRecording reports whether a qualifier names a recording that a
// title without it cannot be (see versionInfo).
func namesRecording(info string) bool {
	return title.IsQualifier(info) && !title.IsChannelMix(info)
}

// aboutDiffers reports whether two titles' qualifiers say they are videos
// about the song (title.IsAboutInfo) of another kind or number: "about
// behind the scenes 1" and "about behind the scenes 2" are two videos,
// however many words they share. Takes (title.IsTakeInfo) compare alike:
// "alternate take" and "alternate take 2" are two takes of a session.
func aboutDiffers(a, b []string) bool {
	return kindDiffers(a, b, title.IsAboutInfo) || kindDiffers(a, b, title.IsTakeInfo)
}

// kindDiffers reports whether the qualifiers of a and b that are of the
// kind is tells differ as written, when either side has one.
func kindDiffers(a, b []string, is func(string) bool) bool {
	var ka, kb []string
	for _, x := range a {
		if is(x) {
			ka = append(ka, x)
		}
	}
	for _, x := range b {
		if is(x) {
			kb = append(kb, x)
		}
	}
	if len(ka) == 0 && len(kb) == 0 {
		return false
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return !slices.Equal(ka, kb)
}

// versionInfoRelation compares the qualifiers, both known, of two equal
// version sets: infoSame when their words mostly agree (Dice of the
// canonical words at least 0.75), infoUnknown when the words of one are all
// in the other ("Wembley" and "Wembley Stadium": likely one take, for a
// curator to confirm), infoDifferent otherwise (two remixers).
func versionInfoRelation(a, b []string) infoRelation {
	wa, wb := infoWords(a), infoWords(b)
	if len(wa) == 0 && len(wb) == 0 {
		return infoSame
	}
	used := make([]bool, len(wb))
	common := 0
	for _, x := range wa {
		for j, y := range wb {
			if !used[j] && x == y {
				used[j] = true
				common++
				break
			}
		}
	}
	switch {
	case float64(2*common) >= 0.75*float64(len(wa)+len(wb)):
		return infoSame
	case common > 0 && common == min(len(wa), len(wb)):
		return infoUnknown
	default:
		return infoDifferent
	}
}

// infoWords are the canonical words of version qualifiers.
func infoWords(info []string) []string {
	var out []string
	for _, s := range info {
		for _, w := range strings.Fields(s) {
			out = append(out, canonToken(w))
		}
	}
	return out
}
