package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// testNow is the server clock in these tests.
var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// newTestServer returns a server with the fake handler, the key's public
// half, the fixed clock, and logs captured in the returned buffer.
func newTestServer(t testing.TB, k keys, h InteractionHandler) (*Server, *syncBuffer) {
	t.Helper()
	var logs syncBuffer
	s, err := New(Options{
		Interactions: h,
		PublicKey:    k.public,
		Now:          func() time.Time { return testNow },
		Logger:       slog.New(slog.NewTextHandler(&logs, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	return s, &logs
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestInteractions(t *testing.T) {
	k := newKeys(t)
	other := newKeys(t)
	signed := func(body []byte) http.Header { return k.sign(body, testNow) }

	tests := []struct {
		name    string
		method  string // POST when empty
		body    []byte
		headers func(body []byte) http.Header // signed at testNow when nil
		status  int
		want    string // exact JSON response for 200
		allow   string // Allow header for 405
	}{
		{name: "ping", body: fixture(t, "ping.json"), status: 200, want: `{"type":1}`},
		{name: "slash command", body: fixture(t, "command.json"), status: 200,
			want: marshal(t, message("ask: What did Iran's foreign minister say about talks?"))},
		{name: "message command", body: fixture(t, "message_command.json"), status: 200,
			want: marshal(t, message("sources for: Did the US say it would strike?"))},
		{name: "autocomplete", body: fixture(t, "autocomplete.json"), status: 200,
			want: marshal(t, &discordgo.InteractionResponse{
				Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "Araghchi, Abbas", Value: "abbas-araghchi"},
				}},
			})},
		{name: "button", body: fixture(t, "button.json"), status: 200,
			want: marshal(t, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseUpdateMessage,
				Data: &discordgo.InteractionResponseData{Content: "page for ask:next:3"},
			})},
		{name: "handler error is an ephemeral apology", body: commandBody("fail"), status: 200,
			want: `{"type":4,"data":{"content":"` + apology + `","flags":64,"allowed_mentions":{"parse":[]}}}`},
		{name: "handler error in autocomplete offers nothing", status: 200,
			body: []byte(`{"id":"9","type":4,"data":{"id":"2","name":"fail","type":1,"options":[{"name":"who","type":3,"value":"x","focused":true}]}}`),
			want: `{"type":8,"data":{"choices":[]}}`},
		{name: "handler error in a modal", body: fixture(t, "modal.json"), status: 200,
			want: `{"type":4,"data":{"content":"` + apology + `","flags":64,"allowed_mentions":{"parse":[]}}}`},
		{name: "no response is an apology", body: commandBody("empty"), status: 200,
			want: `{"type":4,"data":{"content":"` + apology + `","flags":64,"allowed_mentions":{"parse":[]}}}`},
		{name: "timestamp 4 minutes old", body: fixture(t, "ping.json"), status: 200, want: `{"type":1}`,
			headers: func(b []byte) http.Header { return k.sign(b, testNow.Add(-4*time.Minute)) }},
		{name: "body of exactly 64 KiB", status: 200, want: `{"type":1}`,
			body: padTo(fixture(t, "ping.json"), MaxBodyBytes)},

		{name: "handler panic is an apology, not a 500", body: commandBody("panic"), status: 200, want: `{"type":4,"data":{"content":"` + apology + `","flags":64,"allowed_mentions":{"parse":[]}}}`},
		{name: "unknown interaction type goes to the handler", body: []byte(`{"id":"1","type":99,"data":{}}`), status: 200, want: `{"type":4,"data":{"content":"` + apology + `","flags":64,"allowed_mentions":{"parse":[]}}}`},
		{name: "command with null data goes to the handler", body: []byte(`{"id":"1","type":2,"data":null}`), status: 200, want: marshal(t, message(""))},
		{name: "missing signature", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { h := signed(b); h.Del(headerSignature); return h }},
		{name: "missing timestamp", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { h := signed(b); h.Del(headerTimestamp); return h }},
		{name: "no headers at all", body: fixture(t, "ping.json"), status: 401,
			headers: func([]byte) http.Header { return http.Header{} }},
		{name: "signed by another key", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { return other.sign(b, testNow) }},
		{name: "body changed after signing", body: fixture(t, "command.json"), status: 401,
			headers: func(b []byte) http.Header { return signed(bytes.Replace(b, []byte("talks"), []byte("war"), 1)) }},
		{name: "timestamp changed after signing", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header {
				h := signed(b)
				h.Set(headerTimestamp, "1772366401") // testNow + 1s
				return h
			}},
		{name: "signature not hex", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { h := signed(b); h.Set(headerSignature, strings.Repeat("zz", 64)); return h }},
		{name: "signature too short", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header {
				h := signed(b)
				h.Set(headerSignature, h.Get(headerSignature)[:64])
				return h
			}},
		{name: "timestamp not a number", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { h := signed(b); h.Set(headerTimestamp, "yesterday"); return h }},
		{name: "stale timestamp", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { return k.sign(b, testNow.Add(-5*time.Minute-time.Second)) }},
		{name: "future timestamp", body: fixture(t, "ping.json"), status: 401,
			headers: func(b []byte) http.Header { return k.sign(b, testNow.Add(5*time.Minute+time.Second)) }},
		{name: "malformed JSON", body: []byte(`{"type":1,`), status: 400},
		{name: "JSON of the wrong shape", body: []byte(`{"type":"ping"}`), status: 400},
		{name: "no interaction type", body: []byte(`{"id":"1"}`), status: 400},
		{name: "command without data (discordgo cannot decode it)", body: []byte(`{"id":"1","type":2}`), status: 400},
		{name: "JSON null", body: []byte(`null`), status: 400},
		{name: "body over 64 KiB", body: padTo(fixture(t, "ping.json"), MaxBodyBytes+1), status: 413},
		{name: "GET", method: http.MethodGet, status: 405, allow: "POST"},
		{name: "PUT", method: http.MethodPut, body: fixture(t, "ping.json"), status: 405, allow: "POST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestServer(t, k, newFakeHandler())
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			req := httptest.NewRequest(method, "/interactions", bytes.NewReader(tt.body))
			headers := signed(tt.body)
			if tt.headers != nil {
				headers = tt.headers(tt.body)
			}
			for name, values := range headers {
				req.Header[name] = values
			}
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, req)

			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d; body %q", rec.Code, tt.status, rec.Body.String())
			}
			if tt.allow != "" && rec.Header().Get("Allow") != tt.allow {
				t.Errorf("Allow = %q, want %q", rec.Header().Get("Allow"), tt.allow)
			}
			if tt.want == "" {
				return
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			if got := compactJSON(t, rec.Body.Bytes()); got != tt.want {
				t.Errorf("response\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// marshal returns resp as compact JSON.
func marshal(t *testing.T, resp *discordgo.InteractionResponse) string {
	t.Helper()
	data, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// padTo appends spaces (insignificant in JSON) to body up to n bytes.
func padTo(body []byte, n int) []byte {
	return append(bytes.Clone(body), bytes.Repeat([]byte(" "), n-len(body))...)
}

func compactJSON(t *testing.T, data []byte) string {
	t.Helper()
	var out bytes.Buffer
	if err := json.Compact(&out, data); err != nil {
		t.Fatalf("response is not JSON: %v: %q", err, data)
	}
	return out.String()
}

func TestPanicAndErrorsAreLoggedWithInteractionID(t *testing.T) {
	k := newKeys(t)
	for _, name := range []string{"panic", "fail"} {
		t.Run(name, func(t *testing.T) {
			s, logs := newTestServer(t, k, newFakeHandler())
			body := commandBody(name)
			req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			req.Header = k.sign(body, testNow)
			s.Handler().ServeHTTP(httptest.NewRecorder(), req)
			for _, want := range []string{"level=ERROR", "interaction=1100000000000000099", "name=" + name} {
				if !strings.Contains(logs.String(), want) {
					t.Errorf("log lacks %q:\n%s", want, logs.String())
				}
			}
			if panicked := name == "panic"; strings.Contains(logs.String(), "stack=") != panicked {
				t.Errorf("log shows a stack: %v, want %v:\n%s", !panicked, panicked, logs.String())
			}
		})
	}
}

func TestHandlerContextCarriesDiscordDeadline(t *testing.T) {
	k := newKeys(t)
	h := newFakeHandler()
	s, err := New(Options{Interactions: h, PublicKey: k.public, ResponseDeadline: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	body := fixture(t, "command.json")
	req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	req.Header = k.sign(body, time.Now())
	before := time.Now()
	s.Handler().ServeHTTP(httptest.NewRecorder(), req)
	after := time.Now()

	h.mu.Lock()
	defer h.mu.Unlock()
	if h.deadline.IsZero() {
		t.Fatal("handler ctx has no deadline")
	}
	if h.deadline.Before(before.Add(2*time.Second)) || h.deadline.After(after.Add(2*time.Second)) {
		t.Errorf("deadline %v after the request started, want 2s after it arrived", h.deadline.Sub(before))
	}
}

func TestPingDoesNotReachHandler(t *testing.T) {
	k := newKeys(t)
	h := newFakeHandler()
	s, _ := newTestServer(t, k, h)
	body := fixture(t, "ping.json")
	req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	req.Header = k.sign(body, testNow)
	s.Handler().ServeHTTP(httptest.NewRecorder(), req)
	if h.calls != 0 {
		t.Errorf("handler called %d times for a PING", h.calls)
	}
}
