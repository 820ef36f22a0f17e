package commands

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
)

// loadEngine loads the answer engine on the built-in corpus.
func loadEngine(t *testing.T) *answer.Engine {
	t.Helper()
	e, problems, err := answer.Load(context.Background(), answer.LoadOptions{})
	if err != nil {
		t.Fatalf("load the engine: %v (problems %v)", err, problems)
	}
	t.Cleanup(func() {
		if err := e.Close(); err != nil {
			t.Error(err)
		}
	})
	return e
}

// unescaped is a reply's text with Discord's Markdown escapes and bold
// markers removed, as a reader sees it.
func unescaped(t *testing.T, resp *discordgo.InteractionResponse) string {
	t.Helper()
	var b strings.Builder
	if resp.Data != nil {
		b.WriteString(resp.Data.Content)
		for _, e := range resp.Data.Embeds {
			b.WriteString("\n" + e.Title + "\n" + e.Description)
			for _, f := range e.Fields {
				b.WriteString("\n" + f.Name + "\n" + f.Value)
			}
		}
	}
	bold := regexp.MustCompile(`(^|[^\\])\*\*`)
	text := bold.ReplaceAllString(bold.ReplaceAllString(b.String(), "$1"), "$1")
	return regexp.MustCompile(`\\([\\*_~|\[\]<>@#+.\x60-])`).ReplaceAllString(text, "$1")
}

// customIDs returns the custom IDs of a response's buttons by label.
func customIDs(resp *discordgo.InteractionResponse) map[string]string {
	ids := map[string]string{}
	for _, row := range resp.Data.Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			b := c.(discordgo.Button)
			ids[b.Label] = b.CustomID
		}
	}
	return ids
}

func press(customID string, message *discordgo.Message) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "9", Type: discordgo.InteractionMessageComponent, User: &discordgo.User{ID: "1001"},
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}, Message: message}
}

func TestEngineEndToEnd(t *testing.T) {
	r := NewRouter(loadEngine(t), Options{RateLimit: RateLimit{Disabled: true}})
	autocomplete := func(command, opt, typed string) *discordgo.Interaction {
		return &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete,
			Data: discordgo.ApplicationCommandInteractionData{Name: command, Options: []*discordgo.ApplicationCommandInteractionDataOption{option(opt, typed, true)}}}
	}
	tests := []struct {
		name     string
		i        *discordgo.Interaction
		contains []string
	}{
		{"ask", slash("ask", option("question", "What did China say about the use of force?", false)),
			[]string{"The use of force cannot solve problems", "Fu Cong", "paragraph", "](https://"}},
		{"position", slash("position", option("who", "Türkiye", false)), []string{"Position of Turkey", "Hakan Fidan", "paragraph"}},
		{"position on a topic", slash("position", option("who", "saudi arabia", false), option("topic", "airspace", false)), []string{"not allow its airspace"}},
		{"compare", slash("compare", option("first", "China", false), option("second", "Russia", false)), []string{"China and Russia", "Statement 1"}},
		{"who", slash("who", option("name", "Araqchi", false)), []string{"Abbas Araghchi", "statements in the corpus"}},
		{"sources", slash("sources"), []string{"The corpus: 4 articles", "Press TV", "WE News English"}},
		{"unknown name", slash("position", option("who", "Wakanda", false)), []string{"I don't know a country, organisation or person called “Wakanda”."}},
		{"autocomplete tur", autocomplete("position", "who", "tur"), []string{`"Turkey`}},
		{"autocomplete arag", autocomplete("who", "name", "arag"), []string{`"Abbas Araghchi`}},
		{"autocomplete folded", autocomplete("compare", "second", "ERDOG"), []string{`Erdo`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := r.Handle(context.Background(), tt.i)
			if err != nil {
				t.Fatal(err)
			}
			checkResponse(t, resp)
			text := unescaped(t, resp) + string(marshal(t, resp.Data.Choices))
			for _, s := range tt.contains {
				if !strings.Contains(text, s) {
					t.Errorf("reply lacks %q:\n%s", s, text)
				}
			}
		})
	}

	t.Run("pages there and back", func(t *testing.T) {
		first, err := r.Handle(context.Background(), slash("position", option("who", "Iran", false)))
		if err != nil {
			t.Fatal(err)
		}
		more := customIDs(first)["More"]
		if more == "" {
			t.Fatalf("no More button on a first page of Iran's statements:\n%s", unescaped(t, first))
		}
		msg := &discordgo.Message{ID: "m", Embeds: first.Data.Embeds, Components: first.Data.Components}
		second, err := r.Handle(context.Background(), press(more, msg))
		if err != nil {
			t.Fatal(err)
		}
		checkResponse(t, second)
		if second.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(unescaped(t, second), "Statements 6–") {
			t.Fatalf("second page:\n%s", unescaped(t, second))
		}
		back, err := r.Handle(context.Background(), press(customIDs(second)["Previous"], msg))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := string(marshal(t, back.Data.Embeds)), string(marshal(t, first.Data.Embeds)); got != want {
			t.Error("Previous does not lead back to the first page")
		}
		// The message form of the custom ID reads the query from the footer.
		fromMessage, err := r.Handle(context.Background(), press("v1:pos:5:m", msg))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := string(marshal(t, fromMessage.Data.Embeds)), string(marshal(t, second.Data.Embeds)); got != want {
			t.Error("a custom ID in the message form does not rebuild the same page")
		}
	})
}

// TestEngineEvalQuestions asks the hand-checked questions through /ask and
// checks that every expected quote the engine finds is shown, verbatim, in
// the Discord reply.
func TestEngineEvalQuestions(t *testing.T) {
	e := loadEngine(t)
	r := NewRouter(e, Options{RateLimit: RateLimit{Disabled: true}})
	f, err := os.Open("testdata/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var asked, found, shown int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q struct {
			Q         string   `json:"q"`
			ExpectAny []string `json:"expect_any"`
		}
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatal(err)
		}
		asked++
		a, err := e.Ask(context.Background(), q.Q, answer.Page{Limit: answer.DefaultLimit})
		if err != nil {
			t.Fatal(err)
		}
		var inAnswer []string
		for _, res := range a.Results {
			texts := []string{res.Text}
			for _, s := range res.Statements {
				texts = append(texts, s.Text)
			}
			for _, want := range q.ExpectAny {
				for _, txt := range texts {
					if strings.Contains(txt, want) {
						inAnswer = append(inAnswer, want)
					}
				}
			}
		}
		if len(inAnswer) == 0 {
			continue
		}
		found++
		resp, err := r.Handle(context.Background(), slash("ask", option("question", q.Q, false)))
		if err != nil {
			t.Fatal(err)
		}
		checkResponse(t, resp)
		text := unescaped(t, resp)
		for _, want := range inAnswer {
			if strings.Contains(text, want) {
				shown++
				break
			}
		}
		if !strings.ContainsFunc(text, func(rune) bool { return true }) || !containsAny(text, inAnswer) {
			t.Errorf("%q: the engine found %q but the reply does not show it:\n%s", q.Q, inAnswer, text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d questions; the engine's first page has an expected quote for %d; the Discord reply shows it for %d", asked, found, shown)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// BenchmarkHandleAsk measures a whole /ask on the built-in corpus: the
// engine's answer and its rendering.
func BenchmarkHandleAsk(b *testing.B) {
	e, _, err := answer.Load(context.Background(), answer.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	r := NewRouter(e, Options{RateLimit: RateLimit{Disabled: true}})
	i := slash("ask", option("question", "What is Turkey's position?", false))
	for b.Loop() {
		if _, err := r.Handle(context.Background(), i); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderStress measures rendering an answer far over Discord's
// limits.
func BenchmarkRenderStress(b *testing.B) {
	a := stressAnswerer()
	ans, err := a.Ask(context.Background(), "stress", answer.Page{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		renderAnswer(ans)
	}
}
