package thesaurus

import (
	"reflect"
	"slices"
	"testing"
)

func TestSwaps(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"Sya", []string{"ysa", "say"}},
		{"wall", []string{"awll", "wlal"}},
		{"a", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Swaps(tt.word); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Swaps(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestSpellings(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"Organization", []string{"organisation"}},
		{"organisations", []string{"organizations"}},
		{"criticized", []string{"criticised"}},
		{"emphasising", []string{"emphasizing"}},
		{"favour", []string{"favor"}},
		{"labored", []string{"laboured"}},
		{"honorable", []string{"honourable"}},
		{"for", nil},
		{"talks", nil},
	}
	for _, tt := range tests {
		if got := Spellings(tt.word); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Spellings(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestOneLetterAway(t *testing.T) {
	tests := []struct {
		word string
		want []string // all among the spellings
	}{
		{"postion", []string{"position"}},
		{"Reakt", []string{"react"}},
		{"drons", []string{"drone", "drones", "dons"}},
		{"", []string{"a", "z"}},
	}
	for _, tt := range tests {
		got := OneLetterAway(tt.word)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("OneLetterAway(%q) lacks %q", tt.word, w)
			}
		}
		// n drops, 26(n+1) additions, 25n changes.
		if n := len([]rune(tt.word)); len(got) != n+26*(n+1)+25*n {
			t.Errorf("OneLetterAway(%q): %d spellings, want %d", tt.word, len(got), n+26*(n+1)+25*n)
		}
	}
}
