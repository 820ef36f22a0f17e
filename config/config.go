// Package config holds the bot's one Config and loads it in four layers,
// each overriding the one before: built-in defaults, a YAML file, the
// environment, and command-line flags.
//
// Typical use in a subcommand:
//
//	loader := config.NewLoader(os.LookupEnv)
//	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
//	loader.BindFlags(fs) // -config FILE and one flag per setting
//	if err := fs.Parse(args); err != nil { ... }
//	cfg, err := loader.Load()
//	if err == nil { err = cfg.ValidateServe() }
//
// Secrets (the bot token) are of type Secret, which masks itself in every
// output: fmt, YAML, JSON and slog. Write prints the effective configuration
// as YAML with secrets masked.
package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// Config is the bot's whole configuration. Every field is one setting; the
// table in settings.go gives each its YAML key, environment variable, flag
// and description.
type Config struct {
	// Discord is how the bot talks to Discord.
	Discord Discord `yaml:"discord" json:"discord"`
	// Corpus is a directory of article files; empty means the built-in corpus.
	Corpus string `yaml:"corpus" json:"corpus"`
	// Index is the directory of the on-disk search index; empty means an
	// index built in memory at start-up.
	Index string `yaml:"index" json:"index"`
	// HTTP configures the interactions endpoint and the health server.
	HTTP HTTP `yaml:"http" json:"http"`
	// Log configures logging.
	Log Log `yaml:"log" json:"log"`
	// Rate limits how often one user may ask.
	Rate Rate `yaml:"rate" json:"rate"`
	// Owners are the Discord user IDs allowed to run admin commands.
	Owners []string `yaml:"owners" json:"owners"`
	// Register makes serve register the slash commands at start-up (the
	// default): always over the gateway, and in HTTP mode when a token is
	// set. `bot serve --no-register` turns it off.
	Register bool `yaml:"register" json:"register"`
}

// Discord holds the Discord application's identity and credentials.
type Discord struct {
	// Token is the bot token; needed for the gateway and for registering
	// commands.
	Token Secret `yaml:"token" json:"token"`
	// AppID is the application ID (a snowflake).
	AppID string `yaml:"app_id" json:"app_id"`
	// PublicKey is the application's Ed25519 public key, 64 hex characters;
	// needed to verify requests to the HTTP interactions endpoint.
	PublicKey string `yaml:"public_key" json:"public_key"`
	// GuildID, when set, registers commands in that guild only (instantly)
	// instead of globally.
	GuildID string `yaml:"guild_id" json:"guild_id"`
	// APIURL is Discord's address, scheme and host only
	// ("https://discord.com"); REST calls keep their /api/v9/... paths.
	// Tests point it at a fake Discord.
	APIURL string `yaml:"api_url" json:"api_url"`
}

// HTTP holds listen addresses and timeouts of the bot's HTTP server.
type HTTP struct {
	// Addr is where the interactions endpoint listens; setting it selects
	// HTTP mode (see Mode).
	Addr string `yaml:"addr" json:"addr"`
	// MetricsAddr is where the health and metrics server listens in gateway
	// mode; empty means none. In HTTP mode these endpoints are on Addr.
	MetricsAddr string `yaml:"metrics_addr" json:"metrics_addr"`
	// ReadTimeout bounds reading a whole request.
	ReadTimeout time.Duration `yaml:"read_timeout" json:"read_timeout"`
	// WriteTimeout bounds handling a request and writing its response.
	WriteTimeout time.Duration `yaml:"write_timeout" json:"write_timeout"`
	// IdleTimeout bounds how long a keep-alive connection waits for the next
	// request.
	IdleTimeout time.Duration `yaml:"idle_timeout" json:"idle_timeout"`
	// ShutdownTimeout bounds how long a graceful shutdown waits for requests
	// in flight.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout" json:"shutdown_timeout"`
}

// Log configures the process logger.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `yaml:"level" json:"level"`
	// Format is text or json.
	Format string `yaml:"format" json:"format"`
}

// Rate is a token bucket per user.
type Rate struct {
	// PerMinute is how many requests a user may make per minute on average.
	PerMinute float64 `yaml:"per_minute" json:"per_minute"`
	// Burst is how many requests a user may make at once.
	Burst int `yaml:"burst" json:"burst"`
}

// Mode is how the bot receives interactions.
type Mode string

// The two ways to receive interactions.
const (
	// ModeGateway keeps a websocket to Discord's gateway; needs the token.
	ModeGateway Mode = "gateway"
	// ModeHTTP serves Discord's outgoing webhooks on HTTP.Addr; needs the
	// public key.
	ModeHTTP Mode = "http"
)

// Default returns the built-in defaults, the first layer of every Config.
func Default() Config {
	return Config{
		Discord: Discord{APIURL: "https://discord.com"},
		HTTP: HTTP{
			ReadTimeout:     10 * time.Second,
			WriteTimeout:    10 * time.Second,
			IdleTimeout:     120 * time.Second,
			ShutdownTimeout: 20 * time.Second,
		},
		Log:      Log{Level: "info", Format: "text"},
		Rate:     Rate{PerMinute: 10, Burst: 5}, // as commands.DefaultPerMinute and DefaultBurst
		Register: true,
	}
}

// Mode reports HTTP mode when an interactions address is set, and gateway
// mode otherwise.
func (c *Config) Mode() Mode {
	if c.HTTP.Addr != "" {
		return ModeHTTP
	}
	return ModeGateway
}

// HealthAddr is the address whose /healthz the healthcheck should query: the
// interactions address in HTTP mode, the metrics address in gateway mode
// (empty if neither is set).
func (c *Config) HealthAddr() string {
	if c.HTTP.Addr != "" {
		return c.HTTP.Addr
	}
	return c.HTTP.MetricsAddr
}

// PublicKey decodes the application's public key.
func (c *Config) PublicKey() (ed25519.PublicKey, error) {
	key, err := hex.DecodeString(c.Discord.PublicKey)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%s: must be %d hex characters", describe("discord.public_key"), 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(key), nil
}

// LogLevel returns the configured log level; Validate has checked it.
func (c *Config) LogLevel() slog.Level {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.Log.Level)); err != nil {
		return slog.LevelInfo
	}
	return level
}

// String returns the configuration as YAML with secrets masked.
func (c Config) String() string {
	var b strings.Builder
	if err := c.Write(&b); err != nil {
		return fmt.Sprintf("config: %v", err)
	}
	return b.String()
}

// LogValue logs the configuration as a group of settings, secrets masked.
func (c Config) LogValue() slog.Value {
	var attrs []slog.Attr
	for _, s := range allSettings() {
		attrs = append(attrs, slog.String(s.key, s.format(&c)))
	}
	return slog.GroupValue(attrs...)
}
