package commands

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands/commandstest"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@42> what did China say?", "what did China say?"},
		{"what did <@!42>\n China   say <#123> <@&5> <:flag_ir:987> <a:wave:1> <t:1700000000:R>?", "what did China say ?"},
		{"<@42>", ""},
		{"keep <b>html-ish</b> and @everyone", "keep <b>html-ish</b> and @everyone"},
	}
	for _, tt := range tests {
		if got := plainText(tt.in); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHandleMessage(t *testing.T) {
	const bot = "42"
	alice := &discordgo.User{ID: "1001", Username: "alice"}
	tests := []struct {
		name     string
		m        *discordgo.Message
		ignore   bool
		contains []string
		outcome  string
	}{
		{name: "mention in a guild", m: &discordgo.Message{ID: "m1", ChannelID: "c", GuildID: "g", Author: alice,
			Content: "<@42> what did China say about the use of force?", Mentions: []*discordgo.User{{ID: bot}}},
			contains: []string{"The use of force cannot solve problems.", "Fu Cong", "v1:ask:3:q:what did China say about the use of force?"}, outcome: "mention/ok"},
		{name: "nickname mention in a DM, at the end", m: &discordgo.Message{ID: "m2", ChannelID: "dm", Author: alice,
			Content: "What did Saudi Arabia promise about its airspace? <@!42>"},
			contains: []string{"not allow its airspace"}, outcome: "mention/ok"},
		{name: "mention without a question", m: &discordgo.Message{ID: "m3", ChannelID: "c", Author: alice, Content: "<@42>", Mentions: []*discordgo.User{{ID: bot}}},
			contains: []string{"Ask me a question"}, outcome: "mention/invalid"},
		{name: "pings in the question ping nobody", m: &discordgo.Message{ID: "m4", ChannelID: "c", Author: alice, Content: "<@42> @everyone <@&5> what?", Mentions: []*discordgo.User{{ID: bot}}},
			contains: []string{"No passage in the corpus answers this question.", `"parse": []`}, outcome: "mention/not_found"},
		{name: "from a bot", m: &discordgo.Message{ID: "m5", Author: &discordgo.User{ID: "7", Bot: true}, Content: "<@42> hi", Mentions: []*discordgo.User{{ID: bot}}}, ignore: true},
		{name: "from itself", m: &discordgo.Message{ID: "m6", Author: &discordgo.User{ID: bot}, Content: "<@42> hi"}, ignore: true},
		{name: "no mention", m: &discordgo.Message{ID: "m7", Author: alice, Content: "what did China say?"}, ignore: true},
		{name: "another user mentioned", m: &discordgo.Message{ID: "m8", Author: alice, Content: "<@420> what?", Mentions: []*discordgo.User{{ID: "420"}}}, ignore: true},
		{name: "no author", m: &discordgo.Message{ID: "m9", Content: "<@42> what?"}, ignore: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs := &recorder{}
			r := NewRouter(commandstest.New(), Options{Observer: obs})
			send, err := r.HandleMessage(context.Background(), tt.m, bot)
			if err != nil {
				t.Fatal(err)
			}
			if tt.ignore {
				if send != nil {
					t.Errorf("answered a message to ignore: %+v", send)
				}
				return
			}
			if send == nil {
				t.Fatal("no reply")
			}
			if send.Reference == nil || send.Reference.MessageID != tt.m.ID || send.Reference.ChannelID != tt.m.ChannelID {
				t.Errorf("reply refers to %+v, want message %s", send.Reference, tt.m.ID)
			}
			if send.AllowedMentions == nil || send.AllowedMentions.Parse == nil || send.AllowedMentions.RepliedUser {
				t.Errorf("reply allows mentions: %+v", send.AllowedMentions)
			}
			if err := CheckLimits(send.Content, send.Embeds, send.Components); err != nil {
				t.Error(err)
			}
			out := string(marshal(t, send))
			for _, s := range tt.contains {
				if !strings.Contains(out, s) {
					t.Errorf("reply lacks %q:\n%s", s, out)
				}
			}
			if got := obs.last(); got != tt.outcome {
				t.Errorf("observed %q, want %q", got, tt.outcome)
			}
		})
	}
}
