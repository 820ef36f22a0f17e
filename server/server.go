// Package server is the bot's HTTP server: Discord's interactions endpoint
// (POST /interactions, Ed25519-verified), and the operational endpoints
// GET /healthz (the process is up), GET /readyz (the index is loaded) and
// GET /metrics (Prometheus).
//
// In HTTP mode one Server serves all four. In gateway mode, where
// interactions arrive over the websocket, the same Server without an
// InteractionHandler serves only the operational endpoints.
//
//	srv, err := server.New(server.Options{
//		// HTTP mode: the router answers, deferring when slow (see RespondFunc).
//		Respond:   router.Respond,
//		PublicKey: key,               // the application's public key
//		APIURL:    cfg.Discord.APIURL, // where deferred answers are edited in
//		Ready:     ready,             // nil: always ready
//		Metrics:   m.Handler(),
//		Logger:    log,
//	})
//	err = srv.ListenAndServe(ctx, ":8080") // returns once ctx is done and work in flight has finished
//
// In gateway mode, leave Respond (and Interactions) nil.
package server

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// InteractionHandler answers one Discord interaction: a slash command, an
// autocomplete request, a message command, a button press or a modal. It is
// what the server needs from the command router.
//
// The ctx passed to Handle expires at Discord's response deadline (see
// Options.ResponseDeadline). A handler that needs longer should return a
// deferred response (type 5 or 6) before then, and finish the work with a
// follow-up under context.WithoutCancel(ctx). A returned error, or a panic,
// is logged with the interaction's ID and answered with an ephemeral
// apology; it never becomes an HTTP error.
type InteractionHandler interface {
	Handle(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error)
}

// ReadinessFunc reports whether the bot can answer (the index is loaded);
// a non-nil error, whose text /readyz shows, means not yet.
type ReadinessFunc func(ctx context.Context) error

// Defaults for the zero values of Options.
const (
	DefaultResponseDeadline = 3 * time.Second
	DefaultReadTimeout      = 10 * time.Second
	DefaultWriteTimeout     = 10 * time.Second
	DefaultIdleTimeout      = 120 * time.Second
	DefaultShutdownTimeout  = 20 * time.Second
)

// MaxBodyBytes is the largest interaction request body accepted; larger
// ones get 413. Discord's interactions are a few kilobytes.
const MaxBodyBytes = 64 << 10

// Options configures a Server. Only PublicKey is required, and only with
// Interactions; zero values take the defaults above.
type Options struct {
	// Interactions answers POST /interactions with one response per
	// request. Set it or Respond, not both; with neither, the route is left
	// out (gateway mode).
	Interactions InteractionHandler
	// Respond answers POST /interactions through a Replier, so that it can
	// defer and edit the response later (see RespondFunc). Edits go to
	// APIURL with HTTPClient. Serve's graceful shutdown waits for this
	// background work too.
	Respond RespondFunc
	// APIURL is Discord's address for edits, scheme and host only (as
	// config's discord.api_url); "" means DefaultAPIURL.
	APIURL string
	// HTTPClient sends edits; nil means a client with default settings
	// (each edit is bounded by a 10-second timeout).
	HTTPClient *http.Client
	// PublicKey is the Discord application's Ed25519 public key, used to
	// verify every interaction request.
	PublicKey ed25519.PublicKey
	// Ready backs /readyz; nil means always ready.
	Ready ReadinessFunc
	// Metrics backs /metrics; nil leaves the route out.
	Metrics http.Handler
	// Instrument, if not nil, wraps each route's handler, for example to
	// count requests by status code (metrics.(*Metrics).InstrumentHTTP).
	// route is the path, such as "/interactions".
	Instrument func(route string, h http.Handler) http.Handler
	// Logger receives request errors, rejections and panics; nil discards.
	Logger *slog.Logger
	// Now is the clock for checking request timestamps; nil means time.Now.
	Now func() time.Time
	// ResponseDeadline is how long after a request arrives Discord stops
	// waiting for the answer: 3 seconds by default. The ctx given to an
	// InteractionHandler expires then, and a RespondFunc must have replied
	// by then (the router's own defer timer fires earlier).
	ResponseDeadline time.Duration
	// ReadTimeout bounds reading a request, headers and body.
	ReadTimeout time.Duration
	// WriteTimeout bounds handling a request and writing its response; it
	// must exceed ResponseDeadline.
	WriteTimeout time.Duration
	// IdleTimeout bounds how long a keep-alive connection waits for its
	// next request.
	IdleTimeout time.Duration
	// ShutdownTimeout bounds how long shutting down waits for requests in
	// flight before closing their connections.
	ShutdownTimeout time.Duration
}

// Server serves the interactions endpoint and the operational endpoints.
// Create one with New; it may serve several listeners, one after another or
// at once.
type Server struct {
	opts    Options
	handler http.Handler
	// deferred counts RespondFunc calls still running after their reply.
	deferred *sync.WaitGroup
}

// New checks the options, fills in defaults and builds the routes.
func New(opts Options) (*Server, error) {
	opts, err := withDefaults(opts)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, deferred: &sync.WaitGroup{}}
	interactions := opts.Interactions
	if opts.Respond != nil {
		interactions = &deferringHandler{
			respond: opts.Respond,
			editor:  webhookEditor{apiURL: opts.APIURL, client: opts.HTTPClient},
			work:    s.deferred,
			log:     opts.Logger,
		}
	}
	s.handler = recoverPanics(routes(opts, interactions), opts.Logger)
	return s, nil
}

// withDefaults checks opts and replaces its zero values with defaults.
func withDefaults(opts Options) (Options, error) {
	answers := opts.Interactions != nil || opts.Respond != nil
	if opts.Interactions != nil && opts.Respond != nil {
		return opts, errors.New("server: set Interactions or Respond, not both")
	}
	if answers && len(opts.PublicKey) != ed25519.PublicKeySize {
		return opts, fmt.Errorf("server: public key is %d bytes, want %d", len(opts.PublicKey), ed25519.PublicKeySize)
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.APIURL == "" {
		opts.APIURL = DefaultAPIURL
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{}
	}
	if opts.Instrument == nil {
		opts.Instrument = func(_ string, h http.Handler) http.Handler { return h }
	}
	setDefault(&opts.ResponseDeadline, DefaultResponseDeadline)
	setDefault(&opts.ReadTimeout, DefaultReadTimeout)
	setDefault(&opts.WriteTimeout, DefaultWriteTimeout)
	setDefault(&opts.IdleTimeout, DefaultIdleTimeout)
	setDefault(&opts.ShutdownTimeout, DefaultShutdownTimeout)
	if answers && opts.WriteTimeout <= opts.ResponseDeadline {
		return opts, fmt.Errorf("server: write timeout %v must exceed the response deadline %v", opts.WriteTimeout, opts.ResponseDeadline)
	}
	return opts, nil
}

// routes builds the mux: the operational endpoints, and /interactions when
// interactions is not nil. Method patterns make the mux answer other
// methods with 405 and an Allow header; GET patterns also match HEAD.
func routes(opts Options, interactions InteractionHandler) *http.ServeMux {
	mux := http.NewServeMux()
	route := func(method, path string, h http.Handler) {
		mux.Handle(method+" "+path, opts.Instrument(path, h))
	}
	route(http.MethodGet, "/healthz", http.HandlerFunc(healthz))
	route(http.MethodGet, "/readyz", readyz(opts.Ready))
	if opts.Metrics != nil {
		route(http.MethodGet, "/metrics", opts.Metrics)
	}
	if interactions != nil {
		route(http.MethodPost, "/interactions", &interactionEndpoint{
			handler:  interactions,
			verifier: verifier{key: opts.PublicKey, now: opts.Now},
			deadline: opts.ResponseDeadline,
			log:      opts.Logger,
		})
	}
	return mux
}

// setDefault sets *d to def when it is zero or negative.
func setDefault(d *time.Duration, def time.Duration) {
	if *d <= 0 {
		*d = def
	}
}

// Handler returns the server's routes, for tests and for mounting under
// another server.
func (s *Server) Handler() http.Handler { return s.handler }

// ListenAndServe listens on the TCP address addr and serves until ctx is
// done, then shuts down gracefully (see Serve).
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("server: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done, then stops accepting connections,
// lets requests in flight and deferred responses (see Options.Respond)
// finish for up to ShutdownTimeout, and returns nil. Requests in flight keep
// running while it shuts down: their contexts do not derive their
// cancellation from ctx. Serve closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.opts.ReadTimeout,
		ReadTimeout:       s.opts.ReadTimeout,
		WriteTimeout:      s.opts.WriteTimeout,
		IdleTimeout:       s.opts.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
		ErrorLog:          slog.NewLogLogger(s.opts.Logger.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return fmt.Errorf("server: serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	s.opts.Logger.Info("shutting down", "addr", ln.Addr().String(), "timeout", s.opts.ShutdownTimeout)
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		closeErr := srv.Close()
		return fmt.Errorf("server: shutdown %s: %w", ln.Addr(), errors.Join(err, closeErr))
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: serve %s: %w", ln.Addr(), err)
	}
	// No request is in flight now, so none can start deferred work.
	finished := make(chan struct{})
	go func() {
		s.deferred.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return nil
	case <-shutdownCtx.Done():
		return fmt.Errorf("server: shutdown %s: deferred responses still running: %w", ln.Addr(), shutdownCtx.Err())
	}
}

// recoverPanics turns a panic in next into a logged 500, so that one bad
// request never takes the process down. (The interactions endpoint has its
// own recovery, which also logs the interaction's ID.)
func recoverPanics(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler { // net/http's own signal to abort quietly
					panic(p)
				}
				log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", p)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
