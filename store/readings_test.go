package store_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/songdedup/songdedup/dedup"
	"github.com/songdedup/songdedup/dedup/searchkey"
	"github.com/songdedup/songdedup/dedup/title"
)

// TestCandidatesAcrossScripts proves on the real server that retrieval,
// with its posting budget, finds a song written in another script from a
// Latin upload of it and the other way round: the search key of a title in
// Cyrillic, Greek, Hangul, kana, Han or Devanagari holds the terms of its
// Latin reading.
func TestCandidatesAcrossScripts(t *testing.T) {
	tests := []struct {
		script, native, latin string
	}{
		{"cyrillic_ru", "Кино - Группа крови", "Kino - Gruppa Krovi"},
		{"cyrillic_ru", "Земфира - Хочешь", "Zemfira - Hochesh (lyrics)"},
		{"cyrillic_sr", "Здравко Чолић - Ти си ми у крви", "Zdravko Čolić - Ti si mi u krvi"},
		{"greek", "Έλενα Παπαρίζου - Μαζί σου", "Elena Paparizou - Mazi Sou"},
		{"hangul", "성시경 - 거리에서", "Sung Si Kyung - Georieseo"},
		{"kana", "藤井風 - きらり", "Fujii Kaze - Kirari"},
		{"han", "陳奕迅 - 十年", "Eason Chan - Shi Nian"},
		{"devanagari", "श्रेया घोषाल - तेरी ओर", "Shreya Ghoshal - Teri Ore"},
	}
	// Each direction on a database of its own, so that the query is never
	// the stored title itself (which the exact lookup would find).
	for _, dir := range []string{"latin finds native", "native finds latin"} {
		t.Run(dir, func(t *testing.T) {
			db, _ := openMigrated(t)
			for i := 0; i < 40; i++ {
				createSong(t, db, fmt.Sprintf("Filler Band %d - The Love Song Number %d", i, i), "")
			}
			for _, filler := range []string{"Кино - Звезда по имени Солнце", "Кино - Пачка сигарет", "Kino - Kukushka",
				"陳奕迅 - 浮誇", "陳奕迅 - 好久不見", "陳奕迅 - 富士山下", "Eason Chan - Fu Kua", "성시경 - 너의 모든 순간", "Shi Nian Band - Ming Tian"} {
				createSong(t, db, filler, "")
			}
			for _, tt := range tests {
				stored, query := tt.native, tt.latin
				if dir == "native finds latin" {
					stored, query = query, stored
				}
				id := createSong(t, db, stored, "")
				q := title.Normalize(title.Input{Title: query})
				songs, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30})
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Contains(songIDs(songs), id) {
					t.Errorf("%s: Candidates does not return %q for %q (query terms %v, stored key %q)", tt.script, stored, query,
						searchkey.Terms(q), searchkey.Key(title.Normalize(title.Input{Title: stored})))
				}
			}
		})
	}
}

// TestCandidatesAcrossScriptsBesideAVersion: a title in another script
// whose own script has only another recording of the song (its live take:
// the exact lookup finds it, and its words are rarer than those of the
// reading) still finds the studio recording written in Latin letters, by
// the terms of its reading.
func TestCandidatesAcrossScriptsBesideAVersion(t *testing.T) {
	tests := []struct{ latin, nativeLive, native string }{
		{"Zemfira - Iskala", "Земфира - Искала (концерт, live)", "Земфира - Искала"},
		{"DDT - Chto takoe osen'", "ДДТ - Что такое осень (Live)", "ДДТ - Что такое осень"},
		{"Stelios Kazantzidis - Iparho", "Στέλιος Καζαντζίδης - Υπάρχω (Live)", "Στέλιος Καζαντζίδης - Υπάρχω"},
	}
	db, _ := openMigrated(t)
	for i := 0; i < 40; i++ {
		createSong(t, db, fmt.Sprintf("Filler Band %d - The Love Song Number %d", i, i), "")
	}
	for _, tt := range tests {
		id := createSong(t, db, tt.latin, "")
		live := createSong(t, db, tt.nativeLive, "")
		q := title.Normalize(title.Input{Title: tt.native})
		songs, err := candidatesOf(db, dedup.CandidateQuery{Title: q, Limit: 30})
		if err != nil {
			t.Fatal(err)
		}
		if got := songIDs(songs); !slices.Contains(got, id) || !slices.Contains(got, live) {
			t.Errorf("Candidates(%q) = %v, want the studio song %d (%q) and the live take %d", tt.native, got, id, tt.latin, live)
		}
	}
}
