package title

import (
	"slices"
	"strings"
)

// A song contest's own channel titles its uploads "Artist - Song - LIVE -
// Ukraine 🇺🇦 - Grand Final - Eurovision 2022" or "Artist - Song - Ukraine
// 🇺🇦 - Official Music Video - Eurovision 2021": after the track, the parts
// describe the upload (the country, the stage, the contest), none of them
// the title (contest_form). A stage of the contest is a live take there;
// its qualifier names the contest and the stage in one spelling whatever
// the title's language ("(Євробачення 2022, фінал, live)" says the same
// as the English parts: "eurovision final"), so that two uploads of one
// performance agree and a final and a semi-final do not.

// contestNames are the names of song contests, in the languages their
// entries' titles use, with the one spelling their qualifier takes.
var contestNames = map[string]string{
	"eurovision":       "eurovision", // and the folded Eurovisión
	"eurovizija":       "eurovision",
	"eurowizja":        "eurovision",
	"євробачення":      "eurovision",
	"евровидение":      "eurovision",
	"евровизия":        "eurovision",
	"евровизија":       "eurovision",
	"ευροβίζιον":       "eurovision",
	"ευροβιζιον":       "eurovision",
	"sanremo":          "sanremo",
	"melodifestivalen": "melodifestivalen",
}

// contestStages are the stages of a contest, with their one spelling: a
// performance on one is a live take.
var contestStages = map[string]string{
	"final":      "final",
	"finale":     "final",
	"фінал":      "final",
	"финал":      "final",
	"τελικός":    "final",
	"τελικος":    "final",
	"semifinal":  "semifinal",
	"півфінал":   "semifinal",
	"полуфинал":  "semifinal",
	"ημιτελικός": "semifinal",
	"ημιτελικος": "semifinal",
}

// contestFillers may stand beside a contest's name or stage in a part of
// its own: "Eurovision Song Contest 2022", "Grand Final", "First
// Semi-Final", "Semi Final 2".
var contestFillers = wordSet("song", "contest", "grand", "first", "second", "1st", "2nd", "semi", "1", "2",
	"live", "the", "performance")

// nationalFinal is the stage of a country's selection of its entry
// ("Norway - National Final Performance - Eurovision 2018"): another show
// and another performance than the contest's final, in one word so that
// its qualifier shares no stage word with the final's.
const nationalFinal = "national_final"

// stageAt returns the stage words[i] begins, and how many words it
// takes: a stage word, "semi final", "national final"; or "", 0.
func stageAt(words []string, i int) (string, int) {
	if s := contestStages[words[i]]; s != "" {
		return s, 1
	}
	if i+1 < len(words) && contestStages[words[i+1]] == "final" {
		switch words[i] {
		case "semi":
			return "semifinal", 2
		case "national":
			return nationalFinal, 2
		}
	}
	return "", 0
}

// contestKinds, before a contest's name, name another contest of its
// organiser: "Junior Eurovision" is no Eurovision, and its qualifier names
// it in one word ("junior_eurovision 2018"), so that it shares no word of
// the contest's name with the other's.
var contestKinds = wordSet("junior")

// workTrackWords, as a part of their own after the track, name another
// track of the same work ("Toy - Reprise - Eurovision 2018"): the part
// stays in the track, as "Toy (Reprise)" does, not read as the upload's.
var workTrackWords = wordSet("reprise")

// contestName returns the one spelling of the contest words[i] names,
// with the kind of contest before it ("junior_eurovision"), or "".
func contestName(words []string, i int) string {
	c := contestNames[words[i]]
	if c != "" && i > 0 && contestKinds[words[i-1]] {
		return words[i-1] + "_" + c
	}
	return c
}

// contestPart reports whether words name a song contest, with a year or
// fillers only beside it ("Eurovision 2022", "Eurovision Song Contest").
func contestPart(words []string) bool {
	named := false
	for i, w := range words {
		switch {
		case contestNames[w] != "":
			named = true
		case isYear(w) || contestFillers[w]:
		case contestKinds[w] && i+1 < len(words) && contestNames[words[i+1]] != "":
		default:
			return false
		}
	}
	return named
}

// contestStage returns the one spelling of the stage words name ("Grand
// Final", "Semi-Final 1"), or "" when they are not a stage alone.
func contestStage(words []string) string {
	stage := ""
	for i := 0; i < len(words); i++ {
		if s, n := stageAt(words, i); s != "" {
			stage = s
			i += n - 1
			continue
		}
		if !contestFillers[words[i]] {
			return ""
		}
	}
	return stage
}

// contestTail reads the parts after the track of a title in the contest
// form, whose last part names a contest: it records a live take when a
// part names a stage or a version, or none says the upload is the entry's
// music video, with the contest, its year and the stage as its qualifier
// (contestQualifier), and returns the parts without them; a part right
// after the track that names another track of the work (workTrackWords)
// is read with the track. It returns parts
// as they are for any other title.
func (p *parser) contestTail(parts []span) []span {
	if len(parts) < 3 || !contestPart(p.groupWords(parts[len(parts)-1].lo, parts[len(parts)-1].hi)) {
		return parts
	}
	contest, year, stage := "", "", ""
	var vs uint32
	video := false // a part says the upload is the entry's music video
	track := parts[1]
	for k, sp := range parts[2:] {
		words := p.groupWords(sp.lo, sp.hi)
		switch {
		case k == 0 && slices.ContainsFunc(words, func(w string) bool { return workTrackWords[w] }):
			track.hi = sp.hi
		case contestPart(words):
			for i, w := range words {
				if c := contestName(words, i); c != "" && contest == "" {
					contest = c
				}
				if isYear(w) && year == "" {
					year = w
				}
			}
		case contestStage(words) != "":
			stage = contestStage(words)
			vs |= versionBit(VersionLive)
		default:
			for _, w := range words {
				if v, ok := versionWords[w]; ok {
					vs |= versionBit(v)
				}
			}
			if name, ok := wordsNoise(words, false); ok && (name == "official_video" || name == "music_video" || name == "mv") {
				video = true
			}
		}
	}
	if vs == 0 && !video {
		// "ABBA - Waterloo - Sweden - Eurovision 1974": what the
		// contest's channel uploads that is not the entry's video is its
		// performance there.
		vs = versionBit(VersionLive)
	}
	p.pattern("contest_form")
	if vs != 0 {
		p.versions |= vs
		p.info = append(p.info, strings.Join(contestQualifier(contest, year, stage), " "))
	}
	return []span{parts[0], track}
}

// contestQualifier is the qualifier of a live take at a contest: the
// contest, its year and the stage in one spelling and order, whichever
// way the title writes them, "eurovision 2022 final". The year is kept: a
// song performed at two contests' finals (a winner's at the next one) is
// two performances, as two dates of one show are.
func contestQualifier(contest, year, stage string) []string {
	var q []string
	for _, w := range []string{contest, year, stage} {
		if w != "" {
			q = append(q, w)
		}
	}
	return q
}

// contestInfo writes the words of a version group's qualifier that name a
// contest, its year or its stage as contestQualifier does, before the
// others, and drops the fillers: "євробачення 2022 фінал" and "grand
// final eurovision 2022" are "eurovision 2022 final". Other qualifiers
// are returned as they are.
func contestInfo(info []string) []string {
	if !slices.ContainsFunc(info, func(w string) bool { return contestNames[w] != "" }) {
		return info
	}
	contest, year, stage := "", "", ""
	var rest []string
	for i, w := range info {
		s, n := stageAt(info, i)
		switch {
		case contestNames[w] != "":
			if contest == "" {
				contest = contestName(info, i)
			}
		case contestKinds[w] && i+1 < len(info) && contestNames[info[i+1]] != "":
			// read with the contest's name
		case s != "":
			stage = s
			for j := i + 1; j < i+n; j++ {
				info[j] = "" // read with the stage's first word
			}
		case isYear(w):
			if year == "" {
				year = w
			}
		case w == "" || contestFillers[w]:
		default:
			rest = append(rest, w)
		}
	}
	return append(contestQualifier(contest, year, stage), rest...)
}
