package commands

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/commands/commandstest"
)

// stressText is a long quote full of Markdown, mentions, emoji and long
// words, n sentences long.
func stressText(seed, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Sentence %d of quote %d says *this* and _that_ with ~~strikes~~, `code`, ||spoilers||, @everyone, <@&123> and 🇮🇷🇺🇸 flags. ", i, seed)
	}
	b.WriteString("Antidisestablishmentarianismantidisestablishmentarianism")
	return b.String()
}

func stressSource(i int) answer.Source {
	return answer.Source{
		Article:   fmt.Sprintf("article-%d", i),
		Title:     strings.Repeat("A very long headline about the crisis (part "+fmt.Sprint(i)+") ", 10),
		Outlet:    strings.Repeat("Outlet ", 30),
		URL:       fmt.Sprintf("https://example.com/news/(%d)/%s", i, strings.Repeat("x", 300)),
		Published: time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC),
		Paragraph: i + 1,
	}
}

func stressQuote(i int) answer.Quote {
	return answer.Quote{
		Kind:        []string{"direct", "partial", "indirect"}[i%3],
		Text:        stressText(i, 40),
		Speaker:     strings.Repeat("Speaker ", 40),
		SpeakerID:   "speaker",
		Role:        strings.Repeat("Deputy ", 30) + "Minister",
		Affiliation: "Islamic Republic of Iran",
	}
}

// stressAnswerer answers everything with far more than Discord allows.
func stressAnswerer() *commandstest.Answerer {
	var f commandstest.Fixture
	f.Entities = []answer.EntityRef{{ID: "iran", Name: "Iran", Kind: "country"}, {ID: "turkey", Name: "Turkey", Kind: "country"}}
	for i := range 40 {
		f.Entities = append(f.Entities, answer.EntityRef{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Person %d %s", i, strings.Repeat("Long", 30)), Kind: "person"})
		f.Entities = append(f.Entities, answer.EntityRef{ID: fmt.Sprintf("q%d", i), Name: fmt.Sprintf("Person %d", i), Kind: "person"})
	}
	var results []answer.Result
	for i := range 12 {
		r := answer.Result{Source: stressSource(i), Text: stressText(i, 50)}
		for j := range 3 * i {
			r.Statements = append(r.Statements, stressQuote(j))
		}
		results = append(results, r)
	}
	f.Answers = map[string]answer.Answer{"stress": {Notice: strings.Repeat("A notice. ", 50), Results: results}}
	var stmts []answer.SourcedQuote
	for i := range 20 {
		stmts = append(stmts, answer.SourcedQuote{Quote: stressQuote(i), Source: stressSource(i)})
	}
	f.Positions = map[string]answer.Position{
		"iran":   {Entity: f.Entities[0], Statements: stmts, Notice: strings.Repeat("Notice. ", 100)},
		"turkey": {Entity: f.Entities[1], Statements: stmts},
	}
	var arts []answer.Source
	var infos []answer.ArticleInfo
	for i := range 300 {
		arts = append(arts, stressSource(i))
		infos = append(infos, answer.ArticleInfo{Source: stressSource(i), Paragraphs: 10, Statements: 5, Speakers: 2})
	}
	f.Profiles = map[string]answer.Profile{"iran": {Entity: f.Entities[0], Aliases: strings.Fields(strings.Repeat("alias ", 500)), Articles: arts}}
	f.Sources = infos
	return &commandstest.Answerer{Fixture: f}
}

func option(name, value string, focused bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value, Focused: focused}
}

func slash(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "1", Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: "1001"},
		Data: discordgo.ApplicationCommandInteractionData{Name: name, CommandType: discordgo.ChatApplicationCommand, Options: opts},
	}
}

func TestLimitsUnderStress(t *testing.T) {
	long := strings.Repeat("Why is Hormuz important? ", 19) // 475 characters
	tests := []struct {
		name string
		i    *discordgo.Interaction
	}{
		{"ask", slash("ask", option("question", "stress", false))},
		{"ask_long_question", slash("ask", option("question", long, false))},
		{"position", slash("position", option("who", "Iran", false))},
		{"position_topic", slash("position", option("who", "Iran", false), option("topic", "Sentence", false))},
		{"compare", slash("compare", option("first", "Iran", false), option("second", "Turkey", false))},
		{"who", slash("who", option("name", "Iran", false))},
		{"sources", slash("sources")},
		{"autocomplete", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete,
			Data: discordgo.ApplicationCommandInteractionData{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{option("name", "per", true)}}}},
		{"button", &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, User: &discordgo.User{ID: "1001"},
			Data: discordgo.MessageComponentInteractionData{CustomID: "v1:ask:3:q:stress"}}},
	}
	r := NewRouter(stressAnswerer(), Options{RateLimit: RateLimit{Disabled: true}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := r.Handle(context.Background(), tt.i)
			if err != nil {
				t.Fatal(err)
			}
			checkResponse(t, resp)
			for _, e := range resp.Data.Embeds {
				checkQuotesCut(t, e.Description)
				for _, f := range e.Fields {
					checkQuotesCut(t, f.Value)
				}
				if e.URL != "" && (len(e.Fields) == 0 || e.Fields[0].Name != "Source" || !strings.Contains(e.Fields[0].Value, "30 January 2026")) {
					t.Errorf("embed %q lost its source: %+v", e.Title, e.Fields)
				}
			}
			if tt.name == "ask" {
				checkGolden(t, "stress_ask.json", marshal(t, resp))
			}
			if tt.name == "autocomplete" && len(resp.Data.Choices) != maxChoices {
				t.Errorf("%d choices, want %d", len(resp.Data.Choices), maxChoices)
			}
		})
	}
}

// checkQuotesCut checks that every block-quoted line that was cut ends in
// "…" after a whole word of the stress text.
func checkQuotesCut(t *testing.T, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "> ") || !strings.HasSuffix(line, ellipsis) {
			continue
		}
		body := strings.TrimSuffix(line, ellipsis)
		if body == "> " {
			continue
		}
		last := body[strings.LastIndexAny(body, " ")+1:]
		// The stress text's words end with these.
		if !strings.HasSuffix(last, ".") && !strings.ContainsAny(last[len(last)-1:], "abcdefghijklmnopqrstuvwxyz0123456789,*_~`|>") && !strings.HasSuffix(last, "🇸") {
			t.Errorf("quote cut mid-word: …%q", last)
		}
	}
}
