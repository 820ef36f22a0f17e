package commands

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultDeferAfter is how long Respond waits for an answer before it
// defers: Discord wants the first reply within three seconds.
const DefaultDeferAfter = 2 * time.Second

// answerTimeout bounds the work for one interaction: Discord's interaction
// tokens last fifteen minutes, and nobody waits that long.
const answerTimeout = 30 * time.Second

// Replier sends the replies to one interaction, over the gateway session's
// REST client or as the body of an HTTP interactions endpoint.
type Replier interface {
	// Reply sends the initial response.
	Reply(ctx context.Context, resp *discordgo.InteractionResponse) error
	// Edit replaces the original response after a deferred reply.
	Edit(ctx context.Context, edit *discordgo.WebhookEdit) error
}

// Respond answers an interaction through out. If Handle finishes within the
// router's DeferAfter, its response is the initial reply. Otherwise Respond
// defers (a "thinking…" reply for commands, a silent acknowledgement for
// buttons, no choices for autocomplete, which cannot be deferred) and edits
// the original response with the answer when it is ready (but never
// replaces a button's message with a refusal or an apology). A Handle error
// becomes InternalErrorResponse (no choices, for an autocomplete answered in
// time) and is returned, wrapped, for the caller to log, as are errors
// sending.
func (r *Router) Respond(ctx context.Context, i *discordgo.Interaction, out Replier) error {
	type handled struct {
		resp *discordgo.InteractionResponse
		err  error
	}
	h, _ := r.handlerFor(i)
	timeout := answerTimeout
	if h.timeout > 0 {
		timeout = h.timeout
	}
	work, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	done := make(chan handled, 1)
	go func() {
		// Handle recovers the handlers' panics; this catches its own.
		defer func() {
			if p := recover(); p != nil {
				done <- handled{err: fmt.Errorf("handle %s interaction %s: %w", CommandName(i), i.ID, newPanicError(p))}
			}
		}()
		resp, err := r.Handle(work, i)
		done <- handled{resp, err}
	}()

	timer := time.NewTimer(r.deferAfter)
	defer timer.Stop()
	select {
	case h := <-done:
		resp := h.resp
		if h.err != nil {
			resp = errorReply(i)
		}
		if err := out.Reply(ctx, resp); err != nil {
			return errors.Join(h.err, fmt.Errorf("reply to interaction %s: %w", i.ID, err))
		}
		return h.err
	case <-timer.C:
	case <-ctx.Done():
		return fmt.Errorf("respond to interaction %s: %w", i.ID, ctx.Err())
	}

	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		// Autocomplete cannot be deferred: offer nothing rather than nothing in time.
		if err := out.Reply(ctx, choices(nil)); err != nil {
			return fmt.Errorf("reply to autocomplete %s: %w", i.ID, err)
		}
		return nil
	}
	if err := out.Reply(ctx, deferral(i, h.private)); err != nil {
		return fmt.Errorf("defer interaction %s: %w", i.ID, err)
	}
	var res handled
	select {
	case res = <-done:
	case <-ctx.Done():
		return fmt.Errorf("respond to interaction %s: %w", i.ID, ctx.Err())
	}
	resp := res.resp
	if res.err != nil {
		resp = InternalErrorResponse()
	}
	if i.Type == discordgo.InteractionMessageComponent && isEphemeral(resp) {
		// Editing would replace the answer on the message with a refusal
		// meant for one user; leave the message as it was.
		return res.err
	}
	if err := out.Edit(ctx, editFor(resp)); err != nil {
		return errors.Join(res.err, fmt.Errorf("edit reply to interaction %s: %w", i.ID, err))
	}
	return res.err
}

// isEphemeral reports whether resp is a message only its user sees.
func isEphemeral(resp *discordgo.InteractionResponse) bool {
	return resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0
}

// errorReply is the reply for a failed interaction: no choices for an
// autocomplete, an ephemeral apology otherwise.
func errorReply(i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return choices(nil)
	}
	return InternalErrorResponse()
}

// deferral acknowledges an interaction whose answer comes later: a button
// press keeps its message until the edit; a command shows "thinking…", to
// its user only when private (the edit then stays private too).
func deferral(i *discordgo.Interaction, private bool) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionMessageComponent {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	d := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if private {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: d}
}

// editFor turns a response into the edit of a deferred original response.
// A deferred reply is public, so an ephemeral refusal becomes public too;
// it says nothing private.
func editFor(resp *discordgo.InteractionResponse) *discordgo.WebhookEdit {
	d := resp.Data
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	content := d.Content
	embeds := d.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
	}
}

// SessionReplier sends the replies to one interaction with a discordgo
// session's REST client. Rate-limited calls do not sleep inside discordgo,
// so a 429 cannot eat Discord's three seconds.
type SessionReplier struct {
	Session     *discordgo.Session
	Interaction *discordgo.Interaction
	// Deadline is when Discord stops taking the initial response, three
	// seconds after the interaction arrived. A rate-limited initial
	// response is sent again once if its retry-after ends before the
	// deadline; the zero time means never.
	Deadline time.Time
}

// Reply sends the initial response with InteractionRespond.
func (s SessionReplier) Reply(ctx context.Context, resp *discordgo.InteractionResponse) error {
	err := s.respond(ctx, resp)
	var limited *discordgo.RateLimitError
	if errors.As(err, &limited) && limited.RateLimit != nil && limited.TooManyRequests != nil &&
		time.Now().Add(limited.RetryAfter).Before(s.Deadline) {
		wait := time.NewTimer(limited.RetryAfter)
		defer wait.Stop()
		select {
		case <-wait.C:
			err = s.respond(ctx, resp)
		case <-ctx.Done():
			return fmt.Errorf("interaction callback: %w (while waiting out %w)", ctx.Err(), err)
		}
	}
	if err != nil {
		return fmt.Errorf("interaction callback: %w", err)
	}
	return nil
}

// respond posts the interaction callback. It goes through a rate limiter of
// its own, not the session's: Discord does not count interaction callbacks
// against the bot's global rate limit, and a global limit hit by another
// call (which discordgo's shared limiter waits out by sleeping) must not
// hold this answer past its three seconds.
func (s SessionReplier) respond(ctx context.Context, resp *discordgo.InteractionResponse) error {
	body, err := discordgo.Marshal(resp)
	if err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	endpoint := discordgo.EndpointInteractionResponse(s.Interaction.ID, s.Interaction.Token)
	own := discordgo.NewRatelimiter()
	_, err = s.Session.RequestWithLockedBucket(http.MethodPost, endpoint, "application/json", body,
		own.LockBucket(endpoint), 0, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
	return err
}

// Edit edits the original response with InteractionResponseEdit; it has
// fifteen minutes, so it waits out a rate limit.
func (s SessionReplier) Edit(ctx context.Context, edit *discordgo.WebhookEdit) error {
	_, err := s.Session.InteractionResponseEdit(s.Interaction, edit, discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(true))
	if err != nil {
		return fmt.Errorf("edit original response: %w", err)
	}
	return nil
}
