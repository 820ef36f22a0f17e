package config

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// env returns a lookup function over a fixed map, so tests never read or
// change the process environment.
func env(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

// load runs a Loader with the environment and command-line arguments.
func load(t *testing.T, vars map[string]string, args ...string) (*Config, error) {
	t.Helper()
	l := NewLoader(env(vars))
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	l.BindFlags(fs)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return l.Load()
}

func TestPrecedence(t *testing.T) {
	const file = "testdata/full.yaml"
	tests := []struct {
		name  string
		env   map[string]string
		args  []string
		check func(c *Config) []any // pairs of got, want
	}{
		{
			name: "defaults",
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 5, c.Log.Level, "info", c.HTTP.Addr, "", c.Discord.APIURL, "https://discord.com", c.HTTP.ReadTimeout, 10 * time.Second}
			},
		},
		{
			name: "file over defaults",
			args: []string{"-config", file},
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 4, c.Log.Level, "debug", c.HTTP.Addr, ":9000", c.HTTP.ReadTimeout, 5 * time.Second,
					c.HTTP.WriteTimeout, 10 * time.Second, c.Owners, []string{"10", "20"}, c.Register, true, c.Discord.Token.Reveal(), "file-token-0123456789abcdef"}
			},
		},
		{
			name: "file named by BOT_CONFIG",
			env:  map[string]string{FileEnv: file},
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 4, c.Corpus, "/data/corpus"}
			},
		},
		{
			name: "-config over BOT_CONFIG",
			env:  map[string]string{FileEnv: "testdata/does-not-exist.yaml"},
			args: []string{"-config", file},
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 4}
			},
		},
		{
			name: "env over file",
			env: map[string]string{
				"DISCORD_TOKEN": "env-token-0123456789abcdef", "BOT_RATE_BURST": "7", "BOT_LOG_LEVEL": "warn",
				"BOT_OWNERS": " 30, 40 ,,", "BOT_HTTP_READ_TIMEOUT": "1m", "BOT_REGISTER": "false", "BOT_RATE_PER_MINUTE": "0.5",
			},
			args: []string{"-config", file},
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 7, c.Log.Level, "warn", c.Owners, []string{"30", "40"}, c.HTTP.ReadTimeout, time.Minute,
					c.Register, false, c.Rate.PerMinute, 0.5, c.Discord.Token.Reveal(), "env-token-0123456789abcdef", c.Corpus, "/data/corpus"}
			},
		},
		{
			name: "empty env var is unset",
			env:  map[string]string{"BOT_RATE_BURST": "", "BOT_CORPUS": "  "},
			args: []string{"-config", file},
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 4, c.Corpus, "/data/corpus"}
			},
		},
		{
			name: "flag over env",
			env:  map[string]string{"BOT_RATE_BURST": "7", "BOT_HTTP_ADDR": ":7000", "BOT_REGISTER": "true"},
			args: []string{"-config", file, "-rate-burst", "9", "-http", "127.0.0.1:8080", "-register=false", "-owners", "50"},
			check: func(c *Config) []any {
				return []any{c.Rate.Burst, 9, c.HTTP.Addr, "127.0.0.1:8080", c.Register, false, c.Owners, []string{"50"}, c.Log.Level, "debug"}
			},
		},
		{
			name: "last flag wins",
			args: []string{"-log-level", "warn", "-log-level", "error"},
			check: func(c *Config) []any {
				return []any{c.Log.Level, "error"}
			},
		},
		{
			name: "bare bool flag",
			args: []string{"-register"},
			check: func(c *Config) []any {
				return []any{c.Register, true}
			},
		},
		{
			name: "empty section keeps defaults",
			args: []string{"-config", "testdata/empty_section.yaml"},
			check: func(c *Config) []any {
				return []any{c.Log.Level, "warn", c.Discord.APIURL, "https://discord.com"}
			},
		},
		{
			name: "empty file",
			args: []string{"-config", "testdata/empty.yaml"},
			check: func(c *Config) []any {
				return []any{c.Log.Level, "info"}
			},
		},
		{
			name: "file of comments",
			args: []string{"-config", "testdata/comments_only.yaml"},
			check: func(c *Config) []any {
				return []any{c.Log.Level, "info"}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, tt.env, tt.args...)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			pairs := tt.check(c)
			for i := 0; i < len(pairs); i += 2 {
				if !reflect.DeepEqual(pairs[i], pairs[i+1]) {
					t.Errorf("value %d: got %#v, want %#v", i/2, pairs[i], pairs[i+1])
				}
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want []string // substrings of the error
	}{
		{"unknown key", nil, []string{"-config", "testdata/unknown_key.yaml"},
			[]string{"testdata/unknown_key.yaml:4", `unknown setting "discord.tokn"`}},
		{"unknown section", nil, []string{"-config", "testdata/unknown_section.yaml"},
			[]string{"testdata/unknown_section.yaml:3", `unknown setting "metrics"`}},
		{"wrong type", nil, []string{"-config", "testdata/wrong_type.yaml"},
			[]string{"testdata/wrong_type.yaml", "line 3", "lots"}},
		{"number for a duration", nil, []string{"-config", "testdata/bad_duration.yaml"},
			[]string{"testdata/bad_duration.yaml", "line 2"}},
		{"section given a value", nil, []string{"-config", "testdata/section_scalar.yaml"},
			[]string{"testdata/section_scalar.yaml:1", `"http" is a section`}},
		{"not a mapping", nil, []string{"-config", "testdata/not_mapping.yaml"},
			[]string{"testdata/not_mapping.yaml:1", "want a mapping"}},
		{"duplicate key", nil, []string{"-config", "testdata/duplicate.yaml"},
			[]string{"testdata/duplicate.yaml", `"level" already defined`}},
		{"missing file", nil, []string{"-config", "testdata/does-not-exist.yaml"},
			[]string{"read config file", "does-not-exist.yaml"}},
		{"bad env integer", map[string]string{"BOT_RATE_BURST": "many"}, nil,
			[]string{"BOT_RATE_BURST (rate.burst)", `"many" is not a whole number`}},
		{"bad env duration and bool", map[string]string{"BOT_SHUTDOWN_TIMEOUT": "soon", "BOT_REGISTER": "yes please"}, nil,
			[]string{"BOT_SHUTDOWN_TIMEOUT (http.shutdown_timeout)", "BOT_REGISTER (register)"}},
		{"bad flag", nil, []string{"-rate-per-minute", "fast"},
			[]string{"-rate-per-minute", `"fast" is not a number`}},
		{"no token flag", nil, []string{"-token", "abc"},
			[]string{"flag provided but not defined: -token"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.env, tt.args...)
			if err == nil {
				t.Fatal("load succeeded, want an error")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		})
	}
}

func TestExampleFileHoldsTheDefaults(t *testing.T) {
	const example = "../config.example.yaml"
	c, err := load(t, nil, "-config", example)
	if err != nil {
		t.Fatalf("load %s: %v", example, err)
	}
	// Compared as written, where an empty list and no list look the same.
	if got, want := c.String(), Default().String(); got != want {
		t.Errorf("%s differs from the defaults:\n got:\n%s\nwant:\n%s", example, got, want)
	}
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range allSettings() {
		for _, name := range []string{s.env, s.flag, s.key[strings.LastIndex(s.key, ".")+1:] + ":"} {
			if name != "" && !strings.Contains(string(data), name) {
				t.Errorf("%s does not document %q of setting %s", example, name, s.key)
			}
		}
	}
}

func TestReadmeListsEverySetting(t *testing.T) {
	const doc = "../README.md"
	data, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range allSettings() {
		for _, name := range []string{"`" + s.key + "`", "`" + s.env + "`"} {
			if !strings.Contains(string(data), name) {
				t.Errorf("%s does not document %s", doc, name)
			}
		}
		if s.flag != "" && !strings.Contains(string(data), "`--"+s.flag) {
			t.Errorf("%s does not document flag --%s", doc, s.flag)
		}
	}
}

func TestBindFlagsDefinesEveryFlag(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	NewLoader(nil).BindFlags(fs)
	if fs.Lookup("config") == nil {
		t.Error("no -config flag")
	}
	for _, s := range allSettings() {
		switch {
		case s.secret() && s.flag != "":
			t.Errorf("secret %s has flag -%s; secrets must stay out of process lists", s.key, s.flag)
		case s.flag != "" && fs.Lookup(s.flag) == nil:
			t.Errorf("flag -%s of %s not defined", s.flag, s.key)
		}
	}
}

func TestSettingsTableMatchesConfig(t *testing.T) {
	// Every field of Config must be reachable through exactly one setting,
	// or it could be set by no layer at all.
	var c Config
	seen := map[any]string{}
	for _, s := range allSettings() {
		p := s.field(&c)
		if other, dup := seen[p]; dup {
			t.Errorf("settings %s and %s share a field", other, s.key)
		}
		seen[p] = s.key
		if err := s.set(&c, "1"); err != nil && !strings.Contains(s.key, "timeout") {
			// "1" parses as every type but a duration.
			t.Errorf("%s: %v", s.key, err)
		}
	}
	if got, want := len(seen), countLeafFields(reflect.TypeOf(c)); got != want {
		t.Errorf("%d settings for %d fields of Config", got, want)
	}
}

// countLeafFields counts the non-struct fields of a struct type, recursively.
func countLeafFields(t reflect.Type) int {
	n := 0
	for i := range t.NumField() {
		if f := t.Field(i).Type; f.Kind() == reflect.Struct && f != reflect.TypeOf(time.Duration(0)) {
			n += countLeafFields(f)
		} else {
			n++
		}
	}
	return n
}

func TestWriteLoadsBack(t *testing.T) {
	c, err := load(t, map[string]string{"BOT_OWNERS": "1,2", "DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32)}, "-config", "testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "written.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Write(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	back, err := load(t, nil, "-config", path)
	if err != nil {
		t.Fatalf("load what Write wrote: %v", err)
	}
	if got, want := back.Discord.Token.Reveal(), c.Discord.Token.Masked(); got != want {
		t.Errorf("written token = %q, want the masked %q", got, want)
	}
	back.Discord.Token = c.Discord.Token
	if !reflect.DeepEqual(back, c) {
		t.Errorf("round trip changed the config:\n got %+v\nwant %+v", back, c)
	}
}

// TestBindFlagsUnderCobra binds the flags as cmd/bot does with cobra, whose
// pflag sets take Go flag sets through AddGoFlagSet, and parses GNU-style
// double-dash flags, including a bare boolean.
func TestBindFlagsUnderCobra(t *testing.T) {
	l := NewLoader(env(map[string]string{"BOT_HTTP_ADDR": ":7000"}))
	goFlags := flag.NewFlagSet("serve", flag.ContinueOnError)
	l.BindFlags(goFlags)
	flags := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flags.AddGoFlagSet(goFlags)
	if err := flags.Parse([]string{"--config", "testdata/full.yaml", "--http", ":8080", "--register", "--owners=5,6", "question"}); err != nil {
		t.Fatal(err)
	}
	c, err := l.Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTP.Addr != ":8080" || !c.Register || !reflect.DeepEqual(c.Owners, []string{"5", "6"}) || c.Rate.Burst != 4 {
		t.Errorf("got addr %q, register %v, owners %v, burst %d", c.HTTP.Addr, c.Register, c.Owners, c.Rate.Burst)
	}
	if got := flags.Args(); !reflect.DeepEqual(got, []string{"question"}) {
		t.Errorf("positional args = %q", got)
	}
	if err := flags.Parse([]string{"--rate-burst", "lots"}); err == nil || !strings.Contains(err.Error(), "rate-burst") {
		t.Errorf("bad value error = %v, want one naming --rate-burst", err)
	}
}

func TestBindFlagsSkip(t *testing.T) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	NewLoader(nil).BindFlags(fs, "corpus", "index")
	for name, want := range map[string]bool{"corpus": false, "index": false, "http": true, "config": true} {
		if got := fs.Lookup(name) != nil; got != want {
			t.Errorf("flag --%s defined = %v, want %v", name, got, want)
		}
	}
}

func TestSetFlag(t *testing.T) {
	tests := []struct {
		name, flag, value string
		want              string // error substring; "" means success
	}{
		{"string", "corpus", "/srv/articles", ""},
		{"number", "rate-burst", "8", ""},
		{"bad number", "rate-burst", "eight", `flag --rate-burst: "eight" is not a whole number`},
		{"no such flag", "token", "abc", "flag --token: no such setting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLoader(env(map[string]string{"BOT_CORPUS": "/env/articles", "BOT_RATE_BURST": "2"}))
			l.SetFile("testdata/full.yaml")
			err := l.SetFlag(tt.flag, tt.value)
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("SetFlag error = %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c, err := l.Load()
			if err != nil {
				t.Fatal(err)
			}
			s, _ := lookupSettingByFlag(tt.flag)
			if got := s.format(c); got != tt.value {
				t.Errorf("--%s = %q after env and file, want the flag's %q", tt.flag, got, tt.value)
			}
		})
	}
}

// lookupSettingByFlag returns the setting with the flag name.
func lookupSettingByFlag(name string) (setting, bool) {
	for _, s := range allSettings() {
		if s.flag == name {
			return s, true
		}
	}
	return setting{}, false
}

// TestOperationsDocDefaults checks the default column of the settings table
// in the README against Default().
func TestReadmeDefaults(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defaults := Default()
	for _, s := range allSettings() {
		var row string
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "| `"+s.key+"` |") {
				row = line
			}
		}
		cells := strings.Split(row, "|")
		if len(cells) < 6 {
			t.Errorf("no table row for %s", s.key)
			continue
		}
		documented, want := strings.TrimSpace(cells[4]), s.format(&defaults)
		if want == "" {
			if !strings.HasPrefix(documented, "empty") {
				t.Errorf("%s: documented default %q, want empty", s.key, documented)
			}
			continue
		}
		value := strings.Trim(strings.Fields(documented)[0], "`")
		if d, ok := s.field(&defaults).(*time.Duration); ok {
			if got, err := time.ParseDuration(value); err != nil || got != *d {
				t.Errorf("%s: documented default %q, want %v", s.key, documented, *d)
			}
			continue
		}
		if value != want {
			t.Errorf("%s: documented default %q, want %q", s.key, documented, want)
		}
	}
}
