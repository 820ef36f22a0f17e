package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/commands"
)

// DefaultAPIURL is Discord's address. Only its scheme and host count: edits
// go to the API path discordgo uses (/api/v9/...), as the gateway's calls do.
const DefaultAPIURL = "https://discord.com"

// editTimeout bounds one edit of a deferred response.
const editTimeout = 10 * time.Second

// Replier is how a RespondFunc answers in HTTP mode: the command router's
// Replier. Reply sends the initial response, which becomes the body of the
// HTTP response, and may be called once; Edit replaces the original response
// after a deferred reply, through Discord's webhook API.
type Replier = commands.Replier

// RespondFunc answers one interaction through out: it calls out.Reply once,
// within Discord's deadline, and may go on working after that, for example
// to edit a deferred reply. Its ctx is not cancelled when the HTTP request
// ends. The command router fits as is:
//
//	Respond: router.Respond,
type RespondFunc func(ctx context.Context, i *discordgo.Interaction, out Replier) error

// deferringHandler turns a RespondFunc into an InteractionHandler: Handle
// returns the first reply as soon as it is sent, while the RespondFunc goes
// on in the background, tracked by work so that shutdown can wait for it.
type deferringHandler struct {
	respond RespondFunc
	editor  webhookEditor
	work    *sync.WaitGroup
	log     *slog.Logger
}

// Handle starts respond and waits for its first reply, for it to finish
// without replying, or for ctx (Discord's deadline) to end.
func (d *deferringHandler) Handle(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	out := &httpReplier{interaction: i, editor: d.editor, first: make(chan *discordgo.InteractionResponse, 1)}
	finished := make(chan error, 1)
	background := context.WithoutCancel(ctx)
	d.work.Add(1)
	go func() {
		defer d.work.Done()
		err := d.respondSafely(background, i, out)
		finished <- err
		if err != nil && out.replied() {
			// The caller has its reply and is gone; only the log can tell.
			attrs := append([]any{"interaction", i.ID, "name", interactionName(i)}, commands.ErrorAttrs(err)...)
			d.log.Error("respond to interaction", attrs...)
		}
	}()

	select {
	case resp := <-out.first:
		return resp, nil
	case err := <-finished:
		select {
		case resp := <-out.first: // replied, then failed
			return resp, nil
		default:
		}
		if err == nil {
			err = errors.New("responder returned without replying")
		}
		return nil, err
	case <-ctx.Done():
		return nil, fmt.Errorf("no reply before Discord's deadline: %w", ctx.Err())
	}
}

// respondSafely runs respond, turning a panic into an error.
func (d *deferringHandler) respondSafely(ctx context.Context, i *discordgo.Interaction, out Replier) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &commands.PanicError{Value: p, Stack: debug.Stack()}
		}
	}()
	return d.respond(ctx, i, out)
}

// httpReplier hands the first reply to the waiting HTTP handler and sends
// edits to Discord's API.
type httpReplier struct {
	interaction *discordgo.Interaction
	editor      webhookEditor
	first       chan *discordgo.InteractionResponse // buffered, 1

	mu   sync.Mutex
	sent bool
}

// Reply passes resp to the HTTP handler; a second call is an error.
func (r *httpReplier) Reply(_ context.Context, resp *discordgo.InteractionResponse) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sent {
		return errors.New("interaction already replied to")
	}
	if resp == nil {
		return errors.New("reply with no response")
	}
	r.sent = true
	r.first <- resp
	return nil
}

// replied reports whether Reply has been called.
func (r *httpReplier) replied() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sent
}

// Edit replaces the original response; it needs the reply sent first.
func (r *httpReplier) Edit(ctx context.Context, edit *discordgo.WebhookEdit) error {
	if !r.replied() {
		return errors.New("edit before the initial reply")
	}
	return r.editor.editOriginal(ctx, r.interaction, edit)
}

// webhookEditor edits an interaction's original response with Discord's
// webhook API: PATCH {scheme://host}/api/v9/webhooks/{application}/{token}/messages/@original.
// The interaction token authorises it; no bot token is needed.
type webhookEditor struct {
	apiURL string // only scheme and host are used
	client *http.Client
}

// editOriginal sends the edit and checks Discord accepted it.
func (e webhookEditor) editOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	if i.AppID == "" || i.Token == "" {
		return fmt.Errorf("edit response to interaction %s: no application ID or token", i.ID)
	}
	body, err := json.Marshal(edit)
	if err != nil {
		return fmt.Errorf("edit response to interaction %s: encode: %w", i.ID, err)
	}
	base, err := url.Parse(e.apiURL)
	if err != nil {
		return fmt.Errorf("edit response to interaction %s: API URL: %w", i.ID, err)
	}
	endpoint := (&url.URL{
		Scheme: base.Scheme,
		Host:   base.Host,
		Path:   "/api/v" + discordgo.APIVersion + "/webhooks/" + i.AppID + "/" + i.Token + "/messages/@original",
	}).String()
	ctx, cancel := context.WithTimeout(ctx, editTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, endpoint, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("edit response to interaction %s: %w", i.ID, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "DiscordBot (https://github.com/crisisbot/bot, 1)")
	resp, err := e.client.Do(req)
	if err != nil {
		// The URL holds the interaction token; url.Error would print it.
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			err = urlErr.Err
		}
		return fmt.Errorf("edit response to interaction %s: %w", i.ID, err)
	}
	defer resp.Body.Close()
	detail, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("edit response to interaction %s: Discord answered %s: %s", i.ID, resp.Status, bytes.TrimSpace(detail))
	}
	return nil
}
