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
