package commands

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands/commandstest"
)

// FuzzHandle feeds Handle arbitrary interaction JSON: it must never panic,
// and every response must keep Discord's limits and allow no mention.
func FuzzHandle(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	r := NewRouter(commandstest.New(), Options{RateLimit: RateLimit{Disabled: true}, Owners: []string{"1001"},
		Reload: func(context.Context) (string, error) { return "4 articles", nil }})
	f.Fuzz(func(t *testing.T, data []byte) {
		var i discordgo.Interaction
		if json.Unmarshal(data, &i) != nil {
			return
		}
		resp, err := r.Handle(context.Background(), &i)
		if err != nil {
			t.Fatalf("Handle: %v", err)
		}
		checkResponse(t, resp)
	})
}
