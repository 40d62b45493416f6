package score

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// The bilingual reading set (testdata/titles/bilingual/dev.jsonl): a name
// or track that one uploader wrote in two scripts in one title or channel
// ("Red Velvet 레드벨벳", "Trale - ਟਰਾਲੇ"), a real, uploader-written
// reading of each script. An entry counts as read when its native words,
// in a title of their own, all align with the Latin words in the same
// title beside them (the other part of both titles the same Latin words).

// bilingualEntry is one line of the bilingual reading set.
type bilingualEntry struct {
	Native string `json:"native"`
	Latin  string `json:"latin"`
	Field  string `json:"field"`
	Script string `json:"script"`
	Kind   string `json:"kind"`
}

// bilingualFloor is the fewest entries of each script (of kinds reading
// and loanword) that must be read: it may only be raised.
var bilingualFloor = map[string]int{
	"hangul":     25,
	"kanji_ja":   1,
	"devanagari": 4,
	"bengali":    2,
	"gurmukhi":   2,
	"tamil":      1,
	"arabic":     2,
}

// bilingualRead reports whether the native and Latin writings of e align
// word for word when each stands as its field in an otherwise equal title.
func bilingualRead(e bilingualEntry) bool {
	const other = "Qorvex Maltin"
	a, b := other+" - "+e.Native, other+" - "+e.Latin
	if e.Field != "track" {
		a, b = e.Native+" - "+other, e.Latin+" - "+other
	}
	d := Decide(Subject{Title: title.Normalize(title.Input{Title: a})},
		[]Candidate{{SongID: 1, Title: title.Normalize(title.Input{Title: b})}}, nil, DefaultThresholds())
	al := d.Explanation.Track.Alignment
	if e.Field != "track" {
		al = d.Explanation.Artist.Alignment
	}
	counted := func(u UnmatchedToken) bool { return u.Counted }
	return len(al.Matched) > 0 && !slices.ContainsFunc(al.UnmatchedA, counted) && !slices.ContainsFunc(al.UnmatchedB, counted)
}

func TestBilingualReadings(t *testing.T) {
	entries := readJSONL[bilingualEntry](t, filepath.Join("..", "..", "testdata", "titles", "bilingual", "dev.jsonl"))
	type tally struct{ read, n, other, otherRead int }
	per := map[string]*tally{}
	var scripts []string
	for _, e := range entries {
		tl := per[e.Script]
		if tl == nil {
			tl = &tally{}
			per[e.Script] = tl
			scripts = append(scripts, e.Script)
		}
		ok := bilingualRead(e)
		if e.Kind != "reading" && e.Kind != "loanword" {
			tl.other++
			if ok {
				tl.otherRead++
			}
			continue
		}
		tl.n++
		if ok {
			tl.read++
		} else {
			t.Logf("not read: %s %q / %q (%s)", e.Script, e.Native, e.Latin, e.Kind)
		}
	}
	slices.Sort(scripts)
	var sum strings.Builder
	for _, s := range scripts {
		tl := per[s]
		fmt.Fprintf(&sum, "%s %d/%d (translations and aliases %d/%d); ", s, tl.read, tl.n, tl.otherRead, tl.other)
		if tl.read < bilingualFloor[s] {
			t.Errorf("%s: %d of %d bilingual readings read, want at least %d", s, tl.read, tl.n, bilingualFloor[s])
		}
	}
	t.Log(sum.String())
}

// TestIndicReadings: a title in an Indic script other than Devanagari
// meets its Latin spelling by the reading of its letters written in
// Devanagari (indic_reading), the artist agreeing; another song of the
// artist, another artist's, a version, a sequel or a remix stays apart
// (never merged). Hand-written pairs of real songs in Bengali, Gurmukhi,
// Gujarati, Tamil, Telugu and Malayalam.
func TestIndicReadings(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Armaan Malik - బుట్ట బొమ్మ", "Armaan Malik - Butta Bomma", true},
		{"Mannat Noor - ਲੌਂਗ ਲਾਚੀ", "Mannat Noor - Laung Laachi", true},
		{"Arijit Singh - তোমাকে চাই", "Arijit Singh - Tomake Chai", true},
		{"Sid Sriram - సామజవరగమన", "Sid Sriram - Samajavaragamana", true},
		{"Sid Sriram - கண்ணான கண்ணே", "Sid Sriram - Kannaana Kanne", true},
		{"Kinjal Dave - ચાર ચાર બંગડી", "Kinjal Dave - Char Char Bangdi", true},
		{"Anupam Roy - আমি শুধু চেয়েছি তোমায়", "Anupam Roy - Ami Shudhu Cheyechi Tomay", true},
		{"Sid Sriram - శ్రీవల్లి", "Sid Sriram - Srivalli", true},
		{"Rahul Sipligunj - నాటు నాటు", "Rahul Sipligunj - Naatu Naatu", true},
		{"Vineeth Sreenivasan - ജിമിക്കി കമ്മൽ", "Vineeth Sreenivasan - Jimikki Kammal", true},
		{"Simbu - மரண மட்ட", "Simbu - Marana Matta", true},
		{"Anirudh Ravichander - மரண மாஸ்", "Simbu - Marana Matta", false},
		{"Anirudh Ravichander - மரண மாஸ்", "Anirudh Ravichander - Marana Matta", false},
		{"Anirudh Ravichander - வாத்தி கம்மிங்", "Anirudh Ravichander - Vaathi Raid", false},
		{"Anirudh Ravichander - வாத்தி கம்மிங்", "Anirudh Ravichander - Vaathi Coming (Live)", false},
		{"Anirudh Ravichander - வாத்தி கம்மிங்", "Anirudh Ravichander - Vaathi Coming Remix", false},
		{"Sid Sriram - సామజవరగమన", "Sid Sriram - Srivalli", false},
		{"Sid Sriram - శ్రీవల్లి", "Sid Sriram - Srivalli (Hindi Version)", false},
		{"Sid Sriram - శ్రీవల్లి", "Javed Ali - Srivalli", false},
		{"Rahul Sipligunj - నాటు నాటు", "Rahul Sipligunj - Naacho Naacho", false},
		{"Rahul Sipligunj - నాటు నాటు", "Rahul Sipligunj - Naatu Naatu (Live at the Oscars)", false},
		{"Jass Manak - ਲਹਿੰਗਾ", "Jass Manak - Suit Punjabi", false},
		{"Mannat Noor - ਲੌਂਗ ਲਾਚੀ", "Mannat Noor - Laung Laachi 2", false},
		{"Mannat Noor - ਲੌਂਗ ਲਾਚੀ", "Mannat Noor - Laung Gawacha", false},
		{"Gagan Wadali - ਭੰਗੜੇ ਵਾਲਾ ਗਾਣਾ", "Gagan Wadali - Bhangre Wala Gana (Remix)", false},
		{"Arijit Singh - তোমাকে চাই", "Arijit Singh - Tomake Chai (Unplugged)", false},
		{"Arijit Singh - তোমাকে চাই", "Arijit Singh - Ami Tomake Chai", false},
		{"Jeet Gannguli - মন", "Jeet Gannguli - Mon Majhi Re", false},
		{"Anirudh Ravichander - ஒய் திஸ் கொலவெறி டி", "Anirudh Ravichander - Why This Kolaveri Di (Hindi Version)", false},
		{"Sid Sriram - கண்ணான கண்ணே", "Sid Sriram - Kannaana Kanne (Female Version)", false},
		{"Kinjal Dave - ચાર ચાર બંગડી", "Kinjal Dave - Char Char Bangdi (Remix)", false},
		{"Kinjal Dave - ચાર ચાર બંગડી", "Geeta Rabari - Char Char Bangdi", false},
		{"Anupam Roy - আমাকে আমার মতো থাকতে দাও", "Anupam Roy - Bariye Dao", false},
		{"Vineeth Sreenivasan - ജിമിക്കി കമ്മൽ", "Vineeth Sreenivasan - Jimikki Kammal (Cover)", false},
		{"Armaan Malik - బుట్ట బొమ్మ", "Armaan Malik - Butta Bomma (Reprise)", false},
		{"Armaan Malik - బుట్ట బొమ్మ", "Sid Sriram - Butta Bomma", false},
		{"Anupam Roy - আমি শুধু চেয়েছি তোমায়", "Anupam Roy - Ami Shudhu Tomay Cheyechi Live", false},
		{"Diljit Dosanjh - ਲੈਂਬਰਗਿਨੀ", "Diljit Dosanjh - Lover", false},
		{"Shreya Ghoshal - বোঝেনা সে বোঝেনা", "Arijit Singh - Bojhena Shey Bojhena", false},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			a, b := tt.a, tt.b
			if swap {
				a, b = b, a
			}
			d := Decide(Subject{Title: title.Normalize(title.Input{Title: a})},
				[]Candidate{{SongID: 1, Title: title.Normalize(title.Input{Title: b})}}, nil, DefaultThresholds())
			if merged := d.Kind == DecisionMerge; merged != tt.same {
				t.Errorf("Decide(%q, %q) = %s (score %.4f, rules %v), want merged %v", a, b, d.Kind, d.Score, d.Explanation.Rules, tt.same)
			}
		}
	}
}
