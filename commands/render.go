package commands

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
)

// Embed colours: one for answers, one for notices.
const (
	colourAnswer = 0x2b6cb0
	colourNotice = 0x718096
)

const (
	// maxBlocksPerResult is how many statements of one passage are shown.
	maxBlocksPerResult = 5
	// maxSpeakerLine bounds the speaker line under a quote.
	maxSpeakerLine = 200
	// minQuoteRoom is the least room a quote keeps when space is shared.
	minQuoteRoom = 120
	// maxNotice bounds an answer's notice, to leave room for the quotes.
	maxNotice = 600
)

// message is a rendered reply, before it becomes an interaction response
// or a channel message.
type message struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	ephemeral  bool
}

// noMentions allows no mention at all: it marshals as "parse": [], so
// "@everyone" or "<@&123>" in a question or a quote pings nobody, and a
// reply does not ping the author of the message it answers.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// notice renders a short text reply.
func notice(text string, ephemeral bool) message {
	return message{content: truncate(text, maxContent), ephemeral: ephemeral}
}

// sourceEmbed makes an embed for one passage or statement: its title links
// to the article, its description holds body, and a "Source" field says
// where and when it was published. The embed stays within budget characters
// of the 6,000 a message may hold; body is rendered by the caller within the
// room left, passed to it.
func sourceEmbed(s answer.Source, budget int, body func(room int) string) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Type:  discordgo.EmbedTypeRich,
		Color: colourAnswer,
		Title: escapeWithin(s.Title, min(maxEmbedTitle, budget/6)),
		URL:   linkURL(s.URL),
	}
	if e.Title == "" {
		e.Title = escapeWithin(s.Publisher(), min(maxEmbedTitle, budget/6))
	}
	e.Fields = []*discordgo.MessageEmbedField{{Name: "Source", Value: formatSource(s, min(maxFieldValue, budget/3))}}
	room := min(maxEmbedDescription, budget-embedLen(e))
	e.Description = body(room)
	return e
}

// resultEmbed renders one passage of an answer: the passage itself with
// the words of its statements in bold and their speakers below; when that
// does not fit, its statements alone, each with its speaker; and when
// nobody is quoted in it, the passage.
func resultEmbed(r answer.Result, budget int) *discordgo.MessageEmbed {
	return sourceEmbed(r.Source, budget, func(room int) string {
		if len(r.Statements) == 0 {
			return quoteBlock(r.Text, "— *from the article's text; nobody is quoted in this paragraph*", room)
		}
		if body, ok := passageWithQuotes(r, room); ok {
			return body
		}
		// Show as many statements as leave each some room for its words.
		var texts, belows []string
		need := 0
		for _, q := range r.Statements[:min(len(r.Statements), maxBlocksPerResult)] {
			below := formatSpeaker(q)
			n := textLen(below) + minQuoteRoom + 2
			if len(texts) > 0 && need+n+textLen(moreStatements(len(r.Statements))) > room {
				break
			}
			need += n
			texts = append(texts, q.Text)
			belows = append(belows, below)
		}
		more := ""
		if rest := len(r.Statements) - len(texts); rest > 0 {
			more = moreStatements(rest)
		}
		return quotesBody(texts, belows, room-textLen(more)) + more
	})
}

// moreStatements says how many statements of a paragraph are not shown.
func moreStatements(n int) string {
	return fmt.Sprintf("\n\n*…and %d more statements in this paragraph.*", n)
}

// statementEmbed renders one statement of a position with its source.
func statementEmbed(q answer.SourcedQuote, budget int) *discordgo.MessageEmbed {
	return sourceEmbed(q.Source, budget, func(room int) string {
		return quoteBlock(q.Text, formatSpeaker(q.Quote), room)
	})
}

// queryFooter holds the query of a paged reply in the footer of its first
// embed, where a button press finds it again when the custom ID had no room
// for it. Footers show plain text, so the query is kept as typed.
const (
	footerQuestion = "Question: "
	footerWho      = "Who: "
	footerTopic    = " · Topic: "
)

// pageLine says which results a page shows: "3 results.", "Result 4 of 4."
// or "Results 1–3 of 12.".
func pageLine(one, many string, offset, shown, total int) string {
	switch {
	case shown == 0:
		return ""
	case offset == 0 && shown == total && total == 1:
		return "1 " + one + "."
	case offset == 0 && shown == total:
		return fmt.Sprintf("%d %s.", total, many)
	case shown == 1:
		return fmt.Sprintf("%s %d of %d.", capitalise(one), offset+1, total)
	}
	return fmt.Sprintf("%s %d–%d of %d.", capitalise(many), offset+1, offset+shown, total)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// headerEmbed starts a reply: the notice, which results are shown, a word
// on the quotes when there are any, and the query in the footer.
func headerEmbed(title, noticeText, pages, footer string, quotes bool) *discordgo.MessageEmbed {
	var lines []string
	if noticeText != "" {
		lines = append(lines, escapeWithin(noticeText, maxNotice))
	}
	if pages != "" {
		lines = append(lines, pages)
	}
	if quotes {
		lines = append(lines, "*Quotes are verbatim; each links to its source.*")
	}
	return &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Color:       colourNotice,
		Title:       escapeWithin(title, maxEmbedTitle),
		Description: truncate(strings.Join(lines, "\n"), maxEmbedDescription),
		Footer:      &discordgo.MessageEmbedFooter{Text: truncate(footer, maxFooter)},
	}
}

// pagerRow returns the Previous and More buttons for a page, or nil when
// all results fit on it.
func pagerRow(p pageRequest, pageSize, shown, total int) []discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	if p.Offset > 0 {
		prev := p
		prev.Offset = max(0, p.Offset-pageSize)
		buttons = append(buttons, discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: encodeCustomID(prev)})
	}
	if p.Offset+shown < total {
		next := p
		next.Offset = p.Offset + shown
		buttons = append(buttons, discordgo.Button{Label: "More", Style: discordgo.PrimaryButton, CustomID: encodeCustomID(next)})
	}
	if len(buttons) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}
}

// spread divides the room left by fixed embeds among n embeds.
func spread(fixed []*discordgo.MessageEmbed, n int) int {
	used := 0
	for _, e := range fixed {
		used += embedLen(e)
	}
	if n == 0 {
		return 0
	}
	return (maxEmbedsTotal - used) / n
}

// renderAnswer renders a page of an answer to a question.
func renderAnswer(a *answer.Answer) message {
	results := a.Results
	if len(results) > maxEmbeds-1 {
		results = results[:maxEmbeds-1]
	}
	header := headerEmbed("Sourced answer", a.Notice, pageLine("result", "results", a.Offset, len(results), a.Total), footerQuestion+a.Question, len(results) > 0)
	if len(results) == 0 && a.Notice == "" {
		header.Description = truncate("No passage in the corpus answers this question. Try other words, or /sources to see what the corpus covers.", maxEmbedDescription)
	}
	m := message{embeds: []*discordgo.MessageEmbed{header}}
	each := spread(m.embeds, len(results))
	for _, r := range results {
		m.embeds = append(m.embeds, resultEmbed(r, each))
	}
	m.components = pagerRow(pageRequest{Kind: pageAsk, Offset: a.Offset, Question: a.Question}, answer.DefaultLimit, len(results), a.Total)
	return m
}

// positionFooter holds who and the topic of a position reply.
func positionFooter(who, topic string) string {
	f := footerWho + who
	if topic != "" {
		f += footerTopic + topic
	}
	return f
}

// renderPosition renders a page of what an entity has said.
func renderPosition(p *answer.Position, pageSize int) message {
	quotes := p.Statements
	if len(quotes) > maxEmbeds-1 {
		quotes = quotes[:maxEmbeds-1]
	}
	title := "Position of " + p.Entity.Name
	if p.Topic != "" {
		title += " on " + p.Topic
	}
	header := headerEmbed(title, p.Notice, pageLine("statement", "statements", p.Offset, len(quotes), p.Total), positionFooter(p.Entity.Name, p.Topic), len(quotes) > 0)
	if len(quotes) == 0 && p.Notice == "" {
		header.Description = escapeWithin("No statement by or for "+p.Entity.Name+" is in the corpus.", maxEmbedDescription)
	}
	m := message{embeds: []*discordgo.MessageEmbed{header}}
	each := spread(m.embeds, len(quotes))
	for _, q := range quotes {
		m.embeds = append(m.embeds, statementEmbed(q, each))
	}
	m.components = pagerRow(pageRequest{Kind: pagePosition, Offset: p.Offset, Who: p.Entity.Name, Topic: p.Topic}, pageSize, len(quotes), p.Total)
	return m
}

// maxCompared is how many statements of each side a comparison shows.
const maxCompared = 4

// sideEmbed renders one side of a comparison, one field per statement.
func sideEmbed(p answer.Position, budget int) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Type:  discordgo.EmbedTypeRich,
		Color: colourAnswer,
		Title: escapeWithin(p.Entity.Name, maxEmbedTitle),
	}
	quotes := p.Statements
	if len(quotes) > maxCompared {
		quotes = quotes[:maxCompared]
	}
	var lines []string
	if p.Notice != "" {
		lines = append(lines, escapeMarkdown(p.Notice))
	}
	if p.Total > len(quotes) {
		lines = append(lines, fmt.Sprintf("%d of %d statements; /position shows them all.", len(quotes), p.Total))
	}
	if len(quotes) == 0 && p.Notice == "" {
		lines = append(lines, "No statement found.")
	}
	e.Description = truncate(strings.Join(lines, "\n"), maxEmbedDescription)
	if len(quotes) == 0 {
		return e
	}
	each := min(maxFieldValue, (budget-embedLen(e))/len(quotes)-textLen("Statement 0"))
	for i, q := range quotes {
		src := formatSource(q.Source, maxFieldValue/3)
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  fmt.Sprintf("Statement %d", p.Offset+i+1),
			Value: quoteBlock(q.Text, formatSpeaker(q.Quote)+"\n"+src, each),
		})
	}
	return e
}

// renderComparison renders two positions side by side.
func renderComparison(c *answer.Comparison, topic string) message {
	title := c.First.Entity.Name + " and " + c.Second.Entity.Name
	if topic != "" {
		title += " on " + topic
	}
	header := headerEmbed(title, "", "", "Compare: "+c.First.Entity.Name+" · "+c.Second.Entity.Name, len(c.First.Statements)+len(c.Second.Statements) > 0)
	m := message{embeds: []*discordgo.MessageEmbed{header}}
	each := spread(m.embeds, 2)
	m.embeds = append(m.embeds, sideEmbed(c.First, each), sideEmbed(c.Second, each))
	return m
}
