package searchkey

import (
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

func TestSkeletonKeepsUsualTypos(t *testing.T) {
	tests := []struct{ a, b string }{
		{"shades", "shdaes"}, {"montormon", "mntormon"}, {"ladies", "ladise"}, {"satellite", "saatellite"},
		{"centipede", "cnetipede"}, {"tonight", "toniight"}, {"beautiful", "beautifull"},
	}
	for _, tt := range tests {
		if skeleton(tt.a) == "" || skeleton(tt.a) != skeleton(tt.b) {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q: want equal and not empty", tt.a, skeleton(tt.a), tt.b, skeleton(tt.b))
		}
	}
	for _, w := range []string{"love", "you", "aeiou", "über"} {
		if sk := skeleton(w); sk != "" {
			t.Errorf("skeleton(%q) = %q, want none (short or not plain)", w, sk)
		}
	}
	if skeleton("hello") == skeleton("yellow") {
		t.Errorf("hello and yellow share a skeleton")
	}
}

func TestPlanQuery(t *testing.T) {
	tests := []struct {
		name   string
		terms  []string
		df     map[string]int
		budget int
		max    int
		want   []string
	}{
		{"rarest first within the budget", []string{"love", "you", "love_you", "sk_lv"}, map[string]int{"love": 900, "you": 5000, "love_you": 40, "sk_lv": 70}, 120, 8, []string{"love_you", "sk_lv"}},
		{"always the rarest, even over budget", []string{"love", "you"}, map[string]int{"love": 900, "you": 5000}, 120, 8, []string{"love"}},
		{"terms no song has cost nothing, two at most", []string{"a1", "a2", "a3", "a4", "a5", "w"}, map[string]int{"w": 10}, 120, 8, []string{"a1", "a2", "w"}},
		{"at most max known terms", []string{"a", "b", "c", "d"}, map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}, 120, 2, []string{"a", "b"}},
		{"nothing to plan", nil, nil, 120, 8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlanQuery(tt.terms, tt.df, tt.budget, tt.max); !slices.Equal(got, tt.want) {
				t.Errorf("PlanQuery = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPlanReadings: a plan of a title in another script keeps room for
// the rarest terms of its readings that some song has, in place of its
// most frequent known terms; a plan that holds one already, or readings
// no song has, leave it as it is.
func TestPlanReadings(t *testing.T) {
	df := map[string]int{"n1": 1, "n2": 1, "n3": 2, "r1": 2, "r2": 3, "r3": 5, "big": 500}
	tests := []struct {
		name            string
		query, readings []string
		budget, max     int
		want            []string
	}{
		{"the two rarest readings replace the most frequent terms", []string{"n1", "n2", "n3"}, []string{"r3", "r1", "r2"}, 100, 3, []string{"n1", "r1", "r2"}},
		{"room left: appended", []string{"n1"}, []string{"r2", "r1"}, 100, 6, []string{"n1", "r1", "r2"}},
		{"a reading planned already", []string{"n1", "r2"}, []string{"r1", "r2"}, 100, 2, []string{"n1", "r2"}},
		{"readings no song has, or over budget", []string{"n1", "n2"}, []string{"r0", "big"}, 100, 2, []string{"n1", "n2"}},
		{"terms no song has stay", []string{"u1", "n1", "n2"}, []string{"r1"}, 100, 2, []string{"u1", "n1", "r1"}},
		{"readings beside the rarest term within the budget", []string{"n1", "n2"}, []string{"r3", "r2"}, 6, 6, []string{"n1", "n2", "r2"}},
		{"the budget drops the most frequent terms", []string{"n1", "n2"}, []string{"r2"}, 4, 6, []string{"n1", "r2"}},
		{"a Latin title", []string{"n1"}, nil, 100, 2, []string{"n1"}},
		{"max known terms beside the rarest term", []string{"n1", "n2"}, []string{"r1", "r2"}, 100, 2, []string{"n1", "r1"}},
		{"max known terms, no term known", []string{"u1"}, []string{"r1", "r2"}, 100, 1, []string{"u1", "r1"}},
		{"one known term at most", []string{"n1"}, []string{"r1"}, 100, 1, []string{"n1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlanReadings(tt.query, tt.readings, df, tt.budget, tt.max); !slices.Equal(got, tt.want) {
				t.Errorf("PlanReadings = %v, want %v", got, tt.want)
			}
		})
	}
	native := title.Normalize(title.Input{Title: "ДДТ - Что такое осень"})
	rt := ReadingTerms(native)
	for _, want := range []string{"ddt", "chto", "takoe_osen", "ddt_chto"} {
		if !slices.Contains(rt, want) {
			t.Errorf("ReadingTerms(%q) = %v, want %q in it", native.Raw, rt, want)
		}
	}
	for _, term := range Terms(title.Title{ArtistTokens: native.ArtistTokens, TrackTokens: native.TrackTokens}) {
		if slices.Contains(rt, term) {
			t.Errorf("ReadingTerms(%q) holds %q, a term of its own words", native.Raw, term)
		}
	}
	if rt := ReadingTerms(title.Normalize(title.Input{Title: "DDT - Chto takoe osen"})); rt != nil {
		t.Errorf("ReadingTerms of a Latin title = %v, want none", rt)
	}
}

// TestReadingTerms: a title in another script shares the terms of its
// Latin reading with a Latin upload of it (dev pairs of
// testdata/pairs/scripts), and a Latin title gains no term.
func TestReadingTerms(t *testing.T) {
	tests := []struct {
		native, latin string
		shared        []string
	}{
		{"Кино - Группа крови", "Kino - Gruppa Krovi", []string{"kino", "gruppa_krovi", "kino_gruppa"}},
		{"Земфира - Хочешь", "Zemfira - Hochesh", []string{"zemfira", "hochesh"}},
		{"Океан Ельзи - Відпусти", "Okean Elzy - Vidpusty", []string{"okeanelzy", "okean_vidpusty", "sk_vdpst"}},
		{"Στέλιος Καζαντζίδης - Υπάρχω", "Stelios Kazantzidis - Iparho", []string{"iparho", "stelios_iparho"}},
		{"자우림 - 스물다섯 스물하나", "Jaurim - Seumuldaseot Seumulhana", []string{"jaurim_seumuldaseot", "seumuldaseot_seumulhana"}},
		{"Ado - うっせぇわ", "Ado - Usseewa", []string{"usseewa", "ado_usseewa"}},
		{"五月天 - 突然好想你", "Mayday - Tu Ran Hao Xiang Ni", []string{"tu_ran", "hao_xiang"}},
		{"लता मंगेशकर - लग जा गले", "Lata Mangeshkar - Lag Ja Gale", []string{"latamangeshkar", "lag_ja", "lata_lag"}},
		{"YOASOBI「夜に駆ける」", "YOASOBI - Yoru ni Kakeru", []string{"yoru", "kakeru", "yoasobi_yoru"}},
		// Alternate readings, one term each: kanji read as Japanese in a
		// title without kana, a Japanese name turned round, a Korean
		// family name as the family spells it.
		{"松山千春 - 恋", "Chiharu Matsuyama - Koi", []string{"koi", "chiharumatsuyama"}},
		{"宇多田ヒカル - 花束を君に", "Hikaru Utada - Hanataba o Kimi ni", []string{"hikaruutada", "hanataba"}},
		{"이소라 - 바람이 분다", "Lee Sora - Barami Bunda", []string{"leesora", "barami_bunda"}},
		// An Arabic word's reading has the skeleton of the Latin
		// spelling, though shorter than a Latin word with one
		// (arabic_skeleton).
		{"فيروز - نسم علينا الهوى", "Fairuz - Nassam Alayna El Hawa", []string{"sk_nsm"}},
		{"ماجدة الرومي - كلمات", "Majida El Roumi - Kalimat", []string{"sk_klmt"}},
		{"ماجدة الرومي - كلمات", "Magida El Roumi - Kalimat (Words) lyrics", []string{"sk_klmt"}},
	}
	for _, tt := range tests {
		native := Terms(title.Normalize(title.Input{Title: tt.native}))
		latin := Terms(title.Normalize(title.Input{Title: tt.latin}))
		for _, term := range tt.shared {
			if !slices.Contains(native, term) || !slices.Contains(latin, term) {
				t.Errorf("%q and %q do not share %q:\n native %v\n latin %v", tt.native, tt.latin, term, native, latin)
			}
		}
	}
	for _, raw := range []string{"Adele - Hello", "Beyoncé - Halo", "Sigur Rós - Hoppípolla"} {
		tl := title.Normalize(title.Input{Title: raw})
		plain := tl
		plain.Readings = nil
		if got, want := Terms(tl), Terms(plain); !slices.Equal(got, want) {
			t.Errorf("Terms(%q) = %v, want %v: a Latin title gains no term", raw, got, want)
		}
	}
}

// TestTrackReadingTerms: the reading terms a plan keeps room for are those
// of the track's readings, which the artist's other songs in the same
// script lack (ماجدة الرومي's majdaalrumi and mayda are not), or every
// reading term when the track has none.
func TestTrackReadingTerms(t *testing.T) {
	tests := []struct {
		raw       string
		want, not []string
	}{
		{"ماجدة الرومي - كلمات", []string{"klmat", "sk_klmt", "majda_klmat"}, []string{"majda", "mayda", "majdaalrumi"}},
		{"Кино - Группа крови", []string{"gruppa", "gruppa_krovi", "kino_gruppa"}, []string{"kino"}},
		{"Кино - Blood Type", []string{"kino"}, nil},
	}
	for _, tt := range tests {
		got := TrackReadingTerms(title.Normalize(title.Input{Title: tt.raw}))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("TrackReadingTerms(%q) = %v, want %q in it", tt.raw, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("TrackReadingTerms(%q) = %v, want no %q", tt.raw, got, w)
			}
		}
	}
}

// TestTrackSkeletonKeepsUsualTypos: a track of several words and the same
// track with a typo in a long word share the track skeleton, which neither
// another track of those words nor a track of one word has.
func TestTrackSkeletonKeepsUsualTypos(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Christmas Look", "Christmsa Look", true},
		{"Breaking the Habit", "Braeking the Habit", true},
		{"Dancing Queen", "Dancnig Queen", true},
		{"Christmas Look", "Look Christmas", false},
		{"Christmas Look", "Christmas Eve", false},
	}
	for _, tt := range tests {
		a := trackSkeleton(title.Normalize(title.Input{Title: tt.a}).TrackTokens)
		b := trackSkeleton(title.Normalize(title.Input{Title: tt.b}).TrackTokens)
		if a == "" || (a == b) != tt.same {
			t.Errorf("trackSkeleton(%q) = %q, trackSkeleton(%q) = %q: want same %v", tt.a, a, tt.b, b, tt.same)
		}
	}
	for _, track := range []string{"Breath", "Up In Me", "夜に駆ける Tonight"} {
		if sk := trackSkeleton(title.Normalize(title.Input{Title: track}).TrackTokens); sk != "" {
			t.Errorf("trackSkeleton(%q) = %q, want none (one word, no long word, or not plain)", track, sk)
		}
	}
}

func TestPairs(t *testing.T) {
	anu := title.Normalize(title.Input{Title: "Anu Uroka - Springsteen"})
	df := map[string]int{"anu": 180, "uroka": 158, "anuuroka": 147, "springsteen": 61, "sk_sprngstn": 49, "anu_springsteen": 0}
	tests := []struct {
		name    string
		t       title.Title
		planned []string
		budget  int
		max     int
		want    [][2]string
	}{
		{"the rarest artist term with each track term, then the rarest track term with the others", anu, []string{"sk_sprngstn"}, 1000, 8,
			[][2]string{{"anuuroka", "sk_sprngstn"}, {"anuuroka", "springsteen"}, {"uroka", "sk_sprngstn"}, {"anu", "sk_sprngstn"}}},
		{"at most max", anu, []string{"sk_sprngstn"}, 1000, 1, [][2]string{{"anuuroka", "sk_sprngstn"}}},
		{"within the budget, a pair over it left out", anu, []string{"sk_sprngstn"}, 410, 8,
			[][2]string{{"anuuroka", "sk_sprngstn"}, {"anuuroka", "springsteen"}}},
		{"none when the plan's hits all fit in the search", anu, []string{"anu_springsteen"}, 1000, 8, nil},
		{"none without an artist", title.Normalize(title.Input{Title: "Springsteen", Channel: "Lyrics Vault"}), []string{"springsteen"}, 1000, 8, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Pairs(tt.t, df, tt.planned, 40, tt.budget, tt.max); !slices.Equal(got, tt.want) {
				t.Errorf("Pairs = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPairTerms: a title that writes a name in two scripts keeps its own
// terms, and after them shares terms of the reading of the other side with
// an upload written in that script (dev pairs of testdata/pairs/scripts),
// at most maxPairTerms of them.
func TestPairTerms(t *testing.T) {
	tests := []struct {
		bilingual, other string
		shared           []string
	}{
		{"Kim Kwangseok - Around Thirty (서른 즈음에)", "김광석 - 서른 즈음에", []string{"seoreun_jeueume"}},
		{"[MV] IU(아이유) _ Good Day(좋은 날)", "아이유 - 좋은 날", []string{"joheun_nal", "aiyu_joheun"}},
		{"BIGBANG - '봄여름가을겨울 (Still Life)' M/V", "빅뱅 - 봄여름가을겨울", []string{"bomyeoreumgaeulgyeoul"}},
		{"Girls' Generation 소녀시대 '다시 만난 세계 (Into the New World)' MV", "소녀시대 - 다시 만난 세계", []string{"dasi_mannan", "sonyeosidae_dasi"}},
		{"Eason Chan - Exaggerated (浮誇) Eng Sub", "陳奕迅 - 浮誇", []string{"fu_kua"}},
		{"あいみょん - マリーゴールド (Marigold)", "あいみょん - マリーゴールド", []string{"marigorudo", "aimyon_marigorudo"}},
	}
	for _, tt := range tests {
		bi := title.Normalize(title.Input{Title: tt.bilingual})
		if len(bi.ScriptPairs) == 0 {
			t.Fatalf("%q writes no name in two scripts", tt.bilingual)
		}
		terms := Terms(bi)
		own := bi
		own.ScriptPairs = nil
		if ownTerms := Terms(own); !slices.Equal(terms[:len(ownTerms)], ownTerms) {
			t.Errorf("Terms(%q) = %v, want its own terms %v first", tt.bilingual, terms, ownTerms)
		} else if n := len(terms) - len(ownTerms); n == 0 || n > maxPairTerms {
			t.Errorf("Terms(%q) gained %d terms by its other script, want 1 to %d", tt.bilingual, n, maxPairTerms)
		}
		other := Terms(title.Normalize(title.Input{Title: tt.other}))
		for _, term := range tt.shared {
			if !slices.Contains(terms, term) || !slices.Contains(other, term) {
				t.Errorf("%q and %q do not share %q:\n bilingual %v\n other %v", tt.bilingual, tt.other, term, terms, other)
			}
		}
	}
	long := title.Normalize(title.Input{Title: "잔나비 (JANNABI) - 주저하는 연인들을 위해 나는 오늘도 노래를 한다 (for lovers who hesitate today)"})
	own := long
	own.ScriptPairs = nil
	if n := len(Terms(long)) - len(Terms(own)); len(long.ScriptPairs) == 0 || n != maxPairTerms {
		t.Errorf("a long bilingual title gained %d terms by its other script (pairs %v), want the bound, %d", n, long.ScriptPairs, maxPairTerms)
	}
}
