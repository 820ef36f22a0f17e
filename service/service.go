// Package service runs the bot: it loads the answer engine, answers Discord
// over the gateway or the HTTP interactions endpoint, and serves health,
// readiness and metrics. `bot serve` is Run.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
	"golang.org/x/sync/errgroup"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/config"
	"github.com/crisisbot/bot/gateway"
	"github.com/crisisbot/bot/metrics"
	"github.com/crisisbot/bot/server"
)

// Service is the running bot.
type Service struct {
	cfg     *config.Config
	log     *slog.Logger
	metrics *metrics.Metrics
	engine  liveEngine
	router  *commands.Router

	reloadMu sync.Mutex // one reload at a time
}

// New prepares a service for cfg; Run starts it. cfg must have passed
// ValidateServe.
func New(cfg *config.Config, log *slog.Logger) *Service {
	s := &Service{cfg: cfg, log: log, metrics: metrics.New()}
	s.router = commands.NewRouter(&s.engine, commands.Options{
		Observer:  s.metrics,
		RateLimit: commands.RateLimit{PerMinute: cfg.Rate.PerMinute, Burst: cfg.Rate.Burst},
		Owners:    cfg.Owners,
		Reload:    s.reloadCommand,
	})
	return s
}

// reloadCommand backs /reload: it reloads and returns the summary, or why
// the reload was refused (for bad files, the files and lines at fault, one
// a line).
func (s *Service) reloadCommand(ctx context.Context) (string, error) {
	sum, err := s.Reload(ctx)
	var ce *CorpusError
	switch {
	case err == nil:
		return sum.String(), nil
	case errors.As(err, &ce):
		return "", ce
	default:
		return "", err
	}
}

// Run serves until ctx is cancelled, then shuts down cleanly: the HTTP
// server finishes the requests in flight and the gateway session closes.
// The health server (HTTP mode, or gateway mode with a metrics address)
// starts first, so /healthz answers and /readyz reports "loading" while the
// index is built.
func (s *Service) Run(ctx context.Context) error {
	// Watch the corpus before loading it, so that no change made once the
	// service is ready goes unnoticed.
	var watcher *fsnotify.Watcher
	if s.cfg.Corpus != "" {
		w, err := newCorpusWatcher(s.cfg.Corpus)
		if err != nil {
			return err
		}
		defer w.Close()
		watcher = w
	}
	g, ctx := errgroup.WithContext(ctx)
	if addr := s.httpAddr(); addr != "" {
		srv, err := s.httpServer()
		if err != nil {
			return err
		}
		g.Go(func() error { return srv.ListenAndServe(ctx, addr) })
	}
	g.Go(func() error { return s.reloadOnSignal(ctx) })
	g.Go(func() error {
		if err := s.load(ctx); err != nil {
			return err
		}
		if watcher != nil {
			g.Go(func() error { return s.watchCorpus(ctx, watcher) })
		}
		if s.cfg.Mode() == config.ModeHTTP {
			return s.registerOverREST(ctx)
		}
		return gateway.New(s.gatewayConfig(), s.router).Run(ctx)
	})
	err := g.Wait()
	if cerr := s.engine.install(nil); cerr != nil {
		s.log.Warn("close index", "err", cerr)
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// load builds the answer engine and puts it in service.
func (s *Service) load(ctx context.Context) error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	start := time.Now()
	e, problems, err := answer.Load(ctx, answer.LoadOptions{CorpusDir: s.cfg.Corpus, IndexDir: s.cfg.Index, Logger: s.log})
	for _, p := range problems {
		s.log.Warn("skipped article file", "problem", p.Error())
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	sum := s.put(e, start)
	s.log.Info("corpus loaded", "summary", sum.String(), "skipped", len(problems))
	return nil
}

// releaseLoadGarbage returns to the operating system the memory that
// loading a corpus used only while it ran (parsing, extraction and indexing
// allocate several times what the engine keeps), so that the resident size
// of a long-running bot is what it serves from, not its start-up peak.
func releaseLoadGarbage() { debug.FreeOSMemory() }

// httpAddr is where the HTTP server listens: the interactions endpoint in
// HTTP mode, the health and metrics server in gateway mode ("" for none).
func (s *Service) httpAddr() string {
	if s.cfg.Mode() == config.ModeHTTP {
		return s.cfg.HTTP.Addr
	}
	return s.cfg.HTTP.MetricsAddr
}

// httpServer builds the HTTP server: with /interactions in HTTP mode, and
// only health, readiness and metrics in gateway mode.
func (s *Service) httpServer() (*server.Server, error) {
	opts := server.Options{
		APIURL:          s.cfg.Discord.APIURL,
		Ready:           s.engine.ready,
		Metrics:         s.metrics.Handler(),
		Instrument:      s.metrics.InstrumentHTTP,
		Logger:          s.log,
		ReadTimeout:     s.cfg.HTTP.ReadTimeout,
		WriteTimeout:    s.cfg.HTTP.WriteTimeout,
		IdleTimeout:     s.cfg.HTTP.IdleTimeout,
		ShutdownTimeout: s.cfg.HTTP.ShutdownTimeout,
	}
	if s.cfg.Mode() == config.ModeHTTP {
		key, err := s.cfg.PublicKey()
		if err != nil {
			return nil, fmt.Errorf("public key: %w", err)
		}
		opts.PublicKey = key
		opts.Respond = s.router.Respond
	}
	srv, err := server.New(opts)
	if err != nil {
		return nil, fmt.Errorf("http server: %w", err)
	}
	return srv, nil
}

func (s *Service) gatewayConfig() gateway.Config {
	return gateway.Config{
		Token:    s.cfg.Discord.Token.Reveal(),
		AppID:    s.cfg.Discord.AppID,
		Register: s.cfg.Register,
		GuildID:  s.cfg.Discord.GuildID,
		APIURL:   s.cfg.Discord.APIURL,
		Logger:   s.log,
	}
}

// registerOverREST registers the commands in HTTP mode, where there is no
// gateway session, when registering is on and a token is set; then it
// waits for ctx, as the gateway would.
func (s *Service) registerOverREST(ctx context.Context) error {
	if s.cfg.Register && s.cfg.Discord.Token.IsSet() {
		if err := Register(ctx, s.cfg, s.log); err != nil {
			return err
		}
	}
	<-ctx.Done()
	return ctx.Err()
}

// Register bulk-overwrites the slash commands: in the configured guild, or
// globally. It backs `bot register`.
func Register(ctx context.Context, cfg *config.Config, log *slog.Logger) error {
	session, err := gateway.NewSession(gateway.Config{Token: cfg.Discord.Token.Reveal(), APIURL: cfg.Discord.APIURL})
	if err != nil {
		return err
	}
	cmds, err := gateway.Register(ctx, session, cfg.Discord.AppID, cfg.Discord.GuildID)
	if err != nil {
		return err
	}
	scope := "globally"
	if cfg.Discord.GuildID != "" {
		scope = "in guild " + cfg.Discord.GuildID
	}
	log.Info("commands registered", "count", len(cmds), "scope", scope)
	return nil
}
