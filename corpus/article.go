// Package corpus reads news articles: Markdown files with YAML front matter,
// or plain text files, one paragraph per line. It drops page furniture
// (advertisement markers, share buttons, "Related News" lists) and reports
// bad input with the file and line at fault. The built-in corpus lives in
// corpus/articles and is embedded in the binary.
package corpus

import "time"

// Article is one news article, its body split into paragraphs.
type Article struct {
	// ID is the file name without its extension.
	ID string
	// File is the path the article was read from, for messages.
	File      string
	Title     string
	Outlet    string
	URL       string
	Published time.Time // zero when unknown
	Author    string
	Language  string
	// Paragraphs are the body's paragraphs in order, furniture removed.
	Paragraphs []Paragraph
	// Dropped are the body lines removed as page furniture, in line order,
	// so that a check can show what was left out and why.
	Dropped []DroppedLine
}

// Paragraph is one paragraph of an article's body: the passage shown to users.
type Paragraph struct {
	// Number is the 1-based position among the article's kept paragraphs.
	Number int
	// Line is the 1-based line of the source file where the paragraph starts.
	Line int
	// Text is the paragraph's words exactly as published.
	Text string
	// Heading marks a section heading ("## Turkiye" in Markdown, or a short
	// line with no sentence punctuation between paragraphs in plain text).
	Heading bool
}

// DroppedLine is a source line removed from an article's body as page
// furniture.
type DroppedLine struct {
	// Line is the 1-based line of the source file.
	Line int
	// Text is the line as it appears in the file, surrounding space trimmed.
	Text string
	// Rule is the furniture rule that removed the line.
	Rule FurnitureRule
}
