package commands

import (
	"strings"
	"testing"

	"github.com/crisisbot/bot/answer"
)

func TestPassageWithQuotes(t *testing.T) {
	fidan := func(kind, text string) answer.Quote {
		return answer.Quote{Kind: kind, Text: text, Speaker: "Hakan Fidan", Role: "Foreign Minister", Affiliation: "Turkey"}
	}
	tests := []struct {
		name   string
		text   string
		quotes []answer.Quote
		max    int
		want   string
		ok     bool
	}{
		{"reported speech keeps its context",
			"The UAE has made similar pledges not to allow a strike.",
			[]answer.Quote{{Kind: "indirect", Text: "not to allow a strike", Speaker: "United Arab Emirates", Affiliation: "United Arab Emirates"}},
			1000, "> The UAE has made similar pledges **not to allow a strike**.\n— **United Arab Emirates** · *reported speech*", true},
		{"two statements, one speaker, quoted once",
			"Fidan warned that war is near. He stressed that “talks remain the only way.”",
			[]answer.Quote{fidan("indirect", "war is near"), fidan("direct", "talks remain the only way.")},
			1000, "> Fidan warned that **war is near**. He stressed that “**talks remain the only way.**”\n— **Hakan Fidan**, Foreign Minister (Turkey)", true},
		{"overlapping statements merge",
			"He said the strike was *wrong* and dangerous.",
			[]answer.Quote{fidan("partial", "the strike was *wrong*"), fidan("partial", "was *wrong* and dangerous")},
			1000, "> He said **the strike was \\*wrong\\* and dangerous**.\n— **Hakan Fidan**, Foreign Minister (Turkey)", true},
		{"too long: fall back", "He said war is near.", []answer.Quote{fidan("indirect", "war is near")}, 20, "", false},
		{"statement not in the passage: fall back", "He said war is near.", []answer.Quote{fidan("indirect", "peace is near")}, 1000, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := passageWithQuotes(answer.Result{Text: tt.text, Statements: tt.quotes}, tt.max)
			if ok != tt.ok || got != tt.want {
				t.Errorf("passageWithQuotes = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
			if ok && textLen(got) > tt.max {
				t.Errorf("%d characters, more than %d", textLen(got), tt.max)
			}
		})
	}
}

func TestResultEmbedFallsBackToStatements(t *testing.T) {
	long := strings.Repeat("Filler words about the crisis. ", 200)
	r := answer.Result{
		Source: answer.Source{Title: "T", URL: "https://x.org/a", Paragraph: 2},
		Text:   long + "He said “the use of force cannot solve problems.”",
		Statements: []answer.Quote{{Kind: "direct", Text: "the use of force cannot solve problems.", Speaker: "Fu Cong",
			Role: "Permanent Representative to the United Nations", Affiliation: "China"}},
	}
	e := resultEmbed(r, 1800)
	if embedLen(e) > 1800 {
		t.Errorf("embed of %d characters, more than 1800", embedLen(e))
	}
	want := "> the use of force cannot solve problems.\n— **Fu Cong**, Permanent Representative to the United Nations (China)"
	if e.Description != want {
		t.Errorf("description %q, want %q", e.Description, want)
	}
}
