package score

import (
	"testing"

	"github.com/songdedup/songdedup/dedup/title"
)

// TestAliases: a name the catalogue learned in two scripts matches as the
// same name, an artist as a whole artist, a track as a whole track and only
// when the artists agree; without the alias the same pairs do not merge.
func TestAliases(t *testing.T) {
	bts := title.Alias{Kind: title.AliasArtist, Name: "방탄소년단", Other: "bts", Titles: 14}
	horizon := title.Alias{Kind: title.AliasTrack, Name: "사건의 지평선", Other: "event horizon", Titles: 3}
	younha := title.Alias{Kind: title.AliasArtist, Name: "윤하", Other: "younha", Titles: 3}
	tests := []struct {
		name    string
		a, b    title.Input
		aliases []title.Alias // of a
		want    DecisionKind
		without DecisionKind // the decision without the aliases
		note    string       // the alias note the explanation shows
	}{
		{"artist alias", title.Input{Title: "방탄소년단 - Dynamite"}, title.Input{Title: "BTS - Dynamite (Official MV)"},
			[]title.Alias{bts}, DecisionMerge, DecisionDistinct, "alias learned from 14 titles"},
		{"track alias with the artists agreeing by alias", title.Input{Title: "윤하 - 사건의 지평선"}, title.Input{Title: "YOUNHA - Event Horizon"},
			[]title.Alias{horizon, younha}, DecisionMerge, DecisionDistinct, "alias learned from 3 titles"},
		{"track alias, another artist", title.Input{Title: "윤하 - 사건의 지평선"}, title.Input{Title: "Muse - Event Horizon"},
			[]title.Alias{horizon, younha}, DecisionDistinct, DecisionDistinct, ""},
		{"artist alias, another song", title.Input{Title: "방탄소년단 - Dynamite"}, title.Input{Title: "BTS - Butter"},
			[]title.Alias{bts}, DecisionDistinct, DecisionDistinct, ""},
		{"artist alias, a live take", title.Input{Title: "방탄소년단 - Dynamite"}, title.Input{Title: "BTS - Dynamite (Live)"},
			[]title.Alias{bts}, DecisionDistinct, DecisionDistinct, ""},
		{"an alias of a name the title lacks", title.Input{Title: "BLACKPINK - Dynamite"}, title.Input{Title: "BTS - Dynamite"},
			[]title.Alias{bts}, DecisionDistinct, DecisionDistinct, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				for _, with := range []bool{true, false} {
					a, b := title.Normalize(tt.a), title.Normalize(tt.b)
					want := tt.without
					if with {
						a.Aliases, want = tt.aliases, tt.want
					}
					if swap {
						a, b = b, a
					}
					d := Decide(Subject{Title: a}, []Candidate{{SongID: 1, Title: b}}, nil, DefaultThresholds())
					if d.Kind != want {
						t.Errorf("swap %v, aliases %v: %s (score %.4f, rules %v), want %s", swap, with, d.Kind, d.Score, d.Explanation.Rules, want)
					}
					if !with {
						continue
					}
					note := ""
					for _, m := range append(d.Explanation.Artist.Matched, d.Explanation.Track.Matched...) {
						if m.Kind == "alias" {
							note = m.Alias
						}
					}
					if tt.note != "" && note != tt.note {
						t.Errorf("swap %v: alias note %q, want %q", swap, note, tt.note)
					}
				}
			}
		})
	}
}

// TestTitleAliases: a name the other title writes in two scripts matches
// either spelling as the same name, with no alias learned: the song's own
// title says so. Traditional and simplified Han characters of one name
// count as one spelling. A track still needs the artists to agree, and
// another recording stays another recording.
func TestTitleAliases(t *testing.T) {
	intoTheNewWorld := title.Input{Title: "Girls' Generation 소녀시대 '다시 만난 세계 (Into the New World)' MV", Channel: "SMTOWN"}
	tests := []struct {
		name string
		a, b title.Input
		want DecisionKind
	}{
		{"artist and track in Hangul only", title.Input{Title: "소녀시대 - 다시 만난 세계"}, intoTheNewWorld, DecisionMerge},
		{"simplified against traditional", title.Input{Title: "林俊杰 - 江南", Channel: "华语金曲"},
			title.Input{Title: "林俊傑 JJ Lin - 江南 Jiang Nan (官方完整版 MV)", Channel: "林俊傑 JJ Lin"}, DecisionMerge},
		{"another song of the artist", title.Input{Title: "소녀시대 - 소원을 말해봐"}, intoTheNewWorld, DecisionDistinct},
		{"the track by another artist", title.Input{Title: "태연 - 다시 만난 세계"}, intoTheNewWorld, DecisionDistinct},
		{"a live take", title.Input{Title: "소녀시대 - 다시 만난 세계 (Live)"}, intoTheNewWorld, DecisionDistinct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				a, b := title.Normalize(tt.a), title.Normalize(tt.b)
				if swap {
					a, b = b, a
				}
				d := Decide(Subject{Title: a}, []Candidate{{SongID: 1, Title: b}}, nil, DefaultThresholds())
				if d.Kind != tt.want {
					t.Errorf("swap %v: %s (score %.4f, rules %v), want %s", swap, d.Kind, d.Score, d.Explanation.Rules, tt.want)
				}
			}
		})
	}
}

// TestHangulSpacing: an artist one side writes as Latin and Hangul words
// side by side ("Sg 워너비", read as one name in two scripts) and the
// other as the same words glued ("SG워너비") is one artist, matched as
// hangul_spacing; a glued word that holds more or other letters than the
// two runs is another name.
func TestHangulSpacing(t *testing.T) {
	tests := []struct {
		name string
		a, b title.Input
		want DecisionKind
	}{
		{"glued in the title", title.Input{Title: "SG워너비 - Ordinary People", Channel: "진영이"}, title.Input{Title: "Ordinary People", Artist: "Sg 워너비"}, DecisionMerge},
		{"glued as the caller's artist", title.Input{Title: "내사람 : Partner for Life", Artist: "SG워너비"}, title.Input{Title: "내사람 : Partner For Life", Artist: "Sg 워너비"}, DecisionMerge},
		{"a one-word track", title.Input{Title: "폭풍", Artist: "SG워너비"}, title.Input{Title: "폭풍", Artist: "Sg 워너비"}, DecisionMerge},
		{"a glued word with more letters", title.Input{Title: "폭풍", Artist: "SG워너비스"}, title.Input{Title: "폭풍", Artist: "Sg 워너비"}, DecisionDistinct},
		{"a glued word with fewer letters", title.Input{Title: "폭풍", Artist: "SG워너"}, title.Input{Title: "폭풍", Artist: "Sg 워너비"}, DecisionDistinct},
		{"another Hangul word glued", title.Input{Title: "폭풍", Artist: "SG바이브"}, title.Input{Title: "폭풍", Artist: "Sg 워너비"}, DecisionDistinct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, swap := range []bool{false, true} {
				d := decideInputs(tt.a, tt.b, swap)
				if d.Kind != tt.want {
					t.Fatalf("swap %v: %s (score %.4f, rules %v), want %s", swap, d.Kind, d.Score, d.Explanation.Rules, tt.want)
				}
				spaced := false
				for _, m := range d.Explanation.Artist.Matched {
					spaced = spaced || m.Kind == "hangul_spacing"
				}
				if spaced != (tt.want == DecisionMerge) {
					t.Errorf("swap %v: hangul_spacing match %v, matched %+v", swap, spaced, d.Explanation.Artist.Matched)
				}
			}
		})
	}
}

// TestBilingualReading: a track a title writes in two scripts meets a
// Latin spelling of its other-script name that splits the words otherwise
// or slips a letter of a Korean reading, as a word in another script meets
// Latin words in the reading alignment (bilingual_reading). The
// duplicates are dev titles (scripts pairs and catalogue); a spelling of
// other words, another artist, a live take and an artist name that only
// looks alike stay apart.
func TestBilingualReading(t *testing.T) {
	tenYears := title.Input{Title: "Eason Chan - Ten Years (十年) Lyrics", Channel: "Chinese Songs Translated"}
	spring := title.Input{Title: "[MV] 10cm - 봄이 좋냐?? (What the Spring??)", Channel: "10CM"}
	stillLife := title.Input{Title: "BIGBANG - '봄여름가을겨울 (Still Life)' M/V"}
	checkNamedInputs(t, []namedInputCase{
		{"Han words read as two Latin words", tenYears, title.Input{Title: "Eason Chan - Shi Nian", Channel: "Cpop Pinyin Lyrics"}, DecisionMerge},
		{"a Korean reading spelt as said", spring, title.Input{Title: "10cm - Bom-i Jonnya??", Channel: "K-Indie Lyrics"}, DecisionMerge},
		{"one Hangul word read as four Latin words", stillLife, title.Input{Title: "BIGBANG - Bom Yeoreum Gaeul Gyeoul"}, DecisionMerge},
		{"the reading of part of the name", stillLife, title.Input{Title: "BIGBANG - Bom Yeoreum"}, DecisionDistinct},
		{"the reading by another artist", tenYears, title.Input{Title: "Jay Chou - Shi Nian"}, DecisionDistinct},
		{"another Korean reading", spring, title.Input{Title: "10cm - Bom-i Joha"}, DecisionDistinct},
		{"a live take", spring, title.Input{Title: "10cm - Bom-i Jonnya (Live)"}, DecisionDistinct},
		{"an artist read with a slip", title.Input{Title: "태연 (TAEYEON) - Four Seasons"}, title.Input{Title: "Taeyoun - Four Seasons"}, DecisionDistinct},
	})
}
