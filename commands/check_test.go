package commands

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands/commandstest"
)

func TestCheckLimits(t *testing.T) {
	x := func(n int) string { return strings.Repeat("x", n) }
	embed := func(e discordgo.MessageEmbed) []*discordgo.MessageEmbed { return []*discordgo.MessageEmbed{&e} }
	field := func(name, value string) []*discordgo.MessageEmbedField {
		return []*discordgo.MessageEmbedField{{Name: name, Value: value}}
	}
	button := func(label, id string) []discordgo.MessageComponent {
		return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: label, CustomID: id}}}}
	}
	tests := []struct {
		name       string
		content    string
		embeds     []*discordgo.MessageEmbed
		components []discordgo.MessageComponent
		wantErr    string
	}{
		{"all at the limit", x(2000), embed(discordgo.MessageEmbed{Title: x(256), Description: x(4096), Fields: field(x(256), x(1024))}), button(x(80), x(100)), ""},
		{"content", x(2001), nil, nil, "content"},
		{"content in UTF-16 units", strings.Repeat("😀", 1001), nil, nil, "content"},
		{"title", "", embed(discordgo.MessageEmbed{Title: x(257)}), nil, "title"},
		{"description", "", embed(discordgo.MessageEmbed{Description: x(4097)}), nil, "description"},
		{"field name", "", embed(discordgo.MessageEmbed{Fields: field(x(257), "v")}), nil, "field 0 name"},
		{"field value", "", embed(discordgo.MessageEmbed{Fields: field("n", x(1025))}), nil, "field 0 value"},
		{"empty field", "", embed(discordgo.MessageEmbed{Fields: field("n", "")}), nil, "empty"},
		{"footer", "", embed(discordgo.MessageEmbed{Footer: &discordgo.MessageEmbedFooter{Text: x(2049)}}), nil, "footer"},
		{"author", "", embed(discordgo.MessageEmbed{Author: &discordgo.MessageEmbedAuthor{Name: x(257)}}), nil, "author"},
		{"fields", "", embed(discordgo.MessageEmbed{Fields: make([]*discordgo.MessageEmbedField, 26)}), nil, "26 fields"},
		{"embeds", "", make([]*discordgo.MessageEmbed, 11), nil, "11 embeds"},
		{"total", "", append(embed(discordgo.MessageEmbed{Description: x(4000)}), embed(discordgo.MessageEmbed{Description: x(2001)})...), nil, "6001 characters in all"},
		{"custom ID", "", nil, button("More", x(101)), "custom ID"},
		{"label", "", nil, button(x(81), "id"), "label"},
		{"not a row", "", nil, []discordgo.MessageComponent{discordgo.Button{}}, "not an action row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckLimits(tt.content, tt.embeds, tt.components)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("error %v, want one about %q", err, tt.wantErr)
			}
		})
	}
}

func TestRefusals(t *testing.T) {
	long := strings.Repeat("x", 101)
	tests := []struct {
		name string
		i    *discordgo.Interaction
		want string
	}{
		{"position without a name", slash("position"), "Please give a name"},
		{"position with a long name", slash("position", option("who", long, false)), "The name is 101 characters long"},
		{"position with a long topic", slash("position", option("who", "Turkey", false), option("topic", long, false)), "The topic is 101 characters long"},
		{"compare without a second", slash("compare", option("first", "Turkey", false)), "Please give a second name"},
		{"compare with a long topic", slash("compare", option("first", "Turkey", false), option("second", "Iran", false), option("topic", long, false)), "The topic"},
		{"compare unknown", slash("compare", option("first", "Turky", false), option("second", "Iran", false)), "Did you mean Turkey"},
		{"who without a name", slash("who"), "Please give a name"},
		{"who unknown", slash("who", option("name", "araghchy", false)), "Did you mean Abbas Araghchi?"},
		{"find sources without the message", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: "1"},
			Data: discordgo.ApplicationCommandInteractionData{Name: findSourcesName, CommandType: discordgo.MessageApplicationCommand, TargetID: "5",
				Resolved: &discordgo.ApplicationCommandInteractionDataResolved{}}}, "could not read that message"},
	}
	r := NewRouter(commandstest.New(), Options{RateLimit: RateLimit{Disabled: true}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := r.Handle(context.Background(), tt.i)
			if err != nil {
				t.Fatal(err)
			}
			checkResponse(t, resp)
			if resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(resp.Data.Content, tt.want) {
				t.Errorf("reply %+v, want an ephemeral %q", resp.Data, tt.want)
			}
		})
	}
}

func TestQueryFromMessage(t *testing.T) {
	msg := func(footer string) *discordgo.Message {
		return &discordgo.Message{Embeds: []*discordgo.MessageEmbed{{Footer: &discordgo.MessageEmbedFooter{Text: footer}}}}
	}
	tests := []struct {
		p    pageRequest
		m    *discordgo.Message
		want pageRequest
		ok   bool
	}{
		{pageRequest{Kind: pageAsk, Offset: 3, FromMessage: true}, msg("Question: What did China say?"), pageRequest{Kind: pageAsk, Offset: 3, Question: "What did China say?"}, true},
		{pageRequest{Kind: pagePosition, Offset: 5, FromMessage: true}, msg("Who: Turkey · Topic: war · peace"), pageRequest{Kind: pagePosition, Offset: 5, Who: "Turkey", Topic: "war · peace"}, true},
		{pageRequest{Kind: pagePosition, FromMessage: true}, msg("Who: Iran"), pageRequest{Kind: pagePosition, Who: "Iran"}, true},
		{pageRequest{Kind: pageAsk, FromMessage: true}, msg("Who: Iran"), pageRequest{}, false},
		{pageRequest{Kind: pagePosition, FromMessage: true}, msg("Question: x"), pageRequest{}, false},
		{pageRequest{Kind: pagePosition, FromMessage: true}, msg("Who: "), pageRequest{}, false},
		{pageRequest{Kind: pageAsk, FromMessage: true}, nil, pageRequest{}, false},
		{pageRequest{Kind: pageAsk, FromMessage: true}, &discordgo.Message{Embeds: []*discordgo.MessageEmbed{nil}}, pageRequest{}, false},
	}
	for _, tt := range tests {
		got, err := queryFromMessage(tt.p, tt.m)
		if (err == nil) != tt.ok || tt.ok && got != tt.want {
			t.Errorf("queryFromMessage(%+v) = %+v, %v; want %+v", tt.p, got, err, tt.want)
		}
	}
}

func TestLimiterForgetsFullBuckets(t *testing.T) {
	clock := &fixedClock{t: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}
	l := newUserLimiter(RateLimit{PerMinute: 60, Burst: 1}, clock.now)
	for i := range maxTrackedUsers {
		if ok, _ := l.allow(string(rune('a'+i%26)) + strings.Repeat("x", i/26)); !ok {
			t.Fatal("a first request was refused")
		}
	}
	if ok, _ := l.allow("a"); ok {
		t.Error("a second request at once was allowed")
	}
	clock.advance(2 * time.Second) // every bucket is full again
	if ok, _ := l.allow("newcomer"); !ok {
		t.Error("a newcomer was refused")
	}
	if n := len(l.users); n != 1 {
		t.Errorf("%d buckets kept, want only the newcomer's", n)
	}
}
