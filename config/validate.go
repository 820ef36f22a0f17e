package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// discordDeadline is how long Discord waits for the response to an
// interaction; the HTTP write timeout must be longer.
const discordDeadline = 3 * time.Second

// Validate checks every setting that is set, whatever the command. Each
// problem names the setting as "ENV (file key)"; all problems are reported
// together.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", describe(key), fmt.Sprintf(format, args...)))
	}

	if c.Discord.PublicKey != "" {
		if _, err := c.PublicKey(); err != nil {
			errs = append(errs, err)
		}
	}
	for _, id := range []struct{ key, value string }{
		{"discord.app_id", c.Discord.AppID},
		{"discord.guild_id", c.Discord.GuildID},
	} {
		if id.value != "" && !isSnowflake(id.value) {
			bad(id.key, "%q is not a Discord ID (digits only)", id.value)
		}
	}
	for _, id := range c.Owners {
		if !isSnowflake(id) {
			bad("owners", "%q is not a Discord user ID (digits only)", id)
		}
	}
	if u, err := url.Parse(c.Discord.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("discord.api_url", "%q is not an http or https URL", c.Discord.APIURL)
	} else if strings.Trim(u.Path, "/") != "" || u.RawQuery != "" {
		bad("discord.api_url", "%q must be a scheme and host only, like https://discord.com (the API paths are added)", c.Discord.APIURL)
	}
	for _, addr := range []struct{ key, value string }{
		{"http.addr", c.HTTP.Addr},
		{"http.metrics_addr", c.HTTP.MetricsAddr},
	} {
		if addr.value != "" && !isListenAddr(addr.value) {
			bad(addr.key, "%q is not host:port or :port", addr.value)
		}
	}
	for _, timeout := range []struct {
		key   string
		value time.Duration
	}{
		{"http.read_timeout", c.HTTP.ReadTimeout},
		{"http.write_timeout", c.HTTP.WriteTimeout},
		{"http.idle_timeout", c.HTTP.IdleTimeout},
		{"http.shutdown_timeout", c.HTTP.ShutdownTimeout},
	} {
		if timeout.value <= 0 {
			bad(timeout.key, "must be positive, got %v", timeout.value)
		}
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.Log.Level)); err != nil {
		bad("log.level", "%q is not one of debug, info, warn, error", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format", "%q is not text or json", c.Log.Format)
	}
	if c.Rate.PerMinute <= 0 {
		bad("rate.per_minute", "must be greater than 0, got %v", c.Rate.PerMinute)
	}
	if c.Rate.Burst < 1 {
		bad("rate.burst", "must be at least 1, got %d", c.Rate.Burst)
	}
	return errors.Join(errs...)
}

// ValidateServe checks what `bot serve` needs on top of Validate: the token
// in gateway mode; the public key and a write timeout longer than Discord's
// 3-second deadline in HTTP mode; and, to register the commands in HTTP
// mode with a token, the application ID (over the gateway it comes from the
// Ready event).
func (c *Config) ValidateServe() error {
	var errs []error
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	switch c.Mode() {
	case ModeGateway:
		if !c.Discord.Token.IsSet() {
			errs = append(errs, fmt.Errorf("%s: required to serve over the gateway (or set %s for HTTP mode)", describe("discord.token"), describe("http.addr")))
		}
	case ModeHTTP:
		if c.Discord.PublicKey == "" {
			errs = append(errs, fmt.Errorf("%s: required to serve the HTTP interactions endpoint", describe("discord.public_key")))
		}
		if c.HTTP.WriteTimeout > 0 && c.HTTP.WriteTimeout <= discordDeadline {
			errs = append(errs, fmt.Errorf("%s: must be longer than Discord's %v response deadline, got %v", describe("http.write_timeout"), discordDeadline, c.HTTP.WriteTimeout))
		}
	}
	if c.Register && c.Mode() == ModeHTTP && c.Discord.Token.IsSet() && c.Discord.AppID == "" {
		errs = append(errs, fmt.Errorf("%s: required to register commands in HTTP mode (or serve --no-register)", describe("discord.app_id")))
	}
	return errors.Join(errs...)
}

// ValidateRegister checks what registering the slash commands needs: the
// token and the application ID.
func (c *Config) ValidateRegister() error {
	var errs []error
	if !c.Discord.Token.IsSet() {
		errs = append(errs, fmt.Errorf("%s: required to register commands", describe("discord.token")))
	}
	if c.Discord.AppID == "" {
		errs = append(errs, fmt.Errorf("%s: required to register commands", describe("discord.app_id")))
	}
	return errors.Join(errs...)
}

// isSnowflake reports whether id looks like a Discord ID: a decimal uint64.
func isSnowflake(id string) bool {
	_, err := strconv.ParseUint(id, 10, 64)
	return err == nil
}

// isListenAddr reports whether addr is host:port or :port with a numeric
// port.
func isListenAddr(addr string) bool {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	_, err = strconv.ParseUint(port, 10, 16)
	return err == nil
}
