package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/search"
	"github.com/crisisbot/bot/server"
)

// inProcessServer is the bot's HTTP server running in this process.
type inProcessServer struct {
	url  string
	stop func()
}

// startServer builds the bot the way `bot serve --http` does (corpus,
// extraction, in-memory index, answer engine, command router, server) and
// serves it on a free loopback port. corpusDir "" serves the built-in
// corpus. It reports on log how long start-up took.
func startServer(ctx context.Context, corpusDir string, key ed25519.PublicKey, log io.Writer) (*inProcessServer, error) {
	start := time.Now()
	articles, problems := corpus.Load(corpus.Builtin())
	if corpusDir != "" {
		articles, problems = corpus.LoadDir(corpusDir)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("load corpus: %d problems, the first: %w", len(problems), problems[0])
	}
	known, err := entity.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in knowledge: %w", err)
	}
	res := attribution.Extract(articles, known)
	idx, err := search.Build(ctx, res.Passages, search.Options{})
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	srv, err := server.New(server.Options{
		Interactions: commands.NewRouter(answer.NewEngine(res, idx), commands.Options{}),
		PublicKey:    key,
	})
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("new server: %w", err)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("listen: %w", err)
	}
	serveCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(serveCtx, ln) }()
	fmt.Fprintf(log, "serving %d articles, %d passages at %s (started in %v)\n",
		len(articles), len(res.Passages), ln.Addr(), time.Since(start).Round(time.Millisecond))
	return &inProcessServer{
		url: "http://" + ln.Addr().String() + "/interactions",
		stop: func() {
			cancel()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				fmt.Fprintln(log, "server:", err)
			}
			idx.Close()
		},
	}, nil
}
