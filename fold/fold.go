// Package fold folds text for matching: it lower-cases, removes diacritics
// and normalises the few letters and punctuation marks that Unicode
// decomposition leaves alone, so that "Türkiye", "TURKIYE" and "turkiye" compare
// equal, as do "Erdoğan" and "Erdogan", and "Iran’s" and "Iran's".
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that do not decompose into a base letter plus marks.
var special = map[rune]string{
	'ı': "i", 'ø': "o", 'Ø': "o", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'þ': "th",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
	'“': "\"", '”': "\"", '–': "-", '—': "-", '\u00a0': " ",
}

// String returns s lower-cased with diacritics removed.
func String(s string) string {
	switch ascii, lower := plainASCII(s); {
	case lower:
		return s
	case ascii:
		// ASCII has no marks to drop: lowering the case and the one
		// special letter is all, and much faster than decomposing.
		return strings.ReplaceAll(strings.ToLower(s), "`", "'")
	}
	return decomposed(s)
}

// decomposed folds s the long way: decompose, drop the marks, map the
// special letters, lower the case.
func decomposed(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// Invalid bytes become U+FFFD first: norm leaves the text after
	// them undecomposed, and a second fold would then change it.
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(s, "\uFFFD")) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r) // before the special letters: "Þ" is "þ", which is "th"
		if rep, ok := special[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainASCII reports whether s is all ASCII, and whether it is also
// already folded: no capital letter and no backquote.
func plainASCII(s string) (ascii, lower bool) {
	lower = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if ('A' <= c && c <= 'Z') || c == '`' {
			lower = false
		}
	}
	return true, lower
}
