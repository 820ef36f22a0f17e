// Package gateway runs the bot over Discord's gateway (`bot serve` in
// gateway mode): it opens a discordgo session with only the Guilds,
// GuildMessages and DirectMessages intents, registers the commands, answers
// interactions through a commands.Router, answers messages that mention the
// bot, and closes cleanly when its context ends.
//
// Typical use, with ctx cancelled on SIGINT or SIGTERM:
//
//	router := commands.NewRouter(engine, commands.Options{Observer: metrics})
//	bot := gateway.New(gateway.Config{Token: token, Register: true, Logger: logger}, router)
//	err := bot.Run(ctx)
//
// NewSession and Register serve `bot register` on their own.
package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/crisisbot/bot/commands"
)

// Intents are the gateway intents the bot asks for. None is privileged: a
// message that mentions the bot carries its content without the Message
// Content intent.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Defaults for Config.
const (
	DefaultReadyTimeout      = 30 * time.Second
	DefaultShutdownGrace     = 10 * time.Second
	DefaultConnectBackoff    = time.Second
	DefaultMaxConnectBackoff = 2 * time.Minute
	restTimeout              = 20 * time.Second
)

// Config configures a Bot.
type Config struct {
	// Token is the bot token, with or without its "Bot " prefix. It is never
	// logged.
	Token string
	// AppID is the application ID; empty means the one in the Ready event.
	AppID string
	// Register makes Run register the commands once connected.
	Register bool
	// GuildID, if set, registers the commands in that guild only (they
	// appear at once); otherwise they are registered globally.
	GuildID string
	// APIURL, if set, receives every REST call instead of
	// https://discord.com, at the same paths (/api/v9/…); the gateway
	// address then comes from its GET /api/v9/gateway.
	APIURL string
	// Logger logs what the bot does; nil means slog.Default().
	Logger *slog.Logger
	// ReadyTimeout bounds one attempt to connect, from the first request
	// to the Ready event; zero means DefaultReadyTimeout.
	ReadyTimeout time.Duration
	// ConnectBackoff is the wait after the first failed attempt to
	// connect; it doubles after each failure up to MaxConnectBackoff (each
	// wait is jittered down by up to half). Zero means
	// DefaultConnectBackoff.
	ConnectBackoff time.Duration
	// MaxConnectBackoff bounds the wait between attempts to connect; zero
	// means DefaultMaxConnectBackoff.
	MaxConnectBackoff time.Duration
	// ShutdownGrace is how long Run waits for answers in progress when its
	// context ends; zero means DefaultShutdownGrace.
	ShutdownGrace time.Duration
}

// NewSession returns a discordgo session for cfg, not yet open: the token,
// the intents, a REST client that sends to cfg.APIURL when set, and no
// sleeping through rate limits by default.
func NewSession(cfg Config) (*discordgo.Session, error) {
	token := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot "))
	if token == "" {
		return nil, errors.New("new session: no bot token")
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err) // the token is not in discordgo's errors
	}
	s.Identify.Intents = Intents
	s.StateEnabled = false
	s.ShouldRetryOnRateLimit = false
	s.Dialer = &websocket.Dialer{HandshakeTimeout: 10 * time.Second, Proxy: http.ProxyFromEnvironment}
	transport := http.DefaultTransport
	if cfg.APIURL != "" {
		t, err := APITransport(cfg.APIURL, transport)
		if err != nil {
			return nil, fmt.Errorf("new session: %w", err)
		}
		transport = t
	}
	s.Client = &http.Client{Timeout: restTimeout, Transport: transport}
	return s, nil
}

// APITransport returns a RoundTripper that sends requests for discord.com to
// the scheme and host of base instead, keeping their paths, through next.
func APITransport(base string, next http.RoundTripper) (http.RoundTripper, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("API URL %q: %w", base, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("API URL %q: want http(s)://host[:port]", base)
	}
	return rewriteTransport{scheme: u.Scheme, host: u.Host, next: next}, nil
}

// rewriteTransport sends discord.com requests to another scheme and host.
type rewriteTransport struct {
	scheme, host string
	next         http.RoundTripper
}

// RoundTrip implements http.RoundTripper on a copy of req.
func (t rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != "discord.com" {
		return t.next.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	r.URL.Scheme, r.URL.Host, r.Host = t.scheme, t.host, t.host
	return t.next.RoundTrip(r)
}

// Register replaces the application's commands with commands.Commands(),
// in guildID or globally when it is empty.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID string) ([]*discordgo.ApplicationCommand, error) {
	if appID == "" {
		return nil, errors.New("register commands: no application ID")
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, commands.Commands(), discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(true))
	if err != nil {
		where := "globally"
		if guildID != "" {
			where = "in guild " + guildID
		}
		return nil, fmt.Errorf("register commands %s: %w", where, err)
	}
	return cmds, nil
}

// Bot answers interactions and mentions over the gateway.
type Bot struct {
	cfg    Config
	router *commands.Router
	log    *slog.Logger

	mu      sync.Mutex
	botID   string
	appID   string
	closing bool
	running sync.WaitGroup
}

// New returns a Bot that answers with router.
func New(cfg Config, router *commands.Router) *Bot {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.ReadyTimeout <= 0 {
		cfg.ReadyTimeout = DefaultReadyTimeout
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = DefaultShutdownGrace
	}
	if cfg.ConnectBackoff <= 0 {
		cfg.ConnectBackoff = DefaultConnectBackoff
	}
	if cfg.MaxConnectBackoff <= 0 {
		cfg.MaxConnectBackoff = DefaultMaxConnectBackoff
	}
	cfg.MaxConnectBackoff = max(cfg.MaxConnectBackoff, cfg.ConnectBackoff)
	return &Bot{cfg: cfg, router: router, log: cfg.Logger, appID: cfg.AppID}
}

// Run connects, registers the commands if asked to and answers until ctx
// ends; then it closes the gateway connection and waits up to
// ShutdownGrace for the answers in progress. While it cannot connect (Discord
// is down or unreachable, or says nothing within ReadyTimeout), it tries
// again with exponential backoff until ctx ends; it returns an error only
// for what trying again cannot fix: no token, or a gateway that rejects the
// token or the intents. Once connected, discordgo reconnects (resuming the
// session) after a dropped connection. A Bot runs once.
func (b *Bot) Run(ctx context.Context) error {
	s, err := NewSession(b.cfg)
	if err != nil {
		return err
	}
	dials := &dialTracker{}
	s.Dialer.NetDialContext = dials.dial
	// Answers in progress outlive ctx by up to ShutdownGrace.
	work, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()

	ready := make(chan *discordgo.Ready, 1)
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		b.onReady(r)
		select {
		case ready <- r:
		default:
		}
	})
	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		b.spawn("interaction", func() { b.onInteraction(work, s, ic.Interaction) })
	})
	s.AddHandler(func(s *discordgo.Session, mc *discordgo.MessageCreate) {
		b.spawn("message", func() { b.onMessage(work, s, mc.Message) })
	})
	// Handlers run in the order of events, so that Ready has set the bot's
	// ID before a message that mentions it is read; each answer then runs
	// on a goroutine of its own.
	s.SyncEvents = true

	connected, err := b.connect(ctx, s, dials, ready)
	if !connected {
		return err
	}
	defer b.shutdown(s, stopWork)
	if b.cfg.Register {
		b.register(ctx, s)
	}
	<-ctx.Done()
	return nil
}

// connect opens the session, retrying with backoff, until it is connected
// (true) or ctx ends (false, nil) or a fatal error (false, err).
func (b *Bot) connect(ctx context.Context, s *discordgo.Session, dials *dialTracker, ready <-chan *discordgo.Ready) (bool, error) {
	wait := b.cfg.ConnectBackoff
	for attempt := 1; ; attempt++ {
		b.log.Info("connecting to the Discord gateway", "api", apiName(b.cfg.APIURL), "intents", int(Intents), "attempt", attempt)
		err := b.open(ctx, s, dials, ready)
		if err == nil {
			return true, nil
		}
		if ctx.Err() != nil {
			return false, nil
		}
		if fatalGatewayError(err) {
			return false, fmt.Errorf("open gateway session: %w", err)
		}
		pause := jitter(wait)
		b.log.Warn("could not connect to the Discord gateway; trying again", "err", err, "attempt", attempt, "retry_in", pause.Round(time.Millisecond))
		t := time.NewTimer(pause)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return false, nil
		}
		wait = min(2*wait, b.cfg.MaxConnectBackoff)
	}
}

// open makes one attempt to connect: it opens the session and waits for
// Ready, for at most ReadyTimeout. When the attempt fails or ctx ends, the
// connections it dialed are closed, so that a stalled handshake (which
// discordgo would wait on forever) ends too, and the session is left
// closed.
func (b *Bot) open(ctx context.Context, s *discordgo.Session, dials *dialTracker, ready <-chan *discordgo.Ready) error {
	dials.arm()
	defer dials.disarm()
	select {
	case <-ready: // late from an attempt that timed out
	default:
	}
	timeout := time.NewTimer(b.cfg.ReadyTimeout)
	defer timeout.Stop()
	opened := make(chan error, 1)
	go func() { opened <- s.Open() }()
	var err error
	select {
	case err = <-opened:
		if err == nil {
			select {
			case <-ready:
				return nil
			case <-timeout.C:
				err = fmt.Errorf("no Ready event within %s", b.cfg.ReadyTimeout)
			case <-ctx.Done():
				err = ctx.Err()
			}
			dials.closeAll()
			if cerr := s.Close(); cerr != nil {
				b.log.Debug("closing the session after a failed attempt", "err", cerr)
			}
		}
		return err
	case <-timeout.C:
		err = fmt.Errorf("no Ready event within %s", b.cfg.ReadyTimeout)
	case <-ctx.Done():
		err = ctx.Err()
	}
	dials.closeAll() // Open fails at once on a closed connection
	if oerr := <-opened; oerr == nil {
		_ = s.Close() // it got through just now; close, as for a failure
	}
	return err
}

// fatalGatewayError reports whether Discord refused the connection for a
// reason that trying again cannot fix: the token (4004), the shard (4010,
// 4011), the API version (4012) or the intents (4013, 4014).
func fatalGatewayError(err error) bool {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return false
	}
	switch ce.Code {
	case 4004, 4010, 4011, 4012, 4013, 4014:
		return true
	}
	return false
}

// jitter returns a wait between d/2 and d, so that bots restarted together
// do not all reconnect at once.
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

// dialTracker remembers the network connections dialed while it is armed,
// so that an attempt to connect can be cut short.
type dialTracker struct {
	mu    sync.Mutex
	armed bool
	conns []net.Conn
}

func (d *dialTracker) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	var nd net.Dialer
	c, err := nd.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.armed {
		d.conns = append(d.conns, c)
	}
	return c, nil
}

func (d *dialTracker) arm() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.armed, d.conns = true, nil
}

// disarm stops tracking; the connections dialed are left alone.
func (d *dialTracker) disarm() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.armed, d.conns = false, nil
}

// closeAll closes the connections dialed since arm.
func (d *dialTracker) closeAll() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, c := range d.conns {
		_ = c.Close() // it may be closed already
	}
	d.conns = nil
}

// register registers the commands, and only logs a failure: the commands
// registered before still work, so the bot keeps serving.
func (b *Bot) register(ctx context.Context, s *discordgo.Session) {
	b.mu.Lock()
	appID := b.appID
	b.mu.Unlock()
	cmds, err := Register(ctx, s, appID, b.cfg.GuildID)
	if err != nil {
		b.log.Error("could not register the commands", "err", err)
		return
	}
	b.log.Info("registered the commands", "count", len(cmds), "guild", b.cfg.GuildID, "app", appID)
}

func apiName(u string) string {
	if u == "" {
		return "https://discord.com"
	}
	return u
}

// shutdown stops taking events and closes the gateway connection, then
// waits for the answers in progress, which still reply over REST.
func (b *Bot) shutdown(s *discordgo.Session, stopWork context.CancelFunc) {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	if err := s.Close(); err != nil {
		b.log.Warn("closing the gateway session", "err", err)
	}
	done := make(chan struct{})
	go func() {
		b.running.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownGrace):
		b.log.Warn("answers still in progress at shutdown; cancelling them", "grace", b.cfg.ShutdownGrace)
		stopWork()
		<-done
	}
	b.log.Info("disconnected from the Discord gateway")
}

// spawn runs f, the handling of an event of the given kind, on a new
// goroutine, unless the bot is shutting down, counting it as running until
// it returns. A panic in f is logged and goes no further: it would end the
// process.
func (b *Bot) spawn(kind string, f func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return
	}
	b.running.Add(1)
	go func() {
		defer b.running.Done()
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("panic handling an event", "event", kind, "panic", p, "stack", string(debug.Stack()))
			}
		}()
		f()
	}()
}

func (b *Bot) onReady(r *discordgo.Ready) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if r.User != nil {
		b.botID = r.User.ID
	}
	if b.appID == "" && r.Application != nil {
		b.appID = r.Application.ID
	}
	b.log.Info("gateway ready", "bot", b.botID, "app", b.appID)
}

func (b *Bot) onInteraction(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction) {
	start := time.Now()
	out := commands.SessionReplier{Session: s, Interaction: i, Deadline: start.Add(discordgo.InteractionDeadline)}
	err := b.router.Respond(ctx, i, out)
	attrs := []any{"interaction", i.ID, "type", i.Type.String(), "command", commands.CommandName(i), "took", time.Since(start)}
	if err != nil {
		b.log.Error("answering an interaction", append(attrs, commands.ErrorAttrs(err)...)...)
		return
	}
	b.log.Debug("answered an interaction", attrs...)
}

func (b *Bot) onMessage(ctx context.Context, s *discordgo.Session, m *discordgo.Message) {
	b.mu.Lock()
	botID := b.botID
	b.mu.Unlock()
	send, err := b.router.HandleMessage(ctx, m, botID)
	if err != nil {
		b.log.Error("answering a mention", append([]any{"message", m.ID}, commands.ErrorAttrs(err)...)...)
		send = commands.InternalErrorMessage(m)
	}
	if send == nil {
		return
	}
	if _, err := s.ChannelMessageSendComplex(m.ChannelID, send, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(true)); err != nil {
		b.log.Error("sending the reply to a mention", "message", m.ID, "channel", m.ChannelID, "err", err)
		return
	}
	b.log.Debug("answered a mention", "message", m.ID)
}
