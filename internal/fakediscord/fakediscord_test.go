package fakediscord

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func do(t *testing.T, method, url, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bot x")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestREST(t *testing.T) {
	s := New(Options{AppID: "7"})
	defer s.Close()
	tests := []struct {
		method, path, body string
		status             int
		contains           string
	}{
		{"GET", "/api/v9/gateway", "", 200, `"url":"ws://127.0.0.1:`},
		{"GET", "/api/v9/gateway/bot", "", 200, `"shards":1`},
		{"PUT", "/api/v9/applications/7/commands", `[{"name":"ask"}]`, 200, `"id":"9000"`},
		{"PUT", "/api/v9/applications/7/guilds/9/commands", `[{"name":"ask"}]`, 200, `"guild_id":"9"`},
		{"PUT", "/api/v9/applications/7/commands", `{"name":"ask"}`, 400, "Invalid Form Body"},
		{"POST", "/api/v9/interactions/1/tok/callback", `{"type":4}`, 204, ""},
		{"PATCH", "/api/v9/webhooks/7/tok/messages/@original", `{"content":"hi"}`, 200, `"content":"hi"`},
		{"POST", "/api/v9/channels/8/messages", `{"content":"hi"}`, 200, `"channel_id":"8"`},
		{"POST", "/api/v9/channels/8/messages", `{not json`, 400, "Bad Request"},
		{"GET", "/api/v9/users/@me/guilds", "", 404, "Not Found"},
	}
	for _, tt := range tests {
		status, body := do(t, tt.method, s.URL()+tt.path, tt.body)
		if status != tt.status || !strings.Contains(body, tt.contains) {
			t.Errorf("%s %s = %d %s, want %d with %q", tt.method, tt.path, status, body, tt.status, tt.contains)
		}
	}
	reqs := s.Requests()
	if len(reqs) != len(tests) {
		t.Fatalf("%d requests recorded, want %d", len(reqs), len(tests))
	}
	if r := reqs[5]; r.Path != "/api/v9/interactions/1/tok/callback" || string(r.Body) != `{"type":4}` || r.Authorization != "Bot x" || r.Status != 204 {
		t.Errorf("recorded %+v", r)
	}
	r, err := s.WaitRequest(ctxT(t), Match("PATCH", "/api/v9/webhooks/*"))
	if err != nil || r.Status != 200 {
		t.Errorf("WaitRequest = %+v, %v", r, err)
	}
}

func TestRateLimitNext(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.RateLimitNext("POST", "/api/v9/interactions/*", 1500*time.Millisecond)
	status, body := do(t, "POST", s.URL()+"/api/v9/interactions/1/t/callback", `{}`)
	if status != 429 || !strings.Contains(body, `"retry_after":1.5`) {
		t.Errorf("first call = %d %s", status, body)
	}
	if status, _ := do(t, "POST", s.URL()+"/api/v9/interactions/1/t/callback", `{}`); status != 204 {
		t.Errorf("second call = %d, want 204", status)
	}
}

func TestGateway(t *testing.T) {
	s := New(Options{BotID: "42", AppID: "7", HeartbeatInterval: time.Second})
	defer s.Close()
	_, body := do(t, "GET", s.URL()+"/api/v9/gateway", "")
	var g struct{ URL string }
	if err := json.Unmarshal([]byte(body), &g); err != nil {
		t.Fatal(err)
	}
	ws, _, err := websocket.DefaultDialer.Dial(g.URL+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	read := func() gatewayPayload {
		t.Helper()
		var p gatewayPayload
		if err := ws.SetReadDeadline(time.Now().Add(5 * time.Second)); err != nil {
			t.Fatal(err)
		}
		if err := ws.ReadJSON(&p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if p := read(); p.Op != 10 || !strings.Contains(string(p.Data), `"heartbeat_interval":1000`) {
		t.Fatalf("hello = %+v", p)
	}
	if err := s.DispatchMessage(map[string]string{"id": "1"}); err == nil {
		t.Error("dispatch before identify: no error")
	}
	if err := ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": "Bot x", "intents": 4609}}); err != nil {
		t.Fatal(err)
	}
	if p := read(); p.Op != 0 || p.Type != "READY" || !strings.Contains(string(p.Data), `"id":"42"`) || !strings.Contains(string(p.Data), `"application":{"id":"7"}`) {
		t.Fatalf("ready = %+v %s", p, p.Data)
	}
	ids, err := s.WaitReady(ctxT(t))
	if err != nil || len(ids) != 1 || !strings.Contains(string(ids[0]), `"intents":4609`) {
		t.Fatalf("WaitReady = %s, %v", ids, err)
	}
	if err := ws.WriteJSON(map[string]any{"op": 1, "d": 1}); err != nil {
		t.Fatal(err)
	}
	if p := read(); p.Op != 11 {
		t.Fatalf("heartbeat ack = %+v", p)
	}
	if err := s.DispatchInteraction(map[string]any{"id": "5", "type": 2}); err != nil {
		t.Fatal(err)
	}
	if p := read(); p.Op != 0 || p.Type != "INTERACTION_CREATE" || p.Seq != 2 || string(p.Data) != `{"id":"5","type":2}` {
		t.Fatalf("dispatch = %+v %s", p, p.Data)
	}
	if err := s.DropConnection(); err != nil {
		t.Fatal(err)
	}
	if err := ws.SetReadDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err == nil {
		t.Error("connection still open after DropConnection")
	}

	// An event dispatched while the connection is down is replayed when
	// the client resumes after the last event it saw.
	if err := s.DispatchMessage(map[string]any{"id": "6"}); err != nil {
		t.Fatal(err)
	}
	ws, _, err = websocket.DefaultDialer.Dial(g.URL+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if p := read(); p.Op != 10 {
		t.Fatalf("hello = %+v", p)
	}
	if err := ws.WriteJSON(map[string]any{"op": 6, "d": map[string]any{"token": "Bot x", "session_id": "fake-session", "seq": 2}}); err != nil {
		t.Fatal(err)
	}
	if p := read(); p.Type != "RESUMED" {
		t.Fatalf("resumed = %+v", p)
	}
	if p := read(); p.Type != "MESSAGE_CREATE" || p.Seq != 3 || string(p.Data) != `{"id":"6"}` {
		t.Fatalf("replayed = %+v %s", p, p.Data)
	}
	if err := s.WaitConnected(ctxT(t), 2); err != nil {
		t.Fatal(err)
	}
}

func TestGlobalRateLimit(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	s.RateLimitNextGlobal("POST", "/api/v9/channels/*", 2*time.Second)
	req, err := http.NewRequest("POST", s.URL()+"/api/v9/channels/1/messages", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 429 || resp.Header.Get("X-RateLimit-Global") != "true" || resp.Header.Get("X-RateLimit-Reset-After") != "2.000" {
		t.Errorf("status %d, headers %v", resp.StatusCode, resp.Header)
	}
}

// dialGateway connects to the fake's gateway and reads its first message.
func dialGateway(t *testing.T, s *Server) (*websocket.Conn, map[string]any, error) {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(s.gatewayURL()+"/?v=9", nil)
	if err != nil {
		return nil, nil, err
	}
	var hello map[string]any
	if err := ws.ReadJSON(&hello); err != nil {
		ws.Close()
		return nil, nil, err
	}
	return ws, hello, nil
}

func TestConnectionFaults(t *testing.T) {
	s := New(Options{})
	defer s.Close()

	s.RefuseConnections(2)
	for range 2 {
		if _, _, err := websocket.DefaultDialer.Dial(s.gatewayURL()+"/?v=9", nil); err == nil {
			t.Fatal("a refused connection was accepted")
		}
	}

	s.StallConnections(1)
	ws, _, err := websocket.DefaultDialer.Dial(s.gatewayURL()+"/?v=9", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.SetReadDeadline(time.Now().Add(200 * time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err == nil {
		t.Error("a stalled connection said something")
	}
	ws.Close()

	s.CloseOnIdentify(4004)
	ws, hello, err := dialGateway(t, s)
	if err != nil || hello["op"] != 10.0 {
		t.Fatalf("hello %v, %v", hello, err)
	}
	if err := ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": "Bot x"}}); err != nil {
		t.Fatal(err)
	}
	_, _, err = ws.ReadMessage()
	if !websocket.IsCloseError(err, 4004) {
		t.Errorf("identify answered with %v, want close 4004", err)
	}
	ws.Close()

	// Then the next connection works, and every attempt was counted.
	ws, hello, err = dialGateway(t, s)
	if err != nil || hello["op"] != 10.0 {
		t.Fatalf("hello %v, %v", hello, err)
	}
	ws.Close()
	if err := s.WaitAttempts(ctxT(t), 5); err != nil || s.Attempts() != 5 {
		t.Errorf("attempts %d, %v; want 5", s.Attempts(), err)
	}
}
