package commands

import (
	"strings"
	"unicode"
)

// maxMarks is how many combining marks in a row are kept after a base
// character: enough for any language's stacked diacritics, too few for the
// towers of "Zalgo" text.
const maxMarks = 4

// cleanInput is what the bot reads of text a user typed (an option, a
// message, a query carried by a button): invalid UTF-8 becomes U+FFFD;
// control characters (NUL, escape sequences, CR and LF) and line and
// paragraph separators become blanks; bidirectional overrides and
// isolates, which could make a reply read backwards, are dropped; runs of
// combining marks are cut to maxMarks; and blanks are collapsed and
// trimmed. Everything else, punctuation and query syntax included, is kept
// as typed: the answer engine treats it as words, never as a query
// language.
func cleanInput(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	marks := 0
	for _, r := range s {
		switch {
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			r = ' '
		case isBidiControl(r):
			continue
		}
		if unicode.In(r, unicode.Mn, unicode.Me) {
			if marks++; marks > maxMarks {
				continue
			}
		} else {
			marks = 0
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// isBidiControl reports whether r is a bidirectional embedding, override
// or isolate, or a directional mark.
func isBidiControl(r rune) bool {
	switch {
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	case r == '\u200E', r == '\u200F', r == '\u061C':
		return true
	}
	return false
}
