package service

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crisisbot/bot/internal/fakediscord"
)

// reload sends a signed /reload from user in a guild and returns what the
// user reads: the ephemeral reply, or, when it was deferred (privately),
// the edit that followed.
func (ts *testService) reload(t *testing.T, id int, user string) string {
	t.Helper()
	body := fmt.Sprintf(`{"id":"%d","type":2,"member":{"user":{"id":%q,"username":"admin"}},"guild_id":"900","channel_id":"800",`+
		`"application_id":"700","token":"tok%d","version":1,"data":{"id":"c9","name":"reload","type":1}}`, id, user, id)
	code, out := signed(t, ts.base+"/interactions", ts.key, body)
	if code != http.StatusOK {
		t.Fatalf("/reload: %d %s", code, out)
	}
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(out), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Data.Flags&64 == 0 {
		t.Errorf("/reload reply is not ephemeral: %s", out)
	}
	switch resp.Type {
	case 4:
		return resp.Data.Content
	case 5:
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		edit, err := ts.fake.WaitRequest(ctx, fakediscord.Match("PATCH", fmt.Sprintf("/api/v9/webhooks/700/tok%d/messages/@original", id)))
		if err != nil {
			t.Fatalf("deferred /reload was never edited: %v", err)
		}
		var e struct {
			Content string `json:"content"`
		}
		if err := json.Unmarshal(edit.Body, &e); err != nil {
			t.Fatal(err)
		}
		return e.Content
	}
	t.Fatalf("/reload reply of type %d: %s", resp.Type, out)
	return ""
}

// TestReloadCommand: /reload over the HTTP endpoint reloads for an owner,
// reports a refused corpus with its files and lines, and refuses others.
func TestReloadCommand(t *testing.T) {
	ts := startService(t, true)
	if got := ts.reload(t, 1, "1001"); !strings.Contains(got, "Corpus reloaded: ") || !strings.Contains(got, "articles") {
		t.Errorf("owner's /reload: %q", got)
	}
	if got := ts.reload(t, 2, "2002"); !strings.Contains(got, "Only the bot's owners") {
		t.Errorf("non-owner's /reload: %q", got)
	}
	if err := os.WriteFile(filepath.Join(ts.corpus, "broken.md"), []byte("---\ntitle: never closed\n\nbody\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := ts.reload(t, 3, "1001")
	for _, want := range []string{"Reload refused; the last good corpus is still serving.", "1 file(s) with errors:", "broken.md:"} {
		if !strings.Contains(got, want) {
			t.Errorf("refused /reload %q lacks %q", got, want)
		}
	}
	if code, body := ts.ask(t, 4, "How many drones did Iran add?"); code != 200 || !strings.Contains(body, "1,000 new") {
		t.Errorf("the last good corpus no longer answers: %d %.300s", code, body)
	}
}
