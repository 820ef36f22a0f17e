package commands

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands/commandstest"
)

// The doors of the bot, and what hostile input at each must get. Every row
// of TestHostileInput is one interaction as Discord would deliver it (JSON,
// decoded by discordgo as the gateway and the HTTP endpoint do); every
// reply must keep Discord's limits, allow no mention, show no Go error text
// and no unescaped markup the user typed, and be one of:
//
//	refusal  an ephemeral message (type 4, flag 64) saying what to do
//	answer   a public answer, maybe "no passage answers this" (type 4)
//	update   a button's message updated in place (type 7)
//	choices  autocomplete suggestions, maybe none (type 8)
//	pong     the answer to Discord's PING (type 1)

// The users behind the interactions: a guild member and a user in a DM.
var (
	inGuild = map[string]any{"guild_id": "900", "channel_id": "800", "member": map[string]any{"user": map[string]any{"id": "1001", "username": "alice"}}}
	inDM    = map[string]any{"channel_id": "801", "user": map[string]any{"id": "1002", "username": "bob"}}
)

// wire builds an interaction of type typ with data, from where (inGuild,
// inDM or nil for neither), and decodes it from JSON as discordgo does.
func wire(t testing.TB, typ int, data any, where map[string]any, extra ...any) *discordgo.Interaction {
	t.Helper()
	m := map[string]any{"id": "555", "application_id": "7070", "type": typ, "token": "tok", "version": 1}
	if data != nil {
		m["data"] = data
	}
	for k, v := range where {
		m[k] = v
	}
	for n := 0; n+1 < len(extra); n += 2 {
		m[extra[n].(string)] = extra[n+1]
	}
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	return &i
}

// opt is a command option as JSON; value may be any JSON value.
func opt(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

// chatData is the data of a slash command with options.
func chatData(name string, opts ...map[string]any) map[string]any {
	list := []any{}
	for _, o := range opts {
		list = append(list, o)
	}
	return map[string]any{"id": "c1", "name": name, "type": 1, "options": list}
}

// askIn is /ask with a question, from where.
func askIn(t testing.TB, question string, where map[string]any) *discordgo.Interaction {
	return wire(t, 2, chatData("ask", opt("question", 3, question)), where)
}

// buttonIn is a press on a button with customID.
func buttonIn(t testing.TB, customID string, where map[string]any) *discordgo.Interaction {
	return wire(t, 3, map[string]any{"custom_id": customID, "component_type": 2}, where,
		"message", map[string]any{"id": "600", "channel_id": "800", "content": ""})
}

// injection is markup a user may type to ping, link or hide text.
const injection = "@everyone @here <@&123> <@456> [link](https://evil) ||spoiler|| `code` ```block```"

// injected are the pieces of injection that must never appear unescaped in
// the text Discord renders as Markdown.
var injected = []string{"@everyone", "@here", "<@&123>", "<@456>", "[link](https://evil)", "||spoiler||", "`code`"}

// leak matches Go error text and panics: what a user must never see.
var leak = regexp.MustCompile(`goroutine \d|panic|runtime error|\.go:\d|%!|<nil>|nil pointer|invalid memory|\bfunc\d|0x[0-9a-f]{6}`)

type doorCase struct {
	name string
	i    func(t testing.TB) *discordgo.Interaction
	// want is refusal, answer, update, choices or pong.
	want string
	// says is in the reply (refusals), or "" for any.
	says string
	// observed is the outcome the Observer is told, "command/outcome"; an
	// answer may be found or not: "ask/ok|ask/not_found".
	observed string
}

func hostileCases() []doorCase {
	long := strings.Repeat("x", 6000)
	zalgo := "a" + strings.Repeat("\u0301", 5000)
	control := "What did China say\x00 about\x1b[31m the use\r\nof force?\x1b[0m"
	found := "ask/ok|ask/not_found"
	return []doorCase{
		// /ask: the question.
		{"ask: empty question", func(t testing.TB) *discordgo.Interaction { return askIn(t, "", inGuild) }, "refusal", "Please type a question", "ask/invalid"},
		{"ask: blanks only", func(t testing.TB) *discordgo.Interaction { return askIn(t, " \t\u00a0 ", inGuild) }, "refusal", "Please type a question", "ask/invalid"},
		{"ask: 6,000 characters", func(t testing.TB) *discordgo.Interaction { return askIn(t, long, inGuild) }, "refusal", "6000 characters long", "ask/invalid"},
		{"ask: NUL, escape sequences, CR LF", func(t testing.TB) *discordgo.Interaction { return askIn(t, control, inGuild) }, "answer", "", found},
		{"ask: only control characters", func(t testing.TB) *discordgo.Interaction { return askIn(t, "\x00\x1b\r\n\x7f\u2028", inGuild) }, "refusal", "Please type a question", "ask/invalid"},
		{"ask: bidi overrides", func(t testing.TB) *discordgo.Interaction { return askIn(t, "\u202eWhat did China say?\u202c", inGuild) }, "answer", "", found},
		{"ask: invalid UTF-8", func(t testing.TB) *discordgo.Interaction { return askIn(t, "What \xff\xfe did China say?", inGuild) }, "answer", "", found},
		{"ask: 5,000 combining marks on one letter", func(t testing.TB) *discordgo.Interaction { return askIn(t, zalgo, inGuild) }, "answer", "", found},
		{"ask: only punctuation", func(t testing.TB) *discordgo.Interaction { return askIn(t, "?!?!... ;;; --- ***", inGuild) }, "answer", "", found},
		{"ask: bleve required field", func(t testing.TB) *discordgo.Interaction { return askIn(t, "+field:x -text:iran", inGuild) }, "answer", "", found},
		{"ask: bleve regexp", func(t testing.TB) *discordgo.Interaction { return askIn(t, "/.*(a+)+$/", inGuild) }, "answer", "", found},
		{"ask: bleve wildcard", func(t testing.TB) *discordgo.Interaction { return askIn(t, "*", inGuild) }, "answer", "", found},
		{"ask: bleve fuzzy", func(t testing.TB) *discordgo.Interaction { return askIn(t, "iran~ ~2", inGuild) }, "answer", "", found},
		{"ask: bleve boost", func(t testing.TB) *discordgo.Interaction { return askIn(t, "title:foo^5", inGuild) }, "answer", "", found},
		{"ask: unclosed quote", func(t testing.TB) *discordgo.Interaction { return askIn(t, `"unclosed what did China say`, inGuild) }, "answer", "", found},
		{"ask: markdown and mention injection", func(t testing.TB) *discordgo.Interaction { return askIn(t, injection, inGuild) }, "answer", "", found},
		{"ask: from a DM", func(t testing.TB) *discordgo.Interaction {
			return askIn(t, "What did China say about the use of force?", inDM)
		}, "answer", "Fu Cong", found},
		{"ask: from neither a member nor a user", func(t testing.TB) *discordgo.Interaction { return askIn(t, "What did China say?", nil) }, "answer", "", found},

		// Options: unknown, of the wrong type, missing, another command's.
		{"ask: a number for the question", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("ask", opt("question", 4, 42)), inGuild)
		}, "refusal", "Please type a question", "ask/invalid"},
		{"ask: null for the question", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("ask", opt("question", 3, nil)), inGuild)
		}, "refusal", "Please type a question", "ask/invalid"},
		{"ask: an object for the question", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("ask", opt("question", 3, map[string]any{"$ne": 1})), inGuild)
		}, "refusal", "Please type a question", "ask/invalid"},
		{"ask: no option", func(t testing.TB) *discordgo.Interaction { return wire(t, 2, chatData("ask"), inGuild) }, "refusal", "Please type a question", "ask/invalid"},
		{"ask: another command's option", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("ask", opt("who", 3, "Turkey")), inGuild)
		}, "refusal", "Please type a question", "ask/invalid"},
		{"ask: an unknown option beside the question", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("ask", opt("question", 3, "What did China say?"), opt("admin", 5, true)), inGuild)
		}, "answer", "", found},
		{"ask: the question inside a subcommand", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("ask", map[string]any{"name": "sub", "type": 1, "options": []any{opt("question", 3, "What did China say?")}}), inGuild)
		}, "refusal", "Please type a question", "ask/invalid"},
		{"position: a number for who", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("position", opt("who", 4, 7)), inGuild)
		}, "refusal", "Please give a name", "position/invalid"},
		{"position: injection as the name", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("position", opt("who", 3, injection)), inGuild)
		}, "refusal", "I don't know", "position/not_found"},
		{"position: control characters in the topic", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("position", opt("who", 3, "Turkey"), opt("topic", 3, "war\x00\x1b[2J")), inGuild)
		}, "answer", "", "position/ok|position/not_found"},
		{"compare: one name missing", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("compare", opt("first", 3, "Turkey")), inDM)
		}, "refusal", "Please give a second name", "compare/invalid"},
		{"who: 6,000 characters", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("who", opt("name", 3, long)), inGuild)
		}, "refusal", "6000 characters long", "who/invalid"},
		{"who: injection as the name", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, chatData("who", opt("name", 3, "@everyone")), inGuild)
		}, "refusal", "I don't know", "who/not_found"},

		// Unknown commands and interaction types.
		{"unknown command", func(t testing.TB) *discordgo.Interaction { return wire(t, 2, chatData("rm -rf"), inGuild) }, "refusal", "I don't know this command", "unknown/invalid"},
		{"command without a name", func(t testing.TB) *discordgo.Interaction { return wire(t, 2, chatData(""), inGuild) }, "refusal", "I don't know this command", "unknown/invalid"},
		{"ask as a user command", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, map[string]any{"id": "c1", "name": "ask", "type": 2, "target_id": "1"}, inGuild)
		}, "refusal", "I don't know this command", "unknown/invalid"},
		{"command with null data", func(t testing.TB) *discordgo.Interaction { return wire(t, 2, nil, inGuild, "data", nil) }, "refusal", "", "unknown/invalid"},
		{"unknown interaction type", func(t testing.TB) *discordgo.Interaction { return wire(t, 99, map[string]any{"x": 1}, inGuild) }, "refusal", "I don't handle this kind of interaction", "unknown/invalid"},
		{"interaction type 0", func(t testing.TB) *discordgo.Interaction { return wire(t, 0, nil, inDM) }, "refusal", "I don't handle this kind of interaction", "unknown/invalid"},
		{"modal submit", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 5, map[string]any{"custom_id": "v1:ask:0:q:x", "components": []any{}}, inGuild)
		}, "refusal", "I don't handle this kind of interaction", "unknown/invalid"},
		{"ping", func(t testing.TB) *discordgo.Interaction { return wire(t, 1, nil, nil) }, "pong", "", "ping/ok"},

		// Buttons: custom IDs this bot did not make.
		{"button: custom ID too long", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v1:ask:0:q:"+strings.Repeat("x", 200), inGuild)
		}, "refusal", "not one I can read", "page/invalid"},
		{"button: wrong version", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v0:ask:3:q:What did China say?", inGuild)
		}, "refusal", "not one I can read", "page/invalid"},
		{"button: offset not a number", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v1:ask:three:q:What did China say?", inGuild)
		}, "refusal", "not one I can read", "page/invalid"},
		{"button: negative offset", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v1:ask:-3:q:What did China say?", inGuild)
		}, "refusal", "not one I can read", "page/invalid"},
		{"button: huge offset", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v1:ask:999999999999999999999:q:x", inGuild)
		}, "refusal", "not one I can read", "page/invalid"},
		{"button: unknown command", func(t testing.TB) *discordgo.Interaction { return buttonIn(t, "v1:reload:0:q:now", inGuild) }, "refusal", "not one I can read", "page/invalid"},
		{"button: empty custom ID", func(t testing.TB) *discordgo.Interaction { return buttonIn(t, "", inDM) }, "refusal", "not one I can read", "page/invalid"},
		{"button: only control characters for the question", func(t testing.TB) *discordgo.Interaction { return buttonIn(t, "v1:ask:0:q:\x00\r\n\x1b", inGuild) }, "refusal", "not one I can read", "page/invalid"},
		{"button: question read from a message that has none", func(t testing.TB) *discordgo.Interaction { return buttonIn(t, "v1:ask:3:m", inGuild) }, "refusal", "not one I can read", "page/invalid"},
		{"button: injection in the question", func(t testing.TB) *discordgo.Interaction { return buttonIn(t, "v1:ask:0:q:"+injection, inGuild) }, "update", "", "page/ok|page/not_found"},
		{"button: offset past the end", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v1:ask:10000:q:What did China say about the use of force?", inDM)
		}, "update", "", "page/ok|page/not_found"},
		{"button: valid, from a DM", func(t testing.TB) *discordgo.Interaction {
			return buttonIn(t, "v1:ask:3:q:What did China say about the use of force?", inDM)
		}, "update", "", "page/ok"},

		// Autocomplete.
		{"autocomplete: control characters and a prefix", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 4, chatData("position", map[string]any{"name": "who", "type": 3, "value": "\x00tur\x1b", "focused": true}), inGuild)
		}, "choices", "Turkey", "autocomplete/ok"},
		{"autocomplete: 6,000 characters", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 4, chatData("who", map[string]any{"name": "name", "type": 3, "value": long, "focused": true}), inDM)
		}, "choices", "", "autocomplete/ok|autocomplete/not_found"},
		{"autocomplete: a number typed", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 4, chatData("who", map[string]any{"name": "name", "type": 4, "value": 3, "focused": true}), inGuild)
		}, "choices", "", "autocomplete/ok|autocomplete/not_found"},
		{"autocomplete: the question focused", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 4, chatData("ask", map[string]any{"name": "question", "type": 3, "value": "x", "focused": true}), inGuild)
		}, "choices", "", "autocomplete/invalid"},
		{"autocomplete: nothing focused", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 4, chatData("who", opt("name", 3, "tur")), inGuild)
		}, "choices", "", "autocomplete/invalid"},

		// The message command.
		{"find sources: no resolved message", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, map[string]any{"id": "c2", "name": findSourcesName, "type": 3, "target_id": "5"}, inGuild)
		}, "refusal", "could not read that message", "find_sources/invalid"},
		{"find sources: a message of 6,000 characters with injection", func(t testing.TB) *discordgo.Interaction {
			return wire(t, 2, map[string]any{"id": "c2", "name": findSourcesName, "type": 3, "target_id": "5",
				"resolved": map[string]any{"messages": map[string]any{"5": map[string]any{"id": "5", "content": injection + " " + strings.Repeat("word ", 1200)}}}}, inGuild)
		}, "answer", "", "find_sources/ok|find_sources/not_found"},

		// The admin command, for someone who is not an owner.
		{"reload: not an owner", func(t testing.TB) *discordgo.Interaction { return wire(t, 2, chatData("reload"), inGuild) }, "refusal", "Only the bot's owners", "reload/invalid"},
	}
}

// renderedMarkdown is the text of a reply that Discord renders as Markdown:
// content, embed titles, descriptions and fields (not footers, author
// names, custom IDs or choices, which show as plain text or not at all).
func renderedMarkdown(d *discordgo.InteractionResponseData) string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(d.Content)
	for _, e := range d.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + "\n" + f.Value)
		}
	}
	return b.String()
}

// checkSafe checks what every reply to hostile input must satisfy.
func checkSafe(t *testing.T, resp *discordgo.InteractionResponse) {
	t.Helper()
	checkResponse(t, resp)
	if resp == nil || resp.Data == nil {
		return
	}
	text := renderedMarkdown(resp.Data)
	if m := leak.FindString(text); m != "" {
		t.Errorf("reply shows internals (%q):\n%s", m, text)
	}
	for _, s := range injected {
		for at := 0; ; {
			n := strings.Index(text[at:], s)
			if n < 0 {
				break
			}
			if at+n == 0 || text[at+n-1] != '\\' {
				t.Errorf("reply renders %q unescaped:\n%s", s, text)
				break
			}
			at += n + len(s)
		}
	}
	if strings.ContainsAny(text, "\x00\x1b\r\u202e") {
		t.Errorf("reply holds control characters: %q", text)
	}
}

func TestHostileInput(t *testing.T) {
	answerers := []struct {
		name string
		a    Answerer
	}{
		{"fixture", commandstest.New()},
		{"engine", loadEngine(t)},
	}
	for _, ans := range answerers {
		for _, tt := range hostileCases() {
			t.Run(ans.name+"/"+tt.name, func(t *testing.T) {
				obs := &recorder{}
				r := NewRouter(ans.a, Options{Observer: obs, RateLimit: RateLimit{Disabled: true}, Owners: []string{"1"},
					Reload: func(context.Context) (string, error) { t.Error("reloaded"); return "", nil }})
				resp, err := r.Handle(context.Background(), tt.i(t))
				if err != nil {
					t.Fatalf("Handle: %v", err)
				}
				checkSafe(t, resp)
				eph := resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0
				wantType := map[string]discordgo.InteractionResponseType{
					"refusal": discordgo.InteractionResponseChannelMessageWithSource,
					"answer":  discordgo.InteractionResponseChannelMessageWithSource,
					"update":  discordgo.InteractionResponseUpdateMessage,
					"choices": discordgo.InteractionApplicationCommandAutocompleteResult,
					"pong":    discordgo.InteractionResponsePong,
				}[tt.want]
				if resp.Type != wantType || eph != (tt.want == "refusal") {
					t.Errorf("reply of type %d, ephemeral %v; want a %s", resp.Type, eph, tt.want)
				}
				if ans.name == "fixture" && tt.says != "" && !strings.Contains(string(marshal(t, resp)), tt.says) {
					t.Errorf("reply lacks %q:\n%s", tt.says, marshal(t, resp))
				}
				if got := obs.last(); !strings.Contains("|"+tt.observed+"|", "|"+got+"|") {
					t.Errorf("observed %q, want %s", got, tt.observed)
				}
			})
		}
	}
}

// TestHostileMentions is the door of messages that mention the bot.
func TestHostileMentions(t *testing.T) {
	const bot = "42"
	alice := &discordgo.User{ID: "1001", Username: "alice"}
	tests := []struct {
		name    string
		content string
		says    string
		outcome string
	}{
		{"only the mention", "<@42>", "Ask me a question", "mention/invalid"},
		{"only control characters", "<@42> \x00\x1b\r\n", "Ask me a question", "mention/invalid"},
		{"6,000 characters", "<@42> " + strings.Repeat("x", 6000), "6000 characters long", "mention/invalid"},
		{"injection", "<@42> " + injection, "", "mention/ok|mention/not_found"},
		{"bleve syntax", "<@42> +title:x^5 /re/ \"unclosed", "", "mention/ok|mention/not_found"},
		{"combining marks", "<@42> a" + strings.Repeat("\u0301", 5000), "", "mention/ok|mention/not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs := &recorder{}
			r := NewRouter(commandstest.New(), Options{Observer: obs, RateLimit: RateLimit{Disabled: true}})
			m := &discordgo.Message{ID: "m1", ChannelID: "c", Author: alice, Content: tt.content, Mentions: []*discordgo.User{{ID: bot}}}
			send, err := r.HandleMessage(context.Background(), m, bot)
			if err != nil || send == nil {
				t.Fatalf("HandleMessage = %v, %v", send, err)
			}
			checkSafe(t, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{
				Content: send.Content, Embeds: send.Embeds, Components: send.Components, AllowedMentions: send.AllowedMentions}})
			if send.AllowedMentions == nil || send.AllowedMentions.Parse == nil || len(send.AllowedMentions.Parse) != 0 || send.AllowedMentions.RepliedUser {
				t.Errorf("reply may ping: %+v", send.AllowedMentions)
			}
			if tt.says != "" && !strings.Contains(string(marshal(t, send)), tt.says) {
				t.Errorf("reply lacks %q:\n%s", tt.says, marshal(t, send))
			}
			if got := obs.last(); !strings.Contains("|"+tt.outcome+"|", "|"+got+"|") {
				t.Errorf("observed %q, want %s", got, tt.outcome)
			}
		})
	}
}

func TestCleanInput(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  What did  China\tsay? ", "What did China say?"},
		{"a\x00b\x1b[31mc\r\nd\x7fe", "a b [31mc d e"},
		{"line\u2028para\u2029end", "line para end"},
		{"\u202eevil\u202c \u2066iso\u2069 \u200emark\u200f", "evil iso mark"},
		{"bad \xff\xfe byte", "bad \uFFFD byte"},
		{"a" + strings.Repeat("\u0301", 50) + "b", "a" + strings.Repeat("\u0301", maxMarks) + "b"},
		{"Nguyễn Phú Trọng", "Nguyễn Phú Trọng"},
		{"+field:x /re/ * ~ title:foo^5 \"unclosed", "+field:x /re/ * ~ title:foo^5 \"unclosed"},
		{"@everyone [link](https://evil)", "@everyone [link](https://evil)"},
	}
	for _, tt := range tests {
		if got := cleanInput(tt.in); got != tt.want {
			t.Errorf("cleanInput(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCleanInput(f *testing.F) {
	for _, s := range []string{"", "What did China say?", "a\x00\x1b\r\n", "a\u0301\u0301\u0301\u0301\u0301\u0301", "\u202eabc", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanInput(s)
		if cleanInput(got) != got {
			t.Errorf("cleanInput is not idempotent on %q: %q then %q", s, got, cleanInput(got))
		}
		if strings.TrimSpace(got) != got || strings.Contains(got, "  ") {
			t.Errorf("cleanInput(%q) = %q keeps blanks", s, got)
		}
		for _, r := range got {
			if r < 0x20 || r == 0x7f || isBidiControl(r) {
				t.Errorf("cleanInput(%q) = %q keeps %U", s, got, r)
			}
		}
		if len(got) > 3*len(s) {
			t.Errorf("cleanInput(%q) grew to %d bytes", s, len(got))
		}
	})
}
