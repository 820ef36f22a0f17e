package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/server"
)

// inProcessServer is the bot's HTTP server running in this process.
type inProcessServer struct {
	url  string
	stop func()
}

// startServer builds the bot the way `bot serve --http` does
// (answer.Load: corpus, extraction, index, answer engine; then the command
// router and the server) and serves it on a free loopback port. corpusDir
// "" serves the built-in corpus; indexDir "" keeps the index in memory. It
// reports on log how long start-up took and the resident memory after it.
func startServer(ctx context.Context, corpusDir, indexDir string, key ed25519.PublicKey, log io.Writer) (*inProcessServer, error) {
	start := time.Now()
	engine, problems, err := answer.Load(ctx, answer.LoadOptions{CorpusDir: corpusDir, IndexDir: indexDir})
	if err != nil {
		return nil, fmt.Errorf("start the bot: %w", err)
	}
	if len(problems) > 0 {
		engine.Close()
		return nil, fmt.Errorf("load corpus: %d problems, the first: %w", len(problems), problems[0])
	}
	res := engine.Result()
	srv, err := server.New(server.Options{
		Interactions: commands.NewRouter(engine, commands.Options{}),
		PublicKey:    key,
	})
	if err != nil {
		engine.Close()
		return nil, fmt.Errorf("new server: %w", err)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		engine.Close()
		return nil, fmt.Errorf("listen: %w", err)
	}
	serveCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(serveCtx, ln) }()
	started := time.Since(start)
	fmt.Fprintf(log, "serving %d articles, %d passages at %s (started in %v, resident %s)\n",
		len(res.Articles), len(res.Passages), ln.Addr(), started.Round(time.Millisecond), residentMemory())
	return &inProcessServer{
		url: "http://" + ln.Addr().String() + "/interactions",
		stop: func() {
			fmt.Fprintf(log, "server resident memory after the run: %s\n", residentMemory())
			cancel()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				fmt.Fprintln(log, "server:", err)
			}
			engine.Close()
		},
	}, nil
}

// residentMemory is the process's resident set size as /proc shows it,
// with its anonymous part (heap, stacks) and its file-backed part (mapped
// index segments, the binary), or "unknown".
func residentMemory() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	values := map[string]string{}
	for line := range strings.SplitSeq(string(data), "\n") {
		if key, value, ok := strings.Cut(line, ":"); ok {
			values[key] = strings.TrimSpace(value)
		}
	}
	if values["VmRSS"] == "" {
		return "unknown"
	}
	return fmt.Sprintf("%s: %s anonymous, %s file-backed", values["VmRSS"], values["RssAnon"], values["RssFile"])
}
