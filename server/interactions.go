package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands"
)

// apology is the ephemeral message sent when the handler fails.
const apology = "Sorry, something went wrong while answering. Please try again in a moment."

// pongJSON answers Discord's PING, which it sends to check the endpoint.
var pongJSON = []byte(`{"type":1}`)

// interactionEndpoint serves POST /interactions.
type interactionEndpoint struct {
	handler  InteractionHandler
	verifier verifier
	deadline time.Duration
	log      *slog.Logger
}

// ServeHTTP verifies, decodes and answers one interaction request.
func (e *interactionEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	received := time.Now()
	sig, err := e.verifier.parseHeaders(r.Header)
	if err != nil {
		e.reject(w, r, http.StatusUnauthorized, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			e.reject(w, r, http.StatusRequestEntityTooLarge, fmt.Errorf("body over %d bytes", tooBig.Limit))
			return
		}
		e.reject(w, r, http.StatusBadRequest, fmt.Errorf("read body: %w", err))
		return
	}
	if err := e.verifier.verify(sig, body); err != nil {
		e.reject(w, r, http.StatusUnauthorized, err)
		return
	}
	interaction, err := decodeInteraction(body)
	if err != nil {
		e.reject(w, r, http.StatusBadRequest, err)
		return
	}

	data := pongJSON
	if interaction.Type != discordgo.InteractionPing {
		data = e.answer(r.Context(), received, interaction)
	}
	w.Header().Set("Content-Type", "application/json")
	if _, err := w.Write(data); err != nil {
		e.log.Warn("write interaction response", "interaction", interaction.ID, "err", err)
	}
}

// answer runs the handler under Discord's deadline and returns its response
// as JSON. A handler error, or a panic (recovered and logged with its
// stack), becomes an ephemeral apology: never an HTTP error, which Discord
// would show as "This interaction failed".
func (e *interactionEndpoint) answer(ctx context.Context, received time.Time, i *discordgo.Interaction) []byte {
	log := e.log.With("interaction", i.ID, "type", i.Type.String(), "name", interactionName(i))
	resp, err := e.handle(ctx, received, i)
	if elapsed := time.Since(received); elapsed > e.deadline {
		log.Warn("response later than Discord's deadline", "elapsed", elapsed, "deadline", e.deadline)
	}
	var data []byte
	if err == nil && resp == nil {
		err = errors.New("handler returned no response")
	}
	if err == nil {
		if data, err = json.Marshal(resp); err != nil {
			err = fmt.Errorf("encode response: %w", err)
		}
	}
	if err != nil {
		log.Error("handle interaction", commands.ErrorAttrs(err)...)
		return errorResponse(i.Type)
	}
	return data
}

// handle calls the handler, turning a panic into a *commands.PanicError.
func (e *interactionEndpoint) handle(ctx context.Context, received time.Time, i *discordgo.Interaction) (resp *discordgo.InteractionResponse, err error) {
	defer func() {
		if p := recover(); p != nil {
			resp, err = nil, &commands.PanicError{Value: p, Stack: debug.Stack()}
		}
	}()
	ctx, cancel := context.WithDeadline(ctx, received.Add(e.deadline))
	defer cancel()
	return e.handler.Handle(ctx, i)
}

// reject answers a request that is not a valid interaction.
func (e *interactionEndpoint) reject(w http.ResponseWriter, r *http.Request, status int, err error) {
	e.log.Info("rejected interaction request", "status", status, "remote", r.RemoteAddr, "err", err)
	http.Error(w, http.StatusText(status), status)
}

// decodeInteraction parses an interaction request body and checks that it
// has a type. A type this bot does not know, or one without data, still
// goes to the handler, which says what it can do: Discord may add types,
// and every signed request deserves an answer a user can read.
func decodeInteraction(body []byte) (*discordgo.Interaction, error) {
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		return nil, fmt.Errorf("decode interaction: %w", err)
	}
	if i.Type < discordgo.InteractionPing {
		return nil, fmt.Errorf("decode interaction: no type")
	}
	return &i, nil
}

// interactionName is the command name or component ID, for logs.
// (discordgo's ApplicationCommandData and friends panic on the wrong type.)
func interactionName(i *discordgo.Interaction) string {
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		return d.Name
	case discordgo.MessageComponentInteractionData:
		return d.CustomID
	case discordgo.ModalSubmitInteractionData:
		return d.CustomID
	default:
		return ""
	}
}

// Responses for a failed handler, written by hand so that they hold only the
// fields Discord expects: no suggestions for an autocomplete request, and an
// ephemeral apology, which may ping no one, for everything else.
var (
	noChoicesJSON = []byte(`{"type":8,"data":{"choices":[]}}`)
	apologyJSON   = []byte(fmt.Sprintf(`{"type":4,"data":{"content":%q,"flags":%d,"allowed_mentions":{"parse":[]}}}`, apology, discordgo.MessageFlagsEphemeral))
)

// errorResponse is the answer to send when the handler fails.
func errorResponse(t discordgo.InteractionType) []byte {
	if t == discordgo.InteractionApplicationCommandAutocomplete {
		return noChoicesJSON
	}
	return apologyJSON
}
