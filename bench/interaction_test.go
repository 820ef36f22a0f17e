package bench

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/commands"
	"github.com/crisisbot/bot/server"
)

// answerPage is the page the benchmarks ask for: the default three results.
var answerPage = answer.Page{}

// autocompleteMax is how many names autocomplete asks for: Discord shows 25.
const autocompleteMax = 25

// replayAnswerer answers every question with one answer the real engine
// gave beforehand, so that a router benchmark measures rendering alone.
// Everything else goes to the engine.
type replayAnswerer struct {
	*answer.Engine
	answer *answer.Answer
}

// Ask returns the recorded answer.
func (r replayAnswerer) Ask(context.Context, string, answer.Page) (*answer.Answer, error) {
	return r.answer, nil
}

// benchRouter handles interactions with the command router: "render"
// turns a ready answer into a Discord response, "route_ask" and
// "route_autocomplete" do the whole work of an interaction short of HTTP.
func benchRouter(b *testing.B, s *stack) {
	ctx := context.Background()
	unlimited := commands.Options{RateLimit: commands.RateLimit{Disabled: true}}
	w := s.work
	recorded, err := s.engine.Ask(ctx, w.Questions[0], answerPage)
	if err != nil {
		b.Fatal(err)
	}
	if len(recorded.Results) == 0 {
		b.Fatalf("%q has no results to render", w.Questions[0])
	}
	b.Run("render", func(b *testing.B) {
		router := commands.NewRouter(replayAnswerer{s.engine, recorded}, unlimited)
		i := interaction(b, askJSON(w.Questions[0], 0))
		timed(b, func(int) error {
			_, err := router.Handle(ctx, i)
			return err
		})
	})
	b.Run("route_ask", func(b *testing.B) {
		router := commands.NewRouter(s.engine, unlimited)
		asks := make([]*discordgo.Interaction, len(w.Questions))
		for n, q := range w.Questions {
			asks[n] = interaction(b, askJSON(q, 0))
		}
		timed(b, func(n int) error {
			_, err := router.Handle(ctx, asks[n%len(asks)])
			return err
		})
	})
	b.Run("route_autocomplete", func(b *testing.B) {
		router := commands.NewRouter(s.engine, unlimited)
		completions := make([]*discordgo.Interaction, len(w.Prefixes))
		for n, p := range w.Prefixes {
			completions[n] = interaction(b, autocompleteJSON(p))
		}
		timed(b, func(n int) error {
			_, err := router.Handle(ctx, completions[n%len(completions)])
			return err
		})
	})
}

// benchHTTP sends signed interactions to the server's handler, without a
// network, from as many goroutines as GOMAXPROCS: ns/op is the inverse of
// the throughput the machine sustains. The mix is that of cmd/loadtest:
// five asks, three autocompletes, a position and a button in ten.
func benchHTTP(b *testing.B, s *stack) {
	public, private, err := ed25519.GenerateKey(nil)
	if err != nil {
		b.Fatal(err)
	}
	srv, err := server.New(server.Options{
		// No rate limit: the benchmark replays a thousand users' requests
		// over and over, and rate-limit notices would stand in for the
		// answers whose cost is measured (cmd/loadtest spreads its load
		// over enough users to keep the production limit).
		Interactions: commands.NewRouter(s.engine, commands.Options{RateLimit: commands.RateLimit{Disabled: true}}),
		PublicKey:    public,
	})
	if err != nil {
		b.Fatal(err)
	}
	bodies := mixedBodies(s.work)
	b.Run("http", func(b *testing.B) {
		handler := srv.Handler()
		// Sign beforehand: the client's signing is not the server's cost.
		signed := make([]signedBody, len(bodies))
		for n, body := range bodies {
			signed[n] = signBody(private, body, time.Now())
		}
		var next atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				sb := signed[int(next.Add(1))%len(signed)]
				req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(sb.body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Signature-Ed25519", sb.signature)
				req.Header.Set("X-Signature-Timestamp", sb.timestamp)
				rec := httptest.NewRecorder()
				handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Errorf("status %d: %s", rec.Code, rec.Body.Bytes())
					return
				}
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "interactions/s")
	})
}

// signedBody is a request body with Discord's signature headers.
type signedBody struct {
	body                 []byte
	signature, timestamp string
}

// signBody signs body as Discord does: over the timestamp and the body.
func signBody(key ed25519.PrivateKey, body []byte, now time.Time) signedBody {
	ts := strconv.FormatInt(now.Unix(), 10)
	sig := ed25519.Sign(key, append([]byte(ts), body...))
	return signedBody{body: body, signature: hex.EncodeToString(sig), timestamp: ts}
}

// mixedBodies are interaction bodies in the load test's proportions, from
// 1,000 distinct users.
func mixedBodies(w workload) [][]byte {
	var bodies [][]byte
	for n := range 1000 {
		q := w.Questions[n%len(w.Questions)]
		var body []byte
		switch n % 10 {
		case 0, 1, 2, 3, 4:
			body = askJSON(q, n)
		case 5, 6, 7:
			body = autocompleteJSON(w.Prefixes[n%len(w.Prefixes)])
		case 8:
			body = positionJSON(w.Names[n%len(w.Names)], n)
		default:
			body = buttonJSON(q, n)
		}
		bodies = append(bodies, body)
	}
	return bodies
}

// interaction decodes an interaction body the way the server does.
func interaction(tb testing.TB, body []byte) *discordgo.Interaction {
	tb.Helper()
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		tb.Fatalf("decode %s: %v", body, err)
	}
	return &i
}

// The interaction bodies: the fields Discord sends that the router reads.
func askJSON(question string, user int) []byte {
	return envelope(2, user, map[string]any{"id": "c1", "name": "ask", "type": 1,
		"options": []any{map[string]any{"name": "question", "type": 3, "value": question}}})
}

func positionJSON(who string, user int) []byte {
	return envelope(2, user, map[string]any{"id": "c2", "name": "position", "type": 1,
		"options": []any{map[string]any{"name": "who", "type": 3, "value": who}}})
}

func autocompleteJSON(typed string) []byte {
	return envelope(4, 0, map[string]any{"id": "c3", "name": "who", "type": 1,
		"options": []any{map[string]any{"name": "name", "type": 3, "value": typed, "focused": true}}})
}

func buttonJSON(question string, user int) []byte {
	id := "v1:ask:3:q:" + question
	if len(id) > 100 {
		id = id[:100]
	}
	return envelope(3, user, map[string]any{"custom_id": id, "component_type": 2})
}

// envelope wraps interaction data of a type, from a user.
func envelope(typ, user int, data map[string]any) []byte {
	body := map[string]any{
		"id": "1", "type": typ, "application_id": "700", "guild_id": "900", "channel_id": "800",
		"token": "bench", "version": 1, "data": data,
		"member": map[string]any{"user": map[string]any{"id": strconv.Itoa(5000 + user), "username": "bench"}},
	}
	if typ == 3 {
		body["message"] = map[string]any{"id": "600", "channel_id": "800", "content": "", "embeds": []any{}}
	}
	out, err := json.Marshal(body)
	if err != nil {
		panic(fmt.Sprintf("encode interaction: %v", err)) // maps of strings always encode
	}
	return out
}
