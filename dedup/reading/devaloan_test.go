package reading

import "testing"

func TestDevaLoanSpells(t *testing.T) {
	tests := []struct {
		tok, latin string
		want       bool
	}{
		// hindi_loanword: English words written by their sound.
		{"लकी", "lucky", true},
		{"कॉकटेल", "cocktail", true},
		{"गली", "gully", true},
		{"टाइम", "time", true},
		{"स्लमडॉग", "slumdog", true},
		{"मिलियनेयर", "millionaire", true},
		{"पार्टी", "party", true},
		{"डिस्को", "disco", true},
		// Other words, though their consonants are one.
		{"लकी", "luck", false},
		{"लकी", "lake", false},
		{"टाइम", "team", false},
		{"टाइम", "tom", false},
		{"गली", "gale", false},
		{"कॉकटेल", "kettle", false},
		{"बॉय", "boy", false}, // one consonant: too few to tell
		{"लकी", "luckyy1", false},
		{"सोनू", "sana", false},
		{"चिनॉय", "chinai", true},
		{"सुनना", "sunana", false},
		{"गेम", "game", true},
		{"बेबी", "baby", true},
		{"तेरा", "tara", false},
		{"मेरा", "mira", false},
		{"दिल", "deal", false}, // no English spelling: a Hindi word as fans write it
		{"कल", "kul", false},
		{"दम", "dum", false},
		{"चलना", "chalana", false},
	}
	for _, tt := range tests {
		if got := DevaLoanSpells(tt.tok, tt.latin); got != tt.want {
			t.Errorf("DevaLoanSpells(%q, %q) = %v, want %v", tt.tok, tt.latin, got, tt.want)
		}
	}
}

func TestDevaInitials(t *testing.T) {
	tests := []struct{ tok, want string }{
		// hindi_letter_names
		{"एआर", "ar"},
		{"आरडी", "rd"},
		{"एसपी", "sp"},
		{"पीके", "pk"},
		{"डब्ल्यूडब्ल्यूई", "wwe"},
		{"ए", ""},  // a lone letter's name is a word as often
		{"आर", ""}, // आर, across
		{"रहमान", ""},
		{"एआरएक", ""},
	}
	for _, tt := range tests {
		if got := DevaInitials(tt.tok); got != tt.want {
			t.Errorf("DevaInitials(%q) = %q, want %q", tt.tok, got, tt.want)
		}
	}
}
