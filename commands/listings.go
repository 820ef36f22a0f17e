package commands

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/crisisbot/bot/answer"
)

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
