package commands

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// page answers a press on a Previous or More button by rebuilding the page
// its custom ID names, and updating the message in place.
func (r *Router) page(ctx context.Context, i *discordgo.Interaction, data discordgo.MessageComponentInteractionData) (outcome, error) {
	const command = "page"
	p, err := decodeCustomID(data.CustomID)
	if err == nil && p.FromMessage {
		p, err = queryFromMessage(p, i.Message)
	}
	p.Question, p.Who, p.Topic = cleanInput(p.Question), cleanInput(p.Who), cleanInput(p.Topic)
	if err == nil && p.Question == "" && p.Who == "" {
		err = errBadCustomID // nothing left to look up
	}
	if err != nil {
		return invalid(command, "This button is not one I can read, or it is out of date. Please ask again with /ask or /position."), nil
	}
	if o, limited := r.rateLimited(command, userID(i)); limited {
		return o, nil
	}
	var (
		m   message
		res string
	)
	switch p.Kind {
	case pageAsk:
		m, res, err = r.ask(ctx, p.Question, p.Offset)
	case pagePosition:
		m, res, err = r.position(ctx, p.Who, p.Topic, p.Offset)
	}
	if err != nil {
		return outcome{command: command}, err
	}
	if m.ephemeral {
		return outcome{command: command, result: res, reply: respond(m)}, nil
	}
	return outcome{command: command, result: res, reply: &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: responseData(m),
	}}, nil
}

// queryFromMessage completes a page request in the message form with the
// query kept in the footer of the message's first embed.
func queryFromMessage(p pageRequest, m *discordgo.Message) (pageRequest, error) {
	if m == nil || len(m.Embeds) == 0 || m.Embeds[0] == nil || m.Embeds[0].Footer == nil {
		return p, errBadCustomID
	}
	footer := m.Embeds[0].Footer.Text
	switch p.Kind {
	case pageAsk:
		q, ok := strings.CutPrefix(footer, footerQuestion)
		if !ok || strings.TrimSpace(q) == "" {
			return p, errBadCustomID
		}
		p.Question = q
	case pagePosition:
		rest, ok := strings.CutPrefix(footer, footerWho)
		if !ok {
			return p, errBadCustomID
		}
		p.Who, p.Topic, _ = strings.Cut(rest, footerTopic)
		if strings.TrimSpace(p.Who) == "" {
			return p, errBadCustomID
		}
	}
	p.FromMessage = false
	return p, nil
}
