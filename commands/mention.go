package commands

import (
	"context"
	"fmt"
	"regexp"

	"github.com/bwmarrin/discordgo"
)

// HandleMessage answers a channel message or DM that mentions the bot like
// /ask, as a reply to it. It returns nil for a message to ignore: one from
// a bot (including this one) or one that does not mention the bot. It
// returns an error only when the answer engine fails, ctx ends or the
// handler panics (recovered, as a *PanicError); the caller then logs it and
// sends InternalErrorMessage.
func (r *Router) HandleMessage(ctx context.Context, m *discordgo.Message, botID string) (send *discordgo.MessageSend, err error) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == botID || botID == "" || !mentions(m, botID) {
		return nil, nil
	}
	const command = "mention"
	start := r.now()
	defer func() {
		if p := recover(); p != nil {
			r.observe(command, OutcomeError, r.now().Sub(start))
			send, err = nil, fmt.Errorf("answer message %s: %w", m.ID, newPanicError(p))
		}
	}()
	reply, result, err := r.mention(ctx, m, botID)
	if err != nil {
		result = OutcomeError
	}
	r.observe(command, result, r.now().Sub(start))
	if err != nil {
		return nil, fmt.Errorf("answer message %s: %w", m.ID, err)
	}
	if reply.components == nil {
		reply.components = []discordgo.MessageComponent{}
	}
	send = &discordgo.MessageSend{
		Content:         reply.content,
		Embeds:          reply.embeds,
		Components:      reply.components,
		AllowedMentions: noMentions(),
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID},
	}
	return send, nil
}

func (r *Router) mention(ctx context.Context, m *discordgo.Message, botID string) (message, string, error) {
	if ok, wait := r.limiter.allow(m.Author.ID); !ok {
		return notice(slowDown(wait)+".", false), OutcomeRateLimited, nil
	}
	question := plainText(m.Content)
	if question == "" {
		return notice("Ask me a question after the mention, for example: what did China say about the use of force? Or type /help.", false), OutcomeInvalid, nil
	}
	return r.ask(ctx, question, 0)
}

// InternalErrorMessage is the reply to send to m when HandleMessage
// returns an error.
func InternalErrorMessage(m *discordgo.Message) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Content:         internalError,
		AllowedMentions: noMentions(),
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID},
	}
}

// mentions reports whether m mentions the user botID.
func mentions(m *discordgo.Message, botID string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			return true
		}
	}
	return mentionOf(botID).MatchString(m.Content)
}

// markupTokens are Discord's markup tokens: mentions of users, roles and
// channels, custom emoji, timestamps.
var markupTokens = regexp.MustCompile(`<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::\w)?)>`)

// plainText returns message content without Discord's markup tokens,
// cleaned by cleanInput, for use as a question.
func plainText(content string) string {
	return cleanInput(markupTokens.ReplaceAllString(content, " "))
}

// mentionOf matches a mention of the user id in message content.
func mentionOf(id string) *regexp.Regexp {
	return regexp.MustCompile(`<@!?` + regexp.QuoteMeta(id) + `>`)
}
