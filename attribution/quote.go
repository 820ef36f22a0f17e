package attribution

import (
	"unicode"
	"unicode/utf8"
)

// Quote is one top-level quotation in a text: the words between an opening
// and a closing quote mark. Quotes nested inside it ('…' or ‘…’ inside “…”)
// are part of its words. All offsets are byte offsets into the text.
type Quote struct {
	// Open is the offset of the opening mark, Close the offset just past
	// the closing mark (the end of the text when the quote is not closed).
	Open, Close int
	// Start and End delimit the quoted words, without the marks.
	Start, End int
	// Closed is false when the text ends before the quote does, as in a
	// quote that goes on into the next paragraph.
	Closed bool
}

type quoteMark int

const (
	noQuote        quoteMark = iota
	curlyDouble              // “…” or «…» or „…“
	straightDouble           // "…"
	curlySingle              // ‘…’ at top level
)

// FindQuotes returns the top-level quotations of text in order. It pairs
// curly and straight double quotes, and curly single quotes used as the
// outer marks; single quotes inside double quotes are nested quotes, and a
// ’ between two letters is an apostrophe, never a closing mark. A quote that
// is still open at the end of the text runs to the end of the text.
func FindQuotes(text string) []Quote {
	var (
		quotes []Quote
		open   = noQuote
		cur    Quote
		nested bool // a single-quoted quote is open inside a double-quoted one
		prev   rune = ' '
	)
	closeAt := func(markStart, markEnd int, closed bool) {
		cur.End, cur.Close, cur.Closed = markStart, markEnd, closed
		quotes = append(quotes, cur)
		open, nested = noQuote, false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		if i+size >= len(text) {
			next = ' '
		}
		switch open {
		case noQuote:
			switch {
			case r == '“' || r == '«' || r == '„':
				open, cur = curlyDouble, Quote{Open: i, Start: i + size}
			case r == '"' && (opensAfter(prev) || isWordRune(next)):
				open, cur = straightDouble, Quote{Open: i, Start: i + size}
			case r == '‘' && opensAfter(prev) && !unicode.IsSpace(next):
				open, cur = curlySingle, Quote{Open: i, Start: i + size}
			}
		case curlyDouble:
			switch {
			case r == '”' || r == '»' || (r == '“' && !opensAfter(prev)):
				closeAt(i, i+size, true)
			case r == '“' || r == '«':
				// A new opening mark before the last one closed: the
				// last quote was left open; start again here.
				closeAt(i, i, false)
				open, cur = curlyDouble, Quote{Open: i, Start: i + size}
			default:
				nested = scanNested(r, prev, next, nested)
			}
		case straightDouble:
			if r == '"' {
				closeAt(i, i+size, true)
			} else {
				nested = scanNested(r, prev, next, nested)
			}
		case curlySingle:
			if (r == '’' || r == '\'') && !unicode.IsSpace(prev) && !isWordRune(next) {
				closeAt(i, i+size, true)
			}
		}
		prev = r
		i += size
	}
	if open != noQuote {
		closeAt(len(text), len(text), false)
	}
	return quotes
}

// scanNested tracks a single-quoted quote inside a double-quoted one and
// reports whether one is open after rune r.
func scanNested(r, prev, next rune, nested bool) bool {
	switch {
	case !nested && (r == '‘' || r == '\'') && opensAfter(prev) && isWordRune(next):
		return true
	case nested && (r == '’' || r == '\'') && !unicode.IsSpace(prev) && !isWordRune(next):
		return false
	}
	return nested
}

// opensAfter reports whether an opening quote mark may follow rune r.
func opensAfter(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':' || r == '/' || r == '“' || r == '"'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
