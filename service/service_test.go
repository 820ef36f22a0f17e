package service

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/metrics"
)

// freeAddr returns a loopback address with a port that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// signed posts body to the interactions endpoint signed with key.
func signed(t *testing.T, url string, key ed25519.PrivateKey, body string) (int, string) {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeHTTP runs `bot serve --http` for real on loopback: health first,
// readiness once the corpus is loaded, a signed PING and a signed /ask, a
// forged signature refused, metrics, and a clean stop (checked when the test
// ends).
func TestServeHTTP(t *testing.T) {
	ts := startService(t, false)
	if code, _ := get(t, ts.base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := signed(t, ts.base+"/interactions", ts.key, `{"id":"1","type":1,"application_id":"700","token":"tok","version":1}`); code != 200 || !strings.Contains(body, `"type":1`) {
		t.Errorf("PING: %d %s", code, body)
	}
	code, body := ts.ask(t, 2, "What did China say at the UN?")
	if code != 200 {
		t.Fatalf("/ask: %d %s", code, body)
	}
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Embeds          []json.RawMessage `json:"embeds"`
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != 4 || len(resp.Data.Embeds) == 0 || !strings.Contains(body, "The use of force cannot solve problems") ||
		!strings.Contains(body, "Fu Cong") {
		t.Errorf("/ask answer lacks Fu Cong's quote: %s", body)
	}
	if resp.Data.AllowedMentions == nil || len(resp.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions must be parse: [] (no pings): %s", body)
	}
	if code, body := get(t, ts.base+"/metrics"); code != 200 || !strings.Contains(body, `crisisbot_interactions_total{command="ask",outcome="ok"} 1`) {
		t.Errorf("/metrics does not count the /ask: %d\n%s", code, grepLines(body, "interactions_total"))
	}
	_, forger, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	if code, body := signed(t, ts.base+"/interactions", forger, `{"id":"3","type":1,"application_id":"700","token":"tok","version":1}`); code != http.StatusUnauthorized {
		t.Errorf("request signed by another key: %d %s, want 401", code, body)
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitFor polls url until it answers want, for at most 10 seconds.
func waitFor(t *testing.T, url string, want int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		code, body := get(t, url)
		if code == want {
			return
		}
		last = fmt.Sprintf("%d %s", code, body)
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s never answered %d (last: %s)", url, want, last)
}

// TestRateLimitedOutcomeAgrees checks that the metrics count the router's
// rate-limited outcome as such: each package names it, and the service
// joins them.
func TestRateLimitedOutcomeAgrees(t *testing.T) {
	if commands.OutcomeRateLimited != metrics.OutcomeRateLimited {
		t.Errorf("router reports %q, metrics count %q as rate limited", commands.OutcomeRateLimited, metrics.OutcomeRateLimited)
	}
}
