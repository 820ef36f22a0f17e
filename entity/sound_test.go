package entity

import "testing"

func TestSoundKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"arakci", "araghchi", true},
		{"pezeskiyan", "pezeshkian", true},
		{"kalibaf", "ghalibaf", true},
		{"qalibaf", "ghalibaf", true},
		{"cavusoglu", "chavushoglu", true},
		{"sahbaz", "shahbaz", true},
		{"erakchi", "araghchi", true},
		// Different names stay apart.
		{"araghchi", "arafat", false},
		{"pezeshkian", "peskov", false},
		{"iran", "iraq", false},
	}
	for _, tt := range tests {
		if got := soundKey(tt.a) == soundKey(tt.b); got != tt.same {
			t.Errorf("soundKey(%q) = %q, soundKey(%q) = %q: same %v, want %v", tt.a, soundKey(tt.a), tt.b, soundKey(tt.b), got, tt.same)
		}
	}
}
