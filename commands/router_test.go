package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands/commandstest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// recorder is an Observer that remembers what it was told.
type recorder struct {
	mu  sync.Mutex
	got []string
}

func (r *recorder) Observe(command, outcome string, _ time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, command+"/"+outcome)
}

func (r *recorder) last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.got) == 0 {
		return ""
	}
	return r.got[len(r.got)-1]
}

// fixedClock is a clock tests move by hand.
type fixedClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fixedClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fixedClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func readInteraction(t testing.TB, name string) *discordgo.Interaction {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "interactions", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(data, &i); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return &i
}

// checkGolden compares got with testdata/golden/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./commands -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file %s:\n%s", name, path, got)
	}
}

func marshal(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkResponse checks what every response must satisfy: Discord's limits,
// no mention allowed, and valid choices.
func checkResponse(t *testing.T, resp *discordgo.InteractionResponse) {
	t.Helper()
	if resp == nil {
		t.Fatal("nil response")
	}
	d := resp.Data
	if d == nil {
		return
	}
	if err := CheckLimits(d.Content, d.Embeds, d.Components); err != nil {
		t.Errorf("response breaks a limit: %v", err)
	}
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		if len(d.Choices) > maxChoices {
			t.Errorf("%d choices", len(d.Choices))
		}
		for _, c := range d.Choices {
			if textLen(c.Name) > maxChoiceName || textLen(c.Value.(string)) > maxChoiceValue {
				t.Errorf("choice too long: %q", c.Name)
			}
		}
		return
	}
	if !bytes.Contains(marshal(t, d), []byte(`"allowed_mentions": {
    "parse": [],`)) {
		t.Errorf("response does not set allowed_mentions parse []:\n%s", marshal(t, d))
	}
}

func TestHandleFixtures(t *testing.T) {
	tests := []struct {
		fixture   string
		wantType  discordgo.InteractionResponseType
		ephemeral bool
		outcome   string // command/outcome as observed
		contains  []string
	}{
		{"ask", 4, false, "ask/ok", []string{"The use of force cannot solve problems.", "Fu Cong", "dominicanrepublicpost.com", "30 January 2026", "paragraph 40", "v1:ask:3:q:What did China say about the use of force?"}},
		{"ask_dm", 4, false, "ask/ok", []string{"not allow its airspace or territory", "Mohammed bin Salman", "Crown Prince"}},
		{"ask_empty", 4, true, "ask/invalid", []string{"Please type a question"}},
		{"ask_too_long", 4, true, "ask/invalid", []string{"593 characters", "under 500"}},
		{"ask_no_results", 4, false, "ask/not_found", []string{"No passage in the corpus answers this question."}},
		{"position", 4, false, "position/ok", []string{"Position of Turkey", "It’s wrong to attack Iran.", "Hakan Fidan", "Statements 1–5 of 6", "v1:pos:5:Turkey"}},
		{"position_topic", 4, false, "position/ok", []string{"It’s wrong to start the war again", "Topic: war"}},
		{"position_unknown", 4, true, "position/not_found", []string{"Turky", "Did you mean Turkey, Türkiye?"}},
		{"compare", 4, false, "compare/ok", []string{"China and Turkey", "The use of force cannot solve problems.", "It’s wrong to attack Iran.", "4 of 6 statements", "Statement 1"}},
		{"who", 4, false, "who/ok", []string{"Abbas Araghchi", "Foreign Minister", "Araqchi", "14 statements", "Press TV"}},
		{"sources", 4, false, "sources/ok", []string{"4 articles", "FactNerve", "WE News English", "Press TV", "3 February 2026"}},
		{"help", 4, true, "help/ok", []string{"/ask", "Find sources"}},
		{"unknown_command", 4, true, "unknown/invalid", []string{"/help"}},
		{"autocomplete_who", 8, false, "autocomplete/ok", []string{`"Turkey (country)"`}},
		{"autocomplete_name", 8, false, "autocomplete/ok", []string{`"Abbas Araghchi"`}},
		{"autocomplete_second", 8, false, "autocomplete/ok", []string{`"Recep Tayyip Erdoğan"`}},
		{"autocomplete_wrong_option", 8, false, "autocomplete/invalid", []string{`"type": 8`}},
		{"find_sources", 4, false, "find_sources/ok", []string{"not allow its airspace or territory", "Saudi Arabia"}},
		{"find_sources_empty", 4, true, "find_sources/invalid", []string{"no text"}},
		{"button_ask_more", 7, false, "page/ok", []string{"Result 4 of 4", "v1:ask:0:q:What did China say", "Previous"}},
		{"button_position_from_message", 7, false, "page/ok", []string{"Statement 6 of 6", "benevolent efforts", "v1:pos:0:Turkey"}},
		{"button_forged", 4, true, "page/invalid", []string{"not one I can read"}},
		{"button_missing_footer", 4, true, "page/invalid", []string{"not one I can read"}},
		{"modal_submit", 4, true, "unknown/invalid", []string{"/help"}},
		{"ping", 1, false, "ping/ok", nil},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			obs := &recorder{}
			r := NewRouter(commandstest.New(), Options{Observer: obs})
			resp, err := r.Handle(context.Background(), readInteraction(t, tt.fixture))
			if err != nil {
				t.Fatalf("Handle: %v", err)
			}
			if resp.Type != tt.wantType {
				t.Errorf("type %d, want %d", resp.Type, tt.wantType)
			}
			checkResponse(t, resp)
			eph := resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0
			if eph != tt.ephemeral {
				t.Errorf("ephemeral %v, want %v", eph, tt.ephemeral)
			}
			if got := obs.last(); got != tt.outcome {
				t.Errorf("observed %q, want %q", got, tt.outcome)
			}
			out := marshal(t, resp)
			for _, s := range tt.contains {
				if !strings.Contains(string(out), s) {
					t.Errorf("response lacks %q:\n%s", s, out)
				}
			}
			checkGolden(t, tt.fixture+".json", out)
		})
	}
}

func TestHandleNeverPanics(t *testing.T) {
	// Interactions built by hand, with data missing or of the wrong type.
	tests := []*discordgo.Interaction{
		{Type: discordgo.InteractionApplicationCommand},
		{Type: discordgo.InteractionApplicationCommandAutocomplete},
		{Type: discordgo.InteractionMessageComponent},
		{Type: discordgo.InteractionApplicationCommand, Data: discordgo.MessageComponentInteractionData{}},
		{Type: discordgo.InteractionMessageComponent, Data: discordgo.ApplicationCommandInteractionData{}},
		{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{Name: findSourcesName, CommandType: discordgo.MessageApplicationCommand}},
		{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{nil, {Name: "question", Value: 42.0}}}},
		{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "v1:pos:0:m"}},
		{Type: 99},
	}
	r := NewRouter(commandstest.New(), Options{})
	for _, i := range tests {
		resp, err := r.Handle(context.Background(), i)
		if err != nil {
			t.Errorf("%+v: %v", i, err)
			continue
		}
		checkResponse(t, resp)
	}
	if _, err := r.Handle(context.Background(), nil); err == nil {
		t.Error("nil interaction: no error")
	}
}

func TestHandleEngineError(t *testing.T) {
	a := commandstest.New()
	a.Err = errors.New("index closed")
	obs := &recorder{}
	r := NewRouter(a, Options{Observer: obs})
	resp, err := r.Handle(context.Background(), readInteraction(t, "ask"))
	if err == nil || !strings.Contains(err.Error(), "index closed") {
		t.Fatalf("Handle = %v, %v; want the engine's error", resp, err)
	}
	if got := obs.last(); got != "ask/error" {
		t.Errorf("observed %q, want ask/error", got)
	}
}

func TestRateLimit(t *testing.T) {
	clock := &fixedClock{t: time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC)}
	obs := &recorder{}
	r := NewRouter(commandstest.New(), Options{Observer: obs, Now: clock.now, RateLimit: RateLimit{PerMinute: 6, Burst: 2}})
	ask := readInteraction(t, "ask")
	other := readInteraction(t, "ask_dm") // another user
	steps := []struct {
		i       *discordgo.Interaction
		advance time.Duration
		want    string
		wait    string // the refusal's wait
	}{
		{ask, 0, "ask/ok", ""},
		{ask, 0, "ask/ok", ""},
		{ask, 0, "ask/rate_limited", "10 seconds"},
		{other, 0, "ask/ok", ""},
		{ask, 5 * time.Second, "ask/rate_limited", "5 seconds"},
		{ask, 5 * time.Second, "ask/ok", ""}, // one token every 10 s
		{ask, 0, "ask/rate_limited", "10 seconds"},
	}
	for n, s := range steps {
		clock.advance(s.advance)
		resp, err := r.Handle(context.Background(), s.i)
		if err != nil {
			t.Fatal(err)
		}
		if got := obs.last(); got != s.want {
			t.Fatalf("step %d: observed %q, want %q", n, got, s.want)
		}
		if s.want == "ask/rate_limited" {
			if resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(resp.Data.Content, "Please wait "+s.wait+" and try again.") {
				t.Errorf("step %d: refusal %+v is not an ephemeral 'please wait'", n, resp.Data)
			}
		}
	}
	// Autocomplete and help are not limited.
	for range 5 {
		if _, err := r.Handle(context.Background(), readInteraction(t, "autocomplete_who")); err != nil {
			t.Fatal(err)
		}
	}
	if got := obs.last(); got != "autocomplete/ok" {
		t.Errorf("autocomplete observed %q", got)
	}
}

func TestCommandsDefinitions(t *testing.T) {
	cmds := Commands()
	checkGolden(t, "commands.json", marshal(t, cmds))
	names := map[string]bool{}
	for _, c := range cmds {
		names[c.Name] = true
		if c.Type == discordgo.ChatApplicationCommand && (len(c.Description) == 0 || textLen(c.Description) > 100) {
			t.Errorf("%s: description of %d characters", c.Name, textLen(c.Description))
		}
		for _, o := range c.Options {
			if textLen(o.Description) > 100 {
				t.Errorf("%s %s: description of %d characters", c.Name, o.Name, textLen(o.Description))
			}
			if o.Autocomplete != isEntityOption(o.Name) {
				t.Errorf("%s %s: autocomplete %v", c.Name, o.Name, o.Autocomplete)
			}
		}
	}
	for _, n := range []string{"ask", "position", "compare", "who", "sources", "help", findSourcesName} {
		if !names[n] {
			t.Errorf("no command %q", n)
		}
	}
}

func TestErrorAttrs(t *testing.T) {
	plain := errors.New("engine down")
	if got := fmt.Sprint(ErrorAttrs(plain)); got != "[err engine down]" {
		t.Errorf("ErrorAttrs(plain error) = %s", got)
	}
	panicked := fmt.Errorf("handle ask: %w", &PanicError{Value: "boom", Stack: []byte("goroutine 1")})
	if got := fmt.Sprint(ErrorAttrs(panicked)); got != "[err handle ask: panic: boom stack goroutine 1]" {
		t.Errorf("ErrorAttrs(panic) = %s", got)
	}
}
