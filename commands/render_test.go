package commands

import (
	"slices"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
)

func TestFormatSource(t *testing.T) {
	jan30 := time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		s    answer.Source
		max  int
		want string
	}{
		{"full", answer.Source{Title: "Iran FM intensifies diplomacy", Outlet: "Press TV", URL: "https://www.presstv.co.uk/a", Published: jan30, Paragraph: 3}, 1024,
			"[Iran FM intensifies diplomacy](https://www.presstv.co.uk/a) — Press TV, 30 January 2026, paragraph 3"},
		{"no outlet: the host stands for it", answer.Source{Title: "Diplomacy", URL: "https://www.factnerve.com/x", Paragraph: 7}, 1024,
			"[Diplomacy](https://www.factnerve.com/x) — factnerve.com, paragraph 7"},
		{"no title: the outlet is the link", answer.Source{URL: "https://dominicanrepublicpost.com/?p=1", Published: jan30}, 1024,
			"[dominicanrepublicpost.com](https://dominicanrepublicpost.com/?p=1) — 30 January 2026"},
		{"no URL", answer.Source{Title: "A *bold* [claim]", Outlet: "Wire"}, 1024,
			`A \*bold\* \[claim\] — Wire`},
		{"not a web URL", answer.Source{Title: "T", URL: "javascript:alert(1)", Outlet: "O"}, 1024, "T — O"},
		{"parentheses in URL", answer.Source{Title: "T", URL: "https://x.org/a_(b)", Outlet: "O"}, 1024, "[T](https://x.org/a_%28b%29) — O"},
		{"long title cut, link kept", answer.Source{Title: "One two three four five six seven eight nine ten", URL: "https://x.org/a", Outlet: "O"}, 45,
			"[One two three four…](https://x.org/a) — O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := formatSource(tt.s, tt.max)
			if got != tt.want {
				t.Errorf("formatSource = %q, want %q", got, tt.want)
			}
			if textLen(got) > tt.max {
				t.Errorf("%d characters, more than %d", textLen(got), tt.max)
			}
		})
	}
}

func TestFormatSpeaker(t *testing.T) {
	tests := []struct {
		q    answer.Quote
		want string
	}{
		{answer.Quote{Kind: "direct", Speaker: "Hakan Fidan", Role: "Foreign Minister", Affiliation: "Turkey"}, "— **Hakan Fidan**, Foreign Minister (Turkey)"},
		{answer.Quote{Kind: "indirect", Speaker: "Turkey", Affiliation: "Turkey"}, "— **Turkey** · *reported speech*"},
		{answer.Quote{Kind: "partial", Speaker: "a Turkish diplomatic source", Affiliation: "Turkey"}, "— **a Turkish diplomatic source** (Turkey)"},
		{answer.Quote{Kind: "direct"}, "— **unattributed**"},
		{answer.Quote{Kind: "direct", Speaker: "Fu Cong", Role: "China’s permanent representative", Affiliation: "China"}, "— **Fu Cong**, China’s permanent representative"},
	}
	for _, tt := range tests {
		if got := formatSpeaker(tt.q); got != tt.want {
			t.Errorf("formatSpeaker(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestPageLine(t *testing.T) {
	tests := []struct {
		offset, shown, total int
		want                 string
	}{
		{0, 0, 0, ""},
		{0, 1, 1, "1 result."},
		{0, 3, 3, "3 results."},
		{0, 3, 12, "Results 1–3 of 12."},
		{3, 1, 4, "Result 4 of 4."},
		{9, 3, 12, "Results 10–12 of 12."},
	}
	for _, tt := range tests {
		if got := pageLine("result", "results", tt.offset, tt.shown, tt.total); got != tt.want {
			t.Errorf("pageLine(%d, %d, %d) = %q, want %q", tt.offset, tt.shown, tt.total, got, tt.want)
		}
	}
}

func TestPagerRow(t *testing.T) {
	p := pageRequest{Kind: pageAsk, Question: "q"}
	tests := []struct {
		offset, shown, total int
		want                 []string
	}{
		{0, 3, 3, nil},
		{0, 3, 7, []string{"More v1:ask:3:q:q"}},
		{3, 3, 7, []string{"Previous v1:ask:0:q:q", "More v1:ask:6:q:q"}},
		{6, 1, 7, []string{"Previous v1:ask:3:q:q"}},
		{2, 3, 5, []string{"Previous v1:ask:0:q:q"}},
	}
	for _, tt := range tests {
		p.Offset = tt.offset
		var got []string
		for _, row := range pagerRow(p, 3, tt.shown, tt.total) {
			for _, c := range row.(discordgo.ActionsRow).Components {
				b := c.(discordgo.Button)
				got = append(got, b.Label+" "+b.CustomID)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("offset %d, %d of %d: buttons %q, want %q", tt.offset, tt.shown, tt.total, got, tt.want)
		}
	}
}
