package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// fakeAPI records the edits a server sends to Discord's webhook API.
type fakeAPI struct {
	status int // answer to every edit; 200 when zero

	mu    sync.Mutex
	paths []string
	edits []discordgo.WebhookEdit
}

func (a *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var edit discordgo.WebhookEdit
	body, _ := io.ReadAll(r.Body)
	if r.Method != http.MethodPatch || r.Header.Get("Content-Type") != "application/json" || json.Unmarshal(body, &edit) != nil {
		http.Error(w, "bad edit request", http.StatusBadRequest)
		return
	}
	a.mu.Lock()
	a.paths = append(a.paths, r.URL.EscapedPath())
	a.edits = append(a.edits, edit)
	a.mu.Unlock()
	if a.status != 0 {
		http.Error(w, `{"message": "Unknown Webhook", "code": 10015}`, a.status)
		return
	}
	_, _ = io.WriteString(w, `{"id":"1"}`)
}

func (a *fakeAPI) recorded() ([]string, []discordgo.WebhookEdit) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.paths...), append([]discordgo.WebhookEdit(nil), a.edits...)
}

// deferThenEdit is a RespondFunc like the command router's when the answer
// is slow: a "thinking…" reply, then, once release is closed, an edit.
func deferThenEdit(release <-chan struct{}, content string, editErr chan<- error) RespondFunc {
	return func(ctx context.Context, i *discordgo.Interaction, out Replier) error {
		if err := out.Reply(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
			return err
		}
		<-release
		err := out.Edit(ctx, &discordgo.WebhookEdit{Content: &content})
		editErr <- err
		return err
	}
}

func TestRespond(t *testing.T) {
	k := newKeys(t)
	released := make(chan struct{})
	close(released)

	tests := []struct {
		name      string
		respond   RespondFunc
		apiStatus int
		want      string // HTTP response body
		wantEdit  string // content of the one edit Discord should get; "" for none
		wantLog   string
	}{
		{
			name: "fast reply",
			respond: func(ctx context.Context, i *discordgo.Interaction, out Replier) error {
				return out.Reply(ctx, message("quick answer"))
			},
			want: marshal(t, message("quick answer")),
		},
		{
			name:     "deferred reply, then edit",
			respond:  deferThenEdit(released, "slow answer", make(chan error, 1)),
			want:     `{"type":5}`,
			wantEdit: "slow answer",
		},
		{
			name:      "edit refused by Discord is logged",
			respond:   deferThenEdit(released, "slow answer", make(chan error, 1)),
			apiStatus: http.StatusNotFound,
			want:      `{"type":5}`,
			wantEdit:  "slow answer",
			wantLog:   "404 Not Found",
		},
		{
			name: "error without a reply is an apology",
			respond: func(context.Context, *discordgo.Interaction, Replier) error {
				return errors.New("engine down")
			},
			want:    string(apologyJSON),
			wantLog: "engine down",
		},
		{
			name:    "no reply and no error is an apology",
			respond: func(context.Context, *discordgo.Interaction, Replier) error { return nil },
			want:    string(apologyJSON),
			wantLog: "responder returned without replying",
		},
		{
			name: "panic before replying is an apology",
			respond: func(context.Context, *discordgo.Interaction, Replier) error {
				panic("boom")
			},
			want:    string(apologyJSON),
			wantLog: "panic: boom",
		},
		{
			name: "error after replying is logged",
			respond: func(ctx context.Context, i *discordgo.Interaction, out Replier) error {
				if err := out.Reply(ctx, message("partial")); err != nil {
					return err
				}
				return errors.New("later failure")
			},
			want:    marshal(t, message("partial")),
			wantLog: "later failure",
		},
		{
			name: "second reply is refused",
			respond: func(ctx context.Context, i *discordgo.Interaction, out Replier) error {
				_ = out.Reply(ctx, message("first"))
				return out.Reply(ctx, message("second"))
			},
			want:    marshal(t, message("first")),
			wantLog: "already replied",
		},
		{
			name: "edit before reply is refused",
			respond: func(ctx context.Context, i *discordgo.Interaction, out Replier) error {
				content := "too early"
				if err := out.Edit(ctx, &discordgo.WebhookEdit{Content: &content}); err != nil {
					return err
				}
				return out.Reply(ctx, message("never"))
			},
			want:    string(apologyJSON),
			wantLog: "edit before the initial reply",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := &fakeAPI{status: tt.apiStatus}
			discord := httptest.NewServer(api)
			defer discord.Close()
			var logs syncBuffer
			s, err := New(Options{
				Respond:   tt.respond,
				PublicKey: k.public,
				APIURL:    discord.URL,
				Logger:    slog.New(slog.NewTextHandler(&logs, nil)),
			})
			if err != nil {
				t.Fatal(err)
			}
			body := fixture(t, "command.json")
			req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			req.Header = k.sign(body, time.Now())
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, req)
			s.deferred.Wait() // let background work finish

			if rec.Code != http.StatusOK {
				t.Fatalf("status = %d, want 200", rec.Code)
			}
			if got := compactJSON(t, rec.Body.Bytes()); got != tt.want {
				t.Errorf("response\n got %s\nwant %s", got, tt.want)
			}
			paths, edits := api.recorded()
			switch {
			case tt.wantEdit == "" && len(edits) != 0:
				t.Errorf("unexpected edits %v", paths)
			case tt.wantEdit != "" && len(edits) != 1:
				t.Errorf("%d edits, want 1", len(edits))
			case tt.wantEdit != "":
				if want := "/api/v9/webhooks/1000000000000000000/command-token/messages/@original"; paths[0] != want {
					t.Errorf("edit path %s, want %s", paths[0], want)
				}
				if edits[0].Content == nil || *edits[0].Content != tt.wantEdit {
					t.Errorf("edit content = %v, want %q", edits[0].Content, tt.wantEdit)
				}
			}
			if tt.wantLog != "" && !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, logs.String())
			}
			if strings.Contains(logs.String(), "command-token") {
				t.Errorf("log shows the interaction token:\n%s", logs.String())
			}
		})
	}
}

func TestRespondTooSlowForDiscord(t *testing.T) {
	k := newKeys(t)
	release := make(chan struct{})
	s, err := New(Options{
		Respond: func(ctx context.Context, i *discordgo.Interaction, out Replier) error {
			<-release
			return out.Reply(ctx, message("late"))
		},
		PublicKey:        k.public,
		ResponseDeadline: 50 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	body := fixture(t, "command.json")
	req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	req.Header = k.sign(body, time.Now())
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	close(release)
	s.deferred.Wait()
	if got := rec.Body.String(); got != string(apologyJSON) {
		t.Errorf("response to a responder that missed the deadline = %s, want the apology", got)
	}
}

func TestEditErrorHidesToken(t *testing.T) {
	e := webhookEditor{apiURL: "http://127.0.0.1:1/api", client: &http.Client{}}
	content := "x"
	err := e.editOriginal(context.Background(), &discordgo.Interaction{ID: "7", AppID: "1", Token: "secret-interaction-token"}, &discordgo.WebhookEdit{Content: &content})
	if err == nil {
		t.Fatal("edit to a closed port succeeded")
	}
	if strings.Contains(err.Error(), "secret-interaction-token") {
		t.Errorf("error shows the interaction token: %v", err)
	}
	if err := e.editOriginal(context.Background(), &discordgo.Interaction{ID: "8"}, &discordgo.WebhookEdit{}); err == nil {
		t.Error("edit without application ID and token succeeded")
	}
}

func TestShutdownWaitsForDeferredResponses(t *testing.T) {
	k := newKeys(t)
	api := &fakeAPI{}
	discord := httptest.NewServer(api)
	defer discord.Close()
	release := make(chan struct{})
	editErr := make(chan error, 1)
	s, err := New(Options{Respond: deferThenEdit(release, "done", editErr), PublicKey: k.public, APIURL: discord.URL})
	if err != nil {
		t.Fatal(err)
	}
	addr, cancel, wait := startServer(t, s)

	body := fixture(t, "command.json")
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", bytes.NewReader(body))
	req.Header = k.sign(body, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(got) != `{"type":5}` {
		t.Fatalf("initial response %s, want a deferral", got)
	}

	cancel()
	served := make(chan error, 1)
	go func() { served <- wait() }()
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) while a deferred response was still running", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if err := <-editErr; err != nil {
		t.Errorf("edit during shutdown: %v", err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve = %v, want nil", err)
	}
	if _, edits := api.recorded(); len(edits) != 1 {
		t.Errorf("%d edits reached Discord, want 1", len(edits))
	}
}

func TestNewRejectsBothHandlers(t *testing.T) {
	k := newKeys(t)
	_, err := New(Options{
		Interactions: newFakeHandler(),
		Respond:      func(context.Context, *discordgo.Interaction, Replier) error { return nil },
		PublicKey:    k.public,
	})
	if err == nil || !strings.Contains(err.Error(), "not both") {
		t.Errorf("New with both handlers = %v", err)
	}
}
