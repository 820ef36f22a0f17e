package corpus

import "strings"

// parseMarkdown fills a from a file that starts with front matter: the
// front matter gives the metadata, and the body after it, furniture
// removed, the paragraphs. It returns the body lines.
func parseMarkdown(a *Article, lines []sourceLine) ([]sourceLine, error) {
	front, body, err := splitFrontMatter(a.File, lines)
	if err != nil {
		return nil, err
	}
	if err := applyFrontMatter(a, front, lines[0].number); err != nil {
		return nil, err
	}
	kept, dropped := removeFurniture(body)
	a.Dropped = dropped
	a.Paragraphs = markdownParagraphs(kept)
	return body, nil
}

// markdownParagraphs splits a Markdown body into paragraphs: runs of
// non-blank lines, joined with single spaces, and heading lines, which are
// paragraphs of their own with the "#" marker removed.
func markdownParagraphs(lines []sourceLine) []Paragraph {
	var paragraphs []Paragraph
	var texts []string
	start := 0
	flush := func() {
		if len(texts) > 0 {
			paragraphs = append(paragraphs, Paragraph{Line: start, Text: strings.Join(texts, " ")})
			texts = nil
		}
	}
	for _, line := range lines {
		if isBlank(line.text) {
			flush()
			continue
		}
		if heading, ok := markdownHeading(line.text); ok {
			flush()
			if heading != "" {
				paragraphs = append(paragraphs, Paragraph{Line: line.number, Text: heading, Heading: true})
			}
			continue
		}
		if len(texts) == 0 {
			start = line.number
		}
		texts = append(texts, strings.TrimSpace(line.text))
	}
	flush()
	return paragraphs
}

// markdownHeading returns the text of an ATX heading line ("## Turkiye"):
// up to three spaces, one to six "#", then a space or the line's end. As in
// CommonMark, a closing run of "#" after a space is not part of the text
// ("## Turkiye ##"). The text is returned with surrounding space trimmed and
// may be empty.
func markdownHeading(line string) (string, bool) {
	rest := strings.TrimLeft(line, " ")
	if len(line)-len(rest) > 3 {
		return "", false
	}
	hashes := len(rest) - len(strings.TrimLeft(rest, "#"))
	if hashes < 1 || hashes > 6 {
		return "", false
	}
	rest = rest[hashes:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", false
	}
	text := strings.TrimSpace(rest)
	if closed := strings.TrimRight(text, "#"); closed == "" || strings.HasSuffix(closed, " ") || strings.HasSuffix(closed, "\t") {
		text = strings.TrimSpace(closed)
	}
	return text, true
}
