package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Türkiye", "turkiye"},
		{"TURKIYE", "turkiye"},
		{"Erdoğan", "erdogan"},
		{"Iran’s", "iran's"},
		{"iran`s", "iran's"}, // ASCII, but not left as it is
		{"Iran`S Foreign MINISTER", "iran's foreign minister"},
		{"Jean-Noël Barrot", "jean-noel barrot"},
		{"Łódź", "lodz"},
		{"Þórr", "thorr"},      // a capital special letter
		{"a\xffü", "a\ufffdu"}, // invalid bytes do not stop folding
		{"İstanbul", "istanbul"},
		{"plain text", "plain text"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"Türkiye", "Erdoğan", "\xff", "ß", "Iran`S", "TURKEY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := String(s)
		if twice := String(once); twice != once {
			t.Errorf("String is not idempotent: %q -> %q -> %q", s, once, twice)
		}
		if ascii, _ := plainASCII(s); ascii && once != decomposed(s) {
			t.Errorf("ASCII fast path %q differs from decomposition %q for %q", once, decomposed(s), s)
		}
	})
}
