package config

import (
	"strings"
	"testing"
	"time"
)

// validKey is a well-formed public key (any 32 bytes in hex).
var validKey = strings.Repeat("0f", 32)

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Config)
		want   []string // substrings of the error; none means valid
	}{
		{"defaults", func(c *Config) {}, nil},
		{"everything set", func(c *Config) {
			c.Discord.PublicKey = strings.ToUpper(validKey)
			c.Discord.AppID, c.Discord.GuildID = "123456789012345678", "876543210987654321"
			c.Owners = []string{"1", "2"}
			c.HTTP.Addr, c.HTTP.MetricsAddr = ":8080", "127.0.0.1:9090"
			c.Log.Level, c.Log.Format = "DEBUG", "json"
		}, nil},
		{"public key too short", func(c *Config) { c.Discord.PublicKey = "abcd" },
			[]string{"DISCORD_PUBLIC_KEY (discord.public_key): must be 64 hex characters"}},
		{"public key not hex", func(c *Config) { c.Discord.PublicKey = strings.Repeat("zz", 32) },
			[]string{"DISCORD_PUBLIC_KEY (discord.public_key): must be 64 hex characters"}},
		{"app id", func(c *Config) { c.Discord.AppID = "my-app" },
			[]string{`DISCORD_APP_ID (discord.app_id): "my-app" is not a Discord ID`}},
		{"guild id", func(c *Config) { c.Discord.GuildID = "-1" },
			[]string{`DISCORD_GUILD_ID (discord.guild_id): "-1" is not a Discord ID`}},
		{"owner", func(c *Config) { c.Owners = []string{"1", "@alice"} },
			[]string{`BOT_OWNERS (owners): "@alice" is not a Discord user ID`}},
		{"api url without scheme", func(c *Config) { c.Discord.APIURL = "discord.com/api" },
			[]string{`DISCORD_API_URL (discord.api_url): "discord.com/api" is not an http or https URL`}},
		{"api url with a path", func(c *Config) { c.Discord.APIURL = "https://discord.com/api/v10" },
			[]string{`DISCORD_API_URL (discord.api_url): "https://discord.com/api/v10" must be a scheme and host only`}},
		{"api url unparsable", func(c *Config) { c.Discord.APIURL = "http://[::1" },
			[]string{"DISCORD_API_URL (discord.api_url)"}},
		{"http addr", func(c *Config) { c.HTTP.Addr = "8080" },
			[]string{`BOT_HTTP_ADDR (http.addr): "8080" is not host:port or :port`}},
		{"metrics addr port", func(c *Config) { c.HTTP.MetricsAddr = ":http-alt" },
			[]string{`BOT_METRICS_ADDR (http.metrics_addr)`}},
		{"timeouts", func(c *Config) { c.HTTP.ReadTimeout, c.HTTP.ShutdownTimeout = 0, -time.Second },
			[]string{"BOT_HTTP_READ_TIMEOUT (http.read_timeout): must be positive", "BOT_SHUTDOWN_TIMEOUT (http.shutdown_timeout): must be positive"}},
		{"log level", func(c *Config) { c.Log.Level = "verbose" },
			[]string{`BOT_LOG_LEVEL (log.level): "verbose" is not one of debug, info, warn, error`}},
		{"log format", func(c *Config) { c.Log.Format = "xml" },
			[]string{`BOT_LOG_FORMAT (log.format): "xml" is not text or json`}},
		{"rate", func(c *Config) { c.Rate.PerMinute = 0 },
			[]string{"BOT_RATE_PER_MINUTE (rate.per_minute): must be greater than 0"}},
		{"burst", func(c *Config) { c.Rate.Burst = 0 },
			[]string{"BOT_RATE_BURST (rate.burst): must be at least 1"}},
		{"all problems at once", func(c *Config) { c.Rate.PerMinute, c.Rate.Burst, c.Log.Level = -1, -1, "" },
			[]string{"BOT_RATE_PER_MINUTE", "BOT_RATE_BURST", "BOT_LOG_LEVEL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.change(&c)
			checkErr(t, c.Validate(), tt.want)
		})
	}
}

func TestValidateServe(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Config)
		want   []string
	}{
		{"gateway with token", func(c *Config) { c.Discord.Token = "t" }, nil},
		{"gateway without token", func(c *Config) {},
			[]string{"DISCORD_TOKEN (discord.token): required to serve over the gateway"}},
		{"http with key", func(c *Config) { c.HTTP.Addr, c.Discord.PublicKey = ":8080", validKey }, nil},
		{"http without key", func(c *Config) { c.HTTP.Addr = ":8080" },
			[]string{"DISCORD_PUBLIC_KEY (discord.public_key): required to serve the HTTP interactions endpoint"}},
		{"http with short write timeout", func(c *Config) {
			c.HTTP.Addr, c.Discord.PublicKey, c.HTTP.WriteTimeout = ":8080", validKey, 2*time.Second
		}, []string{"BOT_HTTP_WRITE_TIMEOUT (http.write_timeout): must be longer than Discord's 3s response deadline"}},
		{"gateway registers with the app ID of the Ready event", func(c *Config) { c.Discord.Token, c.Register = "t", true }, nil},
		{"http registers without a token: nothing to register with", func(c *Config) {
			c.HTTP.Addr, c.Discord.PublicKey, c.Register = ":8080", validKey, true
		}, nil},
		{"http registers with a token but no app id", func(c *Config) {
			c.HTTP.Addr, c.Discord.PublicKey, c.Discord.Token, c.Register = ":8080", validKey, "t", true
		}, []string{"DISCORD_APP_ID (discord.app_id): required to register commands in HTTP mode (or serve --no-register)"}},
		{"general problems too", func(c *Config) { c.Discord.Token, c.Rate.Burst = "t", 0 },
			[]string{"BOT_RATE_BURST (rate.burst)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.change(&c)
			checkErr(t, c.ValidateServe(), tt.want)
		})
	}
}

func TestValidateRegister(t *testing.T) {
	c := Default()
	checkErr(t, c.ValidateRegister(), []string{"DISCORD_TOKEN (discord.token): required", "DISCORD_APP_ID (discord.app_id): required"})
	c.Discord.Token, c.Discord.AppID = "t", "1"
	checkErr(t, c.ValidateRegister(), nil)
}

func TestAccessors(t *testing.T) {
	c := Default()
	if c.Mode() != ModeGateway || c.HealthAddr() != "" {
		t.Errorf("defaults: mode %s, health addr %q", c.Mode(), c.HealthAddr())
	}
	c.HTTP.MetricsAddr = ":9090"
	if c.HealthAddr() != ":9090" {
		t.Errorf("gateway health addr = %q, want :9090", c.HealthAddr())
	}
	c.HTTP.Addr = ":8080"
	if c.Mode() != ModeHTTP || c.HealthAddr() != ":8080" {
		t.Errorf("http: mode %s, health addr %q", c.Mode(), c.HealthAddr())
	}
	c.Discord.PublicKey = validKey
	if key, err := c.PublicKey(); err != nil || len(key) != 32 || key[0] != 0x0f {
		t.Errorf("PublicKey() = %x, %v", key, err)
	}
	c.Log.Level = "warn"
	if c.LogLevel().String() != "WARN" {
		t.Errorf("LogLevel() = %v", c.LogLevel())
	}
}

// checkErr fails unless err contains every wanted substring, or is nil when
// none is wanted.
func checkErr(t *testing.T, err error, want []string) {
	t.Helper()
	if len(want) == 0 {
		if err != nil {
			t.Errorf("unexpected error: %v", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
}
