package config

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecodeYAML feeds arbitrary files to the YAML layer: it must return an
// error or a configuration, never panic, and what it returns must print.
func FuzzDecodeYAML(f *testing.F) {
	seeds, err := filepath.Glob("testdata/*.yaml")
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, "../config.example.yaml")
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("discord: {token: [1, 2]}\n"))
	f.Add([]byte("owners: \"1,2\"\n"))
	f.Add([]byte("&a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Default()
		if err := decodeYAML("fuzz.yaml", data, &c); err != nil {
			return
		}
		_ = c.Validate()
		var out bytes.Buffer
		if err := c.Write(&out); err != nil {
			t.Fatalf("Write after a successful decode: %v", err)
		}
	})
}

// FuzzSettingText feeds arbitrary text to every setting, as the environment
// and flags do: parsing never panics, and a value that parses prints back to
// text that parses to the same value.
func FuzzSettingText(f *testing.F) {
	for _, seed := range []string{"", "1", "-3", "1.5e3", "true", "10s", "1h2m3.5s", "1, 2,,3", " :8080 ", "NaN", "0x10"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range allSettings() {
			var first Config
			if err := s.set(&first, text); err != nil {
				continue
			}
			printed := s.format(&first)
			var second Config
			if err := s.set(&second, revealText(s, &first)); err != nil {
				t.Fatalf("%s: %q parsed, but its printed form %q does not: %v", s.key, text, printed, err)
			}
			if again := s.format(&second); again != printed {
				t.Fatalf("%s: %q prints as %q, which reads back as %q", s.key, text, printed, again)
			}
		}
	})
}

// revealText is format with secrets in the clear: the inverse of set.
func revealText(s setting, c *Config) string {
	if p, ok := s.field(c).(*Secret); ok {
		return p.Reveal()
	}
	return s.format(c)
}
