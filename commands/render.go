package commands

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
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

// formatSource renders where a passage was published as one line: a link
// with the article's title, the outlet (or the link's host when the outlet
// is unknown), the date and the paragraph.
func formatSource(s answer.Source, max int) string {
	title := s.Title
	var tail []string
	if outlet := outletOf(s); outlet != "" && title != "" {
		tail = append(tail, escapeMarkdown(outlet))
	} else if title == "" {
		title = outlet
	}
	if !s.Published.IsZero() {
		tail = append(tail, s.Published.Format("2 January 2006"))
	}
	if s.Paragraph > 0 {
		tail = append(tail, "paragraph "+strconv.Itoa(s.Paragraph))
	}
	suffix := ""
	if len(tail) > 0 {
		suffix = " — " + strings.Join(tail, ", ")
	}
	if title == "" {
		title = s.Article
	}
	link := linkURL(s.URL)
	if textLen("[…]("+link+")"+suffix) > max {
		link = "" // too long to show; the embed's title still links to it
	}
	render := func(t string) string {
		t = escapeMarkdown(t)
		if link == "" {
			return t + suffix
		}
		return "[" + t + "](" + link + ")" + suffix
	}
	if textLen(render(title)) <= max {
		return render(title)
	}
	if out := fitPrefix(title, max, func(p string) string { return render(p + ellipsis) }); out != "" {
		return out
	}
	return truncate(render(""), max)
}

// escapeWithin escapes the Markdown in s and cuts it, at a sentence or word
// boundary and never inside an escape, to fit in max characters.
func escapeWithin(s string, max int) string {
	if e := escapeMarkdown(s); textLen(e) <= max {
		return e
	}
	return fitPrefix(s, max, func(p string) string { return escapeMarkdown(p) + ellipsis })
}

// outletOf returns the outlet of a source, or the host of its URL.
func outletOf(s answer.Source) string {
	if s.Outlet != "" {
		return s.Outlet
	}
	if u, err := url.Parse(s.URL); err == nil {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// linkURL returns raw as a URL safe inside a Markdown link and an embed,
// or "" if raw is not an absolute http or https URL.
func linkURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	s := u.String()
	// Parentheses and blanks would end a Markdown link early.
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(s)
}

// formatSpeaker renders who made a statement: "— **Name**, Role (Affiliation)",
// marking reported speech, which is not a verbatim quote of the speaker.
func formatSpeaker(q answer.Quote) string {
	name := q.Speaker
	if name == "" {
		name = "unattributed"
	}
	line := "— **" + escapeMarkdown(truncate(name, 80)) + "**"
	if q.Role != "" {
		line += ", " + escapeMarkdown(truncate(q.Role, 60))
	}
	if q.Affiliation != "" && q.Affiliation != q.Speaker && !strings.Contains(q.Role, q.Affiliation) {
		line += " (" + escapeMarkdown(truncate(q.Affiliation, 50)) + ")"
	}
	if q.Kind == "indirect" {
		line += " · *reported speech*"
	}
	return truncate(line, maxSpeakerLine)
}

// quoteBlock renders a verbatim quote as a block quote followed by a line,
// cutting the quote at a sentence or word boundary so that the whole fits
// in max characters. The line below the quote is never cut off.
func quoteBlock(text, below string, max int) string {
	render := func(t string) string {
		b := blockQuote(t)
		if below != "" {
			b += "\n" + below
		}
		return b
	}
	if full := render(text); textLen(full) <= max {
		return full
	}
	if out := fitPrefix(text, max, func(p string) string { return render(p + ellipsis) }); out != "" {
		return out
	}
	return render(ellipsis)
}

// share divides budget among items wanting want[i] each: items wanting less
// than an equal share get what they want and the rest is shared among the
// others.
func share(want []int, budget int) []int {
	got := make([]int, len(want))
	order := make([]int, len(want))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return want[a] - want[b] })
	left := budget
	for k, i := range order {
		each := left / (len(order) - k)
		got[i] = min(want[i], each)
		left -= got[i]
	}
	return got
}

// quotesBody renders quotes, each with the line below it, separated by blank
// lines, within max characters.
func quotesBody(texts, belows []string, limit int) string {
	const sep = "\n\n"
	want := make([]int, len(texts))
	for i := range texts {
		want[i] = textLen(quoteBlock(texts[i], belows[i], 1<<30))
	}
	room := limit - textLen(sep)*(len(texts)-1)
	got := share(want, room)
	blocks := make([]string, len(texts))
	for i := range texts {
		blocks[i] = quoteBlock(texts[i], belows[i], got[i])
	}
	return strings.Join(blocks, sep)
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
		e.Title = escapeWithin(outletOf(s), min(maxEmbedTitle, budget/6))
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

// renderProfile renders what is known about a speaker or entity.
func renderProfile(p *answer.Profile) message {
	e := &discordgo.MessageEmbed{
		Type:  discordgo.EmbedTypeRich,
		Color: colourAnswer,
		Title: escapeWithin(p.Entity.Name, maxEmbedTitle),
	}
	var lines []string
	kind := string(p.Entity.Kind)
	if p.Role != "" {
		kind += " · " + p.Role
	}
	if p.Affiliation != "" {
		kind += " · " + p.Affiliation
	}
	lines = append(lines, "**"+escapeMarkdown(capitalise(kind))+"**")
	if len(p.Aliases) > 0 {
		lines = append(lines, "Also called: "+escapeMarkdown(strings.Join(p.Aliases, ", ")))
	}
	lines = append(lines, fmt.Sprintf("%d statements in the corpus, in %d articles.", p.Statements, len(p.Articles)))
	e.Description = truncate(strings.Join(lines, "\n"), maxEmbedDescription)
	if len(p.Articles) > 0 {
		var srcs []string
		for _, a := range p.Articles {
			srcs = append(srcs, "• "+formatSource(a, maxFieldValue/2))
		}
		e.Fields = []*discordgo.MessageEmbedField{{Name: "Articles", Value: joinWithin(srcs, "\n", maxFieldValue, "articles")}}
	}
	return message{embeds: []*discordgo.MessageEmbed{e}}
}

// joinWithin joins whole lines while they fit in max characters, and says
// how many were left out.
func joinWithin(lines []string, sep string, max int, what string) string {
	out := ""
	for i, l := range lines {
		next := l
		if i > 0 {
			next = out + sep + l
		}
		rest := len(lines) - i - 1
		more := ""
		if rest > 0 {
			more = fmt.Sprintf("%s…and %d more %s", sep, rest, what)
		}
		if textLen(next+more) > max {
			return out + fmt.Sprintf("%s…and %d more %s", sep, len(lines)-i, what)
		}
		out = next
	}
	return out
}

// renderSources lists the articles of the corpus.
func renderSources(arts []answer.ArticleInfo) message {
	if len(arts) == 0 {
		return notice("The corpus is empty: no article is loaded.", false)
	}
	lines := make([]string, len(arts))
	for i, a := range arts {
		lines[i] = fmt.Sprintf("%d. %s · %d statements by %d speakers", i+1, formatSource(a.Source, 600), a.Statements, a.Speakers)
	}
	title := fmt.Sprintf("The corpus: %d articles", len(arts))
	var m message
	total := textLen(title)
	for start := 0; start < len(lines) && len(m.embeds) < maxEmbeds; {
		room := min(maxEmbedDescription, maxEmbedsTotal-total)
		var b strings.Builder
		end := start
		for end < len(lines) && textLen(b.String())+textLen(lines[end])+1 <= room-40 {
			if end > start {
				b.WriteString("\n")
			}
			b.WriteString(lines[end])
			end++
		}
		if end == start {
			break
		}
		if end < len(lines) && (len(m.embeds) == maxEmbeds-1 || room-textLen(b.String()) < 600) {
			fmt.Fprintf(&b, "\n…and %d more articles.", len(lines)-end)
			end = len(lines)
		}
		e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: colourNotice, Description: b.String()}
		if start == 0 {
			e.Title = title
		}
		m.embeds = append(m.embeds, e)
		total += embedLen(e)
		start = end
	}
	return m
}

// renderHelp explains the commands.
func renderHelp() message {
	e := &discordgo.MessageEmbed{
		Type:  discordgo.EmbedTypeRich,
		Color: colourNotice,
		Title: "Crisis quotes: what was said, by whom, where",
		Description: strings.Join([]string{
			"I answer with **verbatim quotes** from news articles on the 2026 Iran–US crisis: the exact words, who said them and where they were published. I never paraphrase or guess.",
			"",
			"`/ask question:` a question in plain words, e.g. *What did China say about the use of force?*",
			"`/position who: [topic:]` what a country, organisation or person has said",
			"`/compare first: second: [topic:]` two positions side by side",
			"`/who name:` who someone is and where they are quoted",
			"`/sources` the articles I know",
			"**Find sources** (right-click a message → Apps) looks up what the articles say about a message",
			"Mention me with a question to get an answer as a reply.",
		}, "\n"),
	}
	return message{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
}
