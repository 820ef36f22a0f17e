package commands

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands/commandstest"
)

// replies records what Respond sends.
type replies struct {
	mu       sync.Mutex
	replies  []*discordgo.InteractionResponse
	edits    []*discordgo.WebhookEdit
	replyErr error
}

func (r *replies) Reply(_ context.Context, resp *discordgo.InteractionResponse) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.replies = append(r.replies, resp)
	return r.replyErr
}

func (r *replies) Edit(_ context.Context, edit *discordgo.WebhookEdit) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.edits = append(r.edits, edit)
	return nil
}

func TestRespond(t *testing.T) {
	tests := []struct {
		name       string
		fixture    string
		delay      time.Duration
		engineErr  error
		replyErr   error
		wantErr    string
		wantReply  []discordgo.InteractionResponseType
		wantEdit   string // a substring of the edit's embeds or content; "" means no edit
		ephemeral0 bool   // the first reply is ephemeral
	}{
		{name: "fast answer", fixture: "ask", wantReply: []discordgo.InteractionResponseType{4}},
		{name: "slow answer is deferred then edited", fixture: "ask", delay: 150 * time.Millisecond,
			wantReply: []discordgo.InteractionResponseType{5}, wantEdit: "The use of force cannot solve problems."},
		{name: "slow button defers an update", fixture: "button_ask_more", delay: 150 * time.Millisecond,
			wantReply: []discordgo.InteractionResponseType{6}, wantEdit: "Result 4 of 4"},
		{name: "slow autocomplete offers nothing", fixture: "autocomplete_who", delay: 150 * time.Millisecond,
			wantReply: []discordgo.InteractionResponseType{8}},
		{name: "engine error", fixture: "ask", engineErr: errors.New("index closed"), wantErr: "index closed",
			wantReply: []discordgo.InteractionResponseType{4}, ephemeral0: true},
		{name: "engine error after deferral", fixture: "ask", delay: 150 * time.Millisecond, engineErr: errors.New("index closed"), wantErr: "index closed",
			wantReply: []discordgo.InteractionResponseType{5}, wantEdit: "Something went wrong"},
		{name: "slow button failure leaves the message alone", fixture: "button_ask_more", delay: 150 * time.Millisecond, engineErr: errors.New("index closed"),
			wantErr: "index closed", wantReply: []discordgo.InteractionResponseType{6}},
		{name: "refusal is fast and ephemeral", fixture: "ask_empty", delay: time.Hour,
			wantReply: []discordgo.InteractionResponseType{4}, ephemeral0: true},
		{name: "reply fails", fixture: "ask", replyErr: errors.New("HTTP 404"), wantErr: "HTTP 404",
			wantReply: []discordgo.InteractionResponseType{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := commandstest.New()
			a.Delay, a.Err = tt.delay, tt.engineErr
			r := NewRouter(a, Options{DeferAfter: 50 * time.Millisecond})
			out := &replies{replyErr: tt.replyErr}
			err := r.Respond(context.Background(), readInteraction(t, tt.fixture), out)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("Respond error %v, want %q", err, tt.wantErr)
			}
			if len(out.replies) != len(tt.wantReply) {
				t.Fatalf("%d replies, want %d", len(out.replies), len(tt.wantReply))
			}
			for k, resp := range out.replies {
				if resp.Type != tt.wantReply[k] {
					t.Errorf("reply %d has type %d, want %d", k, resp.Type, tt.wantReply[k])
				}
				if resp.Data != nil && resp.Type != 8 && (resp.Data.AllowedMentions == nil || resp.Data.AllowedMentions.Parse == nil) {
					t.Errorf("reply %d allows mentions", k)
				}
			}
			if eph := out.replies[0].Data != nil && out.replies[0].Data.Flags&discordgo.MessageFlagsEphemeral != 0; eph != tt.ephemeral0 {
				t.Errorf("first reply ephemeral %v, want %v", eph, tt.ephemeral0)
			}
			if tt.wantEdit == "" {
				if len(out.edits) != 0 {
					t.Errorf("unexpected edit %+v", out.edits[0])
				}
				return
			}
			if len(out.edits) != 1 {
				t.Fatalf("%d edits, want 1", len(out.edits))
			}
			e := out.edits[0]
			if e.AllowedMentions == nil || e.AllowedMentions.Parse == nil {
				t.Error("edit allows mentions")
			}
			if err := CheckLimits(*e.Content, *e.Embeds, *e.Components); err != nil {
				t.Error(err)
			}
			if !strings.Contains(string(marshal(t, e)), tt.wantEdit) {
				t.Errorf("edit lacks %q:\n%s", tt.wantEdit, marshal(t, e))
			}
		})
	}
}

func TestRespondContextCancelled(t *testing.T) {
	a := commandstest.New()
	a.Delay = time.Hour
	r := NewRouter(a, Options{DeferAfter: 10 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	out := &replies{}
	err := r.Respond(ctx, readInteraction(t, "ask"), out)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Respond = %v, want deadline exceeded", err)
	}
	if len(out.replies) != 1 || out.replies[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Errorf("replies %+v, want one deferral", out.replies)
	}
}
