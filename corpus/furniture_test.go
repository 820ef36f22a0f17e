package corpus

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestFurniture parses the furniture fixtures and checks which lines each
// rule dropped and which paragraphs remain.
func TestFurniture(t *testing.T) {
	tests := []struct {
		file       string
		dropped    []DroppedLine // Text is not compared
		paragraphs []string
	}{
		{
			file: "label.txt",
			dropped: []DroppedLine{
				{Line: 2, Rule: RuleLabel}, {Line: 3, Rule: RuleLabel}, {Line: 4, Rule: RuleLabel},
				{Line: 5, Rule: RuleLabel}, {Line: 6, Rule: RuleLabel},
			},
			paragraphs: []string{
				"The talks began on Monday.",
				"Advertisement is what the minister called the statement.",
				"The talks ended on Tuesday.",
			},
		},
		{
			file: "share_buttons.txt",
			dropped: []DroppedLine{
				{Line: 1, Rule: RuleShareButtons}, {Line: 3, Rule: RuleShareButtons}, {Line: 5, Rule: RuleShareButtons},
			},
			paragraphs: []string{
				"The talks began on Monday.",
				"Share this with Twitter users, the minister said.",
			},
		},
		{
			file: "cross_link.txt",
			dropped: []DroppedLine{
				{Line: 2, Rule: RuleCrossLink}, {Line: 3, Rule: RuleCrossLink}, {Line: 4, Rule: RuleCrossLink},
				{Line: 5, Rule: RuleCrossLink}, {Line: 6, Rule: RuleCrossLink},
			},
			paragraphs: []string{
				"The talks began on Monday.",
				"Read more: word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word",
				"The talks ended on Tuesday.",
			},
		},
		{
			file: "end_list.txt",
			dropped: []DroppedLine{
				{Line: 4, Rule: RuleEndList}, {Line: 5, Rule: RuleEndList}, {Line: 6, Rule: RuleEndList},
				{Line: 8, Rule: RuleEndList},
			},
			paragraphs: []string{"The talks began on Monday.", "“Nothing is agreed,” the minister said."},
		},
		{
			file:    "end_list_guard.txt",
			dropped: []DroppedLine{{Line: 4, Rule: RuleEndList}, {Line: 5, Rule: RuleEndList}},
			paragraphs: []string{
				"The talks began on Monday.",
				"Trending",
				"A long paragraph follows the word above, so it is a section heading of the article and not the start of a list of other stories: nothing here may be dropped, because the article goes on.",
			},
		},
		{
			file:    "trackback.txt",
			dropped: []DroppedLine{{Line: 2, Rule: RuleTrackback}, {Line: 3, Rule: RuleTrackback}, {Line: 5, Rule: RuleTrackback}},
			paragraphs: []string{
				"The talks began on Monday.",
				"[…] an opening mark alone is not a trackback.",
			},
		},
		{
			file: "markdown.md",
			dropped: []DroppedLine{
				{Line: 7, Rule: RuleLabel}, {Line: 9, Rule: RuleShareButtons}, {Line: 12, Rule: RuleCrossLink},
				{Line: 15, Rule: RuleEndList}, {Line: 17, Rule: RuleEndList}, {Line: 19, Rule: RuleEndList},
			},
			paragraphs: []string{
				"The talks began on Monday.",
				"A paragraph whose",
				"line is dropped, splitting it in two.",
			},
		},
		{
			file: "nbsp.txt",
			dropped: []DroppedLine{
				{Line: 2, Rule: RuleLabel}, {Line: 3, Rule: RuleShareButtons},
				{Line: 4, Rule: RuleEndList}, {Line: 5, Rule: RuleEndList},
			},
			paragraphs: []string{"The talks began on Monday."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := parseFile(t, filepath.Join("testdata", "furniture", tt.file))
			var dropped []DroppedLine
			for _, d := range a.Dropped {
				if d.Text == "" {
					t.Errorf("line %d dropped without its text", d.Line)
				}
				dropped = append(dropped, DroppedLine{Line: d.Line, Rule: d.Rule})
			}
			if !slices.Equal(dropped, tt.dropped) {
				t.Errorf("dropped:\n got %v\nwant %v", dropped, tt.dropped)
			}
			var texts []string
			for _, p := range a.Paragraphs {
				texts = append(texts, p.Text)
			}
			if !slices.Equal(texts, tt.paragraphs) {
				t.Errorf("paragraphs:\n got %q\nwant %q", texts, tt.paragraphs)
			}
		})
	}
}

// TestFurnitureRule checks single lines against the rules, including lines
// that resemble furniture but are prose.
func TestFurnitureRule(t *testing.T) {
	tests := []struct {
		line string
		want FurnitureRule // "" when the line is kept
	}{
		{"Advertisement", RuleLabel},
		{"ADVERTISEMENT", RuleLabel},
		{"Advertisement:", RuleLabel},
		{"  Advertisement\u00a0", RuleLabel},
		{"## Advertisement", RuleLabel},
		{"Sponsored content", RuleLabel},
		{"Article continues below", RuleLabel},
		{"Continue reading", RuleLabel},
		{"Subscribe now", RuleLabel},
		{"Sign up for our daily briefing", RuleLabel},
		{"Advertisement revenue fell.", ""},
		{"Subscribers said the service was down.", ""},
		{"icon-facebook icon-twitter icon-whatsapp", RuleShareButtons},
		{"Share on Facebook", ""},
		{"Facebook · X · LinkedIn · Copy link", RuleShareButtons},
		{"Share, Tweet, Email", RuleShareButtons},
		{"icon-", ""},
		{"Twitter", RuleShareButtons},
		{"Twitter said it would comply.", ""},
		{"ALSO READ: Iran and Oman hold talks", RuleCrossLink},
		{"Also read : Iran and Oman hold talks", RuleCrossLink},
		{"READ ALSO: Iran and Oman hold talks", RuleCrossLink},
		{"Recommended: Five things to know", RuleCrossLink},
		{"Listen: The Iran podcast", RuleCrossLink},
		{"Watch this space, the minister said.", ""},
		{"Related News", ""}, // an end-of-list heading, handled with the lines after it
		{"[…] text from another site […]", RuleTrackback},
		{"[...]", RuleTrackback},
		{"[…] text from another site", ""},
		{"The [...] cut words from the quote [...]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			rule, ok := furnitureRule(foldLine(tt.line))
			if ok != (tt.want != "") || rule != tt.want {
				t.Errorf("furnitureRule(%q) = %q, %v; want %q", tt.line, rule, ok, tt.want)
			}
		})
	}
}

// TestEndListHeading checks the list headings that end an article.
func TestEndListHeading(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Related News", true},
		{"RELATED ARTICLES", true},
		{"Related stories:", true},
		{"More stories", true},
		{"Most read", true},
		{"Most Popular", true},
		{"Trending now", true},
		{"You may also like", true},
		{"You might also be interested in", true},
		{"## Related coverage", true},
		{"Related", false},
		{"Related news agencies reported the strike.", false},
		{"More news is expected on Friday", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := endListPattern.MatchString(trimLabel(foldLine(tt.line))); got != tt.want {
				t.Errorf("end-list heading %q = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
