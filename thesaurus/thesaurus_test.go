package thesaurus

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRelated(t *testing.T) {
	th, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word    string
		want    []string // all among the related words
		notWant []string
	}{
		{word: "try", want: []string{"attempt"}},
		{word: "attempting", want: []string{"try"}, notWant: []string{"attempt"}},
		{word: "Tried", want: []string{"attempt"}},
		{word: "worried", want: []string{"concern"}, notWant: []string{"worried", "worry"}},
		{word: "concerns", want: []string{"worry"}},
		{word: "countries", want: []string{"nation"}},
		{word: "phone", want: []string{"call"}},
		// Phrasal verbs, inflected, and among the words returned.
		{word: "turned down", want: []string{"reject"}},
		{word: "Stepped up", want: []string{"intensify"}},
		{word: "reject", want: []string{"turn down"}, notWant: []string{"turn_down"}},
		{word: "turn sideways", want: nil},
		// Names are the entity registry's, rare senses are left out.
		{word: "iran", want: nil},
		{word: "deal", notWant: []string{"cover", "address"}},
		{word: "", want: nil},
		{word: "xyzzy", want: nil},
	}
	for _, tt := range tests {
		got := th.Related(tt.word)
		if tt.want == nil && tt.notWant == nil && got != nil {
			t.Errorf("Related(%q) = %q, want none", tt.word, got)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Related(%q) = %q, want %q among them", tt.word, got, w)
			}
		}
		for _, w := range tt.notWant {
			if slices.Contains(got, w) {
				t.Errorf("Related(%q) = %q, want no %q", tt.word, got, w)
			}
		}
	}
}

func TestParse(t *testing.T) {
	th, err := Parse(strings.NewReader("# a comment\nattempt\ttry effort\ntry\tattempt\n"), strings.NewReader("# derived\nagree\tagreement\nagreement\tagree\n"), strings.NewReader("tried\ttry\n"), strings.NewReader("# words\ntry\ndate\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := th.Related("tried"); !reflect.DeepEqual(got, []string{"attempt"}) {
		t.Errorf("Related(tried) = %q, want [attempt]", got)
	}
	if got := th.Related("attempts"); !reflect.DeepEqual(got, []string{"try", "effort"}) {
		t.Errorf("Related(attempts) = %q, want [try effort]", got)
	}
	if got := th.Derived("Agreed"); !reflect.DeepEqual(got, []string{"agreement"}) {
		t.Errorf("Derived(Agreed) = %q, want [agreement]", got)
	}
	if got := th.Derived("agreements"); !reflect.DeepEqual(got, []string{"agree"}) {
		t.Errorf("Derived(agreements) = %q, want [agree]", got)
	}
	if got := th.Derived("try"); got != nil {
		t.Errorf("Derived(try) = %q, want none", got)
	}
	if got := th.Forms("Try"); !reflect.DeepEqual(got, []string{"tried"}) {
		t.Errorf("Forms(Try) = %q, want [tried]", got)
	}
	if got := th.Forms("attempt"); got != nil {
		t.Errorf("Forms(attempt) = %q, want none", got)
	}
	for _, tt := range []struct {
		word string
		want bool
	}{{"tried", true}, {"Dates", true}, {"attempt", false}, {"Lula", false}, {"", false}} {
		if got := th.IsWord(tt.word); got != tt.want {
			t.Errorf("IsWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	for _, bad := range []string{"attempt try", "attempt\t", "\ttry", " attempt\ttry"} {
		if _, err := Parse(strings.NewReader(bad), strings.NewReader(""), strings.NewReader(""), strings.NewReader("")); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Parse(%q): error %v, want one naming line 1", bad, err)
		}
		if _, err := Parse(strings.NewReader(""), strings.NewReader(bad), strings.NewReader(""), strings.NewReader("")); err == nil || !strings.Contains(err.Error(), "derived words: line 1") {
			t.Errorf("Parse(derived %q): error %v, want one naming line 1 of the derived words", bad, err)
		}
	}
	for _, bad := range []string{"two words", " word", "word\tx"} {
		if _, err := Parse(strings.NewReader(""), strings.NewReader(""), strings.NewReader(""), strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Parse(words %q): error %v, want one naming line 1", bad, err)
		}
	}
}

// FuzzParse checks that no list makes Parse, Related, Derived or IsWord
// panic, and that a word is never related to itself, nor derived from
// itself.
func FuzzParse(f *testing.F) {
	f.Add("attempt\ttry effort\ntry\tattempt\n", "agree\tagreement\n", "tried\ttry\n", "try\n", "tried")
	f.Add("#\n\n", "#\n", "x\t", "#\n", "")
	f.Add("ies\ty\n", "ies\ties y\n", "", "y", "ies")
	f.Fuzz(func(t *testing.T, related, derived, exceptions, words, word string) {
		th, err := Parse(strings.NewReader(related), strings.NewReader(derived), strings.NewReader(exceptions), strings.NewReader(words))
		if err != nil {
			return
		}
		if got := th.Related(word); slices.Contains(got, strings.ToLower(word)) {
			t.Errorf("Related(%q) = %q holds the word itself", word, got)
		}
		if got := th.Derived(word); slices.Contains(got, strings.ToLower(word)) {
			t.Errorf("Derived(%q) = %q holds the word itself", word, got)
		}
		_ = th.IsWord(word)
	})
}

func TestAdjective(t *testing.T) {
	th, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ word, want string }{
		{"militarily", "military"},
		{"Strongly", "strong"},
		{"basically", "basic"},
		{"probably", "probable"},
		{"possibly", "possible"},
		{"really", "real"},
		// Not adverbs of an adjective: too short a stem, no common
		// adjective, no -ly at all.
		{"early", ""},
		{"family", ""},
		{"only", ""},
		{"military", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := th.Adjective(tt.word); got != tt.want {
			t.Errorf("Adjective(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestInflections(t *testing.T) {
	th, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want []string // all among the forms
	}{
		{"begin", []string{"began", "begun"}},
		{"Beginning", []string{"begin", "began", "begun"}},
		{"began", []string{"begin", "begun"}},
		{"says", []string{"say", "said"}},
		{"attack", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := th.Inflections(tt.word)
		if tt.want == nil && got != nil {
			t.Errorf("Inflections(%q) = %q, want none", tt.word, got)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Inflections(%q) = %q, want %q among them", tt.word, got, w)
			}
		}
		if slices.Contains(got, strings.ToLower(tt.word)) {
			t.Errorf("Inflections(%q) = %q, holding the word itself", tt.word, got)
		}
	}
}

// TestIsWordBritish checks that the built-in word list, in American
// spelling, knows words spelt the British way.
func TestIsWordBritish(t *testing.T) {
	th, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word string
		want bool
	}{{"Rumour", true}, {"rumours", true}, {"defence", true}, {"centre", true}, {"organised", true}, {"analyse", true}, {"Lula", false}, {"Grossi", false}} {
		if got := th.IsWord(tt.word); got != tt.want {
			t.Errorf("IsWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
