package score

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

func cand(id int64, spec string) Candidate { return Candidate{SongID: id, Title: ti(spec)} }

// TestDecideBlockedRivals (ambiguous_blocked): of the songs above the
// merge line, one that a pair rule holds from merging with the submission
// is no rival to the one song that may merge; two that may merge stay
// ambiguous. Titles as the normalizer reads them, with their readings.
func TestDecideBlockedRivals(t *testing.T) {
	norm := func(s string) title.Title { return title.Normalize(title.Input{Title: s}) }
	tests := []struct {
		sub        string
		cands      []string // song IDs 1, 2, ...
		want       DecisionKind
		songID     int64
		reviewWith []int64
	}{
		// 陈奕迅 / Eason Chan agree by a family name alone (family_name_only).
		{"陈奕迅 - 十年", []string{"Eason Chan - Shi Nian", "陳奕迅 - 十年"}, DecisionMerge, 2, nil},
		{"陈奕迅 - 十年", []string{"Eason Chan - Shi Nian"}, DecisionReview, 1, []int64{1}},
		{"孫燕姿 - 遇見", []string{"Stefanie Sun - Yu Jian", "孙燕姿 - 遇见"}, DecisionMerge, 2, nil},
		{"孫燕姿 - 遇見", []string{"Stefanie Sun - Yu Jian", "孙燕姿 - 遇见", "孫燕姿 - 遇見 (Official Video)"}, DecisionReview, 3, []int64{3, 2, 1}},
		// A title that names no artist cannot tell two artists' songs apart,
		// though a rule holds one of them (version_info_unknown: "Live"
		// against "Live at ..."): a song of its own (which_artist).
		{"Someone Like You (Live)", []string{"Adele - Someone Like You (Live at the Royal Albert Hall)", "Van Morrison - Someone Like You (Live)"}, DecisionDistinct, 1, nil},
		{"Take Me to Church (Live)", []string{"Hozier - Take Me to Church (Live at the Brits)", "Sam Smith - Take Me to Church (Live)"}, DecisionDistinct, 1, nil},
		{"Nothing Compares 2 U (Live)", []string{"Sinead O'Connor - Nothing Compares 2 U (Live)", "Prince - Nothing Compares 2 U (Live at Paisley Park)"}, DecisionDistinct, 1, nil},
		{"I Will Always Love You (Remix)", []string{"Whitney Houston - I Will Always Love You (Remix)", "Dolly Parton - I Will Always Love You (1995 Remix)"}, DecisionDistinct, 1, nil},
	}
	for _, tt := range tests {
		var cands []Candidate
		for i, c := range tt.cands {
			cands = append(cands, Candidate{SongID: int64(i + 1), Title: norm(c)})
		}
		d := Decide(Subject{Title: norm(tt.sub)}, cands, nil, DefaultThresholds())
		if d.Kind != tt.want || d.SongID != tt.songID || !slices.Equal(d.ReviewWith, tt.reviewWith) {
			t.Errorf("Decide(%q, %q) = %v song %d review with %v, want %v song %d review with %v (candidates %+v)",
				tt.sub, tt.cands, d.Kind, d.SongID, d.ReviewWith, tt.want, tt.songID, tt.reviewWith, d.Explanation.Candidates)
		}
	}
}

func TestDecide(t *testing.T) {
	tests := []struct {
		name       string
		sub        string
		cands      []Candidate
		want       DecisionKind
		songID     int64
		reviewWith []int64
		versionOf  int64
		rule       Rule
	}{
		{
			name: "no candidates", sub: "adele | hello",
			want: DecisionDistinct,
		},
		{
			name: "one clear match among others", sub: "adele | hello",
			cands: []Candidate{cand(1, "lionel richie | hello"), cand(2, "adele | hello"), cand(3, "adele | someone like you")},
			want:  DecisionMerge, songID: 2,
		},
		{
			name: "no artist, two artists' songs above the threshold", sub: " | bohemian rhapsody",
			cands: []Candidate{cand(4, "queen | bohemian rhapsody"), cand(5, "panic at the disco | bohemian rhapsody")},
			want:  DecisionDistinct, songID: 4, rule: RuleWhichArtist,
		},
		{
			name: "ambiguous: one song created twice", sub: "queen | bohemian rhapsody",
			cands: []Candidate{cand(4, "queen | bohemian rhapsody"), cand(5, "queen | bohemian rhapsody")},
			want:  DecisionReview, songID: 4, reviewWith: []int64{4, 5}, rule: RuleAmbiguous,
		},
		{
			name: "ambiguous_blocked: two songs that may merge stay ambiguous beside a blocked one", sub: "queen | bohemian rhapsody",
			cands: []Candidate{cand(4, "queen | bohemian rhapsody"), cand(5, "queen | bohemian rhapsody"), cand(18, "queen | bohemian rhapsody tonight")},
			want:  DecisionReview, songID: 4, reviewWith: []int64{4, 5}, rule: RuleAmbiguous,
		},
		{
			name: "no artist, one artist's song twice", sub: " | bohemian rhapsody",
			cands: []Candidate{cand(4, "queen | bohemian rhapsody"), cand(5, "queen | bohemian rhapsody")},
			want:  DecisionReview, songID: 4, reviewWith: []int64{4, 5}, rule: RuleAmbiguous,
		},
		{
			name: "near miss goes to review", sub: "lil wayne | lollipop",
			cands: []Candidate{cand(6, "lil wyte | lollipop"), cand(7, "lil wayne | a milli")},
			want:  DecisionReview, songID: 6, reviewWith: []int64{6},
		},
		{
			name: "version of the studio song", sub: "adele | hello | v: live | info: wembley",
			cands: []Candidate{cand(8, "adele | hello"), cand(9, "lionel richie | hello")},
			want:  DecisionDistinct, songID: 8, versionOf: 8, rule: RuleVersionOf,
		},
		{
			name: "same version wins over the studio song", sub: "adele | hello | v: live",
			cands: []Candidate{cand(8, "adele | hello"), cand(10, "adele | hello | v: live")},
			want:  DecisionMerge, songID: 10,
		},
		{
			name: "live with unknown venue: review the live song, name no other version", sub: "adele | hello | v: live | info: wembley",
			cands: []Candidate{cand(8, "adele | hello"), cand(10, "adele | hello | v: live")},
			want:  DecisionReview, songID: 10, reviewWith: []int64{10},
		},
		{
			name: "curator said never merge", sub: "adele | hello",
			cands: []Candidate{{SongID: 11, Title: ti("adele | hello"), NoAutoMerge: true}},
			want:  DecisionReview, songID: 11, reviewWith: []int64{11}, rule: RuleNoAutoMerge,
		},
		{
			name: "too little evidence", sub: " | without me",
			cands: []Candidate{cand(12, "eminem | without me")},
			want:  DecisionReview, songID: 12, reviewWith: []int64{12}, rule: RuleTooLittleEvidence,
		},
		{
			name: "too little evidence and two artists' songs", sub: " | without me",
			cands: []Candidate{cand(12, "eminem | without me"), cand(13, "halsey | without me")},
			want:  DecisionDistinct, songID: 12, rule: RuleWhichArtist,
		},
		{
			name: "sequel blocked, the exact song merges", sub: "eminem | guilty conscience",
			cands: []Candidate{cand(14, "eminem | guilty conscience 2"), cand(15, "eminem | guilty conscience")},
			want:  DecisionMerge, songID: 15,
		},
		{
			name: "an extended title is no rival, the exact one merges", sub: "ed sheeran | thinking out loud",
			cands: []Candidate{cand(19, "ed sheeran | thinking out loud tonight"), cand(20, "ed sheeran | thinking out loud")},
			want:  DecisionMerge, songID: 20,
		},
		{
			name: "an extended title alone goes to review", sub: "ed sheeran | thinking out loud tonight | src: caller",
			cands: []Candidate{cand(20, "ed sheeran | thinking out loud")},
			want:  DecisionReview, songID: 20, reviewWith: []int64{20}, rule: RuleExtraWord,
		},
		{
			name: "an extended title in another version is not its version_of", sub: "the beatles | sgt peppers lonely hearts club band reprise | v: live",
			cands: []Candidate{cand(21, "the beatles | sgt peppers lonely hearts club band")},
			want:  DecisionDistinct, songID: 21,
		},
		{
			name: "a version the split missed is no rival", sub: "a ha | take on me",
			cands: []Candidate{
				{SongID: 17, Title: title.Title{Raw: "Take On Me - a-ha | Piano Cover", Artists: []string{"take on me"}, ArtistTokens: []string{"take", "on", "me"}, ArtistSource: title.ArtistFromTitle, Track: "a ha", TrackTokens: []string{"a", "ha"}}},
				cand(18, "a ha | take on me"),
			},
			want: DecisionMerge, songID: 18,
		},
		{
			name: "duplicate song ids count once", sub: "adele | hello",
			cands: []Candidate{cand(2, "adele | hello"), cand(2, "adele | hello")},
			want:  DecisionMerge, songID: 2,
		},
		{
			name: "nothing close", sub: "adele | hello",
			cands: []Candidate{cand(16, "metallica | enter sandman")},
			want:  DecisionDistinct, songID: 16,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decide(subj(tt.sub), tt.cands, nil, DefaultThresholds())
			if d.Kind != tt.want || d.SongID != tt.songID || !slices.Equal(d.ReviewWith, tt.reviewWith) || d.VersionOf != tt.versionOf {
				t.Fatalf("got %s song %d review %v version_of %d (score %.3f, rules %v); want %s song %d review %v version_of %d",
					d.Kind, d.SongID, d.ReviewWith, d.VersionOf, d.Score, rulesOf(d.Explanation), tt.want, tt.songID, tt.reviewWith, tt.versionOf)
			}
			if tt.rule != "" && !slices.Contains(rulesOf(d.Explanation), tt.rule) {
				t.Errorf("rules %v, want %s", rulesOf(d.Explanation), tt.rule)
			}
			if d.Explanation.Decision != d.Kind {
				t.Errorf("explanation says %q, decision is %q", d.Explanation.Decision, d.Kind)
			}
			if len(d.Explanation.Candidates) > len(tt.cands) {
				t.Errorf("explanation lists %d candidates for %d", len(d.Explanation.Candidates), len(tt.cands))
			}
		})
	}
}

func TestDecideOrderIndependent(t *testing.T) {
	cands := []Candidate{cand(1, "adele | hello"), cand(2, "adele | hello | v: live"), cand(3, "lionel richie | hello"), cand(4, "adele | hello from the other side")}
	want := Decide(subj("adele | hello"), cands, nil, DefaultThresholds())
	rev := slices.Clone(cands)
	slices.Reverse(rev)
	got := Decide(subj("adele | hello"), rev, nil, DefaultThresholds())
	if got.Kind != want.Kind || got.SongID != want.SongID || got.Score != want.Score {
		t.Errorf("reversed candidates: %s %d %.3f, want %s %d %.3f", got.Kind, got.SongID, got.Score, want.Kind, want.SongID, want.Score)
	}
}

func TestThresholds(t *testing.T) {
	// Articles only one title has lower the score but block nothing.
	a, b := subj("the beatles | the long and winding road"), subj("the beatles | long and winding road")
	score := Compare(a, b, nil).Score
	for _, tt := range []struct {
		th   Thresholds
		want DecisionKind
	}{
		{Thresholds{Merge: score - 0.01, Review: 0.3}, DecisionMerge},
		{Thresholds{Merge: score, Review: score}, DecisionReview}, // merge is strictly above, review at or above
		{Thresholds{Merge: 1, Review: score + 0.01}, DecisionDistinct},
	} {
		d := Decide(a, []Candidate{{SongID: 1, Title: b.Title}}, nil, tt.th)
		if d.Kind != tt.want {
			t.Errorf("score %.4f with %+v: %s, want %s", score, tt.th, d.Kind, tt.want)
		}
	}
	if err := (Thresholds{Merge: 0.5, Review: 0.6}).Validate(); err == nil {
		t.Error("review above merge accepted")
	}
	if err := DefaultThresholds().Validate(); err != nil {
		t.Error(err)
	}
}

// BenchmarkDecide10 is one submission against ten retrieved candidates,
// with explanation, the per-submission cost in the service. Budget: 20µs.
func BenchmarkDecide10(b *testing.B) {
	sub := Subject{Title: ti("ed sheeran | shape of you | feat: stormzy"), DurationSeconds: 234}
	specs := []string{
		"ed sheeran | shape of you", "ed sheeran | shape of you | v: remix | info: major lazer",
		"backstreet boys | shape of my heart", "ed sheeran | perfect", "ed sheeran | photograph",
		" | shape of you lyrics", "sting | shape of my heart", "ed sheeran | castle on the hill",
		"ed sheeran, justin bieber | i dont care", "the weeknd | save your tears",
	}
	cands := make([]Candidate, len(specs))
	for i, s := range specs {
		cands[i] = Candidate{SongID: int64(i + 1), Title: ti(s), DurationSeconds: 230 + i}
	}
	w := DefaultWeights()
	th := DefaultThresholds()
	b.ReportAllocs()
	for b.Loop() {
		d := Decide(sub, cands, w, th)
		if d.Kind != DecisionMerge {
			b.Fatal(fmt.Sprint(d.Kind))
		}
	}
}

// TestReviewReasonAndCandidates: every review names the rule that holds it,
// a near miss included, and lists every song a curator may approve.
func TestReviewReasonAndCandidates(t *testing.T) {
	tests := []struct {
		name   string
		sub    string
		cands  []Candidate
		reason Rule
		list   []int64
	}{
		{"ambiguous: every song above the merge line", "queen | bohemian rhapsody",
			[]Candidate{cand(4, "queen | bohemian rhapsody"), cand(5, "queen | bohemian rhapsody")}, RuleAmbiguous, []int64{4, 5}},
		{"near miss with no rule", "lil wayne | lollipop",
			[]Candidate{cand(6, "lil wyte | lollipop"), cand(7, "lil wayne | a milli")}, RuleNearMiss, []int64{6}},
		{"near miss and another song in the review band", "lil wayne | lollipop",
			[]Candidate{cand(6, "lil wyte | lollipop"), cand(8, "lil wayn | lollipop"), cand(9, "adele | hello")}, RuleNearMiss, []int64{6, 8}},
		{"a rule that blocks the merge", "the beatles | let it be | src: caller",
			[]Candidate{cand(10, "the beatles | let it be me")}, RuleExtraWord, []int64{10}},
		{"a curator's never-merge", "adele | hello",
			[]Candidate{{SongID: 11, Title: ti("adele | hello"), NoAutoMerge: true}}, RuleNoAutoMerge, []int64{11}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decide(Subject{Title: ti(tt.sub)}, tt.cands, nil, DefaultThresholds())
			if d.Kind != DecisionReview || d.ReviewReason != tt.reason || !slices.Equal(d.ReviewCandidates, tt.list) {
				t.Fatalf("%s, reason %q, candidates %v; want review, %q, %v (rules %v)", d.Kind, d.ReviewReason, d.ReviewCandidates, tt.reason, tt.list, rulesOf(d.Explanation))
			}
			if !slices.Contains(rulesOf(d.Explanation), tt.reason) {
				t.Errorf("the explanation does not state the reason %q: %v", tt.reason, rulesOf(d.Explanation))
			}
		})
	}
	d := Decide(Subject{Title: ti("adele | hello")}, []Candidate{cand(1, "adele | hello")}, nil, DefaultThresholds())
	if d.ReviewReason != "" || len(d.ReviewCandidates) != 0 {
		t.Errorf("a merge: reason %q, candidates %v; want none", d.ReviewReason, d.ReviewCandidates)
	}
}

// TestNearMissSaysWhatDiffers: a near miss's sentence names the words of
// each title that met nothing, part by part, so that a curator sees at
// once what the score could not prove ("Ron Wood" against "Ronnie Wood").
func TestNearMissSaysWhatDiffers(t *testing.T) {
	tests := []struct {
		name       string
		a, b       title.Input
		want, lack string
	}{
		{"a first name written two ways", title.Input{Title: "ron wood - ooh la la - 2004"}, title.Input{Title: "Ooh La La", Artist: "Ronnie Wood"},
			`words that met nothing: the artists "ron" against "ronnie")`, "the tracks"},
		{"a festival read as the artist", title.Input{Title: "folk alliance 2011 - carolina chocolate drops - sourwood mountain"}, title.Input{Title: "Sourwood Mountain", Artist: "Carolina Chocolate Drops"},
			`the artists "folk alliance 2011" against none)`, "the tracks"},
	}
	for _, tt := range tests {
		d := decideInputs(tt.a, tt.b, false)
		i := slices.IndexFunc(d.Explanation.Rules, func(h RuleHit) bool { return h.Rule == RuleNearMiss })
		if d.ReviewReason != RuleNearMiss || i < 0 {
			t.Fatalf("%s: %s, reason %q, rules %v; want a near miss", tt.name, d.Kind, d.ReviewReason, rulesOf(d.Explanation))
		}
		if detail := d.Explanation.Rules[i].Detail; !strings.Contains(detail, tt.want) || strings.Contains(detail, tt.lack) {
			t.Errorf("%s: detail %q, want it to hold %q and not %q", tt.name, detail, tt.want, tt.lack)
		}
	}
}

// TestRuleSaysWhy: the sentence of a rule that holds a pair back, or keeps
// it apart, names what it read in words a curator checks at a glance: the
// words or numbers one track has and which track, the tracks as compared
// (turned round when read so), the versions and qualifiers, quoted.
func TestRuleSaysWhy(t *testing.T) {
	tests := []struct {
		name string
		a, b title.Input
		rule Rule
		want string
	}{
		{"a number one track has", title.Input{Title: "The Tomcats - Yesterday"}, title.Input{Title: "The Tomcats - 11 Yesterday"},
			RuleNumberMismatch, `the track "11 yesterday" has the number "11" that the track "yesterday" lacks`},
		{"a numeral one track has", title.Input{Title: "Take There", Artist: "Skrillex & Diplo"}, title.Input{Title: "Take II There", Artist: "Skrillex & Diplo"},
			RuleNumberMismatch, `the track "take ii there" has the number "ii" that the track "take there" lacks`},
		{"words one track has", title.Input{Title: "the seekers judith durham yesterday ."}, title.Input{Title: "Yesterday", Artist: "The Seekers"},
			RuleExtraWord, `the track "the seekers judith durham yesterday" has the words "judith", "durham" that the track "yesterday" lacks`},
		{"a word of each track", title.Input{Title: "Mukesh - Mera Joota Hai Japani"}, title.Input{Title: "Mukesh - Mera Topi Hai Japani (lyrics)"},
			RuleExtraWord, `the track "mera joota hai japani" has the word "joota" and the track "mera topi hai japani" the word "topi", each missing from the other`},
		{"a track read turned round", title.Input{Title: "CALLEJERO FINO | MISSION 10 - ALAN GOMEZ", Channel: "ALAN GOMEZ"}, title.Input{Title: "CALLEJERO FINO | Mission 10", Artist: "Callejero Fino"},
			RuleExtraWord, `the track "mission 10 alan gomez" has the words "alan", "gomez"`},
		{"artist words read as track words", title.Input{Title: "Mere Sapno Ki Rani - Kishore Kumar | Aradhana"}, title.Input{Title: "Mere Sapnon Ki Rani Kab Aayegi Tu - Kishore Kumar"},
			RuleExtraWord, `read the other way round, "kab", "aayegi", "tu", artist words of "Mere Sapnon Ki Rani Kab Aayegi Tu - Kishore Kumar", are track words`},
		{"qualifiers one inside the other", title.Input{Title: "Taylor Swift - All Too Well (10 Minute Version) (Taylor's Version)"}, title.Input{Title: "Taylor Swift - All Too Well (Taylor's Version)"},
			RuleVersionInfoUnknown, `the titles agree on the version (no version tag) but are qualified "10 minute version", "taylors version" against "taylors version"`},
		{"a qualifier one side has", title.Input{Title: "Adele - Skyfall (Cover)"}, title.Input{Title: "Adele - Skyfall (Eli Lieb Cover)"},
			RuleVersionInfoUnknown, `the titles agree on the version (tagged "cover") but only one is qualified, "eli lieb"`},
		{"two remixers", title.Input{Title: "Luis Fonsi - Despacito (Skrillex Remix)"}, title.Input{Title: "Luis Fonsi - Despacito (Diplo Remix)"},
			RuleVersionInfoMismatch, `the titles agree on the version (tagged "remix") but are qualified "skrillex" against "diplo": another remixer`},
		{"two versions", title.Input{Title: "Adele - Hello (Live)"}, title.Input{Title: "Adele - Hello"},
			RuleVersionMismatch, `one title is tagged "live", the other the original recording`},
		{"a version word the split left", title.Input{Title: "Coldplay - Viva La Vida | Piano Guys", Channel: "ThePianoGuys"}, title.Input{Title: "Coldplay - Viva La Vida (Official Video)", Channel: "Coldplay"},
			RuleUnparsedVersion, `"Coldplay - Viva La Vida | Piano Guys" has the version word "piano" outside its track, which the other title lacks`},
	}
	says := func(name string, d Decision, rule Rule, want string) {
		t.Helper()
		i := slices.IndexFunc(d.Explanation.Rules, func(h RuleHit) bool { return h.Rule == rule })
		if i < 0 {
			t.Errorf("%s: %s, rules %v; want %q", name, d.Kind, rulesOf(d.Explanation), rule)
			return
		}
		if detail := d.Explanation.Rules[i].Detail; !strings.Contains(detail, want) {
			t.Errorf("%s: detail %q, want it to hold %q", name, detail, want)
		}
	}
	for _, tt := range tests {
		says(tt.name, decideInputs(tt.a, tt.b, false), tt.rule, tt.want)
	}
	elvis := title.Normalize(title.Input{Title: "Elvis Presley - Don't Be Cruel"})
	says("durations far apart", decideOne(Subject{Title: elvis, DurationSeconds: 123}, Subject{Title: elvis, DurationSeconds: 3819}),
		RuleDurationMismatch, "the durations 2:03 and 1:03:39 differ by more than")
}

// TestDecidedBy: the explanation of a decision names the rule it rests on:
// a review its reason, a distinct its first distinct rule, a merge the
// first rule that says how its score was reached, and none when the score
// alone decided.
func TestDecidedBy(t *testing.T) {
	norm := func(s string) title.Title { return title.Normalize(title.Input{Title: s}) }
	tests := []struct {
		by   Rule
		want DecisionKind
		pair [2]string // the submission and its one candidate
		what string
	}{
		{RuleNearMiss, DecisionReview, [2]string{"ron wood - ooh la la - 2004", "Ronnie Wood - Ooh La La"}, "a near miss"},
		{RuleWordsAppended, DecisionDistinct, [2]string{"The Beatles - Let It Be", "The Beatles - Let It Be Me"}, "a rule that blocks the merge"},
		{RuleOtherTake, DecisionDistinct, [2]string{"skyfall - adele ( cover ) - roomie + jonas frisk", "adele - skyfall ( eli lieb cover )"}, "another take"},
		{RuleNamedVersion, DecisionDistinct, [2]string{"BTS - Blood Sweat & Tears", "BTS - Chi, Ase, Namida (Blood Sweat & Tears Japanese ver.)"}, "a named version"},
		{RuleSwapped, DecisionMerge, [2]string{"Hello - Adele", "Adele - Hello"}, "a merge read the other way round"},
		{"", DecisionMerge, [2]string{"Adele - Hello", "Adele - Hello (Official Video)"}, "a merge on the score alone"},
		{RuleVersionOf, DecisionDistinct, [2]string{"Adele - Hello (Live)", "Adele - Hello"}, "another recording of the song"},
		{RuleVersionMismatch, DecisionDistinct, [2]string{"r . kelly - you are not alone ( bonus ) ( michael jackson cover ) love letter", "R. Kelly - You Are Not Alone"}, "another recording below the merge line"},
		{"", DecisionDistinct, [2]string{"Adele - Hello", "Metallica - One"}, "a distinct on the score alone"},
	}
	for _, tt := range tests {
		d := Decide(Subject{Title: norm(tt.pair[0])}, []Candidate{{SongID: 1, Title: norm(tt.pair[1])}}, nil, DefaultThresholds())
		if d.Kind != tt.want || d.Explanation.DecidedBy != tt.by {
			t.Errorf("%s: %s decided by %q; want %s by %q (rules %v)", tt.what, d.Kind, d.Explanation.DecidedBy, tt.want, tt.by, rulesOf(d.Explanation))
		}
	}
	if c := Compare(Subject{Title: norm("Adele - Hello")}, Subject{Title: norm("Adele - Hello")}, nil); c.Explanation.DecidedBy != "" {
		t.Errorf("a bare comparison is decided by %q; want none", c.Explanation.DecidedBy)
	}
}
