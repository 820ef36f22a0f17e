package commands

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/crisisbot/bot/answer"
)

// formatSource renders where a passage was published as one line: a link
// with the article's title, the outlet (or the link's host when the outlet
// is unknown), the date and the paragraph.
func formatSource(s answer.Source, max int) string {
	title := s.Title
	var tail []string
	if outlet := s.Publisher(); outlet != "" && title != "" {
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
