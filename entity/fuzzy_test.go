package entity

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"araghchi", "araghchi", 2, 0},
		{"araghci", "araghchi", 2, 1},
		{"erdgan", "erdogan", 1, 1},
		{"iranain", "iranian", 1, 1}, // a swap of neighbours is one edit
		{"pezeshkyan", "pezeshkian", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3}, // capped at max+1
		{"", "abc", 5, 3},
		{"abc", "", 5, 3},
		{"ca", "abc", 5, 3}, // optimal string alignment, not unrestricted Damerau
		{"türkiye", "turkiye", 1, 1},
		{"abcdef", "a", 2, 3}, // length difference alone exceeds max
	}
	var s editScratch
	for _, tt := range tests {
		if got := s.distance([]rune(tt.a), []rune(tt.b), tt.max); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestFuzzyBound(t *testing.T) {
	for n, want := range []int{0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2} {
		if got := fuzzyBound(n); got != want {
			t.Errorf("fuzzyBound(%d) = %d, want %d", n, got, want)
		}
	}
}

// names renders entities as their IDs joined by spaces.
func names(es []*Entity) string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return strings.Join(ids, " ")
}

func TestSuggest(t *testing.T) {
	r := builtin(t)
	tests := []struct {
		name string
		max  int
		want string
	}{
		{"Araghci", 3, "abbas-araghchi"},
		{"Erdgan", 3, "recep-tayyip-erdogan"},
		{"Pezeshkyan", 3, "masoud-pezeshkian"},
		{"Turkiye", 3, "turkey"},
		{"Turky", 3, "turkey"},
		{"Saudia Arabia", 3, "saudi-arabia"},
		{"Abas Araghchi", 3, "abbas-araghchi"},
		{"Kazakstan", 3, "kazakhstan"},
		{"Austrai", 3, "austria"},
		{"Iran", 1, "iran"},
		{"Irq", 3, ""}, // one edit from Iraq, but too short to guess
		{"nothing like it at all", 3, ""},
		{"Guinea", 4, "guinea equatorial-guinea guinea-bissau papua-new-guinea"},
		{"", 3, ""},
		{"Iran", 0, ""},
	}
	for _, tt := range tests {
		if got := names(r.Suggest(tt.name, tt.max)); got != tt.want {
			t.Errorf("Suggest(%q, %d) = %q, want %q", tt.name, tt.max, got, tt.want)
		}
	}
}

func TestSuggestPrefersWeight(t *testing.T) {
	r := builtin(t)
	r.SetWeight("papua-new-guinea", 5)
	// Weight orders equally good matches but never beats a better one.
	if got := names(r.Suggest("Guinea", 3)); got != "guinea papua-new-guinea equatorial-guinea" {
		t.Errorf("Suggest(Guinea) = %q", got)
	}
}

func TestWithinEdits(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want bool
	}{
		{"minister", "minster", 1, true},
		{"minister", "minitser", 1, true},
		{"minister", "mnistre", 1, false},
		{"minister", "mnistre", 2, true},
		{"", "", 0, true},
		{"a", "", 0, false},
	}
	for _, tt := range tests {
		if got := WithinEdits(tt.a, tt.b, tt.k); got != tt.want {
			t.Errorf("WithinEdits(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
}

func TestReordered(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"amir hatami", "amir hamati", true},
		{"ali öztürk", "ali özkrüt", true},
		{"ali öztürk", "ali üztörk", false}, // another first letter, though its first byte is the same
		// Another first word, other letters, another first letter, or
		// the same name.
		{"amin hatami", "amir hamati", false},
		{"amir hatamy", "amir hamati", false},
		{"amir atamhi", "amir hamati", false},
		{"amir hamati", "amir hamati", false},
		{"amir", "amir", false},
	}
	for _, tt := range tests {
		if got := reordered([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("reordered(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
