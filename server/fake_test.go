package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// fakeHandler stands in for the command router. Its answer depends on the
// command name, so that one handler covers every path through the server:
//
//	fail   returns an error       panic  panics
//	empty  returns nothing        slow   waits for release (after started)
//	other  commands echo their first option; buttons echo their custom ID
type fakeHandler struct {
	started chan struct{} // closed when a "slow" command starts
	release chan struct{} // close to let a "slow" command finish

	mu       sync.Mutex
	deadline time.Time // ctx deadline seen by the last call
	calls    int
}

func newFakeHandler() *fakeHandler {
	return &fakeHandler{started: make(chan struct{}), release: make(chan struct{})}
}

func (f *fakeHandler) Handle(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	f.mu.Lock()
	f.calls++
	f.deadline, _ = ctx.Deadline()
	f.mu.Unlock()

	switch interactionName(i) {
	case "fail":
		return nil, errors.New("answer engine unavailable")
	case "panic":
		panic("boom")
	case "empty":
		return nil, nil
	case "slow":
		close(f.started)
		<-f.release
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		d := i.ApplicationCommandData()
		if d.CommandType == discordgo.MessageApplicationCommand {
			return message("sources for: " + d.Resolved.Messages[d.TargetID].Content), nil
		}
		if len(d.Options) == 0 {
			return message(d.Name), nil
		}
		return message(d.Name + ": " + d.Options[0].StringValue()), nil
	case discordgo.InteractionApplicationCommandAutocomplete:
		prefix := i.ApplicationCommandData().Options[0].StringValue()
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
				{Name: prefix + "ghchi, Abbas", Value: "abbas-araghchi"},
			}},
		}, nil
	case discordgo.InteractionMessageComponent:
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "page for " + i.MessageComponentData().CustomID},
		}, nil
	default:
		return nil, fmt.Errorf("fake handler: unexpected interaction type %v", i.Type)
	}
}

// message is a public channel message response.
func message(content string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: content},
	}
}

// commandBody is a slash command interaction without options.
func commandBody(name string) []byte {
	return []byte(`{"id":"1100000000000000099","application_id":"1","type":2,"token":"t","version":1,"data":{"id":"2","name":"` + name + `","type":1}}`)
}

// keys is a fresh key pair for signing test requests as Discord would.
type keys struct {
	public  ed25519.PublicKey
	private ed25519.PrivateKey
}

func newKeys(t testing.TB) keys {
	t.Helper()
	public, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return keys{public: public, private: private}
}

// sign returns Discord's signature headers for body sent at ts.
func (k keys) sign(body []byte, ts time.Time) http.Header {
	timestamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(k.private, append([]byte(timestamp), body...))
	h := http.Header{}
	h.Set(headerSignature, fmt.Sprintf("%x", sig))
	h.Set(headerTimestamp, timestamp)
	return h
}

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
