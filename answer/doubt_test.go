package answer

import (
	"testing"
	"unicode/utf8"
)

// TestDoubts checks where a question names what it doubts: the one a
// cleft asks about, the claim after an opener (kept or dropped by
// parsing) and before a tag, and whether a question for what is so
// follows the claim.
func TestDoubts(t *testing.T) {
	tests := []struct {
		text    string
		checked bool
		want    []string // the doubted stretches, in order
		kinds   string   // per doubt: c(andidate), r (corrected claim) or k (claim)
	}{
		{text: "Was it Wang Yi who warned at the UN?", want: []string{"Wang Yi"}, kinds: "c"},
		{text: "wasn't it the german leader who said it?", want: []string{"the german leader"}, kinds: "c"},
		{text: "Who posted it? Was it von der Leyen?", want: []string{"von der Leyen"}, kinds: "c"},
		{text: "Is it true that Jordan offered to host talks?"},
		{text: "Was it the case that Oman mediated?"},
		{text: "Was it because of the protests that Trump threatened Iran?"},
		{text: "Saw a tweet saying the USS Gerald R. Ford is the carrier. Which carrier is it actually?", want: []string{"the USS Gerald R. Ford is the carrier."}, kinds: "r"},
		{text: "Someone claims Japan warned Washington. True?", want: []string{"Japan warned Washington."}, kinds: "k"},
		{text: "someone in chat says the Lincoln sailed out of Norfolk. where is its home port actually?", want: []string{"the Lincoln sailed out of Norfolk."}, kinds: "r"},
		{text: "did Lavrov say the potential is exhausted?", checked: true, want: []string{"did Lavrov say the potential is exhausted?"}, kinds: "k"},
		{text: "did Lavrov say the potential is exhausted?"},
		{text: "Merz said it next to the Polish PM, right?", want: []string{"Merz said it next to the Polish PM"}, kinds: "k"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := doubts(tt.text, tt.checked)
			if len(got) != len(tt.want) {
				t.Fatalf("doubts %+v, want %q", got, tt.want)
			}
			for i, d := range got {
				if s := tt.text[d.span[0]:d.span[1]]; s != tt.want[i] {
					t.Errorf("doubt %d is %q, want %q", i, s, tt.want[i])
				}
				kind := "k"
				switch {
				case d.candidate:
					kind = "c"
				case d.corrected:
					kind = "r"
				}
				if kind != tt.kinds[i:i+1] {
					t.Errorf("doubt %d is of kind %s, want %s", i, kind, tt.kinds[i:i+1])
				}
			}
		})
	}
}

// FuzzDoubts checks that doubts never panics and returns stretches of
// the text, in order, on rune boundaries.
func FuzzDoubts(f *testing.F) {
	for _, s := range []string{
		"Was it Wang Yi who warned at the UN?",
		"Who posted it? Was it von der Leyen?",
		"Saw a tweet saying the USS Gerald R. Ford is the carrier. Which carrier is it actually?",
		"Merz said it next to the Polish PM, right?",
		"was it  who",
		"Claim: .",
		"is it é that",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, checked bool) {
		for _, d := range doubts(text, checked) {
			for _, s := range [][2]int{d.span, d.asked} {
				if s[0] < 0 || s[0] > s[1] || s[1] > len(text) {
					t.Fatalf("stretch %v out of %q", s, text)
				}
				if utf8.ValidString(text) && !utf8.ValidString(text[s[0]:s[1]]) {
					t.Fatalf("stretch %v of %q splits a rune", s, text)
				}
			}
		}
	})
}
