package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestCheckLoopback(t *testing.T) {
	tests := []struct {
		target string
		ok     bool
	}{
		{"http://127.0.0.1:8080/interactions", true},
		{"http://127.0.0.2:9/interactions", true},
		{"http://localhost:8080/interactions", true},
		{"http://[::1]:8080/interactions", true},
		{"https://127.0.0.1/interactions", true},
		{"http://10.0.0.1:8080/interactions", false},
		{"http://example.com/interactions", false},
		{"http://discord.com/api", false},
		{"http://0.0.0.0:8080/", false},
		{"ftp://127.0.0.1/", false},
		{"127.0.0.1:8080", false},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			err := checkLoopback(tt.target)
			if (err == nil) != tt.ok {
				t.Errorf("checkLoopback(%q) = %v, want ok=%v", tt.target, err, tt.ok)
			}
		})
	}
}

func TestParseMix(t *testing.T) {
	tests := []struct {
		in      string
		want    mix
		wantErr bool
	}{
		{"ask=5,autocomplete=3", mix{{kindAsk, 5}, {kindAutocomplete, 3}}, false},
		{"button=1", mix{{kindButton, 1}}, false},
		{" ask=1 , position=0", mix{{kindAsk, 1}, {kindPosition, 0}}, false},
		{"ask", nil, true},
		{"ask=x", nil, true},
		{"ask=-1", nil, true},
		{"ask=0", nil, true},
		{"shout=1", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseMix(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseMix(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if !tt.wantErr && !equalMix(got, tt.want) {
				t.Errorf("parseMix(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func equalMix(a, b mix) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMixPickFollowsWeights(t *testing.T) {
	m := mix{{kindAsk, 3}, {kindButton, 0}, {kindAutocomplete, 1}}
	r := rand.New(rand.NewPCG(1, 2))
	counts := map[kind]int{}
	const n = 40000
	for range n {
		counts[m.pick(r)]++
	}
	if counts[kindButton] != 0 {
		t.Errorf("a kind of weight 0 was picked %d times", counts[kindButton])
	}
	if share := float64(counts[kindAsk]) / n; share < 0.72 || share > 0.78 {
		t.Errorf("ask picked %.3f of the time, want about 0.75", share)
	}
}

func TestInteractionsDecodeAsDiscordInteractions(t *testing.T) {
	wl := workload{Questions: defaultQuestions, Names: defaultNames, Users: 10}
	tests := []struct {
		kind     kind
		wantType discordgo.InteractionType
		check    func(t *testing.T, i *discordgo.Interaction)
	}{
		{kindAsk, discordgo.InteractionApplicationCommand, func(t *testing.T, i *discordgo.Interaction) {
			d := i.ApplicationCommandData()
			if d.Name != "ask" || len(d.Options) != 1 || d.Options[0].StringValue() == "" {
				t.Errorf("ask data = %+v", d)
			}
		}},
		{kindPosition, discordgo.InteractionApplicationCommand, func(t *testing.T, i *discordgo.Interaction) {
			if d := i.ApplicationCommandData(); d.Name != "position" || d.Options[0].Name != "who" {
				t.Errorf("position data = %+v", d)
			}
		}},
		{kindAutocomplete, discordgo.InteractionApplicationCommandAutocomplete, func(t *testing.T, i *discordgo.Interaction) {
			d := i.ApplicationCommandData()
			if len(d.Options) != 1 || !d.Options[0].Focused || len([]rune(d.Options[0].StringValue())) < 2 {
				t.Errorf("autocomplete data = %+v", d)
			}
		}},
		{kindButton, discordgo.InteractionMessageComponent, func(t *testing.T, i *discordgo.Interaction) {
			id := i.MessageComponentData().CustomID
			if !strings.HasPrefix(id, "v1:ask:3:q:") || len(id) > 100 {
				t.Errorf("custom ID = %q", id)
			}
		}},
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			for n := range 20 {
				body, err := wl.interaction(r, tt.kind, n)
				if err != nil {
					t.Fatal(err)
				}
				var i discordgo.Interaction
				if err := json.Unmarshal(body, &i); err != nil {
					t.Fatalf("unmarshal %s: %v", body, err)
				}
				if i.Type != tt.wantType {
					t.Fatalf("type = %v, want %v", i.Type, tt.wantType)
				}
				if i.Member == nil || i.Member.User == nil || i.Member.User.ID == "" {
					t.Fatalf("no user in %s", body)
				}
				tt.check(t, &i)
			}
		})
	}
}

func TestParsePrivateKey(t *testing.T) {
	public, private, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"seed", hex.EncodeToString(private.Seed()), false},
		{"full key", hex.EncodeToString(private), false},
		{"with newline", hex.EncodeToString(private.Seed()) + "\n", false},
		{"not hex", "zz", true},
		{"wrong length", "abcd", true},
		{"mismatched halves", hex.EncodeToString(append(private.Seed(), make([]byte, 32)...)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, err := parsePrivateKey(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && !key.Public().(ed25519.PublicKey).Equal(public) {
				t.Error("parsed key has another public key")
			}
		})
	}
}

func TestSignVerifiesLikeDiscord(t *testing.T) {
	public, private, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	body := []byte(`{"type":1}`)
	h := http.Header{}
	sign(h, private, body, time.Unix(1767225600, 0))
	if got := h.Get(headerTimestamp); got != "1767225600" {
		t.Errorf("timestamp = %q", got)
	}
	sig, err := hex.DecodeString(h.Get(headerSignature))
	if err != nil {
		t.Fatal(err)
	}
	if !ed25519.Verify(public, append([]byte("1767225600"), body...), sig) {
		t.Error("signature does not verify over timestamp + body")
	}
	if ed25519.Verify(public, body, sig) {
		t.Error("signature verifies over the body alone: the timestamp is not signed")
	}
}

func TestPercentile(t *testing.T) {
	var ls []time.Duration
	for i := 1; i <= 100; i++ {
		ls = append(ls, time.Duration(i)*time.Millisecond)
	}
	tests := []struct {
		p    float64
		want time.Duration
	}{
		{50, 50 * time.Millisecond},
		{95, 95 * time.Millisecond},
		{99, 99 * time.Millisecond},
		{100, 100 * time.Millisecond},
		{0, time.Millisecond},
	}
	for _, tt := range tests {
		if got := percentile(ls, tt.p); got != tt.want {
			t.Errorf("percentile(1..100 ms, %v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if s := summarize([]time.Duration{3, 1, 2}); s.P50 != 2 || s.Max != 3 || s.Count != 3 {
		t.Errorf("summarize = %+v", s)
	}
}

// signedEndpoint is a loopback endpoint that verifies signatures like the
// bot's server and answers 401 when one is wrong.
func signedEndpoint(t *testing.T, key ed25519.PublicKey) (*httptest.Server, *atomic.Int64) {
	var accepted atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig, _ := hex.DecodeString(r.Header.Get(headerSignature))
		msg := append([]byte(r.Header.Get(headerTimestamp)), body...)
		if !ed25519.Verify(key, msg, sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		accepted.Add(1)
		w.Header().Set("Content-Type", "application/json")
		if bytes.Contains(body, []byte(`"type":4`)) {
			io.WriteString(w, `{"type":8,"data":{"choices":[]}}`)
			return
		}
		io.WriteString(w, `{"type":4,"data":{"content":"x","flags":64}}`)
	}))
	t.Cleanup(srv.Close)
	return srv, &accepted
}

func TestRunIsBoundedAndCountsOutcomes(t *testing.T) {
	public, private, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, wrong, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, accepted := signedEndpoint(t, public)
	tests := []struct {
		name       string
		key        ed25519.PrivateKey
		requests   int
		wantStatus int
	}{
		{"right key", private, 200, http.StatusOK},
		{"wrong key", wrong, 50, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accepted.Store(0)
			m, _ := parseMix("ask=1,autocomplete=1,button=1,position=1")
			l := &load{url: srv.URL + "/interactions", key: tt.key, mix: m, requests: tt.requests, concurrency: 4,
				duration: 30 * time.Second, seed: 1, timeout: 5 * time.Second,
				workload: workload{Questions: defaultQuestions, Names: defaultNames, Users: 100}}
			rec, _, err := l.run(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got := rec.statuses[tt.wantStatus]; got != tt.requests {
				t.Errorf("%d responses with status %d, want %d (all: %v)", got, tt.wantStatus, tt.requests, rec.statuses)
			}
			if tt.wantStatus == http.StatusOK {
				if accepted.Load() != int64(tt.requests) {
					t.Errorf("server accepted %d, want %d", accepted.Load(), tt.requests)
				}
				if rec.ephemeral[kindAsk] == 0 || rec.ephemeral[kindAutocomplete] != 0 {
					t.Errorf("ephemeral counts = %v: want ask replies counted and autocomplete not", rec.ephemeral)
				}
			}
			var out bytes.Buffer
			if err := rec.report(&out, time.Second, 4); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), "throughput") || !strings.Contains(out.String(), "p99") {
				t.Errorf("report lacks throughput or p99:\n%s", out.String())
			}
		})
	}
}

func TestRunStopsAtDuration(t *testing.T) {
	public, private, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, _ := signedEndpoint(t, public)
	m, _ := parseMix("ask=1")
	l := &load{url: srv.URL, key: private, mix: m, requests: 1 << 30, concurrency: 2,
		duration: 200 * time.Millisecond, seed: 1, timeout: time.Second,
		workload: workload{Questions: defaultQuestions, Names: defaultNames, Users: 1}}
	rec, elapsed, err := l.run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if elapsed > 5*time.Second {
		t.Errorf("run took %v with -duration 200ms", elapsed)
	}
	if rec.statuses[0] != 0 {
		t.Errorf("%d requests cut off by the deadline were counted as failures", rec.statuses[0])
	}
}

func TestRunRefusesRemoteTarget(t *testing.T) {
	l := &load{url: "http://192.0.2.1/interactions", requests: 1, concurrency: 1, duration: time.Second}
	if _, _, err := l.run(context.Background()); err == nil {
		t.Fatal("run sent to a non-loopback address")
	}
}

func TestRunFlagErrors(t *testing.T) {
	tests := [][]string{
		{"-n", "0"},
		{"-c", "0"},
		{"-c", "100000"},
		{"-duration", "0s"},
		{"-mix", "shout=1"},
		{"-corpus", "/tmp"},
		{"-url", "http://example.com/interactions", "-key", strings.Repeat("ab", 32)},
		{"-url", "http://127.0.0.1:1/interactions"}, // no key
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Setenv(privateKeyEnv, "")
			if err := run(context.Background(), args, io.Discard); err == nil {
				t.Errorf("run(%q) succeeded", args)
			}
		})
	}
}

func TestServeInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the whole bot")
	}
	var out bytes.Buffer
	args := []string{"-serve", "-n", "60", "-c", "3", "-duration", "60s", "-mix", "ask=1,autocomplete=1,position=1,button=1"}
	if err := run(context.Background(), args, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	report := out.String()
	for _, want := range []string{"serving 4 articles", "requests     60", "200     60"} {
		if !strings.Contains(strings.Join(strings.Fields(report), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}
