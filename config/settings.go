package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// setting describes one configuration value in each of its layers.
type setting struct {
	key   string // dotted YAML path, e.g. "discord.token"
	env   string // environment variable
	flag  string // command-line flag without dashes; "" for none (secrets)
	usage string // one line for -help, the example file and the docs
	// field returns a pointer to the value in c: *string, *Secret, *int,
	// *float64, *bool, *time.Duration or *[]string.
	field func(c *Config) any
}

// allSettings lists every setting once, in the order Write prints them. It is
// a function rather than a package variable so that nothing can change it.
func allSettings() []setting {
	return []setting{
		{key: "discord.token", env: "DISCORD_TOKEN",
			usage: "bot token; needed for gateway mode and for registering commands (no flag: keep it out of ps)",
			field: func(c *Config) any { return &c.Discord.Token }},
		{key: "discord.app_id", env: "DISCORD_APP_ID", flag: "app-id",
			usage: "application ID",
			field: func(c *Config) any { return &c.Discord.AppID }},
		{key: "discord.public_key", env: "DISCORD_PUBLIC_KEY", flag: "public-key",
			usage: "application public key, 64 hex characters; needed for HTTP mode",
			field: func(c *Config) any { return &c.Discord.PublicKey }},
		{key: "discord.guild_id", env: "DISCORD_GUILD_ID", flag: "guild",
			usage: "register commands in this guild only (instant) instead of globally",
			field: func(c *Config) any { return &c.Discord.GuildID }},
		{key: "discord.api_url", env: "DISCORD_API_URL", flag: "api-url",
			usage: "Discord's address, scheme and host only; REST calls go to its /api/v9/... paths (point it at a fake Discord in tests)",
			field: func(c *Config) any { return &c.Discord.APIURL }},
		{key: "corpus", env: "BOT_CORPUS", flag: "corpus",
			usage: "directory of article files; empty = the built-in corpus",
			field: func(c *Config) any { return &c.Corpus }},
		{key: "index", env: "BOT_INDEX", flag: "index",
			usage: "directory of the on-disk search index; empty = build in memory",
			field: func(c *Config) any { return &c.Index }},
		{key: "http.addr", env: "BOT_HTTP_ADDR", flag: "http",
			usage: "serve the interactions endpoint (HTTP mode) on this address, e.g. :8080",
			field: func(c *Config) any { return &c.HTTP.Addr }},
		{key: "http.metrics_addr", env: "BOT_METRICS_ADDR", flag: "metrics-addr",
			usage: "serve /healthz, /readyz and /metrics on this address in gateway mode; empty = none",
			field: func(c *Config) any { return &c.HTTP.MetricsAddr }},
		{key: "http.read_timeout", env: "BOT_HTTP_READ_TIMEOUT", flag: "http-read-timeout",
			usage: "time allowed to read a whole request",
			field: func(c *Config) any { return &c.HTTP.ReadTimeout }},
		{key: "http.write_timeout", env: "BOT_HTTP_WRITE_TIMEOUT", flag: "http-write-timeout",
			usage: "time allowed to handle a request and write its response (at least 3s in HTTP mode)",
			field: func(c *Config) any { return &c.HTTP.WriteTimeout }},
		{key: "http.idle_timeout", env: "BOT_HTTP_IDLE_TIMEOUT", flag: "http-idle-timeout",
			usage: "time a keep-alive connection may wait for its next request",
			field: func(c *Config) any { return &c.HTTP.IdleTimeout }},
		{key: "http.shutdown_timeout", env: "BOT_SHUTDOWN_TIMEOUT", flag: "shutdown-timeout",
			usage: "time a graceful shutdown waits for requests in flight",
			field: func(c *Config) any { return &c.HTTP.ShutdownTimeout }},
		{key: "log.level", env: "BOT_LOG_LEVEL", flag: "log-level",
			usage: "debug, info, warn or error",
			field: func(c *Config) any { return &c.Log.Level }},
		{key: "log.format", env: "BOT_LOG_FORMAT", flag: "log-format",
			usage: "text or json",
			field: func(c *Config) any { return &c.Log.Format }},
		{key: "rate.per_minute", env: "BOT_RATE_PER_MINUTE", flag: "rate-per-minute",
			usage: "requests one user may make per minute on average",
			field: func(c *Config) any { return &c.Rate.PerMinute }},
		{key: "rate.burst", env: "BOT_RATE_BURST", flag: "rate-burst",
			usage: "requests one user may make at once",
			field: func(c *Config) any { return &c.Rate.Burst }},
		{key: "owners", env: "BOT_OWNERS", flag: "owners",
			usage: "Discord user IDs allowed to run admin commands (comma-separated in env and flag)",
			field: func(c *Config) any { return &c.Owners }},
		{key: "register", env: "BOT_REGISTER", flag: "register",
			usage: "register the slash commands when serve starts",
			field: func(c *Config) any { return &c.Register }},
	}
}

// secret reports whether the setting holds a Secret.
func (s setting) secret() bool {
	_, ok := s.field(&Config{}).(*Secret)
	return ok
}

// lookupSetting returns the setting with the YAML key.
func lookupSetting(key string) (setting, bool) {
	for _, s := range allSettings() {
		if s.key == key {
			return s, true
		}
	}
	return setting{}, false
}

// describe names a setting in a message as "ENV (key)", e.g.
// "DISCORD_PUBLIC_KEY (discord.public_key)".
func describe(key string) string {
	if s, ok := lookupSetting(key); ok {
		return fmt.Sprintf("%s (%s)", s.env, s.key)
	}
	return key
}

// set parses text into the setting's field of c.
func (s setting) set(c *Config, text string) error {
	text = strings.TrimSpace(text)
	switch p := s.field(c).(type) {
	case *string:
		*p = text
	case *Secret:
		*p = Secret(text)
	case *int:
		n, err := strconv.Atoi(text)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", text)
		}
		*p = n
	case *float64:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return fmt.Errorf("%q is not a number", text)
		}
		*p = f
	case *bool:
		b, err := strconv.ParseBool(text)
		if err != nil {
			return fmt.Errorf("%q is not true or false", text)
		}
		*p = b
	case *time.Duration:
		d, err := time.ParseDuration(text)
		if err != nil {
			return fmt.Errorf("%q is not a duration like 10s or 1m30s", text)
		}
		*p = d
	case *[]string:
		*p = splitList(text)
	default:
		return fmt.Errorf("setting %s has unsupported type %T", s.key, p)
	}
	return nil
}

// format returns the setting's value in c as text, secrets masked; the
// inverse of set except for secrets.
func (s setting) format(c *Config) string {
	switch p := s.field(c).(type) {
	case *string:
		return *p
	case *Secret:
		return p.Masked()
	case *int:
		return strconv.Itoa(*p)
	case *float64:
		return strconv.FormatFloat(*p, 'g', -1, 64)
	case *bool:
		return strconv.FormatBool(*p)
	case *time.Duration:
		return p.String()
	case *[]string:
		return strings.Join(*p, ",")
	default:
		return fmt.Sprintf("%v", p)
	}
}

// splitList splits a comma-separated list, dropping blanks.
func splitList(text string) []string {
	var out []string
	for _, part := range strings.Split(text, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
