package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
	"github.com/songdedup/songdedup/store"
)

// TestCandidatesAcrossScripts proves on the real server that retrieval,
// with its posting budget, finds a song written in another script from a
// Latin upload of it and the other way round: the search key of a title in
// Cyrillic, Greek, Hangul, kana, Han, Devanagari or Arabic holds the terms of its
// Latin reading. The reading of an Arabic track word, which writes no
// short vowels, holds the skeleton term of the Latin word (نسم nsm,
// Nassam sk_nsm; arabic_skeleton), and a plan keeps its room for reading
// terms for the track's, which the artist's other songs in the same script
// do not share (another song of ماجدة الرومي holds majdaalrumi and mayda
// too).
func TestCandidatesAcrossScripts(t *testing.T) {
	findsEachOther(t, [][2]string{
		{"Кино - Группа крови", "Kino - Gruppa Krovi"},
		{"Земфира - Хочешь", "Zemfira - Hochesh (lyrics)"},
		{"Здравко Чолић - Ти си ми у крви", "Zdravko Čolić - Ti si mi u krvi"},
		{"Έλενα Παπαρίζου - Μαζί σου", "Elena Paparizou - Mazi Sou"},
		{"성시경 - 거리에서", "Sung Si Kyung - Georieseo"},
		{"藤井風 - きらり", "Fujii Kaze - Kirari"},
		{"陳奕迅 - 十年", "Eason Chan - Shi Nian"},
		{"श्रेया घोषाल - तेरी ओर", "Shreya Ghoshal - Teri Ore"},
		{"فيروز - نسم علينا الهوى", "Fairuz - Nassam Alayna El Hawa"},
		{"ماجدة الرومي - كلمات", "Majida El Roumi - Kalimat"},
		{"ماجدة الرومي - كلمات", "Magida El Roumi - Kalimat (Words) lyrics"},
	}, []string{"فيروز - كيفك انت", "ماجدة الرومي - عم بحلمك يا حلم يا لبنان", "Кино - Звезда по имени Солнце", "Кино - Пачка сигарет", "Kino - Kukushka",
		"陳奕迅 - 浮誇", "陳奕迅 - 好久不見", "陳奕迅 - 富士山下", "Eason Chan - Fu Kua", "성시경 - 너의 모든 순간", "Shi Nian Band - Ming Tian"})
}

// TestBilingualTitlesFoundFromTheOtherScript proves on the real server
// that a song whose title writes a name in two scripts, stored with the
// Latin side its normalized title keeps, is found by an upload written in
// the other script, and the other way round; the term statistics count
// the terms of the other side with the song.
func TestBilingualTitlesFoundFromTheOtherScript(t *testing.T) {
	findsEachOther(t, [][2]string{
		{"Kim Kwangseok - Around Thirty (서른 즈음에)", "김광석 - 서른 즈음에"},
		{"[MV] IU(아이유) _ Good Day(좋은 날)", "아이유 - 좋은 날"},
		{"BIGBANG - '봄여름가을겨울 (Still Life)' M/V", "빅뱅 - 봄여름가을겨울"},
		{"Eason Chan - Exaggerated (浮誇) Eng Sub", "陳奕迅 - 浮誇"},
	}, []string{"아이유 - 밤편지", "IU - Palette", "빅뱅 - 거짓말", "BIGBANG - Haru Haru", "Eason Chan - Ten Years (十年) Lyrics",
		"陳奕迅 - 好久不見", "김광석 - 이등병의 편지", "Kim Kwangseok - Letter from a Private"})
}

// findsEachOther stores one title of each pair beside the fillers and
// checks that Candidates returns its song for the other title, in each
// direction on a database of its own, so that the query is never the
// stored title itself (which the exact lookup would find); and that the
// term statistics count the stored keys.
func findsEachOther(t *testing.T, pairs [][2]string, fillers []string) {
	for _, dir := range []int{0, 1} {
		t.Run(fmt.Sprintf("stored side %d", dir), func(t *testing.T) {
			db, _ := openMigrated(t)
			createFillers(t, db)
			for _, filler := range fillers {
				createSong(t, db, filler, "")
			}
			for _, p := range pairs {
				stored, query := p[dir], p[1-dir]
				id := createSong(t, db, stored, "")
				q := title.Normalize(title.Input{Title: query})
				songs, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30})
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Contains(songIDs(songs), id) {
					t.Errorf("Candidates(%q) = %v, want %d (%q; query terms %q, stored key %q)", query, songIDs(songs), id, stored,
						searchkey.Terms(q), searchKey(t, db, id))
				}
			}
			checkStats(t, db)
		})
	}
}

// TestMergedSpellingsExtendTheKey: an upload merged into a song brings the
// terms of its spelling that the song's key lacks (a reading of the title
// in another script, the track's other name), so that a title in that
// script finds the song through them; the term statistics count the song
// with them, and a song's key stops growing at dedup.MaxSpellingTerms.
// The song found through them carries the spelling as one of its forms
// (dedup.Song.Forms), which the submission is compared with.
func TestMergedSpellingsExtendTheKey(t *testing.T) {
	tests := []struct {
		song, spelling, query string
		form                  bool // the query finds the song through the spelling alone
	}{
		{"Kim Kwangseok - Around Thirty (서른 즈음에)", "Kim Kwang Seok - Seoreun Jeueume", "김광석 - 서른 즈음에", false},
		{"Kino - Blood Type", "Kino - Gruppa Krovi", "Кино - Группа крови", true},
		{"Eason Chan - Ten Years", "Eason Chan - Shi Nian", "陳奕迅 - 十年", true},
		{"KiSh - Kukla kolduna (lyrics)", "Король и Шут - Кукла колдуна", "Korol i Shut - Kukla Kolduna", true},
	}
	db, _ := openMigrated(t)
	createFillers(t, db)
	for _, tt := range tests {
		id := createSong(t, db, tt.song, "")
		attachSpelling(t, db, id, tt.spelling)
		q := title.Normalize(title.Input{Title: tt.query})
		songs, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.Index(songIDs(songs), id)
		if i < 0 {
			t.Errorf("Candidates(%q) = %v, want %d (%q, merged with %q; terms %q)", tt.query, songIDs(songs), id, tt.song, tt.spelling, searchKey(t, db, id))
			continue
		}
		if tt.form && !slices.Contains(songs[i].Forms, title.Input{Title: tt.spelling}) {
			t.Errorf("Candidates(%q): song %d has forms %q, want %q", tt.query, id, songs[i].Forms, tt.spelling)
		}
	}
	checkStats(t, db)

	// Spellings beyond the bound leave the key as it is.
	id := createSong(t, db, "Qarlotta Venn - Glass Harbour", "")
	for i := 0; i < 12; i++ {
		attachSpelling(t, db, id, fmt.Sprintf("Qarlotta Venn - Glass Harbour Spelling%d Variant%d", i, i))
	}
	own := strings.Fields(songOf("Qarlotta Venn - Glass Harbour", "").SearchKey)
	gained := 0
	for _, term := range uniq(strings.Fields(searchKey(t, db, id))) {
		if !slices.Contains(own, term) {
			gained++
		}
	}
	if gained == 0 || gained > dedup.MaxSpellingTerms {
		t.Errorf("the key gained %d terms from its spellings, want 1 to %d", gained, dedup.MaxSpellingTerms)
	}
	checkStats(t, db)
}

// attachSpelling attaches an upload of raw to song, as a merge of an
// upload that names its track otherwise does.
func attachSpelling(t *testing.T, db *store.DB, song int64, raw string) {
	t.Helper()
	spelling := songOf(raw, "")
	if _, err := db.SubmitBatch(context.Background(), []dedup.SubmissionWrite{{
		Video: dedup.Video{ID: nextVideoID(), Title: raw}, AttachTo: song, Spelling: &spelling, DecidedBy: "test",
	}}); err != nil {
		t.Fatalf("attaching %q to song %d: %v", raw, song, err)
	}
}

func uniq(terms []string) []string {
	slices.Sort(terms)
	return slices.Compact(terms)
}
