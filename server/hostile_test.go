package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/commands/commandstest"
)

// The HTTP door: signed request bodies, as only Discord can send them, but
// with hostile content, answered by the real command router. Each must get
// 200 and an answer a user can read (or, for a body that is no interaction
// at all, 400 or 413): never a 500, never Go error text, never a ping.
// commands.TestHostileInput covers the router's doors in depth; this table
// covers what the HTTP layer adds: raw JSON, its escapes and its size.
func TestHostileHTTPDoor(t *testing.T) {
	guild := `"guild_id":"900","channel_id":"800","member":{"user":{"id":"1001","username":"alice"}}`
	dm := `"channel_id":"801","user":{"id":"1002","username":"bob"}`
	interaction := func(typ int, where, data string) string {
		return fmt.Sprintf(`{"id":"1100000000000000777","application_id":"7070","type":%d,"token":"tok","version":1,%s,"data":%s}`, typ, where, data)
	}
	askWith := func(where, value string) string {
		return interaction(2, where, `{"id":"c1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":`+value+`}]}`)
	}
	button := func(customID string) string {
		return interaction(3, guild, `{"custom_id":`+customID+`,"component_type":2},"message":{"id":"600","channel_id":"800","content":""}`)
	}
	quoted := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	nested := strings.Repeat("[", 200) + strings.Repeat("]", 200)

	tests := []struct {
		name   string
		body   string
		status int
		// want is refusal (ephemeral), answer (public), update or pong.
		want string
		says string
	}{
		{"ping", `{"id":"1","type":1}`, 200, "pong", ""},
		{"ask: 6,000 characters", askWith(guild, quoted(strings.Repeat("x", 6000))), 200, "refusal", "6000 characters"},
		{"ask: NUL and escapes as JSON escapes", askWith(guild, `"What did China\u0000 say\u001b[31m about\r\nforce?"`), 200, "answer", ""},
		{"ask: invalid UTF-8 in the JSON", askWith(guild, "\"What did \xff\xfe China say?\""), 200, "answer", ""},
		{"ask: mention and markdown injection", askWith(guild, quoted("@everyone <@&123> [link](https://evil) ||x|| `y`")), 200, "answer", ""},
		{"ask: bleve syntax", askWith(dm, quoted(`+title:x^5 /re/ * ~ "unclosed`)), 200, "answer", ""},
		{"ask: a number for the question", askWith(guild, `42`), 200, "refusal", "Please type a question"},
		{"ask: 200 nested arrays for the question", askWith(guild, nested), 200, "refusal", "Please type a question"},
		{"ask: from a DM", askWith(dm, quoted("What did China say about the use of force?")), 200, "answer", "Fu Cong"},
		{"ask: from neither member nor user", interaction(2, `"channel_id":"1"`, `{"id":"c1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"What did China say?"}]}`), 200, "answer", ""},
		{"ask: the handler panics", askWith(guild, `"boom"`), 200, "refusal", "Something went wrong"},
		{"unknown command", interaction(2, guild, `{"id":"c1","name":"drop table","type":1}`), 200, "refusal", "I don't know this command"},
		{"unknown interaction type", interaction(99, guild, `{"x":1}`), 200, "refusal", "I don't handle this kind"},
		{"duplicate type key, the last wins", `{"id":"1","type":2,"type":42,"token":"t","data":{}}`, 200, "refusal", "I don't handle this kind"},
		{"modal submit", interaction(5, dm, `{"custom_id":"v1:ask:0:q:x","components":[]}`), 200, "refusal", "I don't handle this kind"},
		{"button: forged, too long", button(quoted("v1:ask:0:q:" + strings.Repeat("x", 200))), 200, "refusal", "not one I can read"},
		{"button: negative offset", button(quoted("v1:ask:-1:q:x")), 200, "refusal", "not one I can read"},
		{"button: valid", button(quoted("v1:ask:3:q:What did China say about the use of force?")), 200, "update", "Result 4 of 4"},
		{"reload: not an owner", interaction(2, guild, `{"id":"c1","name":"reload","type":1}`), 200, "refusal", "Only the bot's owners"},
		{"data of the wrong JSON type", interaction(2, guild, `"ask"`), 400, "", ""},
		{"not JSON", `{"type":2,`, 400, "", ""},
		{"no type", `{"id":"1","data":{}}`, 400, "", ""},
		{"over 64 KiB", askWith(guild, quoted(strings.Repeat("x", MaxBodyBytes))), 413, "", ""},
	}
	k := newKeys(t)
	answers := commandstest.New()
	answers.PanicOn = "boom"
	router := commands.NewRouter(answers, commands.Options{RateLimit: commands.RateLimit{Disabled: true}, Owners: []string{"1"},
		Reload: func(context.Context) (string, error) { t.Error("reloaded"); return "", nil }})
	var logs syncBuffer
	s, err := New(Options{
		Respond:   router.Respond,
		APIURL:    "http://127.0.0.1:1", // no edit is expected; none may leave loopback
		PublicKey: k.public,
		Now:       func() time.Time { return testNow },
		Logger:    slog.New(slog.NewTextHandler(&logs, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	leak := regexp.MustCompile(`goroutine \d|panic|runtime error|\.go:\d|%!|<nil>|invalid character|unexpected end`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			req.Header = k.sign(body, testNow)
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body.String())
			}
			if leak.MatchString(rec.Body.String()) {
				t.Errorf("response shows internals: %s", rec.Body.String())
			}
			if tt.status != 200 {
				return
			}
			var resp struct {
				Type discordgo.InteractionResponseType `json:"type"`
				Data *struct {
					Content         string `json:"content"`
					Flags           int    `json:"flags"`
					AllowedMentions *struct {
						Parse []string `json:"parse"`
					} `json:"allowed_mentions"`
				} `json:"data"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
				t.Fatalf("response %s: %v", rec.Body.String(), err)
			}
			wantType := map[string]discordgo.InteractionResponseType{"refusal": 4, "answer": 4, "update": 7, "pong": 1}[tt.want]
			if resp.Type != wantType {
				t.Errorf("type %d, want %d (%s): %s", resp.Type, wantType, tt.want, rec.Body.String())
			}
			if resp.Type == 1 {
				return
			}
			if resp.Data == nil {
				t.Fatalf("no data: %s", rec.Body.String())
			}
			if eph := resp.Data.Flags&int(discordgo.MessageFlagsEphemeral) != 0; eph != (tt.want == "refusal") {
				t.Errorf("ephemeral %v, want a %s: %s", eph, tt.want, rec.Body.String())
			}
			if resp.Data.AllowedMentions == nil || resp.Data.AllowedMentions.Parse == nil || len(resp.Data.AllowedMentions.Parse) != 0 {
				t.Errorf("allowed_mentions is not parse []: %s", rec.Body.String())
			}
			if !strings.Contains(rec.Body.String(), tt.says) {
				t.Errorf("response lacks %q: %s", tt.says, rec.Body.String())
			}
		})
	}
	if !strings.Contains(logs.String(), "interaction=1100000000000000777") || !strings.Contains(logs.String(), "stack=") {
		t.Errorf("the panic is not logged with the interaction and its stack:\n%s", logs.String())
	}
}
