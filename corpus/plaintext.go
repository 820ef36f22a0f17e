package corpus

import "strings"

// plainDateLines is how many non-blank lines after the title may hold the
// publication date in a plain text article.
const plainDateLines = 3

// parsePlainText fills a from a plain text file: furniture is dropped, a
// headline-like first line becomes the title, a date line near the top the
// publication date, and every other non-blank line a paragraph, marked as a
// heading when it is short and not a sentence.
func parsePlainText(a *Article, lines []sourceLine) {
	kept, dropped := removeFurniture(lines)
	a.Dropped = dropped
	var nonBlank []int
	for i, line := range kept {
		if !isBlank(line.text) {
			nonBlank = append(nonBlank, i)
		}
	}
	if len(nonBlank) > 0 {
		if first := strings.TrimSpace(kept[nonBlank[0]].text); isTitle(first) {
			a.Title = first
			kept[nonBlank[0]].text = ""
			nonBlank = nonBlank[1:]
		}
	}
	for _, i := range nonBlank[:min(len(nonBlank), plainDateLines)] {
		if t, err := parseDate(kept[i].text); err == nil {
			a.Published = t
			kept[i].text = ""
			break
		}
	}
	for _, line := range kept {
		text := strings.TrimSpace(line.text)
		if text == "" {
			continue
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{Line: line.number, Text: text, Heading: isPlainHeading(text)})
	}
}

// isTitle reports whether the first line of a plain text file is a
// headline: short, not a sentence and not a date.
func isTitle(text string) bool {
	if !isHeadlineSized(text) || endsSentence(text) {
		return false
	}
	_, err := parseDate(text)
	return err != nil
}

// isPlainHeading reports whether a plain text line is a section heading:
// short, and either not a sentence or a question ("Could diplomacy work?").
func isPlainHeading(text string) bool {
	return isHeadingSized(text) && (!endsSentence(text) || strings.HasSuffix(text, "?"))
}
