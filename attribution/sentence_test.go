package attribution

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Iran said no. The US said yes.", []string{"Iran said no.", "The US said yes."}},
		{"title Dr.", "Sharif spoke with Dr. Masoud Pezeshkian. They agreed.", []string{"Sharif spoke with Dr. Masoud Pezeshkian.", "They agreed."}},
		{"titles Gen. Mr. Mrs. St.", "Gen. Smith met Mr. Jones and Mrs. Lee at St. Paul's. It rained.", []string{"Gen. Smith met Mr. Jones and Mrs. Lee at St. Paul's.", "It rained."}},
		{"month and number", "On Jan. 25 the No. 2 official resigned. Talks resumed.", []string{"On Jan. 25 the No. 2 official resigned.", "Talks resumed."}},
		{"initial", "Donald J. Trump wrote a post. It was long.", []string{"Donald J. Trump wrote a post.", "It was long."}},
		{"U.S. inside", "The U.S. Navy sailed. It docked.", []string{"The U.S. Navy sailed.", "It docked."}},
		{"U.S. at the end", "Iran blamed the U.S. The talks stalled.", []string{"Iran blamed the U.S.", "The talks stalled."}},
		{"decimal", "Oil rose 3.5 percent. Gold fell.", []string{"Oil rose 3.5 percent.", "Gold fell."}},
		{"quote ending .”", "He said: “We are ready.” Then he left.", []string{"He said: “We are ready.”", "Then he left."}},
		{"quote ending .\"", "He said: \"We are ready.\" Then he left.", []string{"He said: \"We are ready.\"", "Then he left."}},
		{"sentences inside a quote", "Fu Cong said: “Force cannot solve problems. It only adds fuel.” He urged calm.", []string{"Fu Cong said: “Force cannot solve problems. It only adds fuel.”", "He urged calm."}},
		{"attribution after quote", "“It’s wrong to attack Iran. It’s wrong,” Fidan said. He left.", []string{"“It’s wrong to attack Iran. It’s wrong,” Fidan said.", "He left."}},
		{"question before its attribution", "“Why should we trust them?” Pezeshkian asked. He left.", []string{"“Why should we trust them?” Pezeshkian asked.", "He left."}},
		{"a quoted fragment ends the sentence before a new report", "Rossi said Italy was “ready to help.” Rossi added that ships were on the way.", []string{"Rossi said Italy was “ready to help.”", "Rossi added that ships were on the way."}},
		{"a quoted fragment ends the sentence before a new one with said", "Rossi said Italy was “ready to help.” Rossi said ships were on the way.", []string{"Rossi said Italy was “ready to help.”", "Rossi said ships were on the way."}},
		{"exclamation before an inverted attribution", "“Never!” said the minister. Talks ended.", []string{"“Never!” said the minister.", "Talks ended."}},
		{"question and exclamation", "Could diplomacy work? Experts doubt it! Time will tell.", []string{"Could diplomacy work?", "Experts doubt it!", "Time will tell."}},
		{"lower case after full stop", "The talks ended at 5 p.m. on Friday.", []string{"The talks ended at 5 p.m. on Friday."}},
		{"no final stop", "Iran–US war of words", []string{"Iran–US war of words"}},
		{"spaces", "  One.   Two.  ", []string{"One.", "Two."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"Iran said no. The US said yes.", "“A. B.” C said. “D”", "Dr. J. U.S. 3.5 …", "\"unclosed. Quote.", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		prev := 0
		for _, s := range SplitSentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			if !utf8.ValidString(text[s.Start:s.End]) {
				t.Fatalf("span %+v splits a rune in %q", s, text)
			}
			prev = s.End
		}
	})
}
