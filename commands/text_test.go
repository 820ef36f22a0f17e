package commands

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTextLen(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"Türkiye", 7},       // one code point per letter, precomposed
		{"Tu\u0308rkiye", 8}, // decomposed: the mark counts
		{"🇹🇷", 4},            // two regional indicators, two surrogate pairs
		{"a😀b", 4},
		{"\xff", 1}, // invalid byte, sent as U+FFFD
	}
	for _, tt := range tests {
		if got := textLen(tt.s); got != tt.want {
			t.Errorf("textLen(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name string
		s    string
		max  int
		want string
	}{
		{"fits", "The use of force cannot solve problems.", 100, "The use of force cannot solve problems."},
		{"exact", "abc def", 7, "abc def"},
		{"word boundary", "The use of force cannot solve problems.", 20, "The use of force…"},
		{"sentence boundary", "It’s wrong to attack Iran. It’s wrong to start the war again.", 40, "It’s wrong to attack Iran.…"},
		{"sentence too short, word preferred", "No. The use of force cannot solve problems at all.", 40, "No. The use of force cannot solve…"},
		{"one long word", "Antidisestablishmentarianism", 10, "Antidises…"},
		{"emoji counted as two", "😀😀😀 😀😀😀", 9, "😀😀😀…"},
		{"never mid-surrogate", "😀😀😀😀😀", 6, "😀😀…"},
		{"trailing blanks dropped", "alpha    beta gamma", 12, "alpha…"},
		{"zero room", "alpha", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := truncate(tt.s, tt.max)
			if got != tt.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.want)
			}
			if textLen(got) > tt.max {
				t.Errorf("result has %d units, more than %d", textLen(got), tt.max)
			}
		})
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words, kept verbatim.", "plain words, kept verbatim."},
		{"**bold** _it_ ~~s~~ `c` ||spoiler||", `\*\*bold\*\* \_it\_ \~\~s\~\~ \` + "`c\\`" + ` \|\|spoiler\|\|`},
		{"@everyone <@&123> <@456>", `\@everyone \<\@&123\> \<\@456\>`},
		{"[link](https://x)", `\[link\](https://x)`},
		{"# heading\n- item\n> quote\n1. first\n2004 was a year", "\\# heading\n\\- item\n\\> quote\n1\\. first\n2004 was a year"},
		{"well-known - not a list", "well-known - not a list"},
		{`back\slash`, `back\\slash`},
		{"Türkiye’s “benevolent efforts”", "Türkiye’s “benevolent efforts”"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBlockQuote(t *testing.T) {
	got := blockQuote("first line\n# second")
	want := "> first line\n> \\# second"
	if got != want {
		t.Errorf("blockQuote = %q, want %q", got, want)
	}
}

func TestQuoteBlockKeepsLineBelow(t *testing.T) {
	below := "— **Hakan Fidan**, Foreign Minister (Turkey)"
	text := strings.Repeat("Diplomacy remains the only realistic solution. ", 100)
	for _, max := range []int{60, 200, 1024, 4096} {
		got := quoteBlock(text, below, max)
		if textLen(got) > max && max >= textLen(below)+6 {
			t.Errorf("max %d: %d units", max, textLen(got))
		}
		if !strings.HasSuffix(got, "\n"+below) {
			t.Errorf("max %d: line below lost: %q", max, got)
		}
		if !strings.Contains(got, ellipsis) {
			t.Errorf("max %d: no visible cut: %q", max, got)
		}
	}
}

func TestShare(t *testing.T) {
	tests := []struct {
		want   []int
		budget int
		got    []int
	}{
		{[]int{10, 20}, 100, []int{10, 20}},
		{[]int{10, 200, 300}, 300, []int{10, 145, 145}},
		{[]int{500, 500}, 300, []int{150, 150}},
	}
	for _, tt := range tests {
		got := share(tt.want, tt.budget)
		for i := range got {
			if got[i] != tt.got[i] {
				t.Errorf("share(%v, %d) = %v, want %v", tt.want, tt.budget, got, tt.got)
				break
			}
		}
	}
}

func FuzzTruncate(f *testing.F) {
	f.Add("The use of force cannot solve problems. Any acts of military adventurism.", 30)
	f.Add("😀😀😀 abc", 5)
	f.Add("\xff\xfe words", 3)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 5000 {
			return
		}
		got := truncate(s, max)
		if textLen(got) > max {
			t.Fatalf("truncate(%q, %d) = %q: %d units", s, max, got, textLen(got))
		}
		if got == s {
			return
		}
		if got == "" {
			return
		}
		body := strings.TrimSuffix(got, ellipsis)
		if !strings.HasPrefix(s, body) {
			t.Fatalf("truncate(%q, %d) = %q: not a prefix", s, max, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("truncate(%q, %d) = %q: cut inside a rune", s, max, got)
		}
	})
}
