package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/crisisbot/bot/metrics"
)

func TestOperationalEndpoints(t *testing.T) {
	notLoaded := func(context.Context) error { return errors.New("index not loaded") }
	m := metrics.New()
	m.SetCorpus(4, 123)

	tests := []struct {
		name    string
		opts    Options
		method  string
		path    string
		status  int
		body    string // substring
		allow   string
		noCache bool
	}{
		{name: "healthz", method: "GET", path: "/healthz", status: 200, body: "ok", noCache: true},
		{name: "healthz HEAD", method: "HEAD", path: "/healthz", status: 200},
		{name: "healthz POST", method: "POST", path: "/healthz", status: 405, allow: "GET, HEAD"},
		{name: "ready without a readiness func", method: "GET", path: "/readyz", status: 200, body: "ready"},
		{name: "ready", opts: Options{Ready: func(context.Context) error { return nil }}, method: "GET", path: "/readyz", status: 200, body: "ready"},
		{name: "not ready", opts: Options{Ready: notLoaded}, method: "GET", path: "/readyz", status: 503, body: "not ready: index not loaded", noCache: true},
		{name: "unhealthy index does not fail healthz", opts: Options{Ready: notLoaded}, method: "GET", path: "/healthz", status: 200},
		{name: "metrics", opts: Options{Metrics: m.Handler()}, method: "GET", path: "/metrics", status: 200, body: "crisisbot_passages_indexed 123"},
		{name: "no metrics handler", method: "GET", path: "/metrics", status: 404},
		{name: "gateway mode has no interactions", method: "POST", path: "/interactions", status: 404},
		{name: "unknown path", method: "GET", path: "/admin", status: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			rec := httptest.NewRecorder()
			s.Handler().ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d; body %q", rec.Code, tt.status, rec.Body.String())
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body %q lacks %q", rec.Body.String(), tt.body)
			}
			if tt.allow != "" && rec.Header().Get("Allow") != tt.allow {
				t.Errorf("Allow = %q, want %q", rec.Header().Get("Allow"), tt.allow)
			}
			if tt.noCache && rec.Header().Get("Cache-Control") != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", rec.Header().Get("Cache-Control"))
			}
		})
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	k := newKeys(t)
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"interactions without a key", Options{Interactions: newFakeHandler()}, "public key is 0 bytes"},
		{"short key", Options{Interactions: newFakeHandler(), PublicKey: k.public[:16]}, "public key is 16 bytes"},
		{"write timeout inside the deadline", Options{Interactions: newFakeHandler(), PublicKey: k.public, WriteTimeout: 2 * time.Second},
			"write timeout 2s must exceed the response deadline 3s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New() error = %v, want %q", err, tt.want)
			}
		})
	}
}

// startServer serves s on a loopback port until the returned cancel is
// called; wait returns Serve's result.
func startServer(t *testing.T, s *Server) (addr string, cancel context.CancelFunc, wait func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(cancel)
	return ln.Addr().String(), cancel, func() error {
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			return errors.New("Serve did not return within 10s of cancel")
		}
	}
}

func TestRealServer(t *testing.T) {
	k := newKeys(t)
	h := newFakeHandler()
	m := metrics.New()
	ready := make(chan struct{})
	s, err := New(Options{
		Interactions: h,
		PublicKey:    k.public,
		Metrics:      m.Handler(),
		Instrument:   m.InstrumentHTTP,
		Ready: func(context.Context) error {
			select {
			case <-ready:
				return nil
			default:
				return errors.New("loading index")
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	addr, cancel, wait := startServer(t, s)
	base := "http://" + addr
	client := &http.Client{Timeout: 5 * time.Second}

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	post := func(body []byte) (int, string) {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, base+"/interactions", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header = k.sign(body, time.Now())
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("POST /interactions: %v", err)
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(data)
	}

	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("healthz = %d %q", code, body)
	}
	if err := CheckHealth(context.Background(), addr); err != nil {
		t.Errorf("CheckHealth: %v", err)
	}
	if code, _ := get("/readyz"); code != 503 {
		t.Errorf("readyz before loading = %d, want 503", code)
	}
	close(ready)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("readyz after loading = %d, want 200", code)
	}
	if code, body := post(fixture(t, "ping.json")); code != 200 || body != `{"type":1}` {
		t.Errorf("PING = %d %q", code, body)
	}
	if code, body := post(fixture(t, "command.json")); code != 200 || !strings.Contains(body, "ask: What did Iran") {
		t.Errorf("command = %d %q", code, body)
	}
	if code, _ := post(padTo(fixture(t, "ping.json"), MaxBodyBytes+1)); code != 413 {
		t.Errorf("oversized body = %d, want 413", code)
	}
	m.Observe("ask", "ok", time.Second)
	code, body := get("/metrics")
	for _, want := range []string{
		`crisisbot_interactions_total{command="ask",outcome="ok"} 1`,
		`crisisbot_http_requests_total{code="200",route="/interactions"} 2`,
		`crisisbot_http_requests_total{code="413",route="/interactions"} 1`,
		`crisisbot_http_requests_total{code="503",route="/readyz"} 1`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("metrics = %d, missing %s:\n%s", code, want, body)
		}
	}

	// Graceful shutdown: a slow request in flight when shutdown starts still
	// gets its answer, and Serve returns nil once it has.
	type result struct {
		code int
		body string
	}
	inFlight := make(chan result, 1)
	go func() {
		body := commandBody("slow")
		req, _ := http.NewRequest(http.MethodPost, base+"/interactions", bytes.NewReader(body))
		req.Header = k.sign(body, time.Now())
		resp, err := client.Do(req)
		if err != nil {
			inFlight <- result{body: err.Error()}
			return
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		inFlight <- result{resp.StatusCode, string(data)}
	}()
	<-h.started
	cancel()
	// Shutdown closes the listener at once: new connections are refused.
	deadline := time.Now().Add(5 * time.Second)
	for {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		conn.Close()
		if time.Now().After(deadline) {
			t.Fatal("listener still accepts connections 5s after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(h.release)
	if got := <-inFlight; got.code != 200 || !strings.Contains(got.body, `"content":"slow"`) {
		t.Errorf("request in flight during shutdown = %d %q, want 200 with its answer", got.code, got.body)
	}
	if err := wait(); err != nil {
		t.Errorf("Serve after graceful shutdown: %v", err)
	}
}

func TestShutdownTimeout(t *testing.T) {
	k := newKeys(t)
	h := newFakeHandler()
	s, err := New(Options{Interactions: h, PublicKey: k.public, ShutdownTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	addr, cancel, wait := startServer(t, s)
	defer close(h.release)

	go func() {
		body := commandBody("slow")
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", bytes.NewReader(body))
		req.Header = k.sign(body, time.Now())
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	<-h.started
	cancel()
	if err := wait(); err == nil || !strings.Contains(err.Error(), "shutdown") {
		t.Errorf("Serve with a request outliving the shutdown timeout = %v, want a shutdown error", err)
	}
}

func TestListenAndServe(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ListenAndServe(context.Background(), "127.0.0.1:notaport"); err == nil || !strings.Contains(err.Error(), "listen") {
		t.Errorf("ListenAndServe on a bad address = %v, want a listen error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // already done: serves nothing and shuts down at once
	if err := s.ListenAndServe(ctx, "127.0.0.1:0"); err != nil {
		t.Errorf("ListenAndServe with a done context = %v, want nil", err)
	}
}
