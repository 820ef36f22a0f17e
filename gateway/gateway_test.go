package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/commands/commandstest"
	"github.com/crisisbot/bot/internal/fakediscord"
)

const testToken = "test-token-do-not-log"

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness runs a Bot against a fake Discord.
type harness struct {
	fake *fakediscord.Server
	logs *syncBuffer
	stop func() error
}

func start(t *testing.T, cfg Config, a commands.Answerer, opts commands.Options) *harness {
	t.Helper()
	return startOn(t, fakediscord.New(fakediscord.Options{}), cfg, a, opts)
}

// startOn runs a Bot against fake, which a test may have set up to fail.
func startOn(t *testing.T, fake *fakediscord.Server, cfg Config, a commands.Answerer, opts commands.Options) *harness {
	t.Helper()
	logs := &syncBuffer{}
	cfg.Token = testToken
	cfg.APIURL = fake.URL()
	cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if opts.RateLimit == (commands.RateLimit{}) {
		opts.RateLimit = commands.RateLimit{Disabled: true}
	}
	bot := New(cfg, commands.NewRouter(a, opts))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- bot.Run(ctx) }()
	h := &harness{fake: fake, logs: logs}
	var once sync.Once
	var runErr error
	h.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(15 * time.Second):
				t.Error("Run did not return after its context was cancelled")
			}
			fake.Close()
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
		if strings.Contains(logs.String(), testToken) {
			t.Error("the token was logged")
		}
	})
	return h
}

func waitCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func (h *harness) wait(t *testing.T, method, path string) fakediscord.Request {
	t.Helper()
	r, err := h.fake.WaitRequest(waitCtx(t), fakediscord.Match(method, path))
	if err != nil {
		t.Fatalf("%s %s: %v\nrequests: %+v\nlogs:\n%s", method, path, err, h.fake.Requests(), h.logs.String())
	}
	return r
}

// answer returns the request that carries the answer to interaction id:
// its callback, or when that was a deferral (a slow machine), the edit of
// the original response.
func (h *harness) answer(t *testing.T, id string) fakediscord.Request {
	t.Helper()
	r := h.wait(t, "POST", "/api/v9/interactions/"+id+"/tok"+id+"/callback")
	var resp response
	decode(t, r, &resp)
	if resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		return h.wait(t, "PATCH", "/api/v9/webhooks/7070/tok"+id+"/messages/@original")
	}
	return r
}

// member is the user behind the test interactions.
var member = map[string]any{"user": map[string]any{"id": "1001", "username": "alice"}}

func interaction(id string, typ int, data map[string]any, extra map[string]any) map[string]any {
	i := map[string]any{
		"id": id, "type": typ, "application_id": "7070", "token": "tok" + id, "version": 1,
		"guild_id": "900", "channel_id": "800", "member": member, "data": data,
	}
	for k, v := range extra {
		i[k] = v
	}
	return i
}

func ask(id, question string) map[string]any {
	return interaction(id, 2, map[string]any{"id": "c1", "name": "ask", "type": 1,
		"options": []any{map[string]any{"name": "question", "type": 3, "value": question}}}, nil)
}

// response is an interaction callback body; components stay raw, as
// discordgo cannot unmarshal them into InteractionResponseData.
type response struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// decode parses a recorded JSON body.
func decode(t *testing.T, r fakediscord.Request, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("%s %s: body %s: %v", r.Method, r.Path, r.Body, err)
	}
}

func TestEndToEnd(t *testing.T) {
	h := start(t, Config{Register: true}, commandstest.New(), commands.Options{})
	ctx := waitCtx(t)

	identifies, err := h.fake.WaitReady(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var identify struct {
		Token   string `json:"token"`
		Intents int    `json:"intents"`
	}
	if err := json.Unmarshal(identifies[0], &identify); err != nil {
		t.Fatal(err)
	}
	if identify.Token != "Bot "+testToken || identify.Intents != int(Intents) || Intents != 1|1<<9|1<<12 {
		t.Errorf("identify with token %q and intents %d", identify.Token, identify.Intents)
	}

	t.Run("registers the commands globally", func(t *testing.T) {
		r := h.wait(t, "PUT", "/api/v9/applications/7070/commands")
		if r.Authorization != "Bot "+testToken {
			t.Errorf("Authorization %q", r.Authorization)
		}
		var cmds []discordgo.ApplicationCommand
		decode(t, r, &cmds)
		var names []string
		for _, c := range cmds {
			names = append(names, c.Name)
		}
		if got := strings.Join(names, ","); got != "ask,position,compare,who,sources,help,reload,Find sources" {
			t.Errorf("registered %s", got)
		}
	})

	t.Run("answers /ask with the quote and its source", func(t *testing.T) {
		if err := h.fake.DispatchInteraction(ask("101", "What did China say about the use of force?")); err != nil {
			t.Fatal(err)
		}
		r := h.wait(t, "POST", "/api/v9/interactions/101/tok101/callback")
		var resp response
		decode(t, r, &resp)
		if resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("type %d", resp.Type)
		}
		body := string(r.Body)
		for _, want := range []string{"The use of force cannot solve problems.", "Fu Cong", "https://dominicanrepublicpost.com/?p=628850", "paragraph 40"} {
			if !strings.Contains(body, want) {
				t.Errorf("answer lacks %q: %s", want, body)
			}
		}
	})

	t.Run("autocompletes names", func(t *testing.T) {
		i := interaction("102", 4, map[string]any{"id": "c2", "name": "position", "type": 1,
			"options": []any{map[string]any{"name": "who", "type": 3, "value": "tur", "focused": true}}}, nil)
		if err := h.fake.DispatchInteraction(i); err != nil {
			t.Fatal(err)
		}
		r := h.wait(t, "POST", "/api/v9/interactions/102/tok102/callback")
		var resp response
		decode(t, r, &resp)
		if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(resp.Data.Choices) == 0 || resp.Data.Choices[0].Value != "Turkey" {
			t.Errorf("autocomplete answer %s", r.Body)
		}
	})

	t.Run("pages with a button", func(t *testing.T) {
		i := interaction("103", 3, map[string]any{"custom_id": "v1:ask:3:q:What did China say about the use of force?", "component_type": 2},
			map[string]any{"message": map[string]any{"id": "600", "channel_id": "800", "content": ""}})
		if err := h.fake.DispatchInteraction(i); err != nil {
			t.Fatal(err)
		}
		r := h.wait(t, "POST", "/api/v9/interactions/103/tok103/callback")
		var resp response
		decode(t, r, &resp)
		if resp.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(string(r.Body), "Result 4 of 4") {
			t.Errorf("button answer %s", r.Body)
		}
	})

	t.Run("replies to a mention", func(t *testing.T) {
		m := map[string]any{
			"id": "700", "channel_id": "800", "guild_id": "900", "type": 0,
			"content":  "<@" + h.fake.BotID() + "> what did China say about the use of force?",
			"author":   map[string]any{"id": "1001", "username": "alice"},
			"mentions": []any{map[string]any{"id": h.fake.BotID(), "username": "crisisbot", "bot": true}},
		}
		if err := h.fake.DispatchMessage(m); err != nil {
			t.Fatal(err)
		}
		r := h.wait(t, "POST", "/api/v9/channels/800/messages")
		var send struct {
			Reference struct {
				MessageID string `json:"message_id"`
			} `json:"message_reference"`
		}
		decode(t, r, &send)
		if send.Reference.MessageID != "700" || !strings.Contains(string(r.Body), "The use of force cannot solve problems.") {
			t.Errorf("mention reply %s", r.Body)
		}
	})

	t.Run("ignores its own messages and bots", func(t *testing.T) {
		for n, author := range []map[string]any{{"id": h.fake.BotID(), "bot": true}, {"id": "77", "bot": true}} {
			m := map[string]any{"id": "80" + string(rune('0'+n)), "channel_id": "801", "content": "<@" + h.fake.BotID() + "> hi", "author": author}
			if err := h.fake.DispatchMessage(m); err != nil {
				t.Fatal(err)
			}
		}
		// A later interaction is answered; the ignored messages never are.
		if err := h.fake.DispatchInteraction(ask("104", "What did Saudi Arabia promise about its airspace?")); err != nil {
			t.Fatal(err)
		}
		h.wait(t, "POST", "/api/v9/interactions/104/tok104/callback")
		time.Sleep(50 * time.Millisecond)
		for _, r := range h.fake.Requests() {
			if r.Path == "/api/v9/channels/801/messages" {
				t.Errorf("answered an ignored message: %s", r.Body)
			}
		}
	})

	if err := h.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	checkNoPings(t, h.fake.Requests())
}

func TestNoRegistrationUnlessAsked(t *testing.T) {
	h := start(t, Config{}, commandstest.New(), commands.Options{})
	if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.DispatchInteraction(ask("501", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	h.wait(t, "POST", "/api/v9/interactions/501/tok501/callback")
	for _, r := range h.fake.Requests() {
		if r.Method == "PUT" {
			t.Errorf("registered commands: %s", r.Path)
		}
	}
}

// checkNoPings checks that every message the bot sent allows no mention.
func checkNoPings(t *testing.T, reqs []fakediscord.Request) {
	t.Helper()
	sent := 0
	for _, r := range reqs {
		if r.Body == nil || r.Method == "PUT" {
			continue
		}
		var body struct {
			Type int `json:"type"`
			Data *struct {
				AllowedMentions *struct {
					Parse []string `json:"parse"`
				} `json:"allowed_mentions"`
			} `json:"data"`
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(r.Body, &body); err != nil {
			t.Fatal(err)
		}
		am := body.AllowedMentions
		if strings.HasSuffix(r.Path, "/callback") {
			if body.Type == 8 || body.Type == 6 || body.Type == 1 {
				continue // autocomplete and acknowledgements post no message
			}
			if body.Data == nil {
				t.Errorf("%s: no data: %s", r.Path, r.Body)
				continue
			}
			am = body.Data.AllowedMentions
		}
		sent++
		if am == nil || am.Parse == nil || len(am.Parse) != 0 || !strings.Contains(string(r.Body), `"parse":[]`) {
			t.Errorf("%s %s allows mentions: %s", r.Method, r.Path, r.Body)
		}
	}
	if sent == 0 {
		t.Error("no message was sent")
	}
}

func TestGuildRegistrationAndDeferredAnswer(t *testing.T) {
	a := commandstest.New()
	a.Delay = 300 * time.Millisecond
	h := start(t, Config{Register: true, GuildID: "900", AppID: "5555"}, a, commands.Options{DeferAfter: 50 * time.Millisecond})
	h.wait(t, "PUT", "/api/v9/applications/5555/guilds/900/commands")

	if err := h.fake.DispatchInteraction(ask("201", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	r := h.wait(t, "POST", "/api/v9/interactions/201/tok201/callback")
	var resp response
	decode(t, r, &resp)
	if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Errorf("first reply %s, want a deferral", r.Body)
	}
	edit := h.wait(t, "PATCH", "/api/v9/webhooks/7070/tok201/messages/@original")
	if !strings.Contains(string(edit.Body), "The use of force cannot solve problems.") {
		t.Errorf("edit %s", edit.Body)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	checkNoPings(t, h.fake.Requests())
}

func TestRateLimitedCallbackDoesNotSleep(t *testing.T) {
	h := start(t, Config{}, commandstest.New(), commands.Options{})
	if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	h.fake.RateLimitNext("POST", "/api/v9/interactions/301/*", 5*time.Second)
	began := time.Now()
	if err := h.fake.DispatchInteraction(ask("301", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	r := h.wait(t, "POST", "/api/v9/interactions/301/tok301/callback")
	if r.Status != http.StatusTooManyRequests {
		t.Fatalf("status %d", r.Status)
	}
	// The bot gives up at once instead of sleeping 5 s past Discord's deadline.
	deadline := time.Now().Add(2 * time.Second)
	for !strings.Contains(h.logs.String(), "answering an interaction") {
		if time.Now().After(deadline) {
			t.Fatalf("no error logged; logs:\n%s", h.logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if took := time.Since(began); took > 3*time.Second {
		t.Errorf("took %s", took)
	}
	n := 0
	for _, r := range h.fake.Requests() {
		if strings.HasPrefix(r.Path, "/api/v9/interactions/301/") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d callback attempts, want 1", n)
	}
}

func TestRateLimitedCallbackRetriedWithinDeadline(t *testing.T) {
	h := start(t, Config{}, commandstest.New(), commands.Options{})
	if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	h.fake.RateLimitNext("POST", "/api/v9/interactions/302/*", 200*time.Millisecond)
	if err := h.fake.DispatchInteraction(ask("302", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	ok, err := h.fake.WaitRequest(waitCtx(t), func(r fakediscord.Request) bool {
		return r.Path == "/api/v9/interactions/302/tok302/callback" && r.Status == http.StatusNoContent
	})
	if err != nil {
		t.Fatalf("the callback was not sent again: %v; requests %+v", err, h.fake.Requests())
	}
	if !strings.Contains(string(ok.Body), "The use of force cannot solve problems.") {
		t.Errorf("retried callback %s", ok.Body)
	}
}

func TestReconnectsAfterDrop(t *testing.T) {
	h := start(t, Config{}, commandstest.New(), commands.Options{})
	ctx := waitCtx(t)
	if _, err := h.fake.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	// Once an interaction is answered, the bot is surely connected.
	if err := h.fake.DispatchInteraction(ask("400", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	h.wait(t, "POST", "/api/v9/interactions/400/tok400/callback")
	if err := h.fake.DropConnection(); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.WaitConnected(ctx, 2); err != nil {
		t.Fatalf("%v; logs:\n%s", err, h.logs.String())
	}
	if err := h.fake.DispatchInteraction(ask("401", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	h.wait(t, "POST", "/api/v9/interactions/401/tok401/callback")
}

func TestAPITransport(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Method+" "+r.Host+r.URL.RequestURI())
	}))
	defer srv.Close()
	tr, err := APITransport(srv.URL, http.DefaultTransport)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Transport: tr}
	req, _ := http.NewRequest("GET", "https://discord.com/api/v9/gateway?x=1", nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	want := "GET " + strings.TrimPrefix(srv.URL, "http://") + "/api/v9/gateway?x=1"
	if len(got) != 1 || got[0] != want {
		t.Errorf("server saw %v, want %q", got, want)
	}
	if req.URL.Host != "discord.com" {
		t.Error("the original request was modified")
	}
	for _, bad := range []string{"", "discord.com", "ftp://x", "http://"} {
		if _, err := APITransport(bad, nil); err == nil {
			t.Errorf("APITransport(%q): no error", bad)
		}
	}
}

func TestNewSessionNeedsToken(t *testing.T) {
	if _, err := NewSession(Config{Token: "  "}); err == nil {
		t.Error("no error without a token")
	}
	s, err := NewSession(Config{Token: "Bot abc"})
	if err != nil {
		t.Fatal(err)
	}
	if s.Token != "Bot abc" || s.Identify.Intents != Intents || s.ShouldRetryOnRateLimit {
		t.Errorf("session token %q intents %d retry %v", s.Token, s.Identify.Intents, s.ShouldRetryOnRateLimit)
	}
}

func TestEndToEndBuiltinCorpus(t *testing.T) {
	engine, _, err := answer.Load(context.Background(), answer.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer engine.Close()
	h := start(t, Config{Register: true}, engine, commands.Options{})
	h.wait(t, "PUT", "/api/v9/applications/7070/commands")
	if err := h.fake.DispatchInteraction(ask("601", "What did China say at the UN?")); err != nil {
		t.Fatal(err)
	}
	r := h.answer(t, "601")
	for _, want := range []string{"The use of force cannot solve problems", "Fu Cong", "https://dominicanrepublicpost.com/?p=628850"} {
		if !strings.Contains(string(r.Body), want) {
			t.Errorf("answer lacks %q: %s", want, r.Body)
		}
	}
	m := map[string]any{
		"id": "602", "channel_id": "800", "content": "<@" + h.fake.BotID() + "> What did Saudi Arabia promise about its airspace?",
		"author": map[string]any{"id": "1001", "username": "alice"},
	}
	if err := h.fake.DispatchMessage(m); err != nil {
		t.Fatal(err)
	}
	reply := h.wait(t, "POST", "/api/v9/channels/800/messages")
	if !strings.Contains(string(reply.Body), "not allow its airspace or territory") || !strings.Contains(string(reply.Body), `"message_id":"602"`) {
		t.Errorf("mention reply %s", reply.Body)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	checkNoPings(t, h.fake.Requests())
}

func TestShutdownFinishesAnswersInProgress(t *testing.T) {
	a := commandstest.New()
	a.Delay = 500 * time.Millisecond
	h := start(t, Config{ShutdownGrace: 5 * time.Second}, a, commands.Options{DeferAfter: 2 * time.Second})
	if _, err := h.fake.WaitReady(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.DispatchInteraction(ask("701", "What did China say about the use of force?")); err != nil {
		t.Fatal(err)
	}
	// Stop while the answer is being looked up: it is still sent.
	deadline := time.Now().Add(5 * time.Second)
	for !slices.Contains(a.Calls(), `Ask("What did China say about the use of force?", 0)`) {
		if time.Now().After(deadline) {
			t.Fatal("the engine was never asked")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range h.fake.Requests() {
		found = found || r.Path == "/api/v9/interactions/701/tok701/callback" && r.Status == http.StatusNoContent
	}
	if !found {
		t.Errorf("the answer in progress was not sent; requests %+v", h.fake.Requests())
	}
}
