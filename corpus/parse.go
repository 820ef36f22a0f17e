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
	body := lines
	switch {
	case hasFrontMatter(lines):
		var err error
		if body, err = parseMarkdown(a, lines); err != nil {
			return nil, err
		}
	case format == formatMarkdown:
		return nil, fail(1, "a Markdown article must start with front matter: a line \"---\", \"title: ...\" and another \"---\"")
	default:
		parsePlainText(a, lines)
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
