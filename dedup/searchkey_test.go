package dedup

import "testing"

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
