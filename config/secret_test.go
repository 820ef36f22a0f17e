package config

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestMasked(t *testing.T) {
	tests := []struct {
		secret Secret
		want   string
	}{
		{"", ""},
		{"short", "****"},
		{"fifteen-chars!!", "****"},
		{"MTA1NzQ0.GhIjKl.abcdefghijklmnop1234", "****"},
	}
	for _, tt := range tests {
		if got := tt.secret.Masked(); got != tt.want {
			t.Errorf("Secret(%q).Masked() = %q, want %q", tt.secret, got, tt.want)
		}
	}
}

// TestTokenNeverShown prints, marshals and logs a configuration in every
// way the code base might, and checks the token never appears.
func TestTokenNeverShown(t *testing.T) {
	const token = "MTA1NzQ0ODk5OTk5OTk5OTk5.GhIjKl.SECRETsecretSECRETsecret"
	c := Default()
	c.Discord.Token = token

	var outputs []string
	for _, format := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10.3s"} {
		outputs = append(outputs,
			fmt.Sprintf(format, c), fmt.Sprintf(format, &c), fmt.Sprintf(format, c.Discord),
			fmt.Sprintf(format, &c.Discord), fmt.Sprintf(format, c.Discord.Token))
	}
	outputs = append(outputs, c.String(), fmt.Sprint(c.Discord.Token), fmt.Sprintln(c.Discord))

	var written bytes.Buffer
	if err := c.Write(&written); err != nil {
		t.Fatal(err)
	}
	outputs = append(outputs, written.String())
	for _, v := range []any{c, &c, c.Discord, c.Discord.Token} {
		y, err := yaml.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		j, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		outputs = append(outputs, string(y), string(j))
	}
	var logs bytes.Buffer
	for _, h := range []slog.Handler{slog.NewTextHandler(&logs, nil), slog.NewJSONHandler(&logs, nil)} {
		log := slog.New(h)
		log.Info("config", "config", c, "discord", c.Discord, "token", c.Discord.Token, "ptr", &c)
		log.Info("config", slog.Any("config", c), slog.Any("discord", &c.Discord))
	}
	outputs = append(outputs, logs.String())

	for i, out := range outputs {
		if strings.Contains(out, token) || strings.Contains(out, "SECRET") || strings.Contains(out, "GhIjKl") {
			t.Errorf("output %d shows the token: %s", i, out)
		}
	}
	if out := written.String(); strings.Contains(out, "cret") || !strings.Contains(out, "****") {
		t.Errorf("Write does not show the masked token:\n%s", written.String())
	}
	if strings.Contains(logs.String(), "cret") || !strings.Contains(logs.String(), "****") {
		t.Errorf("logs do not show the masked token:\n%s", logs.String())
	}
}

func TestWriteGolden(t *testing.T) {
	c, err := load(t, map[string]string{"DISCORD_PUBLIC_KEY": validKey}, "-config", "testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := c.Write(&got); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "write.golden.yaml")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./config -update to create it)", err)
	}
	if got.String() != string(want) {
		t.Errorf("Write output differs from %s (run with -update if intended):\n%s", golden, got.String())
	}
}
