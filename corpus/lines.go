package corpus

import (
	"strings"
	"unicode/utf8"
)

// sourceLine is one line of an article file.
type sourceLine struct {
	// number is the 1-based line number in the file.
	number int
	// text is the line without its line ending.
	text string
}

// byteOrderMark is the mark some editors put at the start of a UTF-8 file.
const byteOrderMark = "\uFEFF"

// splitLines splits a file into lines, accepting "\n" and "\r\n" endings and
// ignoring a leading byte order mark. A final line ending does not start
// another line.
func splitLines(data []byte) []sourceLine {
	text := strings.TrimPrefix(string(data), byteOrderMark)
	text = strings.TrimSuffix(text, "\n")
	if text == "" {
		return nil
	}
	parts := strings.Split(text, "\n")
	lines := make([]sourceLine, len(parts))
	for i, part := range parts {
		lines[i] = sourceLine{number: i + 1, text: strings.TrimSuffix(part, "\r")}
	}
	return lines
}

// invalidUTF8 finds the first byte of data that is not valid UTF-8 and
// returns its 1-based line and 1-based byte column, or 0, 0 when data is
// valid.
func invalidUTF8(data []byte) (line, column int) {
	if utf8.Valid(data) {
		return 0, 0
	}
	line, column = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, column
		}
		column += size
		if r == '\n' {
			line, column = line+1, 1
		}
		data = data[size:]
	}
	return line, column
}

// isBlank reports whether a line has only white space.
func isBlank(text string) bool {
	return strings.TrimSpace(text) == ""
}

// Limits on the size of headline-like lines.
const (
	// headlineMaxRunes and headlineMaxWords bound a headline: a plain-text
	// title, a headline in an end-of-article list or after a cross-link label.
	headlineMaxRunes = 160
	headlineMaxWords = 25
	// headingMaxRunes and headingMaxWords bound a section heading in plain
	// text ("Pakistan", "Regional concern").
	headingMaxRunes = 100
	headingMaxWords = 12
)

// isHeadlineSized reports whether text is short enough to be a headline.
func isHeadlineSized(text string) bool {
	return utf8.RuneCountInString(text) <= headlineMaxRunes && len(strings.Fields(text)) <= headlineMaxWords
}

// isHeadingSized reports whether text is short enough to be a section heading.
func isHeadingSized(text string) bool {
	return utf8.RuneCountInString(text) <= headingMaxRunes && len(strings.Fields(text)) <= headingMaxWords
}

// sentenceEnds are the characters that end a sentence or a quotation, and so
// mark a line as prose rather than a headline.
const sentenceEnds = `.!?:;…"”’'`

// endsSentence reports whether text ends with sentence-ending punctuation.
func endsSentence(text string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	return strings.ContainsRune(sentenceEnds, last)
}
