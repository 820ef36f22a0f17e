package gateway

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/commands/commandstest"
	"github.com/crisisbot/bot/internal/fakediscord"
)

// fast retries quickly, for tests of connection faults.
var fast = Config{ConnectBackoff: 20 * time.Millisecond, MaxConnectBackoff: 80 * time.Millisecond, ReadyTimeout: 2 * time.Second}

// TestFirstConnectionRetried: while the gateway refuses connections or
// stalls them, Run tries again with backoff, then connects and answers.
func TestFirstConnectionRetried(t *testing.T) {
	tests := []struct {
		name     string
		fault    func(f *fakediscord.Server)
		attempts int
	}{
		{"refused three times", func(f *fakediscord.Server) { f.RefuseConnections(3) }, 4},
		{"stalled once", func(f *fakediscord.Server) { f.StallConnections(1) }, 2},
		{"closed with a code worth retrying", func(f *fakediscord.Server) { f.CloseOnIdentify(4000) }, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := fakediscord.New(fakediscord.Options{})
			tt.fault(fake)
			cfg := fast
			cfg.ReadyTimeout = 300 * time.Millisecond
			h := startOn(t, fake, cfg, commandstest.New(), commands.Options{})
			if _, err := fake.WaitReady(waitCtx(t)); err != nil {
				t.Fatalf("%v; logs:\n%s", err, h.logs.String())
			}
			if got := fake.Attempts(); got != tt.attempts {
				t.Errorf("%d attempts to connect, want %d", got, tt.attempts)
			}
			if n := strings.Count(h.logs.String(), "trying again"); n != tt.attempts-1 {
				t.Errorf("%d retries logged, want %d:\n%s", n, tt.attempts-1, h.logs.String())
			}
			if err := fake.DispatchInteraction(ask("801", "What did China say about the use of force?")); err != nil {
				t.Fatal(err)
			}
			h.answer(t, "801")
		})
	}
}

// TestBackoffIsBounded: the waits between attempts double up to the
// maximum, and Run returns as soon as its context ends.
func TestBackoffIsBounded(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	fake.RefuseConnections(1 << 20)
	logs := &syncBuffer{}
	cfg := Config{Token: testToken, APIURL: fake.URL(), ConnectBackoff: 10 * time.Millisecond, MaxConnectBackoff: 40 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(logs, nil))}
	bot := New(cfg, commands.NewRouter(commandstest.New(), commands.Options{}))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- bot.Run(ctx) }()
	if err := fake.WaitAttempts(waitCtx(t), 8); err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil when its context ends", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Run did not return when its context ended")
	}
	if d := time.Since(began); d > time.Second {
		t.Errorf("Run took %s to return", d)
	}
	// Each wait is between half and all of 10, 20, 40, 40, … ms.
	for _, line := range strings.Split(logs.String(), "\n") {
		_, after, ok := strings.Cut(line, "retry_in=")
		if !ok {
			continue
		}
		d, err := time.ParseDuration(strings.Fields(after)[0])
		if err != nil || d < 5*time.Millisecond || d > 40*time.Millisecond {
			t.Errorf("waited %s (%v), want within 5ms–40ms: %s", d, err, line)
		}
	}
	if !strings.Contains(logs.String(), "attempt=8") {
		t.Errorf("attempts not logged:\n%s", logs.String())
	}
}

// TestRejectedTokenIsFatal: a gateway that closes with 4004 (authentication
// failed) ends Run with an error at once; retrying cannot help.
func TestRejectedTokenIsFatal(t *testing.T) {
	fake := fakediscord.New(fakediscord.Options{})
	defer fake.Close()
	fake.CloseOnIdentify(4004)
	cfg := fast
	cfg.Token, cfg.APIURL = testToken, fake.URL()
	cfg.Logger = slog.New(slog.NewTextHandler(&syncBuffer{}, nil))
	bot := New(cfg, commands.NewRouter(commandstest.New(), commands.Options{}))
	done := make(chan error, 1)
	go func() { done <- bot.Run(context.Background()) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "4004") {
			t.Errorf("Run = %v, want the 4004 close", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run kept trying with a rejected token")
	}
	if n := fake.Attempts(); n != 1 {
		t.Errorf("%d attempts, want 1", n)
	}
}

// TestPanicIsRecovered: a handler that panics gets an ephemeral apology,
// the panic is logged with the interaction and the command, and the bot
// goes on answering.
func TestPanicIsRecovered(t *testing.T) {
	a := commandstest.New()
	a.PanicOn = "boom"
	h := start(t, Config{}, a, commands.Options{})
	if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.DispatchInteraction(ask("901", "boom")); err != nil {
		t.Fatal(err)
	}
	r := h.wait(t, "POST", "/api/v9/interactions/901/tok901/callback")
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		} `json:"data"`
	}
	decode(t, r, &resp)
	if resp.Type != 4 || resp.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 || !strings.Contains(resp.Data.Content, "Something went wrong") {
		t.Errorf("reply to a panic %s, want the ephemeral apology", r.Body)
	}
	if strings.Contains(string(r.Body), "boom") || strings.Contains(string(r.Body), "goroutine") {
		t.Errorf("the reply shows the panic: %s", r.Body)
	}

	m := map[string]any{"id": "902", "channel_id": "800", "content": "<@" + h.fake.BotID() + "> boom", "author": map[string]any{"id": "1001", "username": "alice"}}
	if err := h.fake.DispatchMessage(m); err != nil {
		t.Fatal(err)
	}
	reply := h.wait(t, "POST", "/api/v9/channels/800/messages")
	if !strings.Contains(string(reply.Body), "Something went wrong") {
		t.Errorf("reply to a panicking mention %s", reply.Body)
	}

	if err := h.fake.DispatchInteraction(ask("903", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	if r := h.answer(t, "903"); !strings.Contains(string(r.Body), "Fu Cong") {
		t.Errorf("answer after a panic %s", r.Body)
	}
	// The log line follows the reply, a moment later.
	for _, want := range []string{"interaction=901", "command=ask", "panic: boom", "stack=", "message=902"} {
		deadline := time.Now().Add(5 * time.Second)
		for !strings.Contains(h.logs.String(), want) && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if !strings.Contains(h.logs.String(), want) {
			t.Errorf("logs lack %q:\n%s", want, h.logs.String())
		}
	}
}

// TestRateLimitedUserDoesNotHoldOthers: user A's callback gets a 429 while
// user B asks: B's answer goes out at once, within Discord's deadline, and
// A's is sent again after its retry-after, within its own; for a limit on
// A's route and for a global one (which Discord does not apply to
// interaction callbacks, but discordgo's shared limiter would wait out).
func TestRateLimitedUserDoesNotHoldOthers(t *testing.T) {
	for _, global := range []bool{false, true} {
		name := map[bool]string{false: "route", true: "global"}[global]
		t.Run(name, func(t *testing.T) {
			h := start(t, Config{}, commandstest.New(), commands.Options{})
			if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
				t.Fatal(err)
			}
			const retryAfter = 2 * time.Second
			if global {
				h.fake.RateLimitNextGlobal("POST", "/api/v9/interactions/1101/*", retryAfter)
			} else {
				h.fake.RateLimitNext("POST", "/api/v9/interactions/1101/*", retryAfter)
			}
			a := ask("1101", "What did China say about the use of force?")
			b := ask("1102", "What did Saudi Arabia promise about its airspace?")
			b["member"] = map[string]any{"user": map[string]any{"id": "2002", "username": "bob"}}
			if err := h.fake.DispatchInteraction(a); err != nil {
				t.Fatal(err)
			}
			limited := h.wait(t, "POST", "/api/v9/interactions/1101/tok1101/callback")
			if limited.Status != http.StatusTooManyRequests {
				t.Fatalf("A's first callback: status %d", limited.Status)
			}
			sentB := time.Now()
			if err := h.fake.DispatchInteraction(b); err != nil {
				t.Fatal(err)
			}
			okB, err := h.fake.WaitRequest(waitCtx(t), func(r fakediscord.Request) bool {
				return r.Path == "/api/v9/interactions/1102/tok1102/callback" && r.Status == http.StatusNoContent
			})
			if err != nil {
				t.Fatal(err)
			}
			if took := time.Since(sentB); took > retryAfter/2 {
				t.Errorf("B's answer took %s: held by A's rate limit", took)
			}
			if !strings.Contains(string(okB.Body), "not allow its airspace") {
				t.Errorf("B's answer %s", okB.Body)
			}
			okA, err := h.fake.WaitRequest(waitCtx(t), func(r fakediscord.Request) bool {
				return r.Path == "/api/v9/interactions/1101/tok1101/callback" && r.Status == http.StatusNoContent
			})
			if err != nil || !strings.Contains(string(okA.Body), "Fu Cong") {
				t.Fatalf("A's answer was not sent again: %v %s", err, okA.Body)
			}
			var order []string
			for _, r := range h.fake.Requests() {
				if strings.HasSuffix(r.Path, "/callback") && r.Status == http.StatusNoContent {
					order = append(order, strings.Split(r.Path, "/")[4])
				}
			}
			if strings.Join(order, ",") != "1102,1101" {
				t.Errorf("answers sent in the order %v, want B's before A's retry", order)
			}
		})
	}
}

// TestRateLimitedEditIsRetried: the edit of a deferred answer, which has
// fifteen minutes, waits out a 429 and is sent again.
func TestRateLimitedEditIsRetried(t *testing.T) {
	a := commandstest.New()
	a.Delay = 200 * time.Millisecond
	h := start(t, Config{}, a, commands.Options{DeferAfter: 20 * time.Millisecond})
	if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	h.fake.RateLimitNext("PATCH", "/api/v9/webhooks/7070/tok1201/*", 300*time.Millisecond)
	if err := h.fake.DispatchInteraction(ask("1201", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	edit, err := h.fake.WaitRequest(waitCtx(t), func(r fakediscord.Request) bool {
		return r.Method == "PATCH" && strings.Contains(r.Path, "/tok1201/") && r.Status == http.StatusOK
	})
	if err != nil {
		t.Fatalf("the edit was not sent again: %v; requests %+v", err, h.fake.Requests())
	}
	if !strings.Contains(string(edit.Body), "Fu Cong") {
		t.Errorf("edit %s", edit.Body)
	}
}
