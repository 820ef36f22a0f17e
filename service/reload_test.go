package service

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/crisisbot/bot/config"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/internal/fakediscord"
)

// testService is a service in HTTP mode on loopback, over the built-in
// corpus or a copy of it in a temporary directory.
type testService struct {
	svc    *Service
	base   string
	key    ed25519.PrivateKey
	corpus string // "" for the built-in corpus
	logs   *syncBuffer
	fake   *fakediscord.Server // Discord's API, for edits of deferred answers
}

// startService starts a service and waits until it is ready; with
// corpusDir it serves a copy of the built-in corpus from a directory, which
// a test may change. The service is stopped, and must stop cleanly, when
// the test ends.
func startService(t *testing.T, corpusDir bool) *testService {
	t.Helper()
	dir := ""
	if corpusDir {
		dir = t.TempDir()
		if err := copyBuiltin(dir); err != nil {
			t.Fatal(err)
		}
	}
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.HTTP.Addr = freeAddr(t)
	cfg.Discord.PublicKey = hex.EncodeToString(pub)
	cfg.Corpus = dir
	cfg.Rate.PerMinute, cfg.Rate.Burst = 1e6, 1e6 // one test user asks hundreds of times
	cfg.Owners = []string{"1001"}
	fake := fakediscord.New(fakediscord.Options{AppID: "700"}) // deferred answers are edited here
	t.Cleanup(fake.Close)
	cfg.Discord.APIURL = fake.URL()
	logs := &syncBuffer{}
	svc := New(&cfg, slog.New(slog.NewTextHandler(logs, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	ts := &testService{svc: svc, base: "http://" + cfg.HTTP.Addr, key: priv, corpus: dir, logs: logs, fake: fake}
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("Run did not stop")
		}
		if strings.Contains(logs.String(), "level=ERROR") && !corpusDir {
			t.Errorf("errors logged:\n%s", logs.String())
		}
	})
	waitFor(t, ts.base+"/readyz", http.StatusOK)
	return ts
}

// ask sends a signed /ask and returns the status and body: the answer, or
// when the answer was deferred (on a busy machine), the edit that brought
// it to the fake Discord.
func (ts *testService) ask(t *testing.T, id int, question string) (int, string) {
	body := fmt.Sprintf(`{"id":"%d","type":2,"member":{"user":{"id":"1001","username":"alice"}},"guild_id":"900","channel_id":"800",`+
		`"application_id":"700","token":"tok%d","version":1,"data":{"id":"c1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":%q}]}}`, id, id, question)
	before := len(ts.fake.Requests())
	code, out := signed(t, ts.base+"/interactions", ts.key, body)
	if code != http.StatusOK || !strings.HasPrefix(out, `{"type":5`) {
		return code, out
	}
	edit := fmt.Sprintf("/api/v9/webhooks/700/tok%d/messages/@original", id)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		for _, r := range ts.fake.Requests()[before:] {
			if r.Method == http.MethodPatch && r.Path == edit {
				return code, string(r.Body)
			}
		}
	}
	return code, out
}

func copyBuiltin(dir string) error {
	return fs.WalkDir(corpus.Builtin(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(corpus.Builtin(), path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, filepath.Base(path)), data, 0o644)
	})
}

const brazilArticle = "---\ntitle: Brasília weighs in\nurl: https://example.org/brazil\npublished: 2026-03-01\n---\n\n" +
	"Brazilian Foreign Minister Mauro Vieira said on Monday that Brazil opposed any strike on Iran and offered to host talks.\n"

// TestReloadUnderLoad sends 200 interactions at once (100 under the race
// detector, with which 200 on two CPUs sometimes outlast Discord's
// deadline) while the corpus is reloaded twice: every one must get the
// right answer, none an error.
func TestReloadUnderLoad(t *testing.T) {
	ts := startService(t, true)
	n := 200
	if raceEnabled {
		n = 100
	}
	var wg sync.WaitGroup
	failures := make(chan string, n)
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			code, body := ts.ask(t, i, "What did China say at the UN?")
			if code != http.StatusOK || !strings.Contains(body, "The use of force cannot solve problems") {
				failures <- fmt.Sprintf("%d: %.300s", code, body)
			}
		}()
	}
	close(start)
	for range 2 {
		if _, err := ts.svc.Reload(context.Background()); err != nil {
			t.Errorf("Reload: %v", err)
		}
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Errorf("interaction during reload failed: %s", f)
	}
	if code, body := get(t, ts.base+"/metrics"); code != 200 || !strings.Contains(body, `crisisbot_reloads_total{result="ok"} 2`) {
		t.Errorf("metrics do not count two reloads:\n%s", grepLines(body, "reload"))
	}
}

// TestReloadKeepsLastGoodCorpus: a corpus with a bad file is refused and the
// old one goes on answering; once fixed, the new article is answered.
func TestReloadKeepsLastGoodCorpus(t *testing.T) {
	ts := startService(t, true)
	bad := filepath.Join(ts.corpus, "broken.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: never closed\n\nbody\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ts.svc.Reload(context.Background())
	var ce *CorpusError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "broken.md:") {
		t.Fatalf("Reload with a broken file = %v, want a CorpusError naming broken.md", err)
	}
	if code, body := ts.ask(t, 1, "How many drones did Iran add?"); code != 200 || !strings.Contains(body, "1,000 new") {
		t.Errorf("old corpus no longer answers after a refused reload: %d %.300s", code, body)
	}
	// The file watcher may refuse the broken corpus too: at least one.
	if code, body := get(t, ts.base+"/metrics"); !regexp.MustCompile(`crisisbot_reloads_total\{result="error"\} [1-9]`).MatchString(body) {
		t.Errorf("refused reload not counted (%d):\n%s", code, grepLines(body, "reload"))
	}

	if err := os.Remove(bad); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ts.corpus, "brazil.md"), []byte(brazilArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.svc.Reload(context.Background()); err != nil {
		t.Fatalf("Reload after the fix: %v", err)
	}
	if code, body := ts.ask(t, 2, "What is Brazil's position?"); code != 200 || !strings.Contains(body, "Mauro Vieira") {
		t.Errorf("new article not answered after reload: %d %.300s", code, body)
	}
}

// TestReloadOnChangeAndSIGHUP: writing a file into the corpus directory, and
// a SIGHUP, each reload the corpus.
func TestReloadOnChangeAndSIGHUP(t *testing.T) {
	ts := startService(t, true)
	if err := os.WriteFile(filepath.Join(ts.corpus, "brazil.md"), []byte(brazilArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	eventually(t, func() bool {
		_, body := ts.ask(t, 3, "What is Brazil's position?")
		return strings.Contains(body, "Mauro Vieira")
	}, "the watcher never reloaded the new article")

	before := strings.Count(ts.logs.String(), "corpus reloaded")
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	eventually(t, func() bool {
		return strings.Count(ts.logs.String(), "corpus reloaded") > before && strings.Contains(ts.logs.String(), "SIGHUP")
	}, "SIGHUP did not reload")
}

func eventually(t *testing.T, ok func() bool, msg string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if ok() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal(msg)
}

func grepLines(s, word string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, word) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// syncBuffer is a bytes.Buffer safe for a logger and a test at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
