package commands

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/commands/commandstest"
)

// corpusErr is how a reload refused for bad files reads.
var corpusErr = errors.New("the corpus has 1 file(s) with errors:\nbroken.md:3: front matter never closed, *not* markdown")

func TestReload(t *testing.T) {
	reloadCmd := chatData("reload")
	owner := map[string]any{"guild_id": "900", "channel_id": "800", "member": map[string]any{"user": map[string]any{"id": "1001"}}}
	ownerInDM := map[string]any{"channel_id": "801", "user": map[string]any{"id": "1001"}}
	other := map[string]any{"guild_id": "900", "channel_id": "800", "member": map[string]any{"user": map[string]any{"id": "2002"}}}
	tests := []struct {
		name     string
		where    map[string]any
		owners   []string
		reload   func(context.Context) (string, error) // nil: not set up
		says     []string
		reloads  int32
		observed string
	}{
		{name: "owner", where: owner, owners: []string{"1001"}, reload: func(context.Context) (string, error) { return "4 articles, 120 passages", nil },
			says: []string{"Corpus reloaded: 4 articles, 120 passages"}, reloads: 1, observed: "reload/ok"},
		{name: "one owner of several, with blanks", where: owner, owners: []string{"7", " 1001 "}, reload: func(context.Context) (string, error) { return "ok", nil },
			says: []string{"Corpus reloaded"}, reloads: 1, observed: "reload/ok"},
		{name: "refused reload shows where and keeps the last good corpus", where: owner, owners: []string{"1001"},
			reload: func(context.Context) (string, error) { return "", corpusErr },
			says:   []string{"Reload refused; the last good corpus is still serving.", `broken.md:3: front matter never closed, \*not\* markdown`}, reloads: 1, observed: "reload/error"},
		{name: "not an owner", where: other, owners: []string{"1001"}, reload: func(context.Context) (string, error) { return "ok", nil },
			says: []string{reloadNotOwner}, observed: "reload/invalid"},
		{name: "no owners configured", where: owner, reload: func(context.Context) (string, error) { return "ok", nil },
			says: []string{reloadNotOwner}, observed: "reload/invalid"},
		{name: "owner in a DM", where: ownerInDM, owners: []string{"1001"}, reload: func(context.Context) (string, error) { return "ok", nil },
			says: []string{reloadNotGuild}, observed: "reload/invalid"},
		{name: "not set up", where: owner, owners: []string{"1001"}, says: []string{reloadOff}, observed: "reload/invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			opts := Options{Owners: tt.owners, Observer: &recorder{}}
			if tt.reload != nil {
				opts.Reload = func(ctx context.Context) (string, error) { calls.Add(1); return tt.reload(ctx) }
			}
			r := NewRouter(commandstest.New(), opts)
			resp, err := r.Handle(context.Background(), wire(t, 2, reloadCmd, tt.where))
			if err != nil {
				t.Fatal(err)
			}
			checkResponse(t, resp)
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Errorf("reply of type %d, flags %d; want an ephemeral message", resp.Type, resp.Data.Flags)
			}
			for _, s := range tt.says {
				if !strings.Contains(resp.Data.Content, s) {
					t.Errorf("reply %q lacks %q", resp.Data.Content, s)
				}
			}
			if n := calls.Load(); n != tt.reloads {
				t.Errorf("reloaded %d times, want %d", n, tt.reloads)
			}
			if got := opts.Observer.(*recorder).last(); got != tt.observed {
				t.Errorf("observed %q, want %q", got, tt.observed)
			}
		})
	}
}

// TestSlowReloadDefersPrivately: a reload longer than DeferAfter is
// deferred with an ephemeral "thinking…", then the summary is edited in,
// with more time than an answer gets.
func TestSlowReloadDefersPrivately(t *testing.T) {
	for _, fail := range []bool{false, true} {
		r := NewRouter(commandstest.New(), Options{DeferAfter: 20 * time.Millisecond, Owners: []string{"1001"},
			Reload: func(ctx context.Context) (string, error) {
				if d, ok := ctx.Deadline(); !ok || time.Until(d) < answerTimeout {
					t.Errorf("reload has until %v, want more than %v", d, answerTimeout)
				}
				time.Sleep(100 * time.Millisecond)
				if fail {
					return "", corpusErr
				}
				return "4 articles", nil
			}})
		out := &replies{}
		i := wire(t, 2, chatData("reload"), inGuild)
		i.Member.User.ID = "1001"
		if err := r.Respond(context.Background(), i, out); err != nil {
			t.Fatal(err)
		}
		if len(out.replies) != 1 || out.replies[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource ||
			out.replies[0].Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
			t.Fatalf("replies %+v, want one ephemeral deferral", out.replies)
		}
		want := "Corpus reloaded: 4 articles"
		if fail {
			want = "broken.md:3:"
		}
		if len(out.edits) != 1 || !strings.Contains(*out.edits[0].Content, want) {
			t.Fatalf("edits %+v, want one with %q", out.edits, want)
		}
	}
	// An answer that is deferred is still public.
	a := commandstest.New()
	a.Delay = 100 * time.Millisecond
	r := NewRouter(a, Options{DeferAfter: 20 * time.Millisecond})
	out := &replies{}
	if err := r.Respond(context.Background(), readInteraction(t, "ask"), out); err != nil {
		t.Fatal(err)
	}
	if len(out.replies) != 1 || out.replies[0].Data.Flags != 0 {
		t.Errorf("deferred /ask %+v, want public", out.replies)
	}
}

func TestReloadDefinition(t *testing.T) {
	var reload *discordgo.ApplicationCommand
	for _, c := range Commands() {
		if c.Name == reloadName {
			reload = c
		}
	}
	if reload == nil {
		t.Fatal("no /reload command")
	}
	if reload.DefaultMemberPermissions == nil || *reload.DefaultMemberPermissions != discordgo.PermissionManageServer {
		t.Errorf("default member permissions %v, want Manage Server", reload.DefaultMemberPermissions)
	}
	if reload.DMPermission == nil || *reload.DMPermission {
		t.Error("/reload is allowed in DMs")
	}
	if reload.Contexts == nil || len(*reload.Contexts) != 1 || (*reload.Contexts)[0] != discordgo.InteractionContextGuild {
		t.Errorf("contexts %v, want the guild only", reload.Contexts)
	}
}

// panicky is an Answerer whose Ask panics on the question "boom".
type panicky struct{ *commandstest.Answerer }

func (p panicky) Ask(ctx context.Context, q string, page answer.Page) (*answer.Answer, error) {
	if q == "boom" {
		var m map[string]int
		m["boom"]++ // a nil map: a runtime error, as a real bug would be
	}
	return p.Answerer.Ask(ctx, q, page)
}

func TestPanicIsRecovered(t *testing.T) {
	obs := &recorder{}
	r := NewRouter(panicky{commandstest.New()}, Options{Observer: obs, RateLimit: RateLimit{Disabled: true}})

	t.Run("Handle", func(t *testing.T) {
		i := askIn(t, "boom", inGuild)
		resp, err := r.Handle(context.Background(), i)
		var p *PanicError
		if resp != nil || !errors.As(err, &p) || len(p.Stack) == 0 {
			t.Fatalf("Handle = %v, %v; want a *PanicError with its stack", resp, err)
		}
		if !strings.Contains(err.Error(), "handle ask interaction 555: panic: assignment to entry in nil map") {
			t.Errorf("error %q lacks the command, the interaction ID or the panic", err)
		}
		if got := obs.last(); got != "ask/error" {
			t.Errorf("observed %q", got)
		}
	})
	t.Run("Respond answers with an ephemeral apology", func(t *testing.T) {
		out := &replies{}
		err := r.Respond(context.Background(), askIn(t, "boom", inDM), out)
		if err == nil || !strings.Contains(err.Error(), "panic") {
			t.Errorf("Respond = %v, want the panic to log", err)
		}
		if len(out.replies) != 1 {
			t.Fatalf("%d replies", len(out.replies))
		}
		checkSafe(t, out.replies[0])
		if out.replies[0].Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(out.replies[0].Data.Content, "Something went wrong") {
			t.Errorf("reply %+v, want the ephemeral apology", out.replies[0].Data)
		}
	})
	t.Run("a mention", func(t *testing.T) {
		m := &discordgo.Message{ID: "m1", ChannelID: "c", Author: &discordgo.User{ID: "1001"}, Content: "<@42> boom"}
		send, err := r.HandleMessage(context.Background(), m, "42")
		var p *PanicError
		if send != nil || !errors.As(err, &p) || !strings.Contains(err.Error(), "message m1") {
			t.Errorf("HandleMessage = %v, %v; want a *PanicError naming the message", send, err)
		}
	})
	t.Run("the next interaction is answered", func(t *testing.T) {
		resp, err := r.Handle(context.Background(), askIn(t, "What did China say about the use of force?", inGuild))
		if err != nil || !strings.Contains(string(marshal(t, resp)), "Fu Cong") {
			t.Errorf("Handle after a panic = %v, %v", resp, err)
		}
	})
}

func TestCommandName(t *testing.T) {
	tests := []struct {
		i    *discordgo.Interaction
		want string
	}{
		{nil, "unknown"},
		{&discordgo.Interaction{Type: discordgo.InteractionPing}, "ping"},
		{&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{Name: "ask"}}, "ask"},
		{&discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, Data: discordgo.ApplicationCommandInteractionData{Name: "who"}}, "autocomplete"},
		{&discordgo.Interaction{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "x"}}, "page"},
		{&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.MessageComponentInteractionData{}}, "unknown"},
		{&discordgo.Interaction{Type: 99}, "unknown"},
	}
	for _, tt := range tests {
		if got := CommandName(tt.i); got != tt.want {
			t.Errorf("CommandName(%+v) = %q, want %q", tt.i, got, tt.want)
		}
	}
}
