// Package fakediscord is a fake Discord on loopback for tests: an httptest
// server for the REST API (/api/v9/…) that records every request, and a
// websocket gateway that says Hello, answers Identify with Ready, acknowledges
// heartbeats, and dispatches events on demand. It can also drop the gateway
// connection, refuse or stall new ones, close on Identify with an error
// code, and answer a REST call with 429 Too Many Requests (for its route or
// global), to test how a client copes. Point discordgo at it by rewriting the scheme and host of its
// REST calls to URL(); the gateway address then comes from GET /api/v9/gateway.
package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	// Path is the URL path, e.g. /api/v9/interactions/1/tok/callback.
	Path string
	// Authorization is the Authorization header.
	Authorization string
	// Body is the JSON body, or nil.
	Body json.RawMessage
	// Status is the status code the fake answered with.
	Status int
}

// Options configure a Server.
type Options struct {
	// BotID and BotName are the bot user sent in Ready.
	BotID   string
	BotName string
	// AppID is the application ID sent in Ready.
	AppID string
	// HeartbeatInterval is sent in Hello; zero means 45 seconds.
	HeartbeatInterval time.Duration
}

// rateLimit is a pending 429 for the next matching request.
type rateLimit struct {
	method, path string
	retryAfter   time.Duration
	global       bool
}

// Server is a fake Discord. Its methods are safe for concurrent use.
type Server struct {
	opts     Options
	http     *httptest.Server
	upgrader websocket.Upgrader

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced whenever state changes
	requests []Request
	limits   []rateLimit
	conn     *gatewayConn
	identify []json.RawMessage
	resumes  int
	// events are the events dispatched, for replay on resume.
	events   []gatewayPayload
	seq      int
	messages int
	// refuse, stall and closeIdentify are faults for the next gateway
	// connections (see RefuseConnections, StallConnections, CloseOnIdentify).
	refuse        int
	stall         int
	closeIdentify []int
	attempts      int
	// open are all the open websockets, for Close.
	open map[*websocket.Conn]bool
}

// gatewayConn is one client connection to the gateway.
type gatewayConn struct {
	ws    *websocket.Conn
	write sync.Mutex
}

func (c *gatewayConn) send(v any) error {
	c.write.Lock()
	defer c.write.Unlock()
	return c.sendLocked(v)
}

// sendLocked writes v; c.write must be held.
func (c *gatewayConn) sendLocked(v any) error {
	if err := c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second)); err != nil {
		return fmt.Errorf("set write deadline: %w", err)
	}
	return c.ws.WriteJSON(v)
}

// New starts a fake Discord on loopback. Close it when done.
func New(opts Options) *Server {
	if opts.BotID == "" {
		opts.BotID = "4242"
	}
	if opts.BotName == "" {
		opts.BotName = "crisisbot"
	}
	if opts.AppID == "" {
		opts.AppID = "7070"
	}
	if opts.HeartbeatInterval == 0 {
		opts.HeartbeatInterval = 45 * time.Second
	}
	s := &Server{opts: opts, changed: make(chan struct{}), open: make(map[*websocket.Conn]bool)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway/", s.serveGateway) // discordgo adds a slash
	mux.HandleFunc("/api/v9/", s.serveREST)
	s.http = httptest.NewServer(mux)
	return s
}

// URL is the base URL of the fake, e.g. http://127.0.0.1:12345.
func (s *Server) URL() string { return s.http.URL }

// BotID is the bot user's ID.
func (s *Server) BotID() string { return s.opts.BotID }

// AppID is the application's ID.
func (s *Server) AppID() string { return s.opts.AppID }

// Close drops the gateway connections and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	s.conn = nil
	open := make([]*websocket.Conn, 0, len(s.open))
	for ws := range s.open {
		open = append(open, ws)
	}
	s.mu.Unlock()
	for _, ws := range open {
		ws.Close()
	}
	s.http.CloseClientConnections()
	s.http.Close()
}

// notify wakes every waiter; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor calls check under the lock whenever the state changes, until it
// reports true or ctx ends.
func (s *Server) waitFor(ctx context.Context, check func() bool) error {
	for {
		s.mu.Lock()
		if check() {
			s.mu.Unlock()
			return nil
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Requests returns every REST request received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequest waits for the first request, in order of arrival, with the
// method and a path that match has, and returns it.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	var found Request
	err := s.waitFor(ctx, func() bool {
		for _, r := range s.requests {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	if err != nil {
		return Request{}, fmt.Errorf("wait for request: %w", err)
	}
	return found, nil
}

// Match returns a matcher for WaitRequest: method and path must be equal,
// except that a path ending in "*" matches by prefix.
func Match(method, path string) func(Request) bool {
	return func(r Request) bool {
		if r.Method != method {
			return false
		}
		if p, ok := strings.CutSuffix(path, "*"); ok {
			return strings.HasPrefix(r.Path, p)
		}
		return r.Path == path
	}
}

// RateLimitNext makes the next request with method and path (matched as by
// Match) fail with 429 Too Many Requests and a retry-after, for its route
// only (X-RateLimit-Scope: user, the bucket's remaining 0).
func (s *Server) RateLimitNext(method, path string, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = append(s.limits, rateLimit{method: method, path: path, retryAfter: retryAfter})
}

// RateLimitNextGlobal is RateLimitNext with Discord's global rate limit:
// the 429 says "global": true and X-RateLimit-Global, which tells a client
// to stop all its requests for retry-after.
func (s *Server) RateLimitNextGlobal(method, path string, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits = append(s.limits, rateLimit{method: method, path: path, retryAfter: retryAfter, global: true})
}

// RefuseConnections makes the next n attempts to connect to the gateway
// fail with 503 Service Unavailable instead of a websocket, as when Discord
// is down.
func (s *Server) RefuseConnections(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse += n
}

// StallConnections makes the next n gateway connections open and then say
// nothing, not even Hello, as a half-dead network path would.
func (s *Server) StallConnections(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stall += n
}

// CloseOnIdentify makes the next Identify be answered by closing the
// connection with code, e.g. 4004 (authentication failed).
func (s *Server) CloseOnIdentify(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closeIdentify = append(s.closeIdentify, code)
}

// Attempts is how many times a client has tried to connect to the gateway,
// refused and stalled attempts included.
func (s *Server) Attempts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempts
}

// WaitAttempts waits until a client has tried to connect n times.
func (s *Server) WaitAttempts(ctx context.Context, n int) error {
	if err := s.waitFor(ctx, func() bool { return s.attempts >= n }); err != nil {
		return fmt.Errorf("wait for connection attempt %d: %w", n, err)
	}
	return nil
}

// takeLimit removes and returns the pending 429 matching r; s.mu must be held.
func (s *Server) takeLimit(r Request) (rateLimit, bool) {
	for i, l := range s.limits {
		if Match(l.method, l.path)(r) {
			s.limits = append(s.limits[:i], s.limits[i+1:]...)
			return l, true
		}
	}
	return rateLimit{}, false
}

func (s *Server) serveREST(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r := Request{Method: req.Method, Path: req.URL.Path, Authorization: req.Header.Get("Authorization")}
	if len(bytes.TrimSpace(body)) > 0 {
		if !json.Valid(body) {
			s.record(r, http.StatusBadRequest)
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "400: Bad Request", "code": 50109})
			return
		}
		r.Body = body
	}
	s.mu.Lock()
	limit, limited := s.takeLimit(r)
	s.mu.Unlock()
	if limited {
		secs := limit.retryAfter.Seconds()
		h := w.Header()
		h.Set("Retry-After", strconv.Itoa(int(secs+0.999)))
		h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
		if limit.global {
			h.Set("X-RateLimit-Global", "true")
			h.Set("X-RateLimit-Scope", "global")
		} else {
			h.Set("X-RateLimit-Limit", "1")
			h.Set("X-RateLimit-Remaining", "0")
			h.Set("X-RateLimit-Scope", "user")
		}
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "You are being rate limited.", "retry_after": secs, "global": limit.global})
		// Recorded once sent, so that a test that sees it knows the client has it.
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		s.record(r, http.StatusTooManyRequests)
		return
	}
	status, reply := s.route(r)
	s.record(r, status)
	if reply == nil {
		w.WriteHeader(status)
		return
	}
	writeJSON(w, status, reply)
}

func (s *Server) record(r Request, status int) {
	r.Status = status
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r)
	s.notify()
}

// route answers a REST request as Discord would, for the calls a bot makes.
func (s *Server) route(r Request) (int, any) {
	parts := strings.Split(strings.TrimPrefix(r.Path, "/api/v9/"), "/")
	is := func(pattern ...string) bool {
		if len(parts) != len(pattern) {
			return false
		}
		for i, p := range pattern {
			if p != "*" && p != parts[i] {
				return false
			}
		}
		return true
	}
	switch {
	case r.Method == http.MethodGet && is("gateway"):
		return http.StatusOK, map[string]any{"url": s.gatewayURL()}
	case r.Method == http.MethodGet && is("gateway", "bot"):
		return http.StatusOK, map[string]any{
			"url": s.gatewayURL(), "shards": 1,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
		}
	case r.Method == http.MethodPut && (is("applications", "*", "commands") || is("applications", "*", "guilds", "*", "commands")):
		return s.overwriteCommands(r, parts)
	case r.Method == http.MethodPost && is("interactions", "*", "*", "callback"):
		return http.StatusNoContent, nil
	case r.Method == http.MethodPatch && is("webhooks", "*", "*", "messages", "*"):
		return http.StatusOK, s.message(r.Body, "")
	case r.Method == http.MethodPost && is("webhooks", "*", "*"):
		return http.StatusOK, s.message(r.Body, "")
	case r.Method == http.MethodPost && is("channels", "*", "messages"):
		return http.StatusOK, s.message(r.Body, parts[1])
	}
	return http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0}
}

// overwriteCommands echoes the commands with IDs, as Discord does.
func (s *Server) overwriteCommands(r Request, parts []string) (int, any) {
	var cmds []map[string]any
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		return http.StatusBadRequest, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035}
	}
	for i, c := range cmds {
		c["id"] = strconv.Itoa(9000 + i)
		c["application_id"] = parts[1]
		c["version"] = "1"
		if len(parts) == 5 {
			c["guild_id"] = parts[3]
		}
	}
	return http.StatusOK, cmds
}

// message echoes a sent or edited message with an ID.
func (s *Server) message(body json.RawMessage, channelID string) map[string]any {
	m := map[string]any{}
	if body != nil {
		_ = json.Unmarshal(body, &m) // the body was checked to be JSON
	}
	s.mu.Lock()
	s.messages++
	m["id"] = strconv.Itoa(50000 + s.messages)
	s.mu.Unlock()
	if channelID != "" {
		m["channel_id"] = channelID
	}
	m["author"] = map[string]any{"id": s.opts.BotID, "username": s.opts.BotName, "bot": true}
	m["timestamp"] = time.Now().UTC().Format(time.RFC3339)
	delete(m, "allowed_mentions")
	delete(m, "message_reference")
	return m
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hung up; nothing to do
}

func (s *Server) gatewayURL() string {
	return "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gateway"
}

// gatewayPayload is a gateway message.
type gatewayPayload struct {
	Op   int             `json:"op"`
	Data json.RawMessage `json:"d,omitempty"`
	Seq  int             `json:"s,omitempty"`
	Type string          `json:"t,omitempty"`
}

// serveGateway runs one gateway connection: Hello, then Identify → Ready
// or Resume → Resumed, and heartbeat acknowledgements until it closes.
func (s *Server) serveGateway(w http.ResponseWriter, req *http.Request) {
	s.mu.Lock()
	s.attempts++
	refuse, stall := s.refuse > 0, s.refuse == 0 && s.stall > 0
	switch {
	case refuse:
		s.refuse--
	case stall:
		s.stall--
	}
	s.notify()
	s.mu.Unlock()
	if refuse {
		http.Error(w, "gateway unavailable", http.StatusServiceUnavailable)
		return
	}
	ws, err := s.upgrader.Upgrade(w, req, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	c := &gatewayConn{ws: ws}
	s.mu.Lock()
	s.open[ws] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.open, ws)
		s.mu.Unlock()
		ws.Close()
	}()
	if stall {
		// Say nothing; read until the client gives up and hangs up.
		for {
			if _, _, err := ws.ReadMessage(); err != nil {
				return
			}
		}
	}
	hello, _ := json.Marshal(map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()})
	if err := c.send(gatewayPayload{Op: 10, Data: hello}); err != nil {
		return
	}
	for {
		var p gatewayPayload
		if err := ws.ReadJSON(&p); err != nil {
			s.mu.Lock()
			if s.conn == c {
				s.conn = nil
				s.notify()
			}
			s.mu.Unlock()
			return
		}
		switch p.Op {
		case 1: // heartbeat
			if err := c.send(gatewayPayload{Op: 11}); err != nil {
				return
			}
		case 2: // identify
			if code, ok := s.takeCloseIdentify(); ok {
				c.write.Lock()
				_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, "closed by fakediscord"), time.Now().Add(time.Second))
				c.write.Unlock()
				return
			}
			if err := s.ready(c, p.Data); err != nil {
				return
			}
		case 6: // resume
			var r struct {
				Seq int `json:"seq"`
			}
			if err := json.Unmarshal(p.Data, &r); err != nil {
				return
			}
			if err := s.resumed(c, r.Seq); err != nil {
				return
			}
		}
	}
}

// takeCloseIdentify removes and returns the pending close code for Identify.
func (s *Server) takeCloseIdentify() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.closeIdentify) == 0 {
		return 0, false
	}
	code := s.closeIdentify[0]
	s.closeIdentify = s.closeIdentify[1:]
	return code, true
}

// ready answers Identify with Ready and makes c the connection events go
// to. Events dispatched meanwhile wait for Ready to be written first.
func (s *Server) ready(c *gatewayConn, identify json.RawMessage) error {
	data, _ := json.Marshal(map[string]any{
		"v":           9,
		"session_id":  "fake-session",
		"user":        map[string]any{"id": s.opts.BotID, "username": s.opts.BotName, "bot": true},
		"application": map[string]any{"id": s.opts.AppID},
		"guilds":      []any{},
	})
	return s.connect(c, "READY", data, func() { s.identify = append(s.identify, identify) })
}

// resumed answers Resume with Resumed and replays the events dispatched
// after seq, as Discord does, so that none is lost to a dropped connection.
func (s *Server) resumed(c *gatewayConn, seq int) error {
	if err := s.connect(c, "RESUMED", json.RawMessage("{}"), func() { s.resumes++ }); err != nil {
		return err
	}
	s.mu.Lock()
	var missed []gatewayPayload
	for _, e := range s.events {
		if e.Seq > seq {
			missed = append(missed, e)
		}
	}
	s.mu.Unlock()
	for _, e := range missed {
		if err := c.send(e); err != nil {
			return err
		}
	}
	return nil
}

// connect sends the event that completes a handshake and makes c the
// current connection, counting the handshake with count.
func (s *Server) connect(c *gatewayConn, event string, data json.RawMessage, count func()) error {
	// Holding the write lock, events dispatched from now on go out after
	// this one, even if a test sees the connection before it is written.
	c.write.Lock()
	defer c.write.Unlock()
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.conn = c
	count()
	s.notify()
	s.mu.Unlock()
	return c.sendLocked(gatewayPayload{Op: 0, Type: event, Seq: seq, Data: data})
}

// WaitReady waits until a client has identified, and returns the Identify
// payloads received so far. Events dispatched after it returns reach the
// client after Ready.
func (s *Server) WaitReady(ctx context.Context) ([]json.RawMessage, error) {
	var ids []json.RawMessage
	err := s.waitFor(ctx, func() bool {
		ids = append([]json.RawMessage(nil), s.identify...)
		return s.conn != nil && len(ids) > 0
	})
	if err != nil {
		return nil, fmt.Errorf("wait for ready: %w", err)
	}
	return ids, nil
}

// WaitConnected waits until a client is connected after at least n
// identifies or resumes in all, for tests of reconnection.
func (s *Server) WaitConnected(ctx context.Context, n int) error {
	err := s.waitFor(ctx, func() bool { return s.conn != nil && len(s.identify)+s.resumes >= n })
	if err != nil {
		return fmt.Errorf("wait for connection %d: %w", n, err)
	}
	return nil
}

// ErrNotConnected is returned when no client has identified yet.
var ErrNotConnected = errors.New("fakediscord: no gateway connection")

// Dispatch sends an event (op 0) of the given type with data as its payload
// to the connected client. If the connection is down, the event is kept and
// sent when the client resumes its session.
func (s *Server) Dispatch(eventType string, data any) error {
	raw, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("dispatch %s: %w", eventType, err)
	}
	s.mu.Lock()
	if len(s.identify) == 0 {
		s.mu.Unlock()
		return fmt.Errorf("dispatch %s: %w", eventType, ErrNotConnected)
	}
	c := s.conn
	s.seq++
	e := gatewayPayload{Op: 0, Type: eventType, Seq: s.seq, Data: raw}
	s.events = append(s.events, e)
	s.mu.Unlock()
	if c != nil {
		_ = c.send(e) // a failed send is replayed on resume
	}
	return nil
}

// DispatchInteraction sends INTERACTION_CREATE with the interaction i.
func (s *Server) DispatchInteraction(i any) error { return s.Dispatch("INTERACTION_CREATE", i) }

// DispatchMessage sends MESSAGE_CREATE with the message m.
func (s *Server) DispatchMessage(m any) error { return s.Dispatch("MESSAGE_CREATE", m) }

// DropConnection closes the gateway connection without a close frame, as a
// network failure would.
func (s *Server) DropConnection() error {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.notify()
	s.mu.Unlock()
	if c == nil {
		return ErrNotConnected
	}
	// Let a write in progress (Ready, say) finish first.
	c.write.Lock()
	defer c.write.Unlock()
	if err := c.ws.UnderlyingConn().Close(); err != nil {
		return fmt.Errorf("drop gateway connection: %w", err)
	}
	return nil
}
