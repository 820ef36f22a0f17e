package corpus

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// Parse reads one article file. name is the file's path: it names the file
// in errors and in Article.File, its base name without extension is the
// article's ID, and its extension chooses the format. A ".md" or
// ".markdown" file must start with YAML front matter; a ".txt" file is plain
// text, one paragraph per line, unless it starts with front matter, in which
// case it is read as Markdown. Page furniture is dropped from the body and
// listed in Article.Dropped. Every error is a *ParseError naming the line at
// fault.
func Parse(name string, data []byte) (*Article, error) {
	base := path.Base(filepath.ToSlash(name))
	ext := path.Ext(base)
	a := &Article{ID: strings.TrimSuffix(base, ext), File: name}
	fail := func(line int, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	format, ok := formatOf(ext)
	if !ok {
		return nil, fail(0, "unsupported file type %q: want .md, .markdown or .txt", ext)
	}
	if a.ID == "" {
		return nil, fail(0, "the file name gives no article ID")
	}
	if line, column := invalidUTF8(data); line > 0 {
		return nil, fail(line, "invalid UTF-8 at byte %d of the line: save the file as UTF-8", column)
	}
	lines := splitLines(data)
	var body []sourceLine
	switch {
	case hasFrontMatter(lines):
		front, rest, err := splitFrontMatter(name, lines)
		if err != nil {
			return nil, err
		}
		if err := applyFrontMatter(a, front, lines[0].number); err != nil {
			return nil, err
		}
		body = rest
		kept, dropped := removeFurniture(body)
		a.Dropped = dropped
		a.Paragraphs = markdownParagraphs(kept)
	case format == formatMarkdown:
		return nil, fail(1, "a Markdown article must start with front matter: a line \"---\", \"title: ...\" and another \"---\"")
	default:
		body = lines
		parsePlainText(a, body)
	}
	if len(a.Paragraphs) == 0 {
		return nil, fail(emptyBodyLine(lines, body), "the article has no body: no paragraphs are left after removing page furniture")
	}
	for i := range a.Paragraphs {
		a.Paragraphs[i].Number = i + 1
	}
	return a, nil
}

// format is a kind of article file.
type format int

// The article file formats.
const (
	formatMarkdown format = iota
	formatPlainText
)

// formatOf returns the format of a file extension, in any case.
func formatOf(ext string) (format, bool) {
	switch strings.ToLower(ext) {
	case ".md", ".markdown":
		return formatMarkdown, true
	case ".txt":
		return formatPlainText, true
	}
	return 0, false
}

// emptyBodyLine is the line to blame for an empty body: where the body
// starts, or the file's last line when there is no body at all.
func emptyBodyLine(lines, body []sourceLine) int {
	switch {
	case len(body) > 0:
		return body[0].number
	case len(lines) > 0:
		return lines[len(lines)-1].number
	}
	return 1
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
